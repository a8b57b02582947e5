use std::path::PathBuf;

use clap::Subcommand;

use super::{Env, Limit};
use crate::error::Result;
use crate::service::user::{self, NewUser};

#[derive(Debug, Subcommand)]
pub enum UserCmd {
    /// Add a user
    Add {
        email: String,
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
    List {
        /// Landlords only
        #[arg(long)]
        landlord: bool,
        #[command(flatten)]
        limit: Limit,
    },
    /// Show a user (email or id)
    Show { user: String },
    /// Import users from CSV or JSONL (email,display_name[,id][,landlord]); all or nothing
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
