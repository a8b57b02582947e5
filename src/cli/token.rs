use clap::Subcommand;

use super::{complete, Env};
use crate::error::Result;
use crate::service::token::{self, NewToken};

/// What the token examples name as TOKEN_ID (a literal, for `concat!`).
macro_rules! token_note {
    () => {
        "(TOKEN_ID: a token's id, from `token list` or `token create`)"
    };
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(
    after_help = "Examples:\n  partnerctl token create --for lena@demo.example --name ci --expires-in 30d\n  partnerctl token list"
)]
pub enum TokenCmd {
    /// Create an API token for `serve` (of the --as user, or --for USER); prints its secret once
    #[command(after_help = "Examples:\n  \
        partnerctl token create --for lena@demo.example --name ci --expires-in 30d\n  \
        partnerctl token create --for lena@demo.example -q")]
    Create {
        /// A label to tell tokens apart
        #[arg(long)]
        name: Option<String>,
        /// Lifetime, e.g. 30d, 12h (default: no expiry)
        #[arg(long, value_name = "DUR")]
        expires_in: Option<String>,
        /// The user the token acts as (operator or landlord)
        #[arg(long = "for", value_name = "USER", add = complete::users())]
        for_user: Option<String>,
    },
    /// List your tokens (operator and landlords: every token of the tenant)
    #[command(after_help = "Examples:\n  partnerctl token list\n  partnerctl token list --format json")]
    List,
    /// Revoke a token; effective on its next request
    #[command(after_help = concat!("Examples:\n  partnerctl token revoke TOKEN_ID\n", token_note!()))]
    Revoke {
        /// The token's id (not its secret)
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
