use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::error::Result;

pub const SHELLS: &[Shell] = &[Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish];

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    #[arg(value_enum)]
    shell: Shell,
}

impl CompletionsArgs {
    pub fn run(&self) -> Result<()> {
        std::io::Write::write_all(&mut std::io::stdout().lock(), &generate(self.shell))?;
        Ok(())
    }
}

/// The completion script for `shell`, as committed under `completions/`.
pub fn generate(shell: Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut super::Cli::command(), "partnerctl", &mut buf);
    buf
}
