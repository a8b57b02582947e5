use postgres::Row;

use super::{named, opt_fmt, opt_stamp, time, PgTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::{MemberStatus, Membership, Named};
use crate::store::MemberStore;

const SELECT: &str = "SELECT m.id, m.partner_id, p.slug, m.user_id, u.email, m.role,
        m.can_invite, m.can_manage_events, m.can_view_metrics, m.can_manage_members, m.can_manage_billing,
        m.status, m.invited_by, m.invited_at, m.accepted_at, m.expires_at
    FROM partner_memberships m
    JOIN partners p ON p.id = m.partner_id
    JOIN users u ON u.id = m.user_id";

fn membership(row: &Row) -> Result<Membership> {
    Ok(Membership {
        id: row.try_get(0)?,
        partner_id: row.try_get(1)?,
        partner_slug: row.try_get(2)?,
        user_id: row.try_get(3)?,
        user_email: row.try_get(4)?,
        role: named(row, 5)?,
        can_invite: row.try_get(6)?,
        can_manage_events: row.try_get(7)?,
        can_view_metrics: row.try_get(8)?,
        can_manage_members: row.try_get(9)?,
        can_manage_billing: row.try_get(10)?,
        status: named(row, 11)?,
        invited_by: row.try_get(12)?,
        invited_at: opt_stamp(row, 13)?,
        accepted_at: opt_stamp(row, 14)?,
        expires_at: opt_stamp(row, 15)?,
        invite_code: None,
    })
}

impl MemberStore for PgTx<'_> {
    fn find_membership(&self, partner_id: &str, user_id: &str) -> CoreResult<Option<Membership>> {
        sql(|| {
            let sql = format!("{SELECT} WHERE m.partner_id = $1 AND m.user_id = $2");
            self.query_opt(&sql, &[&partner_id, &user_id])?.as_ref().map(membership).transpose()
        })
    }

    fn find_membership_by_code(&self, tenant_id: &str, code_hash: &str) -> CoreResult<Option<Membership>> {
        sql(|| {
            let sql = format!("{SELECT} WHERE m.tenant_id = $1 AND m.invite_code_hash = $2");
            self.query_opt(&sql, &[&tenant_id, &code_hash])?.as_ref().map(membership).transpose()
        })
    }

    fn save_membership(
        &self,
        tenant_id: &str,
        m: &Membership,
        code_hash: Option<&str>,
        now: time::Timestamp,
    ) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "INSERT INTO partner_memberships (id, tenant_id, partner_id, user_id, role,
                    can_invite, can_manage_events, can_view_metrics, can_manage_members, can_manage_billing,
                    status, invited_by, invited_at, accepted_at, expires_at, invite_code_hash, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)
                 ON CONFLICT (id) DO UPDATE SET role = excluded.role,
                    can_invite = excluded.can_invite, can_manage_events = excluded.can_manage_events,
                    can_view_metrics = excluded.can_view_metrics, can_manage_members = excluded.can_manage_members,
                    can_manage_billing = excluded.can_manage_billing, status = excluded.status,
                    invited_by = excluded.invited_by, invited_at = excluded.invited_at,
                    accepted_at = excluded.accepted_at, expires_at = excluded.expires_at,
                    invite_code_hash = excluded.invite_code_hash, updated_at = excluded.updated_at",
                &[
                    &m.id,
                    &tenant_id,
                    &m.partner_id,
                    &m.user_id,
                    &m.role.as_str(),
                    &m.can_invite,
                    &m.can_manage_events,
                    &m.can_view_metrics,
                    &m.can_manage_members,
                    &m.can_manage_billing,
                    &m.status.as_str(),
                    &m.invited_by,
                    &opt_fmt(m.invited_at),
                    &opt_fmt(m.accepted_at),
                    &opt_fmt(m.expires_at),
                    &code_hash,
                    &time::fmt(now),
                ],
            )?;
            Ok(())
        })
    }

    fn update_membership(&self, m: &Membership, now: time::Timestamp) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "UPDATE partner_memberships SET role = $2, can_invite = $3, can_manage_events = $4,
                    can_view_metrics = $5, can_manage_members = $6, can_manage_billing = $7, status = $8,
                    invited_by = $9, invited_at = $10, accepted_at = $11, expires_at = $12, updated_at = $13
                 WHERE id = $1",
                &[
                    &m.id,
                    &m.role.as_str(),
                    &m.can_invite,
                    &m.can_manage_events,
                    &m.can_view_metrics,
                    &m.can_manage_members,
                    &m.can_manage_billing,
                    &m.status.as_str(),
                    &m.invited_by,
                    &opt_fmt(m.invited_at),
                    &opt_fmt(m.accepted_at),
                    &opt_fmt(m.expires_at),
                    &time::fmt(now),
                ],
            )?;
            Ok(())
        })
    }

    fn delete_membership(&self, id: &str) -> CoreResult<()> {
        sql(|| {
            self.execute("DELETE FROM partner_memberships WHERE id = $1", &[&id])?;
            Ok(())
        })
    }

    fn list_memberships(&self, partner_id: &str, status: Option<MemberStatus>) -> CoreResult<Vec<Membership>> {
        sql(|| {
            let sql = format!(
                "{SELECT} WHERE m.partner_id = $1 AND ($2::text IS NULL OR m.status = $2)
                 ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 WHEN 'manager' THEN 2
                                      WHEN 'analyst' THEN 3 ELSE 4 END, u.email"
            );
            self.query(&sql, &[&partner_id, &status.map(|s| s.as_str())])?.iter().map(membership).collect()
        })
    }

    fn active_memberships_of_user(&self, user_id: &str) -> CoreResult<Vec<Membership>> {
        sql(|| {
            let sql = format!("{SELECT} WHERE m.user_id = $1 AND m.status = 'active' ORDER BY p.slug");
            self.query(&sql, &[&user_id])?.iter().map(membership).collect()
        })
    }

    fn count_active_owners(&self, partner_id: &str) -> CoreResult<i64> {
        sql(|| {
            self.count(
                "SELECT count(*) FROM partner_memberships WHERE partner_id = $1 AND role = 'owner' AND status = 'active'",
                &[&partner_id],
            )
        })
    }

    fn count_seats(&self, partner_id: &str) -> CoreResult<i64> {
        sql(|| self.count("SELECT count(*) FROM partner_memberships WHERE partner_id = $1", &[&partner_id]))
    }
}
