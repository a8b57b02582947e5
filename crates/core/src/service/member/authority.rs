//! Who may change which membership: SPEC §1.8 plus the §1.4 guards that are
//! permissions (only owners make or change owners; no granting of flags the
//! actor lacks). Denials are `permission_denied` (exit 4) naming what is
//! missing: a flag, `owner`, or `landlord`.

use crate::error::{Error, Result};
use crate::model::{Flag, Membership, Partner, Permission, Perms, Role};
use crate::service::{access, Scope};
use crate::store::Tx;

/// The actor's standing on one partner's memberships, once it may manage them.
pub enum Authority {
    /// Operator or landlord: no escalation limits.
    Full,
    /// An active member with `can_manage_members`.
    Member(Box<Membership>),
}

impl Authority {
    /// Requires `can_manage_members` on `partner` (or operator/landlord).
    pub fn to_manage(tx: &dyn Tx, scope: &Scope, partner: &Partner) -> Result<Authority> {
        let decision = access::partner_flag(tx, scope, partner, Flag::CanManageMembers)?;
        Ok(match decision.require()? {
            None => Authority::Full,
            Some(m) => Authority::Member(Box::new(m)),
        })
    }

    /// Only an owner makes or changes an owner: admins cannot change, suspend
    /// or remove owners. `involves_owner` says whether this change does.
    pub fn require_owner_if(&self, involves_owner: bool, action: &str) -> Result<()> {
        match self {
            Authority::Member(m) if involves_owner && m.role != Role::Owner => Err(Error::permission_denied(
                Permission::OWNER,
                format!(
                    "permission denied: only an owner can {action}; {}'s role in {} is {}",
                    m.user_email, m.partner_slug, m.role
                ),
            )),
            _ => Ok(()),
        }
    }

    /// No escalation: every flag `after` adds to `before` must be one the
    /// actor holds itself.
    pub fn require_grantable(&self, before: Perms, after: Perms) -> Result<()> {
        let Authority::Member(m) = self else { return Ok(()) };
        let held = m.perms();
        match after.flags().find(|f| !before.has(*f) && !held.has(*f)) {
            None => Ok(()),
            Some(flag) => Err(Error::permission_denied(
                Permission::from(flag),
                format!(
                    "permission denied: {} ({} of {}) lacks {flag}, so cannot grant it",
                    m.user_email, m.role, m.partner_slug
                ),
            )),
        }
    }
}

/// Accepting or declining an invitation: the invited user itself
/// (`is_invitee`), or the operator or a landlord on behalf of `invitee`.
pub fn require_invitee(scope: &Scope, is_invitee: bool, invitee: &str, action: &str) -> Result<()> {
    if !is_invitee {
        access::landlord(scope, &format!("{action} for {invitee}")).require()?;
    }
    Ok(())
}
