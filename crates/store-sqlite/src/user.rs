use rusqlite::{params, OptionalExtension, Row};

use super::{borrowed_text, flag, stamp, time, SqliteTx};
use crate::error::{sql, CoreResult};
use crate::model::User;
use crate::store::UserStore;

const COLUMNS: &str = "id, email, display_name, landlord, created_at";

pub(super) fn user(row: &Row) -> rusqlite::Result<User> {
    Ok(User {
        id: row.get(0)?,
        email: row.get(1)?,
        display_name: row.get(2)?,
        landlord: flag(row, 3)?,
        created_at: stamp(row, 4)?,
    })
}

impl UserStore for SqliteTx<'_> {
    fn insert_user(&self, tenant_id: &str, u: &User) -> CoreResult<()> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(
                "INSERT INTO users (id, tenant_id, email, display_name, landlord, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            stmt.execute(params![u.id, tenant_id, u.email, u.display_name, u.landlord, time::fmt(u.created_at)])?;
            Ok(())
        })
    }

    fn update_user(&self, u: &User) -> CoreResult<()> {
        sql(|| {
            self.conn.execute(
                "UPDATE users SET display_name = ?2, landlord = ?3 WHERE id = ?1",
                params![u.id, u.display_name, u.landlord],
            )?;
            Ok(())
        })
    }

    fn find_user_by_id(&self, tenant_id: &str, id: &str) -> CoreResult<Option<User>> {
        sql(|| {
            let mut stmt =
                self.conn.prepare_cached(&format!("SELECT {COLUMNS} FROM users WHERE tenant_id = ?1 AND id = ?2"))?;
            Ok(stmt.query_row(params![tenant_id, id], user).optional()?)
        })
    }

    fn find_user_by_email(&self, tenant_id: &str, email: &str) -> CoreResult<Option<User>> {
        sql(|| {
            let mut stmt = self
                .conn
                .prepare_cached(&format!("SELECT {COLUMNS} FROM users WHERE tenant_id = ?1 AND email = ?2"))?;
            Ok(stmt.query_row(params![tenant_id, email], user).optional()?)
        })
    }

    fn list_users(&self, tenant_id: &str, landlords_only: bool, limit: Option<u64>) -> CoreResult<Vec<User>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM users WHERE tenant_id = ?1 AND (landlord = 1 OR NOT ?2) ORDER BY email
                 LIMIT coalesce(?3, -1)"
            ))?;
            let limit = limit.map(crate::sql_limit);
            let rows =
                stmt.query_map(params![tenant_id, landlords_only, limit], user)?.collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
    }

    fn user_emails_starting(&self, tenant_id: &str, prefix: &str, limit: u64) -> CoreResult<Vec<String>> {
        sql(|| {
            // A range on the (tenant_id, email) index; U+10FFFF sorts after
            // every character an email may continue with.
            let mut stmt = self.conn.prepare_cached(
                "SELECT email FROM users WHERE tenant_id = ?1 AND email >= ?2 AND email < ?2 || char(1114111)
                 ORDER BY email LIMIT ?3",
            )?;
            let rows = stmt
                .query_map(params![tenant_id, prefix, crate::sql_limit(limit)], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
    }

    fn user_id_taken(&self, id: &str) -> CoreResult<bool> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached("SELECT 1 FROM users WHERE id = ?1")?;
            Ok(stmt.exists([id])?)
        })
    }

    fn each_user(&self, tenant_id: &str, each: &mut dyn FnMut(&str, &str, &str) -> bool) -> CoreResult<()> {
        sql(|| {
            // `+tenant_id`: a scan in table order reads each page once, where
            // the (tenant_id, email) index would seek per user.
            let mut stmt = self.conn.prepare("SELECT id, email, display_name FROM users WHERE +tenant_id = ?1")?;
            let mut rows = stmt.query([tenant_id])?;
            while let Some(row) = rows.next()? {
                if !each(borrowed_text(row, 0)?, borrowed_text(row, 1)?, borrowed_text(row, 2)?) {
                    break;
                }
            }
            Ok(())
        })
    }
}
