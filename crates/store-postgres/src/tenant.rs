use postgres::Row;

use super::{stamp, time, PgTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::{SettingKey, Tenant};
use crate::store::TenantStore;

const COLUMNS: &str = "id, slug, name, timezone, created_at";

fn tenant(row: &Row) -> Result<Tenant> {
    Ok(Tenant {
        id: row.try_get(0)?,
        slug: row.try_get(1)?,
        name: row.try_get(2)?,
        timezone: row.try_get(3)?,
        created_at: stamp(row, 4)?,
    })
}

impl TenantStore for PgTx<'_> {
    fn insert_tenant(&self, t: &Tenant) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "INSERT INTO tenants (id, slug, name, timezone, created_at) VALUES ($1, $2, $3, $4, $5)",
                &[&t.id, &t.slug, &t.name, &t.timezone, &time::fmt(t.created_at)],
            )?;
            Ok(())
        })
    }

    /// In a write transaction this locks the tenants: see the crate comment.
    fn list_tenants(&self) -> CoreResult<Vec<Tenant>> {
        sql(|| {
            let sql = format!("SELECT {COLUMNS} FROM tenants ORDER BY slug{}", self.lock_clause());
            self.query(&sql, &[])?.iter().map(tenant).collect()
        })
    }

    /// In a write transaction this locks the tenant: see the crate comment.
    fn find_tenant(&self, reference: &str) -> CoreResult<Option<Tenant>> {
        sql(|| {
            let sql = format!("SELECT {COLUMNS} FROM tenants WHERE slug = $1 OR id = $1{}", self.lock_clause());
            self.query_opt(&sql, &[&reference])?.as_ref().map(tenant).transpose()
        })
    }

    fn set_tenant_timezone(&self, tenant_id: &str, timezone: &str) -> CoreResult<()> {
        sql(|| {
            self.execute("UPDATE tenants SET timezone = $2 WHERE id = $1", &[&tenant_id, &timezone])?;
            Ok(())
        })
    }

    fn setting(&self, tenant_id: &str, key: SettingKey) -> CoreResult<Option<Option<String>>> {
        sql(|| {
            let row = self.query_opt(
                "SELECT value FROM tenant_settings WHERE tenant_id = $1 AND key = $2",
                &[&tenant_id, &key.as_str()],
            )?;
            Ok(row.map(|r| r.try_get(0)).transpose()?)
        })
    }

    fn set_setting(&self, tenant_id: &str, key: SettingKey, value: Option<&str>) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "INSERT INTO tenant_settings (tenant_id, key, value) VALUES ($1, $2, $3)
                 ON CONFLICT (tenant_id, key) DO UPDATE SET value = excluded.value",
                &[&tenant_id, &key.as_str(), &value],
            )?;
            Ok(())
        })
    }
}
