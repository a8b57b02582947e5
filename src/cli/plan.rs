use clap::Subcommand;

use super::{complete, Env, Limit};
use crate::error::Result;
use crate::model::{LimitKey, LimitValue};
use crate::service::plan;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  partnerctl plan list\n  partnerctl plan show blue-note")]
pub enum PlanCmd {
    /// A partner's limits: allowed, used, remaining, resets_at
    #[command(after_help = "Examples:\n  \
        partnerctl plan show blue-note\n  \
        partnerctl plan show blue-note --as maya@demo.example")]
    Show {
        /// The partner (slug or id)
        #[arg(add = complete::partners())]
        partner: String,
    },
    /// Every plan with its overrides and how many partners are on it
    #[command(after_help = "Examples:\n  partnerctl plan list\n  partnerctl plan list --format json")]
    List {
        #[command(flatten)]
        limit: Limit,
    },
    /// Move a partner to a plan
    #[command(after_help = "Examples:\n  partnerctl plan set old-hall standard")]
    Set {
        /// The partner (slug or id)
        #[arg(add = complete::partners())]
        partner: String,
        /// The plan's key (see `plan list`)
        #[arg(add = complete::plans())]
        plan: String,
    },
    /// Override limits of a plan (VALUE: integer or unlimited)
    #[command(after_help = "Examples:\n  \
        partnerctl plan update standard --limit invites_per_day_per_partner=800\n  \
        partnerctl plan update pro --limit members_per_partner=unlimited")]
    Update {
        /// The plan's key (see `plan list`)
        #[arg(add = complete::plans())]
        plan: String,
        /// A limit and its new value (repeatable); KEY: invites_per_event_per_inviter,
        /// invites_per_day_per_partner, invites_per_day_per_user, pending_invites_per_receiver,
        /// invites_to_same_receiver_per_30d or members_per_partner
        #[arg(long = "limit", value_name = "KEY=VALUE", required = true, value_parser = parse_limit)]
        limits: Vec<(LimitKey, LimitValue)>,
    },
}

fn parse_limit(s: &str) -> std::result::Result<(LimitKey, LimitValue), String> {
    plan::parse_limit_assignment(s).map_err(|e| e.message.clone())
}

impl PlanCmd {
    pub fn run(self, env: &Env) -> Result<()> {
        let (ctx, out) = (&env.ctx, &env.out);
        match self {
            PlanCmd::Show { partner } => out.many(&plan::show(ctx, &partner)?),
            PlanCmd::List { limit } => out.quiet_field("plan").many(&limit.first(plan::list(ctx)?)),
            PlanCmd::Set { partner, plan: p } => out.changed(|| plan::set(ctx, &partner, &p)),
            PlanCmd::Update { plan: p, limits } => out.quiet_field("plan").changed(|| plan::update(ctx, &p, &limits)),
        }
    }
}
