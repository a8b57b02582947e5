use std::path::PathBuf;

use clap::Subcommand;

use super::{complete, Env, Limit};
use crate::error::Result;
use crate::service::user::{self, NewUser};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  partnerctl user list --limit 10\n  partnerctl user show maya@demo.example")]
pub enum UserCmd {
    /// Add a user
    #[command(after_help = "Examples:\n  \
        partnerctl user add zoe@demo.example --name Zoe\n  \
        partnerctl user add lea@demo.example --name \"Lea Roth\" --landlord")]
    Add {
        /// Their email: the name they go by on the command line
        email: String,
        /// Their display name
        #[arg(long)]
        name: String,
        /// Platform admin of this tenant
        #[arg(long)]
        landlord: bool,
        /// Keep the platform's own id instead of a generated UUID v7
        #[arg(long)]
        id: Option<String>,
        /// Exit 0 with the existing record when it agrees with every given field
        #[arg(long)]
        if_not_exists: bool,
    },
    /// List users
    #[command(after_help = "Examples:\n  partnerctl user list --limit 10\n  partnerctl user list --landlord")]
    List {
        /// Landlords only
        #[arg(long)]
        landlord: bool,
        #[command(flatten)]
        limit: Limit,
    },
    /// Show a user (email or id)
    #[command(after_help = "Examples:\n  partnerctl user show maya@demo.example")]
    Show {
        /// The user (email or id)
        #[arg(add = complete::users())]
        user: String,
    },
    /// Import users from CSV or JSONL (email,display_name[,id][,landlord]); all or nothing
    #[command(after_help = "\
Columns (CSV with a header row, or JSONL objects with these keys; * = required):
  email*         their email
  display_name*  their display name
  id             the platform's own id [default: a new UUID v7]
  landlord       true or false [default: false]
  created_at     ignored (printed by `user list`)
The CSV of `user list --format csv` imports as it is.

Examples:
  partnerctl user import users.csv --dry-run
  partnerctl user import users.csv
(users.csv: a file of the columns above)")]
    Import {
        /// CSV or JSONL file; `-` reads standard input (then --input-format is required)
        file: PathBuf,
        /// Input format (default: from the file extension)
        #[arg(long, value_parser = ["csv", "jsonl"])]
        input_format: Option<String>,
        /// Validate only; write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

impl UserCmd {
    pub fn run(self, env: &Env) -> Result<()> {
        let (ctx, out) = (&env.ctx, &env.out);
        match self {
            UserCmd::Add { email, name, landlord, id, if_not_exists } => {
                let add = if if_not_exists { user::add_if_not_exists } else { user::add };
                out.changed(|| add(ctx, NewUser { email, display_name: name, landlord, id }))
            }
            UserCmd::List { landlord, limit } => out.many(&user::list(ctx, landlord, limit.n)?),
            UserCmd::Show { user: u } => out.one(&user::show(ctx, &u)?),
            UserCmd::Import { file, input_format, dry_run } => super::import::users(env, file, input_format, dry_run),
        }
    }
}
