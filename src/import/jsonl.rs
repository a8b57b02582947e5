//! One JSONL line → the column buffers of a row, deserialized in place
//! (no map per row): unknown or repeated keys are refused, values may be
//! strings, numbers, booleans or null (null = empty).

use std::fmt::Write as _;

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};

use partnerctl_core::service::import::{Column, Step};

use super::missing_required;

/// `seen[i]`: a bit per name of column `i` (its preference) met in this line.
pub(super) fn json_values(text: &str, columns: &'static [Column], values: &mut [String], seen: &mut [u32]) -> Step {
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
    seen: &'a mut [u32],
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
        let mut ignored = String::new();
        while let Some((i, preference)) = map.next_key_seed(KeySeed { columns: self.columns })? {
            let bit = 1u32 << preference;
            let column = &self.columns[i];
            if self.seen[i] & bit != 0 {
                let name = std::iter::once(&column.name).chain(column.aliases).nth(usize::from(preference));
                return Err(de::Error::custom(format!("key {:?} appears twice", name.unwrap_or(&column.name))));
            }
            // The most preferred of a column's names wins (`event_id` over `event_slug`).
            let best = self.seen[i] == 0 || bit < self.seen[i];
            self.seen[i] |= bit;
            let out = if best {
                self.values[i].clear();
                &mut self.values[i]
            } else {
                ignored.clear();
                &mut ignored
            };
            map.next_value_seed(ScalarSeed { column: column.name, out })?;
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
    type Value = (usize, u8);
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(usize, u8), D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = (usize, u8);

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a column name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> std::result::Result<(usize, u8), E> {
        Column::find(self.columns, key)
            .ok_or_else(|| E::custom(format!("unknown key {key:?} (expected: {})", Column::expected(self.columns))))
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
