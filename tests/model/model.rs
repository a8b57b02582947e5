//! The model: SPEC §1 as plain data, with the service's documented choices
//! (partner invites use the partner's plan, user invites the tenant defaults;
//! permission first, then the state rules in the order `invite::send` checks).

use super::*;

pub type Perms = [bool; 5];

pub const EVERY_FLAG: Perms = [true; 5];

/// SPEC §1.4's role table, written out again so a wrong table in the crate fails.
pub fn role_flags(role: Role) -> Perms {
    match role {
        Role::Owner => EVERY_FLAG,
        Role::Admin => [true, true, true, true, false],
        Role::Manager => [true, true, true, false, false],
        Role::Analyst => [false, false, true, false, false],
        Role::Staff => [false; 5],
    }
}

pub fn has(perms: Perms, flag: Flag) -> bool {
    perms[flag as usize]
}

#[derive(Clone, Debug)]
pub struct MemberM {
    pub role: Role,
    pub perms: Perms,
    pub status: MemberStatus,
    pub expires_at: Option<Ts>,
    pub accepted_at: Option<Ts>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Principal {
    User(U),
    Partner(P),
}

impl Principal {
    pub fn partner(self) -> Option<P> {
        match self {
            Principal::Partner(p) => Some(p),
            Principal::User(_) => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct InviteM {
    pub id: String,
    pub event: E,
    pub receiver: U,
    pub inviter: Principal,
    pub issuer: U,
    pub status: InviteStatus,
    pub credited: bool,
    pub attendance: Attendance,
    pub created_at: Ts,
    pub viewed_at: Option<Ts>,
    pub responded_at: Option<Ts>,
}

impl InviteM {
    pub fn is_open(&self) -> bool {
        matches!(self.status, InviteStatus::Pending | InviteStatus::Viewed)
    }
}

/// The per-event, per-inviter counters of `metrics event` (SPEC §2.5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    pub sent: i64,
    pub viewed: i64,
    pub accepted: i64,
    pub declined: i64,
    pub closed_duplicate: i64,
    pub open: i64,
    pub expired: i64,
    pub attended: i64,
}

impl std::ops::AddAssign for Counters {
    fn add_assign(&mut self, o: Counters) {
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

/// What the model expects of a step that is allowed.
pub enum Effect {
    /// One audit row with this action.
    Changed(&'static str),
    /// An idempotent no-op: no audit row.
    Unchanged,
}

/// The error a step must fail with.
#[derive(Debug)]
pub struct Refusal {
    pub code: &'static str,
    pub limit: Option<LimitKey>,
}

pub type Rule<T = ()> = Result<T, Refusal>;

pub fn refuse<T>(code: &'static str) -> Rule<T> {
    Err(Refusal { code, limit: None })
}

/// The actor's standing on a partner's memberships (mirrors SPEC §1.4 guards).
pub enum Authority {
    Full,
    Member { role: Role, held: Perms },
}

impl Authority {
    pub fn require_owner_if(&self, involves_owner: bool) -> Rule {
        match self {
            Authority::Member { role, .. } if involves_owner && *role != Role::Owner => refuse("permission_denied"),
            _ => Ok(()),
        }
    }

    pub fn require_grantable(&self, before: Perms, after: Perms) -> Rule {
        match self {
            Authority::Member { held, .. } if (0..5).any(|f| after[f] && !before[f] && !held[f]) => {
                refuse("permission_denied")
            }
            _ => Ok(()),
        }
    }
}

pub struct Model {
    pub now: Ts,
    pub archived: [bool; 2],
    pub members: BTreeMap<(P, U), MemberM>,
    pub invites: Vec<InviteM>,
    pub tenant_limits: BTreeMap<LimitKey, Option<i64>>,
    /// Plan overrides, by partner (each partner has its own plan).
    pub plan_limits: [BTreeMap<LimitKey, Option<i64>>; 2],
}

impl Model {
    pub fn new() -> Model {
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
    pub fn resolve(&self, op: &Op) -> Resolved {
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

    pub fn membership_target(&self, target: Target) -> (P, U) {
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
    pub fn invite_at(&self, n: usize) -> Option<usize> {
        let count = self.invites.len();
        (count > 0).then(|| count - 1 - n % count)
    }

    /// Applies `op` if the rules allow it. `new_invite_id` is the id the
    /// service gave a sent invite (ids are not the model's to predict).
    pub fn apply(&mut self, op: &Op, resolved: &Resolved, new_invite_id: Option<&str>) -> Rule<Effect> {
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

    pub fn advance(&self, step: Clock) -> Ts {
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

    pub fn privileged(&self, actor: Actor) -> bool {
        match actor {
            Actor::Operator => true,
            Actor::User(u) => USERS[u.0].landlord,
        }
    }

    pub fn require_privileged(&self, actor: Actor) -> Rule {
        if self.privileged(actor) {
            Ok(())
        } else {
            refuse("permission_denied")
        }
    }

    pub fn active_member(&self, p: P, u: U) -> Option<&MemberM> {
        self.members.get(&(p, u)).filter(|m| m.status == MemberStatus::Active)
    }

    /// Operator, landlord, or an active member holding `flag`.
    pub fn holds(&self, actor: Actor, p: P, flag: Flag) -> bool {
        match actor {
            _ if self.privileged(actor) => true,
            Actor::User(u) => self.active_member(p, u).is_some_and(|m| has(m.perms, flag)),
            Actor::Operator => unreachable!("the operator is privileged"),
        }
    }

    pub fn managing_partners(e: E) -> impl Iterator<Item = P> {
        let spec = &EVENTS[e.0];
        std::iter::once(P(spec.host)).chain(spec.manager.map(P))
    }

    pub fn authority(&self, actor: Actor, p: P) -> Rule<Authority> {
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

    pub fn limit(&self, key: LimitKey, plan_of: Option<P>) -> Option<i64> {
        plan_of.and_then(|p| self.plan_limits[p.0].get(&key).copied()).unwrap_or(self.tenant_limits[&key])
    }

    pub fn require_room(&self, key: LimitKey, plan_of: Option<P>, used: i64) -> Rule {
        match self.limit(key, plan_of) {
            Some(allowed) if used >= allowed => Err(Refusal { code: "quota_exceeded", limit: Some(key) }),
            _ => Ok(()),
        }
    }

    pub fn seats(&self, p: P) -> i64 {
        self.members.keys().filter(|(mp, _)| *mp == p).count() as i64
    }

    /// What each send limit counts for a send of `inviter` (issued by
    /// `issuer`) to `receiver` for `event`, at the model's clock.
    pub fn send_counts(&self, event: E, receiver: U, inviter: Principal, issuer: U) -> [(LimitKey, i64); 5] {
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

    pub fn guard_last_owner(&self, p: P, m: &MemberM) -> Rule {
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
    pub fn member_invite(
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

    pub fn member_accept(&mut self, actor: Actor, p: P, u: U) -> Rule<Effect> {
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
    pub fn member_change(
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

    pub fn member_remove(&mut self, actor: Actor, p: P, u: U) -> Rule<Effect> {
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

    pub fn credited(&self, event: E, receiver: U) -> bool {
        self.invites.iter().any(|i| i.event == event && i.receiver == receiver && i.credited)
    }

    pub fn require_not_ended(&self, event: E) -> Rule {
        if self.now >= ends_at(event) {
            return refuse("event_ended");
        }
        Ok(())
    }

    /// The invite a step names, if it may act on it as the receiver (or
    /// operator or landlord) before the event's end.
    pub fn answerable(&self, actor: Actor, invite: Option<usize>) -> Rule<usize> {
        let Some(i) = invite else { return refuse("not_found") };
        let invite = &self.invites[i];
        if actor != Actor::User(invite.receiver) && !self.privileged(actor) {
            return refuse("permission_denied");
        }
        self.require_not_ended(invite.event)?;
        Ok(i)
    }

    pub fn invite_send(&mut self, actor: Actor, sending: Sending, id: Option<&str>) -> Rule<Effect> {
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

    pub fn invite_view(&mut self, actor: Actor, invite: Option<usize>) -> Rule<Effect> {
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

    pub fn invite_accept(&mut self, actor: Actor, invite: Option<usize>) -> Rule<Effect> {
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

    pub fn invite_decline(&mut self, actor: Actor, invite: Option<usize>) -> Rule<Effect> {
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

    pub fn invite_attendance(&mut self, actor: Actor, invite: Option<usize>, attendance: Attendance) -> Rule<Effect> {
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

    pub fn invite_expire(&mut self, actor: Actor) -> Rule<Effect> {
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

    pub fn counters(&self) -> BTreeMap<(E, Principal), Counters> {
        self.counters_by(|i| (i.event, i.inviter))
    }

    /// The counters of SPEC §2.5 per `key` of the invites (e.g. event and issuer).
    pub fn counters_by<K: Ord>(&self, key: impl Fn(&InviteM) -> K) -> BTreeMap<K, Counters> {
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

    pub fn member_rows(&self) -> Vec<MemberRow> {
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

    pub fn invite_rows(&self) -> Vec<InviteRow> {
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
