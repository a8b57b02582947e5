use postgres::Row;

use super::{opt_fmt, stamp, time, PgTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::{AuditEntry, Named};
use crate::store::{AuditFilter, AuditStore, NewAudit};

fn entry(row: &Row) -> Result<AuditEntry> {
    let details: String = row.try_get(7)?;
    Ok(AuditEntry {
        id: row.try_get(0)?,
        at: stamp(row, 1)?,
        actor: row.try_get(2)?,
        action: row.try_get(3)?,
        target_kind: row.try_get(4)?,
        target_id: row.try_get(5)?,
        partner_id: row.try_get(6)?,
        details: serde_json::from_str(&details).unwrap_or(serde_json::Value::String(details)),
    })
}

impl AuditStore for PgTx<'_> {
    fn insert_audit(&self, e: &NewAudit) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "INSERT INTO audit_log (tenant_id, at, actor, actor_user_id, action, target_kind, target_id, partner_id, details)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                &[
                    &e.tenant_id,
                    &time::fmt(e.at),
                    &e.actor,
                    &e.actor_user_id,
                    &e.action.as_str(),
                    &e.target_kind.as_str(),
                    &e.target_id,
                    &e.partner_id,
                    &e.details.to_string(),
                ],
            )?;
            Ok(())
        })
    }

    fn list_audit(&self, f: &AuditFilter) -> CoreResult<Vec<AuditEntry>> {
        sql(|| {
            // Two fixed statements, one per direction; keyset paging on the id.
            let (after, order) = if f.oldest_first { (">", "ASC") } else { ("<", "DESC") };
            let rows = self.query(
                &format!(
                    "SELECT id, at, actor, action, target_kind, target_id, partner_id, details FROM audit_log
                     WHERE tenant_id = $1
                       AND ($2::text[] IS NULL OR partner_id = ANY($2))
                       AND ($3::text IS NULL OR partner_id = $3)
                       AND ($4::text IS NULL OR actor_user_id = $4)
                       AND ($5::text IS NULL OR action = $5)
                       AND ($6::text IS NULL OR at >= $6)
                       AND ($8::bigint IS NULL OR id {after} $8)
                     ORDER BY id {order}
                     LIMIT $7"
                ),
                &[
                    &f.tenant_id,
                    &f.partner_ids,
                    &f.partner_id,
                    &f.actor_user_id,
                    &f.action,
                    &opt_fmt(f.since),
                    &f.limit,
                    &f.after,
                ],
            )?;
            rows.iter().map(entry).collect()
        })
    }
}
