//! Plans: the catalog, overrides, moving a partner between plans, and a
//! partner's limits with their usage.

use serde::Serialize;
use serde_json::{json, Map, Value};

use super::limits::{self, Subject};
use super::{access, partner, suggest, Audit, Ctx, Outcome};
use crate::error::{Error, Result};
use crate::model::{AuditAction, LimitKey, LimitValue, Named, Partner};
use crate::store::{Plan, Tx};
use crate::time::{self, Timestamp};

/// One row of `plan list`: `plan, name`, one column per limit key (the
/// override, null where the tenant default applies), `partners`.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(transparent)]
pub struct PlanRow(pub Map<String, Value>);

impl From<&Plan> for PlanRow {
    fn from(plan: &Plan) -> Self {
        let mut row = Map::new();
        row.insert("plan".into(), plan.key.clone().into());
        row.insert("name".into(), plan.name.clone().into());
        for key in LimitKey::ALL {
            let value = plan.overrides.iter().find(|(k, _)| k == key).and_then(|(_, v)| *v);
            row.insert(key.as_str().into(), value.into());
        }
        row.insert("partners".into(), plan.partners.into());
        PlanRow(row)
    }
}

/// Looks a plan up by key, or fails with `not_found` offering the closest
/// keys, else every key (any user may list plans, and they are few).
pub fn find(tx: &dyn Tx, tenant_id: &str, key: &str) -> Result<Plan> {
    if let Some(plan) = tx.find_plan(tenant_id, key)? {
        return Ok(plan);
    }
    let keys: Vec<String> = tx.list_plans(tenant_id)?.into_iter().map(|p| p.key).collect();
    let error = suggest::not_found("plan", key, &keys);
    Err(if error.hint.is_some() { error } else { error.hint(format!("plans: {}", keys.join(", "))) })
}

/// Any user of the tenant may list plans.
pub fn list(ctx: &Ctx) -> Result<Vec<PlanRow>> {
    ctx.read(|tx, scope| Ok(tx.list_plans(&scope.tenant.id)?.iter().map(PlanRow::from).collect()))
}

pub fn set(ctx: &Ctx, partner_ref: &str, plan_key: &str) -> Result<Partner> {
    ctx.write(|tx, scope| {
        access::landlord(scope, "plan set").require()?;
        let before = partner::find(tx, scope, partner_ref)?;
        find(tx, &scope.tenant.id, plan_key)?;
        if before.plan == plan_key {
            return Ok(Outcome::Unchanged(before));
        }
        let after = Partner { plan: plan_key.to_string(), ..before.clone() };
        partner::save_change(ctx, tx, AuditAction::PlanSet, before, after)
    })
}

/// `plan update PLAN --limit KEY=VALUE...`; prints the updated plan row.
pub fn update(ctx: &Ctx, plan_key: &str, changes: &[(LimitKey, LimitValue)]) -> Result<PlanRow> {
    if changes.is_empty() {
        return Err(Error::usage("nothing to update: give --limit KEY=VALUE"));
    }
    ctx.write(|tx, scope| {
        access::landlord(scope, "plan update").require()?;
        let before = find(tx, &scope.tenant.id, plan_key)?;
        for (key, value) in changes {
            tx.set_plan_override(&scope.tenant.id, plan_key, *key, *value)?;
        }
        let after = tx.find_plan(&scope.tenant.id, plan_key)?.expect("plan exists inside this transaction");
        let (before_row, after_row) = (PlanRow::from(&before), PlanRow::from(&after));
        // Compared as overrides, not rows: a row shows "no override" and an
        // `unlimited` override alike.
        let overrides = |p: &Plan| p.overrides.iter().copied().collect::<std::collections::BTreeMap<_, _>>();
        if overrides(&before) == overrides(&after) {
            // Overrides already in force: an idempotent no-op, no audit row.
            return Ok(Outcome::Unchanged(after_row));
        }
        let audit = Audit {
            action: AuditAction::PlanUpdate,
            target_id: Some(plan_key.to_string()),
            partner_id: None,
            details: json!({ "before": before_row, "after": after_row }),
        };
        Ok(Outcome::Changed(after_row, audit))
    })
}

/// Parses `KEY=VALUE` of `--limit`.
pub fn parse_limit_assignment(s: &str) -> Result<(LimitKey, LimitValue)> {
    let (key, value) =
        s.split_once('=').ok_or_else(|| Error::invalid_input(format!("invalid --limit {s:?}: expected KEY=VALUE")))?;
    Ok((LimitKey::parse(key.trim())?, crate::model::parse_limit_value(value.trim())?))
}

/// One row of `plan show`: a limit of the partner's plan and where it stands.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, Serialize)]
pub struct LimitRow {
    pub partner_slug: String,
    pub plan: String,
    pub limit_key: LimitKey,
    pub scope: &'static str,
    pub window: &'static str,
    /// `None` = unlimited.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<i64>))]
    pub allowed: LimitValue,
    pub used: Option<i64>,
    pub remaining: Option<i64>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    #[serde(with = "time::serde_rfc3339::option")]
    pub resets_at: Option<Timestamp>,
}

/// `plan show PARTNER`: every limit key in `LimitKey::ALL` order. Usage is
/// counted for the partner's day and seats, and for the acting user's day
/// when `--as` names one; the other keys depend on an event or receiver.
pub fn show(ctx: &Ctx, partner_ref: &str) -> Result<Vec<LimitRow>> {
    ctx.read(|tx, scope| {
        let partner = partner::find(tx, scope, partner_ref)?;
        access::partner_member(tx, scope, &partner)?.require()?;
        let acting_user = scope.actor.user();
        let subject = Subject {
            plan: Some(&partner.plan),
            partner_id: Some(&partner.id),
            issuer_id: acting_user.map(|u| u.id.as_str()),
            ..Subject::default()
        };
        let (_, next_midnight) = time::local_day_bounds(ctx.now, scope.tz)?;
        let tenant_id = &scope.tenant.id;
        let mut rows = Vec::with_capacity(LimitKey::ALL.len());
        for &key in LimitKey::ALL {
            let counted = match key {
                LimitKey::InvitesPerDayPerPartner | LimitKey::MembersPerPartner => true,
                LimitKey::InvitesPerDayPerUser => acting_user.is_some(),
                _ => false,
            };
            let (allowed, used, remaining, resets_at) = if counted {
                let u = limits::usage(tx, tenant_id, scope.tz, ctx.now, key, &subject)?;
                (u.allowed, Some(u.used), u.remaining, u.resets_at)
            } else {
                // A day window resets at local midnight whether or not it was counted.
                let resets_at = (key == LimitKey::InvitesPerDayPerUser).then_some(next_midnight);
                (limits::effective(tx, tenant_id, &partner.plan, key)?, None, None, resets_at)
            };
            rows.push(LimitRow {
                partner_slug: partner.slug.clone(),
                plan: partner.plan.clone(),
                limit_key: key,
                scope: key.scope(),
                window: key.window(),
                allowed,
                used,
                remaining,
                resets_at,
            });
        }
        Ok(rows)
    })
}
