//! Groups instances by rule and reports where articles disagree.
//!
//! Nothing here reads files or fails: odd input becomes a finding, not an error.

use crate::model::{Document, Finding, Instance, NameConfig, NameMention, RuleInfo};

/// Everything the reconciler looks at.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The rules, in rulebook order.
    pub rules: &'a [RuleInfo],
    /// Settings for the name-variant check.
    pub names: &'a NameConfig,
    /// Documents, sorted by path.
    pub documents: &'a [Document],
    /// Instances, sorted by citation then rule.
    pub instances: &'a [Instance],
    /// Proper names, sorted.
    pub mentions: &'a [NameMention],
}

/// Every finding, sorted by kind, then rule, then claim.
pub fn reconcile(input: &Input<'_>) -> Vec<Finding> {
    let _ = input;
    Vec::new()
}
