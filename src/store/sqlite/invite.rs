use rusqlite::{params, OptionalExtension, Row};

use super::{flag, named, SqliteTx};
use crate::error::Result;
use crate::model::Invite;
use crate::store::InviteStore;

/// The invite record of SPEC §2.3 with its joined names. Every query that
/// returns invite records selects these columns and maps them with `invite`.
pub(super) const SELECT: &str = "SELECT i.id, i.event_id, e.slug, i.receiver_user_id, r.email,
        i.inviter_kind, i.inviter_id,
        CASE i.inviter_kind WHEN 'user' THEN iu.display_name ELSE ip.name END,
        i.issued_by_user_id, s.email, i.status, i.credited_acceptance, i.attendance, i.channel,
        i.created_at, i.viewed_at, i.responded_at
    FROM invites i
    JOIN events e ON e.id = i.event_id
    JOIN users r ON r.id = i.receiver_user_id
    JOIN users s ON s.id = i.issued_by_user_id
    LEFT JOIN users iu ON i.inviter_kind = 'user' AND iu.id = i.inviter_id
    LEFT JOIN partners ip ON i.inviter_kind = 'partner' AND ip.id = i.inviter_id";

pub(super) fn invite(row: &Row) -> rusqlite::Result<Invite> {
    Ok(Invite {
        id: row.get(0)?,
        event_id: row.get(1)?,
        event_slug: row.get(2)?,
        receiver_id: row.get(3)?,
        receiver_email: row.get(4)?,
        inviter_kind: named(row, 5)?,
        inviter_id: row.get(6)?,
        inviter_name: row.get::<_, Option<String>>(7)?.unwrap_or_default(),
        issued_by_user_id: row.get(8)?,
        issued_by_email: row.get(9)?,
        status: named(row, 10)?,
        credited_acceptance: flag(row, 11)?,
        attendance: named(row, 12)?,
        channel: named(row, 13)?,
        created_at: row.get(14)?,
        viewed_at: row.get(15)?,
        responded_at: row.get(16)?,
    })
}

impl InviteStore for SqliteTx<'_> {
    fn find_invite(&self, tenant_id: &str, id: &str) -> Result<Option<Invite>> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT} WHERE i.tenant_id = ?1 AND i.id = ?2"))?;
        Ok(stmt.query_row(params![tenant_id, id], invite).optional()?)
    }
}
