//! Plans: the catalog, overrides, and moving a partner between plans.

use serde::Serialize;
use serde_json::{json, Map, Value};

use super::{access, partner, Audit, Ctx};
use crate::error::{Error, Result};
use crate::model::{LimitKey, LimitValue, Named, Partner};
use crate::store::Plan;

/// One row of `plan list`: `plan, name`, one column per limit key (the
/// override, null where the tenant default applies), `partners`.
#[derive(Debug, Clone, Serialize)]
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

/// Any user of the tenant may list plans.
pub fn list(ctx: &Ctx) -> Result<Vec<PlanRow>> {
    let tx = ctx.store.read()?;
    let scope = ctx.scope(&*tx)?;
    Ok(tx.list_plans(&scope.tenant.id)?.iter().map(PlanRow::from).collect())
}

pub fn set(ctx: &Ctx, partner_ref: &str, plan_key: &str) -> Result<Partner> {
    let tx = ctx.store.write()?;
    let scope = ctx.scope(&*tx)?;
    access::landlord(&scope, "plan set").require()?;
    let before = partner::find(&*tx, &scope, partner_ref)?;
    tx.find_plan(&scope.tenant.id, plan_key)?.ok_or_else(|| Error::not_found("plan", plan_key))?;
    if before.plan == plan_key {
        return Ok(before);
    }
    let mut after = before.clone();
    after.plan = plan_key.to_string();
    tx.update_partner(&after, &ctx.now_str())?;
    ctx.audit_in(
        &*tx,
        &scope,
        Audit {
            action: "plan.set",
            target_kind: "partner",
            target_id: Some(&after.id),
            partner_id: Some(&after.id),
            details: json!({ "before": { "plan": before.plan }, "after": { "plan": after.plan } }),
        },
    )?;
    tx.commit()?;
    Ok(after)
}

/// `plan update PLAN --limit KEY=VALUE...`; prints the updated plan row.
pub fn update(ctx: &Ctx, plan_key: &str, changes: &[(LimitKey, LimitValue)]) -> Result<PlanRow> {
    if changes.is_empty() {
        return Err(Error::usage("nothing to update: give --limit KEY=VALUE"));
    }
    let tx = ctx.store.write()?;
    let scope = ctx.scope(&*tx)?;
    access::landlord(&scope, "plan update").require()?;
    let before = tx.find_plan(&scope.tenant.id, plan_key)?.ok_or_else(|| Error::not_found("plan", plan_key))?;
    for (key, value) in changes {
        tx.set_plan_override(&scope.tenant.id, plan_key, *key, *value)?;
    }
    let after = tx.find_plan(&scope.tenant.id, plan_key)?.expect("plan exists inside this transaction");
    let (before_row, after_row) = (PlanRow::from(&before), PlanRow::from(&after));
    ctx.audit_in(
        &*tx,
        &scope,
        Audit {
            action: "plan.update",
            target_kind: "plan",
            target_id: Some(plan_key),
            partner_id: None,
            details: json!({ "before": before_row, "after": after_row }),
        },
    )?;
    tx.commit()?;
    Ok(after_row)
}

/// Parses `KEY=VALUE` of `--limit`.
pub fn parse_limit_assignment(s: &str) -> Result<(LimitKey, LimitValue)> {
    let (key, value) =
        s.split_once('=').ok_or_else(|| Error::invalid_input(format!("invalid --limit {s:?}: expected KEY=VALUE")))?;
    Ok((LimitKey::parse(key.trim())?, crate::model::parse_limit_value(value.trim())?))
}
