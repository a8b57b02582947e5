//! The user references of an invite import, resolved to ids. They are
//! looked up one by one (each reference once, unknown ones too) until
//! `LOOKUPS_BEFORE_DIRECTORY`; then the tenant's users are read at once,
//! when there are at most `CACHED_USERS`, and every later reference resolves
//! without the database. On PostgreSQL a lookup is a round trip: 200,000
//! invites of the benchmark's tenant made 61,767 of them.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use crate::error::Result;
use crate::model::User;
use crate::names::CACHED_USERS;
use crate::service::canonical_email;
use crate::service::user;
use crate::store::Tx;

/// Lookups one by one before the tenant's users are read: a small import
/// never reads them (100,000 users take ~0.1 s to read).
const LOOKUPS_BEFORE_DIRECTORY: usize = 2_000;

#[derive(Default)]
pub(super) struct UserRefs {
    /// Reference as written → id, while there is no directory.
    looked_up: HashMap<String, Option<Rc<str>>>,
    directory: Option<Directory>,
    /// The tenant's users were read, or found too many to keep.
    read: bool,
}

/// Every user of the tenant: its id by canonical email, and the ids.
#[derive(Default)]
struct Directory {
    emails: HashMap<String, Rc<str>>,
    ids: HashSet<Rc<str>>,
}

impl Directory {
    fn add(&mut self, id: &str, email: &str) -> Rc<str> {
        let id: Rc<str> = Rc::from(id);
        self.emails.insert(email.to_string(), id.clone());
        self.ids.insert(id.clone());
        id
    }

    /// As `user::lookup` resolves `reference`: an email (it has an `@`)
    /// by its canonical form, else an id. Most references are already
    /// canonical, and are found without making that form.
    fn get(&self, reference: &str) -> Option<Rc<str>> {
        if !reference.contains('@') {
            return self.ids.get(reference).cloned();
        }
        self.emails.get(reference).or_else(|| self.emails.get(&canonical_email(reference))).cloned()
    }
}

impl UserRefs {
    /// The id of the tenant's user `reference` names, `None` if none.
    pub(super) fn resolve(&mut self, tx: &dyn Tx, tenant_id: &str, reference: &str) -> Result<Option<Rc<str>>> {
        if !self.read && self.looked_up.len() >= LOOKUPS_BEFORE_DIRECTORY {
            self.read_directory(tx, tenant_id)?;
        }
        if let Some(directory) = &self.directory {
            return Ok(directory.get(reference));
        }
        if let Some(hit) = self.looked_up.get(reference) {
            return Ok(hit.clone());
        }
        let found: Option<Rc<str>> = user::lookup(tx, tenant_id, reference)?.map(|u| Rc::from(u.id));
        self.looked_up.insert(reference.to_string(), found.clone());
        Ok(found)
    }

    /// Records `user`, which the import created for `reference`.
    pub(super) fn created(&mut self, reference: &str, user: &User) -> Rc<str> {
        match &mut self.directory {
            Some(directory) => directory.add(&user.id, &user.email),
            None => {
                let id: Rc<str> = Rc::from(user.id.as_str());
                self.looked_up.insert(reference.to_string(), Some(id.clone()));
                id
            }
        }
    }

    fn read_directory(&mut self, tx: &dyn Tx, tenant_id: &str) -> Result<()> {
        self.read = true;
        let mut directory = Directory::default();
        let mut complete = true;
        tx.each_user(tenant_id, &mut |id, email, _| {
            complete = directory.ids.len() < CACHED_USERS;
            if complete {
                directory.add(id, email);
            }
            complete
        })?;
        if complete {
            self.directory = Some(directory);
            self.looked_up = HashMap::new();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_directory_resolves_references_as_a_lookup_does() {
        let mut directory = Directory::default();
        directory.add("u1", "ana@example.org");
        directory.add("u@2", "bo@example.org");
        assert_eq!(directory.get("ana@example.org").as_deref(), Some("u1"));
        assert_eq!(directory.get("  Ana@Example.ORG ").as_deref(), Some("u1"));
        assert_eq!(directory.get("u1").as_deref(), Some("u1"));
        // A reference with an `@` is an email, never an id.
        assert_eq!(directory.get("u@2"), None);
        assert_eq!(directory.get("nobody@example.org"), None);
    }
}
