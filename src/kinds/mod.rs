//! Claim kinds: how each kind of rule is read from its TOML table and how a
//! matched sentence becomes a reading.

pub mod figure;
pub mod proposition;
