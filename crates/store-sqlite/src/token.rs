use rusqlite::{params, OptionalExtension, Row};

use super::{opt_stamp, stamp, time, SqliteTx};
use crate::error::{sql, CoreResult};
use crate::model::Token;
use crate::store::TokenStore;
use crate::time::Timestamp;

/// The token record with its user's email; `t.tenant_id` is column 8 (0-based).
const SELECT: &str = "SELECT t.id, t.user_id, u.email, t.name, t.created_at, t.expires_at, t.last_used_at,
        t.revoked_at, t.tenant_id
     FROM api_tokens t JOIN users u ON u.id = t.user_id";

fn token(row: &Row) -> rusqlite::Result<Token> {
    Ok(Token {
        id: row.get(0)?,
        user_id: row.get(1)?,
        user_email: row.get(2)?,
        name: row.get(3)?,
        created_at: stamp(row, 4)?,
        expires_at: opt_stamp(row, 5)?,
        last_used_at: opt_stamp(row, 6)?,
        revoked_at: opt_stamp(row, 7)?,
        token: None,
    })
}

impl TokenStore for SqliteTx<'_> {
    fn insert_token(&self, tenant_id: &str, t: &Token, secret_hash: &str) -> CoreResult<()> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(
                "INSERT INTO api_tokens (id, tenant_id, user_id, name, secret_hash, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            stmt.execute(params![
                t.id,
                tenant_id,
                t.user_id,
                t.name,
                secret_hash,
                time::fmt(t.created_at),
                t.expires_at.map(time::fmt)
            ])?;
            Ok(())
        })
    }

    fn find_token(&self, tenant_id: &str, id: &str) -> CoreResult<Option<Token>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(&format!("{SELECT} WHERE t.tenant_id = ?1 AND t.id = ?2"))?;
            Ok(stmt.query_row(params![tenant_id, id], token).optional()?)
        })
    }

    fn find_token_by_hash(&self, secret_hash: &str) -> CoreResult<Option<(String, Token)>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(&format!("{SELECT} WHERE t.secret_hash = ?1"))?;
            Ok(stmt.query_row([secret_hash], |row| Ok((row.get(8)?, token(row)?))).optional()?)
        })
    }

    fn list_tokens(&self, tenant_id: &str, user_id: Option<&str>) -> CoreResult<Vec<Token>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(&format!(
                "{SELECT} WHERE t.tenant_id = ?1 AND (?2 IS NULL OR t.user_id = ?2) ORDER BY t.created_at, t.id"
            ))?;
            let rows = stmt.query_map(params![tenant_id, user_id], token)?.collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
    }

    fn revoke_token(&self, id: &str, at: Timestamp) -> CoreResult<()> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached("UPDATE api_tokens SET revoked_at = ?2 WHERE id = ?1")?;
            stmt.execute(params![id, time::fmt(at)])?;
            Ok(())
        })
    }

    fn touch_token(&self, id: &str, at: Timestamp) -> CoreResult<()> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(
                "UPDATE api_tokens SET last_used_at = ?2
                 WHERE id = ?1 AND (last_used_at IS NULL OR last_used_at < ?2)",
            )?;
            stmt.execute(params![id, time::fmt(at)])?;
            Ok(())
        })
    }
}
