//! "Did you mean …?" for a reference that names nothing: the existing
//! names closest to it. Callers pass only names the actor may see anyway
//! (the operator and landlords everything; others what their lists show
//! them), so a suggestion never tells of a record one may not see.

use crate::error::Error;

/// How many names a suggestion offers at most.
const MAX_CANDIDATES: usize = 3;

/// The names close to `wanted`: within an edit distance of a third of its
/// length (at least 1, at most 3: long emails share their domain), or
/// starting with it (3 characters or more), nearest first, at most three.
/// Case is ignored.
pub fn closest<S: AsRef<str>>(wanted: &str, names: impl IntoIterator<Item = S>) -> Vec<String> {
    let original = wanted;
    let wanted = wanted.to_lowercase();
    let length = wanted.chars().count();
    let within = (length / 3).clamp(1, 3);
    let mut near: Vec<(usize, String)> = names
        .into_iter()
        .filter_map(|name| {
            let name = name.as_ref();
            let lower = name.to_lowercase();
            let prefix = length >= 3 && lower.starts_with(&wanted);
            // The distance is at least the difference in length: most names
            // of a long list are dismissed without computing it.
            if name == original || (!prefix && lower.chars().count().abs_diff(length) > within) {
                return None;
            }
            let distance = strsim::levenshtein(&wanted, &lower);
            (distance <= within || prefix).then(|| (distance, name.to_string()))
        })
        .collect();
    near.sort();
    near.dedup();
    near.into_iter().take(MAX_CANDIDATES).map(|(_, name)| name).collect()
}

/// `a`, `a or b`, `a, b or c`.
pub fn or_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// `not_found` for `what` named `reference`, with a "did you mean" hint and
/// `candidates` in the details when some of `names` are close.
pub fn not_found<S: AsRef<str>>(what: &str, reference: &str, names: impl IntoIterator<Item = S>) -> Error {
    let error = Error::not_found(what, reference);
    let candidates = closest(reference, names);
    if candidates.is_empty() {
        return error;
    }
    error.hint(format!("did you mean {}?", or_list(&candidates))).detail("candidates", candidates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_close_names_are_offered_nearest_first_at_most_three() {
        let slugs = ["blue-note", "blue-moon", "red-room", "blue-notes", "blue-nota", "green-bar"];
        assert_eq!(closest("blue-nte", slugs), ["blue-note", "blue-nota", "blue-notes"]);
        assert_eq!(closest("red-rom", slugs), ["red-room"]);
        assert_eq!(closest("BLUE-MOON", slugs)[0], "blue-moon", "case is ignored");
        assert!(!closest("blue-moon", slugs).contains(&"blue-moon".to_string()), "the name itself is no suggestion");
        assert_eq!(closest("gree", slugs), ["green-bar"], "a prefix of 3 or more");
        assert!(closest("gold", ["tiny_free", "standard", "pro"]).is_empty());
        assert!(closest("x", slugs).is_empty());
        let emails = ["alice@example.com", "bob@example.com", "lena@example.com"];
        assert_eq!(closest("alice@exmple.com", emails), ["alice@example.com"]);
    }

    #[test]
    fn lists_read_as_english() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(or_list(&names(&["a"])), "a");
        assert_eq!(or_list(&names(&["a", "b"])), "a or b");
        assert_eq!(or_list(&names(&["a", "b", "c"])), "a, b or c");
    }
}
