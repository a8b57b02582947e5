//! Effective limits (SPEC §1.7): the partner plan's override if it sets one,
//! else the tenant default.

use chrono::Duration;
use chrono_tz::Tz;

use crate::error::{Error, Kind, Result};
use crate::model::{InviterKind, LimitKey, LimitValue, Named, SettingKey};
use crate::store::Tx;
use crate::time::{self, Timestamp};

/// The tenant default of `key` (`None` = unlimited).
pub fn tenant_default(tx: &dyn Tx, tenant_id: &str, key: LimitKey) -> Result<LimitValue> {
    match tx.setting(tenant_id, SettingKey::Limit(key))? {
        None => Ok(key.tenant_default()),
        Some(None) => Ok(None),
        Some(Some(v)) => v
            .parse()
            .map(Some)
            .map_err(|_| Error::database(format!("setting {} has a malformed value {v:?}", key.as_str()))),
    }
}

/// The limit `key` in force for partners on `plan`.
pub fn effective(tx: &dyn Tx, tenant_id: &str, plan: &str, key: LimitKey) -> Result<LimitValue> {
    let plan = super::plan::find(tx, tenant_id, plan)?;
    match plan.overrides.iter().find(|(k, _)| *k == key) {
        Some((_, value)) => Ok(*value),
        None => tenant_default(tx, tenant_id, key),
    }
}

/// The structured `quota_exceeded` error (exit 6) of SPEC §2.7.
pub fn exceeded(key: LimitKey, allowed: i64, used: i64, resets_at: Option<Timestamp>) -> Error {
    let resets_at = resets_at.map(time::fmt);
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

/// Where a limit stands for one subject: SPEC §2.6's `allowed, used,
/// remaining, resets_at`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Usage {
    pub key: LimitKey,
    pub allowed: LimitValue,
    pub used: i64,
    pub remaining: Option<i64>,
    pub resets_at: Option<Timestamp>,
}

impl Usage {
    fn new(key: LimitKey, allowed: LimitValue, used: i64, resets_at: Option<Timestamp>) -> Usage {
        Usage { key, allowed, used, remaining: allowed.map(|a| (a - used).max(0)), resets_at }
    }

    /// `Err(quota_exceeded)` when one more use would exceed the limit.
    pub fn require_room(&self) -> Result<()> {
        match self.allowed {
            Some(allowed) if self.used >= allowed => Err(exceeded(self.key, allowed, self.used, self.resets_at)),
            _ => Ok(()),
        }
    }
}

/// What a limit is counted over. Only the fields the key needs are read.
#[derive(Debug, Clone, Default)]
pub struct Subject<'a> {
    /// The plan whose overrides apply (the partner's; `None` = tenant defaults).
    pub plan: Option<&'a str>,
    pub event_id: Option<&'a str>,
    pub event_ends_at: Option<Timestamp>,
    pub inviter: Option<(InviterKind, &'a str)>,
    pub issuer_id: Option<&'a str>,
    pub receiver_id: Option<&'a str>,
    pub partner_id: Option<&'a str>,
}

/// The limit `key` for `subject` at `now` in the tenant's timezone.
pub fn usage(tx: &dyn Tx, tenant_id: &str, tz: Tz, now: Timestamp, key: LimitKey, s: &Subject) -> Result<Usage> {
    let allowed = match s.plan {
        Some(plan) => effective(tx, tenant_id, plan, key)?,
        None => tenant_default(tx, tenant_id, key)?,
    };
    let missing = |what: &str| Error::internal(format!("limit {} needs {what}", key.as_str()));
    let (from, to) = time::local_day_bounds(now, tz)?;
    Ok(match key {
        LimitKey::InvitesPerEventPerInviter => {
            let (kind, id) = s.inviter.ok_or_else(|| missing("an inviter"))?;
            let event = s.event_id.ok_or_else(|| missing("an event"))?;
            let used = tx.count_event_inviter(event, kind, id)?;
            Usage::new(key, allowed, used, s.event_ends_at)
        }
        LimitKey::InvitesPerDayPerPartner => {
            let partner = s.partner_id.ok_or_else(|| missing("a partner"))?;
            let used = tx.count_principal_between(InviterKind::Partner, partner, from, to)?;
            Usage::new(key, allowed, used, Some(to))
        }
        LimitKey::InvitesPerDayPerUser => {
            let issuer = s.issuer_id.ok_or_else(|| missing("an issuing user"))?;
            let used = tx.count_issuer_between(issuer, from, to)?;
            Usage::new(key, allowed, used, Some(to))
        }
        LimitKey::PendingInvitesPerReceiver => {
            let receiver = s.receiver_id.ok_or_else(|| missing("a receiver"))?;
            Usage::new(key, allowed, tx.count_open_for_receiver(receiver)?, None)
        }
        LimitKey::InvitesToSameReceiverPer30d => {
            let (kind, id) = s.inviter.ok_or_else(|| missing("an inviter"))?;
            let receiver = s.receiver_id.ok_or_else(|| missing("a receiver"))?;
            let window = Duration::days(30);
            let counted = tx.principal_to_receiver_since(kind, id, receiver, time::add(now, -window)?)?;
            // The window frees a slot when its oldest counted invite turns 30 days old.
            let resets_at = counted.first().map(|oldest| time::add(*oldest, window)).transpose()?;
            Usage::new(key, allowed, counted.len() as i64, resets_at)
        }
        LimitKey::MembersPerPartner => {
            let partner = s.partner_id.ok_or_else(|| missing("a partner"))?;
            Usage::new(key, allowed, tx.count_seats(partner)?, None)
        }
    })
}
