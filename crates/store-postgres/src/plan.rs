use super::{time, PgTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::{LimitKey, LimitValue, Named};
use crate::store::{Plan, PlanStore};

impl PgTx<'_> {
    fn plan_from(&self, tenant_id: &str, key: String, name: String) -> Result<Plan> {
        let partners =
            self.count("SELECT count(*) FROM partners WHERE tenant_id = $1 AND plan_key = $2", &[&tenant_id, &key])?;
        let mut overrides = Vec::new();
        let rows = self.query(
            "SELECT limit_key, value FROM plan_limits WHERE tenant_id = $1 AND plan_key = $2",
            &[&tenant_id, &key],
        )?;
        for row in rows {
            let limit: String = row.try_get(0)?;
            overrides.push((LimitKey::parse(&limit)?, row.try_get::<_, Option<i64>>(1)?));
        }
        Ok(Plan { overrides, key, name, partners })
    }
}

impl PlanStore for PgTx<'_> {
    fn insert_plan(&self, tenant_id: &str, key: &str, name: &str, created_at: time::Timestamp) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "INSERT INTO plans (tenant_id, key, name, created_at) VALUES ($1, $2, $3, $4)",
                &[&tenant_id, &key, &name, &time::fmt(created_at)],
            )?;
            Ok(())
        })
    }

    fn find_plan(&self, tenant_id: &str, key: &str) -> CoreResult<Option<Plan>> {
        sql(|| {
            let row =
                self.query_opt("SELECT key, name FROM plans WHERE tenant_id = $1 AND key = $2", &[&tenant_id, &key])?;
            row.map(|r| self.plan_from(tenant_id, r.try_get(0)?, r.try_get(1)?)).transpose()
        })
    }

    fn list_plans(&self, tenant_id: &str) -> CoreResult<Vec<Plan>> {
        sql(|| {
            let rows =
                self.query("SELECT key, name FROM plans WHERE tenant_id = $1 ORDER BY created_at, key", &[&tenant_id])?;
            rows.into_iter().map(|r| self.plan_from(tenant_id, r.try_get(0)?, r.try_get(1)?)).collect()
        })
    }

    fn set_plan_override(&self, tenant_id: &str, plan: &str, key: LimitKey, value: LimitValue) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "INSERT INTO plan_limits (tenant_id, plan_key, limit_key, value) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (tenant_id, plan_key, limit_key) DO UPDATE SET value = excluded.value",
                &[&tenant_id, &plan, &key.as_str(), &value],
            )?;
            Ok(())
        })
    }
}
