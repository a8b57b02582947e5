#!/usr/bin/env python3
"""Deterministic input for the import benchmark (see bench/README.md).

Writes into OUT:
  users.csv     users u00000@bench.example … (for `user import`)
  partners.txt  one partner slug per line, its owner's email beside it
  events.csv    slug,host,starts_at (created by bench/import.sh)
  invites.csv   ROWS invites (or invites.jsonl with --jsonl), in created_at
                order across events, as a platform export would be

Each event's receivers come in pairs of invites (one from a user, one from a
partner) with consistent statuses: at most one credited acceptance per
event and receiver, and no open invite beside it, so `db check` passes.
"""

import argparse
import json
import os
import time

EVENTS = 500
PARTNERS = 50
USERS = 20_000
START = 1_767_225_600  # 2026-01-01T00:00:00Z


def stamp(seconds):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def email(n):
    return f"u{n:05d}@bench.example"


def uuid_like(n):
    h = f"{0x0190_0000_0000_7000_8000_0000_0000_0000 + n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# Statuses of a receiver's two invites (user invite, partner invite), by case.
PAIRS = [
    ("pending", "pending"),
    ("viewed", "pending"),
    ("viewed", "viewed"),
    ("pending", "declined"),
    ("accepted", "closed_duplicate"),
    ("accepted", "expired"),
    ("closed_duplicate", "accepted"),
    ("declined", "expired"),
    ("viewed", "declined"),
    ("declined", "accepted"),
]


def invites(rows):
    """Row i: event i % EVENTS, its (i // EVENTS)-th invite; pairs share a receiver."""
    for i in range(rows):
        event = i % EVENTS
        k = i // EVENTS
        pair, second = divmod(k, 2)
        receiver = (event * 7919 + pair) % USERS
        case = PAIRS[(event * 31 + pair) % len(PAIRS)]
        status = case[second]
        created = START + i * 10
        if second == 0:
            inviter = (receiver + 1 + pair % 97) % USERS
            kind, inviter_ref, issuer = "user", email(inviter), email(inviter)
        else:
            partner = event % PARTNERS
            kind, inviter_ref, issuer = "partner", f"p{partner:02d}", email(partner)
        viewed = stamp(created + 3600) if status in ("viewed", "accepted", "declined") else ""
        responded = stamp(created + 7200) if status in ("accepted", "declined") else ""
        attendance = "confirmed" if status == "accepted" and pair % 3 == 0 else ""
        yield {
            "id": uuid_like(i),
            "event": f"e{event:03d}",
            "receiver": email(receiver),
            "inviter_kind": kind,
            "inviter": inviter_ref,
            "issued_by": issuer,
            "status": status,
            "credited_acceptance": "true" if status == "accepted" else "false",
            "attendance": attendance,
            "channel": ("in_app", "whatsapp", "link", "qr", "share_url")[i % 5],
            "created_at": stamp(created),
            "viewed_at": viewed,
            "responded_at": responded,
        }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--jsonl", action="store_true", help="write invites.jsonl instead of invites.csv")
    args = parser.parse_args()
    # Pairs per event must fit in the user space, or receivers would repeat.
    assert args.rows // EVENTS // 2 < USERS, "too many rows for the user space"
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "users.csv"), "w") as f:
        f.write("email,display_name\n")
        for n in range(USERS):
            f.write(f"{email(n)},User {n}\n")
    with open(os.path.join(args.out, "partners.txt"), "w") as f:
        for p in range(PARTNERS):
            f.write(f"p{p:02d} {email(p)}\n")
    with open(os.path.join(args.out, "events.csv"), "w") as f:
        f.write("slug,host,starts_at\n")
        for e in range(EVENTS):
            f.write(f"e{e:03d},p{e % PARTNERS:02d},{stamp(START + 400 * 86400 + e * 3600)}\n")
    columns = list(next(invites(1)).keys())
    if args.jsonl:
        with open(os.path.join(args.out, "invites.jsonl"), "w") as f:
            for row in invites(args.rows):
                record = {k: (v or None) for k, v in row.items()}
                record["credited_acceptance"] = row["credited_acceptance"] == "true"
                f.write(json.dumps(record) + "\n")
    else:
        with open(os.path.join(args.out, "invites.csv"), "w") as f:
            f.write(",".join(columns) + "\n")
            for row in invites(args.rows):
                f.write(",".join(row.values()) + "\n")


if __name__ == "__main__":
    main()
