use clap::{Args, CommandFactory};
use clap_complete::env::EnvCompleter;
use clap_complete::Shell;

use crate::error::Result;

pub const SHELLS: &[Shell] = &[Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish];

const INSTALL: &str = "\
bash, zsh and fish get a small script that asks partnerctl (found on PATH)
for the candidates at each TAB: partner, event, user, plan and tenant names
complete from the database. It is found as the command would find it (--db
and --tenant on the line, else PARTNERCTL_DB and PARTNERCTL_TENANT, else the
default database and its only tenant), read-only and never created.
PowerShell and elvish get a static script: commands, options, closed sets.

Install (then open a new shell; re-create the script after an upgrade):
  bash:        partnerctl completions bash \\
                 > ~/.local/share/bash-completion/completions/partnerctl
  zsh:         partnerctl completions zsh > ~/.zfunc/_partnerctl
               (and fpath=(~/.zfunc $fpath) before compinit in ~/.zshrc)
  fish:        partnerctl completions fish \\
                 > ~/.config/fish/completions/partnerctl.fish
  powershell:  partnerctl completions powershell >> $PROFILE
  elvish:      partnerctl completions elvish \\
                 > ~/.config/elvish/lib/partnerctl.elv
               (and `use partnerctl` in ~/.config/elvish/rc.elv)

Examples:
  partnerctl completions bash
  partnerctl completions fish";

/// Print a shell completion script
#[derive(Debug, Args)]
#[command(after_help = INSTALL)]
pub struct CompletionsArgs {
    /// The shell to print the script for
    #[arg(value_enum)]
    shell: Shell,
}

impl CompletionsArgs {
    pub fn run(&self) -> Result<()> {
        std::io::Write::write_all(&mut std::io::stdout().lock(), &generate(self.shell)?)?;
        Ok(())
    }
}

/// The completion script for `shell`, as committed under `completions/`:
/// the dynamic one (`COMPLETE=SHELL partnerctl`) where clap_complete has it
/// for bash, zsh and fish, the static one for the other shells.
pub fn generate(shell: Shell) -> Result<Vec<u8>> {
    let dynamic: Option<&dyn EnvCompleter> = match shell {
        Shell::Bash => Some(&clap_complete::env::Bash),
        Shell::Zsh => Some(&clap_complete::env::Zsh),
        Shell::Fish => Some(&clap_complete::env::Fish),
        _ => None,
    };
    let mut buf = Vec::new();
    match dynamic {
        // The script calls `partnerctl` from PATH, so that it is the same on every machine.
        Some(completer) => {
            completer.write_registration("COMPLETE", "partnerctl", "partnerctl", "partnerctl", &mut buf)?
        }
        None => clap_complete::generate(shell, &mut super::Cli::command(), "partnerctl", &mut buf),
    }
    Ok(buf)
}
