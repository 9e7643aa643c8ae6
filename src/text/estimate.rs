//! The aside that gives unnamed others' estimate, "with some estimating N"
//! ("feared the toll would climb, with some estimating 300 dead", "Police
//! counted 14 bodies, with others putting the toll at 30"). The figure
//! reader (`kinds::figure::subject`) lets its figure yield to the speaker's
//! own; factuality (`provenance::factuality`) gives it the certainty of the
//! fear or hedge it elaborates. One definition serves both.

use std::ops::Deref;

/// Who may estimate in the aside: unnamed others.
const ESTIMATORS: [&str; 7] = [
    "some",
    "others",
    "many",
    "one",
    "several",
    "few",
    "officials",
];

/// The "-ing" verbs of an estimate. A fixed list, not any "-ing" word: "with
/// several missing", "with many dying" add a count of their own, no estimate.
#[rustfmt::skip]
const ESTIMATING: [&str; 12] = [
    "estimating", "putting", "placing", "saying", "suggesting", "predicting", "expecting",
    "fearing", "projecting", "reckoning", "claiming", "reporting",
];

/// Where the verb of an estimate aside opening `words` (lower case, from
/// its "with") stands: "with", one of the estimators, and a verb of
/// estimating as one of the next two words ("with some estimating", "with
/// others even putting"). `None` when `words` opens no such aside.
pub fn estimate_verb<S: Deref<Target = str>>(words: &[S]) -> Option<usize> {
    let [with, who, ..] = words else {
        return None;
    };
    if &**with != "with" || !ESTIMATORS.contains(&&**who) {
        return None;
    }
    (2..words.len().min(4)).find(|at| ESTIMATING.contains(&&*words[*at]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The verb's place in the words of `aside`, split on spaces.
    fn check(aside: &str, expected: Option<usize>) {
        let words: Vec<&str> = aside.split(' ').collect();
        assert_eq!(estimate_verb(&words), expected, "{aside}");
    }

    #[test]
    fn an_aside_of_unnamed_others_with_a_verb_of_estimating_gives_their_estimate() {
        check("with some estimating as many as 300", Some(2));
        check("with others putting the toll at 30", Some(2));
        check("with officials placing the toll at 40", Some(2));
        check("with some even estimating 300", Some(3));
        check("with a few estimating", None);
        // No verb of estimating, or no unnamed others: no estimate.
        check("with several missing", None);
        check("with many dying in hospital", None);
        check("with the mayor estimating 300", None);
        check("with some of them estimating 300", None);
        check("with", None);
    }
}
