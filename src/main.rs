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
    claimcheck::cli::main()
}
