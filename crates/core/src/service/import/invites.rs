//! `invite import FILE`: invite history exported from the platform
//! (SPEC §2.8). Every row is checked against the enums, the status/time
//! consistency of §1.6 and rules 1, 2 and 5; limits do not apply to history.
//!
//! Speed: references resolve through small caches (one lookup per distinct
//! event and partner; users as `user_refs` reads them), each row is
//! inserted at once, and the unique indexes find duplicates against the
//! file and the database alike.

use std::collections::HashMap;
use std::rc::Rc;

use chrono_tz::Tz;

use super::user_refs::UserRefs;
use super::{
    each_chunk, finish, line_error, parse_bool, ChunkWriter, Column, ImportSummary, Prepared, RowFail, RowOutcome,
    RowSource,
};
use crate::error::{Constraint, Error, Result};
use crate::model::{Attendance, AuditAction, Channel, Invite, InviteStatus, InviterKind, Named};
use crate::service::user::{prepare, NewUser};
use crate::service::{access, new_id, Ctx, Scope};
use crate::store::{Collision, ExistingInvite, ImportedInvite, InviteKey, Tx};
use crate::time::{self, Timestamp};

const ID: usize = 0;
const EVENT: usize = 1;
const RECEIVER: usize = 2;
const INVITER_KIND: usize = 3;
const INVITER: usize = 4;
const ISSUED_BY: usize = 5;
const STATUS: usize = 6;
const CREDITED: usize = 7;
const ATTENDANCE: usize = 8;
const CHANNEL: usize = 9;
const CREATED_AT: usize = 10;
const VIEWED_AT: usize = 11;
const RESPONDED_AT: usize = 12;
/// The import's own names, or those of the invite record `invite list
/// --format csv` prints (SPEC §2.8), so that an export imports as it is.
/// Where the record has both, the slug or email is read: it names the same
/// record in another database of the same setup, where ids differ.
pub const COLUMNS: &[Column] = &[
    Column::optional("id"),
    Column::required("event").or_named(&["event_slug", "event_id"]),
    Column::required("receiver").or_named(&["receiver_email", "receiver_id"]),
    Column::required("inviter_kind"),
    Column::required("inviter").or_named(&["inviter_id"]),
    Column::required("issued_by").or_named(&["issued_by_email", "issued_by_user_id"]),
    Column::required("status"),
    Column::optional("credited_acceptance"),
    Column::optional("attendance"),
    Column::optional("channel"),
    Column::required("created_at"),
    Column::optional("viewed_at"),
    Column::optional("responded_at"),
    Column::display_only("inviter_name"),
];

/// Rows prepared before they are written together (`insert_imported_batch`).
const CHUNK_ROWS: usize = 4096;
/// Bytes of the shortest plausible invite row, to estimate the row count.
const MIN_ROW_BYTES: u64 = 100;
/// After this many written invites an import counts as large and may turn
/// into a bulk load (small and all-skipped imports never do): measured on 1M
/// invites, 28 s instead of 119 s.
const BULK_AFTER_WRITES: u64 = 20_000;

pub struct InviteImport {
    pub dry_run: bool,
    /// Create users referenced by an unknown email.
    pub create_missing_users: bool,
}

pub fn import(
    ctx: &Ctx,
    input: &InviteImport,
    rows: &mut dyn RowSource,
    progress: &dyn Fn(u64),
) -> Result<ImportSummary> {
    ctx.write(|tx, scope| {
        access::landlord(scope, "invite import").require()?;
        rows.start(COLUMNS)?;
        tx.begin_import()?;
        let mut importer = Importer {
            tx,
            scope,
            expected: rows.size() / MIN_ROW_BYTES,
            written: 0,
            now: ctx.now,
            create_missing_users: input.create_missing_users,
            created_users: 0,
            events: HashMap::new(),
            users: UserRefs::default(),
            partners: HashMap::new(),
        };
        let mut summary = each_chunk(rows, progress, CHUNK_ROWS, &mut importer)?;
        summary.dry_run = input.dry_run;
        summary.created_users = Some(importer.created_users);
        finish(tx, AuditAction::InviteImport, &rows.name(), summary)
    })
}

/// Reference (as written in the file) → id, or `None` when unknown.
type Cache = HashMap<String, Option<Rc<str>>>;

struct Importer<'a> {
    tx: &'a dyn Tx,
    scope: &'a Scope,
    /// Invites the file may hold (from its size).
    expected: u64,
    /// Invites written so far.
    written: u64,
    now: Timestamp,
    create_missing_users: bool,
    created_users: u64,
    events: Cache,
    users: UserRefs,
    partners: Cache,
}

/// A row's own values, checked without the database.
struct Values {
    inviter_kind: InviterKind,
    status: InviteStatus,
    credited: bool,
    attendance: Attendance,
    channel: Channel,
    created_at: Timestamp,
    viewed_at: Option<Timestamp>,
    responded_at: Option<Timestamp>,
}

impl ChunkWriter for Importer<'_> {
    type Ready = ReadyInvite;

    fn prepare(&mut self, row: &dyn RowSource) -> std::result::Result<ReadyInvite, RowFail> {
        self.ready(row)
    }

    fn write(&mut self, chunk: Vec<Prepared<ReadyInvite>>) -> Result<Vec<std::result::Result<RowOutcome, RowFail>>> {
        self.write_chunk(chunk)
    }
}

/// A row checked and resolved, not yet written.
struct ReadyInvite {
    id: String,
    /// The file named the id (else it was generated).
    has_id: bool,
    event_id: Rc<str>,
    receiver_id: Rc<str>,
    inviter_id: Rc<str>,
    issuer_id: Rc<str>,
    v: Values,
}

impl Importer<'_> {
    /// Everything about one row that needs no invite written: its values,
    /// the consistency of its story, its references (creating missing
    /// users when asked), the inviter and self-invite rules.
    fn ready(&mut self, row: &dyn RowSource) -> std::result::Result<ReadyInvite, RowFail> {
        let v = Values::read(row, self.scope.tz, self.now)?;
        let required = |column: usize| row.get(column).unwrap_or_default();
        let event_id = self.event(required(EVENT))?;
        let receiver_id = self.user(row, RECEIVER)?;
        let issuer_id = self.user(row, ISSUED_BY)?;
        let inviter_id = match v.inviter_kind {
            InviterKind::User => {
                let inviter_id = self.user(row, INVITER)?;
                if inviter_id != issuer_id {
                    return line_error(format!(
                        "inviter {} must be the issuing user ({}) when inviter_kind is user",
                        required(INVITER),
                        required(ISSUED_BY)
                    ));
                }
                inviter_id
            }
            InviterKind::Partner => self.partner(required(INVITER))?,
        };
        // As in `invite send`: the issuing user is never the receiver.
        if issuer_id == receiver_id {
            return line_error(format!("self-invite: {} cannot invite themselves", required(ISSUED_BY)));
        }
        let id = match row.get(ID) {
            Some(id) if id.len() > 128 || id.chars().any(|c| c.is_whitespace() || c.is_control()) => {
                return line_error(format!("invalid invite id {id:?}"));
            }
            Some(id) => id.to_string(),
            None => new_id(),
        };
        let has_id = row.get(ID).is_some();
        Ok(ReadyInvite { id, has_id, event_id, receiver_id, inviter_id, issuer_id, v })
    }

    fn imported<'r>(&'r self, r: &'r ReadyInvite) -> ImportedInvite<'r> {
        ImportedInvite {
            id: &r.id,
            tenant_id: &self.scope.tenant.id,
            event_id: &r.event_id,
            receiver_id: &r.receiver_id,
            inviter_kind: r.v.inviter_kind,
            inviter_id: &r.inviter_id,
            issued_by_user_id: &r.issuer_id,
            status: r.v.status,
            credited_acceptance: r.v.credited,
            attendance: r.v.attendance,
            channel: r.v.channel,
            created_at: r.v.created_at,
            viewed_at: r.v.viewed_at,
            responded_at: r.v.responded_at,
            updated_at: self.now,
        }
    }

    /// Writes a chunk of rows: all at once when the store can and none of
    /// them breaks a rule, else one by one, which finds the rows at fault
    /// exactly as an import row by row would.
    fn write_chunk(
        &mut self,
        chunk: Vec<Prepared<ReadyInvite>>,
    ) -> Result<Vec<std::result::Result<RowOutcome, RowFail>>> {
        if chunk.iter().all(|row| row.is_ok()) {
            let ready: Vec<&ReadyInvite> = chunk.iter().filter_map(|row| row.as_ref().ok()).collect();
            let invites: Vec<ImportedInvite> = ready.iter().map(|r| self.imported(r)).collect();
            if self.tx.insert_imported_batch(&invites)? {
                self.count_written(invites.len() as u64)?;
                return Ok(chunk.into_iter().map(|_| Ok(RowOutcome::Imported)).collect());
            }
        }
        Ok(chunk.into_iter().map(|row| row.and_then(|ready| self.write_row(&ready))).collect())
    }

    fn count_written(&mut self, rows: u64) -> Result<()> {
        let before = self.written;
        self.written += rows;
        if before < BULK_AFTER_WRITES && self.written >= BULK_AFTER_WRITES {
            self.tx.expect_bulk_load(self.expected.max(self.written))?;
        }
        Ok(())
    }

    /// Inserts one row and checks the rules that involve other invites.
    fn write_row(&mut self, ready: &ReadyInvite) -> std::result::Result<RowOutcome, RowFail> {
        let invite = self.imported(ready);
        let v = &ready.v;
        if let Some(collision) = self.tx.insert_imported_invite(&invite)? {
            return self.collision(&invite, ready.has_id, collision);
        }
        // Rule 2's other half: no open invite beside a credited acceptance,
        // whichever of the two comes first in the file.
        let (event_id, receiver_id) = (invite.event_id, invite.receiver_id);
        let clash = if v.status.is_open() {
            self.holding(InviteKey::Credited { event_id, receiver_id })?.map(|c| {
                format!(
                    "status {} beside a credited acceptance of the same event and receiver ({})",
                    v.status,
                    origin(&c)
                )
            })
        } else if v.credited {
            self.holding(InviteKey::Open { event_id, receiver_id })?.map(|o| {
                format!("credited acceptance beside an open invite of the same event and receiver ({})", origin(&o))
            })
        } else {
            None
        };
        if let Some(message) = clash {
            self.tx.remove_imported_invite(invite.id)?;
            return line_error(message);
        }
        self.count_written(1)?;
        Ok(RowOutcome::Imported)
    }

    /// Explains why nothing was inserted: an identical invite (skip) or a
    /// broken uniqueness rule. A row without `id` that the database already
    /// holds with identical content (same event, receiver and inviter
    /// principal) is skipped too, so that re-importing an export is a no-op.
    fn collision(
        &self,
        invite: &ImportedInvite,
        has_id: bool,
        collision: Collision,
    ) -> std::result::Result<RowOutcome, RowFail> {
        let tenant_id = &self.scope.tenant.id;
        let other = &collision.holder;
        if !has_id && !other.this_import && &other.tenant_id == tenant_id {
            let stored = self.tx.find_invite(tenant_id, &other.id)?;
            if stored.is_some_and(|stored| differing_fields(&stored, invite).is_empty()) {
                return Ok(RowOutcome::Skipped);
            }
        }
        match collision.constraint {
            Constraint::Id => {
                if other.this_import {
                    return line_error(format!("invite id {} appears twice in this file", invite.id));
                }
                if &other.tenant_id != tenant_id {
                    return line_error(format!("invite id {} is taken by another tenant", invite.id));
                }
                let stored = self.tx.find_invite(tenant_id, invite.id)?.ok_or_else(|| {
                    RowFail::Fatal(Error::internal(format!("invite {} vanished during the import", invite.id)))
                })?;
                let differing = differing_fields(&stored, invite);
                if differing.is_empty() {
                    return Ok(RowOutcome::Skipped);
                }
                line_error(format!("invite {} already exists with a different {}", invite.id, differing.join(", ")))
            }
            Constraint::InvitePerInviter => line_error(format!(
                "already invited: the receiver has an invite to this event from the same inviter ({})",
                origin(other)
            )),
            Constraint::CreditedAcceptance => line_error(format!(
                "already accepted: the receiver already has a credited acceptance for this event ({})",
                origin(other)
            )),
            constraint => Err(RowFail::Fatal(Error::internal(format!(
                "invite {} collided with {constraint:?}, which imports do not write",
                invite.id
            )))),
        }
    }

    fn holding(&self, key: InviteKey) -> Result<Option<ExistingInvite>> {
        self.tx.invite_holding(key)
    }

    fn event(&mut self, reference: &str) -> std::result::Result<Rc<str>, RowFail> {
        let (tx, tenant_id) = (self.tx, &self.scope.tenant.id);
        let found = cached(&mut self.events, reference, || Ok(tx.find_event(tenant_id, reference)?.map(|e| e.id)))?;
        found.ok_or_else(|| RowFail::Line(format!("event: unknown event {reference:?}")))
    }

    fn partner(&mut self, reference: &str) -> std::result::Result<Rc<str>, RowFail> {
        let (tx, tenant_id) = (self.tx, &self.scope.tenant.id);
        let found = cached(&mut self.partners, reference, || Ok(tx.find_partner(tenant_id, reference)?.map(|p| p.id)))?;
        found.ok_or_else(|| RowFail::Line(format!("inviter: unknown partner {reference:?}")))
    }

    /// A user reference of column `column`; with `--create-missing-users` an
    /// unknown email creates the user (display name = the email's local part).
    fn user(&mut self, row: &dyn RowSource, column: usize) -> std::result::Result<Rc<str>, RowFail> {
        let reference = row.get(column).unwrap_or_default();
        let (tx, scope) = (self.tx, self.scope);
        let mut found = self.users.resolve(tx, &scope.tenant.id, reference)?;
        if found.is_none() && self.create_missing_users && reference.contains('@') {
            let local_part = reference.split('@').next().unwrap_or_default();
            let input = NewUser {
                email: reference.to_string(),
                display_name: local_part.to_string(),
                landlord: false,
                id: None,
            };
            let user = prepare(tx, scope, input, self.now)?;
            tx.insert_user(&scope.tenant.id, &user)?;
            self.created_users += 1;
            found = Some(self.users.created(reference, &user));
        }
        let hint = if self.create_missing_users {
            " (only email references can be created)"
        } else {
            " (--create-missing-users creates unknown emails)"
        };
        found.ok_or_else(|| RowFail::Line(format!("{}: unknown user {reference:?}{hint}", COLUMNS[column].name)))
    }
}

/// Looks `reference` up once; later rows hit the cache (unknown ones too).
fn cached(
    cache: &mut Cache,
    reference: &str,
    lookup: impl FnOnce() -> Result<Option<String>>,
) -> Result<Option<Rc<str>>> {
    if let Some(hit) = cache.get(reference) {
        return Ok(hit.clone());
    }
    let found: Option<Rc<str>> = lookup()?.map(Rc::from);
    cache.insert(reference.to_string(), found.clone());
    Ok(found)
}

/// Where a colliding invite comes from.
fn origin(existing: &ExistingInvite) -> String {
    let place = if existing.this_import { "from an earlier line" } else { "in the database" };
    format!("invite {} {place}", existing.id)
}

/// The fields of `row` that differ from the stored invite.
fn differing_fields(stored: &Invite, row: &ImportedInvite) -> Vec<&'static str> {
    [
        ("event", stored.event_id == row.event_id),
        ("receiver", stored.receiver_id == row.receiver_id),
        ("inviter_kind", stored.inviter_kind == row.inviter_kind),
        ("inviter", stored.inviter_id == row.inviter_id),
        ("issued_by", stored.issued_by_user_id == row.issued_by_user_id),
        ("status", stored.status == row.status),
        ("credited_acceptance", stored.credited_acceptance == row.credited_acceptance),
        ("attendance", stored.attendance == row.attendance),
        ("channel", stored.channel == row.channel),
        ("created_at", stored.created_at == row.created_at),
        ("viewed_at", stored.viewed_at == row.viewed_at),
        ("responded_at", stored.responded_at == row.responded_at),
    ]
    .into_iter()
    .filter_map(|(field, same)| (!same).then_some(field))
    .collect()
}

fn optional<T: Named>(row: &dyn RowSource, column: usize) -> Result<Option<T>> {
    row.get(column).map(T::parse).transpose()
}

impl Values {
    fn read(row: &dyn RowSource, tz: Tz, now: Timestamp) -> std::result::Result<Values, RowFail> {
        let time = |column: usize| -> std::result::Result<Option<Timestamp>, RowFail> {
            row.get(column)
                .map(|v| time::parse_time(v, tz, now))
                .transpose()
                .or_else(|e| line_error(format!("{}: {}", COLUMNS[column].name, e.message)))
        };
        let v = Values {
            inviter_kind: InviterKind::parse(row.get(INVITER_KIND).unwrap_or_default())?,
            status: InviteStatus::parse(row.get(STATUS).unwrap_or_default())?,
            credited: row.get(CREDITED).map(|v| parse_bool("credited_acceptance", v)).transpose()?.unwrap_or(false),
            attendance: optional(row, ATTENDANCE)?.unwrap_or(Attendance::Unknown),
            channel: optional(row, CHANNEL)?.unwrap_or(Channel::InApp),
            // Required: the reader has refused a row without it.
            created_at: time(CREATED_AT)?.map_or_else(|| line_error("created_at is required".into()), Ok)?,
            viewed_at: time(VIEWED_AT)?,
            responded_at: time(RESPONDED_AT)?,
        };
        v.check().map_or(Ok(v), line_error)
    }

    /// Status, credit, attendance and times must tell one consistent story
    /// (so `db check` passes after the import). Returns the first problem.
    fn check(&self) -> Option<String> {
        use InviteStatus::*;
        let status = self.status;
        let responded = matches!(status, Accepted | Declined);
        if status == Accepted && !self.credited {
            return Some("status accepted needs credited_acceptance=true (every acceptance is credited)".into());
        }
        if self.credited && status != Accepted {
            return Some(format!("credited_acceptance=true needs status accepted, not {status}"));
        }
        if self.attendance != Attendance::Unknown && status != Accepted {
            return Some(format!("attendance {} needs status accepted, not {status}", self.attendance));
        }
        if status == Pending && self.viewed_at.is_some() {
            return Some("status pending cannot have viewed_at (a viewed invite has status viewed)".into());
        }
        if matches!(status, Viewed | Accepted | Declined) && self.viewed_at.is_none() {
            return Some(format!("status {status} needs viewed_at"));
        }
        if responded && self.responded_at.is_none() {
            return Some(format!("status {status} needs responded_at"));
        }
        if !responded && self.responded_at.is_some() {
            return Some(format!("status {status} cannot have responded_at (only accepted or declined invites do)"));
        }
        let created = self.created_at;
        match (self.viewed_at, self.responded_at) {
            (Some(viewed), _) if viewed < created => Some("viewed_at is before created_at".into()),
            (_, Some(responded)) if responded < created => Some("responded_at is before created_at".into()),
            (Some(viewed), Some(responded)) if responded < viewed => Some("responded_at is before viewed_at".into()),
            _ => None,
        }
    }
}
