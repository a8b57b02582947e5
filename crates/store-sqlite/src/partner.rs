use rusqlite::{params, OptionalExtension, Row};

use super::{named, stamp, time, SqliteTx};
use crate::error::{sql, CoreResult};
use crate::model::Partner;
use crate::store::PartnerStore;
use crate::time::Timestamp;

pub(super) const COLUMNS: &str = "id, slug, name, kind, plan_key, status, created_at";

pub(super) fn partner(row: &Row) -> rusqlite::Result<Partner> {
    Ok(Partner {
        id: row.get(0)?,
        slug: row.get(1)?,
        name: row.get(2)?,
        kind: named(row, 3)?,
        plan: row.get(4)?,
        status: named(row, 5)?,
        created_at: stamp(row, 6)?,
    })
}

impl PartnerStore for SqliteTx<'_> {
    fn insert_partner(&self, tenant_id: &str, p: &Partner, updated_at: Timestamp) -> CoreResult<()> {
        sql(|| {
            self.conn.execute(
                "INSERT INTO partners (id, tenant_id, slug, name, kind, plan_key, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    p.id,
                    tenant_id,
                    p.slug,
                    p.name,
                    p.kind.to_string(),
                    p.plan,
                    p.status.to_string(),
                    time::fmt(p.created_at),
                    time::fmt(updated_at)
                ],
            )?;
            Ok(())
        })
    }

    fn find_partner(&self, tenant_id: &str, reference: &str) -> CoreResult<Option<Partner>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM partners WHERE tenant_id = ?1 AND (slug = ?2 OR id = ?2)"
            ))?;
            Ok(stmt.query_row(params![tenant_id, reference], partner).optional()?)
        })
    }

    fn list_partners(&self, tenant_id: &str) -> CoreResult<Vec<Partner>> {
        sql(|| {
            let mut stmt = self
                .conn
                .prepare_cached(&format!("SELECT {COLUMNS} FROM partners WHERE tenant_id = ?1 ORDER BY slug"))?;
            let rows = stmt.query_map([tenant_id], partner)?.collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
    }

    fn update_partner(&self, p: &Partner, updated_at: Timestamp) -> CoreResult<()> {
        sql(|| {
            self.conn.execute(
                "UPDATE partners SET name = ?2, kind = ?3, plan_key = ?4, status = ?5, updated_at = ?6 WHERE id = ?1",
                params![p.id, p.name, p.kind.to_string(), p.plan, p.status.to_string(), time::fmt(updated_at)],
            )?;
            Ok(())
        })
    }
}
