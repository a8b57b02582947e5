use clap::{Subcommand, ValueEnum};

use super::{named, Env};
use crate::error::{Error, Result};
use crate::model::InviteStatus;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum GroupBy {
    Inviter,
    Issuer,
}

#[derive(Debug, Subcommand)]
pub enum MetricsCmd {
    /// Invite funnel of one event, per inviter principal or issuing user; --drill lists invites
    Event {
        event: String,
        #[arg(long, value_enum, default_value_t = GroupBy::Inviter)]
        by: GroupBy,
        /// Invites created at or after TIME
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Invites created before TIME
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
        /// Sort by this counter, descending
        #[arg(long, value_name = "KEY")]
        sort: Option<String>,
        /// One invite per row, ordered by created_at, id (streamed)
        #[arg(long)]
        drill: bool,
        /// With --drill: user:USER or partner:PARTNER
        #[arg(long, value_name = "PRINCIPAL", requires = "drill")]
        inviter: Option<String>,
        /// With --drill: issuing user
        #[arg(long, value_name = "USER", requires = "drill")]
        issuer: Option<String>,
        #[arg(long, value_parser = named::<InviteStatus>(), requires = "drill")]
        status: Option<InviteStatus>,
        /// With --drill: page size
        #[arg(long, value_name = "N", requires = "drill")]
        limit: Option<u64>,
        /// With --drill: the last invite id of the previous page
        #[arg(long, value_name = "INVITE", requires = "drill")]
        after: Option<String>,
    },
    /// One row per event the partner manages
    Partner {
        partner: String,
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
    },
    /// Top inviters (or issuers) by credited acceptances
    Leaderboard {
        partner: String,
        #[arg(long)]
        event: Option<String>,
        #[arg(long, value_enum, default_value_t = GroupBy::Inviter)]
        by: GroupBy,
        #[arg(long, value_name = "N", default_value_t = 10)]
        top: u32,
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
    },
}

impl MetricsCmd {
    pub fn run(self, _env: &Env) -> Result<()> {
        Err(Error::internal("metrics commands are not implemented yet"))
    }
}
