//! Model-based property test of the service layer (SPEC §1.4, §1.6, §1.7).
//!
//! Random sequences of membership and invite operations, limit changes and
//! clock steps run against the real SQLite store (a file in a temp dir),
//! calling the public service functions with a per-step `Ctx` (clock and
//! acting user). Beside it, `Model` keeps the rules as plain data. The
//! universe is small (five users, two partners on their own plans, four
//! events, tiny limits, Europe/Berlin around a DST switch) so that operations
//! collide, and clock steps also land exactly on boundaries (local midnight,
//! event end, 30-day window, invitation expiry). After every step:
//! - the outcome matches the model: a change with exactly one audit row of
//!   the expected action and actor, an idempotent no-op without one, or the
//!   exact error code (and `limit_key` for quotas) without any;
//! - the stored memberships, invites and partner statuses equal the model's;
//! - the invariants hold on the file (read through a second, read-only
//!   connection): one credited acceptance per (event, receiver), credited ⇔
//!   accepted, no open invite beside a credited one, an active owner per
//!   partner, and the per-event, per-inviter counters equal the model's;
//! - after every invite change and at the end of each sequence,
//!   `metrics event --by inviter` and `--by issuer` (the real metrics
//!   service, as the operator) report the model's counters for every row,
//!   the totals and the acceptance rates of every event;
//! - after a successful send, every limit count of that send (computed with
//!   SQL here) equals the model's and stays within the limit in force.
//!
//! `db check` must pass at the end of each sequence. Runs are deterministic
//! (fixed seed) unless `PROPTEST_RNG_SEED` is set; `PROPTEST_CASES` is
//! honoured. The default run must also reach every rule outcome
//! (`MUST_REACH`), so the generator cannot drift into testing nothing.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::time::Duration;

use chrono::{DateTime, Duration as Span, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;
use proptest::test_runner::{FileFailurePersistence, RngSeed, TestCaseError, TestError, TestRunner};
use rusqlite::{params, Connection, OpenFlags};

use partnerctl::error::Error;
use partnerctl::model::{Attendance, Channel, Flag, GroupBy, InviteStatus, LimitKey, MemberStatus, Named, Role};
use partnerctl::service::metrics::{self, EventQuery, Funnel, GroupRow};
use partnerctl::service::{self, event, invite, member, partner, plan, tenant, user, Acting, Ctx};
use partnerctl_store_sqlite::SqliteStore;

type Ts = DateTime<Utc>;

// ---------------------------------------------------------------------------
// The universe: small, so that operations collide.

const TZ: Tz = chrono_tz::Europe::Berlin;
const OPERATOR: &str = "model-test";
/// 22:30 in Berlin on the evening before the switch to summer time: early
/// clock steps cross a local midnight an hour before UTC's, and the next
/// local day has 23 hours.
const START: &str = "2027-03-27T21:30:00Z";
/// When the fixture (tenant, users, partners, events) is created.
const SETUP: &str = "2027-03-27T19:00:00Z";

struct UserSpec {
    email: &'static str,
    landlord: bool,
}

const USERS: [UserSpec; 5] = [
    UserSpec { email: "lena@example.com", landlord: true },
    UserSpec { email: "alice@example.com", landlord: false },
    UserSpec { email: "bob@example.com", landlord: false },
    UserSpec { email: "carol@example.com", landlord: false },
    UserSpec { email: "dave@example.com", landlord: false },
];

/// Each partner is on its own plan, so plan overrides apply to one partner.
struct PartnerSpec {
    slug: &'static str,
    plan: &'static str,
    owner: usize,
}

const PARTNERS: [PartnerSpec; 2] = [
    PartnerSpec { slug: "blue-note", plan: "tiny_free", owner: 1 },
    PartnerSpec { slug: "red-door", plan: "standard", owner: 2 },
];

struct EventSpec {
    slug: &'static str,
    host: usize,
    manager: Option<usize>,
    ends_after_start: i64,
}

const HOUR: i64 = 60;
const DAY: i64 = 24 * HOUR;

const EVENTS: [EventSpec; 4] = [
    EventSpec { slug: "gig-tonight", host: 0, manager: None, ends_after_start: 5 * HOUR },
    EventSpec { slug: "fest-weekend", host: 1, manager: Some(0), ends_after_start: 3 * DAY },
    EventSpec { slug: "tour-spring", host: 1, manager: None, ends_after_start: 45 * DAY },
    EventSpec { slug: "season-pass", host: 0, manager: Some(1), ends_after_start: 120 * DAY },
];

/// SPEC §1.7's tenant defaults.
const SPEC_DEFAULTS: [(LimitKey, Option<i64>); 6] = [
    (LimitKey::InvitesPerEventPerInviter, Some(300)),
    (LimitKey::InvitesPerDayPerPartner, Some(500)),
    (LimitKey::InvitesPerDayPerUser, Some(100)),
    (LimitKey::PendingInvitesPerReceiver, Some(20)),
    (LimitKey::InvitesToSameReceiverPer30d, Some(10)),
    (LimitKey::MembersPerPartner, None),
];

/// SPEC §1.7's built-in overrides of the partners' plans, by partner.
const BUILTIN_OVERRIDES: [(usize, LimitKey, Option<i64>); 4] = [
    (0, LimitKey::InvitesPerDayPerPartner, Some(100)),
    (0, LimitKey::MembersPerPartner, Some(3)),
    (1, LimitKey::InvitesPerDayPerPartner, Some(500)),
    (1, LimitKey::MembersPerPartner, Some(20)),
];

/// Small tenant defaults set at setup.
const TENANT_LIMITS: [(LimitKey, Option<i64>); 4] = [
    (LimitKey::InvitesPerEventPerInviter, Some(2)),
    (LimitKey::InvitesPerDayPerUser, Some(3)),
    (LimitKey::PendingInvitesPerReceiver, Some(3)),
    (LimitKey::InvitesToSameReceiverPer30d, Some(2)),
];

/// Plan overrides set at setup, by partner; some differ from the tenant
/// defaults so partner and user invites see different limits.
const PLAN_LIMITS: [(usize, LimitKey, Option<i64>); 7] = [
    (0, LimitKey::InvitesPerEventPerInviter, Some(3)),
    (0, LimitKey::InvitesPerDayPerPartner, Some(2)),
    (0, LimitKey::InvitesToSameReceiverPer30d, Some(3)),
    (1, LimitKey::InvitesPerDayPerPartner, Some(2)),
    (1, LimitKey::MembersPerPartner, Some(3)),
    (1, LimitKey::PendingInvitesPerReceiver, Some(2)),
    (1, LimitKey::InvitesPerEventPerInviter, Some(2)),
];

fn start() -> Ts {
    parse(START)
}

fn parse(s: &str) -> Ts {
    DateTime::parse_from_rfc3339(s).expect("fixture time").with_timezone(&Utc)
}

fn stamp(t: Ts) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn ends_at(e: E) -> Ts {
    start() + Span::minutes(EVENTS[e.0].ends_after_start)
}

fn local_date(t: Ts) -> NaiveDate {
    t.with_timezone(&TZ).date_naive()
}

fn local_midnight(date: NaiveDate) -> Ts {
    let naive = date.and_hms_opt(0, 0, 0).expect("midnight");
    TZ.from_local_datetime(&naive).earliest().expect("Berlin midnights exist").with_timezone(&Utc)
}

fn next_local_midnight(t: Ts) -> Ts {
    local_midnight(local_date(t).succ_opt().expect("a next day"))
}

fn limit_text(value: Option<i64>) -> String {
    value.map_or_else(|| "unlimited".into(), |v| v.to_string())
}

// ---------------------------------------------------------------------------
// Operations.

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct U(usize);
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct P(usize);
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct E(usize);

impl fmt::Debug for U {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(USERS[self.0].email.split('@').next().unwrap_or_default())
    }
}

impl fmt::Debug for P {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(PARTNERS[self.0].slug)
    }
}

impl fmt::Debug for E {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EVENTS[self.0].slug)
    }
}

/// Who runs a step: the operator, a user, the step's natural subject (the
/// invited user, the receiver, the member itself), or one of the active
/// members of the partners involved (modulo their count; any user if none).
#[derive(Clone, Copy, Debug)]
enum Who {
    Operator,
    User(U),
    Subject,
    Member(usize),
}

/// The membership a step names: one of the current ones (in (partner, user)
/// order, modulo their count), one of those in a status (else as
/// `Existing`), or any pair.
#[derive(Clone, Copy, Debug)]
enum Target {
    Existing(usize),
    InStatus(MemberStatus, usize),
    Pair(P, U),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Actor {
    Operator,
    User(U),
}

/// A step's references, resolved against the model's state before it runs.
#[derive(Clone, Copy, Debug)]
struct Resolved {
    actor: Actor,
    membership: Option<(P, U)>,
    /// Index into the model's invites.
    invite: Option<usize>,
    sending: Option<Sending>,
}

/// What a send step sends.
#[derive(Clone, Copy, Debug)]
struct Sending {
    event: E,
    receiver: U,
    on_behalf_of: Option<P>,
}

/// The receiver of a send: the n-th user other than the issuer (modulo), or
/// exactly this user (possibly the issuer itself).
#[derive(Clone, Copy, Debug)]
enum Receiver {
    Other(usize),
    Exactly(U),
}

#[derive(Clone, Copy, Debug)]
enum LimitOn {
    Tenant,
    PlanOf(P),
}

#[derive(Clone, Copy, Debug)]
enum Clock {
    Minutes(i64),
    Hours(i64),
    Days(i64),
    /// To the next tenant-local midnight, shifted by a few minutes.
    LocalMidnight(i64),
    /// To the event's end, shifted by a minute either way.
    EventEnd(E, i64),
    /// To when an invite (as `InviteView::invite`) leaves the rolling 30-day
    /// window, shifted by a minute either way.
    InviteWindowEnd(usize, i64),
    /// To when a membership invitation (as `Target::InStatus(Invited, n)`)
    /// expires, shifted by a minute either way.
    InvitationExpiry(usize, i64),
}

#[derive(Clone, Debug)]
enum Op {
    MemberInvite {
        by: Who,
        target: Target,
        role: Option<Role>,
        grant: Option<Flag>,
        expires_in: Option<&'static str>,
        resend: bool,
    },
    MemberAccept {
        by: Who,
        target: Target,
    },
    MemberSetRole {
        by: Who,
        target: Target,
        role: Role,
    },
    MemberSuspend {
        by: Who,
        target: Target,
    },
    MemberReactivate {
        by: Who,
        target: Target,
    },
    MemberRemove {
        by: Who,
        target: Target,
    },
    /// `by` issues the invite (the operator cannot: it has no user identity).
    InviteSend {
        by: Who,
        event: E,
        receiver: Receiver,
        on_behalf_of: Option<P>,
    },
    /// Sends for `event` as the issuer of an earlier invite (as
    /// `InviteView::invite`) did: same issuer, inviter and receiver.
    InviteSendAgain {
        invite: usize,
        event: E,
    },
    /// `invite` picks one of the invites sent so far: 0 the latest, 1 the
    /// one before, … (modulo their count).
    InviteView {
        by: Who,
        invite: usize,
    },
    InviteAccept {
        by: Who,
        invite: usize,
    },
    InviteDecline {
        by: Who,
        invite: usize,
    },
    InviteAttendance {
        by: Who,
        invite: usize,
        attendance: Attendance,
    },
    InviteExpire {
        by: Who,
    },
    SetLimit {
        by: Who,
        on: LimitOn,
        key: LimitKey,
        value: Option<i64>,
    },
    ArchivePartner {
        by: Who,
        partner: P,
    },
    Clock(Clock),
}

impl Op {
    fn kind(&self) -> &'static str {
        match self {
            Op::MemberInvite { .. } => "MemberInvite",
            Op::MemberAccept { .. } => "MemberAccept",
            Op::MemberSetRole { .. } => "MemberSetRole",
            Op::MemberSuspend { .. } => "MemberSuspend",
            Op::MemberReactivate { .. } => "MemberReactivate",
            Op::MemberRemove { .. } => "MemberRemove",
            Op::InviteSend { .. } => "InviteSend",
            Op::InviteSendAgain { .. } => "InviteSendAgain",
            Op::InviteView { .. } => "InviteView",
            Op::InviteAccept { .. } => "InviteAccept",
            Op::InviteDecline { .. } => "InviteDecline",
            Op::InviteAttendance { .. } => "InviteAttendance",
            Op::InviteExpire { .. } => "InviteExpire",
            Op::SetLimit { .. } => "SetLimit",
            Op::ArchivePartner { .. } => "ArchivePartner",
            Op::Clock(_) => "Clock",
        }
    }
}

fn a_user() -> impl Strategy<Value = U> {
    (0..USERS.len()).prop_map(U)
}

fn a_partner() -> impl Strategy<Value = P> {
    (0..PARTNERS.len()).prop_map(P)
}

fn an_event() -> impl Strategy<Value = E> {
    (0..EVENTS.len()).prop_map(E)
}

/// An actor choice with these weights for operator, user, subject and member.
fn who(operator: u32, user: u32, subject: u32, member: u32) -> BoxedStrategy<Who> {
    let arms = [
        (operator, Just(Who::Operator).boxed()),
        (user, a_user().prop_map(Who::User).boxed()),
        (subject, Just(Who::Subject).boxed()),
        (member, (0..8usize).prop_map(Who::Member).boxed()),
    ];
    proptest::strategy::Union::new_weighted(arms.into_iter().filter(|(weight, _)| *weight > 0).collect()).boxed()
}

/// Tenant-wide administration: the operator, the landlord or someone else.
fn admin() -> BoxedStrategy<Who> {
    who(1, 2, 0, 0)
}

/// Managing memberships: mostly members of the partner.
fn manager() -> BoxedStrategy<Who> {
    who(1, 2, 1, 4)
}

/// Answering an invitation or invite: mostly its receiver.
fn answerer() -> BoxedStrategy<Who> {
    who(1, 2, 6, 1)
}

/// A membership target: mostly one in one of `statuses`, else any existing
/// one or any pair.
fn a_target(statuses: &'static [MemberStatus]) -> BoxedStrategy<Target> {
    prop_oneof![
        3 => (proptest::sample::select(statuses), 0..16usize).prop_map(|(status, n)| Target::InStatus(status, n)),
        2 => (0..16usize).prop_map(Target::Existing),
        1 => (a_partner(), a_user()).prop_map(|(p, u)| Target::Pair(p, u)),
    ]
    .boxed()
}

/// A new membership: mostly any pair, sometimes an invitation to re-send.
fn a_new_target() -> BoxedStrategy<Target> {
    prop_oneof![
        4 => (a_partner(), a_user()).prop_map(|(p, u)| Target::Pair(p, u)),
        1 => (0..16usize).prop_map(|n| Target::InStatus(MemberStatus::Invited, n)),
    ]
    .boxed()
}

fn a_receiver() -> BoxedStrategy<Receiver> {
    prop_oneof![5 => (0..4usize).prop_map(Receiver::Other), 1 => a_user().prop_map(Receiver::Exactly)].boxed()
}

fn an_invite() -> impl Strategy<Value = usize> {
    0..64usize
}

/// Minutes around a boundary: mostly exactly on it.
fn an_offset() -> impl Strategy<Value = i64> {
    prop_oneof![2 => Just(0i64), 1 => -1..=1i64]
}

fn clock() -> impl Strategy<Value = Clock> {
    prop_oneof![
        6 => (1..=90i64).prop_map(Clock::Minutes),
        3 => (1..=6i64).prop_map(Clock::Hours),
        3 => (-2..=2i64).prop_map(Clock::LocalMidnight),
        1 => (an_event(), an_offset()).prop_map(|(e, offset)| Clock::EventEnd(e, offset)),
        3 => (an_invite(), an_offset()).prop_map(|(n, offset)| Clock::InviteWindowEnd(n, offset)),
        1 => (0..16usize, an_offset()).prop_map(|(n, offset)| Clock::InvitationExpiry(n, offset)),
        1 => proptest::sample::select(vec![1i64, 7, 30, 31]).prop_map(Clock::Days),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let role = || proptest::sample::select(Role::ALL);
    prop_oneof![
        6 => (
            manager(),
            a_new_target(),
            proptest::option::of(role()),
            proptest::option::weighted(0.2, proptest::sample::select(Flag::ALL)),
            proptest::sample::select(vec![None, Some("2h"), Some("1d")]),
            proptest::bool::weighted(0.25),
        )
            .prop_map(|(by, target, role, grant, expires_in, resend)| Op::MemberInvite {
                by, target, role, grant, expires_in, resend,
            })
            .boxed(),
        5 => (answerer(), a_target(&[MemberStatus::Invited]))
            .prop_map(|(by, target)| Op::MemberAccept { by, target })
            .boxed(),
        4 => (manager(), a_target(&[MemberStatus::Active]), role())
            .prop_map(|(by, target, role)| Op::MemberSetRole { by, target, role })
            .boxed(),
        3 => (manager(), a_target(&[MemberStatus::Active, MemberStatus::Suspended]))
            .prop_map(|(by, target)| Op::MemberSuspend { by, target })
            .boxed(),
        3 => (manager(), a_target(&[MemberStatus::Suspended]))
            .prop_map(|(by, target)| Op::MemberReactivate { by, target })
            .boxed(),
        2 => (who(1, 1, 2, 2), a_target(&[MemberStatus::Active]))
            .prop_map(|(by, target)| Op::MemberRemove { by, target })
            .boxed(),
        30 => (who(1, 4, 0, 12), an_event(), a_receiver(), proptest::option::of(a_partner()))
            .prop_map(|(by, event, receiver, on_behalf_of)| Op::InviteSend { by, event, receiver, on_behalf_of })
            .boxed(),
        10 => (an_invite(), an_event()).prop_map(|(invite, event)| Op::InviteSendAgain { invite, event }).boxed(),
        6 => (answerer(), an_invite()).prop_map(|(by, invite)| Op::InviteView { by, invite }).boxed(),
        8 => (answerer(), an_invite()).prop_map(|(by, invite)| Op::InviteAccept { by, invite }).boxed(),
        4 => (answerer(), an_invite()).prop_map(|(by, invite)| Op::InviteDecline { by, invite }).boxed(),
        3 => (who(1, 1, 0, 4), an_invite(), proptest::sample::select(Attendance::ALL))
            .prop_map(|(by, invite, attendance)| Op::InviteAttendance { by, invite, attendance })
            .boxed(),
        2 => admin().prop_map(|by| Op::InviteExpire { by }).boxed(),
        2 => (
            admin(),
            prop_oneof![Just(LimitOn::Tenant), a_partner().prop_map(LimitOn::PlanOf)],
            proptest::sample::select(LimitKey::ALL),
            prop_oneof![4 => (0..=4i64).prop_map(Some), 1 => Just(None)],
        )
            .prop_map(|(by, on, key, value)| Op::SetLimit { by, on, key, value })
            .boxed(),
        1 => (admin(), a_partner()).prop_map(|(by, partner)| Op::ArchivePartner { by, partner }).boxed(),
        10 => clock().prop_map(Op::Clock).boxed(),
    ]
}

// ---------------------------------------------------------------------------
// The model: SPEC §1 as plain data, with the service's documented choices
// (partner invites use the partner's plan, user invites the tenant defaults;
// permission first, then the state rules in the order `invite::send` checks).

type Perms = [bool; 5];

const EVERY_FLAG: Perms = [true; 5];

/// SPEC §1.4's role table, written out again so a wrong table in the crate fails.
fn role_flags(role: Role) -> Perms {
    match role {
        Role::Owner => EVERY_FLAG,
        Role::Admin => [true, true, true, true, false],
        Role::Manager => [true, true, true, false, false],
        Role::Analyst => [false, false, true, false, false],
        Role::Staff => [false; 5],
    }
}

fn has(perms: Perms, flag: Flag) -> bool {
    perms[flag as usize]
}

#[derive(Clone, Debug)]
struct MemberM {
    role: Role,
    perms: Perms,
    status: MemberStatus,
    expires_at: Option<Ts>,
    accepted_at: Option<Ts>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Principal {
    User(U),
    Partner(P),
}

impl Principal {
    fn partner(self) -> Option<P> {
        match self {
            Principal::Partner(p) => Some(p),
            Principal::User(_) => None,
        }
    }
}

#[derive(Clone, Debug)]
struct InviteM {
    id: String,
    event: E,
    receiver: U,
    inviter: Principal,
    issuer: U,
    status: InviteStatus,
    credited: bool,
    attendance: Attendance,
    created_at: Ts,
    viewed_at: Option<Ts>,
    responded_at: Option<Ts>,
}

impl InviteM {
    fn is_open(&self) -> bool {
        matches!(self.status, InviteStatus::Pending | InviteStatus::Viewed)
    }
}

/// The per-event, per-inviter counters of `metrics event` (SPEC §2.5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Counters {
    sent: i64,
    viewed: i64,
    accepted: i64,
    declined: i64,
    closed_duplicate: i64,
    open: i64,
    expired: i64,
    attended: i64,
}

/// What the model expects of a step that is allowed.
enum Effect {
    /// One audit row with this action.
    Changed(&'static str),
    /// An idempotent no-op: no audit row.
    Unchanged,
}

/// The error a step must fail with.
#[derive(Debug)]
struct Refusal {
    code: &'static str,
    limit: Option<LimitKey>,
}

type Rule<T = ()> = Result<T, Refusal>;

fn refuse<T>(code: &'static str) -> Rule<T> {
    Err(Refusal { code, limit: None })
}

/// The actor's standing on a partner's memberships (mirrors SPEC §1.4 guards).
enum Authority {
    Full,
    Member { role: Role, held: Perms },
}

impl Authority {
    fn require_owner_if(&self, involves_owner: bool) -> Rule {
        match self {
            Authority::Member { role, .. } if involves_owner && *role != Role::Owner => refuse("permission_denied"),
            _ => Ok(()),
        }
    }

    fn require_grantable(&self, before: Perms, after: Perms) -> Rule {
        match self {
            Authority::Member { held, .. } if (0..5).any(|f| after[f] && !before[f] && !held[f]) => {
                refuse("permission_denied")
            }
            _ => Ok(()),
        }
    }
}

struct Model {
    now: Ts,
    archived: [bool; 2],
    members: BTreeMap<(P, U), MemberM>,
    invites: Vec<InviteM>,
    tenant_limits: BTreeMap<LimitKey, Option<i64>>,
    /// Plan overrides, by partner (each partner has its own plan).
    plan_limits: [BTreeMap<LimitKey, Option<i64>>; 2],
}

impl Model {
    fn new() -> Model {
        let setup = parse(SETUP);
        let mut model = Model {
            now: start(),
            archived: [false; 2],
            members: BTreeMap::new(),
            invites: Vec::new(),
            tenant_limits: SPEC_DEFAULTS.into_iter().collect(),
            plan_limits: Default::default(),
        };
        for (p, key, value) in BUILTIN_OVERRIDES.into_iter().chain(PLAN_LIMITS) {
            model.plan_limits[p].insert(key, value);
        }
        model.tenant_limits.extend(TENANT_LIMITS);
        for (p, spec) in PARTNERS.iter().enumerate() {
            let owner = MemberM {
                role: Role::Owner,
                perms: EVERY_FLAG,
                status: MemberStatus::Active,
                expires_at: None,
                accepted_at: Some(setup),
            };
            model.members.insert((P(p), U(spec.owner)), owner);
        }
        model
    }

    /// Resolves the step's actor, membership and invite against the current state.
    fn resolve(&self, op: &Op) -> Resolved {
        let mut resolved = Resolved { actor: Actor::Operator, membership: None, invite: None, sending: None };
        let (who, subject, partners) = match op {
            Op::MemberInvite { by, target, .. }
            | Op::MemberAccept { by, target }
            | Op::MemberSetRole { by, target, .. }
            | Op::MemberSuspend { by, target }
            | Op::MemberReactivate { by, target }
            | Op::MemberRemove { by, target } => {
                let (p, u) = self.membership_target(*target);
                resolved.membership = Some((p, u));
                (*by, Some(u), vec![p])
            }
            Op::InviteView { by, invite }
            | Op::InviteAccept { by, invite }
            | Op::InviteDecline { by, invite }
            | Op::InviteAttendance { by, invite, .. } => {
                resolved.invite = self.invite_at(*invite);
                let invite = resolved.invite.map(|i| &self.invites[i]);
                let partners = invite.map(|i| Self::managing_partners(i.event).collect()).unwrap_or_default();
                (*by, invite.map(|i| i.receiver), partners)
            }
            Op::InviteSend { by, on_behalf_of, .. } => (*by, None, on_behalf_of.iter().copied().collect()),
            Op::InviteSendAgain { invite, event } => {
                // With no invite yet, the operator "sends" (and is refused).
                let Some(earlier) = self.invite_at(*invite).map(|i| &self.invites[i]) else {
                    resolved.sending = Some(Sending { event: *event, receiver: U(0), on_behalf_of: None });
                    return resolved;
                };
                let on_behalf_of = earlier.inviter.partner();
                resolved.sending = Some(Sending { event: *event, receiver: earlier.receiver, on_behalf_of });
                (Who::User(earlier.issuer), None, vec![])
            }
            Op::InviteExpire { by } | Op::SetLimit { by, .. } | Op::ArchivePartner { by, .. } => (*by, None, vec![]),
            Op::Clock(_) => (Who::Operator, None, vec![]),
        };
        resolved.actor = match who {
            Who::Operator => Actor::Operator,
            Who::User(u) => Actor::User(u),
            Who::Subject => subject.map_or(Actor::Operator, Actor::User),
            Who::Member(n) => {
                let members: Vec<U> = self
                    .members
                    .iter()
                    .filter(|((p, _), m)| partners.contains(p) && m.status == MemberStatus::Active)
                    .map(|((_, u), _)| *u)
                    .collect();
                Actor::User(if members.is_empty() { U(n % USERS.len()) } else { members[n % members.len()] })
            }
        };
        if let Op::InviteSend { event, receiver, on_behalf_of, .. } = *op {
            let receiver = match (receiver, resolved.actor) {
                (Receiver::Exactly(u), _) => u,
                (Receiver::Other(n), Actor::User(issuer)) => U((issuer.0 + 1 + n % (USERS.len() - 1)) % USERS.len()),
                (Receiver::Other(n), Actor::Operator) => U(n % USERS.len()),
            };
            resolved.sending = Some(Sending { event, receiver, on_behalf_of });
        }
        resolved
    }

    fn membership_target(&self, target: Target) -> (P, U) {
        let nth = |keys: Vec<(P, U)>, n: usize| (!keys.is_empty()).then(|| keys[n % keys.len()]);
        let in_status = |status| self.members.iter().filter(|(_, m)| m.status == status).map(|(k, _)| *k).collect();
        let existing = |n| nth(self.members.keys().copied().collect(), n);
        match target {
            Target::Pair(p, u) => Some((p, u)),
            Target::InStatus(status, n) => nth(in_status(status), n).or_else(|| existing(n)),
            Target::Existing(n) => existing(n),
        }
        // Never empty: the last-owner guard keeps every partner's owner.
        .expect("memberships exist")
    }

    /// The n-th latest invite (modulo their count): counting back keeps a
    /// step's invite when shrinking drops earlier sends.
    fn invite_at(&self, n: usize) -> Option<usize> {
        let count = self.invites.len();
        (count > 0).then(|| count - 1 - n % count)
    }

    /// Applies `op` if the rules allow it. `new_invite_id` is the id the
    /// service gave a sent invite (ids are not the model's to predict).
    fn apply(&mut self, op: &Op, resolved: &Resolved, new_invite_id: Option<&str>) -> Rule<Effect> {
        let actor = resolved.actor;
        // Only membership steps read these.
        let (partner, user) = resolved.membership.unwrap_or((P(0), U(0)));
        let invite = resolved.invite;
        match *op {
            Op::MemberInvite { role, grant, expires_in, resend, .. } => {
                self.member_invite(actor, partner, user, role, grant, expires_in, resend)
            }
            Op::MemberAccept { .. } => self.member_accept(actor, partner, user),
            Op::MemberSetRole { role, .. } => {
                self.member_change(actor, partner, user, "member.set_role", |model, authority, before| {
                    authority.require_owner_if(role == Role::Owner)?;
                    let perms = role_flags(role);
                    authority.require_grantable(before.perms, perms)?;
                    if role != Role::Owner {
                        model.guard_last_owner(partner, before)?;
                    }
                    Ok(MemberM { role, perms, ..before.clone() })
                })
            }
            Op::MemberSuspend { .. } => {
                self.member_change(actor, partner, user, "member.suspend", |model, _, before| {
                    match before.status {
                        MemberStatus::Invited => return refuse("invalid_transition"),
                        MemberStatus::Suspended => {}
                        MemberStatus::Active => model.guard_last_owner(partner, before)?,
                    }
                    Ok(MemberM { status: MemberStatus::Suspended, ..before.clone() })
                })
            }
            Op::MemberReactivate { .. } => {
                self.member_change(actor, partner, user, "member.reactivate", |_, _, before| {
                    if before.status == MemberStatus::Invited {
                        return refuse("invalid_transition");
                    }
                    Ok(MemberM { status: MemberStatus::Active, ..before.clone() })
                })
            }
            Op::MemberRemove { .. } => self.member_remove(actor, partner, user),
            Op::InviteSend { .. } | Op::InviteSendAgain { .. } => {
                let sending = resolved.sending.expect("a send step sends");
                self.invite_send(actor, sending, new_invite_id)
            }
            Op::InviteView { .. } => self.invite_view(actor, invite),
            Op::InviteAccept { .. } => self.invite_accept(actor, invite),
            Op::InviteDecline { .. } => self.invite_decline(actor, invite),
            Op::InviteAttendance { attendance, .. } => self.invite_attendance(actor, invite, attendance),
            Op::InviteExpire { .. } => self.invite_expire(actor),
            Op::SetLimit { on, key, value, .. } => {
                self.require_privileged(actor)?;
                match on {
                    // Setting the value already in force is a no-op.
                    LimitOn::Tenant => match self.tenant_limits.insert(key, value) {
                        Some(old) if old == value => Ok(Effect::Unchanged),
                        _ => Ok(Effect::Changed("tenant.settings.set")),
                    },
                    LimitOn::PlanOf(p) => match self.plan_limits[p.0].insert(key, value) {
                        Some(old) if old == value => Ok(Effect::Unchanged),
                        _ => Ok(Effect::Changed("plan.update")),
                    },
                }
            }
            Op::ArchivePartner { partner, .. } => {
                self.require_privileged(actor)?;
                if std::mem::replace(&mut self.archived[partner.0], true) {
                    return Ok(Effect::Unchanged);
                }
                Ok(Effect::Changed("partner.archive"))
            }
            Op::Clock(step) => {
                self.now = self.advance(step);
                Ok(Effect::Unchanged)
            }
        }
    }

    fn advance(&self, step: Clock) -> Ts {
        let now = self.now;
        let shifted = |to: Option<Ts>, offset: i64| {
            // Time only moves forward: a boundary already passed becomes a minute's step.
            to.map(|t| t + Span::minutes(offset)).filter(|t| *t > now).unwrap_or(now + Span::minutes(1))
        };
        match step {
            Clock::Minutes(m) => now + Span::minutes(m),
            Clock::Hours(h) => now + Span::hours(h),
            Clock::Days(d) => now + Span::days(d),
            Clock::LocalMidnight(offset) => {
                let (next, shift) = (next_local_midnight(now), Span::minutes(offset));
                if next + shift > now {
                    next + shift
                } else {
                    next_local_midnight(next) + shift
                }
            }
            Clock::EventEnd(e, offset) => shifted(Some(ends_at(e)), offset),
            Clock::InviteWindowEnd(n, offset) => {
                shifted(self.invite_at(n).map(|i| self.invites[i].created_at + Span::days(30)), offset)
            }
            Clock::InvitationExpiry(n, offset) => {
                let (p, u) = self.membership_target(Target::InStatus(MemberStatus::Invited, n));
                shifted(self.members[&(p, u)].expires_at, offset)
            }
        }
    }

    // --- permissions

    fn privileged(&self, actor: Actor) -> bool {
        match actor {
            Actor::Operator => true,
            Actor::User(u) => USERS[u.0].landlord,
        }
    }

    fn require_privileged(&self, actor: Actor) -> Rule {
        if self.privileged(actor) {
            Ok(())
        } else {
            refuse("permission_denied")
        }
    }

    fn active_member(&self, p: P, u: U) -> Option<&MemberM> {
        self.members.get(&(p, u)).filter(|m| m.status == MemberStatus::Active)
    }

    /// Operator, landlord, or an active member holding `flag`.
    fn holds(&self, actor: Actor, p: P, flag: Flag) -> bool {
        match actor {
            _ if self.privileged(actor) => true,
            Actor::User(u) => self.active_member(p, u).is_some_and(|m| has(m.perms, flag)),
            Actor::Operator => unreachable!("the operator is privileged"),
        }
    }

    fn managing_partners(e: E) -> impl Iterator<Item = P> {
        let spec = &EVENTS[e.0];
        std::iter::once(P(spec.host)).chain(spec.manager.map(P))
    }

    fn authority(&self, actor: Actor, p: P) -> Rule<Authority> {
        if self.privileged(actor) {
            return Ok(Authority::Full);
        }
        let Actor::User(u) = actor else { unreachable!("the operator is privileged") };
        match self.active_member(p, u) {
            Some(m) if has(m.perms, Flag::CanManageMembers) => Ok(Authority::Member { role: m.role, held: m.perms }),
            _ => refuse("permission_denied"),
        }
    }

    // --- limits

    fn limit(&self, key: LimitKey, plan_of: Option<P>) -> Option<i64> {
        plan_of.and_then(|p| self.plan_limits[p.0].get(&key).copied()).unwrap_or(self.tenant_limits[&key])
    }

    fn require_room(&self, key: LimitKey, plan_of: Option<P>, used: i64) -> Rule {
        match self.limit(key, plan_of) {
            Some(allowed) if used >= allowed => Err(Refusal { code: "quota_exceeded", limit: Some(key) }),
            _ => Ok(()),
        }
    }

    fn seats(&self, p: P) -> i64 {
        self.members.keys().filter(|(mp, _)| *mp == p).count() as i64
    }

    /// What each send limit counts for a send of `inviter` (issued by
    /// `issuer`) to `receiver` for `event`, at the model's clock.
    fn send_counts(&self, event: E, receiver: U, inviter: Principal, issuer: U) -> [(LimitKey, i64); 5] {
        let today = local_date(self.now);
        let window_start = self.now - Span::days(30);
        let count = |keep: &dyn Fn(&InviteM) -> bool| self.invites.iter().filter(|i| keep(i)).count() as i64;
        [
            (LimitKey::InvitesPerEventPerInviter, count(&|i| i.event == event && i.inviter == inviter)),
            (LimitKey::InvitesPerDayPerPartner, count(&|i| i.inviter == inviter && local_date(i.created_at) == today)),
            (LimitKey::InvitesPerDayPerUser, count(&|i| i.issuer == issuer && local_date(i.created_at) == today)),
            (LimitKey::PendingInvitesPerReceiver, count(&|i| i.receiver == receiver && i.is_open())),
            (
                LimitKey::InvitesToSameReceiverPer30d,
                count(&|i| i.inviter == inviter && i.receiver == receiver && i.created_at > window_start),
            ),
        ]
    }

    // --- memberships

    fn guard_last_owner(&self, p: P, m: &MemberM) -> Rule {
        let active_owners = self
            .members
            .iter()
            .filter(|((mp, _), o)| *mp == p && o.role == Role::Owner && o.status == MemberStatus::Active)
            .count();
        if m.role == Role::Owner && m.status == MemberStatus::Active && active_owners <= 1 {
            return refuse("last_owner");
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn member_invite(
        &mut self,
        actor: Actor,
        p: P,
        u: U,
        role: Option<Role>,
        grant: Option<Flag>,
        expires_in: Option<&str>,
        resend: bool,
    ) -> Rule<Effect> {
        let authority = self.authority(actor, p)?;
        let existing = self.members.get(&(p, u)).cloned();
        let resent = existing.as_ref().filter(|_| resend);
        let new_role = role.or(resent.map(|m| m.role)).unwrap_or(Role::Staff);
        let perms = if new_role == Role::Owner {
            EVERY_FLAG
        } else {
            let mut perms = match resent {
                Some(m) if role.is_none() => m.perms,
                _ => role_flags(new_role),
            };
            if let Some(flag) = grant {
                perms[flag as usize] = true;
            }
            perms
        };
        authority.require_owner_if(new_role == Role::Owner || resent.is_some_and(|m| m.role == Role::Owner))?;
        authority.require_grantable(resent.map_or([false; 5], |m| m.perms), perms)?;
        if self.archived[p.0] {
            return refuse("invalid_transition");
        }
        match (&existing, resend) {
            (Some(m), true) if m.status == MemberStatus::Invited => {}
            (Some(_), _) => return refuse("already_member"),
            (None, true) => return refuse("invalid_transition"),
            (None, false) => self.require_room(LimitKey::MembersPerPartner, Some(p), self.seats(p))?,
        }
        let ttl = match expires_in {
            None => Span::days(7),
            Some("2h") => Span::hours(2),
            Some("1d") => Span::days(1),
            Some(other) => unreachable!("no strategy makes {other}"),
        };
        let invitation = MemberM {
            role: new_role,
            perms,
            status: MemberStatus::Invited,
            expires_at: Some(self.now + ttl),
            accepted_at: None,
        };
        self.members.insert((p, u), invitation);
        Ok(Effect::Changed(if existing.is_some() { "member.resend" } else { "member.invite" }))
    }

    fn member_accept(&mut self, actor: Actor, p: P, u: U) -> Rule<Effect> {
        // Permission first, from the actor and the named user alone: a
        // denial tells nothing about the invitation (SPEC §1.8).
        if actor != Actor::User(u) && !self.privileged(actor) {
            return refuse("permission_denied");
        }
        let Some(m) = self.members.get(&(p, u)) else { return refuse("not_found") };
        match m.status {
            MemberStatus::Active => return Ok(Effect::Unchanged),
            MemberStatus::Suspended => return refuse("invalid_transition"),
            MemberStatus::Invited => {}
        }
        if self.archived[p.0] {
            return refuse("invalid_transition");
        }
        if m.expires_at.is_some_and(|e| e <= self.now) {
            return refuse("invitation_expired");
        }
        let accepted = MemberM { status: MemberStatus::Active, accepted_at: Some(self.now), ..m.clone() };
        self.members.insert((p, u), accepted);
        Ok(Effect::Changed("member.accept"))
    }

    /// set-role, suspend, reactivate: a managing actor changes an existing
    /// membership (an owner's only by an owner); no change, no audit row.
    fn member_change(
        &mut self,
        actor: Actor,
        p: P,
        u: U,
        action: &'static str,
        apply: impl FnOnce(&Model, &Authority, &MemberM) -> Rule<MemberM>,
    ) -> Rule<Effect> {
        let authority = self.authority(actor, p)?;
        let Some(before) = self.members.get(&(p, u)) else { return refuse("not_found") };
        authority.require_owner_if(before.role == Role::Owner)?;
        let after = apply(self, &authority, before)?;
        if (after.role, after.perms, after.status) == (before.role, before.perms, before.status) {
            return Ok(Effect::Unchanged);
        }
        self.members.insert((p, u), after);
        Ok(Effect::Changed(action))
    }

    fn member_remove(&mut self, actor: Actor, p: P, u: U) -> Rule<Effect> {
        let own = match actor {
            Actor::User(a) if a == u => self.members.get(&(p, u)),
            _ => None,
        };
        let m = match own {
            Some(m) => m,
            None => {
                let authority = self.authority(actor, p)?;
                let Some(m) = self.members.get(&(p, u)) else { return refuse("not_found") };
                authority.require_owner_if(m.role == Role::Owner)?;
                m
            }
        };
        self.guard_last_owner(p, m)?;
        self.members.remove(&(p, u));
        Ok(Effect::Changed("member.remove"))
    }

    // --- invites

    fn credited(&self, event: E, receiver: U) -> bool {
        self.invites.iter().any(|i| i.event == event && i.receiver == receiver && i.credited)
    }

    fn require_not_ended(&self, event: E) -> Rule {
        if self.now >= ends_at(event) {
            return refuse("event_ended");
        }
        Ok(())
    }

    /// The invite a step names, if it may act on it as the receiver (or
    /// operator or landlord) before the event's end.
    fn answerable(&self, actor: Actor, invite: Option<usize>) -> Rule<usize> {
        let Some(i) = invite else { return refuse("not_found") };
        let invite = &self.invites[i];
        if actor != Actor::User(invite.receiver) && !self.privileged(actor) {
            return refuse("permission_denied");
        }
        self.require_not_ended(invite.event)?;
        Ok(i)
    }

    fn invite_send(&mut self, actor: Actor, sending: Sending, id: Option<&str>) -> Rule<Effect> {
        let Sending { event, receiver, on_behalf_of } = sending;
        let Actor::User(issuer) = actor else { return refuse("usage") };
        if let Some(p) = on_behalf_of {
            if !self.holds(Actor::User(issuer), p, Flag::CanInvite) {
                return refuse("permission_denied");
            }
            if !Self::managing_partners(event).any(|m| m == p) {
                return refuse("permission_denied");
            }
            if self.archived[p.0] {
                return refuse("invalid_transition");
            }
        }
        if receiver == issuer {
            return refuse("invalid_input");
        }
        self.require_not_ended(event)?;
        if self.credited(event, receiver) {
            return refuse("already_accepted");
        }
        let inviter = on_behalf_of.map_or(Principal::User(issuer), Principal::Partner);
        if self.invites.iter().any(|i| i.event == event && i.receiver == receiver && i.inviter == inviter) {
            return refuse("already_invited");
        }
        for (key, used) in self.send_counts(event, receiver, inviter, issuer) {
            if key == LimitKey::InvitesPerDayPerPartner && on_behalf_of.is_none() {
                continue;
            }
            self.require_room(key, on_behalf_of, used)?;
        }
        self.invites.push(InviteM {
            id: id.unwrap_or("<not created>").to_string(),
            event,
            receiver,
            inviter,
            issuer,
            status: InviteStatus::Pending,
            credited: false,
            attendance: Attendance::Unknown,
            created_at: self.now,
            viewed_at: None,
            responded_at: None,
        });
        Ok(Effect::Changed("invite.send"))
    }

    fn invite_view(&mut self, actor: Actor, invite: Option<usize>) -> Rule<Effect> {
        let i = self.answerable(actor, invite)?;
        let now = self.now;
        let invite = &mut self.invites[i];
        match invite.status {
            InviteStatus::Pending => {}
            InviteStatus::Viewed | InviteStatus::Accepted => return Ok(Effect::Unchanged),
            _ => return refuse("invalid_transition"),
        }
        invite.status = InviteStatus::Viewed;
        invite.viewed_at = Some(now);
        Ok(Effect::Changed("invite.view"))
    }

    fn invite_accept(&mut self, actor: Actor, invite: Option<usize>) -> Rule<Effect> {
        let i = self.answerable(actor, invite)?;
        let (event, receiver, status) = (self.invites[i].event, self.invites[i].receiver, self.invites[i].status);
        if status == InviteStatus::Accepted {
            return Ok(Effect::Unchanged);
        }
        if self.credited(event, receiver) {
            return refuse("already_accepted");
        }
        if !self.invites[i].is_open() {
            return refuse("invalid_transition");
        }
        let now = self.now;
        for (j, other) in self.invites.iter_mut().enumerate() {
            if j != i && other.event == event && other.receiver == receiver && other.is_open() {
                other.status = InviteStatus::ClosedDuplicate;
            }
        }
        let invite = &mut self.invites[i];
        invite.status = InviteStatus::Accepted;
        invite.credited = true;
        invite.responded_at = Some(now);
        invite.viewed_at.get_or_insert(now);
        Ok(Effect::Changed("invite.accept"))
    }

    fn invite_decline(&mut self, actor: Actor, invite: Option<usize>) -> Rule<Effect> {
        let i = self.answerable(actor, invite)?;
        if self.credited(self.invites[i].event, self.invites[i].receiver) {
            return refuse("already_accepted");
        }
        if !self.invites[i].is_open() {
            return refuse("invalid_transition");
        }
        let now = self.now;
        let invite = &mut self.invites[i];
        invite.status = InviteStatus::Declined;
        invite.responded_at = Some(now);
        invite.viewed_at.get_or_insert(now);
        Ok(Effect::Changed("invite.decline"))
    }

    fn invite_attendance(&mut self, actor: Actor, invite: Option<usize>, attendance: Attendance) -> Rule<Effect> {
        let Some(i) = invite else { return refuse("not_found") };
        if !Self::managing_partners(self.invites[i].event).any(|p| self.holds(actor, p, Flag::CanManageEvents)) {
            return refuse("permission_denied");
        }
        let invite = &mut self.invites[i];
        if invite.status != InviteStatus::Accepted {
            return refuse("invalid_transition");
        }
        if invite.attendance == attendance {
            return Ok(Effect::Unchanged);
        }
        invite.attendance = attendance;
        Ok(Effect::Changed("invite.attendance"))
    }

    fn invite_expire(&mut self, actor: Actor) -> Rule<Effect> {
        self.require_privileged(actor)?;
        let now = self.now;
        let mut expired = 0;
        for invite in self.invites.iter_mut().filter(|i| i.is_open() && ends_at(i.event) <= now) {
            invite.status = InviteStatus::Expired;
            expired += 1;
        }
        Ok(if expired > 0 { Effect::Changed("invite.expire") } else { Effect::Unchanged })
    }

    // --- views for the checks

    fn counters(&self) -> BTreeMap<(E, Principal), Counters> {
        self.counters_by(|i| (i.event, i.inviter))
    }

    /// The counters of SPEC §2.5 per `key` of the invites (e.g. event and issuer).
    fn counters_by<K: Ord>(&self, key: impl Fn(&InviteM) -> K) -> BTreeMap<K, Counters> {
        let mut all: BTreeMap<K, Counters> = BTreeMap::new();
        for i in &self.invites {
            let c = all.entry(key(i)).or_default();
            c.sent += 1;
            c.viewed += i64::from(i.viewed_at.is_some());
            c.accepted += i64::from(i.credited);
            c.declined += i64::from(i.status == InviteStatus::Declined);
            c.closed_duplicate += i64::from(i.status == InviteStatus::ClosedDuplicate);
            c.open += i64::from(i.is_open());
            c.expired += i64::from(i.status == InviteStatus::Expired);
            c.attended += i64::from(i.attendance == Attendance::Confirmed);
        }
        all
    }

    fn member_rows(&self) -> Vec<MemberRow> {
        self.members
            .iter()
            .map(|(&(partner, user), m)| MemberRow {
                partner,
                user,
                role: m.role,
                perms: m.perms,
                status: m.status,
                expires_at: m.expires_at.map(stamp),
                accepted_at: m.accepted_at.map(stamp),
            })
            .collect()
    }

    fn invite_rows(&self) -> Vec<InviteRow> {
        let mut rows: Vec<InviteRow> = self
            .invites
            .iter()
            .map(|i| InviteRow {
                id: i.id.clone(),
                event: i.event,
                receiver: i.receiver,
                inviter: i.inviter,
                issuer: i.issuer,
                status: i.status,
                credited: i.credited,
                attendance: i.attendance,
                created_at: stamp(i.created_at),
                viewed_at: i.viewed_at.map(stamp),
                responded_at: i.responded_at.map(stamp),
            })
            .collect();
        rows.sort_by(|a, b| a.id.cmp(&b.id));
        rows
    }
}

// ---------------------------------------------------------------------------
// The system under test: the real store in a temp file, the real services.

/// A membership as compared between the file and the model.
#[derive(Debug, PartialEq, Eq)]
struct MemberRow {
    partner: P,
    user: U,
    role: Role,
    perms: Perms,
    status: MemberStatus,
    expires_at: Option<String>,
    accepted_at: Option<String>,
}

/// An invite as compared between the file and the model.
#[derive(Debug, PartialEq, Eq)]
struct InviteRow {
    id: String,
    event: E,
    receiver: U,
    inviter: Principal,
    issuer: U,
    status: InviteStatus,
    credited: bool,
    attendance: Attendance,
    created_at: String,
    viewed_at: Option<String>,
    responded_at: Option<String>,
}

struct Sut {
    store: SqliteStore,
    /// A second, read-only connection on the same file for the checks.
    reader: Connection,
    user_ids: Vec<String>,
    partner_ids: Vec<String>,
    event_ids: Vec<String>,
    _dir: tempfile::TempDir,
}

fn index_of(ids: &[String], id: &str) -> usize {
    ids.iter().position(|x| x == id).unwrap_or_else(|| panic!("unknown id {id}"))
}

impl Sut {
    fn ctx(&self, now: Ts, actor: Actor) -> Ctx<'_> {
        Ctx {
            store: &self.store,
            now,
            tenant: None,
            actor: Some(match actor {
                Actor::Operator => Acting::Operator { name: OPERATOR.to_string() },
                Actor::User(u) => Acting::User(USERS[u.0].email.to_string()),
            }),
        }
    }

    /// Creates the fixture through the services, as the operator.
    fn new() -> Sut {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("model.db");
        let store = SqliteStore::open(&path, Duration::from_secs(5)).expect("open store");
        let reader = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("reader");
        let mut sut = Sut { store, reader, user_ids: vec![], partner_ids: vec![], event_ids: vec![], _dir: dir };
        let setup = parse(SETUP);
        let ctx = sut.ctx(setup, Actor::Operator);
        let tenant =
            tenant::NewTenant { slug: "acme".into(), name: "Acme City".into(), timezone: Some(TZ.name().into()) };
        tenant::create(&ctx, tenant).expect("tenant");
        let mut user_ids = Vec::new();
        for spec in &USERS {
            let new = user::NewUser {
                email: spec.email.into(),
                display_name: spec.email.split('@').next().unwrap_or_default().into(),
                landlord: spec.landlord,
                id: None,
            };
            user_ids.push(user::add(&ctx, new).expect("user").id);
        }
        for (key, value) in TENANT_LIMITS {
            tenant::settings_set(&ctx, key.as_str(), &limit_text(value)).expect("tenant limit");
        }
        let mut partner_ids = Vec::new();
        for spec in &PARTNERS {
            let new = partner::NewPartner {
                slug: spec.slug.into(),
                name: spec.slug.into(),
                kind: None,
                plan: Some(spec.plan.into()),
                owner: Some(USERS[spec.owner].email.into()),
            };
            partner_ids.push(partner::create(&ctx, new).expect("partner").id);
        }
        for (p, key, value) in PLAN_LIMITS {
            plan::update(&ctx, PARTNERS[p].plan, &[(key, value)]).expect("plan limit");
        }
        let mut event_ids = Vec::new();
        for (e, spec) in EVENTS.iter().enumerate() {
            let new = event::NewEvent {
                slug: spec.slug.into(),
                partner: PARTNERS[spec.host].slug.into(),
                title: spec.slug.into(),
                starts_at: stamp(start() - Span::hours(1)),
                ends_at: Some(stamp(ends_at(E(e)))),
                managers: spec.manager.iter().map(|m| PARTNERS[*m].slug.to_string()).collect(),
            };
            event_ids.push(event::create(&ctx, new).expect("event").id);
        }
        drop(ctx);
        (sut.user_ids, sut.partner_ids, sut.event_ids) = (user_ids, partner_ids, event_ids);
        sut
    }

    /// Runs one step; a sent invite's id comes back.
    fn run(&self, op: &Op, resolved: &Resolved, now: Ts, invite_id: Option<&str>) -> Result<Option<String>, Error> {
        let ctx = self.ctx(now, resolved.actor);
        let slug = |p: P| PARTNERS[p.0].slug;
        let email = |u: U| USERS[u.0].email;
        let (partner, user) = resolved.membership.map_or(("", ""), |(p, u)| (slug(p), email(u)));
        let invite_id = invite_id.unwrap_or("no-such-invite");
        match op {
            Op::MemberInvite { role, grant, expires_in, resend, .. } => {
                let invitation = member::Invitation {
                    partner: partner.into(),
                    user: user.into(),
                    role: *role,
                    grant: grant.iter().copied().collect(),
                    revoke: vec![],
                    expires_in: expires_in.map(String::from),
                    resend: *resend,
                };
                member::invite(&ctx, invitation).map(|_| None)
            }
            Op::MemberAccept { .. } => {
                let answer = member::Answer::Membership { partner: partner.into(), user: Some(user.into()) };
                member::accept(&ctx, answer).map(|_| None)
            }
            Op::MemberSetRole { role, .. } => member::set_role(&ctx, partner, user, *role, false).map(|_| None),
            Op::MemberSuspend { .. } => member::suspend(&ctx, partner, user).map(|_| None),
            Op::MemberReactivate { .. } => member::reactivate(&ctx, partner, user).map(|_| None),
            Op::MemberRemove { .. } => member::remove(&ctx, partner, user).map(|_| None),
            Op::InviteSend { .. } | Op::InviteSendAgain { .. } => {
                let Sending { event, receiver, on_behalf_of } = resolved.sending.expect("a send step sends");
                let new = invite::NewInvite {
                    event: EVENTS[event.0].slug.into(),
                    receiver: email(receiver).into(),
                    on_behalf_of: on_behalf_of.map(|p| slug(p).into()),
                    channel: Channel::InApp,
                };
                invite::send(&ctx, new).map(|i| Some(i.id))
            }
            Op::InviteView { .. } => invite::view(&ctx, invite_id).map(|_| None),
            Op::InviteAccept { .. } => invite::accept(&ctx, invite_id).map(|_| None),
            Op::InviteDecline { .. } => invite::decline(&ctx, invite_id).map(|_| None),
            Op::InviteAttendance { attendance, .. } => {
                invite::set_attendance(&ctx, invite_id, *attendance).map(|_| None)
            }
            Op::InviteExpire { .. } => invite::expire(&ctx).map(|_| None),
            Op::SetLimit { on: LimitOn::Tenant, key, value, .. } => {
                tenant::settings_set(&ctx, key.as_str(), &limit_text(*value)).map(|_| None)
            }
            Op::SetLimit { on: LimitOn::PlanOf(p), key, value, .. } => {
                plan::update(&ctx, PARTNERS[p.0].plan, &[(*key, *value)]).map(|_| None)
            }
            Op::ArchivePartner { partner, .. } => partner::archive(&ctx, slug(*partner)).map(|_| None),
            Op::Clock(_) => Ok(None),
        }
    }

    fn last_audit_id(&self) -> i64 {
        self.reader.query_row("SELECT coalesce(max(id), 0) FROM audit_log", [], |r| r.get(0)).expect("audit max")
    }

    /// `(action, actor)` of the audit rows written after `after_id`.
    fn audit_since(&self, after_id: i64) -> Vec<(String, String)> {
        let mut stmt = self.reader.prepare("SELECT action, actor FROM audit_log WHERE id > ?1 ORDER BY id").unwrap();
        stmt.query_map([after_id], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
    }

    fn principal(&self, kind: &str, id: &str) -> Principal {
        match kind {
            "user" => Principal::User(U(index_of(&self.user_ids, id))),
            "partner" => Principal::Partner(P(index_of(&self.partner_ids, id))),
            other => panic!("inviter kind {other}"),
        }
    }

    fn principal_key(&self, principal: Principal) -> (&'static str, &str) {
        match principal {
            Principal::User(u) => ("user", &self.user_ids[u.0]),
            Principal::Partner(p) => ("partner", &self.partner_ids[p.0]),
        }
    }

    fn member_rows(&self) -> Vec<MemberRow> {
        let mut stmt = self
            .reader
            .prepare(
                "SELECT partner_id, user_id, role, can_invite, can_manage_events, can_view_metrics,
                        can_manage_members, can_manage_billing, status, expires_at, accepted_at
                 FROM partner_memberships",
            )
            .unwrap();
        let mut rows: Vec<MemberRow> = stmt
            .query_map([], |r| {
                let partner: String = r.get(0)?;
                let user: String = r.get(1)?;
                let role: String = r.get(2)?;
                let status: String = r.get(8)?;
                Ok(MemberRow {
                    partner: P(index_of(&self.partner_ids, &partner)),
                    user: U(index_of(&self.user_ids, &user)),
                    role: Role::parse(&role).unwrap(),
                    perms: [r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?],
                    status: MemberStatus::parse(&status).unwrap(),
                    expires_at: r.get(9)?,
                    accepted_at: r.get(10)?,
                })
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows.sort_by_key(|m| (m.partner, m.user));
        rows
    }

    fn invite_rows(&self) -> Vec<InviteRow> {
        let mut stmt = self
            .reader
            .prepare(
                "SELECT id, event_id, receiver_user_id, inviter_kind, inviter_id, issued_by_user_id, status,
                        credited_acceptance, attendance, created_at, viewed_at, responded_at
                 FROM invites ORDER BY id",
            )
            .unwrap();
        let rows = stmt
            .query_map([], |r| {
                let strings: Vec<String> = (1..=6).map(|i| r.get(i)).collect::<Result<_, _>>()?;
                let attendance: String = r.get(8)?;
                Ok(InviteRow {
                    id: r.get(0)?,
                    event: E(index_of(&self.event_ids, &strings[0])),
                    receiver: U(index_of(&self.user_ids, &strings[1])),
                    inviter: self.principal(&strings[2], &strings[3]),
                    issuer: U(index_of(&self.user_ids, &strings[4])),
                    status: InviteStatus::parse(&strings[5]).unwrap(),
                    credited: r.get(7)?,
                    attendance: Attendance::parse(&attendance).unwrap(),
                    created_at: r.get(9)?,
                    viewed_at: r.get(10)?,
                    responded_at: r.get(11)?,
                })
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows
    }

    fn partners_archived(&self) -> Vec<bool> {
        self.partner_ids
            .iter()
            .map(|id| {
                let status: String =
                    self.reader.query_row("SELECT status FROM partners WHERE id = ?1", [id], |r| r.get(0)).unwrap();
                status == "archived"
            })
            .collect()
    }

    /// `metrics event`'s counters for every (event, inviter), straight from the table.
    fn counters(&self) -> BTreeMap<(E, Principal), Counters> {
        let mut stmt = self
            .reader
            .prepare(
                "SELECT event_id, inviter_kind, inviter_id, count(*), count(viewed_at), sum(credited_acceptance),
                        sum(status = 'declined'), sum(status = 'closed_duplicate'),
                        sum(status IN ('pending', 'viewed')), sum(status = 'expired'),
                        sum(attendance = 'confirmed')
                 FROM invites GROUP BY event_id, inviter_kind, inviter_id",
            )
            .unwrap();
        stmt.query_map([], |r| {
            let (event, kind, id): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let counters = Counters {
                sent: r.get(3)?,
                viewed: r.get(4)?,
                accepted: r.get(5)?,
                declined: r.get(6)?,
                closed_duplicate: r.get(7)?,
                open: r.get(8)?,
                expired: r.get(9)?,
                attended: r.get(10)?,
            };
            Ok(((E(index_of(&self.event_ids, &event)), self.principal(&kind, &id)), counters))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
    }

    /// The send limits' counts for the invite `id`, at `now`, straight from the table.
    fn send_counts(&self, id: &str, now: Ts) -> [(LimitKey, i64); 5] {
        let (event, receiver, kind, inviter, issuer): (String, String, String, String, String) = self
            .reader
            .query_row(
                "SELECT event_id, receiver_user_id, inviter_kind, inviter_id, issued_by_user_id
                 FROM invites WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .unwrap();
        let day = local_date(now);
        let (from, to) = (stamp(local_midnight(day)), stamp(next_local_midnight(now)));
        let since = stamp(now - Span::days(30));
        let count = |sql: &str, args: &[&dyn rusqlite::ToSql]| -> i64 {
            self.reader.query_row(sql, args, |r| r.get(0)).unwrap()
        };
        [
            (
                LimitKey::InvitesPerEventPerInviter,
                count(
                    "SELECT count(*) FROM invites WHERE event_id = ?1 AND inviter_kind = ?2 AND inviter_id = ?3",
                    params![event, kind, inviter],
                ),
            ),
            (
                LimitKey::InvitesPerDayPerPartner,
                count(
                    "SELECT count(*) FROM invites WHERE inviter_kind = ?1 AND inviter_id = ?2
                       AND created_at >= ?3 AND created_at < ?4",
                    params![kind, inviter, from, to],
                ),
            ),
            (
                LimitKey::InvitesPerDayPerUser,
                count(
                    "SELECT count(*) FROM invites WHERE issued_by_user_id = ?1 AND created_at >= ?2 AND created_at < ?3",
                    params![issuer, from, to],
                ),
            ),
            (
                LimitKey::PendingInvitesPerReceiver,
                count(
                    "SELECT count(*) FROM invites WHERE receiver_user_id = ?1 AND status IN ('pending', 'viewed')",
                    params![receiver],
                ),
            ),
            (
                LimitKey::InvitesToSameReceiverPer30d,
                count(
                    "SELECT count(*) FROM invites WHERE inviter_kind = ?1 AND inviter_id = ?2
                       AND receiver_user_id = ?3 AND created_at > ?4",
                    params![kind, inviter, receiver, since],
                ),
            ),
        ]
    }

    fn seats(&self, p: P) -> i64 {
        self.reader
            .query_row(
                "SELECT count(*) FROM partner_memberships WHERE partner_id = ?1",
                [&self.partner_ids[p.0]],
                |r| r.get(0),
            )
            .unwrap()
    }

    /// SPEC §1.6 rule 2 and the §1.4 last-owner guard, on the stored data.
    fn invariant_violations(&self) -> Vec<String> {
        let count = |sql: &str| -> i64 { self.reader.query_row(sql, [], |r| r.get(0)).unwrap() };
        let mut problems = Vec::new();
        let checks = [
            (
                "more than one credited acceptance for an (event, receiver)",
                "SELECT count(*) FROM (SELECT 1 FROM invites WHERE credited_acceptance = 1
                   GROUP BY event_id, receiver_user_id HAVING count(*) > 1)",
            ),
            (
                "credited_acceptance differs from status = accepted",
                "SELECT count(*) FROM invites WHERE credited_acceptance <> (status = 'accepted')",
            ),
            (
                "an open invite beside a credited acceptance",
                "SELECT count(*) FROM invites o JOIN invites c ON c.event_id = o.event_id
                   AND c.receiver_user_id = o.receiver_user_id AND c.credited_acceptance = 1
                 WHERE o.status IN ('pending', 'viewed')",
            ),
            (
                "a partner without an active owner",
                "SELECT count(*) FROM partners p WHERE NOT EXISTS (SELECT 1 FROM partner_memberships m
                   WHERE m.partner_id = p.id AND m.role = 'owner' AND m.status = 'active')",
            ),
        ];
        for (what, sql) in checks {
            let n = count(sql);
            if n != 0 {
                problems.push(format!("{what}: {n}"));
            }
        }
        problems
    }
}

// ---------------------------------------------------------------------------
// The property.

/// A step's outcome in comparable form.
#[derive(Debug, PartialEq)]
enum Outcome {
    Changed { action: String, actor: String },
    Unchanged,
    Refused { code: String, limit_key: Option<String> },
}

impl Outcome {
    /// The coverage label of this outcome of `op`.
    fn label(&self, op: &Op) -> String {
        match self {
            Outcome::Changed { action, .. } => action.clone(),
            Outcome::Unchanged => format!("no-op: {}", op.kind()),
            Outcome::Refused { code, limit_key: Some(key) } => format!("{code}: {key}"),
            Outcome::Refused { code, limit_key: None } => code.clone(),
        }
    }
}

/// How the audit log names the actor.
fn audit_actor(actor: Actor) -> String {
    match actor {
        Actor::Operator => format!("operator:{OPERATOR}"),
        Actor::User(u) => USERS[u.0].email.to_string(),
    }
}

fn expected_outcome(rule: &Rule<Effect>, actor: Actor) -> Outcome {
    match rule {
        Ok(Effect::Changed(action)) => Outcome::Changed { action: action.to_string(), actor: audit_actor(actor) },
        Ok(Effect::Unchanged) => Outcome::Unchanged,
        Err(r) => Outcome::Refused { code: r.code.into(), limit_key: r.limit.map(|k| k.as_str().into()) },
    }
}

/// What the service did: its result and the audit rows it wrote.
fn observed_outcome(result: &Result<Option<String>, Error>, audit: &[(String, String)]) -> Result<Outcome, String> {
    match (result, audit) {
        (Ok(_), []) => Ok(Outcome::Unchanged),
        (Ok(_), [(action, actor)]) => Ok(Outcome::Changed { action: action.clone(), actor: actor.clone() }),
        (Err(e), []) => Ok(Outcome::Refused {
            code: e.code().into(),
            limit_key: e.details.get("limit_key").and_then(|v| v.as_str()).map(String::from),
        }),
        (Ok(_), rows) => Err(format!("succeeded with {} audit rows: {rows:?}", rows.len())),
        (Err(e), rows) => Err(format!("failed ({}: {}) yet wrote audit rows {rows:?}", e.code(), e.message)),
    }
}

/// Memberships every sequence starts from, made by real steps (and checked
/// like them): carol an active admin of blue-note (a managing non-owner),
/// alice an active analyst and dave an invited manager of red-door (whose
/// seats are then full).
fn prologue() -> Vec<Op> {
    let invite = |partner, user, role| Op::MemberInvite {
        by: Who::Operator,
        target: Target::Pair(P(partner), U(user)),
        role: Some(role),
        grant: None,
        expires_in: None,
        resend: false,
    };
    let accept = |partner, user| Op::MemberAccept { by: Who::Subject, target: Target::Pair(P(partner), U(user)) };
    vec![
        invite(0, 3, Role::Admin),
        accept(0, 3),
        invite(1, 1, Role::Analyst),
        accept(1, 1),
        invite(1, 4, Role::Manager),
    ]
}

/// Runs the prologue and one sequence against a fresh database and the
/// model; `reached` sees every step's outcome.
fn run_sequence(ops: &[Op], reached: &mut dyn FnMut(&Op, &Outcome)) -> Result<(), TestCaseError> {
    let sut = Sut::new();
    let mut model = Model::new();
    let prologue = prologue();
    for (n, op) in prologue.iter().chain(ops).enumerate() {
        let resolved = model.resolve(op);
        let invite_id = resolved.invite.map(|i| model.invites[i].id.clone());
        let now = model.now;
        let step = match n.checked_sub(prologue.len()) {
            Some(i) => format!("step {i}"),
            None => format!("prologue step {n}"),
        };
        let fail = |what: String| {
            TestCaseError::fail(format!("{step} at {} ({op:?}, resolved to {resolved:?}): {what}", stamp(now)))
        };
        let audit_before = sut.last_audit_id();
        let result = sut.run(op, &resolved, now, invite_id.as_deref());
        let observed = observed_outcome(&result, &sut.audit_since(audit_before)).map_err(fail)?;
        let new_id = result.as_ref().ok().cloned().flatten();
        let expected = expected_outcome(&model.apply(op, &resolved, new_id.as_deref()), resolved.actor);
        reached(op, &observed);
        if observed != expected {
            let message = result.err().map(|e| format!(" ({})", e.message)).unwrap_or_default();
            return Err(fail(format!("model {expected:?}, service {observed:?}{message}")));
        }
        check_state(&sut, &model).map_err(fail)?;
        // Only invite changes move the counters (the table check above
        // covers every step); the service is asked after those.
        if matches!(&observed, Outcome::Changed { action, .. } if action.starts_with("invite.")) {
            check_metrics(&sut, &model).map_err(fail)?;
        }
        if let Some(id) = &new_id {
            check_send_limits(&sut, &model, id).map_err(fail)?;
        }
        let invited = matches!(&observed, Outcome::Changed { action, .. } if action == "member.invite");
        if let (true, Some((partner, _))) = (invited, resolved.membership) {
            let (allowed, seats) = (model.limit(LimitKey::MembersPerPartner, Some(partner)), sut.seats(partner));
            if allowed.is_some_and(|a| seats > a) {
                return Err(fail(format!("{seats} seats exceed the limit {allowed:?}")));
            }
        }
    }
    check_metrics(&sut, &model).map_err(|e| TestCaseError::fail(format!("after the sequence: {e}")))?;
    let ctx = sut.ctx(model.now, Actor::Operator);
    service::db::check(&ctx).map_err(|e| TestCaseError::fail(format!("db check after the sequence: {}", e.message)))?;
    Ok(())
}

/// The stored data equals the model's, and the invariants hold.
fn check_state(sut: &Sut, model: &Model) -> Result<(), String> {
    same_rows("memberships", &sut.member_rows(), &model.member_rows())?;
    same_rows("invites", &sut.invite_rows(), &model.invite_rows())?;
    same_rows("partners' archived flags", &sut.partners_archived(), &model.archived)?;
    let counters = |all: BTreeMap<_, _>| all.into_iter().collect::<Vec<_>>();
    same_rows("metrics counters", &counters(sut.counters()), &counters(model.counters()))?;
    let problems = sut.invariant_violations();
    if !problems.is_empty() {
        return Err(format!("invariants broken: {problems:?}"));
    }
    Ok(())
}

/// Who a metrics row is about: an inviter principal or an issuing user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Grouped {
    Inviter(Principal),
    Issuer(U),
}

/// `metrics event --by inviter` and `--by issuer` of every event, through the
/// real metrics service as the operator: every row's counters, the totals
/// and the acceptance rates equal the model's.
fn check_metrics(sut: &Sut, model: &Model) -> Result<(), String> {
    let ctx = sut.ctx(model.now, Actor::Operator);
    let per_event = model.counters_by(|i| i.event);
    for by in [GroupBy::Inviter, GroupBy::Issuer] {
        let modelled = match by {
            GroupBy::Inviter => model.counters_by(|i| (i.event, Grouped::Inviter(i.inviter))),
            GroupBy::Issuer => model.counters_by(|i| (i.event, Grouped::Issuer(i.issuer))),
        };
        let (mut rows, mut totals, mut modelled_totals) = (Vec::new(), Vec::new(), Vec::new());
        for (e, event_id) in sut.event_ids.iter().enumerate() {
            let query = EventQuery { event: event_id.clone(), by, since: None, until: None, sort: None };
            let metrics = metrics::event(&ctx, query)
                .map_err(|err| format!("metrics event {:?} --by {by}: {}", E(e), err.message))?;
            for row in &metrics.rows {
                let who = match row {
                    GroupRow::Inviter { inviter_kind, inviter_id, .. } => {
                        Grouped::Inviter(sut.principal(inviter_kind.as_str(), inviter_id))
                    }
                    GroupRow::Issuer { issuer_id, .. } => Grouped::Issuer(U(index_of(&sut.user_ids, issuer_id))),
                };
                rows.push(((E(e), who), reported_counters(row.funnel())?));
            }
            totals.push(reported_counters(&metrics.totals)?);
            modelled_totals.push(per_event.get(&E(e)).copied().unwrap_or_default());
        }
        rows.sort_by_key(|(key, _)| *key);
        same_rows(&format!("metrics --by {by} rows"), &rows, &modelled.into_iter().collect::<Vec<_>>())?;
        same_rows(&format!("metrics --by {by} totals"), &totals, &modelled_totals)?;
    }
    Ok(())
}

/// The counters of a reported funnel, once its acceptance rate is
/// accepted / sent rounded to 4 decimals (0 when nothing was sent).
fn reported_counters(funnel: &Funnel) -> Result<Counters, String> {
    let c = funnel.counts;
    let rate = if c.sent == 0 { 0.0 } else { (c.accepted as f64 / c.sent as f64 * 1e4).round() / 1e4 };
    if funnel.acceptance_rate.0 != rate {
        return Err(format!("acceptance_rate {} for {c:?}, expected {rate}", funnel.acceptance_rate.0));
    }
    Ok(Counters {
        sent: c.sent,
        viewed: c.viewed,
        accepted: c.accepted,
        declined: c.declined,
        closed_duplicate: c.closed_duplicate,
        open: c.open,
        expired: c.expired,
        attended: c.attended,
    })
}

/// Both sides hold the same rows; otherwise the rows only one side has.
fn same_rows<T: fmt::Debug + PartialEq>(what: &str, stored: &[T], modelled: &[T]) -> Result<(), String> {
    if stored == modelled {
        return Ok(());
    }
    let only = |a: &[T], b: &[T]| {
        a.iter().filter(|row| !b.contains(row)).map(|row| format!("\n    {row:?}")).collect::<String>()
    };
    Err(format!(
        "{what} differ\n  only stored:{}\n  only in the model:{}",
        only(stored, modelled),
        only(modelled, stored)
    ))
}

/// After a send: each limit's count (SQL over the file) equals the model's
/// and is within the limit in force (partner plan or tenant default).
fn check_send_limits(sut: &Sut, model: &Model, id: &str) -> Result<(), String> {
    let invite = model.invites.iter().find(|i| i.id == id).ok_or("the sent invite is not in the model")?;
    let stored = sut.send_counts(id, model.now);
    let modelled = model.send_counts(invite.event, invite.receiver, invite.inviter, invite.issuer);
    if stored != modelled {
        return Err(format!("limit counts differ: stored {stored:?}, model {modelled:?}"));
    }
    let on_behalf_of = invite.inviter.partner();
    for (key, used) in stored {
        if key == LimitKey::InvitesPerDayPerPartner && on_behalf_of.is_none() {
            continue;
        }
        if let Some(allowed) = model.limit(key, on_behalf_of) {
            if used > allowed {
                let (kind, inviter) = sut.principal_key(invite.inviter);
                return Err(format!(
                    "{} is {used} after the send (allowed {allowed}) for {kind}:{inviter}",
                    key.as_str()
                ));
            }
        }
    }
    Ok(())
}

const CASES: u32 = 128;
const SEED: u64 = 0x9a47_7e2c;
const MAX_STEPS: usize = 80;

/// 128 sequences of up to 80 steps with a fixed seed, unless `PROPTEST_CASES`
/// or `PROPTEST_RNG_SEED` say otherwise.
fn config() -> ProptestConfig {
    let mut config = ProptestConfig {
        source_file: Some(file!()),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    };
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = CASES;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = RngSeed::Fixed(SEED);
    }
    if std::env::var_os("PROPTEST_MAX_SHRINK_ITERS").is_none() {
        config.max_shrink_iters = 4096;
    }
    config
}

/// What the default run must reach, so the sequences stay meaningful when
/// the generator or the fixture change: every change, the idempotent no-ops,
/// and every refusal (each limit key for quotas).
const MUST_REACH: &[&str] = &[
    "member.invite",
    "member.resend",
    "member.accept",
    "member.set_role",
    "member.suspend",
    "member.reactivate",
    "member.remove",
    "invite.send",
    "invite.view",
    "invite.accept",
    "invite.decline",
    "invite.attendance",
    "invite.expire",
    "tenant.settings.set",
    "plan.update",
    "partner.archive",
    "no-op: MemberAccept",
    "no-op: MemberSetRole",
    "no-op: MemberSuspend",
    "no-op: MemberReactivate",
    "no-op: InviteView",
    "no-op: InviteAccept",
    "no-op: InviteAttendance",
    "no-op: InviteExpire",
    "usage",
    "invalid_input",
    "not_found",
    "permission_denied",
    "already_invited",
    "already_member",
    "already_accepted",
    "invalid_transition",
    "last_owner",
    "invitation_expired",
    "event_ended",
    "quota_exceeded: invites_per_event_per_inviter",
    "quota_exceeded: invites_per_day_per_partner",
    "quota_exceeded: invites_per_day_per_user",
    "quota_exceeded: pending_invites_per_receiver",
    "quota_exceeded: invites_to_same_receiver_per_30d",
    "quota_exceeded: members_per_partner",
];

/// Drops single steps while the sequence still fails: proptest's shrinking
/// stops deleting steps once it starts simplifying them.
fn without_needless_steps(mut reason: String, mut ops: Vec<Op>) -> (String, Vec<Op>) {
    let mut i = ops.len();
    while i > 0 {
        i -= 1;
        let mut fewer = ops.clone();
        fewer.remove(i);
        if let Err(TestCaseError::Fail(why)) = run_sequence(&fewer, &mut |_, _| {}) {
            (reason, ops) = (why.message().to_string(), fewer);
            i = i.min(ops.len());
        }
    }
    (reason, ops)
}

#[test]
fn services_follow_the_model() {
    let config = config();
    let default_run = config.cases == CASES && config.rng_seed == RngSeed::Fixed(SEED);
    let reached = RefCell::new(BTreeSet::new());
    let mut runner = TestRunner::new(config);
    let sequences = proptest::collection::vec(op(), 1..=MAX_STEPS);
    let result = runner.run(&sequences, |ops| {
        run_sequence(&ops, &mut |op, outcome| {
            reached.borrow_mut().insert(outcome.label(op));
        })
    });
    match result {
        Ok(()) => {}
        Err(TestError::Fail(reason, ops)) => {
            let (reason, ops) = without_needless_steps(reason.message().to_string(), ops);
            let steps: String = ops.iter().enumerate().map(|(i, op)| format!("\n  step {i}: {op:?}")).collect();
            panic!("{reason}\nminimal failing sequence (after the prologue):{steps}")
        }
        Err(e) => panic!("{e}"),
    }
    let reached = reached.into_inner();
    let missing: Vec<_> = MUST_REACH.iter().filter(|label| !reached.contains(**label)).collect();
    assert!(!default_run || missing.is_empty(), "the sequences never reached {missing:?}; reached {reached:?}");
}
