"""The SQL partnerctl runs, read from its Rust source, so the `sqlite3` side
of a comparison runs the very same statements (parameters bound with
`.parameter set`). If the source changes shape, this fails loudly instead of
drifting."""

import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METRICS_RS = os.path.join(ROOT, "crates/store-sqlite/src/metrics.rs")
INVITE_RS = os.path.join(ROOT, "crates/store-sqlite/src/invite.rs")


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


def queries():
    """name → the SQL partnerctl runs: ?1 = event or partner id, ?2/?3 =
    the optional window (unbound: NULL)."""
    counters = _const(METRICS_RS, "COUNTERS")
    window = _const(METRICS_RS, "WINDOW")
    managed = _const(METRICS_RS, "MANAGED_EVENTS")
    invite_select = _const(INVITE_RS, "SELECT")
    common = dict(COUNTERS=counters, WINDOW=window, MANAGED_EVENTS=managed, filter="event_id = ?1")
    return {
        "by_inviter": _fill(_template(METRICS_RS, "GroupBy::Inviter =>"), **common),
        "by_issuer": _fill(_template(METRICS_RS, "GroupBy::Issuer =>"), **common),
        "partner": _fill(_template(METRICS_RS, "fn managed_event_counts"), **common),
        # drill_sql() without filters: the shared invite SELECT on one event.
        "drill": _lines(invite_select) + "\n  WHERE i.event_id = ?1 ORDER BY i.created_at, i.id",
    }


# partnerctl orders the groups in Rust (accepted desc, sent desc, id); the
# sqlite3 side of a timing does the same in SQL.
ORDER_IN_RUST = {"by_inviter": " ORDER BY 5 DESC, 3 DESC, 2, 1", "by_issuer": " ORDER BY 4 DESC, 2 DESC, 1"}


def as_sqlite3_runs_it(name, query):
    return query + ORDER_IN_RUST.get(name, "")


def script(sql, param, prefix=""):
    """A sqlite3 shell script binding ?1 and running sql."""
    return f"{prefix}.parameter set ?1 '{param}'\n{sql};\n"
