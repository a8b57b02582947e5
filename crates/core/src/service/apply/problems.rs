//! Where a manifest is wrong: paths into the file (`partners[0].members[1].role`)
//! and the `invalid_data` error (exit 7) that lists them.

use serde_json::json;

use super::ManifestSource;
use crate::error::Error;
use crate::service::import::{clip, REPORTED_ERRORS};

/// The path of `key` inside the mapping at `parent` ("" is the top level).
pub fn key_path(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

/// The path of item `index` of the list at `parent`.
pub fn index_path(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

/// The path one step up: `partners[0].members[1]` → `partners[0].members` → `partners[0]`.
pub fn parent_path(path: &str) -> Option<&str> {
    let cut = path.rfind(['.', '['])?;
    Some(&path[..cut])
}

/// Path errors of a manifest: the first few in full, all of them counted.
#[derive(Debug, Default)]
pub struct Problems {
    first: Vec<(String, String)>,
    total: u64,
}

impl Problems {
    pub fn push(&mut self, path: &str, mut message: String) {
        self.total += 1;
        if self.first.len() < REPORTED_ERRORS {
            clip(&mut message);
            self.first.push((path.to_string(), message));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// `Ok` when there are none, else `invalid_data`.
    pub fn check(self, source: &dyn ManifestSource) -> Result<(), Error> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self.into_error(source))
        }
    }

    /// `invalid_data` (exit 7) with `errors: [{path, line?, message}]` in
    /// the details, summarised for people (`Error::invalid_entries`).
    pub fn into_error(self, source: &dyn ManifestSource) -> Error {
        let listed: Vec<String> = self.first.iter().map(|(p, m)| format!("{}: {m}", located(source, p))).collect();
        let errors: Vec<_> = self
            .first
            .iter()
            .map(|(path, message)| match source.line_of(path) {
                Some(line) => json!({ "path": path, "line": line, "message": message }),
                None => json!({ "path": path, "message": message }),
            })
            .collect();
        let fix = "fix these entries and apply again";
        Error::invalid_entries(source.name(), "nothing applied", fix, &listed, self.total, errors)
    }
}

/// `path`, with its line when the source knows it.
pub fn located(source: &dyn ManifestSource, path: &str) -> String {
    match source.line_of(path) {
        Some(line) => format!("{path} (line {line})"),
        None => path.to_string(),
    }
}

/// One problem at `path` as the `invalid_data` error.
pub fn invalid_at(source: &dyn ManifestSource, path: &str, message: impl Into<String>) -> Error {
    let mut problems = Problems::default();
    problems.push(path, message.into());
    problems.into_error(source)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_built_and_climbed_alike() {
        let role = key_path(&index_path(&key_path(&index_path("partners", 0), "members"), 1), "role");
        assert_eq!(role, "partners[0].members[1].role");
        let mut up = vec![];
        let mut at = Some(role.as_str());
        while let Some(p) = at {
            up.push(p);
            at = parent_path(p);
        }
        assert_eq!(
            up,
            ["partners[0].members[1].role", "partners[0].members[1]", "partners[0].members", "partners[0]", "partners"]
        );
        assert_eq!(key_path("", "users"), "users");
    }
}
