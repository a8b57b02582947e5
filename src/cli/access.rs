use clap::{ArgGroup, Subcommand};

use super::{named, Env};
use crate::error::{Error, Result};
use crate::model::Flag;
use crate::service::access_check::{self, CheckTarget};

#[derive(Debug, Subcommand)]
pub enum AccessCmd {
    /// Is the actor (--as) allowed PERMISSION on a partner or event, and why? Exit 0 allowed, 4 denied
    #[command(group(ArgGroup::new("target").required(true).args(["partner", "event"])))]
    Check {
        #[arg(value_parser = named::<Flag>())]
        permission: Flag,
        #[arg(long)]
        partner: Option<String>,
        #[arg(long)]
        event: Option<String>,
    },
}

impl AccessCmd {
    pub fn run(self, env: &Env) -> Result<()> {
        let AccessCmd::Check { permission, partner, event } = self;
        let target = match (partner, event) {
            (Some(p), _) => CheckTarget::Partner(p),
            (None, Some(e)) => CheckTarget::Event(e),
            (None, None) => unreachable!("clap requires --partner or --event"),
        };
        let decision = access_check::check(&env.ctx, permission, target)?;
        env.out.one(&decision)?;
        if decision.allowed {
            Ok(())
        } else {
            // The decision is printed on stdout; the exit code carries the denial.
            Err(Error::permission_denied(decision.permission, format!("denied: {}", decision.reason)))
        }
    }
}
