//! The system under test: the real store in a temp file, the real services.

use super::*;

/// A membership as compared between the file and the model.
#[derive(Debug, PartialEq, Eq)]
pub struct MemberRow {
    pub partner: P,
    pub user: U,
    pub role: Role,
    pub perms: Perms,
    pub status: MemberStatus,
    pub expires_at: Option<String>,
    pub accepted_at: Option<String>,
}

/// An invite as compared between the file and the model.
#[derive(Debug, PartialEq, Eq)]
pub struct InviteRow {
    pub id: String,
    pub event: E,
    pub receiver: U,
    pub inviter: Principal,
    pub issuer: U,
    pub status: InviteStatus,
    pub credited: bool,
    pub attendance: Attendance,
    pub created_at: String,
    pub viewed_at: Option<String>,
    pub responded_at: Option<String>,
}

pub struct Sut {
    pub store: SqliteStore,
    /// A second, read-only connection on the same file for the checks.
    pub reader: Connection,
    pub user_ids: Vec<String>,
    pub partner_ids: Vec<String>,
    pub event_ids: Vec<String>,
    pub _dir: tempfile::TempDir,
}

pub fn index_of(ids: &[String], id: &str) -> usize {
    ids.iter().position(|x| x == id).unwrap_or_else(|| panic!("unknown id {id}"))
}

impl Sut {
    pub fn ctx(&self, now: Ts, actor: Actor) -> Ctx<'_> {
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
    pub fn new() -> Sut {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("model.db");
        let store = SqliteStore::open(&path, Duration::from_secs(5), partnerctl_store_sqlite::Missing::Create)
            .expect("open store");
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
    pub fn run(&self, op: &Op, resolved: &Resolved, now: Ts, invite_id: Option<&str>) -> Result<Option<String>, Error> {
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

    pub fn last_audit_id(&self) -> i64 {
        self.reader.query_row("SELECT coalesce(max(id), 0) FROM audit_log", [], |r| r.get(0)).expect("audit max")
    }

    /// `(action, actor)` of the audit rows written after `after_id`.
    pub fn audit_since(&self, after_id: i64) -> Vec<(String, String)> {
        let mut stmt = self.reader.prepare("SELECT action, actor FROM audit_log WHERE id > ?1 ORDER BY id").unwrap();
        stmt.query_map([after_id], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
    }

    pub fn principal(&self, kind: &str, id: &str) -> Principal {
        match kind {
            "user" => Principal::User(U(index_of(&self.user_ids, id))),
            "partner" => Principal::Partner(P(index_of(&self.partner_ids, id))),
            other => panic!("inviter kind {other}"),
        }
    }

    pub fn principal_key(&self, principal: Principal) -> (&'static str, &str) {
        match principal {
            Principal::User(u) => ("user", &self.user_ids[u.0]),
            Principal::Partner(p) => ("partner", &self.partner_ids[p.0]),
        }
    }

    pub fn member_rows(&self) -> Vec<MemberRow> {
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

    pub fn invite_rows(&self) -> Vec<InviteRow> {
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

    pub fn partners_archived(&self) -> Vec<bool> {
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
    pub fn counters(&self) -> BTreeMap<(E, Principal), Counters> {
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
    pub fn send_counts(&self, id: &str, now: Ts) -> [(LimitKey, i64); 5] {
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

    pub fn seats(&self, p: P) -> i64 {
        self.reader
            .query_row(
                "SELECT count(*) FROM partner_memberships WHERE partner_id = ?1",
                [&self.partner_ids[p.0]],
                |r| r.get(0),
            )
            .unwrap()
    }

    /// SPEC §1.6 rule 2 and the §1.4 last-owner guard, on the stored data.
    pub fn invariant_violations(&self) -> Vec<String> {
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
