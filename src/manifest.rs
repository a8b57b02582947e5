//! Reads an `apply` manifest (SPEC §2.9): YAML (`.yaml`, `.yml`) or JSON
//! (`.json`, or `-` for standard input) into the tree the core checks,
//! keeping for YAML the line of every value so that errors can point at it.
//!
//! YAML is read with `saphyr` (pure Rust, YAML 1.2, duplicate keys refused,
//! alias expansion bounded), mapped here onto JSON values.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};
use serde_json::{Map, Number, Value};

use crate::error::{Error, Kind, Result};
use crate::service::apply::{index_path, key_path, parent_path, ManifestSource};

/// A manifest read from a file or standard input.
pub struct Manifest {
    name: String,
    tree: Value,
    /// YAML only: the line where the value at each path starts.
    lines: HashMap<String, u64>,
}

impl ManifestSource for Manifest {
    fn name(&self) -> &str {
        &self.name
    }

    fn tree(&self) -> &Value {
        &self.tree
    }

    /// The line of `path`, or of the nearest entry around it (a missing key
    /// points at its mapping).
    fn line_of(&self, path: &str) -> Option<u64> {
        let mut at = Some(path);
        while let Some(p) = at {
            if let Some(line) = self.lines.get(p) {
                return Some(*line);
            }
            at = parent_path(p);
        }
        None
    }
}

enum Syntax {
    Yaml,
    Json,
}

impl Manifest {
    /// Reads `file`; `-` is JSON on standard input.
    pub fn read(file: &Path) -> Result<Manifest> {
        let name = file.display().to_string();
        if file == Path::new("-") {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Error::invalid_input(format!("cannot read standard input: {e}")))?;
            return Manifest::parse(name, Syntax::Json, &text);
        }
        let syntax = match file.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("yaml" | "yml") => Syntax::Yaml,
            Some("json") => Syntax::Json,
            _ => {
                return Err(Error::usage(format!("cannot tell the format of {name}: name it .yaml, .yml or .json"))
                    .hint("or pass - to read JSON from standard input"))
            }
        };
        let text =
            std::fs::read_to_string(file).map_err(|e| Error::invalid_input(format!("cannot read {name}: {e}")))?;
        Manifest::parse(name, syntax, &text)
    }

    fn parse(name: String, syntax: Syntax, text: &str) -> Result<Manifest> {
        let mut lines = HashMap::new();
        let tree = match syntax {
            Syntax::Json if text.trim().is_empty() => Value::Null,
            Syntax::Json => serde_json::from_str(text)
                .map_err(|e| unreadable(&name, e.line() as u64, format!("invalid JSON: {e}")))?,
            Syntax::Yaml => {
                let mut documents = MarkedYaml::load_from_str(text)
                    .map_err(|e| unreadable(&name, e.marker().line() as u64, format!("invalid YAML: {}", e.info())))?;
                match documents.len() {
                    0 => Value::Null,
                    1 => to_json(&name, documents.remove(0), "", &mut lines)?,
                    n => {
                        let line = documents[1].span.start.line() as u64;
                        return Err(unreadable(&name, line, format!("{n} YAML documents; a manifest is one")));
                    }
                }
            }
        };
        Ok(Manifest { name, tree, lines })
    }
}

/// `invalid_data` for a file that cannot be read as a manifest at all.
fn unreadable(name: &str, line: u64, message: String) -> Error {
    Error::new(Kind::InvalidData, format!("{name}: line {line}: {message}; nothing applied"))
        .detail("errors", serde_json::json!([{ "line": line, "message": message }]))
        .detail("error_count", 1)
}

/// One YAML node as JSON, noting the line of it and of everything under it.
fn to_json(name: &str, node: MarkedYaml, path: &str, lines: &mut HashMap<String, u64>) -> Result<Value> {
    let line = node.span.start.line() as u64;
    lines.insert(path.to_string(), line);
    let bad =
        |what: &str| unreadable(name, line, format!("{what} at {}", if path.is_empty() { "the top" } else { path }));
    Ok(match node.data {
        YamlData::Value(scalar) => match scalar {
            Scalar::Null => Value::Null,
            Scalar::Boolean(b) => Value::Bool(b),
            Scalar::Integer(i) => Value::Number(i.into()),
            Scalar::FloatingPoint(f) => {
                Number::from_f64(f.into_inner()).map(Value::Number).ok_or_else(|| bad("a number JSON cannot hold"))?
            }
            Scalar::String(s) => Value::String(s.into_owned()),
        },
        YamlData::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| to_json(name, item, &index_path(path, i), lines))
                .collect::<Result<_>>()?,
        ),
        YamlData::Mapping(entries) => {
            let mut map = Map::new();
            for (key, value) in entries {
                let key = match key.data {
                    YamlData::Value(Scalar::String(s)) => s.into_owned(),
                    YamlData::Value(Scalar::Integer(i)) => i.to_string(),
                    YamlData::Value(Scalar::Boolean(b)) => b.to_string(),
                    _ => return Err(bad("a mapping key that is not text")),
                };
                let value = to_json(name, value, &key_path(path, &key), lines)?;
                map.insert(key, value);
            }
            Value::Object(map)
        }
        YamlData::Tagged(tag, _) => return Err(bad(&format!("an unsupported tag !{}", tag.suffix))),
        YamlData::Representation(..) | YamlData::Alias(_) | YamlData::BadValue => {
            return Err(bad("an unreadable value"))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> Result<Manifest> {
        Manifest::parse("m.yaml".into(), Syntax::Yaml, text)
    }

    #[test]
    fn yaml_becomes_the_json_tree_with_the_line_of_every_value() {
        let m = yaml("users:\n  - email: a@example.com\n    name: 1999\n    landlord: false\npartners: []\n").unwrap();
        assert_eq!(
            m.tree,
            serde_json::json!({"users": [{"email": "a@example.com", "name": 1999, "landlord": false}], "partners": []})
        );
        assert_eq!(m.line_of("users[0].name"), Some(3));
        assert_eq!(m.line_of("users[0].id"), Some(2), "a missing key points at its mapping");
        assert_eq!(m.line_of("partners"), Some(5));
    }

    #[test]
    fn what_is_no_manifest_is_invalid_data_with_its_line() {
        for (text, line) in [
            ("a: 1\n---\nb: 2\n", 3),
            ("users: !custom [1]\n", 1),
            ("users:\n  - {email: a@example.com, email: b@example.com}\n", 2),
            ("users: [\n", 2),
        ] {
            let err = yaml(text).err().unwrap_or_else(|| panic!("{text:?} was read"));
            assert_eq!(err.code(), "invalid_data", "{text:?}");
            assert_eq!(err.details["errors"][0]["line"], line, "{text:?}: {}", err.message);
        }
        assert_eq!(yaml("").unwrap().tree, Value::Null, "an empty file lists nothing");
    }
}
