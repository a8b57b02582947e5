use clap::Subcommand;

use super::{confirm, named, Env, Limit};
use crate::error::Result;
use crate::model::{Flag, MemberStatus, Membership, Role};
use crate::service::member::{self, Answer, Invitation, RoleChange};

#[derive(Debug, Subcommand)]
pub enum MemberCmd {
    /// Invite a user to a partner; prints the one-time invite code
    #[command(
        after_help = "Examples:\n  partnerctl member invite blue-note kim@demo.example --role staff\n  partnerctl member invite night-owls alex@demo.example --role analyst --grant can_invite -q"
    )]
    Invite {
        partner: String,
        user: String,
        /// Role [default: staff; with --resend: the invitation's current role]
        #[arg(long, value_parser = named::<Role>())]
        role: Option<Role>,
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
    #[command(
        after_help = "Examples:\n  partnerctl member list blue-note\n  partnerctl member list blue-note --status invited --wide"
    )]
    List {
        partner: String,
        #[arg(long, value_parser = named::<MemberStatus>())]
        status: Option<MemberStatus>,
        #[command(flatten)]
        limit: Limit,
    },
}

impl MemberCmd {
    pub fn run(self, env: &Env) -> Result<()> {
        let (ctx, out) = (&env.ctx, &env.out);
        match self {
            MemberCmd::Invite { partner, user, role, grant, revoke, expires_in, resend } => {
                // The one-time code is the answer of `-q`: it cannot be shown again.
                let shape = Membership { invite_code: Some(String::new()), ..Membership::default() };
                out.quiet_field("invite_code").changed_like(&shape, || {
                    member::invite(ctx, Invitation { partner, user, role, grant, revoke, expires_in, resend })
                })
            }
            MemberCmd::Accept { partner, user, code } => {
                let answer = match (code, partner) {
                    (Some(code), _) => Answer::Code(code),
                    (None, Some(partner)) => Answer::Membership { partner, user },
                    (None, None) => unreachable!("clap requires PARTNER or --code"),
                };
                out.changed(|| member::accept(ctx, answer))
            }
            MemberCmd::Decline { partner, user } => {
                out.changed(|| member::decline(ctx, Answer::Membership { partner, user }))
            }
            MemberCmd::SetRole { partner, user, role, keep_perms } => out.changed(|| {
                let change = member::set_role_with_flag_changes(ctx, &partner, &user, role, keep_perms)?;
                if let Some(note) = flag_note(&change, role) {
                    out.message(&note);
                }
                Ok(change.membership)
            }),
            MemberCmd::SetPerms { partner, user, grant, revoke } => {
                out.changed(|| member::set_perms(ctx, &partner, &user, &grant, &revoke))
            }
            MemberCmd::Suspend { partner, user } => out.changed(|| member::suspend(ctx, &partner, &user)),
            MemberCmd::Reactivate { partner, user } => out.changed(|| member::reactivate(ctx, &partner, &user)),
            MemberCmd::Remove { partner, user } => out.changed(|| {
                let doomed = member::check_remove(ctx, &partner, &user)?;
                confirm::destructive(env, &format!("Remove {} from {}?", doomed.user_email, doomed.partner_slug))?;
                member::remove(ctx, &partner, &user)
            }),
            MemberCmd::List { partner, status, limit } => out.many(&limit.first(member::list(ctx, &partner, status)?)),
        }
    }
}

/// What `set-role` did to the flags, for stderr; `None` when none changed
/// (so a role change that re-grants a revoked flag is never silent).
fn flag_note(change: &RoleChange, role: Role) -> Option<String> {
    let names = |flags: &[Flag]| flags.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    let mut changes = Vec::new();
    if !change.granted.is_empty() {
        changes.push(format!("granted {}", names(&change.granted)));
    }
    if !change.revoked.is_empty() {
        changes.push(format!("revoked {}", names(&change.revoked)));
    }
    if changes.is_empty() {
        return None;
    }
    let changes = changes.join("; ");
    Some(match role {
        Role::Owner => format!("note: an owner holds every flag: {changes}"),
        _ => format!("note: flags reset to the {role} defaults: {changes} (--keep-perms keeps the flags as they are)"),
    })
}
