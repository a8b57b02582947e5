//! The names a stream of invites prints (event slug, receiver and issuer
//! emails, inviter name), each record looked up once while the stream runs.
//! Stores read each row's own columns into reused records and complete
//! them here: joining them in SQL seeks the users table twice per row, which was
//! most of a 200k-row drill (BENCHMARKS.md).
//!
//! Memory stays bounded: users are looked up one by one until
//! `pass_after` lookups, then the tenant's users are read in one pass (a
//! 100k-user table in ~30 ms on SQLite, where one lookup costs ~4 µs); at
//! most `CACHED_USERS` are kept, further ones are looked up each time.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::error::Result;
use crate::model::{Invite, InviterKind};

/// At most this many users' names are kept (~100 bytes each: a 12-byte
/// entry in a table at most half full, the texts ~75 bytes).
pub const CACHED_USERS: usize = 150_000;

/// Where the names come from: the store running the stream.
pub trait NameLookup {
    fn event_slug(&self, event_id: &str) -> Result<String>;
    /// Email and display name.
    fn user_names(&self, user_id: &str) -> Result<(String, String)>;
    /// `None` for an unknown partner (its name prints empty).
    fn partner_name(&self, partner_id: &str) -> Result<Option<String>>;
    /// Hands every user of the tenant (id, email, display name) to `each`
    /// until it returns false.
    fn tenant_users(&self, tenant_id: &str, each: &mut dyn FnMut(&str, &str, &str) -> bool) -> Result<()>;
}

/// The names of one stream.
pub struct Names {
    /// Event id → slug.
    events: HashMap<String, String, IdHasher>,
    /// Partner id → name.
    partners: HashMap<String, String, IdHasher>,
    users: UserNames,
    /// The user ids' hashes of the batch being completed.
    hashes: Vec<u64>,
}

impl Names {
    /// `pass_after`: lookups one by one before the tenant's users are read
    /// in one pass (a store's lookup may be a round trip).
    pub fn new(pass_after: usize) -> Names {
        Names::with_capacity(pass_after, CACHED_USERS)
    }

    fn with_capacity(pass_after: usize, capacity: usize) -> Names {
        Names {
            events: HashMap::default(),
            partners: HashMap::default(),
            users: UserNames::new(pass_after, capacity),
            hashes: Vec::new(),
        }
    }

    /// Completes the names of `invite`, whose own columns the store has
    /// just read into it: streams reuse their records (and their strings)
    /// row after row, so a row costs no allocation once the names are cached.
    pub fn complete(&mut self, lookup: &dyn NameLookup, tenant_id: &str, invite: &mut Invite) -> Result<()> {
        let hashes = [hash_id(&invite.receiver_id), hash_id(&invite.issued_by_user_id)];
        self.complete_hashed(lookup, tenant_id, invite, hashes)
    }

    /// `complete`, given the hashes of the receiver's and the issuer's ids.
    fn complete_hashed(
        &mut self,
        lookup: &dyn NameLookup,
        tenant_id: &str,
        invite: &mut Invite,
        [receiver, issuer]: [u64; 2],
    ) -> Result<()> {
        let receiver_id = &invite.receiver_id;
        self.users.email(lookup, tenant_id, (receiver_id, receiver), &mut invite.receiver_email)?;
        // A user invite's inviter is its issuer (a schema CHECK).
        let (issuer, email) = ((invite.issued_by_user_id.as_str(), issuer), &mut invite.issued_by_email);
        match invite.inviter_kind {
            InviterKind::User => self.users.names(lookup, tenant_id, issuer, email, &mut invite.inviter_name)?,
            InviterKind::Partner => {
                self.users.email(lookup, tenant_id, issuer, email)?;
                let name = match self.partners.get(&invite.inviter_id) {
                    Some(name) => name,
                    None => {
                        let name = lookup.partner_name(&invite.inviter_id)?.unwrap_or_default();
                        self.partners.entry(invite.inviter_id.clone()).or_insert(name)
                    }
                };
                set(&mut invite.inviter_name, name);
            }
        }
        let slug = match self.events.get(&invite.event_id) {
            Some(slug) => slug,
            None => {
                let slug = lookup.event_slug(&invite.event_id)?;
                self.events.entry(invite.event_id.clone()).or_insert(slug)
            }
        };
        set(&mut invite.event_slug, slug);
        Ok(())
    }

    /// `complete` for a batch of records (`tenant_ids[i]` is the tenant of
    /// `invites[i]`). The slots and arena places of all their users are
    /// touched first, back to back, so that their cache misses overlap; one
    /// row at a time, each lookup waited on two misses between the store's
    /// steps (a quarter of a 200k-row drill).
    pub fn complete_batch(
        &mut self,
        lookup: &dyn NameLookup,
        tenant_ids: &[String],
        invites: &mut [Invite],
    ) -> Result<()> {
        self.hashes.clear();
        for invite in invites.iter() {
            self.hashes.extend([hash_id(&invite.receiver_id), hash_id(&invite.issued_by_user_id)]);
        }
        for &hash in &self.hashes {
            self.users.touch_slot(hash);
        }
        for &hash in &self.hashes {
            self.users.touch_texts(hash);
        }
        for (k, (tenant_id, invite)) in tenant_ids.iter().zip(invites).enumerate() {
            let hashes = [self.hashes[2 * k], self.hashes[2 * k + 1]];
            self.complete_hashed(lookup, tenant_id, invite, hashes)?;
        }
        Ok(())
    }

    /// Reads the tenant's users now, for a store that cannot look a name
    /// up while its stream runs (a PostgreSQL connection is busy until the
    /// stream's last row): true when all of them were kept, so that the
    /// stream's users need no lookup.
    pub fn read_users(&mut self, lookup: &dyn NameLookup, tenant_id: &str) -> Result<bool> {
        self.users.pass(lookup, tenant_id)
    }
}

/// Overwrites `into` with `text`, keeping its allocation.
pub fn set(into: &mut String, text: &str) {
    into.clear();
    into.push_str(text);
}

/// User id → email and display name: each user's id, email and name lie
/// side by side in one arena, and an open-addressing table (linear
/// probing, at most half full) holds their offsets, so a lookup touches one
/// slot of the small table and one place in the arena. The table is our
/// own so that a batch can touch its rows' slots before it looks them up
/// (`Names::complete_batch`). (Ids inline in a map's slots cost a cache
/// miss for the slot and another for the names: a sixth of a 200k-row
/// drill.)
struct UserNames {
    /// A power of two long (or empty); an `Entry` with an empty id is a
    /// free slot, since no id is empty.
    slots: Vec<Entry>,
    kept: usize,
    text: String,
    lookups: usize,
    passed: bool,
    pass_after: usize,
    capacity: usize,
}

/// Where a user's texts lie in the arena: id, email and name, from `start`.
#[derive(Clone, Copy)]
struct Entry {
    start: u32,
    id: u8,
    email: u16,
    name: u16,
}

impl Entry {
    const FREE: Entry = Entry { start: 0, id: 0, email: 0, name: 0 };

    fn is_free(self) -> bool {
        self.id == 0
    }

    fn id(self, text: &str) -> &str {
        &text[self.start as usize..][..usize::from(self.id)]
    }

    fn names(self, text: &str) -> (&str, &str) {
        let (email, rest) = text[self.start as usize + usize::from(self.id)..].split_at(usize::from(self.email));
        (email, &rest[..usize::from(self.name)])
    }
}

/// What became of a user offered to the cache.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    Kept,
    /// A text too long for an `Entry`: looked up each time.
    Unpacked,
    /// No room left.
    Full,
}

fn hash_id(id: &str) -> u64 {
    let mut hasher = WordHasher::default();
    hasher.write(id.as_bytes());
    hasher.finish()
}

/// A hasher for maps keyed by our own ids (not chosen by an attacker), where
/// SipHash costs more than the lookup itself.
pub type IdHasher = BuildHasherDefault<WordHasher>;

/// A multiply-rotate hash over 8-byte words (as rustc's FxHash) with
/// MurmurHash3's finaliser, since the map's bucket comes from the low bits,
/// which a multiply alone leaves to the last bytes.
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for word in bytes.chunks(8) {
            let mut w = [0; 8];
            w[..word.len()].copy_from_slice(word);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        let mut h = self.0;
        h = (h ^ (h >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        h = (h ^ (h >> 33)).wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

impl UserNames {
    fn new(pass_after: usize, capacity: usize) -> UserNames {
        UserNames { slots: Vec::new(), kept: 0, text: String::new(), lookups: 0, passed: false, pass_after, capacity }
    }

    /// The slot a lookup of `hash` starts at.
    fn home(&self, hash: u64) -> usize {
        // The hash's finaliser mixes every bit into the low ones.
        hash as usize & (self.slots.len() - 1)
    }

    fn find(&self, hash: u64, id: &str) -> Option<Entry> {
        if self.slots.is_empty() {
            return None;
        }
        let mut at = self.home(hash);
        loop {
            let entry = self.slots[at];
            if entry.is_free() {
                return None;
            }
            if entry.id(&self.text) == id {
                return Some(entry);
            }
            at = (at + 1) & (self.slots.len() - 1);
        }
    }

    fn get(&self, (id, hash): (&str, u64)) -> Option<(&str, &str)> {
        Some(self.find(hash, id)?.names(&self.text))
    }

    /// Reads the slot a lookup of `hash` starts at, so that the lookup
    /// finds it in the CPU's cache.
    fn touch_slot(&self, hash: u64) {
        if !self.slots.is_empty() {
            std::hint::black_box(self.slots[self.home(hash)].start);
        }
    }

    /// Reads where the texts of the entry in that slot begin, likewise.
    fn touch_texts(&self, hash: u64) {
        if self.slots.is_empty() {
            return;
        }
        let entry = self.slots[self.home(hash)];
        if !entry.is_free() {
            std::hint::black_box(self.text.as_bytes()[entry.start as usize]);
        }
    }

    /// Puts `entry` (not in the table) in its slot, doubling the table
    /// first when it would be more than half full.
    fn insert(&mut self, hash: u64, entry: Entry) {
        if (self.kept + 1) * 2 > self.slots.len() {
            let doubled = vec![Entry::FREE; (self.slots.len() * 2).max(1024)];
            let old = std::mem::replace(&mut self.slots, doubled);
            for moved in old.into_iter().filter(|e| !e.is_free()) {
                self.place(hash_id(moved.id(&self.text)), moved);
            }
        }
        self.place(hash, entry);
        self.kept += 1;
    }

    fn place(&mut self, hash: u64, entry: Entry) {
        let mut at = self.home(hash);
        while !self.slots[at].is_free() {
            at = (at + 1) & (self.slots.len() - 1);
        }
        self.slots[at] = entry;
    }

    /// Keeps a user's names while there is room and they fit the packing.
    fn keep(&mut self, id: &str, email: &str, name: &str) -> Keep {
        let lengths = (
            u32::try_from(self.text.len()),
            u8::try_from(id.len()),
            u16::try_from(email.len()),
            u16::try_from(name.len()),
        );
        // An empty id would read as a free slot.
        let (Ok(start), Ok(id_len @ 1..), Ok(email_len), Ok(name_len)) = lengths else { return Keep::Unpacked };
        if self.kept >= self.capacity {
            return Keep::Full;
        }
        let hash = hash_id(id);
        if self.find(hash, id).is_none() {
            self.text.push_str(id);
            self.text.push_str(email);
            self.text.push_str(name);
            self.insert(hash, Entry { start, id: id_len, email: email_len, name: name_len });
        }
        Keep::Kept
    }

    /// Reads the tenant's users in one pass; true when all were kept.
    fn pass(&mut self, lookup: &dyn NameLookup, tenant_id: &str) -> Result<bool> {
        self.passed = true;
        let mut all = true;
        lookup.tenant_users(tenant_id, &mut |id, email, name| {
            let kept = self.keep(id, email, name);
            all &= kept == Keep::Kept;
            kept != Keep::Full
        })?;
        Ok(all)
    }

    /// The user's email, into `email`.
    fn email(&mut self, lookup: &dyn NameLookup, tenant_id: &str, id: (&str, u64), email: &mut String) -> Result<()> {
        self.with(lookup, tenant_id, id, |e, _| set(email, e))
    }

    /// The user's email and display name, into `email` and `name`.
    fn names(
        &mut self,
        lookup: &dyn NameLookup,
        tenant_id: &str,
        id: (&str, u64),
        email: &mut String,
        name: &mut String,
    ) -> Result<()> {
        self.with(lookup, tenant_id, id, |e, n| {
            set(email, e);
            set(name, n);
        })
    }

    /// Hands the user's email and display name to `then`; `id` comes with
    /// its `hash_id`.
    fn with(
        &mut self,
        lookup: &dyn NameLookup,
        tenant_id: &str,
        id: (&str, u64),
        then: impl FnOnce(&str, &str),
    ) -> Result<()> {
        if let Some((email, name)) = self.get(id) {
            then(email, name);
            return Ok(());
        }
        if !self.passed && self.lookups >= self.pass_after {
            self.pass(lookup, tenant_id)?;
            if let Some((email, name)) = self.get(id) {
                then(email, name);
                return Ok(());
            }
        }
        self.lookups += 1;
        let (email, name) = lookup.user_names(id.0)?;
        self.keep(id.0, &email, &name);
        then(&email, &name);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;
    use crate::error::Error;
    use crate::model::{Attendance, Channel, InviteStatus};

    /// A tenant of 300 users (user 7 with an id too long for a key) that
    /// counts the store's lookups.
    struct Users {
        one_by_one: Cell<usize>,
        passes: Cell<usize>,
    }

    fn id(n: usize) -> String {
        if n == 7 {
            "u-".repeat(130)
        } else {
            format!("user-{n}")
        }
    }

    impl NameLookup for Users {
        fn event_slug(&self, event_id: &str) -> Result<String> {
            Ok(format!("slug-of-{event_id}"))
        }
        fn user_names(&self, user_id: &str) -> Result<(String, String)> {
            self.one_by_one.set(self.one_by_one.get() + 1);
            let n = (0..300).find(|&n| id(n) == user_id).ok_or_else(|| Error::not_found("user", user_id))?;
            Ok((format!("u{n}@x.example"), format!("User {n}")))
        }
        fn partner_name(&self, partner_id: &str) -> Result<Option<String>> {
            Ok((partner_id != "p3").then(|| format!("Partner {partner_id}")))
        }
        fn tenant_users(&self, _: &str, each: &mut dyn FnMut(&str, &str, &str) -> bool) -> Result<()> {
            self.passes.set(self.passes.get() + 1);
            for n in 0..300 {
                if !each(&id(n), &format!("u{n}@x.example"), &format!("User {n}")) {
                    break;
                }
            }
            Ok(())
        }
    }

    /// Invite `k`'s own columns, its names left empty.
    fn own(k: usize) -> Invite {
        let (receiver, issuer) = (k % 300, (k % 300 + 1 + k / 300) % 300);
        let partner = k % 2 == 1;
        Invite {
            id: format!("i{k}"),
            event_id: "e".into(),
            receiver_id: id(receiver),
            inviter_kind: if partner { InviterKind::Partner } else { InviterKind::User },
            inviter_id: if partner { format!("p{}", k % 4) } else { id(issuer) },
            issued_by_user_id: id(issuer),
            status: InviteStatus::Pending,
            credited_acceptance: false,
            attendance: Attendance::Unknown,
            channel: Channel::InApp,
            created_at: crate::time::parse_stored("2026-01-01T00:00:00Z").unwrap(),
            viewed_at: None,
            responded_at: None,
            ..Invite::default()
        }
    }

    /// The table doubles as it fills (from 1,024 slots, at most half full)
    /// and finds every user it kept, and no other.
    #[test]
    fn the_table_finds_every_kept_user_as_it_grows() {
        let mut users = UserNames::new(usize::MAX, CACHED_USERS);
        for n in 0..5_000 {
            assert!(users.keep(&id(n + 300), &format!("u{n}@x.example"), &format!("User {n}")) == Keep::Kept);
        }
        assert_eq!((users.kept, users.slots.len()), (5_000, 16_384));
        for n in 0..5_000 {
            let (email, name) = (format!("u{n}@x.example"), format!("User {n}"));
            let kept = id(n + 300);
            assert_eq!(users.get((&kept, hash_id(&kept))), Some((email.as_str(), name.as_str())), "user {n}");
        }
        let other = id(5_300);
        assert_eq!(users.get((&other, hash_id(&other))), None);
        assert!(users.keep("", "nobody@x.example", "Nobody") == Keep::Unpacked);
    }

    /// `read_users` is true only when every user was kept, and then a
    /// stream of those users looks none of them up.
    #[test]
    fn users_read_up_front_need_no_lookup() {
        let users = Users { one_by_one: Cell::new(0), passes: Cell::new(0) };
        // User 7's id is too long to keep; a cache of 50 holds a sixth.
        assert!(!Names::new(usize::MAX).read_users(&users, "t").unwrap());
        assert!(!Names::with_capacity(usize::MAX, 50).read_users(&users, "t").unwrap());
        let mut names = Names::new(usize::MAX);
        names.read_users(&users, "t").unwrap();
        users.one_by_one.set(0);
        let mut invite = Invite::default();
        for k in (0..600).filter(|&k| k % 300 != 7 && (k % 300 + 1 + k / 300) % 300 != 7) {
            invite = Invite { receiver_email: std::mem::take(&mut invite.receiver_email), ..own(k) };
            names.complete(&users, "t", &mut invite).unwrap();
            assert_eq!(invite.receiver_email, format!("u{}@x.example", k % 300));
        }
        assert_eq!((users.one_by_one.get(), users.passes.get()), (0, 3));
    }

    /// Every path gives the same names: one-by-one lookups, the pass, users
    /// beyond the capacity, ids too long for a key, unknown partners.
    #[test]
    fn the_names_are_the_stores_whichever_way_they_are_found() {
        let users = Users { one_by_one: Cell::new(0), passes: Cell::new(0) };
        let expected = |k: usize| {
            let o = own(k);
            let (r, i) = (k % 300, (k % 300 + 1 + k / 300) % 300);
            let inviter = match (o.inviter_kind, k % 4) {
                (InviterKind::User, _) => format!("User {i}"),
                (InviterKind::Partner, 3) => String::new(),
                (InviterKind::Partner, p) => format!("Partner p{p}"),
            };
            (format!("u{r}@x.example"), format!("u{i}@x.example"), inviter)
        };
        for (pass_after, capacity) in [(usize::MAX, CACHED_USERS), (5, CACHED_USERS), (5, 50)] {
            let mut names = Names::with_capacity(pass_after, capacity);
            users.one_by_one.set(0);
            users.passes.set(0);
            let mut invite = Invite::default();
            for k in 0..600 {
                // As a stream does: the own columns overwritten, the names
                // those of the row before until completed.
                let take = std::mem::take::<String>;
                invite = Invite {
                    event_slug: take(&mut invite.event_slug),
                    receiver_email: take(&mut invite.receiver_email),
                    inviter_name: take(&mut invite.inviter_name),
                    issued_by_email: take(&mut invite.issued_by_email),
                    ..own(k)
                };
                names.complete(&users, "t", &mut invite).unwrap();
                let got = (invite.receiver_email.clone(), invite.issued_by_email.clone(), invite.inviter_name.clone());
                assert_eq!(got, expected(k), "invite {k} with pass after {pass_after}, room for {capacity}");
                assert_eq!(invite.event_slug, "slug-of-e");
            }
            assert!(names.users.kept <= capacity);
            match (pass_after, capacity) {
                // Each user once, but the long id each time (it appears 2 + 2 times).
                (usize::MAX, _) => assert_eq!((users.one_by_one.get(), users.passes.get()), (299 + 4, 0)),
                (5, CACHED_USERS) => assert_eq!((users.one_by_one.get(), users.passes.get()), (5 + 4, 1)),
                _ => assert!(users.one_by_one.get() > 300 && users.passes.get() == 1),
            }
        }
    }
}
