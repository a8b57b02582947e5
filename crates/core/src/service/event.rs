//! Events (SPEC §1.5): create, list, show, update, co-managing partners.
//!
//! Writes need the operator, a landlord, or an active member of the HOST with
//! `can_manage_events`; any user of the tenant may read. The host is never
//! also a manager partner (`invalid_input`), and archived partners can neither
//! host new events nor become managers (`invalid_transition`).

use chrono::Duration;
use serde_json::json;

use super::existing::{Differences, IfExists, Taken};
use super::{access, new_id, partner, suggest, validate_slug, validate_text, Audit, Ctx, Outcome, Scope};
use crate::error::{Constraint, Error, Result};
use crate::model::{AuditAction, Event, Flag, Partner, PartnerStatus};
use crate::store::{EventFilter, Tx};
use crate::time::{self, Timestamp};

/// How long an event lasts when no `--ends-at` is given.
const DEFAULT_DURATION_HOURS: i64 = 4;

/// Looks an event up by slug or id, or fails with `not_found`.
pub fn find(tx: &dyn Tx, scope: &Scope, reference: &str) -> Result<Event> {
    match tx.find_event(&scope.tenant.id, reference)? {
        Some(event) => Ok(event),
        // Any user of the tenant may list its events: every slug may be offered.
        None => {
            let events = tx.list_events(&EventFilter { tenant_id: scope.tenant.id.clone(), ..Default::default() })?;
            Err(suggest::not_found("event", reference, events.into_iter().map(|e| e.slug)))
        }
    }
}

/// Event writes are decided on the host partner.
fn require_host_permission(tx: &dyn Tx, scope: &Scope, host: &Partner) -> Result<()> {
    access::partner_flag(tx, scope, host, Flag::CanManageEvents)?.require()?;
    Ok(())
}

fn require_active(partner: &Partner, role: &str) -> Result<()> {
    if partner.status == PartnerStatus::Archived {
        return Err(Error::state(
            "invalid_transition",
            format!("partner {} is archived and cannot {role}", partner.slug),
        ));
    }
    Ok(())
}

fn require_order(starts_at: Timestamp, ends_at: Timestamp) -> Result<()> {
    if ends_at <= starts_at {
        return Err(Error::invalid_input(format!(
            "ends_at {} must be after starts_at {}",
            time::fmt(ends_at),
            time::fmt(starts_at)
        )));
    }
    Ok(())
}

pub struct NewEvent {
    pub slug: String,
    pub partner: String,
    pub title: String,
    pub starts_at: String,
    pub ends_at: Option<String>,
    pub managers: Vec<String>,
}

pub fn create(ctx: &Ctx, input: NewEvent) -> Result<Event> {
    create_with(ctx, input, IfExists::Conflict)
}

/// `event create --if-not-exists`: an event with the slug that agrees with
/// host, title and start, and with end and managers when given, is the
/// answer unchanged.
pub fn create_if_not_exists(ctx: &Ctx, input: NewEvent) -> Result<Event> {
    create_with(ctx, input, IfExists::Accept)
}

fn create_with(ctx: &Ctx, input: NewEvent, policy: IfExists) -> Result<Event> {
    ctx.write(|tx, scope| {
        let host = partner::find(tx, scope, &input.partner)?;
        let mut managers: Vec<Partner> = Vec::new();
        for reference in &input.managers {
            let manager = partner::find(tx, scope, reference)?;
            if !managers.iter().any(|m| m.id == manager.id) {
                managers.push(manager);
            }
        }
        require_host_permission(tx, scope, &host)?;
        validate_slug("event", &input.slug)?;
        let title = validate_text("event title", &input.title)?;
        let starts_at = time::parse_time(&input.starts_at, scope.tz, ctx.now)?;
        let ends_at = match &input.ends_at {
            Some(t) => time::parse_time(t, scope.tz, ctx.now)?,
            None => time::add(starts_at, Duration::hours(DEFAULT_DURATION_HOURS))?,
        };
        require_order(starts_at, ends_at)?;
        if managers.iter().any(|m| m.id == host.id) {
            return Err(Error::invalid_input(format!(
                "{} hosts the event; it cannot also be a manager partner",
                host.slug
            )));
        }
        managers.sort_by(|a, b| a.slug.cmp(&b.slug));
        if let Some(existing) = tx.find_event(&scope.tenant.id, &input.slug)? {
            let mut manager_ids: Vec<&str> = managers.iter().map(|m| m.id.as_str()).collect();
            let mut existing_manager_ids: Vec<&str> = existing.manager_partner_ids.iter().map(String::as_str).collect();
            manager_ids.sort_unstable();
            existing_manager_ids.sort_unstable();
            let differences = Differences::default()
                .given("partner", Some(&host.id), &existing.host_partner_id)
                .given("title", Some(&title), &existing.title)
                .given("starts_at", Some(starts_at), existing.starts_at)
                .given("ends_at", input.ends_at.as_ref().map(|_| ends_at), existing.ends_at)
                .given("managers", (!input.managers.is_empty()).then_some(manager_ids), existing_manager_ids);
            let taken = Taken {
                constraint: Constraint::EventSlug,
                what: format!("event {}", input.slug),
                existing_id: &existing.id,
            };
            return taken.settle(policy, differences, existing.clone()).map(Outcome::Unchanged);
        }
        require_active(&host, "host new events")?;
        for manager in &managers {
            require_active(manager, "become an event manager")?;
        }
        let event = Event {
            id: new_id(),
            slug: input.slug.clone(),
            title,
            starts_at,
            ends_at,
            host_partner_id: host.id.clone(),
            host_partner_slug: host.slug.clone(),
            manager_partners: managers.iter().map(|m| m.slug.clone()).collect(),
            manager_partner_ids: managers.iter().map(|m| m.id.clone()).collect(),
        };
        tx.insert_event(&scope.tenant.id, &event, ctx.now)?;
        let audit = Audit {
            action: AuditAction::EventCreate,
            target_id: Some(event.id.clone()),
            partner_id: Some(host.id.clone()),
            details: json!({ "after": event }),
        };
        Ok(Outcome::Changed(event, audit))
    })
}

/// Which events `list` shows, by their end relative to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Not ended yet (`ends_at > now`).
    Upcoming,
    /// Ended (`ends_at <= now`).
    Past,
}

/// Any user of the tenant; ordered by starts_at, slug; the first `limit` when given.
pub fn list(ctx: &Ctx, managed_by: Option<&str>, when: Option<When>, limit: Option<u64>) -> Result<Vec<Event>> {
    ctx.read(|tx, scope| {
        let managed_by = managed_by.map(|p| partner::find(tx, scope, p)).transpose()?;
        tx.list_events(&EventFilter {
            tenant_id: scope.tenant.id.clone(),
            managed_by: managed_by.map(|p| p.id),
            ends_after: (when == Some(When::Upcoming)).then_some(ctx.now),
            ended_by: (when == Some(When::Past)).then_some(ctx.now),
            limit,
        })
    })
}

/// Any user of the tenant.
pub fn show(ctx: &Ctx, reference: &str) -> Result<Event> {
    ctx.read(|tx, scope| find(tx, scope, reference))
}

pub struct EventChanges {
    pub title: Option<String>,
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
}

/// Changing only `starts_at` keeps `ends_at`; the pair must stay ordered.
/// An update that changes nothing is a no-op without an audit row.
pub fn update(ctx: &Ctx, reference: &str, changes: EventChanges) -> Result<Event> {
    if changes.title.is_none() && changes.starts_at.is_none() && changes.ends_at.is_none() {
        return Err(Error::usage("nothing to update: give --title, --starts-at and/or --ends-at"));
    }
    ctx.write(|tx, scope| {
        let before = find(tx, scope, reference)?;
        let host = partner::find(tx, scope, &before.host_partner_id)?;
        require_host_permission(tx, scope, &host)?;
        let mut after = before.clone();
        if let Some(title) = &changes.title {
            after.title = validate_text("event title", title)?;
        }
        if let Some(t) = &changes.starts_at {
            after.starts_at = time::parse_time(t, scope.tz, ctx.now)?;
        }
        if let Some(t) = &changes.ends_at {
            after.ends_at = time::parse_time(t, scope.tz, ctx.now)?;
        }
        require_order(after.starts_at, after.ends_at)?;
        if (&after.title, after.starts_at, after.ends_at) == (&before.title, before.starts_at, before.ends_at) {
            return Ok(Outcome::Unchanged(before));
        }
        tx.update_event(&after, ctx.now)?;
        let audit = Audit {
            action: AuditAction::EventUpdate,
            target_id: Some(after.id.clone()),
            partner_id: Some(host.id.clone()),
            details: json!({ "before": before, "after": after }),
        };
        Ok(Outcome::Changed(after, audit))
    })
}

/// Adding a present manager, or removing an absent one, is a no-op.
pub fn add_manager(ctx: &Ctx, event_ref: &str, partner_ref: &str) -> Result<Event> {
    change_manager(ctx, event_ref, partner_ref, true)
}

pub fn remove_manager(ctx: &Ctx, event_ref: &str, partner_ref: &str) -> Result<Event> {
    change_manager(ctx, event_ref, partner_ref, false)
}

fn change_manager(ctx: &Ctx, event_ref: &str, partner_ref: &str, add: bool) -> Result<Event> {
    ctx.write(|tx, scope| {
        let before = find(tx, scope, event_ref)?;
        let manager = partner::find(tx, scope, partner_ref)?;
        let host = partner::find(tx, scope, &before.host_partner_id)?;
        require_host_permission(tx, scope, &host)?;
        if manager.id == host.id {
            return Err(Error::invalid_input(format!(
                "{} hosts event {}; the host is not a manager partner",
                host.slug, before.slug
            )));
        }
        let present = before.manager_partner_ids.contains(&manager.id);
        if present == add {
            return Ok(Outcome::Unchanged(before));
        }
        let action = if add {
            require_active(&manager, "become an event manager")?;
            tx.add_event_manager(&before.id, &manager.id)?;
            AuditAction::EventAddManager
        } else {
            tx.remove_event_manager(&before.id, &manager.id)?;
            AuditAction::EventRemoveManager
        };
        let after = find(tx, scope, &before.id)?;
        let audit = Audit {
            action,
            target_id: Some(after.id.clone()),
            partner_id: Some(host.id.clone()),
            details: json!({
            "partner_id": manager.id,
            "partner_slug": manager.slug,
            "before": before.manager_partners,
            "after": after.manager_partners,
            }),
        };
        Ok(Outcome::Changed(after, audit))
    })
}
