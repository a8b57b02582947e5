use rusqlite::{params, Row};

use super::{stamp, time, SqliteTx};
use crate::error::{sql, CoreResult};
use crate::model::{AuditEntry, Named};
use crate::store::{AuditFilter, AuditStore, NewAudit};

fn entry(row: &Row) -> rusqlite::Result<AuditEntry> {
    let details: String = row.get(7)?;
    Ok(AuditEntry {
        id: row.get(0)?,
        at: stamp(row, 1)?,
        actor: row.get(2)?,
        action: row.get(3)?,
        target_kind: row.get(4)?,
        target_id: row.get(5)?,
        partner_id: row.get(6)?,
        details: serde_json::from_str(&details).unwrap_or(serde_json::Value::String(details)),
    })
}

impl AuditStore for SqliteTx<'_> {
    fn insert_audit(&self, e: &NewAudit) -> CoreResult<()> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(
                "INSERT INTO audit_log (tenant_id, at, actor, actor_user_id, action, target_kind, target_id, partner_id, details)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            stmt.execute(params![
                e.tenant_id,
                time::fmt(e.at),
                e.actor,
                e.actor_user_id,
                e.action.as_str(),
                e.target_kind.as_str(),
                e.target_id,
                e.partner_id,
                e.details.to_string()
            ])?;
            Ok(())
        })
    }

    fn list_audit(&self, f: &AuditFilter) -> CoreResult<Vec<AuditEntry>> {
        sql(|| {
            let allowed = f.partner_ids.as_ref().map(serde_json::to_string).transpose()?;
            // Two fixed statements, one per direction; keyset paging on the id.
            let (after, order) = if f.oldest_first { (">", "ASC") } else { ("<", "DESC") };
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT id, at, actor, action, target_kind, target_id, partner_id, details FROM audit_log
                 WHERE tenant_id = ?1
                   AND (?2 IS NULL OR partner_id IN (SELECT value FROM json_each(?2)))
                   AND (?3 IS NULL OR partner_id = ?3)
                   AND (?4 IS NULL OR actor_user_id = ?4)
                   AND (?5 IS NULL OR action = ?5)
                   AND (?6 IS NULL OR at >= ?6)
                   AND (?8 IS NULL OR id {after} ?8)
                 ORDER BY id {order}
                 LIMIT coalesce(?7, -1)"
            ))?;
            let rows = stmt
                .query_map(
                    params![
                        f.tenant_id,
                        allowed,
                        f.partner_id,
                        f.actor_user_id,
                        f.action,
                        f.since.map(time::fmt),
                        f.limit,
                        f.after
                    ],
                    entry,
                )?
                .collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
    }
}
