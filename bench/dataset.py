"""The benchmark tenant, built only through partnerctl commands and cached.

`Dataset(...).ensure()` builds once per (seed, size, generator, schema):
  input/              the files of gen_import.py
  setup.db            tenant, users, partners, members, events, raised
                      limits; no invites (the start of the import workload)
  full.db             setup.db + `invite import input/invites.csv`
  invites.table.csv   full.db's invites table as CSV (for `sqlite3 .import`)
  ids.json            ids the sqlite3 side binds (event `big`, partner `city`)
Later runs reuse the directory; delete it (or change the seed) to rebuild.
"""

import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time

import gen_import

NOW = "2026-11-24T10:00:00Z"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cache_key():
    """Changes whenever the generator or the schema does."""
    h = hashlib.sha256()
    migrations = sorted(os.path.relpath(os.path.join(d, f), ROOT)
                        for d, _, files in os.walk(os.path.join(ROOT, "migrations", "sqlite")) for f in files)
    for rel in ["bench/gen_import.py", "bench/dataset.py"] + migrations:
        with open(os.path.join(ROOT, rel), "rb") as f:
            h.update(f.read())
    return h.hexdigest()[:12]


class Partnerctl:
    """Runs the release binary against one database at the benchmark clock."""

    def __init__(self, binary, db):
        self.binary = binary
        self.env = dict(os.environ, PARTNERCTL_DB=db, PARTNERCTL_NOW=NOW, PARTNERCTL_FORMAT="table")
        for var in ("PARTNERCTL_TENANT", "PARTNERCTL_AS"):
            self.env.pop(var, None)

    def __call__(self, *args):
        done = subprocess.run([self.binary, "-q", *args], env=self.env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"partnerctl {' '.join(args)}: exit {done.returncode}: {done.stderr.strip()}")
        return done.stdout.strip()


def remove_db(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def copy_db(src, dest):
    """A closed database is one file: the last writer checkpoints the WAL
    (a read-only sqlite3 may leave an empty one behind)."""
    if os.path.exists(src + "-wal") and os.path.getsize(src + "-wal") > 0:
        raise SystemExit(f"{src} has a non-empty WAL: is a process still writing it?")
    remove_db(dest)
    shutil.copyfile(src, dest)


class Dataset:
    def __init__(self, root, binary, seed, invites):
        self.binary = binary
        self.seed, self.invites = seed, invites
        self.dir = os.path.join(root, f"seed{seed}-n{invites}-{cache_key()}")
        self.input = os.path.join(self.dir, "input")
        self.setup_db = os.path.join(self.dir, "setup.db")
        self.full_db = os.path.join(self.dir, "full.db")
        self.table_csv = os.path.join(self.dir, "invites.table.csv")
        self.invites_csv = os.path.join(self.input, "invites.csv")

    @property
    def ids(self):
        with open(os.path.join(self.dir, "ids.json")) as f:
            return json.load(f)

    @property
    def sends(self):
        with open(os.path.join(self.input, "sends.json")) as f:
            return json.load(f)

    def ensure(self):
        if os.path.exists(os.path.join(self.dir, "complete")):
            print(f"dataset: cached in {self.dir}")
            return
        shutil.rmtree(self.dir, ignore_errors=True)
        os.makedirs(self.dir)
        step = Steps()
        gen_import.write(self.input, self.seed, self.invites)
        step.done(f"generated {self.invites:,} invites (seed {self.seed})")
        building = os.path.join(self.dir, "building.db")
        ctl = Partnerctl(self.binary, building)
        self.build_setup(ctl, step)
        ctl("db", "backup", self.setup_db)
        ctl("invite", "import", self.invites_csv)
        step.done("invite import")
        ctl("db", "check")
        step.done("db check")
        ids = {"big": ctl("event", "show", "big"), "city": ctl("partner", "show", "city")}
        with open(os.path.join(self.dir, "ids.json"), "w") as f:
            json.dump(ids, f)
        os.rename(building, self.full_db)
        with open(self.table_csv, "w") as out:
            subprocess.run(["sqlite3", "-readonly", "-csv", "-header", self.full_db,
                            "SELECT * FROM invites ORDER BY rowid"], stdout=out, check=True)
        step.done("invites table exported for sqlite3")
        open(os.path.join(self.dir, "complete"), "w").close()

    def build_setup(self, ctl, step):
        ctl("tenant", "create", "bench", "--name", "Bench City", "--timezone", "Europe/Berlin")
        ctl("user", "import", os.path.join(self.input, "users.csv"))
        step.done("users imported")
        members = 0
        for p in rows(os.path.join(self.input, "partners.csv")):
            ctl("partner", "create", p["slug"], "--name", p["name"], "--kind", p["kind"], "--plan", p["plan"],
                "--owner", p["owner"])
            for member in filter(None, p["members"].split(";")):
                ctl("member", "invite", p["slug"], member, "--role", "manager")
                ctl("member", "accept", p["slug"], member)
                members += 1
        step.done(f"partners created, {members} members invited and accepted")
        events = 0
        for e in rows(os.path.join(self.input, "events.csv")):
            managers = [arg for m in filter(None, e["managers"].split(";")) for arg in ("--manager", m)]
            ctl("event", "create", e["slug"], "--partner", e["host"], "--title", e["title"],
                "--starts-at", e["starts_at"], *managers)
            events += 1
        sends = self.sends
        ctl("event", "create", sends["event"], "--partner", sends["host"], "--title", "Send benchmark",
            "--starts-at", sends["starts_at"], *[arg for m in sends["managers"] for arg in ("--manager", m)])
        step.done(f"{events + 1} events created")
        # History is not limited, but the send workload must not hit a quota.
        for key in ("invites_per_event_per_inviter", "invites_per_day_per_user", "pending_invites_per_receiver",
                    "invites_to_same_receiver_per_30d"):
            ctl("tenant", "settings", "set", key, "unlimited")
        for plan in ("standard", "pro"):
            ctl("plan", "update", plan, "--limit", "invites_per_day_per_partner=unlimited")
        step.done("limits raised")


def rows(path):
    with open(path, newline="") as f:
        yield from csv.DictReader(f)


class Steps:
    def __init__(self):
        self.start = time.monotonic()

    def done(self, what):
        print(f"dataset: {what} ({time.monotonic() - self.start:.0f} s)", file=sys.stderr)
