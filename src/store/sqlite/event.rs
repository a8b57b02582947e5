use rusqlite::{params, OptionalExtension, Row};

use super::SqliteTx;
use crate::error::Result;
use crate::model::Event;
use crate::store::EventStore;

const SELECT: &str = "SELECT e.id, e.slug, e.title, e.starts_at, e.ends_at, e.host_partner_id, h.slug
    FROM events e JOIN partners h ON h.id = e.host_partner_id";

fn event(row: &Row) -> rusqlite::Result<Event> {
    Ok(Event {
        id: row.get(0)?,
        slug: row.get(1)?,
        title: row.get(2)?,
        starts_at: row.get(3)?,
        ends_at: row.get(4)?,
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
    fn find_event(&self, tenant_id: &str, reference: &str) -> Result<Option<Event>> {
        let mut stmt =
            self.conn.prepare_cached(&format!("{SELECT} WHERE e.tenant_id = ?1 AND (e.slug = ?2 OR e.id = ?2)"))?;
        let found = stmt.query_row(params![tenant_id, reference], event).optional()?;
        found.map(|e| self.with_managers(e)).transpose()
    }
}
