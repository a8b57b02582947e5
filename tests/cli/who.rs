//! `whoami` and `access who` (SPEC §2.5): what each actor kind is shown,
//! and who may ask (operator, landlord, member with or without the flag,
//! suspended and invited members, non-members).

use serde_json::{json, Value};

use crate::support::*;

const NICK: &str = "nick@example.com";

/// acme: blue-note (owner alice) with bob an active analyst (holds
/// can_view_metrics), dave an active manager whose can_view_metrics was
/// revoked, erin a suspended analyst and frank an invited analyst;
/// co-host (owner carol) with bob as staff, landlord lena as analyst and
/// alice as manager;
/// event gig hosted by blue-note and co-managed by co-host; nick is no member.
fn fixture() -> TestEnv {
    let env = TestEnv::new();
    env.seed("UTC");
    env.add_users(&[(DAVE, "Dave"), (ERIN, "Erin"), (FRANK, "Frank"), (NICK, "Nick")]);
    env.run(&["plan", "set", "blue-note", "pro"]).ok();
    env.run(&["partner", "create", "co-host", "--name", "Co Host", "--owner", CAROL, "--plan", "pro"]).ok();
    env.add_member("blue-note", BOB, "analyst");
    env.add_member("blue-note", DAVE, "manager");
    env.run(&["member", "set-perms", "blue-note", DAVE, "--revoke", "can_view_metrics"]).ok();
    env.add_member("blue-note", ERIN, "analyst");
    env.run(&["member", "suspend", "blue-note", ERIN]).ok();
    env.run(&["member", "invite", "blue-note", FRANK, "--role", "analyst"]).ok();
    env.add_member("co-host", BOB, "staff");
    env.add_member("co-host", LENA, "analyst");
    env.add_member("co-host", ALICE, "manager");
    env.run(&event_args("gig", "blue-note", "Gig", "2026-12-01", &["--manager", "co-host"])).ok();
    env
}

fn user_id(env: &TestEnv, email: &str) -> String {
    env.json(&["user", "show", email])["id"].as_str().unwrap().to_string()
}

fn membership_id(env: &TestEnv, partner: &str, email: &str) -> String {
    let members = env.json(&["member", "list", partner]);
    let m = members.as_array().unwrap().iter().find(|m| m["user_email"] == email).expect("a membership");
    m["id"].as_str().unwrap().to_string()
}

/// `run` with `--as who` unless `who` is None (the operator).
fn run_as(env: &TestEnv, who: Option<&str>, args: &[&str]) -> Run {
    let mut cmd = env.cmd();
    if let Some(user) = who {
        cmd.args(["--as", user]);
    }
    env.run_cmd(cmd.args(args))
}

#[test]
fn whoami_shows_the_actor_its_tenant_and_its_active_memberships() {
    let env = fixture();
    let as_operator = env.json(&["whoami"]);
    assert_eq!(
        as_operator,
        json!({ "actor": operator(), "user_id": null, "email": null, "tenant": "acme", "landlord": null, "memberships": [] })
    );
    let bob = run_as(&env, Some(BOB), &["--format", "json", "whoami"]).ok().json();
    assert_eq!(
        bob,
        json!({
            "actor": BOB, "user_id": user_id(&env, BOB), "email": BOB, "tenant": "acme", "landlord": false,
            "memberships": [
                { "partner_slug": "blue-note", "role": "analyst", "flags": ["can_view_metrics"] },
                { "partner_slug": "co-host", "role": "staff", "flags": [] },
            ]
        })
    );
    let alice = run_as(&env, Some(ALICE), &["--format", "json", "whoami"]).ok().json();
    assert_eq!(
        alice["memberships"],
        json!([
            { "partner_slug": "blue-note", "role": "owner", "flags":
                ["can_invite", "can_manage_events", "can_view_metrics", "can_manage_members", "can_manage_billing"] },
            { "partner_slug": "co-host", "role": "manager", "flags":
                ["can_invite", "can_manage_events", "can_view_metrics"] },
        ])
    );
    let lena = run_as(&env, Some(LENA), &["--format", "json", "whoami"]).ok().json();
    assert_eq!((&lena["landlord"], &lena["memberships"][0]["partner_slug"]), (&json!(true), &json!("co-host")));
    // Suspended and invited memberships confer nothing, so they are not listed.
    for who in [ERIN, FRANK, NICK] {
        let me = run_as(&env, Some(who), &["--format", "json", "whoami"]).ok().json();
        assert_eq!((&me["email"], &me["memberships"]), (&json!(who), &json!([])), "{who}");
    }

    let csv = run_as(&env, Some(BOB), &["--format", "csv", "whoami"]).ok().stdout;
    assert_eq!(
        csv,
        format!(
            "actor,user_id,email,tenant,landlord,memberships\r\n\
             {BOB},{},{BOB},acme,false,blue-note:analyst;co-host:staff\r\n",
            user_id(&env, BOB)
        )
    );
    let csv = env.run(&["--format", "csv", "whoami"]).ok().stdout;
    assert_eq!(csv, format!("actor,user_id,email,tenant,landlord,memberships\r\n{},,,acme,,\r\n", operator()));
    let table = run_as(&env, Some(BOB), &["whoami"]).ok().stdout;
    assert!(table.contains("blue-note:analyst;co-host:staff"), "{table}");
    let jsonl = run_as(&env, Some(BOB), &["--format", "jsonl", "whoami"]).ok().stdout;
    assert_eq!(serde_json::from_str::<Value>(jsonl.trim()).unwrap(), bob);

    // An unknown --as is not found, as for every command.
    run_as(&env, Some("nobody@example.com"), &["whoami"]).code(3);
}

#[test]
fn access_who_lists_the_holders_of_a_flag_on_a_partner() {
    let env = fixture();
    let holder = |email: &str, via: &str, partner: Option<&str>, role: Option<&str>| {
        let membership = partner.map(|p| membership_id(&env, p, email));
        json!({ "user_id": user_id(&env, email), "user_email": email, "via": via,
                "partner_slug": partner, "role": role, "membership_id": membership })
    };
    // dave's flag is revoked, erin is suspended, frank only invited: none holds it.
    let metrics_holders = json!([
        holder(ALICE, "membership", Some("blue-note"), Some("owner")),
        holder(BOB, "membership", Some("blue-note"), Some("analyst")),
        holder(LENA, "landlord", None, None),
    ]);
    // Whoever may run `member list` on blue-note may ask.
    for who in [None, Some(LENA), Some(ALICE), Some(BOB), Some(DAVE)] {
        let run =
            run_as(&env, who, &["--format", "json", "access", "who", "can_view_metrics", "--partner", "blue-note"]);
        assert_eq!(run.ok().json(), metrics_holders, "{who:?}");
    }
    let csv = env.run(&["--format", "csv", "access", "who", "can_manage_events", "--partner", "blue-note"]).ok();
    assert_eq!(
        csv.stdout,
        format!(
            "user_id,user_email,via,partner_slug,role,membership_id\r\n\
             {},{ALICE},membership,blue-note,owner,{}\r\n\
             {},{DAVE},membership,blue-note,manager,{}\r\n\
             {},{LENA},landlord,,,\r\n",
            user_id(&env, ALICE),
            membership_id(&env, "blue-note", ALICE),
            user_id(&env, DAVE),
            membership_id(&env, "blue-note", DAVE),
            user_id(&env, LENA),
        )
    );
    let quiet = env.run(&["-q", "access", "who", "can_manage_billing", "--partner", "blue-note"]).ok().stdout;
    assert_eq!(quiet, format!("{}\n{}\n", user_id(&env, ALICE), user_id(&env, LENA)));

    // Suspended, invited and non-members may not.
    for who in [ERIN, FRANK, NICK] {
        let run =
            run_as(&env, Some(who), &["--format", "json", "access", "who", "can_invite", "--partner", "blue-note"]);
        let error = run.code(4).error_json()["error"].clone();
        assert_eq!(
            (error["permission"].as_str(), error["message"].as_str()),
            (Some("member"), Some(format!("permission denied: {who} is not an active member of blue-note").as_str())),
        );
    }
    env.run(&["access", "who", "can_fly", "--partner", "blue-note"]).code(2);
    env.run(&["access", "who", "can_invite"]).code(2);
    env.run(&["access", "who", "can_invite", "--partner", "nope"]).code(3);
}

#[test]
fn access_who_on_an_event_covers_the_managing_partners_the_actor_may_list() {
    let env = fixture();
    let emails = |run: Run| -> Vec<(String, String)> {
        let rows = run.ok().json();
        rows.as_array()
            .unwrap()
            .iter()
            .map(|r| (r["user_email"].as_str().unwrap().into(), r["partner_slug"].as_str().unwrap_or("").into()))
            .collect()
    };
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter().map(|(e, p)| (e.to_string(), p.to_string())).collect()
    };
    let args = ["--format", "json", "access", "who", "can_view_metrics", "--event", "gig"];
    let everyone = pairs(&[(ALICE, "blue-note"), (BOB, "blue-note"), (CAROL, "co-host"), (LENA, "")]);
    assert_eq!(emails(run_as(&env, None, &args)), everyone);
    assert_eq!(emails(run_as(&env, Some(LENA), &args)), everyone);
    // bob is a member of both: he sees both.
    assert_eq!(emails(run_as(&env, Some(BOB), &args)), everyone);
    // carol is a member of co-host only: only its holders; alice through co-host.
    assert_eq!(emails(run_as(&env, Some(CAROL), &args)), pairs(&[(ALICE, "co-host"), (CAROL, "co-host"), (LENA, "")]));
    // alice holds can_invite on both partners: she shows once, through the host.
    let invite = ["--format", "json", "access", "who", "can_invite", "--event", "gig"];
    assert_eq!(
        emails(run_as(&env, None, &invite)),
        pairs(&[(ALICE, "blue-note"), (CAROL, "co-host"), (DAVE, "blue-note"), (LENA, "")])
    );

    for who in [ERIN, FRANK, NICK] {
        let error = run_as(&env, Some(who), &args).code(4).error_json()["error"].clone();
        assert_eq!(
            (error["permission"].as_str(), error["message"].as_str()),
            (
                Some("member"),
                Some(
                    format!("permission denied: {who} is not an active member of any managing partner of event gig")
                        .as_str()
                )
            ),
        );
    }
    env.run(&["access", "who", "can_invite", "--event", "nope"]).code(3);
}
