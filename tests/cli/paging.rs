//! Paging and order (SPEC §2.2, §2.5): `--limit N` on every list command,
//! `audit list` newest first with `--reverse` and keyset `--after`, and the
//! next-page cursor of `metrics event --drill --limit N`.

use serde_json::Value;

use crate::support::*;

/// Tenant acme (seeded, with red-room, events gig and late, four invites,
/// bob a member of blue-note) beside a second tenant.
fn fixture() -> TestEnv {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["tenant", "create", "other", "--name", "Other"]).ok();
    env.run(&["--tenant", "acme", "partner", "create", "red-room", "--name", "Red Room"]).ok();
    for (slug, day) in [("gig", "2026-12-01T20:00:00Z"), ("late", "2026-12-02T20:00:00Z")] {
        env.run(&[
            "--tenant",
            "acme",
            "event",
            "create",
            slug,
            "--partner",
            "blue-note",
            "--title",
            slug,
            "--starts-at",
            day,
        ])
        .ok();
    }
    for (n, receiver) in [BOB, CAROL, LENA].iter().enumerate() {
        let at = format!("2026-11-24T10:0{n}:00Z");
        env.run_at(&at, &["--tenant", "acme", "--as", ALICE, "invite", "send", "gig", receiver]).ok();
    }
    env.run(&["--tenant", "acme", "--as", ALICE, "invite", "send", "late", BOB]).ok();
    env.add_member_in("acme", "blue-note", BOB);
    env
}

fn list(env: &TestEnv, args: &[&str]) -> Vec<Value> {
    env.json(&[&["--tenant", "acme"], args].concat()).as_array().unwrap().clone()
}

#[test]
fn every_list_command_takes_limit_and_keeps_its_order() {
    let env = fixture();
    for args in [
        &["tenant", "list"][..],
        &["user", "list"],
        &["partner", "list"],
        &["member", "list", "blue-note"],
        &["event", "list"],
        &["invite", "list"],
        &["plan", "list"],
        &["audit", "list"],
    ] {
        let all = list(&env, args);
        assert!(all.len() >= 2, "{args:?}: the fixture needs two rows");
        for n in [0, 1, all.len() - 1, all.len() + 5] {
            let limited = list(&env, &[args, &["--limit", &n.to_string()]].concat());
            assert_eq!(limited, all[..n.min(all.len())], "{args:?} --limit {n}");
        }
    }
    env.run(&["user", "list", "--limit", "-1"]).code(2);
}

#[test]
fn audit_list_is_newest_first_with_reverse_and_keyset_paging() {
    let env = fixture();
    let ids = |args: &[&str]| -> Vec<i64> {
        list(&env, &[&["audit", "list"][..], args].concat()).iter().map(|e| e["id"].as_i64().unwrap()).collect()
    };
    let newest_first = ids(&[]);
    let mut sorted = newest_first.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(newest_first, sorted);
    assert!(newest_first.len() > 5);
    let oldest_first = ids(&["--reverse"]);
    assert_eq!(oldest_first, newest_first.iter().rev().copied().collect::<Vec<_>>());
    assert_eq!(ids(&["--limit", "5"]), newest_first[..5], "--limit 5 is the five newest");
    // Page through in both directions with --limit 2 --after LAST.
    for (order, expected) in [(&[][..], &newest_first), (&["--reverse"][..], &oldest_first)] {
        let (mut seen, mut after) = (Vec::new(), None::<i64>);
        loop {
            let mut args = vec!["--limit", "2"];
            args.extend(order);
            let cursor = after.map(|a| a.to_string());
            if let Some(a) = &cursor {
                args.extend(["--after", a]);
            }
            let page = ids(&args);
            if page.is_empty() {
                break;
            }
            after = page.last().copied();
            seen.extend(page);
        }
        assert_eq!(&seen, expected, "{order:?}");
    }
    let quiet = env.run(&["--tenant", "acme", "-q", "audit", "list", "--limit", "2"]).ok().stdout;
    assert_eq!(quiet, format!("{}\n{}\n", newest_first[0], newest_first[1]));
}

#[test]
fn drill_limit_prints_the_next_page_cursor_on_stderr() {
    let env = fixture();
    let all = list(&env, &["metrics", "event", "gig", "--drill"]);
    assert_eq!(all.len(), 3);
    let page = |after: Option<&str>| {
        let mut args =
            vec!["--tenant", "acme", "--format", "json", "metrics", "event", "gig", "--drill", "--limit", "2"];
        args.extend(after.map(|a| ["--after", a]).into_iter().flatten());
        env.run(&args).ok()
    };
    let first = page(None);
    assert_eq!(first.json().as_array().unwrap()[..], all[..2]);
    let cursor = all[1]["id"].as_str().unwrap();
    assert_eq!(first.stderr, format!("next page: --after {cursor}\n"));
    let last = page(Some(cursor));
    assert_eq!(last.json().as_array().unwrap()[..], all[2..]);
    assert_eq!(last.stderr, "", "no cursor after the last page");
    // A page that ends exactly at the last row has no cursor either.
    let exact = env.run(&["--tenant", "acme", "-q", "metrics", "event", "gig", "--drill", "--limit", "3"]).ok();
    assert_eq!((exact.stdout.lines().count(), exact.stderr.as_str()), (3, ""));
}
