//! Which fields of a record are printed: `--fields` (select and order, SPEC
//! §2.3), the columns of an empty result, and what `-q` prints.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{cell, fields};
use crate::error::{Error, Result};

/// `--fields F1,F2,…`, or every field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection(Option<Vec<String>>);

impl Selection {
    /// `--fields` as clap split it (none: every field); names are checked
    /// against a record type later.
    pub fn new(names: Vec<String>) -> Selection {
        Selection((!names.is_empty()).then_some(names))
    }

    pub fn is_all(&self) -> bool {
        self.0.is_none()
    }

    /// Refuses a selected name that `columns` lacks, listing the valid ones.
    pub fn check<'a>(&self, columns: impl Iterator<Item = &'a str> + Clone) -> Result<()> {
        let Some(names) = &self.0 else { return Ok(()) };
        if let Some(unknown) = names.iter().find(|n| !columns.clone().any(|c| c == n.as_str())) {
            let valid: Vec<&str> = columns.collect();
            return Err(Error::usage(format!("unknown field {unknown:?} in --fields; valid: {}", valid.join(", "))));
        }
        Ok(())
    }

    /// The selected fields of `map`, in the selected order.
    pub fn apply(&self, mut map: Map<String, Value>) -> Map<String, Value> {
        match &self.0 {
            None => map,
            Some(names) => names.iter().map(|n| (n.clone(), map.remove(n).unwrap_or(Value::Null))).collect(),
        }
    }

    /// The selected names of `columns`, in the selected order.
    pub fn names(&self, columns: Vec<String>) -> Vec<String> {
        match &self.0 {
            None => columns,
            Some(names) => names.clone(),
        }
    }
}

/// The field names of a record type, from an instance of it (the shape of
/// an empty result).
pub fn columns_of<T: Serialize>(shape: &T) -> Result<Vec<String>> {
    Ok(fields(shape)?.into_iter().map(|(k, _)| k).collect())
}

/// What `-q` prints of each record (SPEC §2.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Quiet {
    /// `id`, else `slug`, else `limit_key` (plan rows), else nothing.
    #[default]
    Key,
    /// One named field: a secret shown once (`invite_code`), or the id of a
    /// metrics row's group (`inviter_id`, `event_id`).
    Field(&'static str),
}

impl Quiet {
    /// The line `-q` prints for `map`, if any.
    pub fn line(self, map: &Map<String, Value>) -> Option<String> {
        let value = match self {
            Quiet::Key => ["id", "slug", "limit_key"].iter().find_map(|k| map.get(*k)),
            Quiet::Field(name) => map.get(name),
        };
        value.filter(|v| !v.is_null()).map(cell)
    }
}
