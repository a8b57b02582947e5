//! The `members` of a manifest's partner, through the `member` use cases:
//! a new one is invited (or, with `status: active`, invited and accepted on
//! its behalf: operator or landlord only); an existing one gets its role
//! (`set-role --keep-perms`, so no flag is granted on the way), then its
//! flags (`set-perms`), then its status (`accept` on behalf, `reactivate`).
//! `--prune` removes the members the file does not list (`member remove`,
//! which keeps the last owner).

use super::manifest::{MemberEntry, PartnerEntry};
use super::problems::{invalid_at, key_path};
use super::row::{Action, ApplyRow, Changes, RecordKind};
use super::Run;
use crate::error::Result;
use crate::model::{Flag, MemberStatus, Membership, Named, Partner, Perms, Role, User};
use crate::service::member::{self, Answer, Invitation};
use crate::service::{access, user, Scope};

pub fn apply(run: &mut Run, entry: &PartnerEntry, partner: &Partner, listed: &[MemberEntry]) -> Result<()> {
    let scope = run.scope()?;
    let path = key_path(&entry.path, "members");
    access::partner_member(run.tx, &scope, partner)?.require().map_err(|e| run.at(&path, e))?;
    let current = run.tx.list_memberships(&partner.id, None)?;
    let mut kept = Vec::new();
    for wanted in listed {
        let user = find_user(run, &scope, partner, wanted)?;
        let row = match current.iter().find(|m| m.user_id == user.id) {
            None => add(run, &scope, partner, wanted, &user)?,
            Some(before) => change(run, &scope, wanted, before)?,
        };
        kept.push(user.id);
        run.rows.push(row);
    }
    if run.prune {
        for before in current.iter().filter(|m| !kept.contains(&m.user_id)) {
            let removed = member::remove(run.ctx, &partner.id, &before.user_id).map_err(|e| run.at(&path, e))?;
            let row = ApplyRow::new(RecordKind::Member, key(&removed), Action::Remove, Changes::default(), &removed.id);
            run.rows.push(row);
        }
    }
    Ok(())
}

/// `PARTNER/USER`.
fn key(m: &Membership) -> String {
    format!("{}/{}", m.partner_slug, m.user_email)
}

/// The member's user. Whether a user exists is told only to an actor that
/// may manage the partner's members (as `member invite` does).
fn find_user(run: &Run, scope: &Scope, partner: &Partner, wanted: &MemberEntry) -> Result<User> {
    if let Some(found) = user::lookup(run.tx, &scope.tenant.id, &wanted.user.value)? {
        return Ok(found);
    }
    access::partner_flag(run.tx, scope, partner, Flag::CanManageMembers)?
        .require()
        .map_err(|e| run.at(&wanted.path, e))?;
    let message = format!("user not found: {:?} (neither in the tenant nor under users)", wanted.user.value);
    Err(invalid_at(run.source, &wanted.user.path, message))
}

/// Only the operator or a landlord makes a membership active without its
/// user accepting.
fn require_activation(run: &Run, scope: &Scope, wanted: &MemberEntry, email: &str) -> Result<()> {
    let action = format!("status: active for {email} (accepting on the member's behalf)");
    access::landlord(scope, &action).require().map_err(|e| run.at(&key_path(&wanted.path, "status"), e))?;
    Ok(())
}

fn add(run: &Run, scope: &Scope, partner: &Partner, wanted: &MemberEntry, user: &User) -> Result<ApplyRow> {
    let at = |e| run.at(&wanted.path, e);
    if wanted.active {
        require_activation(run, scope, wanted, &user.email)?;
    }
    let invitation = Invitation {
        partner: partner.id.clone(),
        user: user.id.clone(),
        role: Some(wanted.role),
        grant: wanted.grant.clone(),
        revoke: wanted.revoke.clone(),
        expires_in: None,
        resend: false,
    };
    let invited = member::invite(run.ctx, invitation).map_err(at)?;
    let mut changes = Changes::default();
    changes.set("role", invited.role);
    let defaults = Perms::for_role(invited.role);
    for flag in Flag::ALL.iter().filter(|f| invited.perms().has(**f) != defaults.has(**f)) {
        changes.set(flag.as_str(), invited.perms().has(*flag));
    }
    if !wanted.active {
        let code = invited.invite_code.clone();
        changes.set("status", invited.status);
        let row = ApplyRow::new(RecordKind::Member, key(&invited), Action::Invite, changes, &invited.id);
        return Ok(ApplyRow { invite_code: code, ..row });
    }
    let answer = Answer::Membership { partner: partner.id.clone(), user: Some(user.id.clone()) };
    let active = member::accept(run.ctx, answer).map_err(at)?;
    changes.set("status", active.status);
    Ok(ApplyRow::new(RecordKind::Member, key(&active), Action::Create, changes, &active.id))
}

fn change(run: &Run, scope: &Scope, wanted: &MemberEntry, before: &Membership) -> Result<ApplyRow> {
    let at = |e| run.at(&wanted.path, e);
    let (partner, user) = (before.partner_id.as_str(), before.user_id.as_str());
    let mut changes = Changes::default();
    let mut held = before.perms();
    if changes.diff("role", &before.role, &wanted.role) {
        // An owner holds every flag; any other role keeps the flags it had
        // until set-perms below, so nothing is granted that is not wanted.
        let keep_perms = wanted.role != Role::Owner;
        held = member::set_role(run.ctx, partner, user, wanted.role, keep_perms).map_err(at)?.perms();
    }
    let target = member::with_changes(wanted.role, Perms::for_role(wanted.role), &wanted.grant, &wanted.revoke)?;
    let (mut grant, mut revoke) = (Vec::new(), Vec::new());
    for flag in Flag::ALL.iter().copied().filter(|f| target.has(*f) != held.has(*f)) {
        changes.diff(flag.as_str(), &held.has(flag), &target.has(flag));
        if target.has(flag) {
            grant.push(flag);
        } else {
            revoke.push(flag);
        }
    }
    if !(grant.is_empty() && revoke.is_empty()) {
        member::set_perms(run.ctx, partner, user, &grant, &revoke).map_err(at)?;
    }
    if wanted.active && changes.diff("status", &before.status, &MemberStatus::Active) {
        if before.status == MemberStatus::Invited {
            require_activation(run, scope, wanted, &before.user_email)?;
            let answer = Answer::Membership { partner: partner.to_string(), user: Some(user.to_string()) };
            member::accept(run.ctx, answer).map_err(at)?;
        } else {
            member::reactivate(run.ctx, partner, user).map_err(at)?;
        }
    }
    Ok(ApplyRow::new(RecordKind::Member, key(before), changes.action(), changes, &before.id))
}
