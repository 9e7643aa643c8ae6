//! Integration tests: run the real `claimcheck` binary on real files.

mod corpus;
mod rules;
mod support;
