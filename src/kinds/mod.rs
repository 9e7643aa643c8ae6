//! Claim kinds: how each kind of rule turns a matched sentence into a reading.

pub mod figure;
