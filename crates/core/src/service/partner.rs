//! Partners: create, show, update, archive.

use serde_json::json;

use super::existing::{Differences, IfExists, Taken};
use super::{access, new_id, plan, suggest, user, validate_slug, validate_text, Audit, Ctx, Outcome, Scope};
use crate::error::{Constraint, Error, Result};
use crate::model::{
    AuditAction, MemberStatus, Membership, Partner, PartnerKind, PartnerStatus, Perms, Role, SettingKey,
};
use crate::store::Tx;

/// Looks a partner up by slug or id, or fails with `not_found` offering
/// the closest slugs among the partners the actor's `partner list` shows.
pub fn find(tx: &dyn Tx, scope: &Scope, reference: &str) -> Result<Partner> {
    match tx.find_partner(&scope.tenant.id, reference)? {
        Some(partner) => Ok(partner),
        None => Err(suggest::not_found("partner", reference, visible_slugs(tx, scope)?)),
    }
}

/// Every partner for the operator and landlords; else those where the
/// user holds an active membership (SPEC §2.4).
fn visible_slugs(tx: &dyn Tx, scope: &Scope) -> Result<Vec<String>> {
    match scope.actor.user() {
        Some(user) if !user.landlord => {
            Ok(tx.active_memberships_of_user(&user.id)?.into_iter().map(|m| m.partner_slug).collect())
        }
        _ => Ok(tx.list_partners(&scope.tenant.id)?.into_iter().map(|p| p.slug).collect()),
    }
}

/// The tenant's `default_plan` setting.
pub fn default_plan(tx: &dyn Tx, tenant_id: &str) -> Result<String> {
    Ok(tx
        .setting(tenant_id, SettingKey::DefaultPlan)?
        .flatten()
        .unwrap_or_else(|| super::tenant::DEFAULT_PLAN.to_string()))
}

pub struct NewPartner {
    pub slug: String,
    pub name: String,
    pub kind: Option<PartnerKind>,
    pub plan: Option<String>,
    pub owner: Option<String>,
}

pub fn create(ctx: &Ctx, input: NewPartner) -> Result<Partner> {
    create_with(ctx, input, IfExists::Conflict)
}

/// `partner create --if-not-exists`: a partner with the slug that agrees
/// with the name, and kind, plan and owner when given, is the answer unchanged.
pub fn create_if_not_exists(ctx: &Ctx, input: NewPartner) -> Result<Partner> {
    create_with(ctx, input, IfExists::Accept)
}

fn create_with(ctx: &Ctx, input: NewPartner, policy: IfExists) -> Result<Partner> {
    ctx.write(|tx, scope| {
        access::landlord(scope, "partner create").require()?;
        validate_slug("partner", &input.slug)?;
        let name = validate_text("partner name", &input.name)?;
        let tenant_id = scope.tenant.id.clone();
        let plan = match &input.plan {
            Some(p) => p.clone(),
            None => default_plan(tx, &tenant_id)?,
        };
        plan::find(tx, &tenant_id, &plan)?;
        let owner = input.owner.as_deref().map(|o| user::find(tx, scope, o)).transpose()?;
        if let Some(existing) = tx.find_partner(&tenant_id, &input.slug)? {
            let owns = match &owner {
                Some(owner) => tx
                    .find_membership(&existing.id, &owner.id)?
                    .is_some_and(|m| m.role == Role::Owner && m.status == MemberStatus::Active),
                None => false,
            };
            let differences = Differences::default()
                .given("name", Some(&name), &existing.name)
                .given("kind", input.kind, existing.kind)
                .given("plan", input.plan.as_ref(), &existing.plan)
                .given("owner", owner.as_ref().map(|_| true), owns);
            let taken = Taken {
                constraint: Constraint::PartnerSlug,
                what: format!("partner {}", input.slug),
                existing_id: &existing.id,
            };
            return taken.settle(policy, differences, existing.clone()).map(Outcome::Unchanged);
        }
        let now = ctx.now;
        let partner = Partner {
            id: new_id(),
            slug: input.slug.clone(),
            name,
            kind: input.kind.unwrap_or(PartnerKind::Organizer),
            plan,
            status: PartnerStatus::Active,
            created_at: now,
        };
        tx.insert_partner(&tenant_id, &partner, now)?;
        let mut owner_membership = None;
        if let Some(owner) = owner {
            let mut m = Membership {
                id: new_id(),
                partner_id: partner.id.clone(),
                partner_slug: partner.slug.clone(),
                user_id: owner.id.clone(),
                user_email: owner.email.clone(),
                role: Role::Owner,
                can_invite: true,
                can_manage_events: true,
                can_view_metrics: true,
                can_manage_members: true,
                can_manage_billing: true,
                status: MemberStatus::Active,
                invited_by: Some(scope.actor.label()),
                invited_at: Some(now),
                accepted_at: Some(now),
                expires_at: None,
                invite_code: None,
            };
            m.set_perms(Perms::for_role(Role::Owner));
            tx.save_membership(&tenant_id, &m, None, now)?;
            owner_membership = Some(m);
        }
        let audit = Audit {
            action: AuditAction::PartnerCreate,
            target_id: Some(partner.id.clone()),
            partner_id: Some(partner.id.clone()),
            details: json!({ "after": partner, "owner_membership": owner_membership }),
        };
        Ok(Outcome::Changed(partner, audit))
    })
}

pub fn show(ctx: &Ctx, reference: &str) -> Result<Partner> {
    ctx.read(|tx, scope| {
        let partner = find(tx, scope, reference)?;
        access::partner_member(tx, scope, &partner)?.require()?;
        Ok(partner)
    })
}

pub struct PartnerChanges {
    pub name: Option<String>,
    pub kind: Option<PartnerKind>,
}

pub fn update(ctx: &Ctx, reference: &str, changes: PartnerChanges) -> Result<Partner> {
    ctx.write(|tx, scope| {
        let before = find(tx, scope, reference)?;
        access::partner_owner_or_admin(tx, scope, &before)?.require()?;
        if changes.name.is_none() && changes.kind.is_none() {
            return Err(Error::usage("nothing to update: give --name and/or --kind"));
        }
        let mut after = before.clone();
        if let Some(name) = &changes.name {
            after.name = validate_text("partner name", name)?;
        }
        if let Some(kind) = changes.kind {
            after.kind = kind;
        }
        save_change(ctx, tx, AuditAction::PartnerUpdate, before, after)
    })
}

/// Writes a changed partner, audited with before/after; a change to the
/// values in force is an idempotent no-op (no audit row).
pub fn save_change(
    ctx: &Ctx,
    tx: &dyn Tx,
    action: AuditAction,
    before: Partner,
    after: Partner,
) -> Result<Outcome<Partner>> {
    if after == before {
        return Ok(Outcome::Unchanged(after));
    }
    tx.update_partner(&after, ctx.now)?;
    let audit = Audit {
        action,
        target_id: Some(after.id.clone()),
        partner_id: Some(after.id.clone()),
        details: json!({ "before": before, "after": after }),
    };
    Ok(Outcome::Changed(after, audit))
}

/// Archiving an archived partner is an idempotent no-op (no audit row).
pub fn archive(ctx: &Ctx, reference: &str) -> Result<Partner> {
    ctx.write(|tx, scope| {
        let before = find(tx, scope, reference)?;
        access::landlord(scope, "partner archive").require()?;
        if before.status == PartnerStatus::Archived {
            return Ok(Outcome::Unchanged(before));
        }
        let after = Partner { status: PartnerStatus::Archived, ..before.clone() };
        save_change(ctx, tx, AuditAction::PartnerArchive, before, after)
    })
}
