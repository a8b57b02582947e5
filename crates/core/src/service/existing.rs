//! A create whose key is taken (SPEC §2.2): a `conflict` carrying the
//! existing record's id, or with `--if-not-exists` the existing record
//! itself when it agrees with every given field.

use crate::error::{Constraint, Error, Result};

/// What a create does when a record with its key exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IfExists {
    /// `conflict` (exit 5).
    #[default]
    Conflict,
    /// `--if-not-exists`: the existing record when it agrees, else `conflict`
    /// naming the fields that differ.
    Accept,
}

/// The given fields of a create that differ from the existing record.
#[derive(Debug, Default)]
pub struct Differences(Vec<&'static str>);

impl Differences {
    /// Records `field` unless it was not given or equals the stored value.
    pub fn given<T: PartialEq>(mut self, field: &'static str, given: Option<T>, stored: T) -> Self {
        if given.is_some_and(|g| g != stored) {
            self.0.push(field);
        }
        self
    }
}

/// The record the key names already exists.
pub struct Taken<'a> {
    pub constraint: Constraint,
    /// "partner blue-note".
    pub what: String,
    pub existing_id: &'a str,
}

impl Taken<'_> {
    /// The `conflict` error of a taken key, with `existing_id`.
    pub fn conflict(&self) -> Error {
        Error::conflict(self.constraint, format!("{} already exists", self.what))
            .detail("existing_id", self.existing_id)
            .hint("--if-not-exists accepts it when it agrees with every given field")
    }

    /// Settles a create on a taken key: `existing`, to be returned unchanged,
    /// when `policy` accepts it and nothing differs, else `conflict`.
    pub fn settle<T>(self, policy: IfExists, differences: Differences, existing: T) -> Result<T> {
        match policy {
            IfExists::Conflict => Err(self.conflict()),
            IfExists::Accept if differences.0.is_empty() => Ok(existing),
            IfExists::Accept => {
                let fields = differences.0;
                Err(Error::conflict(
                    self.constraint,
                    format!("{} already exists with a different {}", self.what, fields.join(", ")),
                )
                .detail("existing_id", self.existing_id)
                .detail("fields", fields))
            }
        }
    }
}
