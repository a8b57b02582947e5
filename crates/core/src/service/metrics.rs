//! Invite metrics for managing partners (SPEC §2.5): the funnel of one event
//! per inviter principal or issuing user, its drill-down, one row per event a
//! partner manages, the tenant's events ranked by invites, and the
//! leaderboard. Read-only; visible to the operator, landlords and active
//! members of a managing partner with `can_view_metrics`.

use serde::{Serialize, Serializer};

use super::{access, event, partner, principal, user, Ctx, Scope};
use crate::error::{Error, Result};
use crate::model::{Event, Flag, GroupBy, Invite, InviteStatus, InviterKind, Named, Partner, SortKey};
use crate::store::{Counts, DrillQuery, Group, InviteSet, Tx, Window};
use crate::time::{self, Timestamp};

/// accepted / sent rounded to 4 decimals, 0 when nothing was sent. Whole
/// values print as integers (`0`, `1`), others as decimals (`0.3333`).
#[derive(Debug, Clone, Copy, Default, PartialEq, PartialOrd)]
pub struct Rate(pub f64);

impl Rate {
    fn of(c: &Counts) -> Rate {
        if c.sent == 0 {
            return Rate(0.0);
        }
        Rate((c.accepted as f64 / c.sent as f64 * 10_000.0).round() / 10_000.0)
    }
}

/// A number: an integer when whole.
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Rate {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new().schema_type(utoipa::openapi::schema::Type::Number).into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Rate {}

impl Serialize for Rate {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

/// The counters with their acceptance rate: the columns every metrics row ends with.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Funnel {
    #[serde(flatten)]
    pub counts: Counts,
    pub acceptance_rate: Rate,
}

impl From<Counts> for Funnel {
    fn from(counts: Counts) -> Funnel {
        Funnel { counts, acceptance_rate: Rate::of(&counts) }
    }
}

impl Funnel {
    fn total<'a>(funnels: impl Iterator<Item = &'a Funnel>) -> Funnel {
        let mut sum = Counts::default();
        for f in funnels {
            sum += f.counts;
        }
        Funnel::from(sum)
    }

    /// The column `key` as a number.
    fn get(&self, key: SortKey) -> f64 {
        let c = &self.counts;
        let n = match key {
            SortKey::Sent => c.sent,
            SortKey::Viewed => c.viewed,
            SortKey::Accepted => c.accepted,
            SortKey::Declined => c.declined,
            SortKey::ClosedDuplicate => c.closed_duplicate,
            SortKey::Open => c.open,
            SortKey::Expired => c.expired,
            SortKey::Attended => c.attended,
            SortKey::AcceptanceRate => return self.acceptance_rate.0,
        };
        n as f64
    }
}

/// One row of `metrics event` / `leaderboard`: who, then the funnel.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum GroupRow {
    Inviter {
        inviter_kind: InviterKind,
        inviter_id: String,
        inviter_name: String,
        #[serde(flatten)]
        funnel: Funnel,
    },
    Issuer {
        issuer_id: String,
        issuer_email: String,
        issuer_name: String,
        #[serde(flatten)]
        funnel: Funnel,
    },
}

impl GroupRow {
    fn new(group: Group, counts: Counts) -> GroupRow {
        let funnel = Funnel::from(counts);
        match group {
            Group::Inviter { kind, id, name } => {
                GroupRow::Inviter { inviter_kind: kind, inviter_id: id, inviter_name: name, funnel }
            }
            Group::Issuer { id, email, name } => {
                GroupRow::Issuer { issuer_id: id, issuer_email: email, issuer_name: name, funnel }
            }
        }
    }

    /// A row without counts grouped `by`: the shape (columns) of an empty result.
    pub fn empty(by: GroupBy) -> GroupRow {
        let (id, name, funnel) = (String::new(), String::new(), Funnel::default());
        match by {
            GroupBy::Inviter => {
                GroupRow::Inviter { inviter_kind: InviterKind::default(), inviter_id: id, inviter_name: name, funnel }
            }
            GroupBy::Issuer => {
                GroupRow::Issuer { issuer_id: id, issuer_email: String::new(), issuer_name: name, funnel }
            }
        }
    }

    /// The inviter or issuer id (what `-q` prints).
    pub fn id(&self) -> &str {
        match self {
            GroupRow::Inviter { inviter_id, .. } => inviter_id,
            GroupRow::Issuer { issuer_id, .. } => issuer_id,
        }
    }

    pub fn funnel(&self) -> &Funnel {
        match self {
            GroupRow::Inviter { funnel, .. } | GroupRow::Issuer { funnel, .. } => funnel,
        }
    }

    /// Tiebreak after the counters: id, then (for a user and a partner
    /// sharing an id) the inviter kind.
    fn identity(&self) -> (&str, Option<InviterKind>) {
        match self {
            GroupRow::Inviter { inviter_kind, inviter_id, .. } => (inviter_id, Some(*inviter_kind)),
            GroupRow::Issuer { issuer_id, .. } => (issuer_id, None),
        }
    }
}

/// SPEC §2.5 order: `sort` desc (if given), accepted desc, sent desc, id asc.
/// The rows are large (three strings and the funnel) and scattered, so
/// their keys are made once, with the first 16 bytes of the id (many rows
/// tie on their counts), their indices sorted, and each row then moves
/// once (sorting 9,918 rows themselves took 2.6 ms, sorting keys 1.1 ms;
/// BENCHMARKS.md, "What was tried", 12 and 40). The keys are unsigned
/// integers that ascend in the wanted order, so a comparison is three
/// integer compares. Ids are unique within a grouping, so an unstable sort
/// gives the one order there is.
fn order_rows(rows: &mut [GroupRow], sort: Option<SortKey>) {
    let keys: Vec<(u64, u128, u128)> = rows
        .iter()
        .map(|row| {
            let funnel = row.funnel();
            let mut prefix = [0u8; 16];
            let id = row.identity().0.as_bytes();
            let len = id.len().min(16);
            prefix[..len].copy_from_slice(&id[..len]);
            let counts = u128::from(descending_int(funnel.counts.accepted)) << 64
                | u128::from(descending_int(funnel.counts.sent));
            (sort.map_or(0, |k| descending_float(funnel.get(k))), counts, u128::from_be_bytes(prefix))
        })
        .collect();
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_unstable_by(|&a, &b| keys[a].cmp(&keys[b]).then_with(|| rows[a].identity().cmp(&rows[b].identity())));
    permute(rows, &mut order);
}

/// An integer that ascends as `n` descends.
fn descending_int(n: i64) -> u64 {
    !((n as u64) ^ (1 << 63))
}

/// An integer that ascends as `x` descends in `f64::total_cmp`'s order.
fn descending_float(x: f64) -> u64 {
    let bits = x.to_bits();
    // Negatives reversed, non-negatives above them: ascending as integers.
    let ascending = if bits >> 63 == 1 { !bits } else { bits | 1 << 63 };
    !ascending
}

/// Puts `rows[order[i]]` at `i` for every `i`, in place (fresh memory is a
/// page fault per 4 KiB touched): each cycle of the permutation is walked
/// once, and `order` is left as the identity.
fn permute<T>(rows: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != start {
            let from = std::mem::replace(&mut order[at], at);
            rows.swap(at, from);
            at = from;
        }
        order[at] = at;
    }
}

/// `metrics event`: the JSON object of SPEC §2.5 as it is printed.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct EventMetrics {
    pub event: Event,
    pub group_by: GroupBy,
    pub rows: Vec<GroupRow>,
    pub totals: Funnel,
}

pub struct EventQuery {
    pub event: String,
    pub by: GroupBy,
    pub since: Option<String>,
    pub until: Option<String>,
    pub sort: Option<String>,
}

pub fn event(ctx: &Ctx, q: EventQuery) -> Result<EventMetrics> {
    let sort = q.sort.as_deref().map(<SortKey as Named>::parse).transpose()?;
    ctx.read(|tx, scope| {
        let event = event::find(tx, scope, &q.event)?;
        access::event_flag(tx, scope, &event, Flag::CanViewMetrics)?.require()?;
        let window = window(scope, ctx.now, q.since.as_deref(), q.until.as_deref())?;
        // Pushed as they are read: a Vec of the store's groups in between
        // cost 1.4 MB of fresh pages for the 9,918 groups of a large event.
        let mut rows = Vec::new();
        tx.group_counts(InviteSet::Event(&event.id), q.by, &window, None, &mut |group, counts| {
            rows.push(GroupRow::new(group, counts))
        })?;
        order_rows(&mut rows, sort);
        let totals = Funnel::total(rows.iter().map(GroupRow::funnel));
        Ok(EventMetrics { event, group_by: q.by, rows, totals })
    })
}

pub struct DrillInput {
    pub event: String,
    /// `user:USER` or `partner:PARTNER`.
    pub inviter: Option<String>,
    pub issuer: Option<String>,
    pub status: Option<InviteStatus>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub limit: Option<u64>,
    /// The last invite id of the previous page.
    pub after: Option<String>,
}

/// `metrics event --drill`: hands the event's invites to `each` in
/// `created_at, id` order as they are read (memory stays flat).
/// Streams one page of the event's invites to `each`; with `--limit`, the
/// `--after` cursor of the next page when more rows exist (one row more is
/// read to tell).
pub fn drill(ctx: &Ctx, input: DrillInput, each: &mut dyn FnMut(&Invite) -> Result<()>) -> Result<Option<String>> {
    if input.limit == Some(0) {
        return Err(Error::invalid_input("--limit must be at least 1"));
    }
    ctx.read(|tx, scope| {
        let event = event::find(tx, scope, &input.event)?;
        access::event_flag(tx, scope, &event, Flag::CanViewMetrics)?.require()?;
        let inviter = input.inviter.as_deref().map(|p| principal::filter(tx, scope, p)).transpose()?;
        let issuer = input.issuer.as_deref().map(|u| user::filter(tx, scope, u)).transpose()?;
        let after = match input.after.as_deref() {
            None => None,
            Some(id) => match tx.find_invite(&scope.tenant.id, id)? {
                Some(i) if i.event_id == event.id => Some((i.created_at, i.id)),
                _ => {
                    return Err(
                        Error::not_found("invite", id).hint(format!("--after names an invite of event {}", event.slug))
                    )
                }
            },
        };
        let window = window(scope, ctx.now, input.since.as_deref(), input.until.as_deref())?;
        // A filter that names nobody (`user::filter`) matches no invite.
        let (Some(inviter), Some(issuer_id)) =
            (inviter.map_or(Some(None), |f| f.map(Some)), issuer.map_or(Some(None), |f| f.map(Some)))
        else {
            return Ok(None);
        };
        let query = DrillQuery {
            event_id: event.id,
            inviter,
            issuer_id,
            status: input.status,
            window,
            after,
            limit: input.limit.map(|n| n.saturating_add(1)),
        };
        let (mut sent, mut more) = (0u64, false);
        // The cursor is only wanted with a limit: no copy of each id without.
        let mut last = String::new();
        tx.drill(&query, &mut |invite| {
            if input.limit.is_some_and(|n| sent == n) {
                more = true;
                return Ok(());
            }
            sent += 1;
            if input.limit.is_some() {
                last.clone_from(&invite.id);
            }
            each(invite)
        })?;
        Ok(more.then_some(last))
    })
}

/// One row of `metrics partner`: a managed event and the funnel of all its invites.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, Serialize)]
pub struct EventRow {
    pub event_id: String,
    pub event_slug: String,
    pub title: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    #[serde(with = "time::serde_rfc3339")]
    pub starts_at: Timestamp,
    #[serde(flatten)]
    pub funnel: Funnel,
}

pub struct PartnerMetrics {
    pub rows: Vec<EventRow>,
    pub totals: Funnel,
}

pub fn partner(ctx: &Ctx, partner_ref: &str, since: Option<&str>, until: Option<&str>) -> Result<PartnerMetrics> {
    ctx.read(|tx, scope| {
        let partner = find_metrics_partner(tx, scope, partner_ref)?;
        let window = window(scope, ctx.now, since, until)?;
        let rows: Vec<EventRow> = tx
            .managed_event_counts(&partner.id, &window)?
            .into_iter()
            .map(|e| EventRow {
                event_id: e.event_id,
                event_slug: e.event_slug,
                title: e.title,
                starts_at: e.starts_at,
                funnel: Funnel::from(e.counts),
            })
            .collect();
        let totals = Funnel::total(rows.iter().map(|r| &r.funnel));
        Ok(PartnerMetrics { rows, totals })
    })
}

/// One row of `metrics events`: an event the actor may see metrics of, its
/// host, and the funnel of all its invites.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RankedEventRow {
    pub event_id: String,
    pub event_slug: String,
    pub title: String,
    #[serde(with = "time::serde_rfc3339")]
    pub starts_at: Timestamp,
    pub host_partner_slug: String,
    #[serde(flatten)]
    pub funnel: Funnel,
}

pub struct EventsQuery {
    pub since: Option<String>,
    pub until: Option<String>,
    pub sort: Option<String>,
    pub limit: Option<u64>,
}

/// `metrics events`: every event of the tenant whose metrics the actor may
/// see (all for the operator and landlords; else those managed by a partner
/// where it holds `can_view_metrics`), busiest first: `sent` desc, then
/// event id; `sort` puts that counter first (descending), the default order
/// breaking ties. A user who may see no event's metrics gets no rows.
pub fn events(ctx: &Ctx, q: EventsQuery) -> Result<Vec<RankedEventRow>> {
    let sort = q.sort.as_deref().map(<SortKey as Named>::parse).transpose()?;
    if q.limit == Some(0) {
        return Err(Error::invalid_input("--limit must be at least 1"));
    }
    ctx.read(|tx, scope| {
        // The operator and landlords see every event: no viewer to filter by.
        let viewer = scope.actor.user().filter(|_| !scope.actor.is_privileged()).map(|u| u.id.as_str());
        let window = window(scope, ctx.now, q.since.as_deref(), q.until.as_deref())?;
        let mut rows: Vec<RankedEventRow> = tx
            .event_counts(&scope.tenant.id, viewer, &window)?
            .into_iter()
            .map(|e| RankedEventRow {
                event_id: e.event_id,
                event_slug: e.event_slug,
                title: e.title,
                starts_at: e.starts_at,
                host_partner_slug: e.host_partner_slug,
                funnel: Funnel::from(e.counts),
            })
            .collect();
        if let Some(key) = sort {
            // Stable: ties keep the store's order (sent desc, event id).
            rows.sort_by(|a, b| b.funnel.get(key).total_cmp(&a.funnel.get(key)));
        }
        rows.truncate(q.limit.map_or(usize::MAX, |n| usize::try_from(n).unwrap_or(usize::MAX)));
        Ok(rows)
    })
}

/// One row of `metrics leaderboard`: the 1-based position, then the group row.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct LeaderRow {
    pub rank: usize,
    #[serde(flatten)]
    pub row: GroupRow,
}

pub struct LeaderboardQuery {
    pub partner: String,
    pub event: Option<String>,
    pub by: GroupBy,
    pub top: u32,
    pub since: Option<String>,
    pub until: Option<String>,
}

/// The top inviters (or issuers) by credited acceptances across the
/// partner's managed events, or one of them. Ranks are positions 1..N in
/// the `metrics event` order, so ties get distinct ranks.
pub fn leaderboard(ctx: &Ctx, q: LeaderboardQuery) -> Result<Vec<LeaderRow>> {
    if q.top == 0 {
        return Err(Error::invalid_input("--top must be at least 1"));
    }
    ctx.read(|tx, scope| {
        let partner = find_metrics_partner(tx, scope, &q.partner)?;
        let event = q.event.as_deref().map(|e| event::find(tx, scope, e)).transpose()?;
        if let Some(event) = &event {
            if !event.managing_partner_ids().any(|id| id == partner.id) {
                return Err(Error::invalid_input(format!(
                    "event {} is not managed by partner {}; a leaderboard covers the partner's own events",
                    event.slug, partner.slug
                )));
            }
        }
        let window = window(scope, ctx.now, q.since.as_deref(), q.until.as_deref())?;
        let set = match &event {
            Some(e) => InviteSet::Event(&e.id),
            None => InviteSet::ManagedBy(&partner.id),
        };
        let mut rows = Vec::new();
        tx.group_counts(set, q.by, &window, Some(q.top), &mut |group, counts| rows.push(GroupRow::new(group, counts)))?;
        order_rows(&mut rows, None);
        Ok(rows.into_iter().take(q.top as usize).enumerate().map(|(i, row)| LeaderRow { rank: i + 1, row }).collect())
    })
}

/// The partner of `metrics partner` / `leaderboard`, once the actor may see its metrics.
fn find_metrics_partner(tx: &dyn Tx, scope: &Scope, reference: &str) -> Result<Partner> {
    let partner = partner::find(tx, scope, reference)?;
    access::partner_flag(tx, scope, &partner, Flag::CanViewMetrics)?.require()?;
    Ok(partner)
}

/// `--since` / `--until` (any TIME of SPEC §2.1) as a window.
fn window(scope: &Scope, now: Timestamp, since: Option<&str>, until: Option<&str>) -> Result<Window> {
    let parse = |s: Option<&str>| s.map(|s| time::parse_time(s, scope.tz, now)).transpose();
    let (since, until) = (parse(since)?, parse(until)?);
    if let (Some(s), Some(u)) = (since, until) {
        if s >= u {
            return Err(Error::invalid_input(format!(
                "--since {} is not before --until {}",
                time::fmt(s),
                time::fmt(u)
            )));
        }
    }
    Ok(Window { since, until })
}

#[cfg(test)]
mod tests {
    use super::{descending_float, descending_int, permute};

    #[test]
    fn descending_keys_ascend_as_their_values_descend() {
        let ints = [i64::MIN, -7, -1, 0, 1, 2, 1 << 32, i64::MAX];
        for a in ints {
            for b in ints {
                assert_eq!(descending_int(a).cmp(&descending_int(b)), b.cmp(&a), "{a} vs {b}");
            }
        }
        let floats = [f64::NEG_INFINITY, -2.5, -0.0, 0.0, 0.3333, 0.5, 1.0, 7.0, f64::INFINITY, f64::NAN];
        for a in floats {
            for b in floats {
                assert_eq!(descending_float(a).cmp(&descending_float(b)), b.total_cmp(&a), "{a} vs {b}");
            }
        }
    }

    #[test]
    fn permute_puts_each_row_where_the_order_says() {
        for order in [vec![], vec![0], vec![1, 0], vec![2, 0, 1], vec![3, 4, 0, 1, 2, 5], vec![5, 4, 3, 2, 1, 0]] {
            let mut rows: Vec<usize> = (0..order.len()).map(|i| i * 10).collect();
            let expected: Vec<usize> = order.iter().map(|&i| i * 10).collect();
            let mut scratch = order.clone();
            permute(&mut rows, &mut scratch);
            assert_eq!(rows, expected, "order {order:?}");
        }
    }
}
