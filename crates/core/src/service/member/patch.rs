//! Several changes to one membership as one request (the HTTP API's
//! `PATCH …/members/{user}`): the use cases of `member set-role`,
//! `set-perms`, `suspend` and `reactivate`, in that order, in one
//! transaction, each checked and audited as on its own.

use super::{reactivate, set_perms, set_role, suspend};
use crate::error::{Error, Result};
use crate::model::{Flag, MemberStatus, Membership, Role};
use crate::service::Ctx;

#[derive(Debug, Clone, Default)]
pub struct MemberPatch {
    pub role: Option<Role>,
    /// With `role`: keep the flags instead of the role's defaults.
    pub keep_perms: bool,
    pub grant: Vec<Flag>,
    pub revoke: Vec<Flag>,
    /// `active` (reactivate) or `suspended` (suspend).
    pub status: Option<MemberStatus>,
}

/// Applies `patch` to the membership of `user` in `partner`; any refusal
/// rolls every part back. Returns the membership as it ends up.
pub fn apply(ctx: &Ctx, partner: &str, user: &str, patch: MemberPatch) -> Result<Membership> {
    if patch.keep_perms && patch.role.is_none() {
        return Err(Error::usage("keep_perms applies to a role change: give role too"));
    }
    if patch.status == Some(MemberStatus::Invited) {
        return Err(Error::invalid_input("invalid status \"invited\": expected active or suspended"));
    }
    let has_perms = !patch.grant.is_empty() || !patch.revoke.is_empty();
    if patch.role.is_none() && !has_perms && patch.status.is_none() {
        return Err(Error::usage("nothing to change: give role, grant, revoke or status"));
    }
    let command = ctx.store.command()?;
    let mut last = None;
    if let Some(role) = patch.role {
        last = Some(set_role(ctx, partner, user, role, patch.keep_perms)?);
    }
    if has_perms {
        last = Some(set_perms(ctx, partner, user, &patch.grant, &patch.revoke)?);
    }
    last = match patch.status {
        Some(MemberStatus::Suspended) => Some(suspend(ctx, partner, user)?),
        Some(_) => Some(reactivate(ctx, partner, user)?),
        None => last,
    };
    command.commit()?;
    last.ok_or_else(|| Error::internal("a member patch changed nothing"))
}
