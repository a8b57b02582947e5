//! The storage seam. Services see only these traits, in domain types; all
//! SQL lives in the store crates (`partnerctl-store-sqlite`).
//!
//! A `Tx` is one transaction: `Store::write` takes the write lock at its start
//! (`BEGIN IMMEDIATE` on SQLite) so check-then-write rules hold across
//! processes. Dropping a `Tx` without `commit` rolls it back.

use crate::error::{Constraint, Result};
use crate::model::*;
use crate::time::Timestamp;

/// `Send`, so that a server can keep one per worker thread or in a pool.
pub trait Store: Send {
    /// A read-only snapshot.
    fn read(&self) -> Result<Box<dyn Tx + '_>>;
    /// A read of one statement, which needs no snapshot beyond its own: a
    /// server may run it without a transaction around it, sparing the
    /// round trips of BEGIN and ROLLBACK (the token check of every HTTP
    /// request). Only its first statement is guaranteed a consistent view.
    fn read_one(&self) -> Result<Box<dyn Tx + '_>> {
        self.read()
    }
    /// A write transaction holding the database write lock.
    fn write(&self) -> Result<Box<dyn Tx + '_>>;
    /// One write transaction for a command made of many service calls
    /// (`demo`): until it ends, `read` and `write` open savepoints inside
    /// it, so the whole command commits, or rolls back, as one (SPEC §3.1).
    fn command(&self) -> Result<Box<dyn Tx + '_>>;
    /// Whether a `command` transaction is open, so that `write` would only
    /// open a savepoint (which cannot be retried on its own).
    fn in_command(&self) -> bool;
    /// Schema and file facts for `db status`.
    fn status(&self) -> Result<DbStatus>;
    /// Engine-level integrity problems (`PRAGMA integrity_check`, foreign keys).
    fn integrity_problems(&self) -> Result<Vec<String>>;
    /// A snapshot of the whole database in its portable form (`db copy`).
    fn export(&self) -> Result<Box<dyn crate::portable::Export + '_>>;
    /// A write transaction that loads the portable form into this database.
    fn import(&self) -> Result<Box<dyn crate::portable::Import + '_>>;
    /// A consistent online copy of the whole database at `dest`.
    fn backup(&self, dest: &std::path::Path) -> Result<()>;
}

pub trait Tx:
    TenantStore
    + UserStore
    + PartnerStore
    + PlanStore
    + MemberStore
    + AuditStore
    + EventStore
    + InviteStore
    + LimitStore
    + CheckStore
    + MetricsStore
    + ImportStore
    + TokenStore
{
    fn commit(self: Box<Self>) -> Result<()>;
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct DbStatus {
    /// `sqlite` or `postgresql`.
    pub backend: String,
    /// The file, or the server URL without its password.
    pub path: String,
    pub schema_version: i64,
    pub latest_version: i64,
    pub journal_mode: String,
    pub size_bytes: u64,
    pub tenants: i64,
    pub users: i64,
    pub partners: i64,
    pub memberships: i64,
    pub events: i64,
    pub invites: i64,
    pub audit_entries: i64,
    /// The server's version (PostgreSQL); absent for a SQLite file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_version: Option<String>,
    /// The TLS version of the connection to the server, or `off` (PostgreSQL).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls: Option<String>,
}

pub trait TenantStore {
    fn insert_tenant(&self, tenant: &Tenant) -> Result<()>;
    fn list_tenants(&self) -> Result<Vec<Tenant>>;
    /// By slug or id.
    fn find_tenant(&self, reference: &str) -> Result<Option<Tenant>>;
    fn set_tenant_timezone(&self, tenant_id: &str, timezone: &str) -> Result<()>;
    /// The stored value of one setting: `None` when the row is absent,
    /// `Some(None)` for a stored null (unlimited, for limit keys).
    fn setting(&self, tenant_id: &str, key: SettingKey) -> Result<Option<Option<String>>>;
    fn set_setting(&self, tenant_id: &str, key: SettingKey, value: Option<&str>) -> Result<()>;
}

pub trait UserStore {
    fn insert_user(&self, tenant_id: &str, user: &User) -> Result<()>;
    /// Writes display_name and landlord of an existing user.
    fn update_user(&self, user: &User) -> Result<()>;
    fn find_user_by_id(&self, tenant_id: &str, id: &str) -> Result<Option<User>>;
    /// `email` as stored: already canonical (`service::canonical_email`).
    fn find_user_by_email(&self, tenant_id: &str, email: &str) -> Result<Option<User>>;
    /// Ordered by email; at most `limit`.
    fn list_users(&self, tenant_id: &str, landlords_only: bool, limit: Option<u64>) -> Result<Vec<User>>;
    /// The emails that start with `prefix`, ordered by email; at most
    /// `limit` (shell completion, on tenants of many users).
    fn user_emails_starting(&self, tenant_id: &str, prefix: &str, limit: u64) -> Result<Vec<String>>;
    /// Whether a user id exists in any tenant (ids are global keys).
    fn user_id_taken(&self, id: &str) -> Result<bool>;
    /// Hands the tenant's users (id, email, display name) to `each`, in no
    /// order, until it returns false. A store may stop after
    /// `names::CACHED_USERS` + 1 users: callers keep at most that many.
    fn each_user(&self, tenant_id: &str, each: &mut dyn FnMut(&str, &str, &str) -> bool) -> Result<()>;
}

pub trait PartnerStore {
    fn insert_partner(&self, tenant_id: &str, partner: &Partner, updated_at: Timestamp) -> Result<()>;
    /// By slug or id.
    fn find_partner(&self, tenant_id: &str, reference: &str) -> Result<Option<Partner>>;
    fn list_partners(&self, tenant_id: &str) -> Result<Vec<Partner>>;
    /// Writes name, kind, plan and status.
    fn update_partner(&self, partner: &Partner, updated_at: Timestamp) -> Result<()>;
}

#[derive(Debug, Clone)]
pub struct Plan {
    pub key: String,
    pub name: String,
    /// The plan's overrides; a key absent here falls back to the tenant default.
    pub overrides: Vec<(LimitKey, LimitValue)>,
    /// How many partners are on it.
    pub partners: i64,
}

pub trait PlanStore {
    fn insert_plan(&self, tenant_id: &str, key: &str, name: &str, created_at: Timestamp) -> Result<()>;
    fn find_plan(&self, tenant_id: &str, key: &str) -> Result<Option<Plan>>;
    fn list_plans(&self, tenant_id: &str) -> Result<Vec<Plan>>;
    fn set_plan_override(&self, tenant_id: &str, plan: &str, key: LimitKey, value: LimitValue) -> Result<()>;
}

pub trait MemberStore {
    fn find_membership(&self, partner_id: &str, user_id: &str) -> Result<Option<Membership>>;
    fn find_membership_by_code(&self, tenant_id: &str, code_hash: &str) -> Result<Option<Membership>>;
    /// Inserts or replaces the membership with `m.id`; `code_hash` replaces the
    /// stored invite code hash (None clears it).
    fn save_membership(&self, tenant_id: &str, m: &Membership, code_hash: Option<&str>, now: Timestamp) -> Result<()>;
    /// Writes role, flags, status and times of an existing membership, keeping
    /// its invite code hash.
    fn update_membership(&self, m: &Membership, now: Timestamp) -> Result<()>;
    fn delete_membership(&self, id: &str) -> Result<()>;
    fn list_memberships(&self, partner_id: &str, status: Option<MemberStatus>) -> Result<Vec<Membership>>;
    /// Active memberships of a user, across partners.
    fn active_memberships_of_user(&self, user_id: &str) -> Result<Vec<Membership>>;
    fn count_active_owners(&self, partner_id: &str) -> Result<i64>;
    /// Invited + active + suspended memberships.
    fn count_seats(&self, partner_id: &str) -> Result<i64>;
}

#[derive(Debug, Clone)]
pub struct NewAudit<'a> {
    pub tenant_id: Option<&'a str>,
    pub at: Timestamp,
    pub actor: &'a str,
    pub actor_user_id: Option<&'a str>,
    pub action: AuditAction,
    pub target_kind: TargetKind,
    pub target_id: Option<&'a str>,
    pub partner_id: Option<&'a str>,
    pub details: serde_json::Value,
}

#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub tenant_id: String,
    /// Entries of these partners only (owner/admin view).
    pub partner_ids: Option<Vec<String>>,
    pub partner_id: Option<String>,
    pub actor_user_id: Option<String>,
    pub action: Option<String>,
    /// Entries at or after this time.
    pub since: Option<Timestamp>,
    pub limit: Option<i64>,
    /// Oldest first; by default the newest entry comes first.
    pub oldest_first: bool,
    /// Keyset paging: the entries after this id in the order asked for.
    pub after: Option<i64>,
}

pub trait AuditStore {
    fn insert_audit(&self, entry: &NewAudit) -> Result<()>;
    fn list_audit(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>>;
}

/// Which events `list_events` returns; `None` fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub tenant_id: String,
    /// Events this partner manages (host or manager).
    pub managed_by: Option<String>,
    /// Events with `ends_at` after this time (not ended yet).
    pub ends_after: Option<Timestamp>,
    /// Events with `ends_at` at or before this time (ended).
    pub ended_by: Option<Timestamp>,
    /// At most this many, the first in order.
    pub limit: Option<u64>,
}

pub trait EventStore {
    /// By slug or id, with its manager partners.
    fn find_event(&self, tenant_id: &str, reference: &str) -> Result<Option<Event>>;
    /// Inserts the event and its manager partners (`manager_partner_ids`).
    fn insert_event(&self, tenant_id: &str, event: &Event, created_at: Timestamp) -> Result<()>;
    /// Writes title, starts_at and ends_at.
    fn update_event(&self, event: &Event, updated_at: Timestamp) -> Result<()>;
    fn add_event_manager(&self, event_id: &str, partner_id: &str) -> Result<()>;
    fn remove_event_manager(&self, event_id: &str, partner_id: &str) -> Result<()>;
    /// Ordered by starts_at, slug.
    fn list_events(&self, filter: &EventFilter) -> Result<Vec<Event>>;
}

/// Which invites `for_each_invite` yields; `None` fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct InviteFilter {
    pub tenant_id: String,
    /// An event of `tenant_id`.
    pub event_id: Option<String>,
    pub receiver_id: Option<String>,
    pub inviter: Option<(InviterKind, String)>,
    pub status: Option<InviteStatus>,
    /// Restricts a non-privileged reader to what it may see.
    pub visible_to: Option<InviteVisibility>,
    /// At most this many, the first in order.
    pub limit: Option<u64>,
}

/// Invites received by `receiver_id`, or of one of `event_ids`.
#[derive(Debug, Clone, Default)]
pub struct InviteVisibility {
    pub receiver_id: String,
    pub event_ids: Vec<String>,
}

pub trait InviteStore {
    /// The invite record (§2.3) with its joined names.
    fn find_invite(&self, tenant_id: &str, id: &str) -> Result<Option<Invite>>;
    /// The invite of one inviter principal to one receiver for one event (rule 1).
    fn find_invite_by_principal(
        &self,
        event_id: &str,
        receiver_id: &str,
        kind: InviterKind,
        inviter_id: &str,
    ) -> Result<Option<Invite>>;
    /// The receiver's credited acceptance for the event, if any (rule 2).
    fn find_credited_invite(&self, event_id: &str, receiver_id: &str) -> Result<Option<Invite>>;
    /// Inserts a new invite (the joined name fields of `invite` are ignored).
    fn insert_invite(&self, tenant_id: &str, invite: &Invite) -> Result<()>;
    /// Writes status, credited_acceptance, attendance, viewed_at and responded_at.
    fn update_invite(&self, invite: &Invite, updated_at: Timestamp) -> Result<()>;
    /// Turns the open invites of (event, receiver) other than `except_id` into
    /// `closed_duplicate`; returns their ids, sorted.
    fn close_open_duplicates(
        &self,
        event_id: &str,
        receiver_id: &str,
        except_id: &str,
        now: Timestamp,
    ) -> Result<Vec<String>>;
    /// Turns the open invites of events ended by `now` into `expired`; returns how many.
    fn expire_open_invites(&self, tenant_id: &str, now: Timestamp) -> Result<i64>;
    /// Streams matching invites ordered by created_at, id (one record,
    /// refilled per row: `each` clones what it keeps).
    fn for_each_invite(&self, filter: &InviteFilter, each: &mut dyn FnMut(&Invite) -> Result<()>) -> Result<()>;
}

/// Counts behind the limits of SPEC §1.7.
pub trait LimitStore {
    /// Invites of one inviter principal to one event.
    fn count_event_inviter(&self, event_id: &str, kind: InviterKind, inviter_id: &str) -> Result<i64>;
    /// Invites of one inviter principal created in `[from, to)`.
    fn count_principal_between(
        &self,
        kind: InviterKind,
        inviter_id: &str,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<i64>;
    /// Invites issued by one user (as themselves or for any partner) in `[from, to)`.
    fn count_issuer_between(&self, user_id: &str, from: Timestamp, to: Timestamp) -> Result<i64>;
    /// Open (pending or viewed) invites the receiver holds.
    fn count_open_for_receiver(&self, receiver_id: &str) -> Result<i64>;
    /// `created_at` of the principal's invites to the receiver after `since`, oldest first.
    fn principal_to_receiver_since(
        &self,
        kind: InviterKind,
        inviter_id: &str,
        receiver_id: &str,
        since: Timestamp,
    ) -> Result<Vec<Timestamp>>;
}

/// Re-verification of SPEC §1 rules over stored data (`db check`).
pub trait CheckStore {
    /// One line per violated rule instance.
    fn rule_violations(&self) -> Result<Vec<String>>;
}

/// The funnel counters of SPEC §2.5 over a set of invites.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Counts {
    pub sent: i64,
    pub viewed: i64,
    /// Credited acceptances only.
    pub accepted: i64,
    pub declined: i64,
    pub closed_duplicate: i64,
    /// Pending or viewed.
    pub open: i64,
    pub expired: i64,
    /// Attendance confirmed.
    pub attended: i64,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.sent += o.sent;
        self.viewed += o.viewed;
        self.accepted += o.accepted;
        self.declined += o.declined;
        self.closed_duplicate += o.closed_duplicate;
        self.open += o.open;
        self.expired += o.expired;
        self.attended += o.attended;
    }
}

/// Which invites a metrics query counts.
#[derive(Debug, Clone, Copy)]
pub enum InviteSet<'a> {
    /// One event's invites (event id).
    Event(&'a str),
    /// The invites of every event the partner (id) manages, as host or manager.
    ManagedBy(&'a str),
}

/// `created_at` in `[since, until)`, `None` = open end.
#[derive(Debug, Clone, Default)]
pub struct Window {
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
}

impl Window {
    /// All of time: the stores may answer from their maintained counters.
    pub fn is_unbounded(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }
}

/// Who a metrics row is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Group {
    Inviter { kind: InviterKind, id: String, name: String },
    Issuer { id: String, email: String, name: String },
}

/// One event with the counts of its invites.
#[derive(Debug, Clone)]
pub struct EventCounts {
    pub event_id: String,
    pub event_slug: String,
    pub title: String,
    pub starts_at: Timestamp,
    pub host_partner_slug: String,
    pub counts: Counts,
}

/// The invites `--drill` lists, ordered by `created_at, id`.
#[derive(Debug, Clone)]
pub struct DrillQuery {
    pub event_id: String,
    pub inviter: Option<(InviterKind, String)>,
    pub issuer_id: Option<String>,
    pub status: Option<InviteStatus>,
    pub window: Window,
    /// Keyset position: `(created_at, id)` of the last invite of the previous page.
    pub after: Option<(Timestamp, String)>,
    pub limit: Option<u64>,
}

/// One partner of the workspace home (SPEC §2.4) with its counts.
#[derive(Debug, Clone)]
pub struct PartnerOverview {
    pub partner: Partner,
    /// The role of the given user's active membership, if any.
    pub role: Option<Role>,
    pub active_members: i64,
    pub managed_events: i64,
    /// Invites with the partner as inviter principal in the given day.
    pub invites_today: i64,
}

/// Read-only aggregates for metrics and the workspace home.
pub trait MetricsStore {
    /// Counts per inviter principal or per issuing user, with their names;
    /// with `top`, only the first `top` groups by accepted desc, sent desc,
    /// then id (and inviter kind), the order of SPEC §2.5. Each group goes
    /// to `each` as it is read, so the caller's rows are the only copy.
    fn group_counts(
        &self,
        set: InviteSet,
        by: GroupBy,
        window: &Window,
        top: Option<u32>,
        each: &mut dyn FnMut(Group, Counts),
    ) -> Result<()>;
    /// Every event the partner manages with the counts of all its invites,
    /// ordered by `starts_at`, slug.
    fn managed_event_counts(&self, partner_id: &str, window: &Window) -> Result<Vec<EventCounts>>;
    /// Every event of the tenant, or (with `viewer`, a user id) those managed
    /// by a partner where that user holds an active membership with
    /// `can_view_metrics`, with the counts of all their invites, ordered by
    /// `sent` desc, then event id (bytewise).
    fn event_counts(&self, tenant_id: &str, viewer: Option<&str>, window: &Window) -> Result<Vec<EventCounts>>;
    /// Streams the invite records of `q` to `each`, one at a time (as
    /// `for_each_invite`).
    fn drill(&self, q: &DrillQuery, each: &mut dyn FnMut(&Invite) -> Result<()>) -> Result<()>;
    /// Partners by slug: all of them, or (`only_member`) those where `user_id`
    /// holds an active membership; invites counted in `[day_from, day_to)`.
    fn partner_overviews(
        &self,
        tenant_id: &str,
        user_id: Option<&str>,
        only_member: bool,
        day_from: Timestamp,
        day_to: Timestamp,
    ) -> Result<Vec<PartnerOverview>>;
}

/// API tokens (SPEC §5): a secret is looked up by its hash, never stored.
pub trait TokenStore {
    fn insert_token(&self, tenant_id: &str, token: &Token, secret_hash: &str) -> Result<()>;
    /// By id, in the tenant.
    fn find_token(&self, tenant_id: &str, id: &str) -> Result<Option<Token>>;
    /// The token with this secret hash and its tenant id, in any tenant
    /// (a secret names its tenant).
    fn find_token_by_hash(&self, secret_hash: &str) -> Result<Option<(String, Token)>>;
    /// The tenant's tokens, or one user's, ordered by created_at, id.
    fn list_tokens(&self, tenant_id: &str, user_id: Option<&str>) -> Result<Vec<Token>>;
    fn revoke_token(&self, id: &str, at: Timestamp) -> Result<()>;
    /// Sets `last_used_at` to `at` unless it is already at or after `at`.
    fn touch_token(&self, id: &str, at: Timestamp) -> Result<()>;
}

/// One imported invite, references already resolved to ids.
#[derive(Debug, Clone)]
pub struct ImportedInvite<'a> {
    pub id: &'a str,
    pub tenant_id: &'a str,
    pub event_id: &'a str,
    pub receiver_id: &'a str,
    pub inviter_kind: InviterKind,
    pub inviter_id: &'a str,
    pub issued_by_user_id: &'a str,
    pub status: InviteStatus,
    pub credited_acceptance: bool,
    pub attendance: Attendance,
    pub channel: Channel,
    pub created_at: Timestamp,
    pub viewed_at: Option<Timestamp>,
    pub responded_at: Option<Timestamp>,
    pub updated_at: Timestamp,
}

/// The unique keys an imported invite can collide on, plus open invites
/// (which must not sit beside a credited acceptance).
#[derive(Debug, Clone, Copy)]
pub enum InviteKey<'a> {
    Id(&'a str),
    Principal { event_id: &'a str, receiver_id: &'a str, kind: InviterKind, inviter_id: &'a str },
    Credited { event_id: &'a str, receiver_id: &'a str },
    Open { event_id: &'a str, receiver_id: &'a str },
}

#[derive(Debug, Clone)]
pub struct ExistingInvite {
    pub id: String,
    pub tenant_id: String,
    /// Written by the running import (an earlier row of the same file).
    pub this_import: bool,
}

/// Why `insert_imported_invite` wrote nothing.
#[derive(Debug, Clone)]
pub struct Collision {
    /// `Id`, `InvitePerInviter` or `CreditedAcceptance`.
    pub constraint: Constraint,
    /// The invite holding that key.
    pub holder: ExistingInvite,
}

/// Bulk loading for `user import` and `invite import`: one import runs in
/// one write transaction, from `begin_import` to `finish_import`, and the
/// store tells the rows it wrote from older ones.
pub trait ImportStore {
    /// Starts an import: rows written from now on are its own.
    fn begin_import(&self) -> Result<()>;
    /// The running import has written many invites and expects about
    /// `expected` in all. When that is large beside what is stored, the store
    /// may trade per-row index upkeep for one rebuild in `finish_import`.
    /// Later calls change nothing.
    fn expect_bulk_load(&self, expected: u64) -> Result<()>;
    /// Ends the running import (completing a bulk load); call before committing.
    fn finish_import(&self) -> Result<()>;
    /// Whether the running import wrote the user.
    fn user_imported(&self, user_id: &str) -> Result<bool>;
    /// Inserts the invite; when it collides with a unique key, writes
    /// nothing and names the first key it collides with, in the order id,
    /// inviter principal, credited acceptance.
    fn insert_imported_invite(&self, invite: &ImportedInvite) -> Result<Option<Collision>>;
    /// Inserts all of `invites` at once when none collides with a unique
    /// key and none leaves an open invite beside a credited acceptance of
    /// the same event and receiver; otherwise writes nothing and returns
    /// `false`, and the caller inserts them one by one to name the rows at
    /// fault. A store with no faster way than one by one returns `false`.
    fn insert_imported_batch(&self, invites: &[ImportedInvite]) -> Result<bool>;
    /// Takes back an invite the running import wrote.
    fn remove_imported_invite(&self, id: &str) -> Result<()>;
    /// An invite (of any tenant for `Id`) holding `key`.
    fn invite_holding(&self, key: InviteKey) -> Result<Option<ExistingInvite>>;
}
