//! The system under test: the real store (a SQLite file in a temp dir, or
//! with `PARTNERCTL_TEST_BACKEND=postgres` a fresh database on the test
//! PostgreSQL server), the real services.

use super::*;

/// A membership as compared between the database and the model.
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

/// An invite as compared between the database and the model.
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
    pub store: Box<dyn Store>,
    /// A second, read-only connection to the same database for the checks.
    pub reader: Reader,
    pub user_ids: Vec<String>,
    pub partner_ids: Vec<String>,
    pub event_ids: Vec<String>,
    /// Declared after the connections, so it goes after them.
    pub _database: Scratch,
}

/// Where the database lives, removed when the `Sut` is dropped.
pub enum Scratch {
    File { _dir: tempfile::TempDir },
    Postgres { _database: PgDatabase },
}

/// A database on the test server, dropped with this value: a failing run
/// shrinks through thousands of sequences, each on its own database.
pub struct PgDatabase {
    server: &'static Server,
    url: String,
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        // Dropping it may panic, and a panic during a panic aborts the run:
        // a case that panicked leaves its database to the next run's sweep
        // of stale test databases.
        if !std::thread::panicking() {
            self.server.drop_database(&self.url);
        }
    }
}

/// A new, migrated, empty database of the backend the suite runs on, and a
/// reader on it.
fn open_database() -> (Box<dyn Store>, Reader, Scratch) {
    if on_postgres() {
        let server = Server::get().expect("PARTNERCTL_TEST_BACKEND=postgres needs a PostgreSQL server");
        let url = server.database();
        let store = PgStore::open(&url, Duration::from_secs(5)).expect("open store");
        let reader = Reader::postgres(&url);
        (Box::new(store), reader, Scratch::Postgres { _database: PgDatabase { server, url } })
    } else {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("model.db");
        let store = SqliteStore::open(&path, Duration::from_secs(5), partnerctl_store_sqlite::Missing::Create)
            .expect("open store");
        let reader = Reader::sqlite(&path);
        (Box::new(store), reader, Scratch::File { _dir: dir })
    }
}

pub fn index_of(ids: &[String], id: &str) -> usize {
    ids.iter().position(|x| x == id).unwrap_or_else(|| panic!("unknown id {id}"))
}

impl Sut {
    pub fn ctx(&self, now: Ts, actor: Actor) -> Ctx<'_> {
        Ctx {
            store: &*self.store,
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
        let (store, reader, database) = open_database();
        let mut sut =
            Sut { store, reader, user_ids: vec![], partner_ids: vec![], event_ids: vec![], _database: database };
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
        self.reader.int("SELECT coalesce(max(id), 0) FROM audit_log", &[])
    }

    /// `(action, actor)` of the audit rows written after `after_id`.
    pub fn audit_since(&self, after_id: i64) -> Vec<(String, String)> {
        let rows = self.reader.rows("SELECT action, actor FROM audit_log WHERE id > $1 ORDER BY id", args![after_id]);
        rows.iter().map(|r| (r.text(0), r.text(1))).collect()
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
        let rows = self.reader.rows(
            "SELECT partner_id, user_id, role, can_invite, can_manage_events, can_view_metrics,
                    can_manage_members, can_manage_billing, status, expires_at, accepted_at
             FROM partner_memberships",
            &[],
        );
        let mut rows: Vec<MemberRow> = rows
            .iter()
            .map(|r| MemberRow {
                partner: P(index_of(&self.partner_ids, &r.text(0))),
                user: U(index_of(&self.user_ids, &r.text(1))),
                role: Role::parse(&r.text(2)).unwrap(),
                perms: [r.flag(3), r.flag(4), r.flag(5), r.flag(6), r.flag(7)],
                status: MemberStatus::parse(&r.text(8)).unwrap(),
                expires_at: r.opt_text(9),
                accepted_at: r.opt_text(10),
            })
            .collect();
        rows.sort_by_key(|m| (m.partner, m.user));
        rows
    }

    pub fn invite_rows(&self) -> Vec<InviteRow> {
        let rows = self.reader.rows(
            "SELECT id, event_id, receiver_user_id, inviter_kind, inviter_id, issued_by_user_id, status,
                    credited_acceptance, attendance, created_at, viewed_at, responded_at
             FROM invites ORDER BY id",
            &[],
        );
        rows.iter()
            .map(|r| InviteRow {
                id: r.text(0),
                event: E(index_of(&self.event_ids, &r.text(1))),
                receiver: U(index_of(&self.user_ids, &r.text(2))),
                inviter: self.principal(&r.text(3), &r.text(4)),
                issuer: U(index_of(&self.user_ids, &r.text(5))),
                status: InviteStatus::parse(&r.text(6)).unwrap(),
                credited: r.flag(7),
                attendance: Attendance::parse(&r.text(8)).unwrap(),
                created_at: r.text(9),
                viewed_at: r.opt_text(10),
                responded_at: r.opt_text(11),
            })
            .collect()
    }

    pub fn partners_archived(&self) -> Vec<bool> {
        self.partner_ids
            .iter()
            .map(|id| self.reader.row("SELECT status FROM partners WHERE id = $1", args![id]).text(0) == "archived")
            .collect()
    }

    /// `metrics event`'s counters for every (event, inviter), straight from the table.
    pub fn counters(&self) -> BTreeMap<(E, Principal), Counters> {
        let rows = self.reader.rows(
            "SELECT event_id, inviter_kind, inviter_id, count(*), count(viewed_at),
                    count(*) FILTER (WHERE credited_acceptance),
                    count(*) FILTER (WHERE status = 'declined'),
                    count(*) FILTER (WHERE status = 'closed_duplicate'),
                    count(*) FILTER (WHERE status IN ('pending', 'viewed')),
                    count(*) FILTER (WHERE status = 'expired'),
                    count(*) FILTER (WHERE attendance = 'confirmed')
             FROM invites GROUP BY event_id, inviter_kind, inviter_id",
            &[],
        );
        rows.iter()
            .map(|r| {
                let counters = Counters {
                    sent: r.int(3),
                    viewed: r.int(4),
                    accepted: r.int(5),
                    declined: r.int(6),
                    closed_duplicate: r.int(7),
                    open: r.int(8),
                    expired: r.int(9),
                    attended: r.int(10),
                };
                ((E(index_of(&self.event_ids, &r.text(0))), self.principal(&r.text(1), &r.text(2))), counters)
            })
            .collect()
    }

    /// The send limits' counts for the invite `id`, at `now`, straight from the table.
    pub fn send_counts(&self, id: &str, now: Ts) -> [(LimitKey, i64); 5] {
        let invite = self.reader.row(
            "SELECT event_id, receiver_user_id, inviter_kind, inviter_id, issued_by_user_id
             FROM invites WHERE id = $1",
            args![id],
        );
        let [event, receiver, kind, inviter, issuer] = [0, 1, 2, 3, 4].map(|i| invite.text(i));
        let day = local_date(now);
        let (from, to) = (stamp(local_midnight(day)), stamp(next_local_midnight(now)));
        let since = stamp(now - Span::days(30));
        [
            (
                LimitKey::InvitesPerEventPerInviter,
                self.reader.int(
                    "SELECT count(*) FROM invites WHERE event_id = $1 AND inviter_kind = $2 AND inviter_id = $3",
                    args![&event, &kind, &inviter],
                ),
            ),
            (
                LimitKey::InvitesPerDayPerPartner,
                self.reader.int(
                    "SELECT count(*) FROM invites WHERE inviter_kind = $1 AND inviter_id = $2
                       AND created_at >= $3 AND created_at < $4",
                    args![&kind, &inviter, &from, &to],
                ),
            ),
            (
                LimitKey::InvitesPerDayPerUser,
                self.reader.int(
                    "SELECT count(*) FROM invites WHERE issued_by_user_id = $1 AND created_at >= $2 AND created_at < $3",
                    args![&issuer, &from, &to],
                ),
            ),
            (
                LimitKey::PendingInvitesPerReceiver,
                self.reader.int(
                    "SELECT count(*) FROM invites WHERE receiver_user_id = $1 AND status IN ('pending', 'viewed')",
                    args![&receiver],
                ),
            ),
            (
                LimitKey::InvitesToSameReceiverPer30d,
                self.reader.int(
                    "SELECT count(*) FROM invites WHERE inviter_kind = $1 AND inviter_id = $2
                       AND receiver_user_id = $3 AND created_at > $4",
                    args![&kind, &inviter, &receiver, &since],
                ),
            ),
        ]
    }

    pub fn seats(&self, p: P) -> i64 {
        self.reader.int("SELECT count(*) FROM partner_memberships WHERE partner_id = $1", args![&self.partner_ids[p.0]])
    }

    /// SPEC §1.6 rule 2 and the §1.4 last-owner guard, on the stored data.
    pub fn invariant_violations(&self) -> Vec<String> {
        let checks = [
            (
                "more than one credited acceptance for an (event, receiver)",
                "SELECT count(*) FROM (SELECT 1 FROM invites WHERE credited_acceptance
                   GROUP BY event_id, receiver_user_id HAVING count(*) > 1) AS duplicates",
            ),
            (
                "credited_acceptance differs from status = accepted",
                "SELECT count(*) FROM invites WHERE credited_acceptance <> (status = 'accepted')",
            ),
            (
                "an open invite beside a credited acceptance",
                "SELECT count(*) FROM invites o JOIN invites c ON c.event_id = o.event_id
                   AND c.receiver_user_id = o.receiver_user_id AND c.credited_acceptance
                 WHERE o.status IN ('pending', 'viewed')",
            ),
            (
                "a partner without an active owner",
                "SELECT count(*) FROM partners p WHERE NOT EXISTS (SELECT 1 FROM partner_memberships m
                   WHERE m.partner_id = p.id AND m.role = 'owner' AND m.status = 'active')",
            ),
        ];
        let mut problems = Vec::new();
        for (what, sql) in checks {
            let n = self.reader.int(sql, &[]);
            if n != 0 {
                problems.push(format!("{what}: {n}"));
            }
        }
        problems
    }
}
