#!/usr/bin/env bash
# Times `partnerctl invite import` of ROWS generated invites into a fresh
# database holding the referenced tenant, users, partners and events.
# Usage: bench/import.sh [ROWS] [csv|jsonl]   (see bench/README.md)
set -euo pipefail
ROWS=${1:-1000000}
FORMAT=${2:-csv}
BIN=${BIN:-target/release/partnerctl}
OUT=${OUT:-${TMPDIR:-/tmp}/partnerctl-import-bench}

python3 bench/gen_import.py --rows "$ROWS" --out "$OUT" $([ "$FORMAT" = jsonl ] && echo --jsonl)
export PARTNERCTL_DB="$OUT/import.db" PARTNERCTL_NOW=2026-11-24T10:00:00Z
rm -f "$PARTNERCTL_DB" "$PARTNERCTL_DB-wal" "$PARTNERCTL_DB-shm"

"$BIN" tenant create bench --name Bench -q >/dev/null
"$BIN" --format json user import "$OUT/users.csv" >/dev/null
while read -r slug owner; do
    "$BIN" partner create "$slug" --name "$slug" --kind venue --owner "$owner" -q >/dev/null
done <"$OUT/partners.txt"
# Events go in with SQL until `event create` is available on this branch.
python3 - "$PARTNERCTL_DB" "$OUT/events.csv" <<'PY'
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
tenant = db.execute("SELECT id FROM tenants").fetchone()[0]
with open(sys.argv[2]) as f, db:
    for e in csv.DictReader(f):
        host = db.execute("SELECT id FROM partners WHERE slug = ?", (e["host"],)).fetchone()[0]
        db.execute(
            "INSERT INTO events (id, tenant_id, slug, title, starts_at, ends_at, host_partner_id, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', ?, '+4 hours'), ?, ?, ?)",
            ("ev-" + e["slug"], tenant, e["slug"], e["slug"], e["starts_at"], e["starts_at"], host,
             "2025-12-01T00:00:00Z", "2025-12-01T00:00:00Z"))
PY

/usr/bin/time -v "$BIN" --format json invite import "$OUT/invites.$FORMAT" 2>"$OUT/time.txt"
grep -E "Elapsed \(wall|Maximum resident" "$OUT/time.txt"
"$BIN" --format json db check
