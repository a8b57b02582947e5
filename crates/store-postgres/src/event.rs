use postgres::Row;

use super::{stamp, time, Args, PgTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::Event;
use crate::store::{EventFilter, EventStore};

/// The manager partners (ids and slugs, by slug) come in the same row, so
/// that finding an event, or listing many, is one statement and one round
/// trip.
const SELECT: &str = "SELECT e.id, e.slug, e.title, e.starts_at, e.ends_at, e.host_partner_id, h.slug,
        managers.ids, managers.slugs
    FROM events e JOIN partners h ON h.id = e.host_partner_id
    CROSS JOIN LATERAL (SELECT coalesce(array_agg(p.id ORDER BY p.slug), '{}') AS ids,
            coalesce(array_agg(p.slug ORDER BY p.slug), '{}') AS slugs
        FROM event_managers m JOIN partners p ON p.id = m.partner_id WHERE m.event_id = e.id) managers";

fn event(row: &Row) -> Result<Event> {
    Ok(Event {
        id: row.try_get(0)?,
        slug: row.try_get(1)?,
        title: row.try_get(2)?,
        starts_at: stamp(row, 3)?,
        ends_at: stamp(row, 4)?,
        host_partner_id: row.try_get(5)?,
        host_partner_slug: row.try_get(6)?,
        manager_partner_ids: row.try_get(7)?,
        manager_partners: row.try_get(8)?,
    })
}

impl EventStore for PgTx<'_> {
    fn find_event(&self, tenant_id: &str, reference: &str) -> CoreResult<Option<Event>> {
        sql(|| {
            let sql = format!("{SELECT} WHERE e.tenant_id = $1 AND (e.slug = $2 OR e.id = $2)");
            self.query_opt(&sql, &[&tenant_id, &reference])?.as_ref().map(event).transpose()
        })
    }

    fn insert_event(&self, tenant_id: &str, e: &Event, created_at: time::Timestamp) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "INSERT INTO events (id, tenant_id, slug, title, starts_at, ends_at, host_partner_id, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
                &[
                    &e.id,
                    &tenant_id,
                    &e.slug,
                    &e.title,
                    &time::fmt(e.starts_at),
                    &time::fmt(e.ends_at),
                    &e.host_partner_id,
                    &time::fmt(created_at),
                ],
            )?;
            for partner_id in &e.manager_partner_ids {
                self.add_event_manager(&e.id, partner_id)?;
            }
            Ok(())
        })
    }

    fn update_event(&self, e: &Event, updated_at: time::Timestamp) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "UPDATE events SET title = $2, starts_at = $3, ends_at = $4, updated_at = $5 WHERE id = $1",
                &[&e.id, &e.title, &time::fmt(e.starts_at), &time::fmt(e.ends_at), &time::fmt(updated_at)],
            )?;
            Ok(())
        })
    }

    fn add_event_manager(&self, event_id: &str, partner_id: &str) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "INSERT INTO event_managers (event_id, partner_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                &[&event_id, &partner_id],
            )?;
            Ok(())
        })
    }

    fn remove_event_manager(&self, event_id: &str, partner_id: &str) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "DELETE FROM event_managers WHERE event_id = $1 AND partner_id = $2",
                &[&event_id, &partner_id],
            )?;
            Ok(())
        })
    }

    fn list_events(&self, f: &EventFilter) -> CoreResult<Vec<Event>> {
        sql(|| {
            let mut args = Args::default();
            let mut sql = format!("{SELECT} WHERE e.tenant_id = {}", args.bind(f.tenant_id.clone()));
            if let Some(partner_id) = &f.managed_by {
                let p = args.bind(partner_id.clone());
                sql.push_str(&format!(
                    " AND (e.host_partner_id = {p} OR e.id IN (SELECT event_id FROM event_managers WHERE partner_id = {p}))"
                ));
            }
            if let Some(t) = f.ends_after {
                sql.push_str(&format!(" AND e.ends_at > {}", args.bind(time::fmt(t))));
            }
            if let Some(t) = f.ended_by {
                sql.push_str(&format!(" AND e.ends_at <= {}", args.bind(time::fmt(t))));
            }
            sql.push_str(" ORDER BY e.starts_at, e.slug");
            if let Some(limit) = f.limit {
                sql.push_str(&format!(" LIMIT {}", args.bind(crate::sql_limit(limit))));
            }
            self.query(&sql, &args.params())?.iter().map(event).collect()
        })
    }
}
