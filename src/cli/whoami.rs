use super::Env;
use crate::error::Result;
use crate::service::whoami;

/// `whoami`: in JSON the memberships are objects; in CSV and the table one
/// cell of `slug:role` joined by `;` (SPEC §2.5).
pub fn run(env: &Env) -> Result<()> {
    let identity = whoami::whoami(&env.ctx)?;
    if env.out.format.is_json() {
        return env.out.one(&identity);
    }
    let held: Vec<String> = identity.memberships.iter().map(|m| format!("{}:{}", m.partner_slug, m.role)).collect();
    let mut record = serde_json::to_value(&identity)?;
    record["memberships"] = held.join(";").into();
    env.out.one(&record)
}
