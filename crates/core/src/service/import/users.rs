//! `user import FILE`: columns `email, display_name[, id][, landlord]`.
//! Users identical to existing ones are skipped, so re-running an import is
//! a no-op; any other clash is a line error.

use super::{each_row, finish, line_error, parse_bool, Column, ImportSummary, RowFail, RowOutcome, RowSource};
use crate::error::{Constraint, Kind, Result};
use crate::model::AuditAction;
use crate::service::user::{prepare, NewUser};
use crate::service::{access, normalize_email, validate_text, Ctx, Scope};
use crate::store::Tx;
use crate::time::Timestamp;

const EMAIL: usize = 0;
const DISPLAY_NAME: usize = 1;
const ID: usize = 2;
const LANDLORD: usize = 3;
/// Also the columns `user list --format csv` prints: an export imports as it is.
pub const COLUMNS: &[Column] = &[
    Column::required("email"),
    Column::required("display_name"),
    Column::optional("id"),
    Column::optional("landlord"),
    Column::display_only("created_at"),
];

pub fn import(ctx: &Ctx, rows: &mut dyn RowSource, dry_run: bool, progress: &dyn Fn(u64)) -> Result<ImportSummary> {
    ctx.write(|tx, scope| {
        access::landlord(scope, "user import").require()?;
        rows.start(COLUMNS)?;
        tx.begin_import()?;
        let mut summary = each_row(rows, progress, |row| import_row(tx, scope, ctx.now, row))?;
        summary.dry_run = dry_run;
        finish(tx, AuditAction::UserImport, &rows.name(), summary)
    })
}

fn import_row(
    tx: &dyn Tx,
    scope: &Scope,
    now: Timestamp,
    row: &dyn RowSource,
) -> std::result::Result<RowOutcome, RowFail> {
    let email = normalize_email(row.get(EMAIL).unwrap_or_default())?;
    let display_name = validate_text("display name", row.get(DISPLAY_NAME).unwrap_or_default())?;
    let landlord = row.get(LANDLORD).map(|v| parse_bool("landlord", v)).transpose()?.unwrap_or(false);
    let id = row.get(ID);
    let input =
        NewUser { email: email.clone(), display_name: display_name.clone(), landlord, id: id.map(String::from) };
    let conflict = match prepare(tx, scope, input, now) {
        Ok(user) => {
            tx.insert_user(&scope.tenant.id, &user)?;
            return Ok(RowOutcome::Imported);
        }
        Err(e) if matches!(e.kind, Kind::Conflict(Constraint::Id | Constraint::UserEmail)) => e,
        Err(e) => return Err(e.into()),
    };
    // The email or the id exists: identical to what is stored → skip.
    let Some(existing) = tx.find_user_by_email(&scope.tenant.id, &email)? else {
        return Err(conflict.into());
    };
    if tx.user_imported(&existing.id)? {
        return line_error(format!("duplicate email {email}: an earlier line of this file has it"));
    }
    let differing: Vec<&str> = [
        ("id", id.is_some_and(|id| id != existing.id)),
        ("display_name", display_name != existing.display_name),
        ("landlord", landlord != existing.landlord),
    ]
    .into_iter()
    .filter_map(|(field, differs)| differs.then_some(field))
    .collect();
    if differing.is_empty() {
        Ok(RowOutcome::Skipped)
    } else {
        line_error(format!("user {email} already exists with a different {}", differing.join(", ")))
    }
}
