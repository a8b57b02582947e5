//! `access check PERMISSION (--partner P | --event E)`: a permission
//! decision explained (SPEC §1.8), as a use case of its own.

use super::access::{self, Decision};
use super::{event, partner, Ctx};
use crate::error::Result;
use crate::model::Flag;

/// The input of `access check`.
pub enum CheckTarget {
    Partner(String),
    Event(String),
}

/// `access check PERMISSION (--partner P | --event E)`: the decision, for
/// the actor of `ctx`. Callers map `allowed = false` to exit 4.
pub fn check(ctx: &Ctx, flag: Flag, target: CheckTarget) -> Result<Decision> {
    ctx.read(|tx, scope| match &target {
        CheckTarget::Partner(reference) => {
            let partner = partner::find(tx, scope, reference)?;
            access::partner_flag(tx, scope, &partner, flag)
        }
        CheckTarget::Event(reference) => {
            let event = event::find(tx, scope, reference)?;
            access::event_flag(tx, scope, &event, flag)
        }
    })
}
