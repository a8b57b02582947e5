//! Counting queries behind the limits of SPEC §1.7. Each is served by an
//! index of 0001_init.sql, `invites_by_receiver` as migration 0006 remade
//! it (receiver, inviter, time; status included) for both of the receiver's.

use super::invite::principal_is;
use super::{stamp, time, PgTx};
use crate::error::{sql, CoreResult};
use crate::model::{InviterKind, Named};
use crate::store::LimitStore;

const EVENT_INVITER: &str =
    "SELECT count(*) FROM invites WHERE event_id = $1 AND inviter_kind = $2 AND inviter_id = $3";
/// A principal's invites in `[$2, $3)`, the principal ($1) named by `principal_is`.
fn principal_between(kind: InviterKind) -> String {
    format!(
        "SELECT count(*) FROM invites i WHERE {} AND created_at >= $2 AND created_at < $3",
        principal_is(kind, "$1")
    )
}
const ISSUER_BETWEEN: &str =
    "SELECT count(*) FROM invites WHERE issued_by_user_id = $1 AND created_at >= $2 AND created_at < $3";
const OPEN_FOR_RECEIVER: &str =
    "SELECT count(*) FROM invites WHERE receiver_user_id = $1 AND status IN ('pending', 'viewed')";
const PRINCIPAL_TO_RECEIVER: &str = "SELECT created_at FROM invites
    WHERE inviter_kind = $1 AND inviter_id = $2 AND receiver_user_id = $3 AND created_at > $4 ORDER BY created_at";

impl LimitStore for PgTx<'_> {
    fn count_event_inviter(&self, event_id: &str, kind: InviterKind, inviter_id: &str) -> CoreResult<i64> {
        sql(|| self.count(EVENT_INVITER, &[&event_id, &kind.as_str(), &inviter_id]))
    }

    fn count_principal_between(
        &self,
        kind: InviterKind,
        inviter_id: &str,
        from: time::Timestamp,
        to: time::Timestamp,
    ) -> CoreResult<i64> {
        sql(|| self.count(&principal_between(kind), &[&inviter_id, &time::fmt(from), &time::fmt(to)]))
    }

    fn count_issuer_between(&self, user_id: &str, from: time::Timestamp, to: time::Timestamp) -> CoreResult<i64> {
        sql(|| self.count(ISSUER_BETWEEN, &[&user_id, &time::fmt(from), &time::fmt(to)]))
    }

    fn count_open_for_receiver(&self, receiver_id: &str) -> CoreResult<i64> {
        sql(|| self.count(OPEN_FOR_RECEIVER, &[&receiver_id]))
    }

    fn principal_to_receiver_since(
        &self,
        kind: InviterKind,
        inviter_id: &str,
        receiver_id: &str,
        since: time::Timestamp,
    ) -> CoreResult<Vec<time::Timestamp>> {
        sql(|| {
            let rows =
                self.query(PRINCIPAL_TO_RECEIVER, &[&kind.as_str(), &inviter_id, &receiver_id, &time::fmt(since)])?;
            rows.iter().map(|r| stamp(r, 0)).collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing;

    /// Each count reads one index over the columns it names: on 20,000
    /// invites with statistics, and sequential and bitmap scans off, the plan
    /// shows which index serves it and that its last named column bounds the
    /// scan.
    #[test]
    fn every_limit_count_is_one_index_range() {
        let Some(mut client) = testing::index_planner() else { return };
        client
            .batch_execute(
                "INSERT INTO tenants VALUES ('t', 'acme', 'Acme', 'UTC', 'x');
                 INSERT INTO plans VALUES ('t', 'free', 'Free', 'x');
                 INSERT INTO users (id, tenant_id, email, display_name, created_at)
                     SELECT 'u' || g, 't', 'u' || g || '@b.c', 'U', 'x' FROM generate_series(1, 500) g;
                 INSERT INTO partners
                     SELECT 'p' || g, 't', 'p' || g, 'P', 'venue', 'free', 'active', 'x', 'x'
                     FROM generate_series(1, 50) g;
                 INSERT INTO events (id, tenant_id, slug, title, starts_at, ends_at, host_partner_id, created_at,
                                     updated_at)
                     SELECT 'e' || g, 't', 'e' || g, 'E', 'a', 'b', 'p1', 'x', 'x' FROM generate_series(1, 20) g;
                 -- 20 events, 400 receivers, 28 days; 100 inviting users, who
                 -- send every fifth invite for one of 50 partners.
                 INSERT INTO invites (id, tenant_id, event_id, receiver_user_id, inviter_kind, inviter_id,
                                      issued_by_user_id, status, credited_acceptance, created_at, updated_at)
                     SELECT 'i' || g, 't', 'e' || (1 + g % 20), 'u' || (101 + g % 400),
                            CASE WHEN g % 5 = 0 THEN 'partner' ELSE 'user' END,
                            CASE WHEN g % 5 = 0 THEN 'p' || (1 + g / 400 % 50) ELSE 'u' || (1 + g / 400 % 100) END,
                            'u' || (1 + g / 400 % 100),
                            CASE WHEN g % 3 = 0 THEN 'pending' ELSE 'declined' END, FALSE,
                            '2026-01-' || lpad((1 + g % 28)::text, 2, '0') || 'T00:00:00Z', 'x'
                     FROM generate_series(1, 20000) g;
                 ANALYZE",
            )
            .unwrap();
        let (from, to) = ("'2026-01-03T00:00:00Z'", "'2026-01-04T00:00:00Z'");
        let (partner, user) = (principal_between(InviterKind::Partner), principal_between(InviterKind::User));
        let cases = [
            (EVENT_INVITER, vec!["'e3'", "'user'", "'u7'"], "invites_metrics_by_inviter", "inviter_id"),
            (&partner, vec!["'p7'", from, to], "invites_by_partner_time", "created_at"),
            (&user, vec!["'u7'", from, to], "invites_by_issuer_time", "created_at"),
            (ISSUER_BETWEEN, vec!["'u7'", from, to], "invites_by_issuer_time", "created_at"),
            (OPEN_FOR_RECEIVER, vec!["'u200'"], "invites_by_receiver", "receiver_user_id"),
            (PRINCIPAL_TO_RECEIVER, vec!["'user'", "'u7'", "'u200'", from], "invites_by_receiver", "created_at"),
        ];
        for (n, (sql, values, index, bounding_column)) in cases.into_iter().enumerate() {
            let plan = testing::plan(&mut client, &format!("limit_{n}"), sql, &values);
            let scans = |how: &str| plan.contains(&format!("{how} using {index} "));
            assert!(scans("Index Only Scan") || scans("Index Scan"), "{sql}\n{plan}");
            let condition = plan.lines().find(|l| l.contains("Index Cond")).unwrap_or_default();
            assert!(condition.contains(bounding_column), "{sql}\n{plan}");
        }
    }
}
