#!/usr/bin/env python3
"""Deterministic metrics benchmark database (see bench/METRICS_NOTES.md).

Usage: bench/gen_metrics_db.py DB   (DB must already be created by
`partnerctl tenant create bench --name Bench`, so the schema is the binary's)

Shape: 1,000 partners, 10,000 inviter users, 50,000 receivers; 1,000 events,
all hosted by partner `big-host` (so `metrics partner big-host` covers every
invite); event `big` has 200,000 invites from 10,000 inviter principals
(9,000 users, 1,000 partners issued by 4 members each); 999 other events have
800 invites each: 999,200 invites in all. Statuses keep the rules of SPEC §1.6
(`partnerctl db check` passes on the result).
"""
import random
import sqlite3
import sys

T0 = "2026-01-01T00:00:00Z"
USERS, RECEIVERS, PARTNERS, EVENTS = 10_000, 50_000, 1_000, 1_000
BIG_INVITES, SMALL_INVITES = 200_000, 800


def ts(minutes):
    """Fixed-width RFC 3339 UTC, minutes after 2026-01-01."""
    d, rem = divmod(minutes, 24 * 60)
    h, m = divmod(rem, 60)
    month, day = divmod(d, 28)  # 28-day months keep the arithmetic trivial
    return f"2026-{month % 12 + 1:02d}-{day + 1:02d}T{h:02d}:{m:02d}:00Z"


def main(path):
    rnd = random.Random(42)
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = OFF")
    tenant = db.execute("SELECT id FROM tenants WHERE slug = 'bench'").fetchone()[0]
    cur = db.cursor()
    cur.executemany(
        "INSERT INTO users (id, tenant_id, email, display_name, created_at) VALUES (?, ?, ?, ?, ?)",
        [(f"u-{i:05d}", tenant, f"user{i}@bench.test", f"User {i}", T0) for i in range(USERS)]
        + [(f"r-{i:05d}", tenant, f"rcv{i}@bench.test", f"Receiver {i}", T0) for i in range(RECEIVERS)],
    )
    partners = [f"p-{i:04d}" for i in range(PARTNERS)]
    cur.executemany(
        "INSERT INTO partners (id, tenant_id, slug, name, kind, plan_key, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, 'venue', 'pro', ?, ?)",
        [(p, tenant, "big-host" if i == 0 else f"partner-{i:04d}", f"Partner {i}", T0, T0) for i, p in enumerate(partners)],
    )
    cur.executemany(
        "INSERT INTO events (id, tenant_id, slug, title, starts_at, ends_at, host_partner_id, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 'p-0000', ?, ?)",
        [
            (f"e-{i:04d}", tenant, "big" if i == 0 else f"event-{i:04d}", f"Event {i}", ts(i * 300 + 60_000),
             ts(i * 300 + 60_240), T0, T0)
            for i in range(EVENTS)
        ],
    )

    def invites(event, n, base_minute):
        # Receiver k % RECEIVERS; the 7*j shift keeps (receiver, inviter) unique
        # within the event; only a receiver's first invite may be credited, and
        # after it the receiver's other invites cannot be open.
        accepted = set()
        for k in range(n):
            receiver = k % RECEIVERS
            first_for_receiver = k < RECEIVERS
            slot = (receiver + 7 * (k // RECEIVERS)) % (USERS + PARTNERS) if n == BIG_INVITES else rnd.randrange(USERS + PARTNERS)
            if slot < USERS:
                kind, inviter, issuer = "user", f"u-{slot:05d}", f"u-{slot:05d}"
            else:
                p = slot - USERS
                kind, inviter, issuer = "partner", partners[p], f"u-{(p * 4 + rnd.randrange(4)) % USERS:05d}"
            created = base_minute + k // 4
            r = rnd.random()
            if r < 0.2:
                status = "pending"
            elif r < 0.4:
                status = "viewed"
            elif r < 0.65 and first_for_receiver:
                status = "accepted"
            elif r < 0.8:
                status = "declined"
            elif r < 0.9:
                status = "closed_duplicate"
            else:
                status = "expired"
            if status in ("pending", "viewed") and receiver in accepted:
                status = "closed_duplicate"
            if status == "accepted":
                accepted.add(receiver)
            viewed = ts(created + 5) if status in ("viewed", "accepted", "declined") or (status != "pending" and rnd.random() < 0.3) else None
            responded = viewed if status in ("accepted", "declined") else None
            attendance = ("confirmed" if rnd.random() < 0.6 else "no_show") if status == "accepted" else "unknown"
            yield (f"{event}-{k:06d}", tenant, event, f"r-{receiver:05d}", kind, inviter, issuer, status,
                   int(status == "accepted"), attendance, ts(created), viewed, responded, ts(created))

    sql = ("INSERT INTO invites (id, tenant_id, event_id, receiver_user_id, inviter_kind, inviter_id, issued_by_user_id,"
           " status, credited_acceptance, attendance, created_at, viewed_at, responded_at, updated_at)"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    cur.executemany(sql, invites("e-0000", BIG_INVITES, 0))
    for i in range(1, EVENTS):
        cur.executemany(sql, invites(f"e-{i:04d}", SMALL_INVITES, i * 300))
    db.commit()
    print(db.execute("SELECT count(*), count(DISTINCT event_id) FROM invites").fetchone())


if __name__ == "__main__":
    main(sys.argv[1])
