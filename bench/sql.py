"""The SQL partnerctl runs, read from its Rust source, so the `sqlite3` side
of a comparison runs the very same statements (parameters bound with
`.parameter set`). If the source changes shape, this fails loudly instead of
drifting."""

import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = {
    backend: (os.path.join(ROOT, f"crates/store-{backend}/src/metrics.rs"),
              os.path.join(ROOT, f"crates/store-{backend}/src/invite.rs"))
    for backend in ("sqlite", "postgres")
}


def _find(path, pattern):
    with open(path) as f:
        text = f.read()
    m = re.search(pattern, text, re.S)
    if not m:
        raise SystemExit(f"bench/sql.py: {pattern!r} not found in {path}; update bench/sql.py to the new source")
    return m.group(1)


def _const(path, name):
    return _find(path, rf'const {name}: &str =\s*"(.*?)";')


def _template(path, anchor):
    """The string of the `format!("…")` that follows `anchor`."""
    return _find(path, re.escape(anchor) + r'.*?format!\(\s*"(.*?)"\s*\)')


def _lines(sql):
    """The statement as written in the source, re-indented."""
    lines = [line.strip() for line in sql.strip().splitlines()]
    return "\n  ".join(line for line in lines if line)


def _fill(template, **values):
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    if "{" in template:
        raise SystemExit(f"bench/sql.py: unfilled placeholder in {template}")
    return _lines(template)


def _after(path, anchor):
    """The string of the first `format!("…")` that starts a line after `anchor`
    (skipping format! calls nested in arguments, such as grouped()'s)."""
    return _find(path, re.escape(anchor) + r'.*?\n\s*(?:let sql = )?format!\(\s*"(.*?)"\s*,?\s*\)')


def queries(backend):
    """name → the SQL partnerctl runs on `backend` without a time window
    (sqlite: ?1 = event or partner id, ?2/?3 = the window, NULL;
    postgres: $1, $2, $3). The metrics read the counter tables of migration
    0003 (named by 0004/0005); the query is assembled as `group_sql()` / `grouped()` assemble it."""
    metrics_rs, invite_rs = SOURCES[backend]
    counted = _const(metrics_rs, "COUNTED")
    sums = _const(metrics_rs, "SUMS")
    managed = _const(metrics_rs, "MANAGED_EVENTS")
    event_columns = _const(metrics_rs, "EVENT_COUNTS_COLUMNS")
    invite_select = _const(invite_rs, "SELECT")
    # grouped()'s shape without a window: summed counter rows.
    summed = _find(metrics_rs, r'fn grouped\(.*?if window\.is_unbounded\(\) \{\s*format!\(\s*"(.*?)"')
    # group_sql()'s shape for one event without a window: its counter rows,
    # names included (migration 0004 on SQLite, 0005 on PostgreSQL).
    event_rows = _find(metrics_rs, r'InviteSet::Event\(_\)(?:, \w+\))? if window\.is_unbounded\(\) => \{.*?return format!\(\s*"(.*?)"\s*\)')
    first, second = ("?1", "?2") if backend == "sqlite" else ("$1", "$2")

    def event_counter_rows(keys, table, names):
        return _fill(event_rows, keys=keys, COUNTED=counted, names=names, event_table=table, order="")

    def grouped_managed(keys, table):
        """grouped() of the store over the events a partner manages."""
        return summed.replace("{keys}", keys).replace("{SUMS}", sums).replace("{counter_table}", table) \
            .replace("{filter}", f"event_id IN ({managed})")

    inviter, issuer = (_find(metrics_rs, re.escape(f"GroupBy::{by} => format!(") + r'\s*"(.*?)"')
                       for by in ("Inviter", "Issuer"))
    top10 = " ORDER BY accepted DESC, sent DESC, inviter_id, inviter_kind LIMIT 10"

    def managed_sums(keys, event_table, host_table, order):
        """managed_sums() of the store: a partner's sums per host (SQLite
        0005, PostgreSQL 0007) plus the counter rows of the events it
        co-manages without hosting them; `order` as group_sql() passes it."""
        key_list, counters = keys.split(", "), counted.split(", ")
        return _fill(_after(metrics_rs, "fn managed_sums"), keys=keys, SUMS=sums, event_table=event_table,
                     host_table=host_table, COUNTED=counted, order=order,
                     sums=", ".join(f"sum({n}::int) AS {n}" for n in counters),
                     same_group=" AND ".join(f"c.{k} = h.{k}" for k in key_list),
                     co_keys=", ".join(f"c.{k}" for k in key_list),
                     added=", ".join(f"c.{n} + coalesce(h.{n}, 0) AS {n}" for n in counters))
    return {
        "by_inviter": event_counter_rows("inviter_kind, inviter_id", "invite_counts_by_inviter", "inviter_name"),
        "by_issuer": event_counter_rows("issued_by_user_id", "invite_counts_by_issuer", "issuer_email, issuer_name"),
        "leaderboard": _fill(inviter, groups=managed_sums("inviter_kind, inviter_id", "invite_counts_by_inviter",
                                                          "host_counts_by_inviter", top10) + top10),
        "partner": _fill(_after(metrics_rs, "fn managed_event_counts"), EVENT_COUNTS_COLUMNS=event_columns,
                         MANAGED_EVENTS=managed,
                         counts=grouped_managed("event_id", "invite_counts_by_inviter")),
        # The invite records of one event as one statement: the shared SELECT
        # with its joins (the stores stream their STREAM_SELECT and look the
        # names up once per record instead; the records are the same).
        "drill": _lines(invite_select) + f"\n  WHERE i.event_id = {first} ORDER BY i.created_at, i.id",
        # `invite list --event` (the operator sees every invite), likewise: ?2 / $2 = the tenant.
        "invite_list": _lines(invite_select) + f"\n  WHERE i.tenant_id = {second} AND i.event_id = {first}"
                                               f" ORDER BY i.created_at, i.id",
    }


# partnerctl orders the groups in Rust (accepted desc, sent desc, id); the
# sqlite3 side of a timing does the same in SQL.
ORDER_IN_RUST = {"by_inviter": " ORDER BY 5 DESC, 3 DESC, 2, 1", "by_issuer": " ORDER BY 4 DESC, 2 DESC, 1"}


def as_sqlite3_runs_it(name, query):
    """The query with the order partnerctl applies in Rust (replacing the
    index order the PostgreSQL store asks for)."""
    if name in ORDER_IN_RUST:
        query = re.sub(r"\s+ORDER BY [^()]*$", "", query)
    return query + ORDER_IN_RUST.get(name, "")


def script(sql, *params):
    """A sqlite3 shell script binding ?1, ?2, … to `params` and running sql."""
    bind = "".join(f".parameter set ?{n} '{p}'\n" for n, p in enumerate(params, 1))
    return f"{bind}{sql};\n"


def psql_script(query, *params):
    """A psql script running a PostgreSQL store query with $1, … bound to
    `params` and the rest of $1-$3 (the optional window) unbound (NULL)."""
    bound, sets = query, ""
    for n, p in enumerate(params, 1):
        bound, sets = bound.replace(f"${n}", f":'p{n}'"), sets + f"\\set p{n} '{p}'\n"
    for n in range(len(params) + 1, 4):
        bound = bound.replace(f"${n}::text", "NULL::text").replace(f"${n}", "NULL::text")
    return f"{sets}{bound};\n"


# --- the raw-engine baseline -------------------------------------------------
# The platform CSV that `invite import` reads, loaded as it is into one
# denormalised table (no joins, no ids resolved) with the primary key and the
# six indexes the rules and the drill walk: one invite per (event, receiver,
# principal), one credited acceptance, the drill order, and the lookups of
# the limits by receiver, by inviter principal and by issuing user.

RAW_COLUMNS = ["id", "event", "receiver", "inviter_kind", "inviter", "issued_by", "status", "credited_acceptance",
               "attendance", "channel", "created_at", "viewed_at", "responded_at"]
RAW_INDEXES = """CREATE UNIQUE INDEX raw_unique_per_inviter ON invites (event, receiver, inviter_kind, inviter);
CREATE UNIQUE INDEX raw_one_credited ON invites (event, receiver) WHERE credited_acceptance = 'true';
CREATE INDEX raw_drill ON invites (event, created_at, id);
CREATE INDEX raw_by_receiver ON invites (receiver, status);
CREATE INDEX raw_by_inviter_time ON invites (inviter_kind, inviter, created_at);
CREATE INDEX raw_by_issuer_time ON invites (issued_by, created_at);
"""


def raw_schema():
    """The table (every column text, as the CSV has it; the optional cells
    may be empty) and its indexes; the same statements on both engines."""
    columns = ",\n  ".join(f"{c} TEXT{' PRIMARY KEY' if c == 'id' else ''}"
                           f"{' NOT NULL' if c not in ('id', 'attendance', 'viewed_at', 'responded_at') else ''}"
                           for c in RAW_COLUMNS)
    return f"CREATE TABLE invites (\n  {columns}\n);\n{RAW_INDEXES}"


def raw_drill(event_slug):
    """The engine's raw drill: one event's rows in creation order, no joins."""
    return f"SELECT * FROM invites WHERE event = '{event_slug}' ORDER BY created_at, id"
