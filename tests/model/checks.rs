//! Checks against the real metrics service and the stored limit counts.

use super::*;

/// Who a metrics row is about: an inviter principal or an issuing user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grouped {
    Inviter(Principal),
    Issuer(U),
}

/// `metrics event --by inviter` and `--by issuer` of every event, through the
/// real metrics service as the operator: every row's counters, the totals
/// and the acceptance rates equal the model's.
pub fn check_metrics(sut: &Sut, model: &Model) -> Result<(), String> {
    let ctx = sut.ctx(model.now, Actor::Operator);
    let per_event = model.counters_by(|i| i.event);
    for by in [GroupBy::Inviter, GroupBy::Issuer] {
        let modelled = match by {
            GroupBy::Inviter => model.counters_by(|i| (i.event, Grouped::Inviter(i.inviter))),
            GroupBy::Issuer => model.counters_by(|i| (i.event, Grouped::Issuer(i.issuer))),
        };
        let (mut rows, mut totals, mut modelled_totals) = (Vec::new(), Vec::new(), Vec::new());
        for (e, event_id) in sut.event_ids.iter().enumerate() {
            let query = EventQuery { event: event_id.clone(), by, since: None, until: None, sort: None };
            let metrics = metrics::event(&ctx, query)
                .map_err(|err| format!("metrics event {:?} --by {by}: {}", E(e), err.message))?;
            for row in &metrics.rows {
                let who = match row {
                    GroupRow::Inviter { inviter_kind, inviter_id, .. } => {
                        Grouped::Inviter(sut.principal(inviter_kind.as_str(), inviter_id))
                    }
                    GroupRow::Issuer { issuer_id, .. } => Grouped::Issuer(U(index_of(&sut.user_ids, issuer_id))),
                };
                rows.push(((E(e), who), reported_counters(row.funnel())?));
            }
            totals.push(reported_counters(&metrics.totals)?);
            modelled_totals.push(per_event.get(&E(e)).copied().unwrap_or_default());
        }
        rows.sort_by_key(|(key, _)| *key);
        same_rows(&format!("metrics --by {by} rows"), &rows, &modelled.into_iter().collect::<Vec<_>>())?;
        same_rows(&format!("metrics --by {by} totals"), &totals, &modelled_totals)?;
    }
    check_event_and_partner_metrics(sut, model, &ctx)
}

/// The per-event and per-partner sums (`metrics events`, `metrics partner`,
/// `metrics leaderboard` by inviter and by issuer over a partner's events),
/// which the stores read from their counters: each equals the model's count
/// of the invites.
fn check_event_and_partner_metrics(sut: &Sut, model: &Model, ctx: &Ctx) -> Result<(), String> {
    let per_event = model.counters_by(|i| i.event);
    let event_of = |id: &str| E(index_of(&sut.event_ids, id));
    let events = metrics::events(ctx, EventsQuery { since: None, until: None, sort: None, limit: None })
        .map_err(|err| format!("metrics events: {}", err.message))?;
    let mut stored = events
        .iter()
        .map(|r| Ok((event_of(&r.event_id), reported_counters(&r.funnel)?)))
        .collect::<Result<Vec<_>, String>>()?;
    stored.sort_by_key(|(e, _)| *e);
    let all_events = (0..sut.event_ids.len()).map(|e| (E(e), per_event.get(&E(e)).copied().unwrap_or_default()));
    same_rows("metrics events rows", &stored, &all_events.collect::<Vec<_>>())?;
    for (p, partner_id) in sut.partner_ids.iter().enumerate() {
        let managed = |e: E| Model::managing_partners(e).any(|m| m == P(p));
        let partner = metrics::partner(ctx, partner_id, None, None)
            .map_err(|err| format!("metrics partner {:?}: {}", P(p), err.message))?;
        let mut stored = partner
            .rows
            .iter()
            .map(|r| Ok((event_of(&r.event_id), reported_counters(&r.funnel)?)))
            .collect::<Result<Vec<_>, String>>()?;
        stored.sort_by_key(|(e, _)| *e);
        let modelled = (0..sut.event_ids.len()).map(E).filter(|e| managed(*e));
        let modelled: Vec<_> = modelled.map(|e| (e, per_event.get(&e).copied().unwrap_or_default())).collect();
        same_rows(&format!("metrics partner {:?} rows", P(p)), &stored, &modelled)?;
        for by in [GroupBy::Inviter, GroupBy::Issuer] {
            let board = LeaderboardQuery {
                partner: partner_id.clone(),
                event: None,
                by,
                top: u32::MAX,
                since: None,
                until: None,
            };
            let board = metrics::leaderboard(ctx, board)
                .map_err(|err| format!("metrics leaderboard {:?} --by {by}: {}", P(p), err.message))?;
            let mut stored = Vec::new();
            for row in &board {
                let who = match &row.row {
                    GroupRow::Inviter { inviter_kind, inviter_id, .. } => {
                        Grouped::Inviter(sut.principal(inviter_kind.as_str(), inviter_id))
                    }
                    GroupRow::Issuer { issuer_id, .. } => Grouped::Issuer(U(index_of(&sut.user_ids, issuer_id))),
                };
                stored.push((who, reported_counters(row.row.funnel())?));
            }
            stored.sort_by_key(|(who, _)| *who);
            let mut modelled = BTreeMap::<Grouped, Counters>::new();
            let grouped = |i: &InviteM| match by {
                GroupBy::Inviter => Grouped::Inviter(i.inviter),
                GroupBy::Issuer => Grouped::Issuer(i.issuer),
            };
            for ((e, who), c) in model.counters_by(|i| (i.event, grouped(i))) {
                if managed(e) {
                    *modelled.entry(who).or_default() += c;
                }
            }
            let name = format!("metrics leaderboard {:?} --by {by} rows", P(p));
            same_rows(&name, &stored, &modelled.into_iter().collect::<Vec<_>>())?;
        }
    }
    Ok(())
}

/// The counters of a reported funnel, once its acceptance rate is
/// accepted / sent rounded to 4 decimals (0 when nothing was sent).
pub fn reported_counters(funnel: &Funnel) -> Result<Counters, String> {
    let c = funnel.counts;
    let rate = if c.sent == 0 { 0.0 } else { (c.accepted as f64 / c.sent as f64 * 1e4).round() / 1e4 };
    if funnel.acceptance_rate.0 != rate {
        return Err(format!("acceptance_rate {} for {c:?}, expected {rate}", funnel.acceptance_rate.0));
    }
    Ok(Counters {
        sent: c.sent,
        viewed: c.viewed,
        accepted: c.accepted,
        declined: c.declined,
        closed_duplicate: c.closed_duplicate,
        open: c.open,
        expired: c.expired,
        attended: c.attended,
    })
}

/// Both sides hold the same rows; otherwise the rows only one side has.
pub fn same_rows<T: fmt::Debug + PartialEq>(what: &str, stored: &[T], modelled: &[T]) -> Result<(), String> {
    if stored == modelled {
        return Ok(());
    }
    let only = |a: &[T], b: &[T]| {
        a.iter().filter(|row| !b.contains(row)).map(|row| format!("\n    {row:?}")).collect::<String>()
    };
    Err(format!(
        "{what} differ\n  only stored:{}\n  only in the model:{}",
        only(stored, modelled),
        only(modelled, stored)
    ))
}

/// After a send: each limit's count (SQL over the file) equals the model's
/// and is within the limit in force (partner plan or tenant default).
pub fn check_send_limits(sut: &Sut, model: &Model, id: &str) -> Result<(), String> {
    let invite = model.invites.iter().find(|i| i.id == id).ok_or("the sent invite is not in the model")?;
    let stored = sut.send_counts(id, model.now);
    let modelled = model.send_counts(invite.event, invite.receiver, invite.inviter, invite.issuer);
    if stored != modelled {
        return Err(format!("limit counts differ: stored {stored:?}, model {modelled:?}"));
    }
    let on_behalf_of = invite.inviter.partner();
    for (key, used) in stored {
        if key == LimitKey::InvitesPerDayPerPartner && on_behalf_of.is_none() {
            continue;
        }
        if let Some(allowed) = model.limit(key, on_behalf_of) {
            if used > allowed {
                let (kind, inviter) = sut.principal_key(invite.inviter);
                return Err(format!(
                    "{} is {used} after the send (allowed {allowed}) for {kind}:{inviter}",
                    key.as_str()
                ));
            }
        }
    }
    Ok(())
}
