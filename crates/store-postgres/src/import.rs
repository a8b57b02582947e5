//! Bulk import, row by row for now (`COPY` is a follow-up): each invite is
//! one `INSERT … ON CONFLICT DO NOTHING` inside a savepoint, since the core
//! reports a refused row as a line error and goes on, while any error
//! aborts a PostgreSQL transaction. The running import remembers the ids it
//! wrote, to tell its own rows from older ones.

use std::cell::{Ref, RefCell};
use std::collections::HashSet;

use super::{opt_fmt, time, PgTx};
use crate::error::{sql, Constraint, CoreResult, Error, Result};
use crate::model::Named;
use crate::store::{Collision, ExistingInvite, ImportStore, ImportedInvite, InviteKey};

/// What the running import of a transaction remembers.
#[derive(Debug, Default)]
pub(crate) struct ImportState {
    users: HashSet<String>,
    invites: HashSet<String>,
}

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
        const SELECT: &str = "SELECT id, tenant_id FROM invites WHERE ";
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
        let id: String = row.try_get(0)?;
        let this_import = self.running_import()?.invites.contains(&id);
        Ok(Some(ExistingInvite { tenant_id: row.try_get(1)?, id, this_import }))
    }

    /// Runs `body` in a savepoint, so that its failure leaves the transaction usable.
    fn in_savepoint<T>(&self, body: impl FnOnce() -> Result<T>) -> Result<T> {
        self.store.client.borrow_mut().batch_execute("SAVEPOINT import_row")?;
        match body() {
            Ok(v) => {
                self.store.client.borrow_mut().batch_execute("RELEASE import_row")?;
                Ok(v)
            }
            Err(e) => {
                self.store.client.borrow_mut().batch_execute("ROLLBACK TO import_row; RELEASE import_row")?;
                Err(e)
            }
        }
    }
}

impl ImportStore for PgTx<'_> {
    fn begin_import(&self) -> CoreResult<()> {
        *self.import.borrow_mut() = Some(ImportState::default());
        Ok(())
    }

    /// Row by row, a large load costs the same as a small one.
    fn expect_bulk_load(&self, _expected: u64) -> CoreResult<()> {
        Ok(())
    }

    fn finish_import(&self) -> CoreResult<()> {
        sql(|| {
            self.running_import()?;
            *self.import.borrow_mut() = None;
            Ok(())
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
                if let Some(state) = self.import.borrow_mut().as_mut() {
                    state.invites.insert(i.id.to_string());
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

    fn remove_imported_invite(&self, id: &str) -> CoreResult<()> {
        sql(|| {
            self.execute("DELETE FROM invites WHERE id = $1", &[&id])?;
            if let Some(state) = self.import.borrow_mut().as_mut() {
                state.invites.remove(id);
            }
            Ok(())
        })
    }

    fn invite_holding(&self, key: InviteKey) -> CoreResult<Option<ExistingInvite>> {
        sql(|| self.holding(key))
    }
}
