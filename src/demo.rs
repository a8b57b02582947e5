//! `demo`: fills an EMPTY database with a realistic, deterministic tenant
//! through the same service functions every command uses — tenant, users,
//! partners of every kind on different plans, members in every role and
//! status, past and upcoming events with manager partners, and invites
//! through every status. Users and history are generated row by row and
//! loaded with the import services (which apply SPEC §1.6 rules 1, 2 and 5)
//! as they read them, so memory stays flat whatever the size; the live part
//! (views, acceptances closing duplicates, declines) goes through
//! `invite send/view/accept/decline` at the current time.

use std::collections::{HashMap, VecDeque};
use std::fmt::Write as _;

use chrono::{Duration, NaiveDate};
use chrono_tz::Tz;

use crate::error::{Constraint, Error, Result};
use crate::model::{Channel, LimitKey, LimitValue, PartnerKind, Role};
use crate::service::import::invites::{self as invite_import, InviteImport};
use crate::service::import::users as user_import;
use crate::service::import::{Column, Place, RowSource, Step};
use crate::service::{event, invite, limits, member, partner, tenant, user, Acting, Ctx};
use crate::time::{self, Timestamp};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Small,
    /// The large tenant with every volume divided by `scale_down` (1 = full
    /// size): tests run the large generator's code in seconds.
    Large {
        scale_down: usize,
    },
}

/// What the demo built, for the closing screen.
#[derive(Debug, Clone)]
pub struct DemoSummary {
    pub tenant: String,
    /// A member of several partners, whose workspace home is shown.
    pub member: String,
    /// The event with the most invites.
    pub busiest_event: String,
    pub users: u64,
    pub partners: usize,
    pub events: usize,
    pub invites: u64,
}

/// Volume knobs of one size.
struct Shape {
    /// Receivers and user inviters.
    crowd: usize,
    past_events: usize,
    upcoming_events: usize,
    /// Invites of the busiest event and of a typical other event.
    busiest_invites: usize,
    typical_invites: usize,
    /// How many crowd users invite as themselves.
    user_inviters: usize,
}

impl Size {
    fn shape(self) -> Shape {
        match self {
            Size::Small => Shape {
                crowd: 900,
                past_events: 8,
                upcoming_events: 4,
                busiest_invites: 1_500,
                typical_invites: 240,
                user_inviters: 120,
            },
            Size::Large { scale_down } => {
                let d = |n: usize| n.div_ceil(scale_down.max(1));
                Shape {
                    crowd: d(130_000),
                    past_events: d(700),
                    upcoming_events: d(300),
                    busiest_invites: d(200_000),
                    typical_invites: d(800),
                    user_inviters: d(9_990),
                }
            }
        }
    }
}

/// splitmix64: tiny, fast and good enough for demo data; `--seed` makes
/// the whole tenant reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    /// Skewed towards 0: a few inviters do most of the inviting.
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((u * u * u) * n as f64) as usize % n
    }
    fn minutes(&mut self, from: i64, to: i64) -> Duration {
        Duration::minutes(from + (self.next() % (to - from).max(1) as u64) as i64)
    }
}

struct PartnerSpec {
    slug: &'static str,
    name: &'static str,
    kind: PartnerKind,
    plan: &'static str,
    owner: &'static str,
}

const PARTNERS: &[PartnerSpec] = &[
    PartnerSpec { slug: "blue-note", name: "Blue Note", kind: PartnerKind::Venue, plan: "standard", owner: "olivia" },
    PartnerSpec { slug: "night-owls", name: "Night Owls", kind: PartnerKind::Organizer, plan: "pro", owner: "noah" },
    PartnerSpec { slug: "lina-vega", name: "Lina Vega", kind: PartnerKind::Artist, plan: "tiny_free", owner: "lina" },
    PartnerSpec {
        slug: "city-curators",
        name: "City Curators",
        kind: PartnerKind::Curator,
        plan: "standard",
        owner: "carla",
    },
    PartnerSpec {
        slug: "urban-trails",
        name: "Urban Trails",
        kind: PartnerKind::ExperienceProvider,
        plan: "pro",
        owner: "umar",
    },
    PartnerSpec {
        slug: "mia-loves-music",
        name: "Mia Loves Music",
        kind: PartnerKind::Influencer,
        plan: "tiny_free",
        owner: "mia",
    },
    PartnerSpec { slug: "old-hall", name: "Old Hall", kind: PartnerKind::Venue, plan: "tiny_free", owner: "otto" },
];

/// (partner, person, role) beyond the owners; `maya` manages two partners.
const MEMBERS: &[(&str, &str, Role)] = &[
    ("blue-note", "adam", Role::Admin),
    ("blue-note", "maya", Role::Manager),
    ("blue-note", "anna", Role::Analyst),
    ("blue-note", "sam", Role::Staff),
    ("blue-note", "sven", Role::Manager),
    ("night-owls", "maya", Role::Manager),
    ("night-owls", "nina", Role::Admin),
    ("city-curators", "chris", Role::Manager),
    ("urban-trails", "ulla", Role::Analyst),
];

const DOMAIN: &str = "demo.example";

fn email(person: &str) -> String {
    format!("{person}@{DOMAIN}")
}

fn capitalized(person: &str) -> String {
    let mut c = person.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// A context acting as `person` (or, for `None`, as the operator the demo
/// runs as) at `now`.
fn acting<'a>(ctx: &Ctx<'a>, person: Option<&str>, now: Timestamp) -> Ctx<'a> {
    match person {
        Some(person) => ctx.acting(Acting::User(email(person)), now),
        None => ctx.at(now),
    }
}

/// Builds the demo tenant; `say` receives progress lines for stderr.
pub fn run(ctx: &Ctx, operator: &Acting, size: Size, seed: u64, say: &dyn Fn(&str)) -> Result<DemoSummary> {
    let ctx = &ctx.acting(operator.clone(), ctx.now);
    // One transaction around every service call below (SPEC §3.1): a demo
    // that fails or is killed leaves the database as it found it, and no
    // other process can add a tenant between this check and the commit.
    let command = ctx.store.command()?;
    if let Some(tenant) = command.list_tenants()?.first() {
        return Err(Error::conflict(
            Constraint::Other,
            "demo needs an empty database; this one already holds a tenant",
        )
        .detail("existing_id", tenant.id.as_str())
        .hint("point --db (or PARTNERCTL_DB) at a new file"));
    }
    let summary = build(ctx, size, seed, say)?;
    command.commit()?;
    Ok(summary)
}

fn build(ctx: &Ctx, size: Size, seed: u64, say: &dyn Fn(&str)) -> Result<DemoSummary> {
    let shape = size.shape();
    let mut rng = Rng(seed);
    let now = ctx.now;
    let operator = acting(ctx, None, now);

    say("creating tenant demo-city (Europe/Berlin) with its plans");
    tenant::create(
        &operator,
        tenant::NewTenant {
            slug: "demo-city".into(),
            name: "Demo City".into(),
            timezone: Some("Europe/Berlin".into()),
        },
    )?;
    let staff = staff_people();
    for person in &staff {
        user::add(
            &operator,
            user::NewUser {
                email: email(person),
                display_name: capitalized(person),
                landlord: *person == "lena",
                id: None,
            },
        )?;
    }

    say("creating partners and their members in every role and status");
    for p in PARTNERS {
        partner::create(
            &operator,
            partner::NewPartner {
                slug: p.slug.into(),
                name: p.name.into(),
                kind: Some(p.kind),
                plan: Some(p.plan.into()),
                owner: Some(email(p.owner)),
            },
        )?;
    }
    add_members(ctx, now)?;

    say(&format!("importing {} users", shape.crowd));
    let mut crowd = Generated::new("demo users", Crowd { count: shape.crowd, next: 0 });
    let users = user_import::import(&operator, &mut crowd, false, &|_| {})?;

    say("creating past and upcoming events with manager partners");
    let events = create_events(ctx, &shape, &mut rng, now)?;

    say("generating invite history");
    let budget = Budget::for_live_sends(ctx)?;
    let mut history = Generated::new("demo invite history", History::new(&shape, &events, budget, &mut rng, now));
    say("importing the invite history as it is generated");
    let summary = invite_import::import(
        &operator,
        &InviteImport { dry_run: false, create_missing_users: false },
        &mut history,
        &|_| {},
    )?;

    say("sending, viewing, accepting and declining live invites");
    let live = live_activity(ctx, &events[0], now)?;

    Ok(DemoSummary {
        tenant: "demo-city".into(),
        member: email("maya"),
        busiest_event: events[0].slug.clone(),
        users: users.imported + staff.len() as u64 + live.guests,
        partners: PARTNERS.len(),
        events: events.len(),
        invites: summary.imported + live.invites,
    })
}

/// Named people: partner owners and members, and the landlord.
fn staff_people() -> Vec<&'static str> {
    let mut people: Vec<&str> = PARTNERS.iter().map(|p| p.owner).collect();
    for (_, person, _) in MEMBERS {
        if !people.contains(person) {
            people.push(person);
        }
    }
    people.extend(["lena", "ivy", "sid"]);
    people
}

/// Members join through invite → accept; then one is suspended, one
/// invitation stays pending, and the old hall is archived.
fn add_members(ctx: &Ctx, now: Timestamp) -> Result<()> {
    for (slug, person, role) in MEMBERS {
        let owner = PARTNERS.iter().find(|p| p.slug == *slug).map(|p| p.owner);
        let inviter = acting(ctx, owner, now);
        member::invite(&inviter, invitation(slug, person, *role))?;
        let invitee = acting(ctx, Some(person), now);
        member::accept(&invitee, member::Answer::Membership { partner: slug.to_string(), user: None })?;
    }
    let olivia = acting(ctx, Some("olivia"), now);
    member::suspend(&olivia, "blue-note", &email("sven"))?;
    member::invite(&olivia, invitation("blue-note", "ivy", Role::Staff))?;
    let operator = acting(ctx, None, now);
    partner::archive(&operator, "old-hall")?;
    Ok(())
}

fn invitation(slug: &str, person: &str, role: Role) -> member::Invitation {
    member::Invitation {
        partner: slug.into(),
        user: email(person),
        role: Some(role),
        grant: Vec::new(),
        revoke: Vec::new(),
        expires_in: None,
        resend: false,
    }
}

fn crowd_email(i: usize) -> String {
    format!("guest{i:06}@{DOMAIN}")
}

/// Rows an import reads straight from a generator, one at a time (no file
/// in between); the import's columns are matched to the generated ones by name.
struct Generated<G> {
    /// How errors and the audit log name the input.
    name: &'static str,
    generator: G,
    /// The current row, one value per `G::COLUMNS` entry.
    values: Vec<String>,
    /// Import column index → position in `values`.
    positions: Vec<Option<usize>>,
    rows: u64,
}

/// Makes the rows of a `Generated` source.
trait Generator {
    /// The names of the generated columns, in the order `next` fills them.
    const COLUMNS: &'static [&'static str];
    /// Fills `row` (one empty buffer per column, empty = no value) with the
    /// next row; `false` once there are no more.
    fn next(&mut self, row: &mut [String]) -> Result<bool>;
}

impl<G: Generator> Generated<G> {
    fn new(name: &'static str, generator: G) -> Generated<G> {
        Generated { name, generator, values: vec![String::new(); G::COLUMNS.len()], positions: Vec::new(), rows: 0 }
    }
}

impl<G: Generator> RowSource for Generated<G> {
    fn start(&mut self, columns: &'static [Column]) -> Result<()> {
        // A mismatch is a bug of the demo, as a bad header is of a file.
        if let Some(unknown) = G::COLUMNS.iter().find(|name| !columns.iter().any(|c| c.name == **name)) {
            return Err(Error::internal(format!("{}: the import has no column {unknown:?}", self.name)));
        }
        self.positions = columns.iter().map(|c| G::COLUMNS.iter().position(|name| *name == c.name)).collect();
        if let Some((missing, _)) = columns.iter().zip(&self.positions).find(|(c, at)| c.required && at.is_none()) {
            return Err(Error::internal(format!("{}: required column {:?} is not generated", self.name, missing.name)));
        }
        Ok(())
    }

    fn advance(&mut self) -> Result<Step> {
        self.values.iter_mut().for_each(String::clear);
        if !self.generator.next(&mut self.values)? {
            return Ok(Step::End);
        }
        self.rows += 1;
        Ok(Step::Row)
    }

    fn get(&self, index: usize) -> Option<&str> {
        self.positions[index].map(|at| self.values[at].as_str()).filter(|v| !v.is_empty())
    }

    /// Numbered as in a file with a header line.
    fn place(&self) -> Place {
        Place(self.rows + 1, self.rows + 1)
    }

    fn line_of(&mut self, place: Place) -> Result<u64> {
        Ok(place.0)
    }

    /// Unknown: no file.
    fn size(&self) -> u64 {
        0
    }

    fn bytes_read(&self) -> u64 {
        0
    }

    fn name(&self) -> String {
        self.name.to_string()
    }
}

/// The crowd: `guest000000@…` with display name `Guest 0`, and so on.
struct Crowd {
    count: usize,
    next: usize,
}

impl Generator for Crowd {
    const COLUMNS: &'static [&'static str] = &["email", "display_name"];

    fn next(&mut self, row: &mut [String]) -> Result<bool> {
        if self.next == self.count {
            return Ok(false);
        }
        let i = self.next;
        self.next += 1;
        row[0].push_str(&crowd_email(i));
        let _ = write!(row[1], "Guest {i}");
        Ok(true)
    }
}

/// An event and who may invite to it on behalf of a partner.
struct DemoEvent {
    slug: String,
    starts_at: Timestamp,
    ends_at: Timestamp,
    invites: usize,
    /// (partner slug, issuing people with can_invite)
    partner_inviters: Vec<(&'static str, &'static [&'static str])>,
}

/// Active partners, with the members who hold `can_invite` on each.
const ISSUERS: &[(&str, &[&str])] = &[
    ("blue-note", &["olivia", "adam", "maya"]),
    ("night-owls", &["noah", "maya", "nina"]),
    ("lina-vega", &["lina"]),
    ("city-curators", &["carla", "chris"]),
    ("urban-trails", &["umar"]),
    ("mia-loves-music", &["mia"]),
];

/// The busiest event comes first: upcoming, hosted by blue-note and
/// co-managed by night-owls.
fn create_events(ctx: &Ctx, shape: &Shape, rng: &mut Rng, now: Timestamp) -> Result<Vec<DemoEvent>> {
    let total = shape.past_events + shape.upcoming_events;
    let mut events = Vec::with_capacity(total);
    for i in 0..total {
        let (host, manager) = if i == 0 { (0, Some(1)) } else { (rng.below(ISSUERS.len()), None) };
        let manager = manager.or_else(|| {
            let m = rng.below(ISSUERS.len());
            (m != host && rng.chance(0.5)).then_some(m)
        });
        let from_now = if i == 0 {
            Duration::days(3) + Duration::hours(19)
        } else if i < shape.upcoming_events {
            Duration::days(1 + rng.below(60) as i64) + Duration::hours(18)
        } else {
            Duration::hours(18) - Duration::days(2 + rng.below(300) as i64)
        };
        // A clock near year 9999 puts events past it: exit 2, nothing written.
        let starts_at = time::add(now, from_now)?;
        let ends_at = time::add(starts_at, Duration::hours(4))?;
        let slug = if i == 0 { "summer-jam".to_string() } else { format!("event-{i:04}") };
        let host_slug = ISSUERS[host].0;
        let host_owner = PARTNERS.iter().find(|p| p.slug == host_slug).map(|p| p.owner);
        event::create(
            &acting(ctx, host_owner, now),
            event::NewEvent {
                slug: slug.clone(),
                partner: host_slug.into(),
                title: if i == 0 { "Summer Jam".into() } else { format!("Demo Night #{i}") },
                starts_at: time::fmt(starts_at),
                ends_at: Some(time::fmt(ends_at)),
                managers: manager.map(|m| ISSUERS[m].0.to_string()).into_iter().collect(),
            },
        )?;
        let invites =
            if i == 0 { shape.busiest_invites } else { shape.typical_invites / 2 + rng.below(shape.typical_invites) };
        let partner_inviters = std::iter::once(ISSUERS[host]).chain(manager.map(|m| ISSUERS[m])).collect();
        events.push(DemoEvent { slug, starts_at, ends_at, invites, partner_inviters });
    }
    Ok(events)
}

const CHANNELS: &[Channel] =
    &[Channel::InApp, Channel::InApp, Channel::Whatsapp, Channel::Link, Channel::Qr, Channel::ShareUrl];

/// The live part's sends on the busiest event, through `invite send`
/// with every limit applied: (sender, receiver, on behalf of).
const LIVE_SENDS: &[(&str, &str, Option<&str>)] = &[
    ("maya", "robin", Some("blue-note")),
    ("kim", "robin", None),
    ("noah", "robin", Some("night-owls")),
    ("alex", "jules", None),
    ("maya", "kim", Some("night-owls")),
];

/// What the history may still issue on behalf of partners under the
/// partner-side limits of SPEC §1.7 (per event, per partner and local day,
/// per issuing member and local day). History is imported without limits,
/// but the live part sends after it through the real rules, by partners and
/// members whose history could otherwise use up their quota (one venue's
/// share of a 200,000-invite event is ~20,000): every cap is the limit minus
/// `LIVE_SENDS.len()`, so the live sends always fit, for any seed and clock.
/// Live receivers and user senders are new users without history.
struct Budget {
    tz: Tz,
    /// Per partner slug: caps per event and per local day (None = unlimited).
    partners: HashMap<&'static str, (LimitValue, LimitValue)>,
    /// An issuer's cap per local day: the least any of the partners' plans allows.
    issuer_per_day: LimitValue,
    used: HashMap<Counter, i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Counter {
    /// Partner × event index.
    Event(&'static str, usize),
    PartnerDay(&'static str, NaiveDate),
    IssuerDay(&'static str, NaiveDate),
}

impl Budget {
    /// The effective limits of the issuing partners, as the tenant holds them.
    fn for_live_sends(ctx: &Ctx) -> Result<Budget> {
        let tx = ctx.store.read()?;
        let scope = ctx.scope(&*tx)?;
        let room = |limit: LimitValue| limit.map(|l| (l - LIVE_SENDS.len() as i64).max(0));
        let mut partners = HashMap::new();
        let mut issuer_per_day: LimitValue = None;
        for (slug, _) in ISSUERS {
            let plan = PARTNERS.iter().find(|p| p.slug == *slug).map_or("", |p| p.plan);
            let limit = |key| limits::effective(&*tx, &scope.tenant.id, plan, key).map(room);
            let per_user = limit(LimitKey::InvitesPerDayPerUser)?;
            issuer_per_day = match (issuer_per_day, per_user) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            partners.insert(
                *slug,
                (limit(LimitKey::InvitesPerEventPerInviter)?, limit(LimitKey::InvitesPerDayPerPartner)?),
            );
        }
        Ok(Budget { tz: scope.tz, partners, issuer_per_day, used: HashMap::new() })
    }

    fn counters(
        &self,
        partner: &'static str,
        issuer: &'static str,
        event: usize,
        at: Timestamp,
    ) -> [(Counter, LimitValue); 3] {
        let day = at.with_timezone(&self.tz).date_naive();
        let (per_event, per_day) = self.partners.get(partner).copied().unwrap_or((Some(0), Some(0)));
        [
            (Counter::Event(partner, event), per_event),
            (Counter::PartnerDay(partner, day), per_day),
            (Counter::IssuerDay(issuer, day), self.issuer_per_day),
        ]
    }

    fn has_room(&self, partner: &'static str, issuer: &'static str, event: usize, at: Timestamp) -> bool {
        self.counters(partner, issuer, event, at)
            .iter()
            .all(|(counter, cap)| cap.is_none_or(|cap| self.used.get(counter).copied().unwrap_or(0) < cap))
    }

    fn take(&mut self, partner: &'static str, issuer: &'static str, event: usize, at: Timestamp) {
        for (counter, _) in self.counters(partner, issuer, event, at) {
            *self.used.entry(counter).or_default() += 1;
        }
    }
}

/// Who issues one invite of the history.
struct Row {
    kind: &'static str,
    inviter: String,
    issued_by: String,
    created_at: Timestamp,
}

/// One invite of the history, as the import reads it.
struct HistoryRow {
    row: Row,
    status: &'static str,
    attendance: &'static str,
    channel: Channel,
    viewed_at: Option<Timestamp>,
    responded_at: Option<Timestamp>,
}

/// Where the history stands within one event.
struct EventCursor {
    window_start: Timestamp,
    window_minutes: i64,
    /// Where this event's slice of receivers starts in the pool.
    offset: usize,
    receivers: usize,
    next_receiver: usize,
    /// Invites still to generate for this event.
    remaining: usize,
}

/// The invite history, generated one receiver (1–3 invites) at a time.
struct History<'a> {
    shape: &'a Shape,
    events: &'a [DemoEvent],
    budget: Budget,
    rng: &'a mut Rng,
    now: Timestamp,
    /// Index of the event being generated.
    event: usize,
    cursor: Option<EventCursor>,
    /// The current receiver and its invites not yet read.
    receiver: String,
    batch: VecDeque<HistoryRow>,
}

impl<'a> History<'a> {
    fn new(shape: &'a Shape, events: &'a [DemoEvent], budget: Budget, rng: &'a mut Rng, now: Timestamp) -> Self {
        History {
            shape,
            events,
            budget,
            rng,
            now,
            event: 0,
            cursor: None,
            receiver: String::new(),
            batch: VecDeque::with_capacity(3),
        }
    }

    /// Generates the next receiver's invites into `batch`; `false` once
    /// every event is done.
    fn refill(&mut self) -> bool {
        while let Some(event) = self.events.get(self.event) {
            let cursor = match self.cursor.take() {
                Some(cursor) => cursor,
                None => self.start_event(event),
            };
            if cursor.remaining > 0 && cursor.next_receiver < cursor.receivers {
                let cursor = self.cursor.insert(cursor);
                let r = cursor.next_receiver;
                cursor.next_receiver += 1;
                self.receiver_invites(r);
                return true;
            }
            self.event += 1;
        }
        false
    }

    fn start_event(&mut self, event: &DemoEvent) -> EventCursor {
        // Invites are sent in the two weeks before the event, never after now.
        let window_end = event.ends_at.min(self.now) - Duration::hours(1);
        let window_start = (event.starts_at - Duration::days(14)).min(window_end - Duration::days(1));
        let window_minutes = (window_end - window_start).num_minutes().max(1);
        // The crowd's head invites; receivers come from the rest, in a
        // per-event slice so (event, receiver) pairs do not repeat.
        // Receivers get 1.8 invites on average (1, 1, 2, 2 or 3).
        let receivers_needed = (event.invites * 5).div_ceil(9);
        let pool = self.pool();
        let offset = self.rng.below(pool);
        EventCursor {
            window_start,
            window_minutes,
            offset,
            receivers: receivers_needed.min(pool),
            next_receiver: 0,
            remaining: event.invites,
        }
    }

    fn pool(&self) -> usize {
        self.shape.crowd - self.shape.user_inviters
    }

    /// The invites of the `r`-th receiver of the current event.
    fn receiver_invites(&mut self, r: usize) {
        let (e, event, shape, now) = (self.event, &self.events[self.event], self.shape, self.now);
        let pool = self.pool();
        let Some(cursor) = self.cursor.as_mut() else { return };
        let (rng, budget) = (&mut *self.rng, &mut self.budget);
        self.receiver = crowd_email(shape.user_inviters + (cursor.offset + r) % pool);
        let k = [1, 1, 2, 2, 3][rng.below(5)].min(cursor.remaining);
        cursor.remaining -= k;
        let (window_start, window_minutes) = (cursor.window_start, cursor.window_minutes);
        let ended = event.ends_at <= now;
        let mut rows: Vec<Row> = Vec::with_capacity(k);
        while rows.len() < k {
            let created_at = window_start + Duration::minutes(rng.below(window_minutes as usize) as i64);
            let partner = rng.chance(0.2).then(|| {
                let (slug, issuers) = event.partner_inviters[rng.below(event.partner_inviters.len())];
                (slug, issuers[rng.below(issuers.len())])
            });
            // A partner (or issuer) without room leaves the invite to a user.
            let partner = partner.filter(|&(slug, issuer)| budget.has_room(slug, issuer, e, created_at));
            let row = match partner {
                Some((slug, issuer)) => {
                    Row { kind: "partner", inviter: slug.to_string(), issued_by: email(issuer), created_at }
                }
                None => {
                    let inviter = crowd_email(rng.skewed(shape.user_inviters));
                    Row { kind: "user", inviter: inviter.clone(), issued_by: inviter, created_at }
                }
            };
            if !rows.iter().any(|x| x.kind == row.kind && x.inviter == row.inviter) {
                if let Some((slug, issuer)) = partner {
                    budget.take(slug, issuer, e, created_at);
                }
                rows.push(row);
            }
        }
        rows.sort_by_key(|x| x.created_at);
        let last_created = rows.last().map(|x| x.created_at).unwrap_or(window_start);
        let accepted = rng.chance(0.35).then(|| rng.below(k));
        for (i, row) in rows.into_iter().enumerate() {
            let respond_by = event.ends_at.min(now);
            let viewed = row.created_at + rng.minutes(5, 2 * 24 * 60);
            let (status, viewed_at, responded_at, attendance) = match accepted {
                Some(a) if a == i => {
                    let responded = (last_created.max(viewed) + rng.minutes(1, 24 * 60)).min(respond_by);
                    let viewed = viewed.min(responded);
                    let attendance = if !ended {
                        "unknown"
                    } else {
                        ["confirmed", "confirmed", "confirmed", "no_show", "unknown"][rng.below(5)]
                    };
                    ("accepted", Some(viewed), Some(responded), attendance)
                }
                Some(_) => ("closed_duplicate", None, None, "unknown"),
                None => {
                    let roll = rng.below(100);
                    let viewed = viewed.min(respond_by);
                    if roll < 25 {
                        let responded = (viewed + rng.minutes(1, 24 * 60)).min(respond_by);
                        ("declined", Some(viewed), Some(responded), "unknown")
                    } else if roll < 55 {
                        (if ended { "expired" } else { "viewed" }, Some(viewed), None, "unknown")
                    } else {
                        (if ended { "expired" } else { "pending" }, None, None, "unknown")
                    }
                }
            };
            let channel = CHANNELS[rng.below(CHANNELS.len())];
            self.batch.push_back(HistoryRow { row, status, attendance, channel, viewed_at, responded_at });
        }
    }
}

impl Generator for History<'_> {
    const COLUMNS: &'static [&'static str] = &[
        "event",
        "receiver",
        "inviter_kind",
        "inviter",
        "issued_by",
        "status",
        "credited_acceptance",
        "attendance",
        "channel",
        "created_at",
        "viewed_at",
        "responded_at",
    ];

    fn next(&mut self, out: &mut [String]) -> Result<bool> {
        if self.batch.is_empty() && !self.refill() {
            return Ok(false);
        }
        let Some(h) = self.batch.pop_front() else { return Ok(false) };
        let opt = |t: Option<Timestamp>| t.map(time::fmt).unwrap_or_default();
        let values = [
            self.events[self.event].slug.clone(),
            self.receiver.clone(),
            h.row.kind.to_string(),
            h.row.inviter,
            h.row.issued_by,
            h.status.to_string(),
            (h.status == "accepted").to_string(),
            h.attendance.to_string(),
            h.channel.to_string(),
            time::fmt(h.row.created_at),
            opt(h.viewed_at),
            opt(h.responded_at),
        ];
        for (slot, value) in out.iter_mut().zip(values) {
            *slot = value;
        }
        Ok(true)
    }
}

struct Live {
    invites: u64,
    guests: u64,
}

/// A few live invites on the busiest event, through the real rules: maya
/// invites for blue-note, two friends invite the same guest, the guest
/// accepts one (the other closes as a duplicate), another guest declines.
fn live_activity(ctx: &Ctx, busiest: &DemoEvent, now: Timestamp) -> Result<Live> {
    let operator = acting(ctx, None, now);
    let guests = ["robin", "kim", "alex", "jules"];
    for g in guests {
        user::add(
            &operator,
            user::NewUser { email: email(g), display_name: capitalized(g), landlord: false, id: None },
        )?;
    }
    let sent = LIVE_SENDS
        .iter()
        .map(|&(from, to, on_behalf_of)| {
            invite::send(
                &acting(ctx, Some(from), now),
                invite::NewInvite {
                    event: busiest.slug.clone(),
                    receiver: email(to),
                    on_behalf_of: on_behalf_of.map(str::to_string),
                    channel: Channel::InApp,
                },
            )
        })
        .collect::<Result<Vec<_>>>()?;
    // Robin views maya's and kim's invites and accepts kim's; jules declines alex's.
    let robin = acting(ctx, Some("robin"), now);
    invite::view(&robin, &sent[0].id)?;
    invite::view(&robin, &sent[1].id)?;
    invite::accept(&robin, &sent[1].id)?;
    invite::decline(&acting(ctx, Some("jules"), now), &sent[3].id)?;
    Ok(Live { invites: sent.len() as u64, guests: guests.len() as u64 })
}
