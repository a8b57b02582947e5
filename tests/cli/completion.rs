//! Names complete from the database in real shells: bash (the script's
//! function called with COMP_WORDS/COMP_CWORD, COMPREPLY read), fish
//! (`complete -C`) and zsh (the script's function, with zsh's completion
//! builtins replaced by ones that print what they are given). The
//! database is found as the command would find it, read-only.

use crate::support::{sqlite_only, Run, TestEnv};

/// Whether `shell` is installed; under CI=true (where `.ci/run` installs
/// it) a missing shell fails the test instead of skipping it.
fn installed(shell: &str) -> bool {
    let found = std::process::Command::new(shell).arg("-c").arg("exit 0").output().is_ok_and(|o| o.status.success());
    if !found {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true");
        assert!(!ci, "{shell} is not installed, and CI=true forbids skipping its completion test");
        eprintln!("skipped: {shell} is not installed");
    }
    found
}

/// The names among candidates (clap offers the options when no value is
/// known).
fn names(candidates: Vec<String>) -> Vec<String> {
    candidates.into_iter().filter(|c| !c.starts_with('-')).collect()
}

fn demo() -> TestEnv {
    let env = TestEnv::new();
    env.run(&["demo"]).ok();
    env
}

fn lines(run: Run) -> Vec<String> {
    let run = run.ok();
    assert!(run.stderr.is_empty(), "completion wrote to stderr: {}", run.stderr);
    run.stdout.lines().map(|l| l.split('\t').next().unwrap_or_default().to_string()).collect()
}

/// COMPREPLY of bash completing the last of `words` (a shell array's text).
fn bash(env: &TestEnv, words: &str) -> Vec<String> {
    let script = format!(
        "source <(partnerctl completions bash)\n\
         COMP_WORDS=({words}); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))\n\
         _clap_complete_partnerctl partnerctl \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\""
    );
    lines(Run::from(env.shell("bash", &script).output().unwrap()))
}

/// What fish offers for `line` (`complete -C`).
fn fish(env: &TestEnv, line: &str) -> Vec<String> {
    let script = format!("partnerctl completions fish | source; complete -C '{line}'");
    lines(Run::from(env.shell("fish", &script).output().unwrap()))
}

/// What zsh's completion function hands `_describe` for `words`.
fn zsh(env: &TestEnv, words: &str) -> Vec<String> {
    let script = format!(
        "compdef() {{ : }}\n\
         _describe() {{ print -l -- \"${{(@P)3}}\" }}\n\
         source <(partnerctl completions zsh)\n\
         words=({words}); CURRENT=${{#words}}\n\
         _clap_dynamic_completer_partnerctl"
    );
    lines(Run::from(env.shell("zsh", &script).output().unwrap()))
}

const EVENTS: [&str; 2] = ["summer-jam", "event-0005"];

#[test]
fn bash_completes_partner_event_user_and_plan_names_from_the_database() {
    if !installed("bash") {
        return;
    }
    let env = demo();
    let events = bash(&env, "partnerctl metrics event ''");
    assert!(EVENTS.iter().all(|e| events.contains(&e.to_string())), "{events:?}");
    assert_eq!(bash(&env, "partnerctl member list b"), ["blue-note"]);
    assert_eq!(bash(&env, "partnerctl member invite blue-note ki"), ["kim@demo.example"]);
    assert_eq!(bash(&env, "partnerctl plan set old-hall st"), ["standard"]);
    assert_eq!(bash(&env, "partnerctl --tenant de"), ["demo-city"]);
}

#[test]
fn fish_completes_partner_and_event_slugs_from_the_database() {
    if !installed("fish") {
        return;
    }
    let env = demo();
    let events = fish(&env, "partnerctl metrics event ");
    assert!(EVENTS.iter().all(|e| events.contains(&e.to_string())), "{events:?}");
    let partners = fish(&env, "partnerctl partner show ");
    assert!(["blue-note", "night-owls", "old-hall"].iter().all(|p| partners.contains(&p.to_string())), "{partners:?}");
    assert_eq!(fish(&env, "partnerctl invite send summer-jam kim@"), ["kim@demo.example"]);
    assert_eq!(fish(&env, "partnerctl invite list --inviter "), ["partner:", "user:"]);
    assert_eq!(fish(&env, "partnerctl invite list --inviter partner:b"), ["partner:blue-note"]);
    assert_eq!(fish(&env, "partnerctl invite list --inviter user:ki"), ["user:kim@demo.example"]);
}

#[test]
fn zsh_completes_partner_slugs_from_the_database() {
    if !installed("zsh") {
        return;
    }
    let env = demo();
    let partners = zsh(&env, "partnerctl metrics leaderboard ''");
    assert!(["blue-note", "night-owls"].iter().all(|p| partners.contains(&p.to_string())), "{partners:?}");
}

/// `--db` on the line wins over PARTNERCTL_DB; a database that does not
/// exist offers nothing, says nothing and is not created; the one read is
/// left as it was, byte for byte.
#[test]
fn completion_reads_the_database_of_the_line_read_only_and_fails_silently() {
    if sqlite_only() || !installed("bash") {
        return;
    }
    let env = TestEnv::new();
    let other = env.path("other.db");
    env.run(&["--db", other.to_str().unwrap(), "demo"]).ok();
    let before = std::fs::read(&other).unwrap();
    let files = || std::fs::read_dir(env.dir.path()).unwrap().count();
    let count = files();
    // PARTNERCTL_DB names test.db, which does not exist.
    assert!(names(bash(&env, "partnerctl partner show ''")).is_empty());
    assert!(!env.db.exists(), "completion created the database");
    let partners = bash(&env, &format!("partnerctl --db {} partner show ''", other.display()));
    assert!(partners.contains(&"blue-note".to_string()), "{partners:?}");
    let partners =
        bash(&env, &format!("partnerctl --db={} --tenant demo-city event list --partner ''", other.display()));
    assert!(partners.contains(&"blue-note".to_string()), "{partners:?}");
    assert!(names(bash(&env, &format!("partnerctl --db {} --tenant nope partner show ''", other.display()))).is_empty());
    assert_eq!(std::fs::read(&other).unwrap(), before, "completion changed the database");
    // bash's own files (bin/ for PATH) aside, nothing new beside the databases.
    assert_eq!(files(), count + 1, "{:?}", std::fs::read_dir(env.dir.path()).unwrap().collect::<Vec<_>>());
}
