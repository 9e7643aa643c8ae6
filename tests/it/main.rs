//! Integration tests: run the real `claimcheck` binary on real files.

mod baseline;
mod cli;
mod config;
mod corpus;
mod default_rulebook;
mod determinism;
mod eval;
mod everyday;
mod factuality;
mod filters;
mod fingerprints;
mod followups;
mod formats;
mod golden;
mod newsroom;
mod properties;
mod reciprocals;
mod robustness;
mod rules;
mod sentences;
mod shards;
mod sources;
mod speakers;
mod support;
