use std::io::IsTerminal;
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use clap::Subcommand;
use serde::Serialize;

use super::Env;
use crate::error::Result;
use crate::service::db;
use partnerctl_store_sqlite::Missing;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  partnerctl db status\n  partnerctl db check")]
pub enum DbCmd {
    /// Schema version, file facts and row counts
    #[command(after_help = "Examples:\n  partnerctl db status\n  partnerctl db status --format json")]
    Status,
    /// Apply pending migrations (every command also does this on open)
    #[command(after_help = "Examples:\n  partnerctl db migrate\n  partnerctl --db new.db db migrate")]
    Migrate,
    /// PRAGMA integrity_check, every rule of the spec re-verified and every invite counter recounted; exit 8 on problems
    #[command(after_help = "Examples:\n  partnerctl db check")]
    Check,
    /// Consistent online copy to a new file DEST (VACUUM INTO), mode 0600
    #[command(after_help = "Examples:\n  partnerctl db backup backup.db")]
    Backup {
        /// The new file (must not exist)
        dest: PathBuf,
    },
    /// Copy the whole database (ids, times, invite-code hashes, audit log)
    /// into an empty TARGET of either backend, in one transaction
    #[command(after_help = "Examples:\n  \
        partnerctl db copy --to copy.db\n\
        (--to postgres://USER@HOST/DB copies into an empty PostgreSQL database)")]
    Copy {
        /// A new SQLite file or an empty PostgreSQL database (postgres://…)
        #[arg(long, value_name = "PATH|URL")]
        to: PathBuf,
    },
}

/// Rows copied so far, on a terminal only.
fn progress_bar(quiet: bool) -> ProgressBar {
    let visible = std::io::stderr().is_terminal() && !quiet;
    let target = if visible { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::hidden() };
    ProgressBar::with_draw_target(Some(0), target).with_style(
        ProgressStyle::with_template("{spinner} copying {wide_bar} {pos}/{len} rows ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    )
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
            DbCmd::Copy { to } => {
                let bar = progress_bar(out.quiet);
                // The target is the one database `db copy` may create.
                let open_target = || crate::open_store(&to, env.busy_timeout, Missing::Create);
                let copied = db::copy(ctx, open_target, &mut |done, total| {
                    bar.set_length(total);
                    bar.set_position(done);
                })?;
                bar.finish_and_clear();
                out.many(&copied)
            }
        }
    }
}
