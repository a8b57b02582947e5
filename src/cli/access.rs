use clap::{ArgGroup, Subcommand};

use super::{complete, metrics::print_rows, named, Env};
use crate::error::{Error, Result};
use crate::model::Flag;
use crate::service::access_check::{self, CheckTarget};
use crate::service::access_who;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  \
    partnerctl access check can_invite --partner blue-note --as maya@demo.example\n  \
    partnerctl access who can_view_metrics --event summer-jam")]
pub enum AccessCmd {
    /// Is the actor (--as) allowed PERMISSION on a partner or event, and why? Exit 0 allowed, 4 denied
    #[command(group(ArgGroup::new("target").required(true).args(["partner", "event"])))]
    // clap does not wrap the usage line: two lines fit 80 columns.
    #[command(override_usage = "partnerctl access check [OPTIONS] <PERMISSION>\n       \
        <--partner <PARTNER>|--event <EVENT>>")]
    #[command(after_help = "Examples:\n  \
        partnerctl access check can_invite --partner blue-note --as maya@demo.example\n  \
        partnerctl access check can_view_metrics --event summer-jam \\\n      \
        --as adam@demo.example")]
    Check {
        /// One of the five permission flags
        #[arg(value_parser = named::<Flag>())]
        permission: Flag,
        /// The partner (slug or id)
        #[arg(long, add = complete::partners())]
        partner: Option<String>,
        /// The event (slug or id): decided on its host and manager partners
        #[arg(long, add = complete::events())]
        event: Option<String>,
    },
    /// Every user who holds PERMISSION on a partner (or on a managing partner of an event), and through what
    #[command(group(ArgGroup::new("target").required(true).args(["partner", "event"])))]
    #[command(override_usage = "partnerctl access who [OPTIONS] <PERMISSION>\n       \
        <--partner <PARTNER>|--event <EVENT>>")]
    #[command(after_help = "Examples:\n  \
        partnerctl access who can_invite --partner blue-note\n  \
        partnerctl access who can_view_metrics --event summer-jam")]
    Who {
        /// One of the five permission flags
        #[arg(value_parser = named::<Flag>())]
        permission: Flag,
        /// The partner (slug or id)
        #[arg(long, add = complete::partners())]
        partner: Option<String>,
        /// The event (slug or id): its host and manager partners
        #[arg(long, add = complete::events())]
        event: Option<String>,
    },
}

/// `--partner P | --event E`, which clap makes exactly one of.
fn target(partner: Option<String>, event: Option<String>) -> CheckTarget {
    match (partner, event) {
        (Some(p), _) => CheckTarget::Partner(p),
        (None, Some(e)) => CheckTarget::Event(e),
        (None, None) => unreachable!("clap requires --partner or --event"),
    }
}

impl AccessCmd {
    pub fn run(self, env: &Env) -> Result<()> {
        match self {
            AccessCmd::Check { permission, partner, event } => {
                let decision = access_check::check(&env.ctx, permission, target(partner, event))?;
                env.out.one(&decision)?;
                if decision.allowed {
                    Ok(())
                } else {
                    // The decision is printed on stdout; the exit code carries the denial.
                    Err(Error::permission_denied(decision.permission, format!("denied: {}", decision.reason)))
                }
            }
            AccessCmd::Who { permission, partner, event } => {
                let holders = access_who::who(&env.ctx, permission, target(partner, event))?;
                print_rows(&env.out, &holders, &access_who::Holder::default(), "user_id", None)
            }
        }
    }
}
