//! `db status | check`: facts about the file and re-verification of the rules.

use super::Ctx;
use crate::error::{Error, Result};
use crate::store::DbStatus;

pub fn status(ctx: &Ctx) -> Result<DbStatus> {
    ctx.store.status()
}

/// Fails with exit 8 naming every violation; Ok lists what was checked.
pub fn check(ctx: &Ctx) -> Result<Vec<String>> {
    let mut problems = ctx.store.integrity_problems()?;
    match ctx.store.read().and_then(|tx| tx.rule_violations()) {
        Ok(violations) => problems.extend(violations),
        // The rules' queries may fail on the damaged pages already reported.
        Err(e) if !problems.is_empty() => problems.push(format!("rules not verified: {}", e.message)),
        Err(e) => return Err(e),
    }
    if problems.is_empty() {
        return Ok(problems);
    }
    let count = problems.len();
    let first = problems.iter().take(20).cloned().collect::<Vec<_>>();
    Err(Error::database(format!("db check found {count} problem(s): {}", first.join("; "))).detail("problems", first))
}
