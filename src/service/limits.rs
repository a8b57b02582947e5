//! Effective limits (SPEC §1.7): the partner plan's override if it sets one,
//! else the tenant default.

use crate::error::{Error, Kind, Result};
use crate::model::{LimitKey, LimitValue, Named};
use crate::store::Tx;

/// The tenant default of `key` (`None` = unlimited).
pub fn tenant_default(tx: &dyn Tx, tenant_id: &str, key: LimitKey) -> Result<LimitValue> {
    let stored = tx.settings(tenant_id)?.into_iter().find(|(k, _)| k == key.as_str());
    match stored {
        None => Ok(key.tenant_default()),
        Some((_, None)) => Ok(None),
        Some((_, Some(v))) => v
            .parse()
            .map(Some)
            .map_err(|_| Error::database(format!("setting {} has a malformed value {v:?}", key.as_str()))),
    }
}

/// The limit `key` in force for partners on `plan`.
pub fn effective(tx: &dyn Tx, tenant_id: &str, plan: &str, key: LimitKey) -> Result<LimitValue> {
    let plan = tx.find_plan(tenant_id, plan)?.ok_or_else(|| Error::not_found("plan", plan))?;
    match plan.overrides.iter().find(|(k, _)| *k == key) {
        Some((_, value)) => Ok(*value),
        None => tenant_default(tx, tenant_id, key),
    }
}

/// The structured `quota_exceeded` error (exit 6) of SPEC §2.7.
pub fn exceeded(key: LimitKey, allowed: i64, used: i64, resets_at: Option<String>) -> Error {
    let when = resets_at
        .as_deref()
        .map(|t| format!("; resets at {t}"))
        .unwrap_or_else(|| "; freed by responses or removals, not by time".into());
    Error::new(
        Kind::QuotaExceeded,
        format!("quota exceeded: {} ({}) allows {allowed}, {used} used{when}", key.as_str(), key.scope()),
    )
    .detail("limit_key", key.as_str())
    .detail("scope", key.scope())
    .detail("allowed", allowed)
    .detail("used", used)
    .detail("remaining", (allowed - used).max(0))
    .detail("resets_at", resets_at)
}
