//! The workspace home (`partner list`, SPEC §2.4): the actor's partners with
//! its role, active members, managed events and today's invites against the
//! daily partner limit.

use std::collections::HashMap;

use serde::Serialize;

use super::{limits, Actor, Ctx};
use crate::error::Result;
use crate::model::{LimitKey, LimitValue, PartnerKind, PartnerStatus, Role};
use crate::time;

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, Serialize)]
pub struct HomeRow {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub kind: PartnerKind,
    pub plan: String,
    pub status: PartnerStatus,
    /// The actor's role through an active membership; null without one.
    pub role: Option<Role>,
    /// Active memberships (invited and suspended ones hold seats but confer nothing).
    pub members: i64,
    /// Events the partner manages, as host or manager.
    pub events: i64,
    /// Invites with the partner as inviter principal created today (tenant-local day).
    pub invites_today: i64,
    /// The effective `invites_per_day_per_partner`; null = unlimited.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<i64>))]
    pub invites_today_limit: LimitValue,
    pub invites_today_remaining: Option<i64>,
}

/// With a non-landlord user: the partners where it holds an active
/// membership; for the operator and landlords: every partner. By slug.
pub fn partners(ctx: &Ctx) -> Result<Vec<HomeRow>> {
    ctx.read(|tx, scope| {
        let (user_id, only_member) = match &scope.actor {
            Actor::Operator { .. } => (None, false),
            Actor::User(u) => (Some(u.id.as_str()), !u.landlord),
        };
        let (day_start, day_end) = time::local_day_bounds(ctx.now, scope.tz)?;
        let overviews = tx.partner_overviews(&scope.tenant.id, user_id, only_member, day_start, day_end)?;
        // Few plans, many partners: look each plan's limit up once.
        let mut daily_limits: HashMap<String, LimitValue> = HashMap::new();
        let mut rows = Vec::with_capacity(overviews.len());
        for o in overviews {
            let p = o.partner;
            let limit = match daily_limits.get(&p.plan) {
                Some(limit) => *limit,
                None => {
                    let limit = limits::effective(tx, &scope.tenant.id, &p.plan, LimitKey::InvitesPerDayPerPartner)?;
                    daily_limits.insert(p.plan.clone(), limit);
                    limit
                }
            };
            rows.push(HomeRow {
                id: p.id,
                slug: p.slug,
                name: p.name,
                kind: p.kind,
                plan: p.plan,
                status: p.status,
                role: o.role,
                members: o.active_members,
                events: o.managed_events,
                invites_today: o.invites_today,
                invites_today_limit: limit,
                invites_today_remaining: limit.map(|l| (l - o.invites_today).max(0)),
            });
        }
        Ok(rows)
    })
}
