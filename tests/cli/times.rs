//! TIME arguments (SPEC §2.1): every form, wherever a TIME is taken, in the
//! tenant's zone, and errors that quote what was typed.

use crate::support::*;

#[test]
fn local_date_times_relative_days_and_durations_are_times_everywhere() {
    let env = TestEnv::new();
    env.seed("Europe/Berlin");
    // NOW is 2026-11-24T10:00:00Z, 11:00 in Berlin.
    let starts = |args: &[&str]| env.json(args)["starts_at"].as_str().unwrap().to_string();
    assert_eq!(starts(&event_args("a", "blue-note", "A", "2026-11-25T10:00", &[])), "2026-11-25T09:00:00Z");
    assert_eq!(starts(&event_args("b", "blue-note", "B", "2026-11-25 10:00:30", &[])), "2026-11-25T09:00:30Z");
    assert_eq!(
        starts(&event_args("c", "blue-note", "C", "today", &["--ends-at", "2026-11-24 23:00"])),
        "2026-11-23T23:00:00Z"
    );
    assert_eq!(starts(&["event", "update", "c", "--starts-at", "48h"]), "2026-11-22T10:00:00Z");

    env.send(ALICE, "a", CAROL, &[]).ok();
    let sent_since = |since: &str| env.json(&["metrics", "event", "a", "--since", since])["totals"]["sent"].clone();
    for since in ["7d", "30m", "today", "yesterday", "2026-11-24 10:59"] {
        assert_eq!(sent_since(since), 1, "--since {since}");
    }
    assert_eq!(sent_since("2026-11-24 11:01"), 0);
    let audited_since = |since: &str| env.json(&["audit", "list", "--since", since]).as_array().unwrap().len();
    assert_eq!(audited_since("7d"), env.audit_rows());
    assert_eq!(audited_since("2026-11-24T11:00:01"), 0);
}

#[test]
fn a_bad_time_names_what_was_typed() {
    let env = TestEnv::new();
    env.seed("UTC");
    let e = env.refused_with(&["metrics", "partner", "blue-note", "--since", "last tuesday"], 2);
    assert_eq!(e["code"], "invalid_input");
    assert!(e["message"].as_str().unwrap().starts_with("invalid time \"last tuesday\": use RFC 3339"), "{e}");
    let e = env.refused_with(&event_args("x", "blue-note", "X", "2026-11-25 25:00", &[]), 2);
    assert!(e["message"].as_str().unwrap().starts_with("invalid time \"2026-11-25 25:00\""), "{e}");
}
