use postgres::Row;

use super::{opt_fmt, opt_stamp, stamp, time, PgTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::Token;
use crate::store::TokenStore;
use crate::time::Timestamp;

/// The token record with its user's email; `t.tenant_id` is column 8 (0-based).
const SELECT: &str = "SELECT t.id, t.user_id, u.email, t.name, t.created_at, t.expires_at, t.last_used_at,
        t.revoked_at, t.tenant_id
     FROM api_tokens t JOIN users u ON u.id = t.user_id";

fn token(row: &Row) -> Result<Token> {
    Ok(Token {
        id: row.try_get(0)?,
        user_id: row.try_get(1)?,
        user_email: row.try_get(2)?,
        name: row.try_get(3)?,
        created_at: stamp(row, 4)?,
        expires_at: opt_stamp(row, 5)?,
        last_used_at: opt_stamp(row, 6)?,
        revoked_at: opt_stamp(row, 7)?,
        token: None,
    })
}

impl TokenStore for PgTx<'_> {
    fn insert_token(&self, tenant_id: &str, t: &Token, secret_hash: &str) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "INSERT INTO api_tokens (id, tenant_id, user_id, name, secret_hash, created_at, expires_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[
                    &t.id,
                    &tenant_id,
                    &t.user_id,
                    &t.name,
                    &secret_hash,
                    &time::fmt(t.created_at),
                    &opt_fmt(t.expires_at),
                ],
            )?;
            Ok(())
        })
    }

    fn find_token(&self, tenant_id: &str, id: &str) -> CoreResult<Option<Token>> {
        sql(|| {
            let sql = format!("{SELECT} WHERE t.tenant_id = $1 AND t.id = $2");
            self.query_opt(&sql, &[&tenant_id, &id])?.as_ref().map(token).transpose()
        })
    }

    fn find_token_by_hash(&self, secret_hash: &str) -> CoreResult<Option<(String, Token)>> {
        sql(|| {
            let sql = format!("{SELECT} WHERE t.secret_hash = $1");
            self.query_opt(&sql, &[&secret_hash])?.as_ref().map(|row| Ok((row.try_get(8)?, token(row)?))).transpose()
        })
    }

    fn list_tokens(&self, tenant_id: &str, user_id: Option<&str>) -> CoreResult<Vec<Token>> {
        sql(|| {
            let sql = format!(
                "{SELECT} WHERE t.tenant_id = $1 AND ($2::text IS NULL OR t.user_id = $2) ORDER BY t.created_at, t.id"
            );
            self.query(&sql, &[&tenant_id, &user_id])?.iter().map(token).collect()
        })
    }

    fn revoke_token(&self, id: &str, at: Timestamp) -> CoreResult<()> {
        sql(|| {
            self.execute("UPDATE api_tokens SET revoked_at = $2 WHERE id = $1", &[&id, &time::fmt(at)])?;
            Ok(())
        })
    }

    /// Concurrent requests with one token all find it untouched in the
    /// first of each second: one of them writes, the others skip the row it
    /// has locked rather than wait for its commit to find nothing to change.
    fn touch_token(&self, id: &str, at: Timestamp) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "UPDATE api_tokens SET last_used_at = $2
                 WHERE id = (SELECT id FROM api_tokens WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2)
                             FOR UPDATE SKIP LOCKED)",
                &[&id, &time::fmt(at)],
            )?;
            Ok(())
        })
    }
}
