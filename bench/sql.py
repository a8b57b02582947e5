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


def queries(backend):
    """name → the SQL partnerctl runs on `backend` (sqlite: ?1 = event or
    partner id, ?2/?3 = the optional window; postgres: $1, $2, $3)."""
    metrics_rs, invite_rs = SOURCES[backend]
    counters = _const(metrics_rs, "COUNTERS")
    window = _const(metrics_rs, "WINDOW")
    managed = _const(metrics_rs, "MANAGED_EVENTS")
    event_columns = _const(metrics_rs, "EVENT_COUNTS_COLUMNS")
    invite_select = _const(invite_rs, "SELECT")
    first = "?1" if backend == "sqlite" else "$1"
    common = dict(COUNTERS=counters, WINDOW=window, MANAGED_EVENTS=managed, EVENT_COUNTS_COLUMNS=event_columns,
                  filter=f"event_id = {first}")
    return {
        "by_inviter": _fill(_template(metrics_rs, "GroupBy::Inviter =>"), **common),
        "by_issuer": _fill(_template(metrics_rs, "GroupBy::Issuer =>"), **common),
        "partner": _fill(_template(metrics_rs, "fn managed_event_counts"), **common),
        # drill_sql() without filters: the shared invite SELECT on one event.
        "drill": _lines(invite_select) + f"\n  WHERE i.event_id = {first} ORDER BY i.created_at, i.id",
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


def script(sql, param, prefix=""):
    """A sqlite3 shell script binding ?1 and running sql."""
    return f"{prefix}.parameter set ?1 '{param}'\n{sql};\n"


def psql_script(query, param):
    """A psql script running a PostgreSQL store query with $1 bound to
    `param` and the optional window ($2, $3) unbound (NULL)."""
    bound = query.replace("$1", ":'p1'")
    for unbound in ("$2::text", "$3::text", "$2", "$3"):
        bound = bound.replace(unbound, "NULL::text")
    return f"\\set p1 '{param}'\n{bound};\n"
