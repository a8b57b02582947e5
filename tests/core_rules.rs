//! The core's rules, called as the front-ends call them (service functions
//! with a `Ctx`) over an in-memory SQLite store, at fixed clock values: the
//! guards and limits the CLI tests otherwise reach only through the binary.
//! Here, beside the core rather than inside it: a dev-dependency of the core
//! on the store would compile a second copy of the core's types.

use chrono::{DateTime, Utc};

use partnerctl_core::error::Error;
use partnerctl_core::model::{Channel, Flag, Invite, InviteStatus, Membership, Role};
use partnerctl_core::service::{event, invite, member, partner, tenant, user, Acting, Ctx};
use partnerctl_store_sqlite::SqliteStore;

/// When the fixture is made and most steps run.
const NOW: &str = "2026-11-24T10:00:00Z";
/// After `gig` has ended.
const AFTER_GIG: &str = "2026-12-02T01:00:00Z";

const ALICE: &str = "alice@example.com";
const BOB: &str = "bob@example.com";
const CAROL: &str = "carol@example.com";
const DAVE: &str = "dave@example.com";
const LENA: &str = "lena@example.com";

fn at(time: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(time).expect("an RFC 3339 time").with_timezone(&Utc)
}

/// Tenant `acme` (UTC) with users alice, bob, carol, dave and landlord lena;
/// partner `blue-note` (owner alice, plan tiny_free: three seats) and events
/// `gig` and `gig2` hosted by it, ending on 2026-12-02.
struct World {
    store: SqliteStore,
}

impl World {
    fn new() -> World {
        let world = World { store: SqliteStore::open_in_memory().expect("in-memory store") };
        let op = world.operator();
        let acme = tenant::NewTenant { slug: "acme".into(), name: "Acme".into(), timezone: Some("UTC".into()) };
        tenant::create(&op, acme).expect("tenant");
        for email in [ALICE, BOB, CAROL, DAVE, LENA] {
            let name = email.split('@').next().unwrap_or_default().to_string();
            let new = user::NewUser { email: email.into(), display_name: name, landlord: email == LENA, id: None };
            user::add(&op, new).expect("user");
        }
        let blue = partner::NewPartner {
            slug: "blue-note".into(),
            name: "Blue Note".into(),
            kind: None,
            plan: Some("tiny_free".into()),
            owner: Some(ALICE.into()),
        };
        partner::create(&op, blue).expect("partner");
        for slug in ["gig", "gig2"] {
            let new = event::NewEvent {
                slug: slug.into(),
                partner: "blue-note".into(),
                title: slug.into(),
                starts_at: "2026-12-01T20:00:00Z".into(),
                ends_at: Some("2026-12-02T00:00:00Z".into()),
                managers: Vec::new(),
            };
            event::create(&op, new).expect("event");
        }
        world
    }

    /// Acting as `who` (`None` = the operator) at `now`.
    fn ctx_at(&self, who: Option<&str>, now: &str) -> Ctx<'_> {
        Ctx {
            store: &self.store,
            now: at(now),
            tenant: None,
            actor: Some(match who {
                Some(user) => Acting::User(user.to_string()),
                None => Acting::Operator { name: "core-rules".into() },
            }),
        }
    }

    fn operator(&self) -> Ctx<'_> {
        self.ctx_at(None, NOW)
    }

    fn user(&self, who: &str) -> Ctx<'_> {
        self.ctx_at(Some(who), NOW)
    }

    /// An active member of blue-note in `role` (invited and accepted).
    fn add_member(&self, email: &str, role: Role) -> Membership {
        member::invite(&self.operator(), invitation(email, role, &[])).expect("invite member");
        let answer = member::Answer::Membership { partner: "blue-note".into(), user: None };
        member::accept(&self.user(email), answer).expect("accept membership")
    }

    /// `invite send EVENT RECEIVER` as `who`, on behalf of `partner` if given.
    fn send(&self, who: &str, event: &str, receiver: &str, partner: Option<&str>) -> Result<Invite, Error> {
        let new = invite::NewInvite {
            event: event.into(),
            receiver: receiver.into(),
            on_behalf_of: partner.map(String::from),
            channel: Channel::InApp,
        };
        invite::send(&self.user(who), new)
    }

    fn set_limit(&self, key: &str, value: &str) {
        tenant::settings_set(&self.operator(), key, value).expect("tenant limit");
    }
}

fn invitation(email: &str, role: Role, grant: &[Flag]) -> member::Invitation {
    member::Invitation {
        partner: "blue-note".into(),
        user: email.into(),
        role: Some(role),
        grant: grant.to_vec(),
        revoke: Vec::new(),
        expires_in: None,
        resend: false,
    }
}

/// The error code of a refusal.
#[track_caller]
fn refused<T: std::fmt::Debug>(result: Result<T, Error>) -> &'static str {
    result.expect_err("refused").code()
}

/// The `limit_key` of a quota refusal.
#[track_caller]
fn quota_key<T: std::fmt::Debug>(result: Result<T, Error>) -> String {
    let e = result.expect_err("refused");
    assert_eq!(e.code(), "quota_exceeded", "{}", e.message);
    e.details["limit_key"].as_str().expect("a limit key").to_string()
}

#[test]
fn the_last_active_owner_cannot_be_removed_suspended_or_demoted() {
    let w = World::new();
    let op = w.operator();
    assert_eq!(refused(member::remove(&op, "blue-note", ALICE)), "last_owner");
    assert_eq!(refused(member::suspend(&op, "blue-note", ALICE)), "last_owner");
    assert_eq!(refused(member::set_role(&op, "blue-note", ALICE, Role::Admin, false)), "last_owner");
    // Itself neither.
    assert_eq!(refused(member::remove(&w.user(ALICE), "blue-note", ALICE)), "last_owner");
    // With a second active owner, one may go.
    w.add_member(BOB, Role::Owner);
    member::remove(&op, "blue-note", ALICE).expect("a second owner remains");
    assert_eq!(refused(member::suspend(&op, "blue-note", BOB)), "last_owner");
}

#[test]
fn no_member_grants_a_flag_it_lacks_or_makes_an_owner_unless_an_owner() {
    let w = World::new();
    // An admin holds every flag but can_manage_billing.
    w.add_member(BOB, Role::Admin);
    let bob = w.user(BOB);
    let e = member::invite(&bob, invitation(CAROL, Role::Staff, &[Flag::CanManageBilling])).expect_err("escalation");
    assert_eq!((e.code(), e.details["permission"].as_str()), ("permission_denied", Some("can_manage_billing")));
    let e = member::invite(&bob, invitation(CAROL, Role::Owner, &[])).expect_err("an admin making an owner");
    assert_eq!((e.code(), e.details["permission"].as_str()), ("permission_denied", Some("owner")));
    // Flags it holds it may grant; changing flags later follows the same rule.
    member::invite(&bob, invitation(CAROL, Role::Staff, &[Flag::CanInvite])).expect("a held flag");
    let e = member::set_perms(&bob, "blue-note", CAROL, &[Flag::CanManageBilling], &[]).expect_err("escalation");
    assert_eq!((e.code(), e.details["permission"].as_str()), ("permission_denied", Some("can_manage_billing")));
    // The owner holds every flag, so may grant any.
    let granted = member::set_perms(&w.user(ALICE), "blue-note", BOB, &[Flag::CanManageBilling], &[]).expect("owner");
    assert!(granted.can_manage_billing);
}

#[test]
fn a_partner_takes_no_more_members_than_its_plan_has_seats() {
    let w = World::new();
    let alice = w.user(ALICE);
    // tiny_free: three seats; alice holds one, invitations hold seats too.
    member::invite(&alice, invitation(BOB, Role::Staff, &[])).expect("second seat");
    member::invite(&alice, invitation(CAROL, Role::Staff, &[])).expect("third seat");
    assert_eq!(quota_key(member::invite(&alice, invitation(DAVE, Role::Staff, &[]))), "members_per_partner");
    // Declining frees a seat.
    let answer = member::Answer::Membership { partner: "blue-note".into(), user: None };
    member::decline(&w.user(CAROL), answer).expect("decline");
    member::invite(&alice, invitation(DAVE, Role::Staff, &[])).expect("the freed seat");
}

#[test]
fn one_invite_per_event_receiver_and_inviter_principal() {
    let w = World::new();
    w.send(ALICE, "gig", BOB, None).expect("first");
    assert_eq!(refused(w.send(ALICE, "gig", BOB, None)), "already_invited");
    // Another principal (the partner alice issues for), another event: new invites.
    w.send(ALICE, "gig", BOB, Some("blue-note")).expect("as the partner");
    w.send(ALICE, "gig2", BOB, None).expect("another event");
    assert_eq!(refused(w.send(ALICE, "gig", BOB, Some("blue-note"))), "already_invited");
}

#[test]
fn a_credited_acceptance_closes_the_open_duplicates_and_takes_no_more_invites() {
    let w = World::new();
    let from_alice = w.send(ALICE, "gig", BOB, None).expect("from alice");
    let from_carol = w.send(CAROL, "gig", BOB, None).expect("from carol");
    let other_event = w.send(CAROL, "gig2", BOB, None).expect("another event");
    let accepted = invite::accept(&w.user(BOB), &from_alice.id).expect("accept");
    assert_eq!((accepted.status, accepted.credited_acceptance), (InviteStatus::Accepted, true));
    let op = w.operator();
    let closed = invite::show(&op, &from_carol.id).expect("show");
    assert_eq!((closed.status, closed.credited_acceptance), (InviteStatus::ClosedDuplicate, false));
    assert_eq!(invite::show(&op, &other_event.id).expect("show").status, InviteStatus::Pending);
    assert_eq!(refused(w.send(DAVE, "gig", BOB, None)), "already_accepted");
    assert_eq!(refused(invite::accept(&w.user(BOB), &from_carol.id)), "already_accepted");
}

#[test]
fn the_first_limit_without_room_in_spec_order_refuses_a_send() {
    let w = World::new();
    w.set_limit("invites_per_event_per_inviter", "1");
    w.set_limit("invites_per_day_per_user", "2");
    w.set_limit("pending_invites_per_receiver", "1");
    w.send(ALICE, "gig", BOB, None).expect("alice's first of the day");
    w.send(DAVE, "gig2", CAROL, None).expect("carol's pending invite");
    // Alice's count on gig and carol's pending count are both full: the first in order refuses.
    assert_eq!(quota_key(w.send(ALICE, "gig", CAROL, None)), "invites_per_event_per_inviter");
    // On gig2 only carol's pending count is full.
    assert_eq!(quota_key(w.send(ALICE, "gig2", CAROL, None)), "pending_invites_per_receiver");
    w.send(ALICE, "gig2", DAVE, None).expect("alice's second of the day");
    w.set_limit("invites_per_event_per_inviter", "unlimited");
    // Alice's day and bob's pending count are both full: the day comes first.
    assert_eq!(quota_key(w.send(ALICE, "gig2", BOB, None)), "invites_per_day_per_user");
}

#[test]
fn a_denied_actor_is_denied_whatever_the_state() {
    let w = World::new();
    // Carol is no member of blue-note: every refusal below would be a state
    // error for an actor with the permission.
    let carol = w.user(CAROL);
    assert_eq!(refused(member::remove(&carol, "blue-note", ALICE)), "permission_denied", "last owner");
    assert_eq!(refused(member::invite(&carol, invitation(ALICE, Role::Staff, &[]))), "permission_denied", "member");
    assert_eq!(
        refused(member::invite(&carol, invitation("nobody@example.com", Role::Staff, &[]))),
        "permission_denied"
    );
    let duplicate = event::NewEvent {
        slug: "gig".into(),
        partner: "blue-note".into(),
        title: "again".into(),
        starts_at: "2026-12-01T20:00:00Z".into(),
        ends_at: None,
        managers: Vec::new(),
    };
    assert_eq!(refused(event::create(&carol, duplicate)), "permission_denied", "duplicate slug");
    let new = |receiver: &str| invite::NewInvite {
        event: "gig".into(),
        receiver: receiver.into(),
        on_behalf_of: Some("blue-note".into()),
        channel: Channel::InApp,
    };
    let after_gig = w.ctx_at(Some(CAROL), AFTER_GIG);
    assert_eq!(refused(invite::send(&after_gig, new(BOB))), "permission_denied", "ended event");
    assert_eq!(refused(invite::send(&carol, new(CAROL))), "permission_denied", "self-invite");
    // With the permission, the same attempts meet the state rules.
    let alice_after_gig = w.ctx_at(Some(ALICE), AFTER_GIG);
    assert_eq!(refused(invite::send(&alice_after_gig, new(BOB))), "event_ended");
    assert_eq!(refused(member::remove(&w.user(ALICE), "blue-note", ALICE)), "last_owner");
}

#[test]
fn a_token_authenticates_until_it_expires_or_is_revoked() {
    use partnerctl_core::service::token;
    let world = World::new();
    let new = token::NewToken { name: None, expires_in: Some("1h".into()), for_user: None };
    let created = token::create(&world.user(ALICE), new).expect("token");
    let secret = created.token.clone().expect("the secret, once");
    let bare = |now: &str| Ctx { store: &world.store, now: at(now), tenant: None, actor: None };

    let bearer = token::authenticate(&bare(NOW), &secret).expect("a valid token");
    assert_eq!(bearer.user_id, created.user_id);
    let listed = token::list(&world.user(ALICE)).expect("list");
    assert_eq!(listed[0].last_used_at, Some(at(NOW)));
    assert!(listed[0].token.is_none(), "the secret is shown once");

    assert_eq!(refused(token::authenticate(&bare(NOW), "")), "unauthenticated");
    assert_eq!(refused(token::authenticate(&bare(NOW), &format!("{secret}0"))), "unauthenticated");
    assert_eq!(refused(token::authenticate(&bare("2026-11-24T11:00:00Z"), &secret)), "unauthenticated");
    token::authenticate(&bare("2026-11-24T10:59:59Z"), &secret).expect("valid until its last second");

    assert_eq!(refused(token::revoke(&world.user(BOB), &created.id)), "permission_denied");
    token::revoke(&world.user(LENA), &created.id).expect("a landlord revokes any token");
    assert_eq!(refused(token::authenticate(&bare(NOW), &secret)), "unauthenticated");
}
