use postgres::Row;

use super::{named, stamp, time, PgTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::{Named, Partner};
use crate::store::PartnerStore;
use crate::time::Timestamp;

pub(super) const COLUMNS: &str = "id, slug, name, kind, plan_key, status, created_at";

pub(super) fn partner(row: &Row) -> Result<Partner> {
    Ok(Partner {
        id: row.try_get(0)?,
        slug: row.try_get(1)?,
        name: row.try_get(2)?,
        kind: named(row, 3)?,
        plan: row.try_get(4)?,
        status: named(row, 5)?,
        created_at: stamp(row, 6)?,
    })
}

impl PartnerStore for PgTx<'_> {
    fn insert_partner(&self, tenant_id: &str, p: &Partner, updated_at: Timestamp) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "INSERT INTO partners (id, tenant_id, slug, name, kind, plan_key, status, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                &[
                    &p.id,
                    &tenant_id,
                    &p.slug,
                    &p.name,
                    &p.kind.as_str(),
                    &p.plan,
                    &p.status.as_str(),
                    &time::fmt(p.created_at),
                    &time::fmt(updated_at),
                ],
            )?;
            Ok(())
        })
    }

    fn find_partner(&self, tenant_id: &str, reference: &str) -> CoreResult<Option<Partner>> {
        sql(|| {
            let sql = format!("SELECT {COLUMNS} FROM partners WHERE tenant_id = $1 AND (slug = $2 OR id = $2)");
            self.query_opt(&sql, &[&tenant_id, &reference])?.as_ref().map(partner).transpose()
        })
    }

    fn list_partners(&self, tenant_id: &str) -> CoreResult<Vec<Partner>> {
        sql(|| {
            let sql = format!("SELECT {COLUMNS} FROM partners WHERE tenant_id = $1 ORDER BY slug");
            self.query(&sql, &[&tenant_id])?.iter().map(partner).collect()
        })
    }

    fn update_partner(&self, p: &Partner, updated_at: Timestamp) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "UPDATE partners SET name = $2, kind = $3, plan_key = $4, status = $5, updated_at = $6 WHERE id = $1",
                &[&p.id, &p.name, &p.kind.as_str(), &p.plan, &p.status.as_str(), &time::fmt(updated_at)],
            )?;
            Ok(())
        })
    }
}
