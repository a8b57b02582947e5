//! The manifest of SPEC §2.9 as records, read from a parsed tree: every
//! key known, every value of the right type and shape, no entry listed
//! twice. Problems are collected with their paths, not stopped at.
//! What needs the tenant (references, times) is checked in `references`.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::problems::{index_path, key_path, Problems};
use crate::model::{Flag, Named, PartnerKind, Perms, Role};
use crate::service::user::UserRef;
use crate::service::{member, normalize_email, validate_slug, validate_text};

/// The keys of each kind of entry, as `apply --help` lists them.
pub const TOP_KEYS: &[&str] = &["users", "partners", "events"];
pub const USER_KEYS: &[&str] = &["email", "name", "landlord", "id"];
pub const PARTNER_KEYS: &[&str] = &["slug", "name", "kind", "plan", "members"];
pub const MEMBER_KEYS: &[&str] = &["user", "role", "grant", "revoke", "status"];
pub const EVENT_KEYS: &[&str] = &["slug", "partner", "title", "starts_at", "ends_at", "managers"];

/// A value with the path it was read from.
#[derive(Debug, Clone)]
pub struct Located<T> {
    pub path: String,
    pub value: T,
}

#[derive(Debug, Default)]
pub struct Manifest {
    pub users: Vec<UserEntry>,
    pub partners: Vec<PartnerEntry>,
    pub events: Vec<EventEntry>,
}

#[derive(Debug)]
pub struct UserEntry {
    pub path: String,
    /// Canonical.
    pub email: String,
    pub name: Option<String>,
    pub landlord: Option<bool>,
    pub id: Option<String>,
}

#[derive(Debug)]
pub struct PartnerEntry {
    pub path: String,
    pub slug: String,
    pub name: Option<String>,
    pub kind: Option<PartnerKind>,
    pub plan: Option<Located<String>>,
    /// `None`: the file does not manage this partner's members.
    pub members: Option<Vec<MemberEntry>>,
}

#[derive(Debug)]
pub struct MemberEntry {
    pub path: String,
    /// USER reference (email or id).
    pub user: Located<String>,
    pub role: Role,
    pub grant: Vec<Flag>,
    pub revoke: Vec<Flag>,
    /// `status: active`: an active member, not an invitation.
    pub active: bool,
}

#[derive(Debug)]
pub struct EventEntry {
    pub path: String,
    pub slug: String,
    /// The host partner (slug or id).
    pub partner: Option<Located<String>>,
    pub title: Option<String>,
    pub starts_at: Option<Located<String>>,
    pub ends_at: Option<Located<String>>,
    /// `None`: the file does not manage this event's manager partners.
    pub managers: Option<Vec<Located<String>>>,
}

/// Reads the whole tree into the entries that are well formed, noting in
/// `problems` every one that is not.
pub fn parse(tree: &Value, problems: &mut Problems) -> Manifest {
    let mut manifest = Manifest::default();
    // An empty document lists nothing.
    let top = if tree.is_null() { None } else { Entry::open(tree, "", TOP_KEYS, problems) };
    if let Some(top) = top {
        manifest.users = top.list("users", USER_KEYS, problems, user);
        manifest.partners = top.list("partners", PARTNER_KEYS, problems, partner);
        manifest.events = top.list("events", EVENT_KEYS, problems, event);
    }
    no_duplicates(problems, manifest.users.iter().map(|u| (u.email.clone(), key_path(&u.path, "email"))));
    no_duplicates(problems, manifest.partners.iter().map(|p| (p.slug.clone(), key_path(&p.path, "slug"))));
    no_duplicates(problems, manifest.events.iter().map(|e| (e.slug.clone(), key_path(&e.path, "slug"))));
    for p in &manifest.partners {
        let users = p.members.iter().flatten().map(|m| (reference_key(&m.user.value), m.user.path.clone()));
        no_duplicates(problems, users);
    }
    for e in &manifest.events {
        no_duplicates(problems, e.managers.iter().flatten().map(|m| (m.value.clone(), m.path.clone())));
    }
    manifest
}

/// How two references to one user compare within a file.
fn reference_key(reference: &str) -> String {
    match UserRef::parse(reference) {
        UserRef::Email(email) => email,
        UserRef::Id(id) => id,
    }
}

fn no_duplicates(problems: &mut Problems, keys: impl Iterator<Item = (String, String)>) {
    let mut seen: HashMap<String, String> = HashMap::new();
    for (key, path) in keys {
        match seen.get(&key) {
            Some(first) => problems.push(&path, format!("{key:?} is listed twice (also at {first})")),
            None => {
                seen.insert(key, path);
            }
        }
    }
}

fn user(entry: &Entry, problems: &mut Problems) -> Option<UserEntry> {
    let email = entry.required(problems, "email", |v| normalize_email(&text(v)?).map_err(|e| e.message.clone()));
    let name = entry.optional(problems, "name", line_of_text("name"));
    let landlord = entry.optional(problems, "landlord", boolean);
    let id = entry.optional(problems, "id", text);
    Some(UserEntry { path: entry.path.clone(), email: email?, name, landlord, id })
}

fn partner(entry: &Entry, problems: &mut Problems) -> Option<PartnerEntry> {
    let slug = entry.required(problems, "slug", slug("partner"));
    let name = entry.optional(problems, "name", line_of_text("name"));
    let kind = entry.optional(problems, "kind", named::<PartnerKind>);
    let plan = entry.located(problems, "plan", text);
    let members = entry.has("members").then(|| entry.list("members", MEMBER_KEYS, problems, member));
    Some(PartnerEntry { path: entry.path.clone(), slug: slug?, name, kind, plan, members })
}

fn member(entry: &Entry, problems: &mut Problems) -> Option<MemberEntry> {
    let user = entry.required_located(problems, "user", text);
    let role = entry.required(problems, "role", named::<Role>);
    let grant = entry.optional(problems, "grant", flags).unwrap_or_default();
    let revoke = entry.optional(problems, "revoke", flags).unwrap_or_default();
    let active = entry.optional(problems, "status", |v| match text(v)?.as_str() {
        "active" => Ok(true),
        other => Err(format!("invalid status {other:?}: a listed member is invited, or `active` at once")),
    });
    let (user, role) = (user?, role?);
    if let Some(flag) = grant.iter().find(|f| revoke.contains(f)) {
        problems.push(&key_path(&entry.path, "revoke"), format!("{flag} is both granted and revoked"));
    } else if let Err(e) = member::with_changes(role, Perms::for_role(role), &grant, &revoke) {
        problems.push(&key_path(&entry.path, "revoke"), e.message.clone());
    }
    Some(MemberEntry { path: entry.path.clone(), user, role, grant, revoke, active: active.unwrap_or(false) })
}

fn event(entry: &Entry, problems: &mut Problems) -> Option<EventEntry> {
    let slug = entry.required(problems, "slug", slug("event"));
    let partner = entry.located(problems, "partner", text);
    let title = entry.optional(problems, "title", line_of_text("title"));
    let starts_at = entry.located(problems, "starts_at", text);
    let ends_at = entry.located(problems, "ends_at", text);
    let managers = entry.has("managers").then(|| entry.texts(problems, "managers", "partner slugs"));
    Some(EventEntry { path: entry.path.clone(), slug: slug?, partner, title, starts_at, ends_at, managers })
}

/// One mapping of the tree, its keys checked against the allowed ones.
struct Entry<'v> {
    path: String,
    fields: &'v Map<String, Value>,
}

impl<'v> Entry<'v> {
    fn open(value: &'v Value, path: &str, keys: &[&str], problems: &mut Problems) -> Option<Entry<'v>> {
        let Value::Object(fields) = value else {
            let expected = format!("expected a mapping of {}, found {}", keys.join(", "), kind_of(value));
            problems.push(if path.is_empty() { "(top level)" } else { path }, expected);
            return None;
        };
        for key in fields.keys().filter(|k| !keys.contains(&k.as_str())) {
            problems.push(&key_path(path, key), format!("unknown key {key:?}: expected one of {}", keys.join(", ")));
        }
        Some(Entry { path: path.to_string(), fields })
    }

    fn has(&self, key: &str) -> bool {
        self.fields.contains_key(key)
    }

    /// The entries of the list under `key` (absent or null: none).
    fn list<T>(
        &self,
        key: &str,
        keys: &[&str],
        problems: &mut Problems,
        read: impl Fn(&Entry, &mut Problems) -> Option<T>,
    ) -> Vec<T> {
        let path = key_path(&self.path, key);
        match self.fields.get(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| {
                    let entry = Entry::open(item, &index_path(&path, i), keys, problems)?;
                    read(&entry, problems)
                })
                .collect(),
            Some(other) => {
                problems.push(&path, format!("expected a list of {key}, found {}", kind_of(other)));
                Vec::new()
            }
        }
    }

    /// The texts of the list under `key`, each with its path.
    fn texts(&self, problems: &mut Problems, key: &str, what: &str) -> Vec<Located<String>> {
        let path = key_path(&self.path, key);
        match self.fields.get(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| {
                    let path = index_path(&path, i);
                    match text(item) {
                        Ok(value) => Some(Located { path, value }),
                        Err(message) => {
                            problems.push(&path, message);
                            None
                        }
                    }
                })
                .collect(),
            Some(other) => {
                problems.push(&path, format!("expected a list of {what}, found {}", kind_of(other)));
                Vec::new()
            }
        }
    }

    fn optional<T>(
        &self,
        problems: &mut Problems,
        key: &str,
        read: impl FnOnce(&Value) -> Result<T, String>,
    ) -> Option<T> {
        self.located(problems, key, read).map(|l| l.value)
    }

    fn located<T>(
        &self,
        problems: &mut Problems,
        key: &str,
        read: impl FnOnce(&Value) -> Result<T, String>,
    ) -> Option<Located<T>> {
        let value = self.fields.get(key)?;
        let path = key_path(&self.path, key);
        match read(value) {
            Ok(value) => Some(Located { path, value }),
            Err(message) => {
                problems.push(&path, message);
                None
            }
        }
    }

    fn required<T>(
        &self,
        problems: &mut Problems,
        key: &str,
        read: impl FnOnce(&Value) -> Result<T, String>,
    ) -> Option<T> {
        self.required_located(problems, key, read).map(|l| l.value)
    }

    fn required_located<T>(
        &self,
        problems: &mut Problems,
        key: &str,
        read: impl FnOnce(&Value) -> Result<T, String>,
    ) -> Option<Located<T>> {
        if !self.has(key) {
            problems.push(&key_path(&self.path, key), "required".into());
            return None;
        }
        self.located(problems, key, read)
    }
}

/// Text, also from a number (`name: 1999` in YAML).
fn text(value: &Value) -> Result<String, String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        other => Err(format!("expected text, found {}", kind_of(other))),
    }
}

/// A name or title: one line of printable text.
fn line_of_text(what: &'static str) -> impl Fn(&Value) -> Result<String, String> {
    move |value| validate_text(what, &text(value)?).map_err(|e| e.message.clone())
}

fn boolean(value: &Value) -> Result<bool, String> {
    value.as_bool().ok_or_else(|| format!("expected true or false, found {}", kind_of(value)))
}

fn named<T: Named>(value: &Value) -> Result<T, String> {
    T::parse(&text(value)?).map_err(|e| e.message.clone())
}

fn slug(what: &'static str) -> impl Fn(&Value) -> Result<String, String> {
    move |value| {
        let slug = text(value)?;
        validate_slug(what, &slug).map_err(|e| e.message.clone())?;
        Ok(slug)
    }
}

/// A list of flags, or one flag.
fn flags(value: &Value) -> Result<Vec<Flag>, String> {
    match value {
        Value::Array(items) => items.iter().map(named::<Flag>).collect(),
        Value::Null => Ok(Vec::new()),
        single => Ok(vec![named::<Flag>(single)?]),
    }
}

fn kind_of(value: &Value) -> String {
    match value {
        Value::Null => "nothing".into(),
        Value::Bool(b) => format!("{b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the text {s:?}"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a mapping".into(),
    }
}
