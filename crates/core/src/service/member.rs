//! Partner memberships (SPEC §1.4): invitations with one-time codes,
//! acceptance, roles, flags, suspension and removal, under the last-owner,
//! no-escalation and seat guards. Every refusal happens before any write.

mod authority;
mod code;
pub mod patch;

use serde_json::json;

use self::authority::{require_invitee, Authority};
use super::{access, limits, new_id, partner, user, Audit, Ctx, Outcome, Scope};
use crate::error::{Error, Kind, Result};
use crate::model::{
    AuditAction, Flag, LimitKey, MemberStatus, Membership, Partner, PartnerStatus, Perms, Role, SettingKey, User,
};
use crate::store::Tx;
use crate::time;

/// `member invite`.
pub struct Invitation {
    pub partner: String,
    pub user: String,
    /// Default `staff`; on `--resend`, default the invitation's current role.
    pub role: Option<Role>,
    pub grant: Vec<Flag>,
    pub revoke: Vec<Flag>,
    /// Default: the tenant setting `member_invitation_ttl`.
    pub expires_in: Option<String>,
    /// Re-issue code and expiry of an existing invitation instead.
    pub resend: bool,
}

/// Which invitation `member accept` / `decline` answers.
pub enum Answer {
    /// PARTNER and USER; without USER the acting user itself.
    Membership { partner: String, user: Option<String> },
    /// The one-time code printed by `member invite`.
    Code(String),
}

/// Creates an invitation (status `invited`), or re-issues one with `resend`.
/// The returned record carries the one-time `invite_code`.
pub fn invite(ctx: &Ctx, input: Invitation) -> Result<Membership> {
    let ttl = input.expires_in.as_deref().map(time::parse_duration).transpose()?;
    check_flag_changes(&input.grant, &input.revoke)?;
    ctx.write(|tx, scope| {
        // Permission comes from the partner and the actor alone, before USER
        // is looked up: a denial tells nothing about which emails exist.
        let partner = partner::find(tx, scope, &input.partner)?;
        let authority = Authority::to_manage(tx, scope, &partner)?;
        let user = user::find(tx, scope, &input.user)?;
        let existing = tx.find_membership(&partner.id, &user.id)?;

        // A re-sent invitation keeps its role and flags unless they are changed.
        let resent = existing.as_ref().filter(|_| input.resend);
        let role = input.role.or(resent.map(|m| m.role)).unwrap_or(Role::Staff);
        let base = match resent {
            Some(m) if input.role.is_none() => m.perms(),
            _ => Perms::for_role(role),
        };
        let perms = with_changes(role, base, &input.grant, &input.revoke)?;
        let owner_involved = role == Role::Owner || resent.is_some_and(|m| m.role == Role::Owner);
        authority.require_owner_if(owner_involved, "invite an owner")?;
        authority.require_grantable(resent.map(|m| m.perms()).unwrap_or_default(), perms)?;

        if partner.status == PartnerStatus::Archived {
            return Err(archived(&partner));
        }
        let before = match (existing, input.resend) {
            (Some(m), true) if m.status == MemberStatus::Invited => Some(m),
            (Some(m), _) => return Err(already_member(&m)),
            (None, true) => {
                return Err(Error::state(
                    "invalid_transition",
                    format!("{} has no invitation to {} to re-send", user.email, partner.slug),
                )
                .hint("invite without --resend"))
            }
            (None, false) => {
                let subject =
                    limits::Subject { plan: Some(&partner.plan), partner_id: Some(&partner.id), ..Default::default() };
                limits::usage(tx, &scope.tenant.id, scope.tz, ctx.now, LimitKey::MembersPerPartner, &subject)?
                    .require_room()?;
                None
            }
        };
        let ttl = ttl.map_or_else(|| invitation_ttl(tx, scope), Ok)?;
        let mut after = before.clone().unwrap_or_else(|| new_invitation(&partner, &user));
        after.role = role;
        after.set_perms(perms);
        after.invited_by = Some(scope.actor.label());
        after.invited_at = Some(ctx.now);
        after.expires_at = Some(time::add(ctx.now, ttl)?);
        let (code, code_hash) = code::issue();
        tx.save_membership(&scope.tenant.id, &after, Some(&code_hash), ctx.now)?;
        let action = if before.is_some() { AuditAction::MemberResend } else { AuditAction::MemberInvite };
        let audit = audit(action, before.as_ref(), Some(&after));
        // The only place the code is ever shown; the audit row above never sees it.
        Ok(Outcome::Changed(Membership { invite_code: Some(code), ..after }, audit))
    })
}

/// Turns an invitation `active`. Accepting an active membership (by
/// PARTNER USER, or again by its code) is a no-op.
pub fn accept(ctx: &Ctx, answer: Answer) -> Result<Membership> {
    ctx.write(|tx, scope| {
        let before = invitation(tx, scope, &answer, "accepting the invitation")?;
        match before.status {
            MemberStatus::Active => return Ok(Outcome::Unchanged(before)),
            MemberStatus::Suspended => {
                return Err(Error::state(
                    "invalid_transition",
                    format!("{}'s membership of {} is suspended, not invited", before.user_email, before.partner_slug),
                )
                .hint("a member with can_manage_members can reactivate it"))
            }
            MemberStatus::Invited => {}
        }
        let partner = partner::find(tx, scope, &before.partner_id)?;
        if partner.status == PartnerStatus::Archived {
            return Err(archived(&partner));
        }
        if let Some(expires_at) = before.expires_at.filter(|e| *e <= ctx.now) {
            return Err(Error::state(
                "invitation_expired",
                format!(
                    "the invitation of {} to {} expired at {}",
                    before.user_email,
                    before.partner_slug,
                    time::fmt(expires_at)
                ),
            )
            .hint(format!(
                "re-send it: partnerctl member invite {} {} --resend",
                before.partner_slug, before.user_email
            )));
        }
        let after = Membership { status: MemberStatus::Active, accepted_at: Some(ctx.now), ..before.clone() };
        // The code stays with the membership: it can invite nobody else, and a
        // retried `accept --code` of its user is then a no-op, not "not found".
        tx.update_membership(&after, ctx.now)?;
        let audit = audit(AuditAction::MemberAccept, Some(&before), Some(&after));
        Ok(Outcome::Changed(after, audit))
    })
}

/// Deletes an invitation (the audit log keeps it); returns it as it was.
pub fn decline(ctx: &Ctx, answer: Answer) -> Result<Membership> {
    ctx.write(|tx, scope| {
        let before = invitation(tx, scope, &answer, "declining the invitation")?;
        if before.status != MemberStatus::Invited {
            return Err(Error::state(
                "invalid_transition",
                format!(
                    "{}'s membership of {} is {}; only invitations can be declined",
                    before.user_email, before.partner_slug, before.status
                ),
            )
            .hint("to leave, use `partnerctl member remove`"));
        }
        tx.delete_membership(&before.id)?;
        let audit = audit(AuditAction::MemberDecline, Some(&before), None);
        Ok(Outcome::Changed(before, audit))
    })
}

/// Changes the role; flags reset to the role's defaults unless `keep_perms`.
pub fn set_role(ctx: &Ctx, partner: &str, user: &str, role: Role, keep_perms: bool) -> Result<Membership> {
    set_role_with_flag_changes(ctx, partner, user, role, keep_perms).map(|c| c.membership)
}

/// What `member set-role` did to the flags, so that people are told.
#[derive(Debug, Clone)]
pub struct RoleChange {
    pub membership: Membership,
    /// Flags the new role's defaults granted, in `Flag::ALL` order.
    pub granted: Vec<Flag>,
    /// Flags the new role's defaults took away.
    pub revoked: Vec<Flag>,
}

/// `set_role`, naming the flags that changed (none with `keep_perms`,
/// unless the new role is owner, which holds every flag).
pub fn set_role_with_flag_changes(
    ctx: &Ctx,
    partner: &str,
    user: &str,
    role: Role,
    keep_perms: bool,
) -> Result<RoleChange> {
    let (before, after) = change(ctx, partner, user, AuditAction::MemberSetRole, |tx, authority, before| {
        authority.require_owner_if(role == Role::Owner, "make an owner")?;
        let perms = match role {
            Role::Owner => Perms::for_role(Role::Owner),
            _ if keep_perms => before.perms(),
            _ => Perms::for_role(role),
        };
        authority.require_grantable(before.perms(), perms)?;
        if role != Role::Owner {
            guard_last_owner(tx, before, "give it another role")?;
        }
        let mut after = Membership { role, ..before.clone() };
        after.set_perms(perms);
        Ok(after)
    })?;
    let (was, is) = (before.perms(), after.perms());
    let changed = |held: Perms, other: Perms| held.flags().filter(|f| !other.has(*f)).collect();
    Ok(RoleChange { granted: changed(is, was), revoked: changed(was, is), membership: after })
}

/// Grants and revokes flags; an owner always holds every flag.
pub fn set_perms(ctx: &Ctx, partner: &str, user: &str, grant: &[Flag], revoke: &[Flag]) -> Result<Membership> {
    if grant.is_empty() && revoke.is_empty() {
        return Err(Error::usage("nothing to change: give --grant FLAG and/or --revoke FLAG"));
    }
    check_flag_changes(grant, revoke)?;
    change(ctx, partner, user, AuditAction::MemberSetPerms, |_, authority, before| {
        if before.role == Role::Owner {
            return Err(Error::state(
                "invalid_transition",
                format!("{} is an owner of {} and always holds every flag", before.user_email, before.partner_slug),
            )
            .hint("change the role first with `partnerctl member set-role`"));
        }
        let perms = with_changes(before.role, before.perms(), grant, revoke)?;
        authority.require_grantable(before.perms(), perms)?;
        let mut after = before.clone();
        after.set_perms(perms);
        Ok(after)
    })
    .map(|(_, after)| after)
}

/// An active member keeps its seat but confers no permission. Suspending a
/// suspended member is a no-op.
pub fn suspend(ctx: &Ctx, partner: &str, user: &str) -> Result<Membership> {
    change(ctx, partner, user, AuditAction::MemberSuspend, |tx, _, before| {
        match before.status {
            MemberStatus::Invited => return Err(not_accepted(before, "suspended")),
            MemberStatus::Suspended => return Ok(before.clone()),
            MemberStatus::Active => guard_last_owner(tx, before, "suspend it")?,
        }
        Ok(Membership { status: MemberStatus::Suspended, ..before.clone() })
    })
    .map(|(_, after)| after)
}

/// Makes a suspended member active again. Reactivating an active member is a no-op.
pub fn reactivate(ctx: &Ctx, partner: &str, user: &str) -> Result<Membership> {
    change(ctx, partner, user, AuditAction::MemberReactivate, |_, _, before| {
        if before.status == MemberStatus::Invited {
            return Err(not_accepted(before, "reactivated"));
        }
        Ok(Membership { status: MemberStatus::Active, ..before.clone() })
    })
    .map(|(_, after)| after)
}

/// Deletes a membership or revokes an invitation; returns it as it was. Any
/// member may remove itself, unless it is the last active owner.
pub fn remove(ctx: &Ctx, partner_ref: &str, user_ref: &str) -> Result<Membership> {
    ctx.write(|tx, scope| {
        let before = removable(tx, scope, partner_ref, user_ref)?;
        tx.delete_membership(&before.id)?;
        let audit = audit(AuditAction::MemberRemove, Some(&before), None);
        Ok(Outcome::Changed(before, audit))
    })
}

/// The membership `remove` would delete, every rule checked, nothing
/// written: front-ends ask for confirmation only of a removal that can happen.
pub fn check_remove(ctx: &Ctx, partner_ref: &str, user_ref: &str) -> Result<Membership> {
    ctx.read(|tx, scope| removable(tx, scope, partner_ref, user_ref))
}

fn removable(tx: &dyn Tx, scope: &Scope, partner_ref: &str, user_ref: &str) -> Result<Membership> {
    let partner = partner::find(tx, scope, partner_ref)?;
    let own = match user::actor_named(scope, user_ref) {
        Some(actor) => tx.find_membership(&partner.id, &actor.id)?,
        None => None,
    };
    let before = match own {
        Some(m) => m,
        None => {
            let authority = Authority::to_manage(tx, scope, &partner)?;
            let m = membership_of(tx, &partner, &user::find(tx, scope, user_ref)?)?;
            authority.require_owner_if(m.role == Role::Owner, "remove an owner")?;
            m
        }
    };
    guard_last_owner(tx, &before, "remove it")?;
    Ok(before)
}

/// A partner's memberships (owners first), for any active member.
pub fn list(ctx: &Ctx, partner_ref: &str, status: Option<MemberStatus>) -> Result<Vec<Membership>> {
    ctx.read(|tx, scope| {
        let partner = partner::find(tx, scope, partner_ref)?;
        access::partner_member(tx, scope, &partner)?.require()?;
        tx.list_memberships(&partner.id, status)
    })
}

/// The shape of set-role, set-perms, suspend and reactivate: a managing actor
/// changes one existing membership (changing an owner needs an owner).
/// `apply` checks the rules and returns the new record; an unchanged record
/// is an idempotent no-op without an audit row. Returns the record before
/// and after (the same record twice when nothing changed).
fn change(
    ctx: &Ctx,
    partner_ref: &str,
    user_ref: &str,
    action: AuditAction,
    apply: impl Fn(&dyn Tx, &Authority, &Membership) -> Result<Membership>,
) -> Result<(Membership, Membership)> {
    ctx.write(|tx, scope| {
        let partner = partner::find(tx, scope, partner_ref)?;
        let authority = Authority::to_manage(tx, scope, &partner)?;
        let before = membership_of(tx, &partner, &user::find(tx, scope, user_ref)?)?;
        authority.require_owner_if(before.role == Role::Owner, "change, suspend or remove an owner")?;
        let after = apply(tx, &authority, &before)?;
        if after.role == before.role && after.perms() == before.perms() && after.status == before.status {
            return Ok(Outcome::Unchanged((before.clone(), before)));
        }
        tx.update_membership(&after, ctx.now)?;
        let audit = audit(action, Some(&before), Some(&after));
        Ok(Outcome::Changed((before, after), audit))
    })
}

fn membership_of(tx: &dyn Tx, partner: &Partner, user: &User) -> Result<Membership> {
    tx.find_membership(&partner.id, &user.id)?.ok_or_else(|| {
        Error::new(Kind::NotFound, format!("{} is not a member of {}", user.email, partner.slug))
            .detail("entity", "membership")
    })
}

/// The membership an accept/decline answers, by PARTNER [USER] or by code,
/// once the actor may answer it. A named USER is checked before it is
/// looked up, so a denial tells nothing about which emails exist.
fn invitation(tx: &dyn Tx, scope: &Scope, answer: &Answer, action: &str) -> Result<Membership> {
    match answer {
        Answer::Code(code) => {
            let m = tx.find_membership_by_code(&scope.tenant.id, &code::hash(code))?.ok_or_else(|| {
                Error::new(Kind::NotFound, "no invitation has the given code")
                    .detail("entity", "invitation")
                    .hint("codes work once; ask for a new one")
            })?;
            let invitee = scope.actor.user().is_some_and(|u| u.id == m.user_id);
            require_invitee(scope, invitee, &m.user_email, action)?;
            Ok(m)
        }
        Answer::Membership { partner, user } => {
            let user = match (user, scope.actor.user()) {
                (Some(reference), _) => {
                    require_invitee(scope, user::actor_named(scope, reference).is_some(), reference, action)?;
                    user::find(tx, scope, reference)?
                }
                (None, Some(actor)) => actor.clone(),
                (None, None) => {
                    return Err(Error::usage(
                        "name the invited USER: the operator answers invitations on a user's behalf",
                    )
                    .hint("or run it --as the invited user"))
                }
            };
            membership_of(tx, &partner::find(tx, scope, partner)?, &user)
        }
    }
}

/// The tenant setting `member_invitation_ttl` (default 7 days).
fn invitation_ttl(tx: &dyn Tx, scope: &Scope) -> Result<chrono::Duration> {
    let stored = tx.setting(&scope.tenant.id, SettingKey::MemberInvitationTtl)?.flatten();
    let value = stored.unwrap_or_else(|| super::tenant::DEFAULT_MEMBER_INVITATION_TTL.into());
    time::parse_duration(&value)
}

/// `base` with grants and revokes applied; an owner always holds every flag,
/// so revoking from one is a contradiction (`invalid_input`).
pub(crate) fn with_changes(role: Role, base: Perms, grant: &[Flag], revoke: &[Flag]) -> Result<Perms> {
    if role == Role::Owner {
        if let Some(flag) = revoke.first() {
            return Err(Error::invalid_input(format!("cannot revoke {flag}: an owner always holds every flag")));
        }
        return Ok(Perms::for_role(Role::Owner));
    }
    let mut perms = base;
    grant.iter().for_each(|f| perms.set(*f, true));
    revoke.iter().for_each(|f| perms.set(*f, false));
    Ok(perms)
}

fn check_flag_changes(grant: &[Flag], revoke: &[Flag]) -> Result<()> {
    match grant.iter().find(|f| revoke.contains(f)) {
        Some(flag) => Err(Error::invalid_input(format!("{flag} is both granted and revoked"))),
        None => Ok(()),
    }
}

/// The last active owner cannot be removed, suspended or given another role.
fn guard_last_owner(tx: &dyn Tx, m: &Membership, action: &str) -> Result<()> {
    if m.role == Role::Owner && m.is_active() && tx.count_active_owners(&m.partner_id)? <= 1 {
        return Err(Error::state(
            "last_owner",
            format!("{} is the last active owner of {}; cannot {action}", m.user_email, m.partner_slug),
        )
        .hint("make another member an owner first"));
    }
    Ok(())
}

/// A new `invited` membership without flags; the caller sets role and flags.
fn new_invitation(partner: &Partner, user: &User) -> Membership {
    Membership {
        id: new_id(),
        partner_id: partner.id.clone(),
        partner_slug: partner.slug.clone(),
        user_id: user.id.clone(),
        user_email: user.email.clone(),
        role: Role::Staff,
        can_invite: false,
        can_manage_events: false,
        can_view_metrics: false,
        can_manage_members: false,
        can_manage_billing: false,
        status: MemberStatus::Invited,
        invited_by: None,
        invited_at: None,
        accepted_at: None,
        expires_at: None,
        invite_code: None,
    }
}

/// An archived partner keeps its members but takes no new ones.
fn archived(partner: &Partner) -> Error {
    Error::state("invalid_transition", format!("partner {} is archived and takes no new members", partner.slug))
}

fn already_member(m: &Membership) -> Error {
    let (who, partner) = (&m.user_email, &m.partner_slug);
    match m.status {
        MemberStatus::Invited => {
            Error::state("already_member", format!("{who} already has an invitation to {partner}"))
                .hint("re-send it with --resend")
        }
        status => Error::state("already_member", format!("{who} is already a member of {partner} ({status})"))
            .hint("change it with `partnerctl member set-role` or `set-perms`"),
    }
}

fn not_accepted(m: &Membership, what: &str) -> Error {
    Error::state(
        "invalid_transition",
        format!("{} has not accepted the invitation to {} yet, so it cannot be {what}", m.user_email, m.partner_slug),
    )
    .hint("to revoke the invitation, use `partnerctl member remove`")
}

/// One audit row: the membership before and after (never an invite code).
fn audit(action: AuditAction, before: Option<&Membership>, after: Option<&Membership>) -> Audit {
    let m = after.or(before).expect("a change has a before or an after");
    Audit {
        action,
        target_id: Some(m.id.clone()),
        partner_id: Some(m.partner_id.clone()),
        details: json!({ "before": before, "after": after }),
    }
}
