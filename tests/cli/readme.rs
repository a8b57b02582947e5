//! The README's promises: its tour runs as written, its links resolve.

use std::path::Path;

use crate::support::*;

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("read README.md")
}

/// The first ```sh block after the `## A tour` heading.
fn tour(readme: &str) -> &str {
    let section = &readme[readme.find("## A tour").expect("a tour section")..];
    let body = &section[section.find("```sh\n").expect("a sh block") + "```sh\n".len()..];
    &body[..body.find("\n```").expect("the block ends")]
}

#[test]
fn the_readme_tour_runs_as_written() {
    let env = TestEnv::new();
    let binary = assert_cmd::cargo::cargo_bin("partnerctl");
    let path = format!("{}:{}", binary.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    let script = format!("set -euo pipefail\n{}\n", tour(&readme()));
    let run = env.run_cmd(
        assert_cmd::Command::new("bash")
            .args(["-c", &script])
            .env_clear()
            .env("PATH", path)
            .env("HOME", env.dir.path())
            .env("TMPDIR", env.dir.path())
            .env("XDG_DATA_HOME", env.dir.path().join("data"))
            .env("PARTNERCTL_NOW", NOW)
            .env("NO_COLOR", "1"),
    );
    assert_eq!(run.code, 0, "the tour stopped\nstdout: {}\nstderr: {}", run.stdout, run.stderr);
    assert!(run.stdout.contains("TOTAL"), "metrics printed a TOTAL row: {}", run.stdout);
    // The tour made its own scratch directory and left the default database alone.
    assert!(!env.dir.path().join("data").exists());
}

#[test]
fn the_readme_links_only_to_files_in_the_repository() {
    let readme = readme();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (i, _) in readme.match_indices("](") {
        let target = &readme[i + 2..];
        let target = &target[..target.find(')').expect("a closing parenthesis")];
        if target.starts_with("http") || target.starts_with('#') {
            continue;
        }
        let file = target.split('#').next().unwrap();
        assert!(!file.starts_with(".."), "link leaves the repository: {target}");
        assert!(root.join(file).exists(), "link to a missing file: {target}");
    }
}

#[test]
fn the_readme_test_command_is_what_ci_runs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ci = std::fs::read_to_string(root.join(".ci/run")).expect("read .ci/run");
    let tests = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|line| line.starts_with("cargo test"))
            .map(|line| line.split(" #").next().unwrap_or_default().trim().to_string())
            .collect()
    };
    let readme = readme();
    let documented = tests(&readme);
    assert!(!documented.is_empty(), "the README shows CI's test command");
    assert_eq!(documented, tests(&ci), "the README's test command and .ci/run's differ");
}
