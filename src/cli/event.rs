use clap::{ArgGroup, Subcommand};

use super::{complete, Env, Limit};
use crate::error::Result;
use crate::service::event::{self, EventChanges, NewEvent, When};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  partnerctl event list --upcoming\n  partnerctl event show summer-jam")]
pub enum EventCmd {
    /// Create an event hosted by a partner
    // clap does not wrap the usage line: two lines fit 80 columns.
    #[command(override_usage = "partnerctl event create [OPTIONS] --partner <PARTNER> --title <TITLE>\n       \
        --starts-at <TIME> <SLUG>")]
    #[command(after_help = "Examples:\n  \
        partnerctl event create jazz-night --partner blue-note \\\n      \
        --title \"Jazz Night\" --starts-at \"2026-12-05 19:00\"\n  \
        partnerctl event create winter-fest --partner night-owls \\\n      \
        --title \"Winter Fest\" --starts-at 2026-12-20 --ends-at 2026-12-21 \\\n      \
        --manager blue-note")]
    Create {
        /// Its slug: lowercase letters, digits and dashes, unique in the tenant
        slug: String,
        /// Host partner (slug or id)
        #[arg(long, add = complete::partners())]
        partner: String,
        /// Its title
        #[arg(long)]
        title: String,
        /// RFC 3339, a date or local date-time (tenant zone: 2026-11-25 10:00), today, yesterday, 7d (ago)
        #[arg(long, value_name = "TIME")]
        starts_at: String,
        /// Default: starts_at + 4h
        #[arg(long, value_name = "TIME")]
        ends_at: Option<String>,
        /// Co-managing partner (repeatable)
        #[arg(long = "manager", value_name = "PARTNER", add = complete::partners())]
        managers: Vec<String>,
        /// Exit 0 with the existing record when it agrees with every given field
        #[arg(long)]
        if_not_exists: bool,
    },
    /// List events
    #[command(group(ArgGroup::new("when").args(["upcoming", "past"])))]
    #[command(after_help = "Examples:\n  \
        partnerctl event list --upcoming\n  \
        partnerctl event list --partner blue-note --past --limit 5")]
    List {
        /// Events this partner manages (host or manager)
        #[arg(long, add = complete::partners())]
        partner: Option<String>,
        /// Only events that have not ended yet
        #[arg(long)]
        upcoming: bool,
        /// Only events that have ended
        #[arg(long)]
        past: bool,
        #[command(flatten)]
        limit: Limit,
    },
    /// Show an event
    #[command(after_help = "Examples:\n  partnerctl event show summer-jam")]
    Show {
        /// The event (slug or id)
        #[arg(add = complete::events())]
        event: String,
    },
    /// Change title or times
    #[command(after_help = "Examples:\n  \
        partnerctl event update summer-jam --title \"Summer Jam 2026\"\n  \
        partnerctl event update summer-jam --ends-at \"2026-11-28 12:00\"")]
    Update {
        /// The event (slug or id)
        #[arg(add = complete::events())]
        event: String,
        /// The new title
        #[arg(long)]
        title: Option<String>,
        /// The new start (forms as for `event create`)
        #[arg(long, value_name = "TIME")]
        starts_at: Option<String>,
        /// The new end (forms as for `event create`)
        #[arg(long, value_name = "TIME")]
        ends_at: Option<String>,
    },
    /// Add a co-managing partner
    #[command(after_help = "Examples:\n  partnerctl event add-manager summer-jam city-curators")]
    AddManager {
        /// The event (slug or id)
        #[arg(add = complete::events())]
        event: String,
        /// The partner (slug or id) that co-manages it
        #[arg(add = complete::partners())]
        partner: String,
    },
    /// Remove a co-managing partner
    #[command(after_help = "Examples:\n  partnerctl event remove-manager summer-jam night-owls")]
    RemoveManager {
        /// The event (slug or id)
        #[arg(add = complete::events())]
        event: String,
        /// The co-managing partner (slug or id) to remove
        #[arg(add = complete::partners())]
        partner: String,
    },
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
