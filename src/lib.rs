//! claimcheck: checks where news articles agree, disagree, or assert things no one backs up.
//!
//! The pipeline is `rulebook` → `corpus` → `matcher` → `reconcile` → `report`;
//! stages pass the plain types of `model`. `eval` scores a report against labels
//! and is imported by no stage.

#![deny(missing_docs)]

pub mod baseline;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod diag;
pub mod eval;
pub mod kinds;
pub mod matcher;
pub mod model;
pub mod names;
pub mod provenance;
pub mod reconcile;
pub mod report;
pub mod rulebook;
pub mod ruletest;
pub mod shard;
pub mod spill;
pub mod suppress;
pub mod text;
pub mod values;
pub mod vocab;
