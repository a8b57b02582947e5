//! The `users` of a manifest: added, or their name and landlord flag updated
//! (`user add`, `user update`: operator or landlord). Users are the
//! tenant's to list, so any entry but the actor's own needs those rights,
//! even when nothing changes.

use super::manifest::UserEntry;
use super::problems::key_path;
use super::row::{Action, ApplyRow, Changes, RecordKind};
use super::Run;
use crate::error::{Constraint, Error, Result};
use crate::model::User;
use crate::service::{access, user};

pub fn apply(run: &mut Run, entries: &[UserEntry]) -> Result<()> {
    for entry in entries {
        let scope = run.scope()?;
        if user::actor_named(&scope, &entry.email).is_none() {
            access::landlord(&scope, "a manifest's users").require().map_err(|e| run.at(&entry.path, e))?;
        }
        let row = match user::lookup(run.tx, &scope.tenant.id, &entry.email)? {
            None => create(run, entry)?,
            Some(before) => update(run, entry, before)?,
        };
        run.rows.push(row);
    }
    Ok(())
}

fn create(run: &Run, entry: &UserEntry) -> Result<ApplyRow> {
    let name = run.required(&entry.name, &entry.path, "name", &format!("user {}", entry.email))?;
    let landlord = entry.landlord.unwrap_or(false);
    let input = user::NewUser { email: entry.email.clone(), display_name: name, landlord, id: entry.id.clone() };
    let created = user::add(run.ctx, input).map_err(|e| run.at(&entry.path, e))?;
    let mut changes = Changes::default();
    changes.set("name", &created.display_name);
    changes.set("landlord", created.landlord);
    if entry.id.is_some() {
        changes.set("id", &created.id);
    }
    Ok(ApplyRow::new(RecordKind::User, created.email, Action::Create, changes, &created.id))
}

fn update(run: &Run, entry: &UserEntry, before: User) -> Result<ApplyRow> {
    if let Some(id) = entry.id.as_ref().filter(|id| **id != before.id) {
        let path = key_path(&entry.path, "id");
        let message = format!("{path}: user {} has id {}, not {id}; an id cannot change", before.email, before.id);
        return Err(Error::conflict(Constraint::Id, message).detail("path", path));
    }
    let mut changes = Changes::default();
    let display_name = entry.name.clone().filter(|name| changes.diff("name", before.display_name.as_str(), name));
    let landlord = entry.landlord.filter(|landlord| changes.diff("landlord", &before.landlord, landlord));
    if !changes.is_empty() {
        user::update(run.ctx, &before.id, user::UserChanges { display_name, landlord })
            .map_err(|e| run.at(&entry.path, e))?;
    }
    Ok(ApplyRow::new(RecordKind::User, before.email, changes.action(), changes, &before.id))
}
