use clap::{Args, ValueEnum};
use serde::Serialize;

use super::metrics::{group_id, print_rows, total_row};
use super::Env;
use crate::demo::{self, Size};
use crate::error::{Error, Result};
use crate::model::GroupBy;
use crate::output::columns_of;
use crate::service::metrics::{self, EventQuery, GroupRow};
use crate::service::{home, Acting};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DemoSize {
    /// A few thousand invites, in seconds
    Small,
    /// About 1,000,000 invites over 1,000 events
    Large,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    partnerctl --db demo.db demo\n  \
    partnerctl --db other.db demo --seed 7\n\
    (--size large: about 1,000,000 invites, in minutes)")]
pub struct DemoArgs {
    /// How much data to generate
    #[arg(long, value_enum, default_value_t = DemoSize::Small)]
    size: DemoSize,
    /// Seed of the generated data: the same seed builds the same tenant
    #[arg(long, default_value_t = 42)]
    seed: u64,
}

/// Tests only: divides every volume of `--size large` by N (1 to 1000), so
/// they run the large generator's code in seconds. A variable rather than
/// an option keeps it out of help, man pages and completion scripts.
const SCALE_DOWN_VAR: &str = "PARTNERCTL_DEMO_SCALE_DOWN";

fn scale_down() -> Result<usize> {
    match std::env::var(SCALE_DOWN_VAR) {
        Err(_) => Ok(1),
        Ok(v) => v.parse().ok().filter(|n| (1..=1000).contains(n)).ok_or_else(|| {
            Error::invalid_input(format!("{SCALE_DOWN_VAR}={v:?} is not a whole number from 1 to 1000"))
        }),
    }
}

/// How many inviters of the busiest event the closing screen shows.
const TOP: usize = 10;

#[derive(Default, Serialize)]
struct DemoRecord {
    tenant: String,
    users: u64,
    partners: usize,
    events: usize,
    invites: u64,
    member: String,
    busiest_event: String,
}

impl DemoArgs {
    pub fn run(self, env: &Env) -> Result<()> {
        let (ctx, out) = (&env.ctx, &env.out);
        let size = match (self.size, scale_down()?) {
            (DemoSize::Small, 1) => Size::Small,
            (DemoSize::Small, _) => return Err(Error::usage(format!("{SCALE_DOWN_VAR} applies to --size large only"))),
            (DemoSize::Large, scale_down) => Size::Large { scale_down },
        };
        // `--fields` selects from the summary record, checked before anything is built.
        out.selection.check(columns_of(&DemoRecord::default())?.iter().map(String::as_str))?;
        let s = demo::run(ctx, &env.operator, size, self.seed, &|line| out.message(&format!("demo: {line}")))?;
        if out.quiet || out.format.is_json() || !out.selection.is_all() {
            // `-q` prints the slug of the tenant it made.
            return out.quiet_field("tenant").one(&DemoRecord {
                tenant: s.tenant,
                users: s.users,
                partners: s.partners,
                events: s.events,
                invites: s.invites,
                member: s.member,
                busiest_event: s.busiest_event,
            });
        }
        // Every command named below carries the `--db` the demo went to.
        let cli = match &env.db {
            Some(db) => format!("partnerctl --db {}", shell_word(&shown_db(db))),
            None => "partnerctl".to_string(),
        };
        out.message(&format!(
            "\ndemo-city is ready: {} users, {} partners, {} events, {} invites.\n\n\
             The workspace home of {} ({cli} partner list --as {}):",
            s.users, s.partners, s.events, s.invites, s.member, s.member
        ));
        out.many(&home::partners(&ctx.acting(Acting::User(s.member.clone()), ctx.now))?)?;
        let m = metrics::event(
            ctx,
            EventQuery { event: s.busiest_event.clone(), by: GroupBy::Inviter, since: None, until: None, sort: None },
        )?;
        // The named command prints every inviter; the demo its first TOP.
        out.message(&format!(
            "\nInvite metrics of the busiest event, {e}: the first {} of its {} inviters and the TOTAL \
             of all\n(all of them: {cli} metrics event {e}):",
            m.rows.len().min(TOP),
            m.rows.len(),
            e = s.busiest_event,
        ));
        let top = &m.rows[..m.rows.len().min(TOP)];
        print_rows(
            out,
            top,
            &GroupRow::empty(GroupBy::Inviter),
            group_id(GroupBy::Inviter),
            Some(total_row(&m.totals)?),
        )?;
        out.message(&format!(
            "\nTry next:\n  \
             {cli} metrics event {e} --by issuer\n  \
             {cli} metrics event {e} --drill --status accepted --limit 20\n  \
             {cli} metrics leaderboard blue-note --top 5\n  \
             {cli} plan show blue-note --as {m}\n  \
             {cli} member list blue-note\n  \
             {cli} access check can_view_metrics --event {e} --as anna@demo.example\n  \
             {cli} audit list --partner blue-note --limit 20",
            e = s.busiest_event,
            m = s.member
        ));
        Ok(())
    }
}

/// The database as the suggested commands name it: a PostgreSQL URL
/// without its password (never printed; the server's own password sources
/// apply), a file as given.
fn shown_db(db: &std::path::Path) -> String {
    let text = db.to_string_lossy().into_owned();
    let Some((scheme, rest)) = text.split_once("://") else { return text };
    match rest.split_once('@') {
        Some((user_info, host)) if user_info.contains(':') && !user_info.contains('/') => {
            let user = user_info.split_once(':').map_or(user_info, |(u, _)| u);
            format!("{scheme}://{user}@{host}")
        }
        _ => text,
    }
}

/// `text` as one shell word: as it is when it is plain, else single-quoted.
fn shell_word(text: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+:@=,%".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        return text.to_string();
    }
    format!("'{}'", text.replace('\'', "'\\''"))
}
