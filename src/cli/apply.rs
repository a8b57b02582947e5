use std::path::PathBuf;

use clap::Args;

use super::Env;
use crate::error::Result;
use crate::manifest::Manifest;
use crate::service::apply::{self, Action, ApplyOptions};

/// The keys of a manifest (the core's `*_KEYS`; a test keeps them in step).
const MANIFEST_HELP: &str = "\
Manifest keys (* = required; the rest is compared only when given):
  users:      email*, name (to create), landlord, id
  partners:   slug*, name (to create), kind, plan, members
    members:  user* (email or id), role*, grant, revoke (lists of flags), status
  events:     slug*, partner (the host, to create), title (to create),
              starts_at (to create), ends_at, managers: [PARTNER...]

A listed member that does not exist is invited (its invite_code is printed
once), or made active at once with `status: active` (operator or landlord
only). A partner without `members`, or an event without `managers`, keeps the
ones it has, even with --prune.

Example:
  users:
    - {email: alice@example.com, name: Alice}
    - {email: bob@example.com, name: Bob, landlord: false}
  partners:
    - slug: blue-note
      name: Blue Note
      kind: venue
      plan: standard
      members:
        - {user: alice@example.com, role: owner, status: active}
        - {user: bob@example.com, role: manager, revoke: [can_view_metrics]}
  events:
    - {slug: jazz-night, partner: blue-note, title: Jazz Night,
       starts_at: 2026-12-05T19:00:00Z}

Output: one row per record: kind, key, action (create, update, invite, remove,
unchanged), changes (field: old → new), id, invite_code. A bad entry exits 7
naming its path (partners[0].members[1].role); a refusal exits with its own
code; either way nothing is written.

Examples:
  partnerctl apply setup.yaml --dry-run
  partnerctl apply setup.yaml
  partnerctl apply setup.yaml --prune --yes
(setup.yaml: a manifest such as the one above)";

/// Make the tenant look like a setup manifest (YAML or JSON), in one transaction
#[derive(Debug, Args)]
#[command(after_help = MANIFEST_HELP)]
pub struct ApplyArgs {
    /// The manifest: .yaml, .yml or .json; - reads JSON from standard input
    file: PathBuf,
    /// Print the rows of what would change, and write nothing
    #[arg(long)]
    dry_run: bool,
    /// Also remove the members and event managers the file does not list (never the last owner)
    #[arg(long)]
    prune: bool,
}

impl ApplyArgs {
    pub fn run(self, env: &Env) -> Result<()> {
        let manifest = Manifest::read(&self.file)?;
        let options = ApplyOptions { dry_run: self.dry_run, prune: self.prune };
        let rows = apply::apply(&env.ctx, &manifest, options)?;
        env.out.many(&rows)?;
        let count = |action: Action| rows.iter().filter(|r| r.action == action).count();
        let changed = rows.len() - count(Action::Unchanged);
        let written = if self.dry_run { "dry run: nothing written" } else { "applied" };
        env.out.message(&format!(
            "{written}: {} created, {} invited, {} updated, {} removed, {} unchanged",
            count(Action::Create),
            count(Action::Invite),
            count(Action::Update),
            count(Action::Remove),
            count(Action::Unchanged)
        ));
        if changed == 0 && !self.dry_run {
            env.out.message("the tenant already looks like the file");
        }
        Ok(())
    }
}
