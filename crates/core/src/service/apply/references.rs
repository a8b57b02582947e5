//! What a manifest names must exist in the tenant or in the file itself:
//! plans, the users of members, the partners of events; and its times must
//! read in the tenant's zone. Checked before anything is changed, every
//! problem with its path.

use std::collections::HashSet;

use super::manifest::{Located, Manifest};
use super::problems::Problems;
use crate::error::Result;
use crate::service::user::UserRef;
use crate::service::Scope;
use crate::store::Tx;
use crate::time::{self, Timestamp};

/// Notes every problem in `problems` (an error only when the store fails).
pub fn check(tx: &dyn Tx, scope: &Scope, now: Timestamp, manifest: &Manifest, problems: &mut Problems) -> Result<()> {
    let tenant = &scope.tenant.id;
    let emails: HashSet<&str> = manifest.users.iter().map(|u| u.email.as_str()).collect();
    let ids: HashSet<&str> = manifest.users.iter().filter_map(|u| u.id.as_deref()).collect();
    let partners: HashSet<&str> = manifest.partners.iter().map(|p| p.slug.as_str()).collect();

    for plan in manifest.partners.iter().filter_map(|p| p.plan.as_ref()) {
        if tx.find_plan(tenant, &plan.value)?.is_none() {
            problems.push(&plan.path, format!("plan not found: {:?}", plan.value));
        }
    }
    // Whether a user exists is the operator's and landlords' to know; for
    // anyone else the member step answers, once it may manage the members.
    if scope.actor.is_privileged() {
        for user in manifest.partners.iter().flat_map(|p| p.members.iter().flatten()).map(|m| &m.user) {
            let listed = match UserRef::parse(&user.value) {
                UserRef::Email(email) => emails.contains(email.as_str()),
                UserRef::Id(id) => ids.contains(id.as_str()),
            };
            if !listed && UserRef::parse(&user.value).lookup(tx, tenant)?.is_none() {
                problems.push(
                    &user.path,
                    format!("user not found: {:?} (neither in the tenant nor under users)", user.value),
                );
            }
        }
    }
    let partner_exists = |reference: &Located<String>| -> Result<bool> {
        Ok(partners.contains(reference.value.as_str()) || tx.find_partner(tenant, &reference.value)?.is_some())
    };
    for event in &manifest.events {
        for reference in event.partner.iter().chain(event.managers.iter().flatten()) {
            if !partner_exists(reference)? {
                let listed = "neither in the tenant nor under partners";
                problems.push(&reference.path, format!("partner not found: {:?} ({listed})", reference.value));
            }
        }
        if let (Some(host), Some(managers)) = (&event.partner, &event.managers) {
            for manager in managers.iter().filter(|m| m.value == host.value) {
                problems.push(&manager.path, format!("{} hosts the event; it cannot also be a manager", host.value));
            }
        }
        let starts = parsed(event.starts_at.as_ref(), scope, now, problems);
        let ends = parsed(event.ends_at.as_ref(), scope, now, problems);
        if let (Some(starts), Some((ends, path))) = (starts, ends.zip(event.ends_at.as_ref().map(|e| &e.path))) {
            if ends <= starts {
                problems
                    .push(path, format!("ends_at {} must be after starts_at {}", time::fmt(ends), time::fmt(starts)));
            }
        }
    }
    Ok(())
}

fn parsed(
    value: Option<&Located<String>>,
    scope: &Scope,
    now: Timestamp,
    problems: &mut Problems,
) -> Option<Timestamp> {
    let value = value?;
    time::parse_time(&value.value, scope.tz, now).map_err(|e| problems.push(&value.path, e.message.clone())).ok()
}
