//! Bulk import: invites go in one prepared `INSERT` each and the unique
//! indexes detect collisions, so the happy path costs one statement per row.
//! Row ids tell this import's rows from older ones (new rows get larger ids).

use rusqlite::{params, OptionalExtension, ToSql};

use super::{time, SqliteTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::Named;
use crate::store::{ExistingInvite, ImportMark, ImportStore, ImportedInvite, ImportedRow, InviteKey};

impl ImportStore for SqliteTx<'_> {
    fn begin_import(&self) -> CoreResult<ImportMark> {
        sql(|| {
            self.use_large_cache()?;
            let max = |table: &str| -> Result<i64> {
                let sql = format!("SELECT coalesce(max(rowid), 0) FROM {table}");
                Ok(self.conn.query_row(&sql, [], |r| r.get(0))?)
            };
            Ok(ImportMark { users: max("users")?, invites: max("invites")?, rebuild: Vec::new() })
        })
    }

    fn consider_bulk_load(&self, mark: &mut ImportMark, expected: u64) -> CoreResult<()> {
        sql(|| {
            let before = u64::try_from(mark.invites).unwrap_or(0);
            if !mark.rebuild.is_empty() || expected < before / 2 {
                return Ok(());
            }
            let mut stmt = self.conn.prepare(
                "SELECT l.name, m.sql FROM pragma_index_list('invites') l JOIN sqlite_master m ON m.name = l.name
                 WHERE l.\"unique\" = 0 AND l.origin = 'c' ORDER BY l.name",
            )?;
            let indexes: Vec<(String, String)> =
                stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
            // Dropped only after the query above has finished reading the schema.
            for (name, sql) in indexes {
                self.conn.execute_batch(&format!("DROP INDEX \"{name}\""))?;
                mark.rebuild.push(sql);
            }
            Ok(())
        })
    }

    fn finish_import(&self, mark: &ImportMark) -> CoreResult<()> {
        sql(|| {
            for sql in &mark.rebuild {
                self.conn.execute_batch(sql)?;
            }
            Ok(())
        })
    }

    fn user_written_since(&self, mark: &ImportMark, user_id: &str) -> CoreResult<bool> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached("SELECT 1 FROM users WHERE id = ?1 AND rowid > ?2")?;
            Ok(stmt.exists(params![user_id, mark.users])?)
        })
    }

    fn insert_imported_invite(&self, i: &ImportedInvite) -> CoreResult<Option<ImportedRow>> {
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
            Ok((written == 1).then(|| ImportedRow(self.conn.last_insert_rowid())))
        })
    }

    fn remove_imported_invite(&self, row: ImportedRow) -> CoreResult<()> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached("DELETE FROM invites WHERE rowid = ?1")?;
            stmt.execute([row.0])?;
            Ok(())
        })
    }

    fn invite_holding(&self, mark: &ImportMark, key: InviteKey) -> CoreResult<Option<ExistingInvite>> {
        sql(|| {
            macro_rules! holding {
                ($filter:literal) => {
                    concat!("SELECT id, tenant_id, rowid > ?1 FROM invites WHERE ", $filter, " LIMIT 1")
                };
            }
            let (sql, args): (&str, &[&dyn ToSql]) = match &key {
                InviteKey::Id(id) => (holding!("id = ?2"), &[&mark.invites, id]),
                InviteKey::Principal { event_id, receiver_id, kind, inviter_id } => (
                    holding!("event_id = ?2 AND receiver_user_id = ?3 AND inviter_kind = ?4 AND inviter_id = ?5"),
                    &[&mark.invites, event_id, receiver_id, &kind.as_str(), inviter_id],
                ),
                InviteKey::Credited { event_id, receiver_id } => (
                    holding!("event_id = ?2 AND receiver_user_id = ?3 AND credited_acceptance = 1"),
                    &[&mark.invites, event_id, receiver_id],
                ),
                InviteKey::Open { event_id, receiver_id } => (
                    holding!("event_id = ?2 AND receiver_user_id = ?3 AND status IN ('pending', 'viewed')"),
                    &[&mark.invites, event_id, receiver_id],
                ),
            };
            let mut stmt = self.conn.prepare_cached(sql)?;
            let found = stmt.query_row(args, |r| {
                Ok(ExistingInvite { id: r.get(0)?, tenant_id: r.get(1)?, this_import: r.get(2)? })
            });
            Ok(found.optional()?)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::store::Store;
    use crate::SqliteStore;

    fn invite_indexes(store: &SqliteStore) -> i64 {
        store.conn.query_row("SELECT count(*) FROM pragma_index_list('invites')", [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn a_bulk_load_sets_secondary_indexes_aside_until_finished_or_rolled_back() {
        let store = SqliteStore::open_in_memory().unwrap();
        let all = invite_indexes(&store);
        {
            let tx = store.write().unwrap();
            let mut mark = tx.begin_import().unwrap();
            tx.consider_bulk_load(&mut mark, 1_000_000).unwrap();
            assert_eq!(mark.rebuild.len(), 7);
            // Primary key and the two unique indexes stay: they find duplicates.
            assert_eq!(invite_indexes(&store), 3);
            tx.consider_bulk_load(&mut mark, 1_000_000).unwrap();
            assert_eq!(mark.rebuild.len(), 7, "set aside once");
            tx.finish_import(&mark).unwrap();
            assert_eq!(invite_indexes(&store), all);
        }
        let tx = store.write().unwrap();
        let mut mark = tx.begin_import().unwrap();
        tx.consider_bulk_load(&mut mark, 1_000_000).unwrap();
        assert_eq!(invite_indexes(&store), 3);
        drop(tx);
        assert_eq!(invite_indexes(&store), all, "a rollback restores them");

        // The same inside a command transaction (`demo`), as savepoints.
        let command = store.command().unwrap();
        for finish in [false, true] {
            let tx = store.write().unwrap();
            let mut mark = tx.begin_import().unwrap();
            tx.consider_bulk_load(&mut mark, 1_000_000).unwrap();
            assert_eq!(invite_indexes(&store), 3);
            if finish {
                tx.finish_import(&mark).unwrap();
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
        let tx = store.write().unwrap();
        let mut mark = tx.begin_import().unwrap();
        tx.consider_bulk_load(&mut mark, 100_000).unwrap();
        assert!(mark.rebuild.is_empty());
        tx.consider_bulk_load(&mut mark, 600_000).unwrap();
        assert_eq!(mark.rebuild.len(), 7);
    }
}
