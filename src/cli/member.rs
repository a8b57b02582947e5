use clap::Subcommand;

use super::{named, Env};
use crate::error::{Error, Result};
use crate::model::{Flag, MemberStatus, Role};

#[derive(Debug, Subcommand)]
pub enum MemberCmd {
    /// Invite a user to a partner; prints the one-time invite code
    Invite {
        partner: String,
        user: String,
        #[arg(long, value_parser = named::<Role>(), default_value = "staff")]
        role: Role,
        #[arg(long, value_name = "FLAG", value_parser = named::<Flag>())]
        grant: Vec<Flag>,
        #[arg(long, value_name = "FLAG", value_parser = named::<Flag>())]
        revoke: Vec<Flag>,
        /// Invitation lifetime, e.g. 48h, 7d (default: tenant member_invitation_ttl)
        #[arg(long, value_name = "DUR")]
        expires_in: Option<String>,
        /// Re-send a pending or expired invitation with a new code and expiry
        #[arg(long)]
        resend: bool,
    },
    /// Accept an invitation (as the invited user, or on its behalf)
    Accept {
        #[arg(required_unless_present = "code", conflicts_with = "code")]
        partner: Option<String>,
        user: Option<String>,
        /// The one-time invite code
        #[arg(long)]
        code: Option<String>,
    },
    /// Decline an invitation
    Decline { partner: String, user: Option<String> },
    /// Change a member's role (flags reset to the role's defaults unless --keep-perms)
    SetRole {
        partner: String,
        user: String,
        #[arg(value_parser = named::<Role>())]
        role: Role,
        #[arg(long)]
        keep_perms: bool,
    },
    /// Grant or revoke permission flags
    SetPerms {
        partner: String,
        user: String,
        #[arg(long, value_name = "FLAG", value_parser = named::<Flag>())]
        grant: Vec<Flag>,
        #[arg(long, value_name = "FLAG", value_parser = named::<Flag>())]
        revoke: Vec<Flag>,
    },
    /// Suspend an active member (keeps the seat, confers no permission)
    Suspend { partner: String, user: String },
    /// Reactivate a suspended member
    Reactivate { partner: String, user: String },
    /// Remove a membership (or revoke an invitation)
    Remove { partner: String, user: String },
    /// List a partner's members
    List {
        partner: String,
        #[arg(long, value_parser = named::<MemberStatus>())]
        status: Option<MemberStatus>,
    },
}

impl MemberCmd {
    pub fn run(self, _env: &Env) -> Result<()> {
        Err(Error::internal("member commands are not implemented yet"))
    }
}
