use std::process::ExitCode;

use clap::Parser;
use partnerctl::cli::Cli;
use partnerctl::error::Error;
use partnerctl::output::print_error;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are successes; every other clap error is usage (exit 2).
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let out = partnerctl::output_for(&cli);
    match partnerctl::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            print_error(&err, out.format, out.color);
            ExitCode::from(err.exit_code())
        }
    }
}

/// `partnerctl … | head` closes stdout early; that is not an error.
fn is_broken_pipe(err: &Error) -> bool {
    err.message.contains("Broken pipe") || err.message.contains("os error 32")
}
