//! The names a reference may take, for shell completion: slugs, emails and
//! plan keys, as the operator sees them (completion runs where the database
//! is, for whoever may read it whole). Each read in one read transaction.

use crate::error::Result;
use crate::service::Ctx;
use crate::store::EventFilter;

/// What kind of record of the tenant a completed argument names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Names {
    Partners,
    Events,
    Users,
    Plans,
}

/// Every name of `kind` in the tenant of `ctx`, in the store's order.
pub fn of_tenant(ctx: &Ctx, kind: Names) -> Result<Vec<String>> {
    ctx.read(|tx, scope| {
        let tenant_id = &scope.tenant.id;
        Ok(match kind {
            Names::Partners => tx.list_partners(tenant_id)?.into_iter().map(|p| p.slug).collect(),
            Names::Events => {
                let filter = EventFilter { tenant_id: tenant_id.clone(), ..Default::default() };
                tx.list_events(&filter)?.into_iter().map(|e| e.slug).collect()
            }
            Names::Users => tx.list_users(tenant_id, false, None)?.into_iter().map(|u| u.email).collect(),
            Names::Plans => tx.list_plans(tenant_id)?.into_iter().map(|p| p.key).collect(),
        })
    })
}

/// The slug of every tenant in the database (no tenant needs resolving).
pub fn tenants(ctx: &Ctx) -> Result<Vec<String>> {
    let tx = ctx.store.read()?;
    Ok(tx.list_tenants()?.into_iter().map(|t| t.slug).collect())
}
