use std::io::{self, Write};

use clap::Subcommand;
use serde::Serialize;
use serde_json::{Map, Value};

use super::{named, Env};
use crate::error::{Error, Result};
use crate::model::{GroupBy, InviteStatus};
use crate::output::{Format, Output};
use crate::service::metrics::{self, DrillInput, EventQuery, EventsQuery, Funnel, GroupRow, LeaderboardQuery};

#[derive(Debug, Subcommand)]
pub enum MetricsCmd {
    /// Invite funnel of one event, per inviter principal or issuing user; --drill lists invites
    Event {
        event: String,
        #[arg(long, value_parser = named::<GroupBy>(), default_value = "inviter")]
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
    /// The events whose metrics you may see, busiest first (sent desc, then event id)
    Events {
        /// Invites created at or after TIME
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Invites created before TIME
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
        /// Sort by this counter, descending (sent, viewed, accepted, declined, closed_duplicate, open,
        /// expired, attended, acceptance_rate)
        #[arg(long, value_name = "KEY")]
        sort: Option<String>,
        /// At most N events
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
    },
    /// Top inviters (or issuers) by credited acceptances
    Leaderboard {
        partner: String,
        #[arg(long)]
        event: Option<String>,
        #[arg(long, value_parser = named::<GroupBy>(), default_value = "inviter")]
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
    pub fn run(self, env: &Env) -> Result<()> {
        let (ctx, out) = (&env.ctx, &env.out);
        match self {
            MetricsCmd::Event {
                event, since, until, sort, drill: true, inviter, issuer, status, limit, after, ..
            } => {
                if sort.is_some() {
                    return Err(Error::usage(
                        "--sort orders the aggregated rows; --drill lists invites by created_at, id",
                    ));
                }
                let input = DrillInput { event, inviter, issuer, status, since, until, limit, after };
                out.streaming(None, |stream| metrics::drill(ctx, input, &mut |invite| stream.row(&invite)))
            }
            MetricsCmd::Event { event, by, since, until, sort, .. } => {
                let m = metrics::event(ctx, EventQuery { event, by, since, until, sort })?;
                if out.format == Format::Json && !out.quiet {
                    return out.raw_json(&serde_json::to_value(&m)?);
                }
                let first_column = match by {
                    GroupBy::Inviter => "inviter_kind",
                    GroupBy::Issuer => "issuer_id",
                };
                print_rows(out, &m.rows, GroupRow::id, Some(total_row(first_column, &m.totals)?))
            }
            MetricsCmd::Partner { partner, since, until } => {
                let m = metrics::partner(ctx, &partner, since.as_deref(), until.as_deref())?;
                print_rows(out, &m.rows, |r| &r.event_id, Some(total_row("event_id", &m.totals)?))
            }
            MetricsCmd::Events { since, until, sort, limit } => {
                let rows = metrics::events(ctx, EventsQuery { since, until, sort, limit })?;
                print_rows(out, &rows, |r| &r.event_id, None)
            }
            MetricsCmd::Leaderboard { partner, event, by, top, since, until } => {
                let rows = metrics::leaderboard(ctx, LeaderboardQuery { partner, event, by, top, since, until })?;
                print_rows(out, &rows, |r| r.row.id(), None)
            }
        }
    }
}

/// Rows in the chosen format (`footer`: the table's closing row); with `-q`
/// only their ids.
pub(super) fn print_rows<T: Serialize>(
    out: &Output,
    rows: &[T],
    id: fn(&T) -> &str,
    footer: Option<Map<String, Value>>,
) -> Result<()> {
    if out.quiet {
        let mut stdout = io::stdout().lock();
        for row in rows {
            writeln!(stdout, "{}", id(row))?;
        }
        return Ok(());
    }
    out.many_with_footer(rows, footer)
}

/// The table's `TOTAL` row: `TOTAL` in the first column, then the totals.
pub(super) fn total_row(first_column: &str, totals: &Funnel) -> Result<Map<String, Value>> {
    let Value::Object(mut row) = serde_json::to_value(totals)? else {
        return Err(Error::internal("totals are not a record"));
    };
    row.insert(first_column.to_string(), "TOTAL".into());
    Ok(row)
}
