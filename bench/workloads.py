"""The workloads: each runs partnerctl and the `sqlite3` shell doing the same
work on the same data, interleaved run by run (so background load hits both
sides alike), after one untimed warm-up run of each."""

import os
import subprocess
import threading
import time
from dataclasses import dataclass

import measure
import sql
from dataset import NOW, ROOT, copy_db, remove_db


@dataclass
class Comparison:
    """partnerctl (`ours`) beside the engine's client running partnerctl's
    own SQL (`theirs`, same-SQL) and, where the workload has one, beside the
    engine's raw work on the denormalised platform rows (`raw`); the target
    is the distance to the raw work when there is one."""

    workload: str
    ours: measure.Series
    theirs: measure.Series
    target: float
    rss_limit_mib: float = None
    note: str = ""
    raw: measure.Series = None

    @property
    def ratio(self):
        return self.ours.median / self.theirs.median

    @property
    def raw_ratio(self):
        return self.ours.median / self.raw.median if self.raw else None

    @property
    def target_ratio(self):
        return self.raw_ratio if self.raw else self.ratio

    @property
    def meets_targets(self):
        return self.target_ratio <= self.target and (
            not self.rss_limit_mib or self.ours.peak_rss_mib <= self.rss_limit_mib)


@dataclass
class SendResult:
    sends: int
    processes: int
    seconds: float
    latencies: list
    failures: list

    @property
    def throughput(self):
        return self.sends / self.seconds


class Bench:
    def __init__(self, dataset, binary, work, runs, import_runs):
        self.ds, self.binary, self.work = dataset, binary, work
        self.runs, self.import_runs = runs, import_runs
        os.makedirs(work, exist_ok=True)
        self.db = os.path.join(work, "bench.db")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PARTNERCTL_")}
        self.env.update(PARTNERCTL_DB=self.db, PARTNERCTL_NOW=NOW)
        self.queries = sql.queries("sqlite")
        # The engine's own client on the other side of each comparison.
        self.side = "sqlite3"

    def fresh_copy(self):
        copy_db(self.ds.full_db, self.db)
        # On disk before anything is timed: else the first checkpoint's fsync
        # writes the whole copy (about 0.5 s for 1.3 GB), inside a timed run.
        with open(self.db, "rb") as f:
            os.fsync(f.fileno())

    def script(self, name, query, *params):
        path = os.path.join(self.work, f"{name}.sql")
        with open(path, "w") as f:
            f.write(sql.script(query, *params))
        return path

    def compare(self, workload, ours, theirs, *, target, runs, theirs_stdin=None, raw=None, raw_stdin=None,
                prepare=None, warmup=True, rss_limit_mib=None, note="", same_lines=True):
        """`ours`/`theirs`/`raw`: argv (`raw` optional); `prepare(side)` runs
        untimed before each run; `same_lines`: every side prints as many
        lines (checked on the warm-up run)."""
        result = Comparison(workload, measure.Series(), measure.Series(), target, rss_limit_mib, note,
                            measure.Series() if raw else None)
        sides = [("ours", ours, None, result.ours), ("theirs", theirs, theirs_stdin, result.theirs)]
        if raw:
            sides.append(("raw", raw, raw_stdin, result.raw))
        outputs = {}
        for i in range(runs + warmup):
            for side, argv, stdin, series in sides:
                if prepare:
                    prepare(side)
                if i == 0 and warmup:
                    # The warm-up run checks the output and measures peak RSS.
                    out = os.path.join(self.work, f"out.{side}")
                    sample = measure.run(argv, stdin=stdin, stdout=out, env=self.env, rss=True)
                    if sample.code != 0:
                        raise SystemExit(f"{workload} ({side}) failed: {sample.stderr.strip()[:500]}")
                    outputs[side] = count_lines(out)
                    series.rss_kib.append(sample.rss_kib)
                    continue
                # Without a warm-up run, runs are long: the wrapper's start-up does not count.
                sample = measure.run(argv, stdin=stdin, env=self.env, rss=not warmup)
                series.add(sample, f"{workload} ({side})")
        if warmup and same_lines and len(set(outputs.values())) > 1:
            raise SystemExit(f"{workload}: lines printed differ: {outputs}")
        raw_part = f", raw {result.raw.median:.3f} s, ratio {result.raw_ratio:.2f}" if raw else ""
        print(f"{workload}: partnerctl {result.ours.median:.3f} s, {self.side} {result.theirs.median:.3f} s, "
              f"ratio {result.ratio:.2f}{raw_part} (target {target}), peak RSS {result.ours.peak_rss_mib:.1f} MiB")
        return result

    # --- the raw-engine baseline (sql.raw_schema) ----------------------------

    def raw_db(self):
        """The platform CSV `.import`ed into the denormalised table, once per dataset."""
        path = os.path.join(self.ds.dir, "raw.db")
        if not os.path.exists(path):
            self.create_raw(path + ".loading")
            with open(self.raw_load_script()) as script:
                subprocess.run(["sqlite3", path + ".loading"], stdin=script, check=True, capture_output=True)
            os.rename(path + ".loading", path)
        return path

    def create_raw(self, path):
        """An empty raw table and its indexes, in partnerctl's journal mode."""
        remove_db(path)
        subprocess.run(["sqlite3", path], input=sql.raw_schema() + "PRAGMA journal_mode = WAL;\n", text=True,
                       check=True, capture_output=True)

    def raw_load_script(self):
        """The sqlite3 script loading the platform CSV into the raw table."""
        script = os.path.join(self.work, "import-raw.sql")
        with open(script, "w") as f:
            f.write(f"PRAGMA synchronous = FULL;\n.import --csv --skip 1 {self.ds.invites_csv} invites\n")
        return script

    def raw_csv(self, query):
        """argv of the engine's client streaming `query` on the raw table as CSV with a header."""
        return ["sqlite3", "-readonly", "-csv", "-header", self.raw_db(), query]

    # --- the workloads -----------------------------------------------------

    # --- the workloads -----------------------------------------------------

    def engine_select(self, query):
        """argv of the engine's shell running one query."""
        return ["sqlite3", self.db, query]

    def engine_csv(self):
        """argv of the engine's shell printing CSV with a header, script on stdin."""
        return ["sqlite3", "-csv", "-header", self.db]

    def small_read(self):
        return self.compare(
            "`partner show city` (whole process)",
            [self.binary, "partner", "show", "city"],
            self.engine_select(
                "SELECT id, slug, name, kind, plan_key, status, created_at FROM partners WHERE slug = 'city'"),
            target=2.0, runs=max(self.runs, 30), same_lines=False,
            note=f"{self.side}: one SELECT by slug; partnerctl also resolves the tenant and checks access")

    def metrics(self):
        ids = self.ds.ids
        cases = [
            ("`metrics event big --by inviter`", ["metrics", "event", "big", "--by", "inviter"], "by_inviter", "big"),
            ("`metrics event big --by issuer`", ["metrics", "event", "big", "--by", "issuer"], "by_issuer", "big"),
            ("`metrics partner city` (all 1,000 events)", ["metrics", "partner", "city"], "partner", "city"),
            ("`metrics leaderboard city --top 10` (1,000 events, 1M invites)",
             ["metrics", "leaderboard", "city", "--top", "10"], "leaderboard", "city"),
        ]
        return [self.compare(workload, [self.binary, "--format", "csv", *args], self.engine_csv(),
                             theirs_stdin=self.script(query, sql.as_sqlite3_runs_it(query, self.queries[query]),
                                                      ids[param]),
                             target=1.3, runs=self.runs)
                for workload, args, query, param in cases]

    def drill(self):
        return self.compare(
            "`metrics event big --drill --format csv` (all rows)",
            [self.binary, "--format", "csv", "metrics", "event", "big", "--drill"], self.engine_csv(),
            theirs_stdin=self.script("drill", self.queries["drill"], self.ds.ids["big"]),
            raw=self.raw_csv(sql.raw_drill("big")), target=1.5, runs=self.runs, rss_limit_mib=32)

    def invite_list(self):
        return self.compare(
            "`invite list --event big --format csv` (all rows)",
            [self.binary, "--format", "csv", "invite", "list", "--event", "big"], self.engine_csv(),
            theirs_stdin=self.script("invite_list", self.queries["invite_list"], self.ds.ids["big"], self.tenant_id()),
            raw=self.raw_csv(sql.raw_drill("big")), target=1.5, runs=self.runs, rss_limit_mib=32)

    def tenant_id(self):
        done = subprocess.run(["sqlite3", "-readonly", self.db, f"SELECT tenant_id FROM events WHERE id = "
                               f"'{self.ds.ids['big']}'"], capture_output=True, text=True, check=True)
        return done.stdout.strip()

    def import_(self):
        ours_db = os.path.join(self.work, "import.db")
        theirs_db = os.path.join(self.work, "import-sqlite3.db")
        raw_db = os.path.join(self.work, "import-raw.db")
        with open(os.path.join(ROOT, "migrations/sqlite/0001_init.sql")) as f:
            schema = f.read()
        load = os.path.join(self.work, "import.sql")
        with open(load, "w") as f:
            f.write(f"PRAGMA synchronous = FULL;\n.import --csv --skip 1 {self.ds.table_csv} invites\n")

        def prepare(side):
            if side == "ours":
                copy_db(self.ds.setup_db, ours_db)
            elif side == "raw":
                self.create_raw(raw_db)
            else:
                remove_db(theirs_db)
                # The same schema and journal mode as partnerctl's file.
                subprocess.run(["sqlite3", theirs_db], input=schema + "PRAGMA journal_mode = WAL;\n", text=True,
                               check=True, capture_output=True)

        for path in (self.ds.invites_csv, self.ds.table_csv):  # into the page cache, for every side alike
            with open(path, "rb") as f:
                while f.read(1 << 24):
                    pass
        try:
            result = self.compare(
                f"`invite import` of {self.ds.invites:,} rows",
                [self.binary, "--db", ours_db, "--format", "json", "invite", "import", self.ds.invites_csv],
                ["sqlite3", theirs_db], theirs_stdin=load, raw=["sqlite3", raw_db],
                raw_stdin=self.raw_load_script(), prepare=prepare, warmup=False,
                target=1.5, runs=self.import_runs,
                note="sqlite3 same-SQL: `.import` of the stored rows (ids resolved) into partnerctl's schema; raw: "
                     "`.import` of the platform CSV partnerctl reads into one table with the raw indexes; partnerctl "
                     "also resolves every reference, validates each row and checks foreign keys")
            counts = {db: rows_in(db) for db in (ours_db, theirs_db, raw_db)}
            if set(counts.values()) != {self.ds.invites}:
                raise SystemExit(f"import: expected {self.ds.invites} invites, found {counts}")
            return result
        finally:
            for db in (ours_db, theirs_db, raw_db):
                remove_db(db)

    def sends(self, writers):
        """The first `writers` senders at once, each a loop of `invite send`
        processes (on a fresh copy, so every send plan starts from the same data)."""
        self.fresh_copy()
        plan = dict(self.ds.sends, senders=self.ds.sends["senders"][:writers])
        latencies, failures = [], []
        lock = threading.Lock()

        def sender(s):
            base = [self.binary, "-q", "--as", s["as"], "invite", "send", plan["event"]]
            behalf = ["--on-behalf-of", s["on_behalf_of"]] if s["on_behalf_of"] else []
            for receiver in s["receivers"]:
                sample = measure.run(base + [receiver] + behalf, env=self.env)
                with lock:
                    latencies.append(sample.seconds)
                    if sample.code != 0:
                        failures.append((sample.code, sample.stderr.strip()))

        threads = [threading.Thread(target=sender, args=(s,)) for s in plan["senders"]]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        result = SendResult(len(latencies), len(threads), time.perf_counter() - start, latencies, failures)
        print(f"invite send: {result.sends} sends by {result.processes} concurrent loops in {result.seconds:.1f} s, "
              f"{result.throughput:.0f}/s, p50 {measure.percentile(latencies, 50) * 1000:.1f} ms, "
              f"p99 {measure.percentile(latencies, 99) * 1000:.1f} ms, {len(failures)} failures")
        return result

    def query_plans(self):
        """EXPLAIN QUERY PLAN of partnerctl's metrics queries, as the sqlite3 shell plans them."""
        ids = self.ds.ids
        plans = {}
        for name, param in (("by_inviter", "big"), ("by_issuer", "big"), ("partner", "city"), ("drill", "big")):
            script = sql.script("EXPLAIN QUERY PLAN " + self.queries[name], ids[param])
            done = subprocess.run(["sqlite3", self.db], input=script, text=True, capture_output=True, check=True)
            plans[name] = (self.queries[name], done.stdout.strip())
        return plans


def rows_in(db):
    done = subprocess.run(["sqlite3", db, "SELECT count(*) FROM invites"], capture_output=True, text=True, check=True)
    return int(done.stdout)


def count_lines(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)
