#!/usr/bin/env bash
# Times the metrics queries on the database of bench/gen_metrics_db.py.
# Usage: bench/metrics_bench.sh DB [RUNS]   (uses target/release/partnerctl)
# Prints the best wall time of RUNS runs per command, the peak RSS of the
# 200k-row drill, and the same aggregates run by the sqlite3 shell.
set -euo pipefail
db=$1
runs=${2:-5}
bin=${BIN:-target/release/partnerctl}
export PARTNERCTL_DB=$db PARTNERCTL_NOW=2026-11-24T10:00:00Z

best() { # best wall seconds of $runs runs of "$@" (stdout discarded)
    local best=999 t out
    out=$(mktemp)
    for _ in $(seq "$runs"); do
        /usr/bin/time -f %e -o "$out" "$@" >/dev/null 2>&1
        t=$(tail -1 "$out")
        best=$(echo "$t $best" | awk '{print ($1 < $2) ? $1 : $2}')
    done
    rm -f "$out"
    echo "$best"
}

rss() { # peak RSS in MB of one run of "$@"
    local out
    out=$(mktemp)
    /usr/bin/time -f %M -o "$out" "$@" >/dev/null 2>&1
    awk '{printf "%.1f", $1 / 1024}' "$out"
    rm -f "$out"
}

echo "metrics event big --by inviter          $(best "$bin" --format csv metrics event big --by inviter) s"
echo "metrics event big --by issuer           $(best "$bin" --format csv metrics event big --by issuer) s"
echo "metrics partner big-host (1000 events)  $(best "$bin" --format csv metrics partner big-host) s"
echo "metrics leaderboard big-host (all)      $(best "$bin" --format csv metrics leaderboard big-host) s"
echo "metrics event big --drill csv (200k)    $(best "$bin" --format csv metrics event big --drill) s, peak RSS $(rss "$bin" --format csv metrics event big --drill) MB"
echo "metrics event big --drill json (200k)   $(best "$bin" --format json metrics event big --drill) s, peak RSS $(rss "$bin" --format json metrics event big --drill) MB"
echo "drill page (--limit 100 --after deep)   $(best "$bin" --format csv metrics event big --drill --limit 100 --after e-0000-150000) s"
echo "partnerctl tenant show (startup floor)  $(best "$bin" tenant show) s"

counters="count(*), count(viewed_at), sum(credited_acceptance), sum(status = 'declined'),
  sum(status = 'closed_duplicate'), sum(status IN ('pending', 'viewed')), sum(status = 'expired'),
  sum(attendance = 'confirmed')"
echo "sqlite3: by inviter                     $(best sqlite3 "$db" "SELECT inviter_kind, inviter_id, $counters FROM invites WHERE event_id = 'e-0000' GROUP BY 1, 2") s"
echo "sqlite3: by issuer                      $(best sqlite3 "$db" "SELECT issued_by_user_id, $counters FROM invites WHERE event_id = 'e-0000' GROUP BY 1") s"
echo "sqlite3: per event of big-host          $(best sqlite3 "$db" "SELECT event_id, $counters FROM invites GROUP BY 1") s"
echo "sqlite3: leaderboard of big-host        $(best sqlite3 "$db" "SELECT inviter_kind, inviter_id, $counters FROM invites WHERE event_id IN (SELECT id FROM events WHERE host_partner_id = 'p-0000' UNION SELECT event_id FROM event_managers WHERE partner_id = 'p-0000') GROUP BY 1, 2") s"
echo "sqlite3: by inviter, table scan         $(best sqlite3 "$db" "SELECT inviter_kind, inviter_id, $counters FROM invites NOT INDEXED WHERE event_id = 'e-0000' GROUP BY 1, 2") s"
