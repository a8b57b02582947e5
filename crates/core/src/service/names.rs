//! The names a reference may take, for shell completion: slugs, emails and
//! plan keys, as the operator sees them (completion runs where the database
//! is, for whoever may read it whole). Each read in one read transaction.

use crate::error::Result;
use crate::service::Ctx;
use crate::store::EventFilter;

/// At most this many names are offered: more fill no terminal, and a
/// tenant's users may be a million.
pub const MAX_NAMES: usize = 1000;

/// What kind of record of the tenant a completed argument names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Names {
    Partners,
    Events,
    Users,
    Plans,
}

/// The names of `kind` in the tenant of `ctx` that start with `prefix`,
/// in the store's order, at most `MAX_NAMES`.
pub fn of_tenant(ctx: &Ctx, kind: Names, prefix: &str) -> Result<Vec<String>> {
    ctx.read(|tx, scope| {
        let tenant_id = &scope.tenant.id;
        let names: Vec<String> = match kind {
            Names::Partners => tx.list_partners(tenant_id)?.into_iter().map(|p| p.slug).collect(),
            Names::Events => {
                let filter = EventFilter { tenant_id: tenant_id.clone(), ..Default::default() };
                tx.list_events(&filter)?.into_iter().map(|e| e.slug).collect()
            }
            // The one list that grows without bound: the store filters it.
            Names::Users => tx.user_emails_starting(tenant_id, prefix, MAX_NAMES as u64)?,
            Names::Plans => tx.list_plans(tenant_id)?.into_iter().map(|p| p.key).collect(),
        };
        Ok(starting(names, prefix))
    })
}

/// The slug of every tenant in the database that starts with `prefix` (no
/// tenant needs resolving).
pub fn tenants(ctx: &Ctx, prefix: &str) -> Result<Vec<String>> {
    let tx = ctx.store.read()?;
    Ok(starting(tx.list_tenants()?.into_iter().map(|t| t.slug).collect(), prefix))
}

fn starting(names: Vec<String>, prefix: &str) -> Vec<String> {
    names.into_iter().filter(|n| n.starts_with(prefix)).take(MAX_NAMES).collect()
}
