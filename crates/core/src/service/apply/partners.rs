//! The `partners` of a manifest: created (`partner create`), or their name
//! and kind updated (`partner update`) and plan set (`plan set`); then
//! their members. An existing partner is shown only to those who may see
//! it (`partner show`), even when nothing changes.

use super::manifest::PartnerEntry;
use super::row::{Action, ApplyRow, Changes, RecordKind};
use super::{members, Run};
use crate::error::Result;
use crate::model::Partner;
use crate::service::{access, partner, plan};

pub fn apply(run: &mut Run, entries: &[PartnerEntry]) -> Result<()> {
    for entry in entries {
        let scope = run.scope()?;
        let (partner, row) = match run.tx.find_partner(&scope.tenant.id, &entry.slug)? {
            None => create(run, entry)?,
            Some(before) => {
                access::partner_member(run.tx, &scope, &before)?.require().map_err(|e| run.at(&entry.path, e))?;
                update(run, entry, before)?
            }
        };
        run.rows.push(row);
        if let Some(listed) = &entry.members {
            members::apply(run, entry, &partner, listed)?;
        }
    }
    Ok(())
}

fn create(run: &Run, entry: &PartnerEntry) -> Result<(Partner, ApplyRow)> {
    let name = run.required(&entry.name, &entry.path, "name", &format!("partner {}", entry.slug))?;
    let input = partner::NewPartner {
        slug: entry.slug.clone(),
        name,
        kind: entry.kind,
        plan: entry.plan.as_ref().map(|p| p.value.clone()),
        owner: None,
    };
    let created = partner::create(run.ctx, input).map_err(|e| run.at(&entry.path, e))?;
    let mut changes = Changes::default();
    changes.set("name", &created.name);
    changes.set("kind", created.kind);
    changes.set("plan", &created.plan);
    let row = ApplyRow::new(RecordKind::Partner, &created.slug, Action::Create, changes, &created.id);
    Ok((created, row))
}

fn update(run: &Run, entry: &PartnerEntry, before: Partner) -> Result<(Partner, ApplyRow)> {
    let mut changes = Changes::default();
    let name = entry.name.clone().filter(|name| changes.diff("name", before.name.as_str(), name));
    let kind = entry.kind.filter(|kind| changes.diff("kind", &before.kind, kind));
    let mut after = before.clone();
    if name.is_some() || kind.is_some() {
        after = partner::update(run.ctx, &before.id, partner::PartnerChanges { name, kind })
            .map_err(|e| run.at(&entry.path, e))?;
    }
    if let Some(key) = entry.plan.as_ref().filter(|p| changes.diff("plan", before.plan.as_str(), &p.value)) {
        after = plan::set(run.ctx, &before.id, &key.value).map_err(|e| run.at(&key.path, e))?;
    }
    let row = ApplyRow::new(RecordKind::Partner, &before.slug, changes.action(), changes, &before.id);
    Ok((after, row))
}
