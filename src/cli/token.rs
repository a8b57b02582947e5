use clap::Subcommand;

use super::Env;
use crate::error::Result;
use crate::service::token::{self, NewToken};

#[derive(Debug, Subcommand)]
pub enum TokenCmd {
    /// Create an API token for `serve` (of the --as user, or --for USER); prints its secret once
    Create {
        /// A label to tell tokens apart
        #[arg(long)]
        name: Option<String>,
        /// Lifetime, e.g. 30d, 12h (default: no expiry)
        #[arg(long, value_name = "DUR")]
        expires_in: Option<String>,
        /// The user the token acts as (operator or landlord)
        #[arg(long = "for", value_name = "USER")]
        for_user: Option<String>,
    },
    /// List your tokens (operator and landlords: every token of the tenant)
    List,
    /// Revoke a token; effective on its next request
    Revoke {
        #[arg(value_name = "TOKEN_ID")]
        token: String,
    },
}

impl TokenCmd {
    pub fn run(self, env: &Env) -> Result<()> {
        let (ctx, out) = (&env.ctx, &env.out);
        match self {
            TokenCmd::Create { name, expires_in, for_user } => {
                let created = token::create(ctx, NewToken { name, expires_in, for_user })?;
                // `-q` prints the secret: it cannot be shown again (SPEC §2.3).
                match (&created.token, out.quiet) {
                    (Some(secret), true) => {
                        println!("{secret}");
                        Ok(())
                    }
                    _ => out.one(&created),
                }
            }
            TokenCmd::List => out.many(&token::list(ctx)?),
            TokenCmd::Revoke { token: id } => out.one(&token::revoke(ctx, &id)?),
        }
    }
}
