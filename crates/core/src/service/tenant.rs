//! Tenants and their settings.

use serde::Serialize;
use serde_json::{json, Value};

use super::existing::{Differences, IfExists, Taken};
use super::{access, new_id, validate_slug, validate_text, Acting, Actor, Audit, Ctx, Outcome, Scope};
use crate::error::{Constraint, Error, Result};
use crate::model::{parse_limit_value, AuditAction, LimitKey, Named, Permission, SettingKey, Tenant};
use crate::store::Tx;
use crate::time;

/// A built-in plan: key, name, overrides.
pub type BuiltinPlan = (&'static str, &'static str, &'static [(LimitKey, Option<i64>)]);

/// The built-in plan catalog of SPEC §1.7.
pub const BUILTIN_PLANS: &[BuiltinPlan] = &[
    (
        "tiny_free",
        "Tiny Free",
        &[(LimitKey::InvitesPerDayPerPartner, Some(100)), (LimitKey::MembersPerPartner, Some(3))],
    ),
    (
        "standard",
        "Standard",
        &[(LimitKey::InvitesPerDayPerPartner, Some(500)), (LimitKey::MembersPerPartner, Some(20))],
    ),
    ("pro", "Pro", &[(LimitKey::InvitesPerDayPerPartner, Some(2000)), (LimitKey::MembersPerPartner, None)]),
];

pub const DEFAULT_PLAN: &str = "tiny_free";
pub const DEFAULT_MEMBER_INVITATION_TTL: &str = "7d";

pub struct NewTenant {
    pub slug: String,
    pub name: String,
    pub timezone: Option<String>,
}

pub fn create(ctx: &Ctx, input: NewTenant) -> Result<Tenant> {
    create_with(ctx, input, IfExists::Conflict)
}

/// `tenant create --if-not-exists`: an existing tenant that agrees with
/// every given field is the answer, unchanged.
pub fn create_if_not_exists(ctx: &Ctx, input: NewTenant) -> Result<Tenant> {
    create_with(ctx, input, IfExists::Accept)
}

fn create_with(ctx: &Ctx, input: NewTenant, policy: IfExists) -> Result<Tenant> {
    let tx = ctx.store.write()?;
    // A user acting here must be a landlord of the tenant it is resolved in.
    let actor = match &ctx.actor {
        Some(Acting::Operator { name }) => Actor::Operator { name: name.clone() },
        _ => ctx.scope(&*tx)?.actor,
    };
    if let Actor::User(u) = &actor {
        if !u.landlord {
            return Err(Error::permission_denied(
                Permission::LANDLORD,
                format!("permission denied: tenant create needs the operator or a landlord; {} is neither", u.email),
            ));
        }
    }
    validate_slug("tenant", &input.slug)?;
    let name = validate_text("tenant name", &input.name)?;
    if let Some(timezone) = &input.timezone {
        time::parse_timezone(timezone)?;
    }
    if let Some(existing) = tx.find_tenant(&input.slug)? {
        let taken = Taken {
            constraint: Constraint::TenantSlug,
            what: format!("tenant {}", input.slug),
            existing_id: &existing.id,
        };
        let differences = Differences::default().given("name", Some(&name), &existing.name).given(
            "timezone",
            input.timezone.as_ref(),
            &existing.timezone,
        );
        // Nothing to write either way: the transaction ends unused.
        return taken.settle(policy, differences, existing.clone());
    }
    let timezone = input.timezone.unwrap_or_else(|| "UTC".into());
    let tenant = Tenant { id: new_id(), slug: input.slug, name, timezone, created_at: ctx.now };
    tx.insert_tenant(&tenant)?;
    for (key, name, overrides) in BUILTIN_PLANS {
        tx.insert_plan(&tenant.id, key, name, ctx.now)?;
        for (limit, value) in *overrides {
            tx.set_plan_override(&tenant.id, key, *limit, *value)?;
        }
    }
    tx.set_setting(&tenant.id, SettingKey::DefaultPlan, Some(DEFAULT_PLAN))?;
    tx.set_setting(&tenant.id, SettingKey::MemberInvitationTtl, Some(DEFAULT_MEMBER_INVITATION_TTL))?;
    for key in LimitKey::ALL {
        tx.set_setting(&tenant.id, SettingKey::Limit(*key), key.tenant_default().map(|v| v.to_string()).as_deref())?;
    }
    // The audit row belongs to the new tenant.
    let scope = Scope { tz: time::parse_timezone(&tenant.timezone)?, tenant: tenant.clone(), actor };
    let audit = Audit {
        action: AuditAction::TenantCreate,
        target_id: Some(tenant.id.clone()),
        partner_id: None,
        details: json!({ "after": tenant }),
    };
    ctx.finish(tx, &scope, |_, _| Ok(Outcome::Changed(tenant, audit)))
}

/// Operators see every tenant; a user sees its own.
pub fn list(ctx: &Ctx) -> Result<Vec<Tenant>> {
    let tx = ctx.store.read()?;
    if !matches!(ctx.actor, Some(Acting::Operator { .. })) {
        return Ok(vec![ctx.scope(&*tx)?.tenant]);
    }
    tx.list_tenants()
}

pub fn show(ctx: &Ctx, reference: Option<&str>) -> Result<Tenant> {
    let tx = ctx.store.read()?;
    let tenant = match reference {
        None => ctx.scope(&*tx)?.tenant,
        Some(r) => {
            let tenant = ctx.find_tenant(&*tx, r)?;
            // A user may only see the tenant it belongs to.
            ctx.resolve_actor(&*tx, &tenant.id)?;
            tenant
        }
    };
    Ok(tenant)
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Setting {
    pub key: String,
    pub value: Value,
}

fn settings_of(tx: &dyn Tx, tenant: &Tenant) -> Result<Vec<Setting>> {
    SettingKey::all()
        .map(|key| {
            let value = match key {
                SettingKey::Timezone => Value::from(tenant.timezone.clone()),
                _ => match tx.setting(&tenant.id, key)? {
                    Some(Some(v)) if matches!(key, SettingKey::Limit(_)) => {
                        v.parse::<i64>().map(Value::from).unwrap_or_else(|_| Value::from(v.clone()))
                    }
                    Some(v) => v.map(Value::from).unwrap_or(Value::Null),
                    None => Value::Null,
                },
            };
            Ok(Setting { key: key.as_str().to_string(), value })
        })
        .collect()
}

pub fn settings_show(ctx: &Ctx) -> Result<Vec<Setting>> {
    ctx.read(|tx, scope| settings_of(tx, &scope.tenant))
}

pub fn settings_set(ctx: &Ctx, key: &str, value: &str) -> Result<Setting> {
    ctx.write(|tx, scope| {
        access::landlord(scope, "tenant settings set").require()?;
        let tenant_id = scope.tenant.id.clone();
        let before = settings_of(tx, &scope.tenant)?;
        let setting = SettingKey::parse(key)?;
        match setting {
            SettingKey::Timezone => {
                time::parse_timezone(value)?;
                tx.set_tenant_timezone(&tenant_id, value)?;
            }
            SettingKey::DefaultPlan => {
                super::plan::find(tx, &tenant_id, value)?;
                tx.set_setting(&tenant_id, setting, Some(value))?;
            }
            SettingKey::MemberInvitationTtl => {
                time::parse_duration(value)?;
                tx.set_setting(&tenant_id, setting, Some(value))?;
            }
            SettingKey::Limit(_) => {
                let parsed = parse_limit_value(value)?;
                tx.set_setting(&tenant_id, setting, parsed.map(|v| v.to_string()).as_deref())?;
            }
        }
        let tenant = tx.find_tenant(&tenant_id)?.ok_or_else(|| Error::not_found("tenant", &tenant_id))?;
        let after = settings_of(tx, &tenant)?;
        let old = before.into_iter().find(|s| s.key == key).map(|s| s.value);
        let new = after.into_iter().find(|s| s.key == key).expect("every key has a row");
        if old.as_ref() == Some(&new.value) {
            // Setting the current value is an idempotent no-op: no audit row.
            return Ok(Outcome::Unchanged(new));
        }
        let audit = Audit {
            action: AuditAction::TenantSettingsSet,
            target_id: Some(tenant_id.clone()),
            partner_id: None,
            details: json!({ "key": key, "before": old, "after": new.value }),
        };
        Ok(Outcome::Changed(new, audit))
    })
}
