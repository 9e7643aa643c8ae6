//! The `claimcheck` binary: parses the command line and hands over to `cli`.

use std::process::ExitCode;

/// mimalloc: the scan allocates many small, short-lived strings and vectors
/// per candidate sentence from every thread, which glibc's allocator serves
/// more slowly (benches/README.md has the figures).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    claimcheck::cli::main()
}
