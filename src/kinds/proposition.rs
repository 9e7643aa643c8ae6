//! Proposition claims: a statement that articles affirm or deny.
//!
//! Matches: "Beijing denied sending drones to Moscow."  (deny)
//! Ignores: "Moscow bought drones from Tehran."        (another claim)
//!
//! A proposition rule takes no figure keys; its denial cues (`deny`) are
//! compiled with its other terms by the rulebook.

use toml::de::DeTable;

use crate::rulebook::parse::Ctx;

/// The keys only figure rules take.
pub const FIGURE_KEYS: &[&str] = &["value", "unit", "key", "tolerance", "min", "max"];

/// Reports figure keys written on a proposition rule.
pub(crate) fn check(ctx: &mut Ctx<'_>, table: &DeTable<'_>) {
    for (key, _) in table.iter() {
        if FIGURE_KEYS.contains(&key.get_ref().as_ref()) {
            ctx.error(
                &key.span(),
                format!(
                    "`{}` only applies to figure rules (`kind = \"figure\"`)",
                    key.get_ref()
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rulebook::{compile, Source};

    fn check(rule_body: &str, expected: &[&str]) {
        let text = format!(
            "[[rule]]\nid = \"p\"\nkind = \"proposition\"\nclaim = \"c\"\nall = [\"china\"]\n{rule_body}"
        );
        let source = Source {
            rel: "p.toml".to_string(),
            display: "rules/p.toml".to_string(),
            text,
        };
        let got = match compile(&[source], "rules") {
            Ok(_) => Vec::new(),
            Err(diagnostics) => diagnostics.0.iter().map(ToString::to_string).collect(),
        };
        assert_eq!(got, expected, "rule body: {rule_body}");
    }

    #[test]
    fn figure_keys_are_refused() {
        check(
            "value = \"percent\"\nmax = 100\n",
            &[
                "rules/p.toml:6:1: `value` only applies to figure rules (`kind = \"figure\"`)",
                "rules/p.toml:7:1: `max` only applies to figure rules (`kind = \"figure\"`)",
            ],
        );
    }

    #[test]
    fn plain_proposition_loads() {
        check("deny = [\"denied\"]\n", &[]);
    }
}
