//! The output of `apply`: one row per record the file touches.

use std::fmt::Display;

use serde::Serialize;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Action {
    #[default]
    Create,
    Update,
    /// A new membership that waits for its user to accept.
    Invite,
    Remove,
    Unchanged,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Invite => "invite",
            Action::Remove => "remove",
            Action::Unchanged => "unchanged",
        }
    }
}

impl Serialize for Action {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The kinds of record a manifest describes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    #[default]
    User,
    Partner,
    /// Key `PARTNER/USER`.
    Member,
    Event,
    /// A manager partner of an event, key `EVENT/PARTNER`.
    EventManager,
}

/// Every row has every field (null where it does not apply), so CSV keeps one header.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ApplyRow {
    pub kind: RecordKind,
    pub key: String,
    pub action: Action,
    /// `field: old → new`, joined by `; ` (`field: new` for a new record).
    pub changes: Option<String>,
    /// The record's id; null on a dry run for a record it would create.
    pub id: Option<String>,
    /// The one-time code of an invited member (never on a dry run).
    pub invite_code: Option<String>,
}

impl ApplyRow {
    pub fn new(kind: RecordKind, key: impl Into<String>, action: Action, changes: Changes, id: &str) -> ApplyRow {
        ApplyRow {
            kind,
            key: key.into(),
            action,
            changes: changes.joined(),
            id: Some(id.to_string()),
            invite_code: None,
        }
    }
}

/// The field changes of one record, in the order they were found.
#[derive(Debug, Default)]
pub struct Changes(Vec<String>);

impl Changes {
    /// Records `field: old → new` when the values differ; says whether they do.
    pub fn diff<T: PartialEq + Display + ?Sized>(&mut self, field: &str, old: &T, new: &T) -> bool {
        let differs = old != new;
        if differs {
            self.0.push(format!("{field}: {old} → {new}"));
        }
        differs
    }

    /// A field of a new record.
    pub fn set(&mut self, field: &str, value: impl Display) {
        self.0.push(format!("{field}: {value}"));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Update` when anything changed, else `Unchanged`.
    pub fn action(&self) -> Action {
        if self.is_empty() {
            Action::Unchanged
        } else {
            Action::Update
        }
    }

    fn joined(self) -> Option<String> {
        (!self.0.is_empty()).then(|| self.0.join("; "))
    }
}
