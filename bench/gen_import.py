#!/usr/bin/env python3
"""Deterministic benchmark data (see BENCHMARKS.md): the same seed and size
always give the same bytes.

Writes into OUT:
  users.csv     email,display_name,id                      (`user import`)
  partners.csv  slug,name,kind,plan,owner,members          (`partner create`,
                members `;`-joined: `member invite` + `member accept`)
  events.csv    slug,host,title,starts_at,managers         (`event create`)
  invites.csv   the platform export for `invite import`, in created_at order
  sends.json    the `invite send` workload: who sends to whom

Shape for --invites 1000000: 100,000 users; partner `city` plus 200
partners with an owner and 3 issuing managers each; 1,000 events (all
managed by `city`: it hosts 90 % and co-manages the rest); event `big` holds
a fifth of the invites from ~10,000 inviter principals (9,800 users, the 200
partners as co-managers); the other 999 events share the rest.

Every receiver of an event gets 1-6 invites from distinct principals, with
one story told consistently, as the platform would export it: either one
invite is accepted (credited) and the receiver's other invites were then
closed as duplicates or had been declined before, or each invite is pending,
viewed or declined on its own; open invites of ended events are expired;
attendance is set on accepted invites of ended events. `db check` passes.
"""

import argparse
import bisect
import calendar
import csv
import json
import os
import random
import time

NOW = calendar.timegm((2026, 11, 24, 10, 0, 0))  # PARTNERCTL_NOW of the benchmark
HOUR, DAY = 3600, 86400
FIRST_EVENT = calendar.timegm((2026, 1, 10, 19, 0, 0))
BIG_STARTS = calendar.timegm((2026, 9, 5, 18, 0, 0))
EVENT_HOURS = 4  # `event create` default duration
EVENTS = 1000
PARTNERS = 200
MEMBERS = 3  # issuing managers per partner besides the owner
CITY_MEMBERS = 9
SENDERS = 8
SENDS_PER_SENDER = 125

FIRST = ["Ada", "Ben", "Chloe", "Dario", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Luca", "Mia",
         "Noah", "Olga", "Pablo", "Queenie", "Rahel", "Sami", "Tomás", "Uma", "Vera", "Wen", "Xavi", "Yara", "Zoë"]
LAST = ["Schmidt", "Okafor", "Rossi", "Nguyen", "Kowalski", "García", "Müller", "Haddad", "Larsen", "Costa",
        "Yilmaz", "Novak", "Dubois", "Tanaka", "Silva", "Kaya", "Weber", "Fischer", "Moreau", "Ivanova"]
KINDS = ["venue", "artist", "experience_provider", "influencer", "curator", "organizer"]
CHANNELS = ["in_app", "whatsapp", "link", "qr", "share_url"]
CHANNEL_WEIGHTS = [50, 25, 12, 8, 5]
# Invites per receiver and event: 1-6, 2.75 on average.
GROUP_SIZES = [1, 2, 3, 4, 5, 6]
GROUP_WEIGHTS = [25, 25, 20, 15, 10, 5]


def stamp(seconds):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def email(n):
    return f"u{n:06d}@bench.example"


def uuid_at(rng, seconds):
    """A UUID v7 as the platform would have issued it at `seconds`."""
    ms = seconds * 1000 + rng.randrange(1000)
    tail = rng.getrandbits(74)
    h = f"{ms:012x}7{tail >> 62 & 0xFFF:03x}{0x8000 | (tail >> 48 & 0x3FFF):04x}{tail & (1 << 48) - 1:012x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class Shape:
    """Sizes derived from the invite count (the documented shape at 1M)."""

    def __init__(self, invites):
        self.invites = invites
        self.users = max(2_000, invites // 10)
        self.partners = max(SENDERS, min(PARTNERS, invites // 5_000))
        self.big = invites // 5
        self.big_user_inviters = max(10, invites // 100 - self.partners)
        self.events = EVENTS if invites >= 100_000 else max(10, invites // 100)


class Principal:
    """An inviter: a user (who issues their own invites) or a partner (whose members issue)."""

    __slots__ = ("kind", "ref", "issuers")

    def __init__(self, kind, ref, issuers):
        self.kind, self.ref, self.issuers = kind, ref, issuers


class Generator:
    def __init__(self, seed, invites):
        self.rng = random.Random(seed)
        self.shape = Shape(invites)
        s = self.shape
        rng = self.rng
        self.user_ids = [uuid_at(rng, NOW - 400 * DAY + n) for n in range(s.users)]
        # Members come from the first users; senders and their receivers from
        # the last ones, so no setup role leaks into the send workload.
        pool = list(range(1, s.users // 2))
        rng.shuffle(pool)
        self.city_members = [0] + pool[:CITY_MEMBERS]
        pool = pool[CITY_MEMBERS:]
        self.partner_slugs = [f"p{p:03d}" for p in range(1, s.partners + 1)]
        self.partner_members = {}
        for slug in self.partner_slugs:
            self.partner_members[slug], pool = pool[: MEMBERS + 1], pool[MEMBERS + 1:]
        self.city = Principal("partner", "city", self.city_members)
        self.partners = {slug: Principal("partner", slug, m) for slug, m in self.partner_members.items()}

    # --- setup files -------------------------------------------------------

    def users_rows(self):
        for n, uid in enumerate(self.user_ids):
            name = f"{FIRST[n % len(FIRST)]} {LAST[n // len(FIRST) % len(LAST)]} {n}"
            yield email(n), name, uid

    def partner_rows(self):
        yield ("city", "City Events", "organizer", "pro", email(self.city_members[0]),
               ";".join(email(u) for u in self.city_members[1:]))
        for i, slug in enumerate(self.partner_slugs):
            owner, *members = self.partner_members[slug]
            plan = "pro" if i % 4 == 0 else "standard"
            yield (slug, f"Partner {slug[1:]} {LAST[i % len(LAST)]}", KINDS[i % len(KINDS)], plan, email(owner),
                   ";".join(email(u) for u in members))

    def events(self):
        """(slug, host, title, starts_at, managers) of every event, `big` first."""
        s = self.shape
        span = 400 * DAY // s.events
        out = [("big", "city", "City Festival", BIG_STARTS, list(self.partner_slugs))]
        for e in range(1, s.events):
            starts = FIRST_EVENT + e * span
            if e % 10 == 0:
                host, managers = self.partner_slugs[e % s.partners], ["city"]
            else:
                host, managers = "city", []
            if e % 3 == 0:
                extra = self.partner_slugs[(e * 7) % s.partners]
                if extra != host:
                    managers.append(extra)
            out.append((f"e{e:04d}", host, f"Event {e:04d}", starts, managers))
        return out

    # --- invites -----------------------------------------------------------

    def principals_of(self, event):
        """The inviters of one event with cumulative weights: users by a skewed
        popularity, the managing partners with a fixed share."""
        rng, s = self.rng, self.shape
        slug, host, _, _, managers = event
        partners = [self.city if p == "city" else self.partners[p] for p in [host, *managers]]
        if slug == "big":
            users, partner_share = s.big_user_inviters, 0.25
        else:
            users, partner_share = rng.randrange(40, 120), 0.3
        inviters = rng.sample(range(s.users // 2, s.users), users)
        weights = [rng.lognormvariate(0, 0.8) for _ in inviters]
        scale = (1 - partner_share) / sum(weights)
        principals = [Principal("user", email(u), [u]) for u in inviters]
        shares = [w * scale for w in weights]
        principals += partners
        shares += [partner_share / len(partners)] * len(partners)
        cum, total = [], 0.0
        for share in shares:
            total += share
            cum.append(total)
        return principals, cum

    def pick(self, principals, cum):
        return principals[bisect.bisect(cum, self.rng.random() * cum[-1])]

    def invites(self):
        """Every invite as (created_at seconds, id, CSV line), events in order."""
        s = self.shape
        events = self.events()
        counts = [s.big] + [(s.invites - s.big) // (s.events - 1)] * (s.events - 1)
        counts[1] += s.invites - sum(counts)
        for event, count in zip(events, counts):
            yield from self.event_invites(event, count)

    def event_invites(self, event, count):
        rng = self.rng
        slug, _, _, starts, _ = event
        principals, cum = self.principals_of(event)
        ended = starts + EVENT_HOURS * HOUR <= NOW
        # Invites go out in the 30 days before the event (or before now).
        latest = min(starts, NOW) - HOUR
        receivers = iter(rng.sample(range(self.shape.users), min(count, self.shape.users)))
        written = 0
        while written < count:
            receiver = next(receivers)
            size = min(rng.choices(GROUP_SIZES, GROUP_WEIGHTS)[0], count - written, len(principals) - 1)
            chosen = {}
            while len(chosen) < size:
                p = self.pick(principals, cum)
                issuers = [u for u in p.issuers if u != receiver]
                if (p.kind, p.ref) not in chosen and issuers:
                    chosen[(p.kind, p.ref)] = (p, rng.choice(issuers))
            created = sorted(rng.randrange(latest - 30 * DAY, latest) for _ in range(size))
            for t, fields in self.receiver_story(list(chosen.values()), created, latest + HOUR, ended):
                invite_id = uuid_at(rng, t)
                # No value contains a comma or quote: plain joins are valid CSV.
                yield t, invite_id, ",".join((invite_id, slug, email(receiver), *fields))
            written += size

    def receiver_story(self, chosen, created, cap, ended):
        """One receiver's invites for one event, consistent with SPEC §1.6."""
        rng = self.rng
        after = lambda t, most: min(t + rng.randrange(300, most), cap)  # noqa: E731
        accepted = rng.randrange(len(chosen)) if rng.random() < 0.35 else None
        accept_at = after(created[-1], 72 * HOUR) if accepted is not None else None
        for k, ((principal, issuer), t) in enumerate(zip(chosen, created)):
            viewed = responded = None
            attendance = ""
            if accepted is not None:
                if k == accepted:
                    status, responded = "accepted", accept_at
                    viewed = rng.randrange(t, accept_at + 1)
                    if ended:
                        attendance = rng.choices(["confirmed", "no_show", ""], [70, 15, 15])[0]
                elif rng.random() < 0.2:
                    status = "declined"
                    viewed = rng.randrange(t, accept_at + 1)
                    responded = rng.randrange(viewed, accept_at + 1)
                else:
                    status = "closed_duplicate"
                    viewed = rng.randrange(t, accept_at + 1) if rng.random() < 0.5 else None
            else:
                r = rng.random()
                if r < 0.35:
                    status = "pending"
                elif r < 0.65:
                    status, viewed = "viewed", after(t, 48 * HOUR)
                else:
                    status, viewed = "declined", after(t, 48 * HOUR)
                    responded = after(viewed, 24 * HOUR)
                if ended and status in ("pending", "viewed"):
                    status = "expired"
            yield t, (principal.kind, principal.ref, email(issuer), status,
                      "true" if status == "accepted" else "false", attendance,
                      rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0], stamp(t),
                      stamp(viewed) if viewed is not None else "", stamp(responded) if responded is not None else "")

    def sends(self):
        """The `invite send` workload: SENDERS processes, each sending
        SENDS_PER_SENDER invites to distinct receivers of a new event; two
        send as themselves, two for a partner they manage."""
        s = self.shape
        top = s.users - 1
        senders = []
        receivers = list(range(top - SENDERS * SENDS_PER_SENDER - SENDERS, top - SENDERS))
        for k in range(SENDERS):
            own = receivers[k * SENDS_PER_SENDER:(k + 1) * SENDS_PER_SENDER]
            if k % 2 == 0:
                sender = {"as": email(top - k), "on_behalf_of": None}
            else:
                slug = self.partner_slugs[k]
                sender = {"as": email(self.partner_members[slug][1]), "on_behalf_of": slug}
            sender["receivers"] = [email(r) for r in own]
            senders.append(sender)
        managers = [sd["on_behalf_of"] for sd in senders if sd["on_behalf_of"]]
        return {"event": "send-bench", "host": "city", "starts_at": stamp(NOW + 30 * DAY), "managers": managers,
                "senders": senders}


def write(out, seed, invites):
    os.makedirs(out, exist_ok=True)
    g = Generator(seed, invites)

    def table(name, header, rows):
        with open(os.path.join(out, name), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    table("users.csv", ["email", "display_name", "id"], g.users_rows())
    table("partners.csv", ["slug", "name", "kind", "plan", "owner", "members"], g.partner_rows())
    table("events.csv", ["slug", "host", "title", "starts_at", "managers"],
          ((slug, host, title, stamp(starts), ";".join(m)) for slug, host, title, starts, m in g.events()))
    # A platform export lists invites by creation time across events.
    rows = sorted(g.invites())
    with open(os.path.join(out, "invites.csv"), "w") as f:
        f.write("id,event,receiver,inviter_kind,inviter,issued_by,status,credited_acceptance,attendance,channel,"
                "created_at,viewed_at,responded_at\n")
        f.writelines(line + "\n" for _, _, line in rows)
    with open(os.path.join(out, "sends.json"), "w") as f:
        json.dump(g.sends(), f, indent=1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--invites", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    write(args.out, args.seed, args.invites)


if __name__ == "__main__":
    main()
