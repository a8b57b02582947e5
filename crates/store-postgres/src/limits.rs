//! Counting queries behind the limits of SPEC §1.7. Each is served by an
//! index of 0001_init.sql.

use super::{stamp, time, PgTx};
use crate::error::{sql, CoreResult};
use crate::model::{InviterKind, Named};
use crate::store::LimitStore;

impl LimitStore for PgTx<'_> {
    fn count_event_inviter(&self, event_id: &str, kind: InviterKind, inviter_id: &str) -> CoreResult<i64> {
        sql(|| {
            self.count(
                "SELECT count(*) FROM invites WHERE event_id = $1 AND inviter_kind = $2 AND inviter_id = $3",
                &[&event_id, &kind.as_str(), &inviter_id],
            )
        })
    }

    fn count_principal_between(
        &self,
        kind: InviterKind,
        inviter_id: &str,
        from: time::Timestamp,
        to: time::Timestamp,
    ) -> CoreResult<i64> {
        sql(|| {
            self.count(
                "SELECT count(*) FROM invites
                 WHERE inviter_kind = $1 AND inviter_id = $2 AND created_at >= $3 AND created_at < $4",
                &[&kind.as_str(), &inviter_id, &time::fmt(from), &time::fmt(to)],
            )
        })
    }

    fn count_issuer_between(&self, user_id: &str, from: time::Timestamp, to: time::Timestamp) -> CoreResult<i64> {
        sql(|| {
            self.count(
                "SELECT count(*) FROM invites WHERE issued_by_user_id = $1 AND created_at >= $2 AND created_at < $3",
                &[&user_id, &time::fmt(from), &time::fmt(to)],
            )
        })
    }

    fn count_open_for_receiver(&self, receiver_id: &str) -> CoreResult<i64> {
        sql(|| {
            self.count(
                "SELECT count(*) FROM invites WHERE receiver_user_id = $1 AND status IN ('pending', 'viewed')",
                &[&receiver_id],
            )
        })
    }

    fn principal_to_receiver_since(
        &self,
        kind: InviterKind,
        inviter_id: &str,
        receiver_id: &str,
        since: time::Timestamp,
    ) -> CoreResult<Vec<time::Timestamp>> {
        sql(|| {
            let rows = self.query(
                "SELECT created_at FROM invites
                 WHERE inviter_kind = $1 AND inviter_id = $2 AND receiver_user_id = $3 AND created_at > $4
                 ORDER BY created_at",
                &[&kind.as_str(), &inviter_id, &receiver_id, &time::fmt(since)],
            )?;
            rows.iter().map(|r| stamp(r, 0)).collect()
        })
    }
}
