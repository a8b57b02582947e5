//! The help of the most used commands: examples that run as printed, the
//! global options under their own heading, the sort keys listed.

use crate::support::TestEnv;

const WITH_EXAMPLES: [&[&str]; 6] = [
    &["partner", "list"],
    &["member", "invite"],
    &["member", "list"],
    &["invite", "send"],
    &["metrics", "event"],
    &["audit", "list"],
];

#[test]
fn the_examples_in_help_run_on_the_demo() {
    let env = TestEnv::new();
    env.run(&["demo"]).ok();
    for command in WITH_EXAMPLES {
        let help = env.run(&[command, &["--help"]].concat()).ok().stdout;
        let examples: Vec<&str> =
            help.split_once("Examples:\n").expect(&help).1.lines().take_while(|l| l.starts_with("  ")).collect();
        assert!(!examples.is_empty(), "{command:?}: {help}");
        for example in examples {
            let args: Vec<&str> = example.split_whitespace().skip(1).collect();
            env.run(&args).ok();
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
