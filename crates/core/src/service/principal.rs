//! Inviter principals on the command line: `user:USER` or `partner:PARTNER`
//! (SPEC §2.1).

use super::{partner, user, Scope};
use crate::error::{Error, Result};
use crate::model::InviterKind;
use crate::store::Tx;

/// Resolves a principal filter to its stored `(inviter_kind, inviter_id)`;
/// a malformed reference is `invalid_input`, an unknown partner `not_found`,
/// an unknown user as in `user::filter` (`None`: matches nothing).
pub fn filter(tx: &dyn Tx, scope: &Scope, reference: &str) -> Result<Option<(InviterKind, String)>> {
    match reference.split_once(':') {
        Some(("user", r)) if !r.is_empty() => Ok(user::filter(tx, scope, r)?.map(|id| (InviterKind::User, id))),
        Some(("partner", r)) if !r.is_empty() => Ok(Some((InviterKind::Partner, partner::find(tx, scope, r)?.id))),
        _ => Err(Error::invalid_input(format!(
            "invalid principal {reference:?}: expected user:USER (email or id) or partner:PARTNER (slug or id)"
        ))),
    }
}
