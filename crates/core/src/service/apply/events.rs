//! The `events` of a manifest: created (`event create`, with its managers),
//! or their title and times updated (`event update`); then their manager
//! partners (`event add-manager`, and with `--prune` `remove-manager`).
//! An event's host cannot change: a file naming another host is a `conflict`.

use super::manifest::{EventEntry, Located};
use super::row::{Action, ApplyRow, Changes, RecordKind};
use super::Run;
use crate::error::{Constraint, Error, Result};
use crate::model::Event;
use crate::service::{event, partner, Scope};
use crate::time::{self, Timestamp};

pub fn apply(run: &mut Run, entries: &[EventEntry]) -> Result<()> {
    for entry in entries {
        let scope = run.scope()?;
        match run.tx.find_event(&scope.tenant.id, &entry.slug)? {
            None => create(run, entry)?,
            Some(before) => update(run, &scope, entry, before)?,
        }
    }
    Ok(())
}

fn manager_row(event: &str, partner: &str, action: Action) -> ApplyRow {
    ApplyRow {
        kind: RecordKind::EventManager,
        key: format!("{event}/{partner}"),
        action,
        changes: None,
        // A link between two records has no id of its own.
        id: None,
        invite_code: None,
    }
}

fn create(run: &mut Run, entry: &EventEntry) -> Result<()> {
    let what = format!("event {}", entry.slug);
    let host = run.required(&entry.partner, &entry.path, "partner", &what)?;
    let title = run.required(&entry.title, &entry.path, "title", &what)?;
    let starts_at = run.required(&entry.starts_at, &entry.path, "starts_at", &what)?;
    let input = event::NewEvent {
        slug: entry.slug.clone(),
        partner: host.value,
        title,
        starts_at: starts_at.value,
        ends_at: entry.ends_at.as_ref().map(|e| e.value.clone()),
        managers: entry.managers.iter().flatten().map(|m| m.value.clone()).collect(),
    };
    let created = event::create(run.ctx, input).map_err(|e| run.at(&entry.path, e))?;
    let mut changes = Changes::default();
    changes.set("partner", &created.host_partner_slug);
    changes.set("title", &created.title);
    changes.set("starts_at", time::fmt(created.starts_at));
    changes.set("ends_at", time::fmt(created.ends_at));
    run.rows.push(ApplyRow::new(RecordKind::Event, &created.slug, Action::Create, changes, &created.id));
    for manager in &created.manager_partners {
        run.rows.push(manager_row(&created.slug, manager, Action::Create));
    }
    Ok(())
}

fn update(run: &mut Run, scope: &Scope, entry: &EventEntry, before: Event) -> Result<()> {
    if let Some(host) = &entry.partner {
        let named = partner::find(run.tx, scope, &host.value).map_err(|e| run.at(&host.path, e))?;
        if named.id != before.host_partner_id {
            let message = format!(
                "{}: event {} is hosted by {}, not {}; an event's host cannot change",
                host.path, before.slug, before.host_partner_slug, named.slug
            );
            return Err(Error::conflict(Constraint::Other, message).detail("path", host.path.clone()));
        }
    }
    let mut changes = Changes::default();
    let title = entry.title.clone().filter(|title| changes.diff("title", before.title.as_str(), title));
    let starts_at = changed_time(run, scope, &mut changes, "starts_at", before.starts_at, &entry.starts_at)?;
    let ends_at = changed_time(run, scope, &mut changes, "ends_at", before.ends_at, &entry.ends_at)?;
    if !changes.is_empty() {
        let update = event::EventChanges { title, starts_at, ends_at };
        event::update(run.ctx, &before.id, update).map_err(|e| run.at(&entry.path, e))?;
    }
    run.rows.push(ApplyRow::new(RecordKind::Event, &before.slug, changes.action(), changes, &before.id));
    let Some(listed) = &entry.managers else { return Ok(()) };
    let mut kept = Vec::new();
    for reference in listed {
        let manager = partner::find(run.tx, scope, &reference.value).map_err(|e| run.at(&reference.path, e))?;
        let action = if before.manager_partner_ids.contains(&manager.id) {
            Action::Unchanged
        } else {
            event::add_manager(run.ctx, &before.id, &manager.id).map_err(|e| run.at(&reference.path, e))?;
            Action::Create
        };
        run.rows.push(manager_row(&before.slug, &manager.slug, action));
        kept.push(manager.id);
    }
    if run.prune {
        let current = before.manager_partner_ids.iter().zip(&before.manager_partners);
        for (id, slug) in current.filter(|(id, _)| !kept.contains(id)) {
            event::remove_manager(run.ctx, &before.id, id).map_err(|e| run.at(&entry.path, e))?;
            run.rows.push(manager_row(&before.slug, slug, Action::Remove));
        }
    }
    Ok(())
}

/// The file's time when it differs from the stored one (as the file wrote
/// it, for `event update`), recorded in `changes`.
fn changed_time(
    run: &Run,
    scope: &Scope,
    changes: &mut Changes,
    field: &str,
    stored: Timestamp,
    wanted: &Option<Located<String>>,
) -> Result<Option<String>> {
    let Some(wanted) = wanted else { return Ok(None) };
    let parsed = time::parse_time(&wanted.value, scope.tz, run.ctx.now).map_err(|e| run.at(&wanted.path, e))?;
    Ok(changes.diff(field, &time::fmt(stored), &time::fmt(parsed)).then(|| wanted.value.clone()))
}
