//! The universe: small, so that operations collide: users, partners, events,
//! limits, the clock around a DST switch, and the ids of the model.

use super::*;

pub type Ts = DateTime<Utc>;

pub const TZ: Tz = chrono_tz::Europe::Berlin;
pub const OPERATOR: &str = "model-test";
/// 22:30 in Berlin on the evening before the switch to summer time: early
/// clock steps cross a local midnight an hour before UTC's, and the next
/// local day has 23 hours.
pub const START: &str = "2027-03-27T21:30:00Z";
/// When the fixture (tenant, users, partners, events) is created.
pub const SETUP: &str = "2027-03-27T19:00:00Z";

pub struct UserSpec {
    pub email: &'static str,
    pub landlord: bool,
}

pub const USERS: [UserSpec; 5] = [
    UserSpec { email: "lena@example.com", landlord: true },
    UserSpec { email: "alice@example.com", landlord: false },
    UserSpec { email: "bob@example.com", landlord: false },
    UserSpec { email: "carol@example.com", landlord: false },
    UserSpec { email: "dave@example.com", landlord: false },
];

/// Each partner is on its own plan, so plan overrides apply to one partner.
pub struct PartnerSpec {
    pub slug: &'static str,
    pub plan: &'static str,
    pub owner: usize,
}

pub const PARTNERS: [PartnerSpec; 2] = [
    PartnerSpec { slug: "blue-note", plan: "tiny_free", owner: 1 },
    PartnerSpec { slug: "red-door", plan: "standard", owner: 2 },
];

pub struct EventSpec {
    pub slug: &'static str,
    pub host: usize,
    pub manager: Option<usize>,
    pub ends_after_start: i64,
}

pub const HOUR: i64 = 60;
pub const DAY: i64 = 24 * HOUR;

pub const EVENTS: [EventSpec; 4] = [
    EventSpec { slug: "gig-tonight", host: 0, manager: None, ends_after_start: 5 * HOUR },
    EventSpec { slug: "fest-weekend", host: 1, manager: Some(0), ends_after_start: 3 * DAY },
    EventSpec { slug: "tour-spring", host: 1, manager: None, ends_after_start: 45 * DAY },
    EventSpec { slug: "season-pass", host: 0, manager: Some(1), ends_after_start: 120 * DAY },
];

/// SPEC §1.7's tenant defaults.
pub const SPEC_DEFAULTS: [(LimitKey, Option<i64>); 6] = [
    (LimitKey::InvitesPerEventPerInviter, Some(300)),
    (LimitKey::InvitesPerDayPerPartner, Some(500)),
    (LimitKey::InvitesPerDayPerUser, Some(100)),
    (LimitKey::PendingInvitesPerReceiver, Some(20)),
    (LimitKey::InvitesToSameReceiverPer30d, Some(10)),
    (LimitKey::MembersPerPartner, None),
];

/// SPEC §1.7's built-in overrides of the partners' plans, by partner.
pub const BUILTIN_OVERRIDES: [(usize, LimitKey, Option<i64>); 4] = [
    (0, LimitKey::InvitesPerDayPerPartner, Some(100)),
    (0, LimitKey::MembersPerPartner, Some(3)),
    (1, LimitKey::InvitesPerDayPerPartner, Some(500)),
    (1, LimitKey::MembersPerPartner, Some(20)),
];

/// Small tenant defaults set at setup.
pub const TENANT_LIMITS: [(LimitKey, Option<i64>); 4] = [
    (LimitKey::InvitesPerEventPerInviter, Some(2)),
    (LimitKey::InvitesPerDayPerUser, Some(3)),
    (LimitKey::PendingInvitesPerReceiver, Some(3)),
    (LimitKey::InvitesToSameReceiverPer30d, Some(2)),
];

/// Plan overrides set at setup, by partner; some differ from the tenant
/// defaults so partner and user invites see different limits.
pub const PLAN_LIMITS: [(usize, LimitKey, Option<i64>); 7] = [
    (0, LimitKey::InvitesPerEventPerInviter, Some(3)),
    (0, LimitKey::InvitesPerDayPerPartner, Some(2)),
    (0, LimitKey::InvitesToSameReceiverPer30d, Some(3)),
    (1, LimitKey::InvitesPerDayPerPartner, Some(2)),
    (1, LimitKey::MembersPerPartner, Some(3)),
    (1, LimitKey::PendingInvitesPerReceiver, Some(2)),
    (1, LimitKey::InvitesPerEventPerInviter, Some(2)),
];

pub fn start() -> Ts {
    parse(START)
}

pub fn parse(s: &str) -> Ts {
    DateTime::parse_from_rfc3339(s).expect("fixture time").with_timezone(&Utc)
}

pub fn stamp(t: Ts) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub fn ends_at(e: E) -> Ts {
    start() + Span::minutes(EVENTS[e.0].ends_after_start)
}

pub fn local_date(t: Ts) -> NaiveDate {
    t.with_timezone(&TZ).date_naive()
}

pub fn local_midnight(date: NaiveDate) -> Ts {
    let naive = date.and_hms_opt(0, 0, 0).expect("midnight");
    TZ.from_local_datetime(&naive).earliest().expect("Berlin midnights exist").with_timezone(&Utc)
}

pub fn next_local_midnight(t: Ts) -> Ts {
    local_midnight(local_date(t).succ_opt().expect("a next day"))
}

pub fn limit_text(value: Option<i64>) -> String {
    value.map_or_else(|| "unlimited".into(), |v| v.to_string())
}
