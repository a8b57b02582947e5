use rusqlite::{params, params_from_iter, OptionalExtension, Row};

use super::{stamp, time, SqliteTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::Event;
use crate::store::{EventFilter, EventStore};

const SELECT: &str = "SELECT e.id, e.slug, e.title, e.starts_at, e.ends_at, e.host_partner_id, h.slug
    FROM events e JOIN partners h ON h.id = e.host_partner_id";

fn event(row: &Row) -> rusqlite::Result<Event> {
    Ok(Event {
        id: row.get(0)?,
        slug: row.get(1)?,
        title: row.get(2)?,
        starts_at: stamp(row, 3)?,
        ends_at: stamp(row, 4)?,
        host_partner_id: row.get(5)?,
        host_partner_slug: row.get(6)?,
        manager_partners: Vec::new(),
        manager_partner_ids: Vec::new(),
    })
}

impl SqliteTx<'_> {
    /// Fills in the manager partners (ids and slugs, by slug).
    fn with_managers(&self, mut e: Event) -> Result<Event> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.slug FROM event_managers m JOIN partners p ON p.id = m.partner_id
             WHERE m.event_id = ?1 ORDER BY p.slug",
        )?;
        for row in stmt.query_map([&e.id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (id, slug) = row?;
            e.manager_partner_ids.push(id);
            e.manager_partners.push(slug);
        }
        Ok(e)
    }
}

impl EventStore for SqliteTx<'_> {
    fn find_event(&self, tenant_id: &str, reference: &str) -> CoreResult<Option<Event>> {
        sql(|| {
            let mut stmt =
                self.conn.prepare_cached(&format!("{SELECT} WHERE e.tenant_id = ?1 AND (e.slug = ?2 OR e.id = ?2)"))?;
            let found = stmt.query_row(params![tenant_id, reference], event).optional()?;
            found.map(|e| self.with_managers(e)).transpose()
        })
    }

    fn insert_event(&self, tenant_id: &str, e: &Event, created_at: time::Timestamp) -> CoreResult<()> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(
                "INSERT INTO events (id, tenant_id, slug, title, starts_at, ends_at, host_partner_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            )?;
            stmt.execute(params![
                e.id,
                tenant_id,
                e.slug,
                e.title,
                time::fmt(e.starts_at),
                time::fmt(e.ends_at),
                e.host_partner_id,
                time::fmt(created_at)
            ])?;
            for partner_id in &e.manager_partner_ids {
                self.add_event_manager(&e.id, partner_id)?;
            }
            Ok(())
        })
    }

    fn update_event(&self, e: &Event, updated_at: time::Timestamp) -> CoreResult<()> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(
                "UPDATE events SET title = ?2, starts_at = ?3, ends_at = ?4, updated_at = ?5 WHERE id = ?1",
            )?;
            stmt.execute(params![e.id, e.title, time::fmt(e.starts_at), time::fmt(e.ends_at), time::fmt(updated_at)])?;
            Ok(())
        })
    }

    fn add_event_manager(&self, event_id: &str, partner_id: &str) -> CoreResult<()> {
        sql(|| {
            let mut stmt = self
                .conn
                .prepare_cached("INSERT OR IGNORE INTO event_managers (event_id, partner_id) VALUES (?1, ?2)")?;
            stmt.execute(params![event_id, partner_id])?;
            Ok(())
        })
    }

    fn remove_event_manager(&self, event_id: &str, partner_id: &str) -> CoreResult<()> {
        sql(|| {
            let mut stmt =
                self.conn.prepare_cached("DELETE FROM event_managers WHERE event_id = ?1 AND partner_id = ?2")?;
            stmt.execute(params![event_id, partner_id])?;
            Ok(())
        })
    }

    fn list_events(&self, f: &EventFilter) -> CoreResult<Vec<Event>> {
        sql(|| {
            let mut sql = format!("{SELECT} WHERE e.tenant_id = ?");
            let mut args: Vec<String> = vec![f.tenant_id.clone()];
            if let Some(partner_id) = &f.managed_by {
                sql.push_str(
                    " AND (e.host_partner_id = ? OR e.id IN (SELECT event_id FROM event_managers WHERE partner_id = ?))",
                );
                args.extend([partner_id.clone(), partner_id.clone()]);
            }
            if let Some(t) = f.ends_after {
                sql.push_str(" AND e.ends_at > ?");
                args.push(time::fmt(t));
            }
            if let Some(t) = f.ended_by {
                sql.push_str(" AND e.ends_at <= ?");
                args.push(time::fmt(t));
            }
            sql.push_str(" ORDER BY e.starts_at, e.slug");
            if let Some(limit) = f.limit {
                sql.push_str(&format!(" LIMIT {}", crate::sql_limit(limit)));
            }
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let events: Vec<Event> = stmt.query_map(params_from_iter(args), event)?.collect::<rusqlite::Result<_>>()?;
            events.into_iter().map(|e| self.with_managers(e)).collect()
        })
    }
}
