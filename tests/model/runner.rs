//! The property: each step run on the model and on the services, outcomes
//! and state compared.

use super::*;

/// A step's outcome in comparable form.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    Changed { action: String, actor: String },
    Unchanged,
    Refused { code: String, limit_key: Option<String> },
}

impl Outcome {
    /// The coverage label of this outcome of `op`.
    pub fn label(&self, op: &Op) -> String {
        match self {
            Outcome::Changed { action, .. } => action.clone(),
            Outcome::Unchanged => format!("no-op: {}", op.kind()),
            Outcome::Refused { code, limit_key: Some(key) } => format!("{code}: {key}"),
            Outcome::Refused { code, limit_key: None } => code.clone(),
        }
    }
}

/// How the audit log names the actor.
pub fn audit_actor(actor: Actor) -> String {
    match actor {
        Actor::Operator => format!("operator:{OPERATOR}"),
        Actor::User(u) => USERS[u.0].email.to_string(),
    }
}

pub fn expected_outcome(rule: &Rule<Effect>, actor: Actor) -> Outcome {
    match rule {
        Ok(Effect::Changed(action)) => Outcome::Changed { action: action.to_string(), actor: audit_actor(actor) },
        Ok(Effect::Unchanged) => Outcome::Unchanged,
        Err(r) => Outcome::Refused { code: r.code.into(), limit_key: r.limit.map(|k| k.as_str().into()) },
    }
}

/// What the service did: its result and the audit rows it wrote.
pub fn observed_outcome(result: &Result<Option<String>, Error>, audit: &[(String, String)]) -> Result<Outcome, String> {
    match (result, audit) {
        (Ok(_), []) => Ok(Outcome::Unchanged),
        (Ok(_), [(action, actor)]) => Ok(Outcome::Changed { action: action.clone(), actor: actor.clone() }),
        (Err(e), []) => Ok(Outcome::Refused {
            code: e.code().into(),
            limit_key: e.details.get("limit_key").and_then(|v| v.as_str()).map(String::from),
        }),
        (Ok(_), rows) => Err(format!("succeeded with {} audit rows: {rows:?}", rows.len())),
        (Err(e), rows) => Err(format!("failed ({}: {}) yet wrote audit rows {rows:?}", e.code(), e.message)),
    }
}

/// Memberships every sequence starts from, made by real steps (and checked
/// like them): carol an active admin of blue-note (a managing non-owner),
/// alice an active analyst and dave an invited manager of red-door (whose
/// seats are then full).
pub fn prologue() -> Vec<Op> {
    let invite = |partner, user, role| Op::MemberInvite {
        by: Who::Operator,
        target: Target::Pair(P(partner), U(user)),
        role: Some(role),
        grant: None,
        expires_in: None,
        resend: false,
    };
    let accept = |partner, user| Op::MemberAccept { by: Who::Subject, target: Target::Pair(P(partner), U(user)) };
    vec![
        invite(0, 3, Role::Admin),
        accept(0, 3),
        invite(1, 1, Role::Analyst),
        accept(1, 1),
        invite(1, 4, Role::Manager),
    ]
}

/// Runs the prologue and one sequence against a fresh database and the
/// model; `reached` sees every step's outcome.
pub fn run_sequence(ops: &[Op], reached: &mut dyn FnMut(&Op, &Outcome)) -> Result<(), TestCaseError> {
    let sut = Sut::new();
    let mut model = Model::new();
    let prologue = prologue();
    for (n, op) in prologue.iter().chain(ops).enumerate() {
        let resolved = model.resolve(op);
        let invite_id = resolved.invite.map(|i| model.invites[i].id.clone());
        let now = model.now;
        let step = match n.checked_sub(prologue.len()) {
            Some(i) => format!("step {i}"),
            None => format!("prologue step {n}"),
        };
        let fail = |what: String| {
            TestCaseError::fail(format!("{step} at {} ({op:?}, resolved to {resolved:?}): {what}", stamp(now)))
        };
        let audit_before = sut.last_audit_id();
        let result = sut.run(op, &resolved, now, invite_id.as_deref());
        let observed = observed_outcome(&result, &sut.audit_since(audit_before)).map_err(fail)?;
        let new_id = result.as_ref().ok().cloned().flatten();
        let expected = expected_outcome(&model.apply(op, &resolved, new_id.as_deref()), resolved.actor);
        reached(op, &observed);
        if observed != expected {
            let message = result.err().map(|e| format!(" ({})", e.message)).unwrap_or_default();
            return Err(fail(format!("model {expected:?}, service {observed:?}{message}")));
        }
        check_state(&sut, &model).map_err(fail)?;
        // The metrics the stores answer from their maintained counters,
        // after every step (a step that moves no invite must move no counter).
        check_metrics(&sut, &model).map_err(fail)?;
        if let Some(id) = &new_id {
            check_send_limits(&sut, &model, id).map_err(fail)?;
        }
        let invited = matches!(&observed, Outcome::Changed { action, .. } if action == "member.invite");
        if let (true, Some((partner, _))) = (invited, resolved.membership) {
            let (allowed, seats) = (model.limit(LimitKey::MembersPerPartner, Some(partner)), sut.seats(partner));
            if allowed.is_some_and(|a| seats > a) {
                return Err(fail(format!("{seats} seats exceed the limit {allowed:?}")));
            }
        }
    }
    check_metrics(&sut, &model).map_err(|e| TestCaseError::fail(format!("after the sequence: {e}")))?;
    let ctx = sut.ctx(model.now, Actor::Operator);
    service::db::check(&ctx).map_err(|e| TestCaseError::fail(format!("db check after the sequence: {}", e.message)))?;
    Ok(())
}

/// The stored data equals the model's, and the invariants hold.
pub fn check_state(sut: &Sut, model: &Model) -> Result<(), String> {
    same_rows("memberships", &sut.member_rows(), &model.member_rows())?;
    same_rows("invites", &sut.invite_rows(), &model.invite_rows())?;
    same_rows("partners' archived flags", &sut.partners_archived(), &model.archived)?;
    let counters = |all: BTreeMap<_, _>| all.into_iter().collect::<Vec<_>>();
    same_rows("metrics counters", &counters(sut.counters()), &counters(model.counters()))?;
    let problems = sut.invariant_violations();
    if !problems.is_empty() {
        return Err(format!("invariants broken: {problems:?}"));
    }
    Ok(())
}
