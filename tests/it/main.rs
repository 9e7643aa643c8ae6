//! Integration tests: run the real `claimcheck` binary on real files.

mod corpus;
mod determinism;
mod golden;
mod rules;
mod support;
