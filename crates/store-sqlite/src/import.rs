//! Bulk import: invites go in one prepared `INSERT` each and the unique
//! indexes detect collisions, so the happy path costs one statement per row.
//! Row ids tell this import's rows from older ones (new rows get larger ids);
//! they stay in the transaction's `ImportState`, never reach the core.
//! A bulk load sets the counters' triggers aside (`counts`) and recounts
//! the events it wrote in `finish_import`.

use std::cell::{Ref, RefCell};
use std::collections::HashSet;

use rusqlite::{params, OptionalExtension, ToSql};

use super::counts::{recount_event_sql, recount_host_sql, UPKEEP_TRIGGERS};
use super::{time, SqliteTx};
use crate::error::{sql, Constraint, CoreResult, Error, Result};
use crate::model::Named;
use crate::store::{Collision, ExistingInvite, ImportStore, ImportedInvite, InviteKey};

/// What the running import of a transaction remembers.
#[derive(Debug)]
pub(crate) struct ImportState {
    /// The largest row ids before the import: its own rows have larger ones.
    users: i64,
    invites: i64,
    /// `CREATE INDEX` statements of the indexes a bulk load set aside,
    /// run again by `finish_import`.
    set_aside: Vec<String>,
    /// Set once counting is deferred.
    uncounted: Option<Uncounted>,
}

/// What a bulk load owes the counters.
#[derive(Debug)]
struct Uncounted {
    /// `CREATE TRIGGER` statements of the upkeep triggers set aside.
    triggers: Vec<String>,
    /// The events whose invites changed since.
    events: HashSet<String>,
}

impl ImportState {
    fn wrote(&mut self, event_id: &str) {
        if let Some(uncounted) = self.uncounted.as_mut() {
            if !uncounted.events.contains(event_id) {
                uncounted.events.insert(event_id.to_string());
            }
        }
    }
}

/// A transaction's running import, if any.
pub(crate) type RunningImport = RefCell<Option<ImportState>>;

impl SqliteTx<'_> {
    fn running_import(&self) -> Result<Ref<'_, ImportState>> {
        Ref::filter_map(self.import.borrow(), Option::as_ref)
            .map_err(|_| Error::internal("no import is running in this transaction").into())
    }

    /// Drops the schema objects of one `kind` that `query` names (name,
    /// SQL), and returns the statements that create them again.
    fn drop_schema_objects(&self, kind: &str, query: &str) -> Result<Vec<String>> {
        let objects: Vec<(String, String)> = self
            .conn
            .prepare(query)?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        // Dropped only after the query above has finished reading the schema.
        for (name, _) in &objects {
            self.conn.execute_batch(&format!("DROP {kind} \"{name}\""))?;
        }
        Ok(objects.into_iter().map(|(_, sql)| sql).collect())
    }

    fn holding(&self, key: InviteKey) -> Result<Option<ExistingInvite>> {
        let mark = self.running_import()?.invites;
        macro_rules! holding {
            ($filter:literal) => {
                concat!("SELECT id, tenant_id, rowid > ?1 FROM invites WHERE ", $filter, " LIMIT 1")
            };
        }
        let (sql, args): (&str, &[&dyn ToSql]) = match &key {
            InviteKey::Id(id) => (holding!("id = ?2"), &[&mark, id]),
            InviteKey::Principal { event_id, receiver_id, kind, inviter_id } => (
                holding!("event_id = ?2 AND receiver_user_id = ?3 AND inviter_kind = ?4 AND inviter_id = ?5"),
                &[&mark, event_id, receiver_id, &kind.as_str(), inviter_id],
            ),
            InviteKey::Credited { event_id, receiver_id } => (
                holding!("event_id = ?2 AND receiver_user_id = ?3 AND credited_acceptance = 1"),
                &[&mark, event_id, receiver_id],
            ),
            InviteKey::Open { event_id, receiver_id } => (
                holding!("event_id = ?2 AND receiver_user_id = ?3 AND status IN ('pending', 'viewed')"),
                &[&mark, event_id, receiver_id],
            ),
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let found = stmt
            .query_row(args, |r| Ok(ExistingInvite { id: r.get(0)?, tenant_id: r.get(1)?, this_import: r.get(2)? }));
        Ok(found.optional()?)
    }
}

impl ImportStore for SqliteTx<'_> {
    fn begin_import(&self) -> CoreResult<()> {
        sql(|| {
            self.use_large_cache()?;
            let max = |table: &str| -> Result<i64> {
                let sql = format!("SELECT coalesce(max(rowid), 0) FROM {table}");
                Ok(self.conn.query_row(&sql, [], |r| r.get(0))?)
            };
            let state =
                ImportState { users: max("users")?, invites: max("invites")?, set_aside: Vec::new(), uncounted: None };
            *self.import.borrow_mut() = Some(state);
            Ok(())
        })
    }

    /// Sets the counters' triggers aside: the events written from now on
    /// are recounted once, in `finish_import`. When the load is at least
    /// half the table, also the non-unique indexes of the invites and their
    /// counters: rebuilding them once at the end is far cheaper than
    /// updating them row by row (BENCHMARKS.md: 1M invites, 119 s → 28 s).
    /// The unique ones stay, since they find the collisions.
    fn expect_bulk_load(&self, expected: u64) -> CoreResult<()> {
        sql(|| {
            let (counting, indexed, before) = {
                let state = self.running_import()?;
                (state.uncounted.is_none(), state.set_aside.is_empty(), u64::try_from(state.invites).unwrap_or(0))
            };
            if counting {
                let names = UPKEEP_TRIGGERS.map(|name| format!("'{name}'")).join(", ");
                let triggers = self.drop_schema_objects(
                    "TRIGGER",
                    &format!(
                        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names}) ORDER BY name"
                    ),
                )?;
                if triggers.len() != UPKEEP_TRIGGERS.len() {
                    let (found, all) = (triggers.len(), UPKEEP_TRIGGERS.len());
                    return Err(Error::internal(format!("only {found} of the {all} counter triggers exist")).into());
                }
                if let Some(state) = self.import.borrow_mut().as_mut() {
                    state.uncounted = Some(Uncounted { triggers, events: HashSet::new() });
                }
            }
            if indexed && expected >= before / 2 {
                let indexes = self.drop_schema_objects(
                    "INDEX",
                    "SELECT l.name, m.sql
                     FROM (SELECT 'invites' AS name UNION ALL SELECT 'invite_counts_by_inviter'
                           UNION ALL SELECT 'invite_counts_by_issuer') t
                     JOIN pragma_index_list(t.name) l JOIN sqlite_master m ON m.name = l.name
                     WHERE l.\"unique\" = 0 AND l.origin = 'c' ORDER BY l.name",
                )?;
                if let Some(state) = self.import.borrow_mut().as_mut() {
                    state.set_aside = indexes;
                }
            }
            Ok(())
        })
    }

    fn finish_import(&self) -> CoreResult<()> {
        sql(|| {
            self.running_import()?;
            let Some(state) = self.import.borrow_mut().take() else { return Ok(()) };
            for sql in &state.set_aside {
                self.conn.execute_batch(sql)?;
            }
            // After the indexes: a recount reads the covering ones.
            if let Some(uncounted) = state.uncounted {
                let statements = recount_event_sql();
                let mut hosts = HashSet::new();
                for event_id in &uncounted.events {
                    for statement in &statements {
                        self.conn.prepare_cached(statement)?.execute([event_id])?;
                    }
                    let mut host = self.conn.prepare_cached("SELECT host_partner_id FROM events WHERE id = ?1")?;
                    hosts.insert(host.query_row([event_id], |r| r.get::<_, String>(0))?);
                }
                let statements = recount_host_sql();
                for host_id in &hosts {
                    for statement in &statements {
                        self.conn.prepare_cached(statement)?.execute([host_id])?;
                    }
                }
                for sql in &uncounted.triggers {
                    self.conn.execute_batch(sql)?;
                }
            }
            Ok(())
        })
    }

    fn user_imported(&self, user_id: &str) -> CoreResult<bool> {
        sql(|| {
            let mark = self.running_import()?.users;
            let mut stmt = self.conn.prepare_cached("SELECT 1 FROM users WHERE id = ?1 AND rowid > ?2")?;
            Ok(stmt.exists(params![user_id, mark])?)
        })
    }

    fn insert_imported_invite(&self, i: &ImportedInvite) -> CoreResult<Option<Collision>> {
        sql(|| {
            // DO NOTHING covers every uniqueness constraint (primary key and both
            // unique indexes); CHECK and foreign-key failures still raise errors.
            let mut stmt = self.conn.prepare_cached(&format!("{} ON CONFLICT DO NOTHING", super::invite::INSERT))?;
            let written = stmt.execute(params![
                i.id,
                i.tenant_id,
                i.event_id,
                i.receiver_id,
                i.inviter_kind.as_str(),
                i.inviter_id,
                i.issued_by_user_id,
                i.status.as_str(),
                i.credited_acceptance,
                i.attendance.as_str(),
                i.channel.as_str(),
                time::fmt(i.created_at),
                i.viewed_at.map(time::fmt),
                i.responded_at.map(time::fmt),
                time::fmt(i.updated_at),
            ])?;
            if written == 1 {
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

    /// One prepared INSERT per row costs no round trip on an embedded
    /// engine, so there is nothing to gain over row by row.
    fn insert_imported_batch(&self, _invites: &[ImportedInvite]) -> CoreResult<bool> {
        Ok(false)
    }

    fn remove_imported_invite(&self, id: &str) -> CoreResult<()> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached("DELETE FROM invites WHERE id = ?1 RETURNING event_id")?;
            let event_id: String = stmt.query_row([id], |r| r.get(0))?;
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

#[cfg(test)]
mod tests {
    use crate::store::Store;
    use crate::SqliteStore;

    fn invite_indexes(store: &SqliteStore) -> i64 {
        store.conn.query_row("SELECT count(*) FROM pragma_index_list('invites')", [], |r| r.get(0)).unwrap()
    }

    fn counter_triggers(store: &SqliteStore) -> usize {
        let names: Vec<String> = store
            .conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        super::UPKEEP_TRIGGERS.iter().filter(|t| names.iter().any(|n| n == *t)).count()
    }

    #[test]
    fn a_bulk_load_sets_secondary_indexes_aside_until_finished_or_rolled_back() {
        let store = SqliteStore::open_in_memory().unwrap();
        let all = invite_indexes(&store);
        {
            let tx = store.write().unwrap();
            tx.begin_import().unwrap();
            tx.expect_bulk_load(1_000_000).unwrap();
            // Primary key and the two unique indexes stay: they find duplicates.
            assert_eq!((invite_indexes(&store), counter_triggers(&store)), (3, 0));
            tx.expect_bulk_load(1_000_000).unwrap();
            tx.finish_import().unwrap();
            assert_eq!(invite_indexes(&store), all, "set aside once, all rebuilt");
            assert_eq!(counter_triggers(&store), super::UPKEEP_TRIGGERS.len(), "the counter triggers are back");
        }
        let tx = store.write().unwrap();
        tx.begin_import().unwrap();
        tx.expect_bulk_load(1_000_000).unwrap();
        assert_eq!((invite_indexes(&store), counter_triggers(&store)), (3, 0));
        drop(tx);
        assert_eq!(
            (invite_indexes(&store), counter_triggers(&store)),
            (all, super::UPKEEP_TRIGGERS.len()),
            "a rollback restores them"
        );

        // The same inside a command transaction (`demo`), as savepoints.
        let command = store.command().unwrap();
        for finish in [false, true] {
            let tx = store.write().unwrap();
            tx.begin_import().unwrap();
            tx.expect_bulk_load(1_000_000).unwrap();
            assert_eq!(invite_indexes(&store), 3);
            if finish {
                tx.finish_import().unwrap();
                tx.commit().unwrap();
            } else {
                drop(tx);
            }
            assert_eq!(invite_indexes(&store), all);
        }
        command.commit().unwrap();
        assert_eq!(invite_indexes(&store), all);
    }

    #[test]
    fn a_load_small_beside_the_table_keeps_the_indexes() {
        let store = SqliteStore::open_in_memory().unwrap();
        // A stand-in for a table of a million invites: only max(rowid) counts.
        store
            .conn
            .execute_batch(
                "PRAGMA foreign_keys = OFF;
                 INSERT INTO invites (rowid, id, tenant_id, event_id, receiver_user_id, inviter_kind, inviter_id,
                     issued_by_user_id, status, created_at, updated_at)
                 VALUES (1000000, 'i', 't', 'e', 'r', 'partner', 'p', 'u', 'pending', 'x', 'x');",
            )
            .unwrap();
        let all = invite_indexes(&store);
        let tx = store.write().unwrap();
        tx.begin_import().unwrap();
        tx.expect_bulk_load(100_000).unwrap();
        // The counters wait for the end of any bulk load.
        assert_eq!((invite_indexes(&store), counter_triggers(&store)), (all, 0));
        tx.expect_bulk_load(600_000).unwrap();
        assert_eq!(invite_indexes(&store), 3);
    }
}
