use partnerctl_core::names::CACHED_USERS;
use postgres::Row;

use super::{stamp, time, PgTx};
use crate::error::{sql, Constraint, CoreResult, Error, Result};
use crate::model::User;
use crate::store::UserStore;

const COLUMNS: &str = "id, email, display_name, landlord, created_at";

fn user(row: &Row) -> Result<User> {
    Ok(User {
        id: row.try_get(0)?,
        email: row.try_get(1)?,
        display_name: row.try_get(2)?,
        landlord: row.try_get(3)?,
        created_at: stamp(row, 4)?,
    })
}

impl UserStore for PgTx<'_> {
    /// `ON CONFLICT DO NOTHING` and the conflict raised here, not by the
    /// server: an import goes on after a duplicate user (a line error), and
    /// a server-side error would abort the whole transaction.
    fn insert_user(&self, tenant_id: &str, u: &User) -> CoreResult<()> {
        sql(|| {
            let written = self.execute(
                "INSERT INTO users (id, tenant_id, email, display_name, landlord, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
                &[&u.id, &tenant_id, &u.email, &u.display_name, &u.landlord, &time::fmt(u.created_at)],
            )?;
            if written == 1 {
                self.note_imported_user(&u.id);
                return Ok(());
            }
            // The key SQLite names first: the primary key, then (tenant, email).
            let (constraint, key) = if self.count("SELECT count(*) FROM users WHERE id = $1", &[&u.id])? > 0 {
                (Constraint::Id, "users.id")
            } else {
                (Constraint::UserEmail, "users.tenant_id, users.email")
            };
            Err(Error::conflict(constraint, format!("the change conflicts with existing data: {key} already exists"))
                .into())
        })
    }

    fn update_user(&self, u: &User) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "UPDATE users SET display_name = $2, landlord = $3 WHERE id = $1",
                &[&u.id, &u.display_name, &u.landlord],
            )?;
            Ok(())
        })
    }

    fn find_user_by_id(&self, tenant_id: &str, id: &str) -> CoreResult<Option<User>> {
        sql(|| {
            let sql = format!("SELECT {COLUMNS} FROM users WHERE tenant_id = $1 AND id = $2");
            self.query_opt(&sql, &[&tenant_id, &id])?.as_ref().map(user).transpose()
        })
    }

    fn find_user_by_email(&self, tenant_id: &str, email: &str) -> CoreResult<Option<User>> {
        sql(|| {
            let sql = format!("SELECT {COLUMNS} FROM users WHERE tenant_id = $1 AND email = $2");
            self.query_opt(&sql, &[&tenant_id, &email])?.as_ref().map(user).transpose()
        })
    }

    fn list_users(&self, tenant_id: &str, landlords_only: bool, limit: Option<u64>) -> CoreResult<Vec<User>> {
        sql(|| {
            let sql = format!(
                "SELECT {COLUMNS} FROM users WHERE tenant_id = $1 AND (landlord OR NOT $2) ORDER BY email LIMIT $3"
            );
            let limit = limit.map(crate::sql_limit);
            self.query(&sql, &[&tenant_id, &landlords_only, &limit])?.iter().map(user).collect()
        })
    }

    fn user_emails_starting(&self, tenant_id: &str, prefix: &str, limit: u64) -> CoreResult<Vec<String>> {
        sql(|| {
            let sql = "SELECT email FROM users WHERE tenant_id = $1 AND starts_with(email, $2) ORDER BY email LIMIT $3";
            let rows = self.query(sql, &[&tenant_id, &prefix, &crate::sql_limit(limit)])?;
            Ok(rows.iter().map(|r| r.try_get(0)).collect::<Result<_, _>>()?)
        })
    }

    fn user_id_taken(&self, id: &str) -> CoreResult<bool> {
        sql(|| Ok(self.query_opt("SELECT 1 FROM users WHERE id = $1", &[&id])?.is_some()))
    }

    fn each_user(&self, tenant_id: &str, each: &mut dyn FnMut(&str, &str, &str) -> bool) -> CoreResult<()> {
        sql(|| {
            // A stream cannot be left part-way: the limit keeps a tenant
            // too large for its callers' caches from being read whole.
            let users =
                format!("SELECT id, email, display_name FROM users WHERE tenant_id = $1 LIMIT {}", CACHED_USERS + 1);
            let mut wanted = true;
            self.stream(&users, &[&tenant_id], &mut |row| {
                if wanted {
                    wanted = each(row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
                }
                Ok(())
            })
        })
    }
}
