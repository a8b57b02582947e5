//! Domain records and enums. Records are flat and `Serialize` in the field
//! order of SPEC §2.3, so one value renders the same in every format; their
//! `Default` exists for the columns of an empty result.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::time::{self, Timestamp};

/// A closed set of snake_case names (roles, statuses, kinds…).
pub trait Named: Sized + Copy + 'static {
    const ALL: &'static [Self];
    const WHAT: &'static str;
    fn as_str(self) -> &'static str;

    fn parse(s: &str) -> Result<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == s).ok_or_else(|| {
            let names: Vec<_> = Self::ALL.iter().map(|v| v.as_str()).collect();
            Error::invalid_input(format!("invalid {} {s:?}: expected one of {}", Self::WHAT, names.join(", ")))
        })
    }

    fn names() -> Vec<&'static str> {
        Self::ALL.iter().map(|v| v.as_str()).collect()
    }
}

/// The schema of a closed name set: a string, one of `names`.
#[cfg(feature = "openapi")]
fn names_schema(names: Vec<&'static str>) -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some(names))
        .into()
}

macro_rules! named_enum {
    ($(#[$m:meta])* $name:ident, $what:literal { $($(#[$vm:meta])* $variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl Named for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            const WHAT: &'static str = $what;
            fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $s),+ }
            }
        }

        /// The first name: only the shape of an empty result (its columns)
        /// is built from defaults.
        impl Default for $name {
            fn default() -> Self {
                Self::ALL[0]
            }
        }

        impl std::str::FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self> { <Self as Named>::parse(s) }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                names_schema(<Self as Named>::names())
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $name {}
    };
}

named_enum!(Role, "role" {
    Owner = "owner", Admin = "admin", Manager = "manager", Analyst = "analyst", Staff = "staff",
});

named_enum!(
    /// The five permission flags of a membership.
    Flag, "permission" {
    CanInvite = "can_invite",
    CanManageEvents = "can_manage_events",
    CanViewMetrics = "can_view_metrics",
    CanManageMembers = "can_manage_members",
    CanManageBilling = "can_manage_billing",
});

named_enum!(PartnerKind, "partner kind" {
    Artist = "artist", Venue = "venue", ExperienceProvider = "experience_provider",
    Influencer = "influencer", Curator = "curator", Organizer = "organizer",
});

named_enum!(PartnerStatus, "partner status" { Active = "active", Archived = "archived" });

named_enum!(MemberStatus, "membership status" {
    Invited = "invited", Active = "active", Suspended = "suspended",
});

named_enum!(InviteStatus, "invite status" {
    Pending = "pending", Viewed = "viewed", Accepted = "accepted", Declined = "declined",
    ClosedDuplicate = "closed_duplicate", Expired = "expired",
});

impl InviteStatus {
    /// Open invites can still be viewed, accepted or declined.
    pub fn is_open(self) -> bool {
        matches!(self, InviteStatus::Pending | InviteStatus::Viewed)
    }
}

named_enum!(Attendance, "attendance" { Unknown = "unknown", Confirmed = "confirmed", NoShow = "no_show" });

named_enum!(Channel, "channel" {
    InApp = "in_app", Whatsapp = "whatsapp", Link = "link", Qr = "qr", ShareUrl = "share_url",
});

named_enum!(InviterKind, "inviter kind" { User = "user", Partner = "partner" });

named_enum!(
    /// What an audit row records (SPEC §3.1), one per mutating use case.
    AuditAction, "audit action" {
    TenantCreate = "tenant.create",
    TenantSettingsSet = "tenant.settings.set",
    UserAdd = "user.add",
    UserUpdate = "user.update",
    UserImport = "user.import",
    PartnerCreate = "partner.create",
    PartnerUpdate = "partner.update",
    PartnerArchive = "partner.archive",
    PlanSet = "plan.set",
    PlanUpdate = "plan.update",
    MemberInvite = "member.invite",
    MemberResend = "member.resend",
    MemberAccept = "member.accept",
    MemberDecline = "member.decline",
    MemberSetRole = "member.set_role",
    MemberSetPerms = "member.set_perms",
    MemberSuspend = "member.suspend",
    MemberReactivate = "member.reactivate",
    MemberRemove = "member.remove",
    EventCreate = "event.create",
    EventUpdate = "event.update",
    EventAddManager = "event.add_manager",
    EventRemoveManager = "event.remove_manager",
    InviteSend = "invite.send",
    InviteView = "invite.view",
    InviteAccept = "invite.accept",
    InviteDecline = "invite.decline",
    InviteAttendance = "invite.attendance",
    InviteExpire = "invite.expire",
    InviteImport = "invite.import",
    TokenCreate = "token.create",
    TokenRevoke = "token.revoke",
});

named_enum!(
    /// The kind of record an audit row is about.
    TargetKind, "target kind" {
    Tenant = "tenant", User = "user", Partner = "partner", Plan = "plan",
    Membership = "membership", Event = "event", Invite = "invite", Token = "token",
});

impl AuditAction {
    /// The record kind this action changes (`plan.set` changes a partner).
    pub fn target_kind(self) -> TargetKind {
        use AuditAction::*;
        match self {
            TenantCreate | TenantSettingsSet => TargetKind::Tenant,
            UserAdd | UserUpdate | UserImport => TargetKind::User,
            PartnerCreate | PartnerUpdate | PartnerArchive | PlanSet => TargetKind::Partner,
            PlanUpdate => TargetKind::Plan,
            MemberInvite | MemberResend | MemberAccept | MemberDecline | MemberSetRole | MemberSetPerms
            | MemberSuspend | MemberReactivate | MemberRemove => TargetKind::Membership,
            EventCreate | EventUpdate | EventAddManager | EventRemoveManager => TargetKind::Event,
            InviteSend | InviteView | InviteAccept | InviteDecline | InviteAttendance | InviteExpire | InviteImport => {
                TargetKind::Invite
            }
            TokenCreate | TokenRevoke => TargetKind::Token,
        }
    }
}

named_enum!(
    /// The rights of SPEC §1.8 that are not membership flags.
    Right, "permission" {
    /// Operator or landlord (tenant-wide administration).
    Landlord = "landlord",
    /// Any active member of the partner.
    Member = "member",
    OwnerOrAdmin = "owner_or_admin",
    /// Only an owner makes or changes an owner.
    Owner = "owner",
    /// The receiver of an invite.
    Receiver = "receiver",
    /// The partner must manage the event.
    ManagingPartner = "managing_partner",
    /// A front-end named nobody.
    Actor = "actor",
    /// Only the operator (whoever can open the database), never a user.
    Operator = "operator",
});

/// What a permission decision is about: a membership flag or another right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    Flag(Flag),
    Right(Right),
}

impl Permission {
    pub const LANDLORD: Permission = Permission::Right(Right::Landlord);
    pub const MEMBER: Permission = Permission::Right(Right::Member);
    pub const OWNER_OR_ADMIN: Permission = Permission::Right(Right::OwnerOrAdmin);
    pub const OWNER: Permission = Permission::Right(Right::Owner);
    pub const RECEIVER: Permission = Permission::Right(Right::Receiver);
    pub const MANAGING_PARTNER: Permission = Permission::Right(Right::ManagingPartner);
    pub const ACTOR: Permission = Permission::Right(Right::Actor);
    pub const OPERATOR: Permission = Permission::Right(Right::Operator);

    pub fn as_str(self) -> &'static str {
        match self {
            Permission::Flag(flag) => flag.as_str(),
            Permission::Right(right) => right.as_str(),
        }
    }
}

impl From<Flag> for Permission {
    fn from(flag: Flag) -> Permission {
        Permission::Flag(flag)
    }
}

impl std::fmt::Display for Permission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Permission {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        names_schema(Flag::names().into_iter().chain(Right::names()).collect())
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Permission {}

impl Serialize for Permission {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

named_enum!(
    /// How `access who` found a holder of a flag.
    Via, "via" { Landlord = "landlord", Membership = "membership" });

named_enum!(
    /// How invite metrics are grouped: per inviter principal or issuing user.
    GroupBy, "grouping" { Inviter = "inviter", Issuer = "issuer" });

named_enum!(
    /// The keys `metrics --sort` accepts: every column of the funnel.
    SortKey, "sort key" {
    Sent = "sent", Viewed = "viewed", Accepted = "accepted", Declined = "declined",
    ClosedDuplicate = "closed_duplicate", Open = "open", Expired = "expired", Attended = "attended",
    AcceptanceRate = "acceptance_rate",
});

named_enum!(
    /// Limit keys of SPEC §1.7, in the order they are checked.
    LimitKey, "limit key" {
    InvitesPerEventPerInviter = "invites_per_event_per_inviter",
    InvitesPerDayPerPartner = "invites_per_day_per_partner",
    InvitesPerDayPerUser = "invites_per_day_per_user",
    PendingInvitesPerReceiver = "pending_invites_per_receiver",
    InvitesToSameReceiverPer30d = "invites_to_same_receiver_per_30d",
    MembersPerPartner = "members_per_partner",
});

impl LimitKey {
    pub fn scope(self) -> &'static str {
        match self {
            LimitKey::InvitesPerEventPerInviter => "inviter principal × event",
            LimitKey::InvitesPerDayPerPartner => "partner principal",
            LimitKey::InvitesPerDayPerUser => "issuing user",
            LimitKey::PendingInvitesPerReceiver => "receiver",
            LimitKey::InvitesToSameReceiverPer30d => "inviter principal × receiver",
            LimitKey::MembersPerPartner => "partner",
        }
    }

    pub fn window(self) -> &'static str {
        match self {
            LimitKey::InvitesPerEventPerInviter => "event",
            LimitKey::InvitesPerDayPerPartner | LimitKey::InvitesPerDayPerUser => "day (tenant-local)",
            LimitKey::PendingInvitesPerReceiver => "open invites",
            LimitKey::InvitesToSameReceiverPer30d => "rolling 30 days",
            LimitKey::MembersPerPartner => "seats",
        }
    }

    /// The tenant default a new tenant starts with (`None` = unlimited).
    pub fn tenant_default(self) -> Option<i64> {
        match self {
            LimitKey::InvitesPerEventPerInviter => Some(300),
            LimitKey::InvitesPerDayPerPartner => Some(500),
            LimitKey::InvitesPerDayPerUser => Some(100),
            LimitKey::PendingInvitesPerReceiver => Some(20),
            LimitKey::InvitesToSameReceiverPer30d => Some(10),
            LimitKey::MembersPerPartner => None,
        }
    }
}

/// A `tenant settings` key: one of the tenant's own settings, or a limit
/// key (its tenant default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SettingKey {
    Timezone,
    DefaultPlan,
    MemberInvitationTtl,
    Limit(LimitKey),
}

impl SettingKey {
    /// Every key, in the order `tenant settings show` lists them.
    pub fn all() -> impl Iterator<Item = SettingKey> {
        [SettingKey::Timezone, SettingKey::DefaultPlan, SettingKey::MemberInvitationTtl]
            .into_iter()
            .chain(LimitKey::ALL.iter().copied().map(SettingKey::Limit))
    }

    pub fn names() -> Vec<&'static str> {
        Self::all().map(SettingKey::as_str).collect()
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SettingKey::Timezone => "timezone",
            SettingKey::DefaultPlan => "default_plan",
            SettingKey::MemberInvitationTtl => "member_invitation_ttl",
            SettingKey::Limit(key) => key.as_str(),
        }
    }

    pub fn parse(s: &str) -> Result<SettingKey> {
        Self::all().find(|k| k.as_str() == s).ok_or_else(|| {
            Error::invalid_input(format!("unknown setting {s:?}: expected one of {}", Self::names().join(", ")))
        })
    }
}

impl std::fmt::Display for SettingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A limit value: a count, or `None` for unlimited.
pub type LimitValue = Option<i64>;

/// Parses `unlimited` or a non-negative integer.
pub fn parse_limit_value(s: &str) -> Result<LimitValue> {
    if s == "unlimited" {
        return Ok(None);
    }
    s.parse::<i64>().ok().filter(|v| *v >= 0).map(Some).ok_or_else(|| {
        Error::invalid_input(format!("invalid limit value {s:?}: expected a non-negative integer or unlimited"))
    })
}

/// The five flags as booleans, in `Flag::ALL` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Perms(pub [bool; 5]);

impl Perms {
    pub fn for_role(role: Role) -> Perms {
        Perms(match role {
            Role::Owner => [true, true, true, true, true],
            Role::Admin => [true, true, true, true, false],
            Role::Manager => [true, true, true, false, false],
            Role::Analyst => [false, false, true, false, false],
            Role::Staff => [false; 5],
        })
    }
    pub fn has(&self, flag: Flag) -> bool {
        self.0[flag as usize]
    }
    pub fn set(&mut self, flag: Flag, on: bool) {
        self.0[flag as usize] = on;
    }
    pub fn flags(&self) -> impl Iterator<Item = Flag> + '_ {
        Flag::ALL.iter().copied().filter(|f| self.has(*f))
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Tenant {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub timezone: String,
    #[serde(with = "time::serde_rfc3339")]
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub landlord: bool,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    #[serde(with = "time::serde_rfc3339")]
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Partner {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub kind: PartnerKind,
    pub plan: String,
    pub status: PartnerStatus,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    #[serde(with = "time::serde_rfc3339")]
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Membership {
    pub id: String,
    pub partner_id: String,
    pub partner_slug: String,
    pub user_id: String,
    pub user_email: String,
    pub role: Role,
    pub can_invite: bool,
    pub can_manage_events: bool,
    pub can_view_metrics: bool,
    pub can_manage_members: bool,
    pub can_manage_billing: bool,
    pub status: MemberStatus,
    pub invited_by: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    #[serde(with = "time::serde_rfc3339::option")]
    pub invited_at: Option<Timestamp>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    #[serde(with = "time::serde_rfc3339::option")]
    pub accepted_at: Option<Timestamp>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    #[serde(with = "time::serde_rfc3339::option")]
    pub expires_at: Option<Timestamp>,
    /// Only present in the record `member invite` prints.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invite_code: Option<String>,
}

impl Membership {
    pub fn perms(&self) -> Perms {
        Perms([
            self.can_invite,
            self.can_manage_events,
            self.can_view_metrics,
            self.can_manage_members,
            self.can_manage_billing,
        ])
    }
    pub fn set_perms(&mut self, p: Perms) {
        [
            self.can_invite,
            self.can_manage_events,
            self.can_view_metrics,
            self.can_manage_members,
            self.can_manage_billing,
        ] = p.0;
    }
    pub fn is_active(&self) -> bool {
        self.status == MemberStatus::Active
    }
}

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Event {
    pub id: String,
    pub slug: String,
    pub title: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    #[serde(with = "time::serde_rfc3339")]
    pub starts_at: Timestamp,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    #[serde(with = "time::serde_rfc3339")]
    pub ends_at: Timestamp,
    pub host_partner_id: String,
    pub host_partner_slug: String,
    pub manager_partners: Vec<String>,
    /// Ids of the manager partners, for permission checks (not printed).
    #[serde(skip)]
    pub manager_partner_ids: Vec<String>,
}

impl Event {
    /// The host and the manager partners.
    pub fn managing_partner_ids(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.host_partner_id.as_str()).chain(self.manager_partner_ids.iter().map(String::as_str))
    }
}

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invite {
    pub id: String,
    pub event_id: String,
    pub event_slug: String,
    pub receiver_id: String,
    pub receiver_email: String,
    pub inviter_kind: InviterKind,
    pub inviter_id: String,
    pub inviter_name: String,
    pub issued_by_user_id: String,
    pub issued_by_email: String,
    pub status: InviteStatus,
    pub credited_acceptance: bool,
    pub attendance: Attendance,
    pub channel: Channel,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    #[serde(with = "time::serde_rfc3339")]
    pub created_at: Timestamp,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    #[serde(with = "time::serde_rfc3339::option")]
    pub viewed_at: Option<Timestamp>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    #[serde(with = "time::serde_rfc3339::option")]
    pub responded_at: Option<Timestamp>,
}

/// An API token of one user (SPEC §2.3); its secret is stored only as a hash.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Token {
    pub id: String,
    pub user_id: String,
    pub user_email: String,
    pub name: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    #[serde(with = "time::serde_rfc3339")]
    pub created_at: Timestamp,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    #[serde(with = "time::serde_rfc3339::option")]
    pub expires_at: Option<Timestamp>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    #[serde(with = "time::serde_rfc3339::option")]
    pub last_used_at: Option<Timestamp>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    #[serde(with = "time::serde_rfc3339::option")]
    pub revoked_at: Option<Timestamp>,
    /// The secret, only in the record `token create` prints.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    #[serde(with = "time::serde_rfc3339")]
    pub at: Timestamp,
    pub actor: String,
    pub action: String,
    pub target_kind: String,
    pub target_id: Option<String>,
    pub partner_id: Option<String>,
    pub details: serde_json::Value,
}
