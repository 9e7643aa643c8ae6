//! The `claimcheck` binary: parses the command line and hands over to `cli`.

use std::process::ExitCode;

/// With the `mimalloc` feature, mimalloc: the scan allocates many small,
/// short-lived strings and vectors per candidate sentence from every thread,
/// which glibc's allocator serves more slowly, but mimalloc keeps more memory
/// (benches/README.md has the figures of both), so it is off by default.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    one_malloc_arena();
    claimcheck::cli::main()
}

/// Keeps every thread's allocations in glibc's one main arena. By default
/// each worker thread gets an arena of its own, and the instances a worker
/// builds stay in it, between the holes its freed per-article temporaries
/// leave: one arena reuses those holes. On 16 MiB of dense corpus that is
/// about 5 MB (8%) less peak RSS at one and two threads, with no measurable
/// change in CPU time (benches/README.md).
#[cfg(all(target_os = "linux", target_env = "gnu", not(feature = "mimalloc")))]
fn one_malloc_arena() {
    // SAFETY: mallopt only sets a tunable of glibc's allocator, here before
    // any other thread exists; it returns 0 when it refuses, which changes
    // nothing but memory use.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// Other platforms, and mimalloc, keep their allocator's defaults.
#[cfg(not(all(target_os = "linux", target_env = "gnu", not(feature = "mimalloc"))))]
fn one_malloc_arena() {}
