use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use partnerctl::cli::Cli;
use partnerctl::error::{exit_code, is_broken_pipe, Error};
use partnerctl::output::{print_error, Format};

fn main() -> ExitCode {
    // `COMPLETE=SHELL partnerctl -- WORDS…` (the scripts of `completions`)
    // prints the candidates and exits, before anything else is written.
    clap_complete::CompleteEnv::with_factory(Cli::command).complete();
    let cli = match parse() {
        Ok(cli) => cli,
        // --help and --version are successes.
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        // Every other clap error is usage (exit 2), as JSON when JSON was asked for.
        Err(e) if json_requested() => {
            let err = Error::usage(first_line(&e.render().to_string()));
            print_error(&err, Format::Json, false);
            return ExitCode::from(exit_code(&err));
        }
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    let out = partnerctl::output_for(&cli);
    match partnerctl::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // `partnerctl … | head` closes stdout early; that is not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            print_error(&err, out.format, out.color);
            ExitCode::from(exit_code(&err))
        }
    }
}

/// `Cli::try_parse`, but the command tree is left to the process's exit:
/// not freeing its thousands of allocations saves 0.35 M of the 8.7 M
/// instructions of an `invite send` process (callgrind).
fn parse() -> Result<Cli, clap::Error> {
    let mut command = Cli::command();
    let parsed = command.try_get_matches_from_mut(std::env::args_os()).and_then(|mut matches| {
        // As `try_parse` does, an error here is formatted against a fresh tree.
        Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut Cli::command()))
    });
    std::mem::forget(command);
    parsed
}

/// Whether `--format json|jsonl` (or `PARTNERCTL_FORMAT`) was given, read
/// from the raw arguments because parsing them failed.
fn json_requested() -> bool {
    let is_json = |v: &str| matches!(v, "json" | "jsonl");
    let args: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let from_args = args.windows(2).any(|w| w[0] == "--format" && is_json(&w[1]))
        || args.iter().any(|a| a.strip_prefix("--format=").is_some_and(is_json));
    from_args || std::env::var("PARTNERCTL_FORMAT").is_ok_and(|v| is_json(&v))
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().trim_start_matches("error: ").to_string()
}
