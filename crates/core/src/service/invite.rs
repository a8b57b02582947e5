//! Event invites (SPEC §1.6): send, view, accept, decline, attendance, list,
//! show, expire.
//!
//! Every write runs in one `BEGIN IMMEDIATE` transaction, so the
//! check-then-write rules (uniqueness, one credited acceptance, limits) hold
//! with many processes writing the same file.
//!
//! Choices where SPEC is silent:
//! - Limits of a partner-issued invite use the partner's plan; a user invite
//!   has no partner, so the tenant defaults apply.
//! - "Self-invite" means the issuing user is the receiver, for user and
//!   partner invites alike.
//! - `invite list` never refuses: a user who is neither operator nor landlord
//!   sees the invites it received plus every invite of the events managed by
//!   a partner where it holds `can_view_metrics`.

use serde::Serialize;
use serde_json::{json, Value};

use super::{access, event, limits, new_id, partner, principal, user, Acting, Audit, Ctx, Outcome, Scope};
use crate::error::{Constraint, Error, Kind, Result};
use crate::model::{
    Attendance, AuditAction, Channel, Event, Flag, Invite, InviteStatus, InviterKind, LimitKey, Partner, PartnerStatus,
    Permission,
};
use crate::store::{EventFilter, InviteFilter, InviteVisibility, Tx};
use crate::time;

/// The limits an invite send checks, in SPEC §1.6 rule 6 order.
const SEND_LIMITS: [LimitKey; 5] = [
    LimitKey::InvitesPerEventPerInviter,
    LimitKey::InvitesPerDayPerPartner,
    LimitKey::InvitesPerDayPerUser,
    LimitKey::PendingInvitesPerReceiver,
    LimitKey::InvitesToSameReceiverPer30d,
];

/// Looks an invite and its event up, or fails with `not_found`.
fn load(tx: &dyn Tx, scope: &Scope, id: &str) -> Result<(Invite, Event)> {
    let invite = tx.find_invite(&scope.tenant.id, id)?.ok_or_else(|| Error::not_found("invite", id))?;
    let event = event::find(tx, scope, &invite.event_id)?;
    Ok((invite, event))
}

fn require_not_ended(ctx: &Ctx, event: &Event, doing: &str) -> Result<()> {
    if ctx.now >= event.ends_at {
        return Err(Error::state(
            "event_ended",
            format!("event {} ended at {}; its invites can no longer be {doing}", event.slug, time::fmt(event.ends_at)),
        ));
    }
    Ok(())
}

/// A response cannot precede what it answers: with a clock (`PARTNERCTL_NOW`)
/// set before the invite's `created_at` (or its `viewed_at`), its times would
/// run backwards.
fn require_times_forward(ctx: &Ctx, invite: &Invite, doing: &str) -> Result<()> {
    let latest = [Some(("created", invite.created_at)), invite.viewed_at.map(|v| ("viewed", v))];
    for (what, at) in latest.into_iter().flatten() {
        if at > ctx.now {
            return Err(Error::state(
                "invalid_transition",
                format!(
                    "invite {} was {what} at {}, after the current time {}; it cannot be {doing} before that",
                    invite.id,
                    time::fmt(at),
                    time::fmt(ctx.now)
                ),
            ));
        }
    }
    Ok(())
}

/// The receiver itself, or the operator or a landlord on its behalf.
fn require_receiver(scope: &Scope, invite: &Invite, doing: &str) -> Result<()> {
    let is_receiver = scope.actor.user().is_some_and(|u| u.id == invite.receiver_id);
    if is_receiver || scope.actor.is_privileged() {
        return Ok(());
    }
    Err(Error::permission_denied(
        Permission::RECEIVER,
        format!(
            "permission denied: only the receiver {} (or the operator or a landlord) may {doing} invite {}",
            invite.receiver_email, invite.id
        ),
    ))
}

fn already_accepted(credited: &Invite) -> Error {
    Error::state(
        "already_accepted",
        format!(
            "{} already accepted invite {} for event {}",
            credited.receiver_email, credited.id, credited.event_slug
        ),
    )
    .detail("invite_id", credited.id.as_str())
}

fn invalid_transition(invite: &Invite, doing: &str) -> Error {
    Error::state(
        "invalid_transition",
        format!("invite {} is {}; only open (pending or viewed) invites can be {doing}", invite.id, invite.status),
    )
}

/// The partner an invite's audit rows belong to: the inviting partner, else the host.
fn audit_partner<'a>(invite: &'a Invite, event: &'a Event) -> &'a str {
    match invite.inviter_kind {
        InviterKind::Partner => &invite.inviter_id,
        InviterKind::User => &event.host_partner_id,
    }
}

/// The mutable part of an invite, for audit before/after.
fn state_of(invite: &Invite) -> Value {
    json!({
        "status": invite.status,
        "credited_acceptance": invite.credited_acceptance,
        "attendance": invite.attendance,
        "viewed_at": invite.viewed_at.map(time::fmt),
        "responded_at": invite.responded_at.map(time::fmt),
    })
}

pub struct NewInvite {
    pub event: String,
    pub receiver: String,
    pub on_behalf_of: Option<String>,
    pub channel: Channel,
}

/// Permission first (rule 4), then rules 5, 3, 2, 1 and the limits of rule 6.
pub fn send(ctx: &Ctx, input: NewInvite) -> Result<Invite> {
    if matches!(ctx.actor, Some(Acting::Operator { .. })) {
        return Err(Error::usage(
            "sending an invite needs a user identity: pass --as USER (the inviter, or the member issuing for --on-behalf-of)",
        ));
    }
    ctx.write(|tx, scope| {
        let issuer = scope.actor.user().cloned().ok_or_else(|| Error::internal("--as resolved to no user"))?;
        let event = event::find(tx, scope, &input.event)?;
        let on_behalf_of = input.on_behalf_of.as_deref().map(|p| partner::find(tx, scope, p)).transpose()?;
        if let Some(p) = &on_behalf_of {
            require_partner_may_invite(tx, scope, p, &event)?;
        }
        // Only now: a denial above tells nothing about which emails exist.
        let receiver = user::find(tx, scope, &input.receiver)?;
        if receiver.id == issuer.id {
            return Err(Error::invalid_input(format!("{} cannot invite themselves", issuer.email)));
        }
        require_not_ended(ctx, &event, "sent")?;
        if let Some(credited) = tx.find_credited_invite(&event.id, &receiver.id)? {
            return Err(already_accepted(&credited));
        }
        let (kind, inviter_id, inviter_name) = match &on_behalf_of {
            Some(p) => (InviterKind::Partner, p.id.clone(), p.name.clone()),
            None => (InviterKind::User, issuer.id.clone(), issuer.display_name.clone()),
        };
        if let Some(existing) = tx.find_invite_by_principal(&event.id, &receiver.id, kind, &inviter_id)? {
            return Err(Error::state(
                "already_invited",
                format!(
                    "{} already has invite {} from {kind} {} for event {}",
                    receiver.email, existing.id, existing.inviter_name, event.slug
                ),
            )
            .detail("invite_id", existing.id.as_str()));
        }
        let subject = limits::Subject {
            plan: on_behalf_of.as_ref().map(|p| p.plan.as_str()),
            event_id: Some(&event.id),
            event_ends_at: Some(event.ends_at),
            inviter: Some((kind, &inviter_id)),
            issuer_id: Some(&issuer.id),
            receiver_id: Some(&receiver.id),
            partner_id: on_behalf_of.as_ref().map(|p| p.id.as_str()),
        };
        require_send_quota(ctx, tx, scope, &subject)?;
        // The record as written, names included: reading it back cost a
        // joined SELECT (0.8 ms of planning on a new PostgreSQL connection,
        // inside the tenant's lock) to learn what is known here.
        let invite = Invite {
            id: new_id(),
            event_id: event.id.clone(),
            event_slug: event.slug.clone(),
            receiver_id: receiver.id.clone(),
            receiver_email: receiver.email.clone(),
            inviter_kind: kind,
            inviter_id,
            inviter_name,
            issued_by_user_id: issuer.id.clone(),
            issued_by_email: issuer.email.clone(),
            status: InviteStatus::Pending,
            credited_acceptance: false,
            attendance: Attendance::Unknown,
            channel: input.channel,
            created_at: ctx.now,
            viewed_at: None,
            responded_at: None,
        };
        tx.insert_invite(&scope.tenant.id, &invite)?;
        let audit = Audit {
            action: AuditAction::InviteSend,
            target_id: Some(invite.id.clone()),
            partner_id: Some(audit_partner(&invite, &event).to_string()),
            details: json!({ "after": invite }),
        };
        Ok(Outcome::Changed(invite, audit))
    })
}

/// Rule 6: the first limit without room, in SPEC order, refuses the send.
fn require_send_quota(ctx: &Ctx, tx: &dyn Tx, scope: &Scope, subject: &limits::Subject) -> Result<()> {
    let partner_principal = matches!(subject.inviter, Some((InviterKind::Partner, _)));
    for key in SEND_LIMITS {
        if key == LimitKey::InvitesPerDayPerPartner && !partner_principal {
            continue;
        }
        limits::usage(tx, &scope.tenant.id, scope.tz, ctx.now, key, subject)?.require_room()?;
    }
    Ok(())
}

/// Rule 4: `can_invite` on the partner (or landlord), the partner manages the
/// event (both permission, exit 4), and it is active (state, exit 5).
fn require_partner_may_invite(tx: &dyn Tx, scope: &Scope, p: &Partner, event: &Event) -> Result<()> {
    access::partner_flag(tx, scope, p, Flag::CanInvite)?.require()?;
    if !event.managing_partner_ids().any(|id| id == p.id) {
        return Err(Error::permission_denied(
            Permission::MANAGING_PARTNER,
            format!("permission denied: {} is not a managing partner of event {}", p.slug, event.slug),
        ));
    }
    if p.status == PartnerStatus::Archived {
        return Err(Error::state("invalid_transition", format!("partner {} is archived and cannot invite", p.slug)));
    }
    Ok(())
}

/// One transition of one invite, as `save` records it.
struct Change {
    action: AuditAction,
    event: Event,
    before: Invite,
    after: Invite,
    closed_duplicates: Option<Vec<String>>,
    /// The error to report if the credited-acceptance index refuses the write.
    credited_clash: Option<Error>,
}

/// Writes the change of one invite, audited.
fn save(ctx: &Ctx, tx: &dyn Tx, change: Change) -> Result<Outcome<Invite>> {
    tx.update_invite(&change.after, ctx.now).map_err(|e| match &change.credited_clash {
        // The unique constraint on credited acceptances backs rule 2.
        Some(clash) if e.kind == Kind::Conflict(Constraint::CreditedAcceptance) => clash.clone(),
        _ => e,
    })?;
    let mut details = json!({ "before": state_of(&change.before), "after": state_of(&change.after) });
    if let Some(closed) = change.closed_duplicates {
        details["closed_duplicates"] = json!(closed);
    }
    let audit = Audit {
        action: change.action,
        target_id: Some(change.after.id.clone()),
        partner_id: Some(audit_partner(&change.after, &change.event).to_string()),
        details,
    };
    Ok(Outcome::Changed(change.after, audit))
}

/// Sets `viewed_at` once; viewing a viewed or accepted invite again is a no-op.
pub fn view(ctx: &Ctx, id: &str) -> Result<Invite> {
    ctx.write(|tx, scope| {
        let (before, event) = load(tx, scope, id)?;
        require_receiver(scope, &before, "view")?;
        require_not_ended(ctx, &event, "viewed")?;
        match before.status {
            InviteStatus::Pending => {}
            InviteStatus::Viewed | InviteStatus::Accepted => return Ok(Outcome::Unchanged(before)),
            _ => return Err(invalid_transition(&before, "viewed")),
        }
        require_times_forward(ctx, &before, "viewed")?;
        let mut after = before.clone();
        after.status = InviteStatus::Viewed;
        after.viewed_at = Some(ctx.now);
        save(
            ctx,
            tx,
            Change {
                action: AuditAction::InviteView,
                event,
                before,
                after,
                closed_duplicates: None,
                credited_clash: None,
            },
        )
    })
}

/// Rule 2: the credited acceptance; every other open invite of the same
/// (event, receiver) becomes `closed_duplicate`. Accepting the accepted
/// invite again is a no-op.
pub fn accept(ctx: &Ctx, id: &str) -> Result<Invite> {
    ctx.write(|tx, scope| {
        let (before, event) = load(tx, scope, id)?;
        require_receiver(scope, &before, "accept")?;
        require_not_ended(ctx, &event, "accepted")?;
        if before.status == InviteStatus::Accepted {
            return Ok(Outcome::Unchanged(before));
        }
        if let Some(credited) = tx.find_credited_invite(&event.id, &before.receiver_id)? {
            return Err(already_accepted(&credited));
        }
        if !before.status.is_open() {
            return Err(invalid_transition(&before, "accepted"));
        }
        require_times_forward(ctx, &before, "accepted")?;
        let now = ctx.now;
        let closed = tx.close_open_duplicates(&event.id, &before.receiver_id, &before.id, now)?;
        let mut after = before.clone();
        after.status = InviteStatus::Accepted;
        after.credited_acceptance = true;
        after.responded_at = Some(now);
        after.viewed_at.get_or_insert(now);
        let clash = Error::state(
            "already_accepted",
            format!("{} already holds a credited acceptance for event {}", before.receiver_email, event.slug),
        );
        save(
            ctx,
            tx,
            Change {
                action: AuditAction::InviteAccept,
                event,
                before,
                after,
                closed_duplicates: Some(closed),
                credited_clash: Some(clash),
            },
        )
    })
}

pub fn decline(ctx: &Ctx, id: &str) -> Result<Invite> {
    ctx.write(|tx, scope| {
        let (before, event) = load(tx, scope, id)?;
        require_receiver(scope, &before, "decline")?;
        require_not_ended(ctx, &event, "declined")?;
        if let Some(credited) = tx.find_credited_invite(&event.id, &before.receiver_id)? {
            return Err(already_accepted(&credited));
        }
        if !before.status.is_open() {
            return Err(invalid_transition(&before, "declined"));
        }
        require_times_forward(ctx, &before, "declined")?;
        let now = ctx.now;
        let mut after = before.clone();
        after.status = InviteStatus::Declined;
        after.responded_at = Some(now);
        after.viewed_at.get_or_insert(now);
        save(
            ctx,
            tx,
            Change {
                action: AuditAction::InviteDecline,
                event,
                before,
                after,
                closed_duplicates: None,
                credited_clash: None,
            },
        )
    })
}

/// Rule 7: only accepted invites; setting the current value is a no-op.
pub fn set_attendance(ctx: &Ctx, id: &str, attendance: Attendance) -> Result<Invite> {
    ctx.write(|tx, scope| {
        let (before, event) = load(tx, scope, id)?;
        access::event_flag(tx, scope, &event, Flag::CanManageEvents)?.require()?;
        if before.status != InviteStatus::Accepted {
            return Err(Error::state(
                "invalid_transition",
                format!("invite {} is {}; attendance is only set on accepted invites", before.id, before.status),
            ));
        }
        if before.attendance == attendance {
            return Ok(Outcome::Unchanged(before));
        }
        let mut after = before.clone();
        after.attendance = attendance;
        save(
            ctx,
            tx,
            Change {
                action: AuditAction::InviteAttendance,
                event,
                before,
                after,
                closed_duplicates: None,
                credited_clash: None,
            },
        )
    })
}

/// The filters of `invite list`; references as on the command line.
#[derive(Debug, Clone, Default)]
pub struct InviteQuery {
    pub event: Option<String>,
    pub receiver: Option<String>,
    pub inviter: Option<String>,
    pub status: Option<InviteStatus>,
    /// The first this many.
    pub limit: Option<u64>,
}

/// Streams the invites the actor may see, ordered by created_at, id.
pub fn list(ctx: &Ctx, query: InviteQuery, each: &mut dyn FnMut(&Invite) -> Result<()>) -> Result<()> {
    ctx.read(|tx, scope| {
        let mut filter = InviteFilter {
            tenant_id: scope.tenant.id.clone(),
            status: query.status,
            limit: query.limit,
            ..Default::default()
        };
        if let Some(e) = &query.event {
            filter.event_id = Some(event::find(tx, scope, e)?.id);
        }
        if let Some(r) = &query.receiver {
            let Some(id) = user::filter(tx, scope, r)? else { return Ok(()) };
            filter.receiver_id = Some(id);
        }
        if let Some(p) = &query.inviter {
            let Some(inviter) = principal::filter(tx, scope, p)? else { return Ok(()) };
            filter.inviter = Some(inviter);
        }
        if let Some(u) = scope.actor.user().filter(|_| !scope.actor.is_privileged()) {
            filter.visible_to =
                Some(InviteVisibility { receiver_id: u.id.clone(), event_ids: metrics_event_ids(tx, scope, &u.id)? });
        }
        tx.for_each_invite(&filter, each)
    })
}

/// Events managed by a partner where `user_id` is an active member with `can_view_metrics`.
fn metrics_event_ids(tx: &dyn Tx, scope: &Scope, user_id: &str) -> Result<Vec<String>> {
    let mut ids = Vec::new();
    for m in tx.active_memberships_of_user(user_id)?.into_iter().filter(|m| m.can_view_metrics) {
        let filter =
            EventFilter { tenant_id: scope.tenant.id.clone(), managed_by: Some(m.partner_id), ..Default::default() };
        ids.extend(tx.list_events(&filter)?.into_iter().map(|e| e.id));
    }
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// The receiver, or `can_view_metrics` on a managing partner of the event.
pub fn show(ctx: &Ctx, id: &str) -> Result<Invite> {
    ctx.read(|tx, scope| {
        let (invite, event) = load(tx, scope, id)?;
        if scope.actor.user().is_some_and(|u| u.id == invite.receiver_id) {
            return Ok(invite);
        }
        access::event_flag(tx, scope, &event, Flag::CanViewMetrics)?.require()?;
        Ok(invite)
    })
}

/// What `invite expire` did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ExpireSummary {
    pub expired: i64,
}

/// Rule 3: open invites of ended events → `expired`; one audit row when any.
pub fn expire(ctx: &Ctx) -> Result<ExpireSummary> {
    ctx.write(|tx, scope| {
        access::landlord(scope, "invite expire").require()?;
        let expired = tx.expire_open_invites(&scope.tenant.id, ctx.now)?;
        if expired == 0 {
            return Ok(Outcome::Unchanged(ExpireSummary { expired }));
        }
        let audit = Audit {
            action: AuditAction::InviteExpire,
            target_id: None,
            partner_id: None,
            details: json!({ "expired": expired }),
        };
        Ok(Outcome::Changed(ExpireSummary { expired }, audit))
    })
}
