"""The workloads on PostgreSQL (`bench/run --backend postgres`): partnerctl
with `--db postgres://…` beside `psql` doing the same work on the same
server and data. The data is the SQLite dataset moved with `partnerctl db
copy`; the SQL is read from crates/store-postgres, as sql.py reads the
SQLite store's.

The server is a PostgreSQL 15 cluster of Debian's binaries in the cache
directory (durable defaults: fsync and synchronous_commit on), started as
the `postgres` user when run as root, or the one `--pg-url` names."""

import hashlib
import os
import socket
import subprocess
import time

import sql
from dataset import ROOT
from workloads import Bench

BIN = "/usr/lib/postgresql/15/bin"


def schema_key():
    """Changes with the PostgreSQL migrations: the databases `db copy` made
    are kept per dataset and per schema."""
    h = hashlib.sha256()
    folder = os.path.join(ROOT, "migrations", "postgres")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            h.update(f.read())
    return h.hexdigest()[:8]


def _as_server_user(argv):
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


def start_server(cache):
    """Starts (or finds running) the benchmark cluster; returns its base URL."""
    root = os.path.join(cache, "pg15")
    data, port_file = os.path.join(root, "data"), os.path.join(root, "port")
    if os.path.exists(port_file):
        base = f"postgres://postgres@127.0.0.1:{open(port_file).read().strip()}"
        if subprocess.run(["psql", "-X", "-q", "-c", "SELECT 1", f"{base}/postgres"],
                          capture_output=True).returncode == 0:
            return base
    if not os.path.exists(os.path.join(data, "PG_VERSION")):
        os.makedirs(root, exist_ok=True)
        os.chmod(root, 0o777)
        subprocess.run(_as_server_user([f"{BIN}/initdb", "-D", data, "-U", "postgres", "-E", "UTF8",
                                        "--locale=C.UTF-8", "--auth=trust"]), check=True, capture_output=True)
    for stale in ("postmaster.pid",):
        if os.path.exists(os.path.join(data, stale)):
            os.remove(os.path.join(data, stale))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with open(port_file, "w") as f:
        f.write(str(port))
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c max_connections=100"
    subprocess.run(_as_server_user([f"{BIN}/pg_ctl", "-D", data, "-l", os.path.join(root, "log"), "-w",
                                    "-t", "120", "-o", options, "start"]), check=True, capture_output=True)
    return f"postgres://postgres@127.0.0.1:{port}"


class PgBench(Bench):
    """The workloads of Bench, on databases of one PostgreSQL server."""

    def __init__(self, dataset, binary, work, runs, import_runs, base_url, key):
        super().__init__(dataset, binary, work, runs, import_runs)
        self.base = base_url
        self.full, self.setup, self.raw = f"bench_full_{key}", f"bench_setup_{key}", f"bench_raw_{key}"
        self.url = self.db_url("bench_work")
        self.env.update(PARTNERCTL_DB=self.url)
        self.queries = sql.queries("postgres")
        self.side = "psql"

    def db_url(self, name):
        return f"{self.base}/{name}?sslmode=disable"

    def psql(self, *args, db="postgres", capture=True):
        return subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", *args, self.db_url(db)],
                              capture_output=capture, text=True, check=True)

    def ensure_databases(self):
        """The dataset's setup and full databases, moved by `db copy` once."""
        for name, source in ((self.setup, self.ds.setup_db), (self.full, self.ds.full_db)):
            exists = self.psql("-At", "-c", f"SELECT 1 FROM pg_database WHERE datname = '{name}'").stdout.strip()
            if exists:
                continue
            self.psql("-c", f"CREATE DATABASE {name}_loading")
            start = time.monotonic()
            subprocess.run([self.binary, "--db", source, "-q", "db", "copy", "--to", self.db_url(f"{name}_loading")],
                           env=self.env, check=True, capture_output=True)
            print(f"dataset: db copy of {os.path.basename(source)} to PostgreSQL ({time.monotonic() - start:.0f} s)")
            self.psql("-c", "VACUUM ANALYZE", db=f"{name}_loading")
            self.psql("-c", f"ALTER DATABASE {name}_loading RENAME TO {name}")

    def raw_db(self):
        """The platform CSV `\\copy`ed into the denormalised table, once per dataset."""
        exists = self.psql("-At", "-c", f"SELECT 1 FROM pg_database WHERE datname = '{self.raw}'").stdout.strip()
        if not exists:
            self.create_raw(f"{self.raw}_loading")
            self.psql("-f", self.raw_load_script(), db=f"{self.raw}_loading")
            self.psql("-c", "VACUUM ANALYZE", db=f"{self.raw}_loading")
            self.psql("-c", f"ALTER DATABASE {self.raw}_loading RENAME TO {self.raw}")
        return self.raw

    def create_raw(self, name):
        self.psql("-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.psql("-c", f"CREATE DATABASE {name}")
        self.psql("-c", sql.raw_schema(), db=name)

    def raw_load_script(self):
        script = os.path.join(self.work, "import-raw.psql")
        with open(script, "w") as f:
            f.write(f"\\copy invites FROM '{self.ds.invites_csv}' WITH (FORMAT csv, HEADER true)\n")
        return script

    def raw_csv(self, query):
        return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", f"\\copy ({query}) TO STDOUT WITH (FORMAT csv, "
                f"HEADER true)", self.db_url(self.raw_db())]

    def tenant_id(self):
        return self.psql("-At", "-c", f"SELECT tenant_id FROM events WHERE id = '{self.ds.ids['big']}'",
                         db="bench_work").stdout.strip()

    def recreate(self, name, template):
        self.psql("-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.psql("-c", f"CREATE DATABASE {name} TEMPLATE {template}")
        # The copy's pages on disk before anything is timed.
        self.psql("-c", "CHECKPOINT")

    def fresh_copy(self):
        self.ensure_databases()
        self.recreate("bench_work", self.full)

    def script(self, name, query, *params):
        path = os.path.join(self.work, f"{name}.psql")
        with open(path, "w") as f:
            f.write(sql.psql_script(query, *params))
        return path

    def engine_select(self, query):
        return ["psql", "-X", "-q", "-A", "-c", query, self.url]

    def engine_csv(self):
        return ["psql", "-X", "-q", "--csv", self.url]

    # --- the workloads that differ from SQLite's ----------------------------

    def import_(self):
        with open(self.ds.table_csv) as f:
            columns = f.readline().strip()
        load = os.path.join(self.work, "import.psql")
        with open(load, "w") as f:
            f.write(f"\\copy invites ({columns}) FROM '{self.ds.table_csv}' WITH (FORMAT csv, HEADER true)\n")

        def prepare(side):
            if side == "raw":
                self.create_raw("bench_import_raw")
            else:
                self.recreate("bench_import_ours" if side == "ours" else "bench_import_psql", self.setup)

        try:
            result = self.compare(
                f"`invite import` of {self.ds.invites:,} rows",
                [self.binary, "--db", self.db_url("bench_import_ours"), "--format", "json", "invite", "import",
                 self.ds.invites_csv],
                ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", load, self.db_url("bench_import_psql")],
                raw=["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", self.raw_load_script(),
                     self.db_url("bench_import_raw")],
                prepare=prepare, warmup=False, target=1.5, runs=self.import_runs,
                note="psql same-SQL: `\\copy` of the stored rows (ids resolved) into the same schema and indexes; "
                     "raw: `\\copy` of the platform CSV partnerctl reads into one table with the raw indexes; "
                     "partnerctl also resolves every reference and validates each row")
            counts = {db: int(self.psql("-At", "-c", "SELECT count(*) FROM invites", db=db).stdout)
                      for db in ("bench_import_ours", "bench_import_psql", "bench_import_raw")}
            if set(counts.values()) != {self.ds.invites}:
                raise SystemExit(f"import: expected {self.ds.invites} invites, found {counts}")
            return result
        finally:
            for db in ("bench_import_ours", "bench_import_psql", "bench_import_raw"):
                self.psql("-c", f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")

    def query_plans(self):
        """EXPLAIN of partnerctl's metrics queries on the server."""
        ids = self.ds.ids
        plans = {}
        for name, param in (("by_inviter", "big"), ("by_issuer", "big"), ("partner", "city"), ("drill", "big")):
            script = sql.psql_script("EXPLAIN " + self.queries[name], ids[param])
            done = subprocess.run(["psql", "-X", "-q", "-A", "-t", self.url], input=script, text=True,
                                  capture_output=True, check=True)
            plans[name] = (self.queries[name], done.stdout.strip())
        return plans
