use rusqlite::{params, OptionalExtension};

use super::{time, SqliteTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::{LimitKey, LimitValue, Named};
use crate::store::{Plan, PlanStore};

impl SqliteTx<'_> {
    fn plan_overrides(&self, tenant_id: &str, plan: &str) -> Result<Vec<(LimitKey, LimitValue)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT limit_key, value FROM plan_limits WHERE tenant_id = ?1 AND plan_key = ?2")?;
        let rows: Vec<(String, Option<i64>)> = stmt
            .query_map(params![tenant_id, plan], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter().map(|(k, v)| Ok((LimitKey::parse(&k)?, v))).collect()
    }

    fn plan_from(&self, tenant_id: &str, key: String, name: String) -> Result<Plan> {
        let mut stmt =
            self.conn.prepare_cached("SELECT count(*) FROM partners WHERE tenant_id = ?1 AND plan_key = ?2")?;
        let partners = stmt.query_row(params![tenant_id, key], |r| r.get(0))?;
        Ok(Plan { overrides: self.plan_overrides(tenant_id, &key)?, key, name, partners })
    }
}

impl PlanStore for SqliteTx<'_> {
    fn insert_plan(&self, tenant_id: &str, key: &str, name: &str, created_at: time::Timestamp) -> CoreResult<()> {
        sql(|| {
            self.conn.execute(
                "INSERT INTO plans (tenant_id, key, name, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![tenant_id, key, name, time::fmt(created_at)],
            )?;
            Ok(())
        })
    }

    fn find_plan(&self, tenant_id: &str, key: &str) -> CoreResult<Option<Plan>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached("SELECT key, name FROM plans WHERE tenant_id = ?1 AND key = ?2")?;
            let found: Option<(String, String)> =
                stmt.query_row(params![tenant_id, key], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
            found.map(|(key, name)| self.plan_from(tenant_id, key, name)).transpose()
        })
    }

    fn list_plans(&self, tenant_id: &str) -> CoreResult<Vec<Plan>> {
        sql(|| {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT key, name FROM plans WHERE tenant_id = ?1 ORDER BY created_at, key")?;
            let rows: Vec<(String, String)> =
                stmt.query_map([tenant_id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
            rows.into_iter().map(|(key, name)| self.plan_from(tenant_id, key, name)).collect()
        })
    }

    fn set_plan_override(&self, tenant_id: &str, plan: &str, key: LimitKey, value: LimitValue) -> CoreResult<()> {
        sql(|| {
            self.conn.execute(
                "INSERT INTO plan_limits (tenant_id, plan_key, limit_key, value) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (tenant_id, plan_key, limit_key) DO UPDATE SET value = excluded.value",
                params![tenant_id, plan, key.as_str(), value],
            )?;
            Ok(())
        })
    }
}
