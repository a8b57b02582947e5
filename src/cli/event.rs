use clap::{ArgGroup, Subcommand};

use super::{Env, Limit};
use crate::error::Result;
use crate::service::event::{self, EventChanges, NewEvent, When};

#[derive(Debug, Subcommand)]
pub enum EventCmd {
    /// Create an event hosted by a partner
    Create {
        slug: String,
        /// Host partner
        #[arg(long)]
        partner: String,
        #[arg(long)]
        title: String,
        /// RFC 3339, a date or local date-time (tenant zone: 2026-11-25 10:00), today, yesterday, 7d (ago)
        #[arg(long, value_name = "TIME")]
        starts_at: String,
        /// Default: starts_at + 4h
        #[arg(long, value_name = "TIME")]
        ends_at: Option<String>,
        /// Co-managing partner (repeatable)
        #[arg(long = "manager", value_name = "PARTNER")]
        managers: Vec<String>,
        /// Exit 0 with the existing record when it agrees with every given field
        #[arg(long)]
        if_not_exists: bool,
    },
    /// List events
    #[command(group(ArgGroup::new("when").args(["upcoming", "past"])))]
    List {
        /// Events this partner manages (host or manager)
        #[arg(long)]
        partner: Option<String>,
        #[arg(long)]
        upcoming: bool,
        #[arg(long)]
        past: bool,
        #[command(flatten)]
        limit: Limit,
    },
    /// Show an event
    Show { event: String },
    /// Change title or times
    Update {
        event: String,
        #[arg(long)]
        title: Option<String>,
        #[arg(long, value_name = "TIME")]
        starts_at: Option<String>,
        #[arg(long, value_name = "TIME")]
        ends_at: Option<String>,
    },
    /// Add a co-managing partner
    AddManager { event: String, partner: String },
    /// Remove a co-managing partner
    RemoveManager { event: String, partner: String },
}

impl EventCmd {
    pub fn run(self, env: &Env) -> Result<()> {
        let (ctx, out) = (&env.ctx, &env.out);
        match self {
            EventCmd::Create { slug, partner, title, starts_at, ends_at, managers, if_not_exists } => {
                let create = if if_not_exists { event::create_if_not_exists } else { event::create };
                out.changed(|| create(ctx, NewEvent { slug, partner, title, starts_at, ends_at, managers }))
            }
            EventCmd::List { partner, upcoming, past, limit } => {
                let when = match (upcoming, past) {
                    (true, _) => Some(When::Upcoming),
                    (_, true) => Some(When::Past),
                    _ => None,
                };
                out.many(&event::list(ctx, partner.as_deref(), when, limit.n)?)
            }
            EventCmd::Show { event: e } => out.one(&event::show(ctx, &e)?),
            EventCmd::Update { event: e, title, starts_at, ends_at } => {
                out.changed(|| event::update(ctx, &e, EventChanges { title, starts_at, ends_at }))
            }
            EventCmd::AddManager { event: e, partner } => out.changed(|| event::add_manager(ctx, &e, &partner)),
            EventCmd::RemoveManager { event: e, partner } => out.changed(|| event::remove_manager(ctx, &e, &partner)),
        }
    }
}
