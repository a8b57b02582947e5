use clap::Subcommand;

use super::{complete, Env};
use crate::error::Result;
use crate::model::{AuditAction, Named};
use crate::service::audit::{self, AuditQuery};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  partnerctl audit list --partner blue-note --limit 20")]
pub enum AuditCmd {
    /// List audit entries, newest first
    #[command(after_help = "Examples:\n  \
        partnerctl audit list --partner blue-note --limit 20\n  \
        partnerctl audit list --action member.invite --format json\n  \
        partnerctl audit list --actor maya@demo.example --since 7d --reverse")]
    List {
        /// Entries about this partner (slug or id)
        #[arg(long, add = complete::partners())]
        partner: Option<String>,
        /// Entries made by this user (email or id)
        #[arg(long, value_name = "USER", add = complete::users())]
        actor: Option<String>,
        /// Entries of this action only
        #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(AuditAction::names()))]
        action: Option<String>,
        /// Entries at or after TIME (e.g. 7d, today, 2026-11-25 10:00)
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// At most N entries
        #[arg(long, value_name = "N")]
        limit: Option<u32>,
        /// Oldest first (default: newest first)
        #[arg(long)]
        reverse: bool,
        /// Keyset paging: the entries after this id (the last id of the previous page)
        #[arg(long, value_name = "ID")]
        after: Option<i64>,
    },
}

impl AuditCmd {
    pub fn run(self, env: &Env) -> Result<()> {
        let AuditCmd::List { partner, actor, action, since, limit, reverse, after } = self;
        let q = AuditQuery { partner, actor, action, since, limit: limit.map(i64::from), reverse, after };
        env.out.many(&audit::list(&env.ctx, q)?)
    }
}
