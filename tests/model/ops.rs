//! Operations: the steps of a sequence and the strategies generating them.

use super::*;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct U(pub usize);
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct P(pub usize);
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct E(pub usize);

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
pub enum Who {
    Operator,
    User(U),
    Subject,
    Member(usize),
}

/// The membership a step names: one of the current ones (in (partner, user)
/// order, modulo their count), one of those in a status (else as
/// `Existing`), or any pair.
#[derive(Clone, Copy, Debug)]
pub enum Target {
    Existing(usize),
    InStatus(MemberStatus, usize),
    Pair(P, U),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    Operator,
    User(U),
}

/// A step's references, resolved against the model's state before it runs.
#[derive(Clone, Copy, Debug)]
pub struct Resolved {
    pub actor: Actor,
    pub membership: Option<(P, U)>,
    /// Index into the model's invites.
    pub invite: Option<usize>,
    pub sending: Option<Sending>,
}

/// What a send step sends.
#[derive(Clone, Copy, Debug)]
pub struct Sending {
    pub event: E,
    pub receiver: U,
    pub on_behalf_of: Option<P>,
}

/// The receiver of a send: the n-th user other than the issuer (modulo), or
/// exactly this user (possibly the issuer itself).
#[derive(Clone, Copy, Debug)]
pub enum Receiver {
    Other(usize),
    Exactly(U),
}

#[derive(Clone, Copy, Debug)]
pub enum LimitOn {
    Tenant,
    PlanOf(P),
}

#[derive(Clone, Copy, Debug)]
pub enum Clock {
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
pub enum Op {
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
    pub fn kind(&self) -> &'static str {
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

pub fn a_user() -> impl Strategy<Value = U> {
    (0..USERS.len()).prop_map(U)
}

pub fn a_partner() -> impl Strategy<Value = P> {
    (0..PARTNERS.len()).prop_map(P)
}

pub fn an_event() -> impl Strategy<Value = E> {
    (0..EVENTS.len()).prop_map(E)
}

/// An actor choice with these weights for operator, user, subject and member.
pub fn who(operator: u32, user: u32, subject: u32, member: u32) -> BoxedStrategy<Who> {
    let arms = [
        (operator, Just(Who::Operator).boxed()),
        (user, a_user().prop_map(Who::User).boxed()),
        (subject, Just(Who::Subject).boxed()),
        (member, (0..8usize).prop_map(Who::Member).boxed()),
    ];
    proptest::strategy::Union::new_weighted(arms.into_iter().filter(|(weight, _)| *weight > 0).collect()).boxed()
}

/// Tenant-wide administration: the operator, the landlord or someone else.
pub fn admin() -> BoxedStrategy<Who> {
    who(1, 2, 0, 0)
}

/// Managing memberships: mostly members of the partner.
pub fn manager() -> BoxedStrategy<Who> {
    who(1, 2, 1, 4)
}

/// Answering an invitation or invite: mostly its receiver.
pub fn answerer() -> BoxedStrategy<Who> {
    who(1, 2, 6, 1)
}

/// A membership target: mostly one in one of `statuses`, else any existing
/// one or any pair.
pub fn a_target(statuses: &'static [MemberStatus]) -> BoxedStrategy<Target> {
    prop_oneof![
        3 => (proptest::sample::select(statuses), 0..16usize).prop_map(|(status, n)| Target::InStatus(status, n)),
        2 => (0..16usize).prop_map(Target::Existing),
        1 => (a_partner(), a_user()).prop_map(|(p, u)| Target::Pair(p, u)),
    ]
    .boxed()
}

/// A new membership: mostly any pair, sometimes an invitation to re-send.
pub fn a_new_target() -> BoxedStrategy<Target> {
    prop_oneof![
        4 => (a_partner(), a_user()).prop_map(|(p, u)| Target::Pair(p, u)),
        1 => (0..16usize).prop_map(|n| Target::InStatus(MemberStatus::Invited, n)),
    ]
    .boxed()
}

pub fn a_receiver() -> BoxedStrategy<Receiver> {
    prop_oneof![5 => (0..4usize).prop_map(Receiver::Other), 1 => a_user().prop_map(Receiver::Exactly)].boxed()
}

pub fn an_invite() -> impl Strategy<Value = usize> {
    0..64usize
}

/// Minutes around a boundary: mostly exactly on it.
pub fn an_offset() -> impl Strategy<Value = i64> {
    prop_oneof![2 => Just(0i64), 1 => -1..=1i64]
}

pub fn clock() -> impl Strategy<Value = Clock> {
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

pub fn op() -> impl Strategy<Value = Op> {
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
