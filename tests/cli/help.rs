//! The help of every command: each argument described, examples that run
//! as printed on the demo, lines that fit 80 columns, the global options
//! under their own heading, the closed sets and import columns listed.

use std::path::Path;

use clap::CommandFactory;
use partnerctl::cli::Cli;

use crate::support::{sqlite_only, Run, TestEnv};

/// Every command of the tree (the root too) with the words that name it.
fn commands() -> Vec<(Vec<String>, clap::Command)> {
    let mut root = Cli::command();
    root.build();
    let mut all = Vec::new();
    let mut pending = vec![(Vec::new(), root)];
    while let Some((words, cmd)) = pending.pop() {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            pending.push(([words.clone(), vec![sub.get_name().to_string()]].concat(), sub.clone()));
        }
        all.push((words, cmd));
    }
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

/// What `cmd`'s help lacks: an `Examples:` section, a description of an
/// argument or option (clap's own --help and --version aside), text after
/// the options that fits 80 columns.
fn gaps(name: &str, cmd: &clap::Command) -> Vec<String> {
    let mut gaps = Vec::new();
    let after = cmd.get_after_help().map(ToString::to_string).unwrap_or_default();
    if !after.starts_with("Examples:\n") && !after.contains("\nExamples:\n") {
        gaps.push(format!("`{name}` has no Examples: section"));
    }
    // clap would wrap a longer line at 80 columns, breaking an example in two.
    for line in after.lines().filter(|l| l.chars().count() > 80) {
        gaps.push(format!("`{name}`: wider than 80 columns: {line}"));
    }
    for arg in cmd.get_arguments().filter(|a| !matches!(a.get_id().as_str(), "help" | "version")) {
        if arg.get_help().is_none_or(|h| h.to_string().trim().is_empty()) {
            gaps.push(format!("`{name}`: {} has no description", arg.get_id()));
        }
    }
    gaps
}

#[test]
fn every_command_has_examples_and_every_argument_a_description() {
    let found: Vec<String> =
        commands().iter().flat_map(|(words, cmd)| gaps(&format!("partnerctl {}", words.join(" ")), cmd)).collect();
    assert!(found.is_empty(), "help gaps:\n{}", found.join("\n"));
    // The walk sees what it looks for: a bare command has both gaps.
    let bare = clap::Command::new("bare").arg(clap::Arg::new("thing"));
    assert_eq!(gaps("bare", &bare).len(), 2, "{:?}", gaps("bare", &bare));
}

/// The example lines of a help page: the indented lines of its `Examples:`
/// section, continuation lines (after a trailing `\`) joined; unindented
/// notes are not examples.
fn examples(help: &str) -> Vec<String> {
    let section = help.rsplit_once("Examples:\n").map_or("", |(_, s)| s);
    let mut examples: Vec<String> = Vec::new();
    let mut continued = false;
    for line in section.lines().take_while(|l| !l.is_empty()) {
        if continued {
            examples.last_mut().expect("continued").push_str(line.trim_start());
        } else if line.starts_with("  partnerctl ") {
            examples.push(line.trim_start().to_string());
        }
        continued = line.ends_with('\\') && !examples.is_empty();
        if let Some(last) = examples.last_mut().filter(|_| continued) {
            last.pop();
        }
    }
    examples
}

/// What an example's placeholder stands for: the value this setup
/// command prints on the same database, as the help's notes say (run once
/// per command, before its first example that names the placeholder).
const PLACEHOLDERS: [(&str, &str); 3] = [
    ("CODE", "partnerctl member invite blue-note kim@demo.example -q"),
    ("INVITE", "partnerctl invite send summer-jam kim@demo.example --as maya@demo.example -q"),
    ("TOKEN_ID", "partnerctl token create --for lena@demo.example --format csv --fields id --no-headers"),
];

/// The files the examples name, in the directory they run in.
fn write_example_files(dir: &Path) {
    let files = [
        ("users.csv", "email,display_name\nzoe@import.example,Zoe\n"),
        (
            "invites.csv",
            "event,receiver,inviter_kind,inviter,issued_by,status,created_at\n\
             summer-jam,lena@demo.example,partner,blue-note,maya@demo.example,pending,2026-11-20T10:00:00Z\n",
        ),
        (
            "setup.yaml",
            "users:\n  - {email: zoe@demo.example, name: Zoe}\n\
             partners:\n  - slug: jazz-cellar\n    name: Jazz Cellar\n    kind: venue\n    members:\n      \
             - {user: zoe@demo.example, role: owner, status: active}\n\
             events:\n  - {slug: jazz-night, partner: jazz-cellar, title: Jazz Night, starts_at: 2026-12-05T19:00:00Z}\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

/// Each command's examples, in order, on a fresh copy of the demo (so that
/// one command's changes never decide another's), run by `sh` as a user
/// would paste them. `serve` runs until stopped: its examples are only
/// parsed (the HTTP tests serve). Every help page fits 80 columns.
#[test]
fn every_example_in_help_runs_on_the_demo_and_help_fits_80_columns() {
    // The examples run on copies of one SQLite demo file, whatever the backend.
    if sqlite_only() {
        return;
    }
    let env = TestEnv::new();
    let demo = env.path("demo.db");
    env.run(&["--db", demo.to_str().unwrap(), "demo"]).ok();
    for (i, (words, _)) in commands().into_iter().enumerate() {
        let help = env.cmd().args(&words).arg("--help").env("COLUMNS", "80").output().unwrap();
        let help = Run::from(help).ok().stdout;
        let long: Vec<&str> = help.lines().filter(|l| l.chars().count() > 80).collect();
        assert!(long.is_empty(), "partnerctl {words:?} --help is wider than 80 columns: {long:#?}");
        let examples = examples(&help);
        assert!(!examples.is_empty(), "no examples in partnerctl {words:?} --help:\n{help}");
        if words == ["serve"] {
            continue;
        }
        let dir = env.path(&format!("examples-{i}"));
        std::fs::create_dir(&dir).unwrap();
        std::fs::copy(&demo, dir.join("test.db")).unwrap();
        write_example_files(&dir);
        let sh = |script: &str| {
            let mut cmd = env.shell("sh", script);
            cmd.current_dir(&dir).env("PARTNERCTL_DB", dir.join("test.db")).env("HOME", &dir);
            Run::from(cmd.output().unwrap())
        };
        // A placeholder stands for one value in all of a command's examples.
        let mut values = std::collections::HashMap::new();
        for example in examples {
            let mut line = example.clone();
            for (placeholder, setup) in PLACEHOLDERS {
                if line.split_whitespace().any(|w| w == placeholder) {
                    let value = values.entry(placeholder).or_insert_with(|| sh(setup).ok().stdout.trim().to_string());
                    line = line
                        .split(' ')
                        .map(|w| if w == placeholder { &**value } else { w })
                        .collect::<Vec<_>>()
                        .join(" ");
                }
            }
            let run = sh(&line);
            assert_eq!(
                run.code, 0,
                "example of {words:?} failed: {line}\nstdout: {}\nstderr: {}",
                run.stdout, run.stderr
            );
        }
    }
}

#[test]
fn global_options_come_after_the_commands_own() {
    let env = TestEnv::new();
    let help = env.run(&["metrics", "event", "--help"]).ok().stdout;
    let (own, global) = help.split_once("Global options:\n").expect(&help);
    assert!(own.contains("--sort <KEY>") && !own.contains("--db <PATH>"), "{help}");
    assert!(global.contains("--db <PATH>") && global.contains("--wide"), "{help}");
    assert!(own.contains("acceptance_rate") && own.contains("default"), "{help}");
}

#[test]
fn closed_sets_list_their_values_and_defaults() {
    let env = TestEnv::new();
    let help = env.run(&["metrics", "event", "--help"]).ok().stdout;
    assert!(help.contains("[default: inviter]") && help.contains("possible values: inviter, issuer"), "{help}");
    let help = env.run(&["invite", "send", "--help"]).ok().stdout;
    assert!(help.contains("[default: in_app]") && help.contains("share_url"), "{help}");
    let help = env.run(&["audit", "list", "--help"]).ok().stdout;
    assert!(help.contains("member.set_role") && help.contains("token.revoke"), "{help}");
}

#[test]
fn invite_import_help_lists_every_column_it_reads() {
    let env = TestEnv::new();
    let help = env.run(&["invite", "import", "--help"]).ok().stdout;
    for column in partnerctl::service::import::invites::COLUMNS {
        for name in std::iter::once(&column.name).chain(column.aliases) {
            assert!(help.contains(name), "invite import --help lacks the column {name}:\n{help}");
        }
    }
    let help = env.run(&["user", "import", "--help"]).ok().stdout;
    for column in partnerctl::service::import::users::COLUMNS {
        assert!(help.contains(column.name), "user import --help lacks the column {}:\n{help}", column.name);
    }
}
