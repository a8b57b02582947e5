use std::path::PathBuf;

use clap::Subcommand;

use super::{named, Env, Limit};
use crate::error::Result;
use crate::model::{Attendance, Channel, Invite, InviteStatus};
use crate::service::invite::{self, InviteQuery, NewInvite};

#[derive(Debug, Subcommand)]
pub enum InviteCmd {
    /// Send an invite to an event (needs --as)
    #[command(after_help = "Examples:\n  partnerctl invite send summer-jam kim@demo.example --as maya@demo.example")]
    Send {
        event: String,
        /// Receiver (email or id)
        receiver: String,
        /// Issue the invite for this partner (needs can_invite on it)
        #[arg(long, value_name = "PARTNER")]
        on_behalf_of: Option<String>,
        #[arg(long, value_parser = named::<Channel>(), default_value = "in_app")]
        channel: Channel,
    },
    /// Mark an invite viewed (the receiver)
    View { invite: String },
    /// Accept an invite: the credited acceptance for this event
    Accept { invite: String },
    /// Decline an invite
    Decline { invite: String },
    /// Set attendance of an accepted invite
    Attendance {
        invite: String,
        #[arg(value_parser = named::<Attendance>())]
        attendance: Attendance,
    },
    /// List invites
    List {
        #[arg(long)]
        event: Option<String>,
        #[arg(long, value_name = "USER")]
        receiver: Option<String>,
        /// user:USER or partner:PARTNER
        #[arg(long, value_name = "PRINCIPAL")]
        inviter: Option<String>,
        #[arg(long, value_parser = named::<InviteStatus>())]
        status: Option<InviteStatus>,
        #[command(flatten)]
        limit: Limit,
    },
    /// Show an invite
    Show { invite: String },
    /// Expire the open invites of ended events
    Expire,
    /// Import invites from CSV or JSONL; all or nothing
    Import {
        /// CSV or JSONL file; `-` reads standard input (then --input-format is required)
        file: PathBuf,
        /// Validate only; write nothing
        #[arg(long)]
        dry_run: bool,
        /// Create receivers and issuers that do not exist yet
        #[arg(long)]
        create_missing_users: bool,
        /// Input format (default: from the file extension)
        #[arg(long, value_parser = ["csv", "jsonl"])]
        input_format: Option<String>,
    },
}

impl InviteCmd {
    pub fn run(self, env: &Env) -> Result<()> {
        let (ctx, out) = (&env.ctx, &env.out);
        match self {
            InviteCmd::Send { event, receiver, on_behalf_of, channel } => {
                out.changed(|| invite::send(ctx, NewInvite { event, receiver, on_behalf_of, channel }))
            }
            InviteCmd::View { invite: id } => out.changed(|| invite::view(ctx, &id)),
            InviteCmd::Accept { invite: id } => out.changed(|| invite::accept(ctx, &id)),
            InviteCmd::Decline { invite: id } => out.changed(|| invite::decline(ctx, &id)),
            InviteCmd::Attendance { invite: id, attendance } => {
                out.changed(|| invite::set_attendance(ctx, &id, attendance))
            }
            InviteCmd::List { event, receiver, inviter, status, limit } => {
                let query = InviteQuery { event, receiver, inviter, status, limit: limit.n };
                out.streaming::<Invite>(|stream| invite::list(ctx, query, &mut |i| stream.row(&i)))
            }
            InviteCmd::Show { invite: id } => out.one(&invite::show(ctx, &id)?),
            InviteCmd::Expire => out.changed(|| invite::expire(ctx)),
            InviteCmd::Import { file, dry_run, create_missing_users, input_format } => {
                super::import::invites(env, file, input_format, dry_run, create_missing_users)
            }
        }
    }
}
