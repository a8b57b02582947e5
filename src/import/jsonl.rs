//! One JSONL line → the column buffers of a row, deserialized in place
//! (no map per row): unknown or repeated keys are refused, values may be
//! strings, numbers, booleans or null (null = empty).

use std::fmt::Write as _;

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};

use partnerctl_core::service::import::{Column, Step};

use super::missing_required;

pub(super) fn json_values(text: &str, columns: &'static [Column], values: &mut [String], seen: &mut [bool]) -> Step {
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = ObjectSeed { columns, values, seen }.deserialize(&mut de).and_then(|()| de.end());
    match parsed {
        Ok(()) => missing_required(columns, values),
        Err(e) => Step::Invalid(json_message(&e)),
    }
}

/// serde_json appends "at line 1 column N"; within one JSONL line only the
/// column is news.
fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let text = text.split(" at line ").next().unwrap_or(&text);
    if e.is_data() {
        text.to_string()
    } else {
        format!("invalid JSON: {text} (column {})", e.column())
    }
}

/// Deserializes one JSON object straight into the column buffers.
struct ObjectSeed<'a> {
    columns: &'static [Column],
    values: &'a mut [String],
    seen: &'a mut [bool],
}

impl<'de> DeserializeSeed<'de> for ObjectSeed<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ObjectSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        while let Some(i) = map.next_key_seed(KeySeed { columns: self.columns })? {
            if std::mem::replace(&mut self.seen[i], true) {
                return Err(de::Error::custom(format!("key {:?} appears twice", self.columns[i].name)));
            }
            map.next_value_seed(ScalarSeed { column: self.columns[i].name, out: &mut self.values[i] })?;
        }
        Ok(())
    }
}

/// An object key, as the index of its column (unknown keys are refused to
/// catch typos).
struct KeySeed {
    columns: &'static [Column],
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = usize;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<usize, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = usize;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a column name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> std::result::Result<usize, E> {
        self.columns.iter().position(|c| c.name == key).ok_or_else(|| {
            let expected: Vec<_> = self.columns.iter().map(|c| c.name).collect();
            E::custom(format!("unknown key {key:?} (expected: {})", expected.join(", ")))
        })
    }
}

/// A string, number, boolean or null, written as text (null → empty).
struct ScalarSeed<'a> {
    column: &'static str,
    out: &'a mut String,
}

impl<'de> DeserializeSeed<'de> for ScalarSeed<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ScalarSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "a string, number, boolean or null for {:?}", self.column)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<(), E> {
        self.out.push_str(v.trim());
        Ok(())
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> std::result::Result<(), E> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<(), E> {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<(), E> {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<(), E> {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> std::result::Result<(), E> {
        Ok(())
    }
}
