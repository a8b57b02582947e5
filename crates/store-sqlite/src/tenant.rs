use rusqlite::{params, OptionalExtension, Row};

use super::{stamp, time, SqliteTx};
use crate::error::{sql, CoreResult};
use crate::model::{SettingKey, Tenant};
use crate::store::TenantStore;

const COLUMNS: &str = "id, slug, name, timezone, created_at";

fn tenant(row: &Row) -> rusqlite::Result<Tenant> {
    Ok(Tenant {
        id: row.get(0)?,
        slug: row.get(1)?,
        name: row.get(2)?,
        timezone: row.get(3)?,
        created_at: stamp(row, 4)?,
    })
}

impl TenantStore for SqliteTx<'_> {
    fn insert_tenant(&self, t: &Tenant) -> CoreResult<()> {
        sql(|| {
            self.conn.execute(
                "INSERT INTO tenants (id, slug, name, timezone, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![t.id, t.slug, t.name, t.timezone, time::fmt(t.created_at)],
            )?;
            Ok(())
        })
    }

    fn list_tenants(&self) -> CoreResult<Vec<Tenant>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(&format!("SELECT {COLUMNS} FROM tenants ORDER BY slug"))?;
            let rows = stmt.query_map([], tenant)?.collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
    }

    fn find_tenant(&self, reference: &str) -> CoreResult<Option<Tenant>> {
        sql(|| {
            let mut stmt =
                self.conn.prepare_cached(&format!("SELECT {COLUMNS} FROM tenants WHERE slug = ?1 OR id = ?1"))?;
            Ok(stmt.query_row([reference], tenant).optional()?)
        })
    }

    fn set_tenant_timezone(&self, tenant_id: &str, timezone: &str) -> CoreResult<()> {
        sql(|| {
            self.conn.execute("UPDATE tenants SET timezone = ?2 WHERE id = ?1", params![tenant_id, timezone])?;
            Ok(())
        })
    }

    fn setting(&self, tenant_id: &str, key: SettingKey) -> CoreResult<Option<Option<String>>> {
        sql(|| {
            let mut stmt =
                self.conn.prepare_cached("SELECT value FROM tenant_settings WHERE tenant_id = ?1 AND key = ?2")?;
            Ok(stmt.query_row(params![tenant_id, key.as_str()], |r| r.get(0)).optional()?)
        })
    }

    fn set_setting(&self, tenant_id: &str, key: SettingKey, value: Option<&str>) -> CoreResult<()> {
        sql(|| {
            self.conn.execute(
                "INSERT INTO tenant_settings (tenant_id, key, value) VALUES (?1, ?2, ?3)
                 ON CONFLICT (tenant_id, key) DO UPDATE SET value = excluded.value",
                params![tenant_id, key.as_str(), value],
            )?;
            Ok(())
        })
    }
}
