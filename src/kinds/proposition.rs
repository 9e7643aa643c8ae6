//! Proposition claims: a statement that articles affirm or deny.
//!
//! Matches: "Beijing denied sending drones to Moscow."  (deny)
//! Ignores: "Moscow bought drones from Tehran."        (another claim)
//!
//! A proposition takes no keys of its own: its terms and denial cues (`deny`)
//! are common to every rule and compiled by the rulebook, and its reading is
//! the stance, attribution and hedge every instance carries.

/// The keys a proposition rule takes besides the common ones.
pub const KEYS: &[&str] = &[];

/// The keys an example of a proposition rule takes besides the common ones.
pub const EXAMPLE_KEYS: &[&str] = &[];
