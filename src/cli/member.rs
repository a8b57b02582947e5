use clap::Subcommand;

use super::{complete, confirm, named, Env, Limit};
use crate::error::Result;
use crate::model::{Flag, MemberStatus, Membership, Role};
use crate::service::member::{self, Answer, Invitation, RoleChange};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  \
    partnerctl member list blue-note\n  \
    partnerctl member invite blue-note kim@demo.example --role staff\n  \
    partnerctl member set-perms blue-note sam@demo.example --grant can_invite")]
pub enum MemberCmd {
    /// Invite a user to a partner; prints the one-time invite code
    #[command(after_help = "Examples:\n  \
        partnerctl member invite blue-note kim@demo.example --role staff\n  \
        partnerctl member invite night-owls alex@demo.example --role analyst \\\n      \
        --grant can_invite -q")]
    Invite {
        /// The partner (slug or id)
        #[arg(add = complete::partners())]
        partner: String,
        /// The invited user (email or id)
        #[arg(add = complete::users())]
        user: String,
        /// Role [default: staff; with --resend: the invitation's current role]
        #[arg(long, value_parser = named::<Role>())]
        role: Option<Role>,
        /// Also grant this flag, beyond the role's defaults (repeatable)
        #[arg(long, value_name = "FLAG", value_parser = named::<Flag>())]
        grant: Vec<Flag>,
        /// Withhold this flag of the role's defaults (repeatable)
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
    #[command(after_help = "Examples:\n  \
        partnerctl member accept blue-note ivy@demo.example\n  \
        partnerctl member accept --code CODE --as kim@demo.example\n\
        (CODE: the invite_code that `member invite` printed)")]
    Accept {
        /// The partner (slug or id) of the invitation, unless --code
        #[arg(required_unless_present = "code", conflicts_with = "code", add = complete::partners())]
        partner: Option<String>,
        /// The invited user (email or id) [default: the --as user]
        #[arg(add = complete::users())]
        user: Option<String>,
        /// The one-time invite code
        #[arg(long)]
        code: Option<String>,
    },
    /// Decline an invitation
    #[command(after_help = "Examples:\n  partnerctl member decline blue-note --as ivy@demo.example")]
    Decline {
        /// The partner (slug or id) of the invitation
        #[arg(add = complete::partners())]
        partner: String,
        /// The invited user (email or id) [default: the --as user]
        #[arg(add = complete::users())]
        user: Option<String>,
    },
    /// Change a member's role (flags reset to the role's defaults unless --keep-perms)
    #[command(after_help = "Examples:\n  \
        partnerctl member set-role blue-note sam@demo.example manager\n  \
        partnerctl member set-role blue-note anna@demo.example staff --keep-perms")]
    SetRole {
        /// The partner (slug or id)
        #[arg(add = complete::partners())]
        partner: String,
        /// The member (email or id)
        #[arg(add = complete::users())]
        user: String,
        /// The new role
        #[arg(value_parser = named::<Role>())]
        role: Role,
        /// Keep the flags as they are instead of the new role's defaults
        #[arg(long)]
        keep_perms: bool,
    },
    /// Grant or revoke permission flags
    #[command(after_help = "Examples:\n  \
        partnerctl member set-perms blue-note sam@demo.example --grant can_invite\n  \
        partnerctl member set-perms blue-note maya@demo.example \\\n      \
        --revoke can_view_metrics")]
    SetPerms {
        /// The partner (slug or id)
        #[arg(add = complete::partners())]
        partner: String,
        /// The member (email or id)
        #[arg(add = complete::users())]
        user: String,
        /// Grant this flag (repeatable)
        #[arg(long, value_name = "FLAG", value_parser = named::<Flag>())]
        grant: Vec<Flag>,
        /// Revoke this flag (repeatable)
        #[arg(long, value_name = "FLAG", value_parser = named::<Flag>())]
        revoke: Vec<Flag>,
    },
    /// Suspend an active member (keeps the seat, confers no permission)
    #[command(after_help = "Examples:\n  partnerctl member suspend blue-note sam@demo.example")]
    Suspend {
        /// The partner (slug or id)
        #[arg(add = complete::partners())]
        partner: String,
        /// The member (email or id)
        #[arg(add = complete::users())]
        user: String,
    },
    /// Reactivate a suspended member
    #[command(after_help = "Examples:\n  partnerctl member reactivate blue-note sven@demo.example")]
    Reactivate {
        /// The partner (slug or id)
        #[arg(add = complete::partners())]
        partner: String,
        /// The member (email or id)
        #[arg(add = complete::users())]
        user: String,
    },
    /// Remove a membership (or revoke an invitation)
    #[command(after_help = "Examples:\n  \
        partnerctl member remove blue-note sam@demo.example --yes\n  \
        partnerctl member remove blue-note ivy@demo.example --yes")]
    Remove {
        /// The partner (slug or id)
        #[arg(add = complete::partners())]
        partner: String,
        /// The member or invited user (email or id)
        #[arg(add = complete::users())]
        user: String,
    },
    /// List a partner's members
    #[command(after_help = "Examples:\n  \
        partnerctl member list blue-note\n  \
        partnerctl member list blue-note --status invited --wide")]
    List {
        /// The partner (slug or id)
        #[arg(add = complete::partners())]
        partner: String,
        /// Only the members in this state
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
