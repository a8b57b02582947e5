//! The only place that prompts. `--yes` skips; without a TTY there is never a
//! prompt, so destructive commands then need `--yes` (exit 2).

use std::io::IsTerminal;

use super::Env;
use crate::error::{Error, Result};

pub fn destructive(env: &Env, question: &str) -> Result<()> {
    if env.yes {
        return Ok(());
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::usage("this command is destructive and there is no terminal to confirm it")
            .hint("pass --yes to confirm"));
    }
    let confirmed = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact_opt()
        .map_err(|e| Error::internal(format!("cannot read the confirmation: {e}")))?;
    match confirmed {
        Some(true) => Ok(()),
        _ => Err(Error::usage("cancelled; nothing was changed")),
    }
}
