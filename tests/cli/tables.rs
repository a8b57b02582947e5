//! Tables at a terminal (SPEC §2.3): they fit its width, cut long cells with
//! `…`, keep ids for `--wide`, and print one record as `field: value` lines;
//! piped, nothing is cut.

use crate::support::TestEnv;

fn demo() -> TestEnv {
    let env = TestEnv::new();
    env.run(&["demo"]).ok();
    env
}

const LISTS: [&[&str]; 7] = [
    &["partner", "list"],
    &["member", "list", "blue-note"],
    &["invite", "list", "--event", "summer-jam", "--limit", "30"],
    &["metrics", "event", "summer-jam"],
    &["metrics", "event", "summer-jam", "--drill", "--limit", "30"],
    &["audit", "list", "--limit", "30"],
    &["plan", "show", "blue-note"],
];

/// A 36-character UUID such as every record's `id`.
fn is_uuid(word: &str) -> bool {
    word.len() == 36 && word.matches('-').count() == 4
}

#[test]
fn every_line_fits_80_and_120_columns() {
    let env = demo();
    for columns in [80, 120] {
        for args in LISTS {
            for wide in [&[][..], &["--wide"][..]] {
                let args = [wide, args].concat();
                let run = env.on_terminal(columns, &args).ok();
                let lines: Vec<&str> = run.stdout.lines().collect();
                if !wide.is_empty() && columns == 120 && args.contains(&"--drill") {
                    // The wide view of a drill has its ids, after the human columns.
                    assert!(lines[0].split_whitespace().any(|h| h == "id"), "{}", run.stdout);
                }
                assert!(lines.len() >= 3, "{args:?}: {}", run.stdout);
                for line in &lines {
                    let width = line.chars().count();
                    assert!(width <= usize::from(columns), "{args:?} at {columns}: {width} wide: {line}");
                }
                // A rule under the header (a note on stderr may come first).
                assert!(lines.iter().any(|l| l.starts_with('─')), "{args:?}: {}", run.stdout);
                // No UUID in the narrow view.
                if wide.is_empty() {
                    let rows = lines.iter().filter(|l| !l.starts_with("next page: --after"));
                    assert!(
                        !rows.clone().any(|l| l.split_whitespace().any(is_uuid)),
                        "{args:?} shows an id: {}",
                        run.stdout
                    );
                }
            }
        }
    }
}

#[test]
fn a_terminal_cuts_long_cells_and_a_pipe_does_not() {
    let env = demo();
    let args = ["member", "list", "blue-note"];
    let terminal = env.on_terminal(80, &args).ok().stdout;
    assert!(terminal.contains('…'), "{terminal}");
    assert!(!terminal.contains("olivia@demo.example"), "{terminal}");
    let piped = env.run(&args).ok().stdout;
    assert!(!piped.contains('…') && piped.contains("olivia@demo.example"), "{piped}");
    // Headers are abbreviated only where the table must be squeezed.
    let home = env.on_terminal(80, &["partner", "list"]).ok().stdout;
    assert!(home.lines().next().unwrap().split_whitespace().any(|h| h == "left"), "{home}");
    let home = env.run(&["partner", "list"]).ok().stdout;
    assert!(home.lines().next().unwrap().split_whitespace().any(|h| h == "invites_today"), "{home}");
    // The same columns either way: a pipe cuts nothing and hides no more.
    let header = |text: &str| text.lines().next().unwrap().split_whitespace().count();
    assert_eq!(header(&piped), header(&env.on_terminal(400, &args).ok().stdout));
}

#[test]
fn the_layout_is_the_same_past_the_first_page() {
    let env = demo();
    let table = env.on_terminal(100, &["invite", "list", "--event", "summer-jam", "--limit", "1200"]).ok().stdout;
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines.len() > 1100 && lines[1].starts_with('─'), "header, rule, then more than a page of rows");
    // The second column starts where it does on the first page.
    let second_at = |line: &str| line.find("  ").map(|i| i + line[i..].find(|c| c != ' ').unwrap());
    assert_eq!(second_at(lines[2]), second_at(lines[1100]), "{}\n{}", lines[2], lines[1100]);
    assert!(lines[1100].chars().count() <= 100);
}

#[test]
fn one_record_prints_field_value_lines() {
    let env = demo();
    let show = env.on_terminal(80, &["partner", "show", "blue-note"]).ok().stdout;
    let lines: Vec<&str> = show.lines().collect();
    assert!(lines.contains(&"slug: blue-note") && lines.contains(&"name: Blue Note"), "{show}");
    assert!(lines.iter().any(|l| l.starts_with("id: ")), "{show}");
    let piped = env.run(&["partner", "show", "blue-note", "--fields", "slug,plan"]).ok().stdout;
    assert_eq!(piped, "slug: blue-note\nplan: standard\n");
}

#[test]
fn audit_details_are_summarised_in_the_table_and_whole_in_json() {
    let env = demo();
    let table = env.run(&["audit", "list", "--action", "invite.decline", "--limit", "1"]).ok().stdout;
    assert!(table.contains("status: pending→declined") || table.contains("status: viewed→declined"), "{table}");
    assert!(!table.contains("\"before\""), "{table}");
    let json = env.json(&["audit", "list", "--action", "invite.decline", "--limit", "1"]);
    assert!(json[0]["details"]["before"].is_object(), "{json}");
}
