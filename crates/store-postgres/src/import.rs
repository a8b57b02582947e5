//! Bulk import. The core hands rows over in chunks: a chunk goes in with
//! one `COPY` inside a savepoint, then one query checks that no open invite
//! sits beside a credited acceptance; any unique violation or clash rolls
//! the chunk back, and the core inserts its rows one by one, each an
//! `INSERT … ON CONFLICT DO NOTHING` inside a savepoint (the core reports a
//! refused row as a line error and goes on, while any error aborts a
//! PostgreSQL transaction). The running import keeps the ids it wrote in a
//! temporary table, to tell its own rows from older ones: held in the
//! process, they grew its memory with the file (87.6 MiB at 1M rows).
//! An import defers the host counters (`counts`), and a bulk load the
//! event counters too; `finish_import` recounts what the events it wrote
//! add up to.

use std::cell::{Ref, RefCell};
use std::collections::HashSet;

use std::io::Write as _;

use super::counts;
use super::portable::copy_text;
use super::{opt_fmt, time, PgTx};
use crate::error::{sql, Constraint, CoreResult, Error, PgError, Result};
use crate::model::Named;
use crate::store::{Collision, ExistingInvite, ImportStore, ImportedInvite, InviteKey};

/// What the running import of a transaction remembers.
#[derive(Debug, Default)]
pub(crate) struct ImportState {
    users: HashSet<String>,
    /// The events whose invites it changed: the host counters of their
    /// hosts are recounted at the end, and so are their own
    /// counters once `counting_deferred` (a recount of an event counted
    /// live finds what the triggers counted).
    events: HashSet<String>,
    /// Whether the event counters wait for the end too (a bulk load).
    counting_deferred: bool,
}

impl ImportState {
    fn wrote(&mut self, event_id: &str) {
        if !self.events.contains(event_id) {
            self.events.insert(event_id.to_string());
        }
    }
}

/// The ids of the invites the running import wrote, dropped when it
/// finishes (or with its transaction).
const CREATE_WRITTEN: &str = "CREATE TEMPORARY TABLE import_written (id TEXT COLLATE \"C\" PRIMARY KEY) ON COMMIT DROP";

/// A transaction's running import, if any.
pub(crate) type RunningImport = RefCell<Option<ImportState>>;

impl PgTx<'_> {
    fn running_import(&self) -> Result<Ref<'_, ImportState>> {
        Ref::filter_map(self.import.borrow(), Option::as_ref)
            .map_err(|_| Error::internal("no import is running in this transaction").into())
    }

    /// Records a user written while an import runs.
    pub(super) fn note_imported_user(&self, id: &str) {
        if let Some(state) = self.import.borrow_mut().as_mut() {
            state.users.insert(id.to_string());
        }
    }

    fn holding(&self, key: InviteKey) -> Result<Option<ExistingInvite>> {
        self.running_import()?;
        const SELECT: &str = "SELECT id, tenant_id, EXISTS (SELECT 1 FROM import_written w WHERE w.id = i.id)
            FROM invites i WHERE ";
        let row = match &key {
            InviteKey::Id(id) => self.query_opt(&format!("{SELECT}id = $1"), &[id])?,
            InviteKey::Principal { event_id, receiver_id, kind, inviter_id } => self.query_opt(
                &format!(
                    "{SELECT}event_id = $1 AND receiver_user_id = $2 AND inviter_kind = $3 AND inviter_id = $4 LIMIT 1"
                ),
                &[event_id, receiver_id, &kind.as_str(), inviter_id],
            )?,
            InviteKey::Credited { event_id, receiver_id } => self.query_opt(
                &format!("{SELECT}event_id = $1 AND receiver_user_id = $2 AND credited_acceptance LIMIT 1"),
                &[event_id, receiver_id],
            )?,
            InviteKey::Open { event_id, receiver_id } => self.query_opt(
                &format!(
                    "{SELECT}event_id = $1 AND receiver_user_id = $2 AND status IN ('pending', 'viewed')
                     ORDER BY id LIMIT 1"
                ),
                &[event_id, receiver_id],
            )?,
        };
        let Some(row) = row else { return Ok(None) };
        Ok(Some(ExistingInvite { id: row.try_get(0)?, tenant_id: row.try_get(1)?, this_import: row.try_get(2)? }))
    }

    /// Runs `body` in a savepoint, so that its failure leaves the transaction usable.
    fn in_savepoint<T>(&self, body: impl FnOnce() -> Result<T>) -> Result<T> {
        self.batch("SAVEPOINT import_row")?;
        match body() {
            Ok(v) => {
                self.batch("RELEASE import_row")?;
                Ok(v)
            }
            Err(e) => {
                self.batch("ROLLBACK TO import_row; RELEASE import_row")?;
                Err(e)
            }
        }
    }
}

const COPY_INVITES: &str = "COPY invites (id, tenant_id, event_id, receiver_user_id, inviter_kind, inviter_id,
    issued_by_user_id, status, credited_acceptance, attendance, channel, created_at, viewed_at, responded_at,
    updated_at) FROM STDIN";

/// One invite as a line of COPY's text format (ids, emails and enum names
/// hold no tab, newline or backslash; `copy_text` escapes them anyway).
fn copy_row(out: &mut String, i: &ImportedInvite) {
    let (created, updated) = (time::fmt(i.created_at), time::fmt(i.updated_at));
    let (viewed, responded) = (i.viewed_at.map(time::fmt), i.responded_at.map(time::fmt));
    let fields: [Option<&str>; 15] = [
        Some(i.id),
        Some(i.tenant_id),
        Some(i.event_id),
        Some(i.receiver_id),
        Some(i.inviter_kind.as_str()),
        Some(i.inviter_id),
        Some(i.issued_by_user_id),
        Some(i.status.as_str()),
        Some(if i.credited_acceptance { "t" } else { "f" }),
        Some(i.attendance.as_str()),
        Some(i.channel.as_str()),
        Some(&created),
        viewed.as_deref(),
        responded.as_deref(),
        Some(&updated),
    ];
    for (n, field) in fields.iter().enumerate() {
        if n > 0 {
            out.push('\t');
        }
        match field {
            Some(text) => copy_text(out, text),
            None => out.push_str("\\N"),
        }
    }
    out.push('\n');
}

impl PgTx<'_> {
    /// Streams `rows` (COPY's text format) into `copy`; false when the
    /// server stopped reading them (a refused row: `finish` then fails).
    fn copy_in(&self, copy: &str, rows: &str) -> Result<bool> {
        let mut client = self.store.client.borrow_mut();
        let mut writer = client.copy_in(copy)?;
        if writer.write_all(rows.as_bytes()).is_err() {
            return Ok(false);
        }
        writer.finish()?;
        Ok(true)
    }

    /// Whether any (event, receiver) of `invites` now has an open invite
    /// beside a credited acceptance (rule 2's other half).
    fn clash_among(&self, invites: &[ImportedInvite]) -> Result<bool> {
        let (events, receivers): (Vec<&str>, Vec<&str>) = invites
            .iter()
            .filter(|i| i.credited_acceptance || i.status.is_open())
            .map(|i| (i.event_id, i.receiver_id))
            .unzip();
        if events.is_empty() {
            return Ok(false);
        }
        let row = self.query_opt(
            "SELECT 1 FROM unnest($1::text[], $2::text[]) AS b(event_id, receiver_id)
             WHERE EXISTS (SELECT 1 FROM invites c WHERE c.event_id = b.event_id
                             AND c.receiver_user_id = b.receiver_id AND c.credited_acceptance)
               AND EXISTS (SELECT 1 FROM invites o WHERE o.event_id = b.event_id
                             AND o.receiver_user_id = b.receiver_id AND o.status IN ('pending', 'viewed'))
             LIMIT 1",
            &[&events, &receivers],
        )?;
        Ok(row.is_some())
    }
}

impl ImportStore for PgTx<'_> {
    fn begin_import(&self) -> CoreResult<()> {
        sql(|| {
            self.batch(CREATE_WRITTEN)?;
            self.batch(counts::DEFER_HOSTS)?;
            *self.import.borrow_mut() = Some(ImportState::default());
            Ok(())
        })
    }

    /// Indexes stay (other tenants read this table meanwhile); the counters
    /// wait for one recount in `finish_import`.
    fn expect_bulk_load(&self, _expected: u64) -> CoreResult<()> {
        sql(|| {
            if self.running_import()?.counting_deferred {
                return Ok(());
            }
            self.batch(counts::DEFER)?;
            if let Some(state) = self.import.borrow_mut().as_mut() {
                state.counting_deferred = true;
            }
            Ok(())
        })
    }

    fn finish_import(&self) -> CoreResult<()> {
        sql(|| {
            self.running_import()?;
            // A command may run another import in the same transaction (`demo`).
            self.batch("DROP TABLE import_written")?;
            let Some(state) = self.import.borrow_mut().take() else { return Ok(()) };
            let filter = "event_id = ANY($1)";
            let recount = match state.counting_deferred {
                true => counts::recount_sql(filter),
                false => counts::host_recount_sql(filter),
            };
            let events: Vec<String> = state.events.into_iter().collect();
            for statement in recount {
                self.execute(&statement, &[&events])?;
            }
            self.batch(counts::RESUME)
        })
    }

    fn user_imported(&self, user_id: &str) -> CoreResult<bool> {
        sql(|| Ok(self.running_import()?.users.contains(user_id)))
    }

    fn insert_imported_invite(&self, i: &ImportedInvite) -> CoreResult<Option<Collision>> {
        sql(|| {
            self.running_import()?;
            // DO NOTHING covers every uniqueness constraint (primary key and both
            // unique indexes); CHECK and foreign-key failures still raise errors.
            let written = self.in_savepoint(|| {
                self.execute(
                    &format!("{} ON CONFLICT DO NOTHING", super::invite::INSERT),
                    &[
                        &i.id,
                        &i.tenant_id,
                        &i.event_id,
                        &i.receiver_id,
                        &i.inviter_kind.as_str(),
                        &i.inviter_id,
                        &i.issued_by_user_id,
                        &i.status.as_str(),
                        &i.credited_acceptance,
                        &i.attendance.as_str(),
                        &i.channel.as_str(),
                        &time::fmt(i.created_at),
                        &opt_fmt(i.viewed_at),
                        &opt_fmt(i.responded_at),
                        &time::fmt(i.updated_at),
                    ],
                )
            })?;
            if written == 1 {
                self.execute("INSERT INTO import_written VALUES ($1)", &[&i.id])?;
                if let Some(state) = self.import.borrow_mut().as_mut() {
                    state.wrote(i.event_id);
                }
                return Ok(None);
            }
            let (event_id, receiver_id) = (i.event_id, i.receiver_id);
            let keys = [
                (Constraint::Id, InviteKey::Id(i.id)),
                (
                    Constraint::InvitePerInviter,
                    InviteKey::Principal { event_id, receiver_id, kind: i.inviter_kind, inviter_id: i.inviter_id },
                ),
                (Constraint::CreditedAcceptance, InviteKey::Credited { event_id, receiver_id }),
            ];
            for (constraint, key) in keys {
                if let Some(holder) = self.holding(key)? {
                    return Ok(Some(Collision { constraint, holder }));
                }
            }
            Err(Error::internal(format!("invite {} collided with an unknown unique key", i.id)).into())
        })
    }

    fn insert_imported_batch(&self, invites: &[ImportedInvite]) -> CoreResult<bool> {
        sql(|| {
            self.running_import()?;
            let mut rows = String::with_capacity(invites.len() * 320);
            for i in invites {
                copy_row(&mut rows, i);
            }
            self.batch("SAVEPOINT import_batch")?;
            let copied = self.copy_in(COPY_INVITES, &rows);
            let inserted = match copied {
                Ok(true) => !self.clash_among(invites)?,
                // A unique key (or any other constraint) refused a row: the
                // core finds which, one by one.
                Ok(false) | Err(PgError::Pg(_)) => false,
                Err(e) => return Err(e),
            };
            if inserted {
                rows.clear();
                for i in invites {
                    copy_text(&mut rows, i.id);
                    rows.push('\n');
                }
                if !self.copy_in("COPY import_written FROM STDIN", &rows)? {
                    return Err(Error::internal("the import's written ids were refused").into());
                }
            }
            let end = if inserted { "RELEASE import_batch" } else { "ROLLBACK TO import_batch; RELEASE import_batch" };
            self.batch(end)?;
            if inserted {
                if let Some(state) = self.import.borrow_mut().as_mut() {
                    for i in invites {
                        state.wrote(i.event_id);
                    }
                }
            }
            Ok(inserted)
        })
    }

    fn remove_imported_invite(&self, id: &str) -> CoreResult<()> {
        sql(|| {
            let event_id: String =
                self.query_one("DELETE FROM invites WHERE id = $1 RETURNING event_id", &[&id])?.try_get(0)?;
            self.execute("DELETE FROM import_written WHERE id = $1", &[&id])?;
            if let Some(state) = self.import.borrow_mut().as_mut() {
                state.wrote(&event_id);
            }
            Ok(())
        })
    }

    fn invite_holding(&self, key: InviteKey) -> CoreResult<Option<ExistingInvite>> {
        sql(|| self.holding(key))
    }
}
