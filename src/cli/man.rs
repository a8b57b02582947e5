//! `partnerctl man [--out DIR]`: one man page per command (clap_mangen),
//! and the reference of every command, record and exit code beside them,
//! as committed under docs/man/.

use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory};

use crate::error::{Error, Result};

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    partnerctl man --out ~/.local/share/man/man1\n  \
    partnerctl man --out man\n\
    (then: man -l man/partnerctl-member-invite.1)")]
pub struct ManArgs {
    /// Directory to write the pages into (created if missing); one NAME.1 per command
    #[arg(long, value_name = "DIR", default_value = "man")]
    out: PathBuf,
}

impl ManArgs {
    pub fn run(&self) -> Result<()> {
        let written = generate(&self.out)?;
        eprintln!("wrote {written} man pages and reference.md to {}", self.out.display());
        Ok(())
    }
}

/// Writes the page of every command, group and the root into `dir`;
/// returns how many. The pages carry the release (`--version`), not the
/// long version with its commit, so that they change only with the CLI.
pub fn generate(dir: &Path) -> Result<usize> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::invalid_input(format!("cannot create {:?}: {e}", dir.display().to_string())))?;
    let mut root = super::Cli::command().long_version(None).disable_help_subcommand(true);
    root.build();
    let source = format!("partnerctl {}", root.get_version().unwrap_or_default());
    let mut pending = vec![root];
    let mut written = 0;
    while let Some(cmd) = pending.pop() {
        pending.extend(cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
        let page = clap_mangen::Man::new(cmd).source(source.clone()).manual("partnerctl manual");
        page.generate_to(dir)?;
        written += 1;
    }
    let reference = dir.join("reference.md");
    std::fs::write(&reference, crate::reference::markdown()?)
        .map_err(|e| Error::invalid_input(format!("cannot write {:?}: {e}", reference.display().to_string())))?;
    Ok(written)
}
