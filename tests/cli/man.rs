//! The man pages committed under docs/man/ are those `partnerctl man`
//! writes: a test fails when they are stale (as for completions/).

use std::collections::BTreeMap;
use std::path::Path;

use crate::support::*;

/// Every file of `dir` by name, with its contents.
fn pages(dir: &Path) -> BTreeMap<String, String> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    entries
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect()
}

#[test]
fn man_pages_match_the_committed_ones() {
    let env = TestEnv::new();
    let out = env.path("man");
    let run = env.run(&["man", "--out", out.to_str().unwrap()]).ok();
    let generated = pages(&out);
    let man_pages = generated.len() - 1;
    assert_eq!(run.stderr, format!("wrote {man_pages} man pages and reference.md to {}\n", out.display()));
    let committed = pages(&Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/man"));
    let names = |p: &BTreeMap<String, String>| p.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&generated), names(&committed), "docs/man is stale: regenerate it as the README says");
    for (name, text) in &generated {
        assert!(text == &committed[name], "docs/man/{name} is stale: regenerate it as the README says");
    }
    // One page per command, group and the root; each names its command.
    assert!(generated.contains_key("partnerctl.1") && generated.contains_key("partnerctl-access-who.1"));
    let set_role = &generated["partnerctl-member-set-role.1"];
    assert!(set_role.contains(".SH SYNOPSIS\n\\fBpartnerctl member set\\-role\\fR"), "{set_role}");
    // The reference names every command, record and exit code.
    let reference = &generated["reference.md"];
    for needle in ["### `partnerctl member set-role`", "- **invite**: `id`, `event_id`", "| 6 | `quota_exceeded` |"] {
        assert!(reference.contains(needle), "reference.md lacks {needle}");
    }
    // Pages do not carry the commit (they would change with every commit).
    assert!(!set_role.contains("commit:"), "{set_role}");
}
