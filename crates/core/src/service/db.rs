//! `db status | check | copy`: facts about the database, re-verification
//! of the rules, and the move of a whole database to another backend.

use serde::Serialize;

use super::{Acting, Ctx};
use crate::error::{Constraint, Error, Result};
use crate::model::Permission;
use crate::portable::TABLES;
use crate::store::{DbStatus, Store};

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

/// One table that `db copy` moved.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CopiedTable {
    pub table: &'static str,
    pub rows: u64,
}

/// `db copy --to TARGET` (SPEC §3.3): every row of every table, ids and
/// times kept, from one snapshot of `ctx.store` into `target` in one
/// transaction, which must find `target` empty. The operator's command:
/// it reads every tenant. No audit row is written, so that the audit logs
/// of source and copy stay identical. `progress(done, total)` follows the rows.
/// `open_target` runs only once the actor may copy, so a refused copy leaves
/// no new file behind.
pub fn copy(
    ctx: &Ctx,
    open_target: impl FnOnce() -> Result<Box<dyn Store>>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Vec<CopiedTable>> {
    if !matches!(ctx.actor, Some(Acting::Operator { .. })) {
        return Err(Error::permission_denied(
            Permission::OPERATOR,
            "permission denied: db copy is the operator's (run it without --as)",
        ));
    }
    let source = ctx.store.export()?;
    let target = open_target()?;
    let mut load = target.import()?;
    if !load.is_empty()? {
        return Err(Error::conflict(Constraint::Other, "the target database is not empty; nothing was copied")
            .hint("db copy fills a new SQLite file or an empty PostgreSQL database"));
    }
    let counts = TABLES.iter().map(|table| source.count(table)).collect::<Result<Vec<_>>>()?;
    let total = counts.iter().sum();
    let mut done = 0;
    progress(done, total);
    let mut copied = Vec::with_capacity(TABLES.len());
    for table in TABLES {
        load.begin_table(table)?;
        let mut rows = 0;
        source.rows(table, &mut |cells| {
            load.row(cells)?;
            rows += 1;
            if (done + rows) % 4096 == 0 {
                progress(done + rows, total);
            }
            Ok(())
        })?;
        load.end_table()?;
        done += rows;
        copied.push(CopiedTable { table: table.name, rows });
    }
    load.commit()?;
    progress(done, total);
    Ok(copied)
}
