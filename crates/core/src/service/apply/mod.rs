//! `apply` (SPEC §2.9): makes the tenant look like a setup manifest (users,
//! partners with their members, events with their manager partners) in one
//! transaction.
//!
//! The manifest arrives as a parsed tree (the front-end reads YAML or
//! JSON). `manifest` checks its shape and `references` what it names, each
//! collecting every problem with its path. Then each record is compared
//! with the store and changed through the same use cases the single
//! commands run, inside one command transaction (`Store::command`): the
//! same permissions, guards and audit rows apply, and the first refusal
//! rolls the whole file back. A dry run rolls back what it did.

mod events;
mod manifest;
mod members;
mod partners;
mod problems;
mod references;
mod row;
mod users;

use serde_json::Value;

pub use manifest::{EVENT_KEYS, MEMBER_KEYS, PARTNER_KEYS, TOP_KEYS, USER_KEYS};
pub use problems::{index_path, key_path, parent_path};
pub use row::{Action, ApplyRow, RecordKind};

use self::problems::{invalid_at, located, Problems};
use super::{Ctx, Scope};
use crate::error::{Error, Kind, Result};
use crate::store::Tx;

/// A manifest as a front-end read it.
pub trait ManifestSource {
    /// How errors name the input (a file name, `-`).
    fn name(&self) -> &str;
    /// The whole document: mappings, lists and scalars.
    fn tree(&self) -> &Value;
    /// The line where the value at `path` starts, when the format knows it
    /// (paths as `key_path` and `index_path` build them).
    fn line_of(&self, path: &str) -> Option<u64>;
}

#[derive(Debug, Clone, Copy, Default)]
pub struct ApplyOptions {
    /// Print the rows, write nothing.
    pub dry_run: bool,
    /// Also remove members and event managers the file does not list.
    pub prune: bool,
}

/// Applies the manifest; returns one row per record it lists (and per
/// record `prune` removes), in file order.
pub fn apply(ctx: &Ctx, source: &dyn ManifestSource, options: ApplyOptions) -> Result<Vec<ApplyRow>> {
    let mut problems = Problems::default();
    let manifest = manifest::parse(source.tree(), &mut problems);
    let command = ctx.store.command()?;
    // A malformed file is reported as such, whatever else is wrong.
    let scope = match ctx.scope(&*command) {
        Ok(scope) => scope,
        Err(_) if !problems.is_empty() => return Err(problems.into_error(source)),
        Err(e) => return Err(e),
    };
    references::check(&*command, &scope, ctx.now, &manifest, &mut problems)?;
    problems.check(source)?;
    let mut run = Run { ctx, tx: &*command, source, prune: options.prune, rows: Vec::new() };
    users::apply(&mut run, &manifest.users)?;
    partners::apply(&mut run, &manifest.partners)?;
    events::apply(&mut run, &manifest.events)?;
    let mut rows = run.rows;
    if options.dry_run {
        // Dropping `command` rolls everything back: what was created has no
        // id, and no invite code works.
        for row in &mut rows {
            if matches!(row.action, Action::Create | Action::Invite) {
                row.id = None;
            }
            row.invite_code = None;
        }
        return Ok(rows);
    }
    command.commit()?;
    Ok(rows)
}

/// One application in progress.
struct Run<'a, 's> {
    ctx: &'a Ctx<'s>,
    /// The command transaction, for reading between use cases.
    tx: &'a dyn Tx,
    source: &'a dyn ManifestSource,
    prune: bool,
    rows: Vec<ApplyRow>,
}

impl Run<'_, '_> {
    /// Tenant and actor as they are now (the file may have changed the actor).
    fn scope(&self) -> Result<Scope> {
        self.ctx.scope(self.tx)
    }

    /// The error of a step about the entry at `path`, named by it: a bad
    /// value or a reference that does not resolve is the file's
    /// (`invalid_data`); refusals keep their code.
    fn at(&self, path: &str, err: Error) -> Error {
        match err.kind {
            Kind::InvalidInput | Kind::NotFound => invalid_at(self.source, path, err.message.clone()),
            Kind::PermissionDenied | Kind::State(_) | Kind::Conflict(_) | Kind::QuotaExceeded | Kind::Usage => {
                let mut err = err.detail("path", path);
                if let Some(line) = self.source.line_of(path) {
                    err = err.detail("line", line);
                }
                err.message = format!("{}: {}", located(self.source, path), err.message);
                err
            }
            // The store's failures are not the file's.
            Kind::Internal | Kind::InvalidData | Kind::Database(_) | Kind::Unauthenticated => err,
        }
    }

    /// `invalid_data`: a field needed to create a record is missing.
    fn required<T: Clone>(&self, value: &Option<T>, path: &str, key: &str, record: &str) -> Result<T> {
        value
            .clone()
            .ok_or_else(|| invalid_at(self.source, &key_path(path, key), format!("required to create {record}")))
    }
}
