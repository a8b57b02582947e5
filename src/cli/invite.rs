use std::path::PathBuf;

use clap::Subcommand;

use super::{complete, named, Env, Limit};
use crate::error::Result;
use crate::model::{Attendance, Channel, Invite, InviteStatus};
use crate::service::invite::{self, InviteQuery, NewInvite};

/// What the invite examples name as INVITE (a literal, for `concat!`).
macro_rules! invite_note {
    () => {
        "(INVITE: an invite id, from `invite list` or `invite send -q`)"
    };
}

/// The columns of `invite import` (the core's `invites::COLUMNS`; a test
/// keeps them in step), SPEC §2.8.
const IMPORT_HELP: &str = "\
Columns (CSV with a header row, or JSONL objects with these keys; * = required):
  id                   the invite's id (a row whose id exists with the same
                       content is skipped) [default: a new UUID v7]
  event*               event slug or id (or: event_slug, event_id)
  receiver*            email or id (or: receiver_email, receiver_id)
  inviter_kind*        user or partner
  inviter*             the inviting user (email or id) or partner (slug or id)
                       (or: inviter_id)
  issued_by*           the issuing user, email or id
                       (or: issued_by_email, issued_by_user_id)
  status*              pending, viewed, accepted, declined, closed_duplicate,
                       expired
  credited_acceptance  true exactly when status is accepted [default: false]
  attendance           unknown, confirmed, no_show [default: unknown]
  channel              in_app, whatsapp, link, qr, share_url [default: in_app]
  created_at*          a time: RFC 3339 or a local date-time (tenant zone)
  viewed_at            a time; needed by viewed, accepted and declined
  responded_at         a time; needed by accepted and declined
  inviter_name         ignored (printed by `invite list`)
The CSV of `invite list --format csv` imports as it is. Every row is checked;
one bad row imports nothing (exit 7, its line named). Prints rows, imported,
skipped.

Examples:
  partnerctl invite import invites.csv --dry-run
  partnerctl invite import invites.csv
  partnerctl invite list --event summer-jam --format csv > export.csv
(invites.csv: a file of the columns above)";

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  \
    partnerctl invite send summer-jam kim@demo.example --as maya@demo.example\n  \
    partnerctl invite list --event summer-jam --status accepted --limit 20")]
pub enum InviteCmd {
    /// Send an invite to an event (needs --as)
    #[command(after_help = "Examples:\n  \
        partnerctl invite send summer-jam kim@demo.example --as maya@demo.example\n  \
        partnerctl invite send summer-jam lena@demo.example --as maya@demo.example \\\n      \
        --on-behalf-of blue-note --channel share_url")]
    Send {
        /// The event (slug or id)
        #[arg(add = complete::events())]
        event: String,
        /// Receiver (email or id)
        #[arg(add = complete::users())]
        receiver: String,
        /// Issue the invite for this partner (needs can_invite on it)
        #[arg(long, value_name = "PARTNER", add = complete::partners())]
        on_behalf_of: Option<String>,
        /// How the invite reaches the receiver
        #[arg(long, value_parser = named::<Channel>(), default_value = "in_app")]
        channel: Channel,
    },
    /// Mark an invite viewed (the receiver)
    #[command(after_help = concat!("Examples:\n  partnerctl invite view INVITE --as kim@demo.example\n", invite_note!()))]
    View {
        /// The invite id
        invite: String,
    },
    /// Accept an invite: the credited acceptance for this event
    #[command(after_help = concat!("Examples:\n  partnerctl invite accept INVITE --as kim@demo.example\n", invite_note!()))]
    Accept {
        /// The invite id
        invite: String,
    },
    /// Decline an invite
    #[command(after_help = concat!("Examples:\n  partnerctl invite decline INVITE --as kim@demo.example\n", invite_note!()))]
    Decline {
        /// The invite id
        invite: String,
    },
    /// Set attendance of an accepted invite
    #[command(after_help = concat!("Examples:\n  \
        partnerctl invite accept INVITE --as kim@demo.example\n  \
        partnerctl invite attendance INVITE confirmed\n", invite_note!()))]
    Attendance {
        /// The invite id
        invite: String,
        /// Whether the receiver came
        #[arg(value_parser = named::<Attendance>())]
        attendance: Attendance,
    },
    /// List invites
    #[command(after_help = "Examples:\n  \
        partnerctl invite list --event summer-jam --status accepted --limit 20\n  \
        partnerctl invite list --inviter partner:night-owls --limit 5\n  \
        partnerctl invite list --receiver kim@demo.example")]
    List {
        /// Invites to this event (slug or id)
        #[arg(long, add = complete::events())]
        event: Option<String>,
        /// Invites to this user (email or id)
        #[arg(long, value_name = "USER", add = complete::users())]
        receiver: Option<String>,
        /// Invites credited to user:USER or partner:PARTNER
        #[arg(long, value_name = "PRINCIPAL", add = complete::principals())]
        inviter: Option<String>,
        /// Only the invites in this state
        #[arg(long, value_parser = named::<InviteStatus>())]
        status: Option<InviteStatus>,
        #[command(flatten)]
        limit: Limit,
    },
    /// Show an invite
    #[command(after_help = concat!("Examples:\n  partnerctl invite show INVITE\n", invite_note!()))]
    Show {
        /// The invite id
        invite: String,
    },
    /// Expire the open invites of ended events
    #[command(after_help = "Examples:\n  partnerctl invite expire\n  partnerctl invite expire -q")]
    Expire,
    /// Import invites from CSV or JSONL; all or nothing
    #[command(after_help = IMPORT_HELP)]
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
                out.streaming::<Invite>(|stream| invite::list(ctx, query, &mut |i| stream.row(i)))
            }
            InviteCmd::Show { invite: id } => out.one(&invite::show(ctx, &id)?),
            InviteCmd::Expire => out.changed(|| invite::expire(ctx)),
            InviteCmd::Import { file, dry_run, create_missing_users, input_format } => {
                super::import::invites(env, file, input_format, dry_run, create_missing_users)
            }
        }
    }
}
