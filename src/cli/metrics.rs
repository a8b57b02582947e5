use clap::Subcommand;
use serde::Serialize;
use serde_json::{Map, Value};

use super::{complete, named, Env};
use crate::error::{Error, Result};
use crate::model::{GroupBy, Invite, InviteStatus};
use crate::output::{columns_of, Format, Output};
use crate::service::metrics::{
    self, DrillInput, EventQuery, EventRow, EventsQuery, Funnel, GroupRow, LeaderRow, LeaderboardQuery,
};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  \
    partnerctl metrics event summer-jam\n  \
    partnerctl metrics partner blue-note\n  \
    partnerctl metrics leaderboard blue-note --top 5")]
pub enum MetricsCmd {
    /// Invite funnel of one event, per inviter principal or issuing user; --drill lists invites
    #[command(after_help = "Examples:\n  \
        partnerctl metrics event summer-jam\n  \
        partnerctl metrics event summer-jam --by issuer --sort acceptance_rate\n  \
        partnerctl metrics event summer-jam --drill --status accepted --limit 20")]
    Event {
        /// The event (slug or id)
        #[arg(add = complete::events())]
        event: String,
        /// One row per inviter principal (user or partner) or per issuing user
        #[arg(long, value_parser = named::<GroupBy>(), default_value = "inviter")]
        by: GroupBy,
        /// Invites created at or after TIME
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Invites created before TIME
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
        /// Sort by this counter, descending: sent, viewed, accepted, declined, closed_duplicate, open,
        /// expired, attended or acceptance_rate [default order: accepted, then sent, descending]
        #[arg(long, value_name = "KEY")]
        sort: Option<String>,
        /// One invite per row, ordered by created_at, id (streamed)
        #[arg(long)]
        drill: bool,
        /// With --drill: user:USER or partner:PARTNER
        #[arg(long, value_name = "PRINCIPAL", requires = "drill", add = complete::principals())]
        inviter: Option<String>,
        /// With --drill: issuing user
        #[arg(long, value_name = "USER", requires = "drill", add = complete::users())]
        issuer: Option<String>,
        /// With --drill: only the invites in this state
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
    #[command(after_help = "Examples:\n  \
        partnerctl metrics partner blue-note\n  \
        partnerctl metrics partner night-owls --since 7d")]
    Partner {
        /// The partner (slug or id)
        #[arg(add = complete::partners())]
        partner: String,
        /// Invites created at or after TIME
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Invites created before TIME
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
    },
    /// The events whose metrics you may see, busiest first (sent desc, then event id)
    #[command(after_help = "Examples:\n  \
        partnerctl metrics events --limit 5\n  \
        partnerctl metrics events --sort accepted --as maya@demo.example")]
    Events {
        /// Invites created at or after TIME
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Invites created before TIME
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
        /// Sort by this counter, descending: sent, viewed, accepted, declined, closed_duplicate, open,
        /// expired, attended or acceptance_rate [default order: sent, descending]
        #[arg(long, value_name = "KEY")]
        sort: Option<String>,
        /// At most N events
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
    },
    /// Top inviters (or issuers) by credited acceptances
    #[command(after_help = "Examples:\n  \
        partnerctl metrics leaderboard blue-note --top 5\n  \
        partnerctl metrics leaderboard night-owls --event summer-jam --by issuer")]
    Leaderboard {
        /// The partner (slug or id) whose managed events count
        #[arg(add = complete::partners())]
        partner: String,
        /// Only this event (slug or id) [default: every event the partner manages]
        #[arg(long, add = complete::events())]
        event: Option<String>,
        /// Rank inviter principals (user or partner) or issuing users
        #[arg(long, value_parser = named::<GroupBy>(), default_value = "inviter")]
        by: GroupBy,
        /// How many rows
        #[arg(long, value_name = "N", default_value_t = 10)]
        top: u32,
        /// Invites created at or after TIME
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Invites created before TIME
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
                let mut next = None;
                out.streaming::<Invite>(|stream| {
                    next = metrics::drill(ctx, input, &mut |invite| stream.row(invite))?;
                    Ok(())
                })?;
                // The cursor goes to stderr, so that stdout stays the page.
                if let Some(after) = next {
                    eprintln!("next page: --after {after}");
                }
                Ok(())
            }
            MetricsCmd::Event { event, by, since, until, sort, .. } => {
                let m = metrics::event(ctx, EventQuery { event, by, since, until, sort })?;
                let shape = GroupRow::empty(by);
                let printed = if out.format == Format::Json && !out.quiet {
                    out.raw_json(&m, &columns_of(&shape)?)
                } else {
                    print_rows(out, &m.rows, &shape, group_id(by), Some(total_row(&m.totals)?))
                };
                // Printing them is the process's last use of the rows: its
                // exit frees them at once, where dropping them freed a large
                // event's strings one by one (2.4 M of 89 M instructions).
                std::mem::forget(m);
                printed
            }
            MetricsCmd::Partner { partner, since, until } => {
                let m = metrics::partner(ctx, &partner, since.as_deref(), until.as_deref())?;
                print_rows(out, &m.rows, &EventRow::default(), "event_id", Some(total_row(&m.totals)?))
            }
            MetricsCmd::Events { since, until, sort, limit } => {
                let rows = metrics::events(ctx, EventsQuery { since, until, sort, limit })?;
                print_rows(out, &rows, &metrics::RankedEventRow::default(), "event_id", None)
            }
            MetricsCmd::Leaderboard { partner, event, by, top, since, until } => {
                let rows = metrics::leaderboard(ctx, LeaderboardQuery { partner, event, by, top, since, until })?;
                let shape = LeaderRow { rank: 0, row: GroupRow::empty(by) };
                print_rows(out, &rows, &shape, group_id(by), None)
            }
        }
    }
}

/// The id of a metrics row's group: what `-q` prints of it.
pub(super) fn group_id(by: GroupBy) -> &'static str {
    match by {
        GroupBy::Inviter => "inviter_id",
        GroupBy::Issuer => "issuer_id",
    }
}

/// Rows in the chosen format, shaped like `shape` when there are none
/// (`footer`: the table's closing row); with `-q` their `id_field`.
pub(super) fn print_rows<T: Serialize>(
    out: &Output,
    rows: &[T],
    shape: &T,
    id_field: &'static str,
    footer: Option<Map<String, Value>>,
) -> Result<()> {
    out.quiet_field(id_field).many_like(rows, shape, footer)
}

/// The table's `TOTAL` row: the totals (the table names the row `TOTAL`).
pub(super) fn total_row(totals: &Funnel) -> Result<Map<String, Value>> {
    match serde_json::to_value(totals)? {
        Value::Object(row) => Ok(row),
        _ => Err(Error::internal("totals are not a record")),
    }
}
