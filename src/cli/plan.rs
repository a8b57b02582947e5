use clap::Subcommand;

use super::{Env, Limit};
use crate::error::Result;
use crate::model::{LimitKey, LimitValue};
use crate::service::plan;

#[derive(Debug, Subcommand)]
pub enum PlanCmd {
    /// A partner's limits: allowed, used, remaining, resets_at
    Show { partner: String },
    /// Every plan with its overrides and how many partners are on it
    List {
        #[command(flatten)]
        limit: Limit,
    },
    /// Move a partner to a plan
    Set { partner: String, plan: String },
    /// Override limits of a plan (VALUE: integer or unlimited)
    Update {
        plan: String,
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
