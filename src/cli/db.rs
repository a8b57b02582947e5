use std::path::PathBuf;

use clap::Subcommand;
use serde::Serialize;

use super::Env;
use crate::error::Result;
use crate::service::db;

#[derive(Debug, Subcommand)]
pub enum DbCmd {
    /// Schema version, file facts and row counts
    Status,
    /// Apply pending migrations (every command also does this on open)
    Migrate,
    /// PRAGMA integrity_check plus every rule of the spec re-verified; exit 8 on problems
    Check,
    /// Consistent online copy to a new file DEST (VACUUM INTO), mode 0600
    Backup { dest: PathBuf },
}

#[derive(Serialize)]
struct CheckReport {
    ok: bool,
    problems: usize,
}

#[derive(Default, Serialize)]
struct BackupReport {
    path: String,
}

impl DbCmd {
    pub fn run(self, env: &Env) -> Result<()> {
        let (ctx, out) = (&env.ctx, &env.out);
        match self {
            // Opening the store already migrated it.
            DbCmd::Status | DbCmd::Migrate => out.one(&db::status(ctx)?),
            DbCmd::Check => {
                let problems = db::check(ctx)?;
                out.one(&CheckReport { ok: true, problems: problems.len() })
            }
            DbCmd::Backup { dest } => out.changed(|| {
                ctx.store.backup(&dest)?;
                Ok(BackupReport { path: dest.display().to_string() })
            }),
        }
    }
}
