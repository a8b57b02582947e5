"""Markdown of a bench run, written between markers into BENCHMARKS.md (the
hand-written text around them stays)."""

import datetime
import os
import re
import subprocess

import measure
from dataset import ROOT

BENCHMARKS_MD = os.path.join(ROOT, "BENCHMARKS.md")


def machine():
    with open("/proc/cpuinfo") as f:
        cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "unknown")
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    sqlite3 = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]
    psql = subprocess.run(["psql", "--version"], capture_output=True, text=True).stdout.split()[2]
    with open(os.path.join(ROOT, "Cargo.lock")) as f:
        bundled = re.search(r'name = "libsqlite3-sys"\nversion = "([^"]+)"', f.read())
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "load": load,
        "sqlite3": sqlite3,
        "psql": psql,
        "bundled": bundled.group(1) if bundled else "?",
    }


def seconds(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def results(comparisons, sends, host, dataset, load_after, engine="sqlite3"):
    if engine == "sqlite3":
        versions = (f"partnerctl release build (bundled SQLite of libsqlite3-sys {host['bundled']}); "
                    f"`sqlite3` shell {host['sqlite3']}")
    else:
        versions = (f"partnerctl release build with `--db postgres://…`; PostgreSQL {host['psql']} server on "
                    f"this machine (fsync and synchronous_commit on) and its `psql`")
    lines = [
        f"Machine: {host['nproc']} CPUs ({host['cpu']}), {host['date']}, load average {host['load']} before and "
        f"{load_after} after the run. {versions}. Dataset: seed {dataset.seed}, {dataset.invites:,} invites.",
        "",
        f"| workload | partnerctl (median) | {engine} same SQL (median) | ratio | {engine} raw (median) | ratio | "
        f"target | partnerctl peak RSS | {engine} peak RSS | runs |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    notes = [f"- same SQL: {engine} runs partnerctl's own statements on partnerctl's schema; raw: {engine} does the "
             f"engine's raw work on the platform CSV loaded into one denormalised table (no joins; primary key and "
             f"6 indexes, bench/sql.py). The target applies to the raw ratio where there is one."]
    for c in comparisons:
        def ratio(value, judged):
            return f"{value:.2f}×" + (f" {'✓' if value <= c.target else '✗'}" if judged else "")
        rss = f"{c.ours.peak_rss_mib:.1f} MiB"
        if c.rss_limit_mib:
            rss += f" (≤ {c.rss_limit_mib} {'✓' if c.ours.peak_rss_mib <= c.rss_limit_mib else '✗'})"
        raw = f"{seconds(c.raw.median)} | {ratio(c.raw_ratio, True)}" if c.raw else "— | —"
        lines.append(f"| {c.workload} | {seconds(c.ours.median)} | {seconds(c.theirs.median)} | "
                     f"{ratio(c.ratio, not c.raw)} | {raw} | ≤ {c.target}× | {rss} | {c.theirs.peak_rss_mib:.1f} MiB | "
                     f"{len(c.ours.samples)} |")
        if c.note:
            notes.append(f"- {c.workload}: {c.note}.")
    if sends:
        lines += [
            "",
            "| concurrent `invite send` | sends | wall | throughput | p50 latency | p99 latency | failures |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
    for run in sends:
        p50, p99 = (measure.percentile(run.latencies, p) for p in (50, 99))
        failures = ", ".join(sorted({f"exit {code}: {err[:120]}" for code, err in run.failures})) or "none"
        lines.append(
            f"| {run.processes} processes × {run.sends // run.processes} sends, one database | {run.sends} | "
            f"{seconds(run.seconds)} | {run.throughput:.0f} sends/s | {seconds(p50)} | {seconds(p99)} | "
            f"{len(run.failures)} ({failures}) |")
    if notes:
        lines += ["", *notes]
    return "\n".join(lines)


def plans(query_plans):
    out = []
    titles = {
        "by_inviter": "`metrics event --by inviter`",
        "by_issuer": "`metrics event --by issuer`",
        "partner": "`metrics partner`",
        "drill": "`metrics event --drill`",
    }
    for name, (query, plan) in query_plans.items():
        out += [f"#### {titles[name]}", "", "```sql", query, "```", "```", plan, "```", ""]
    return "\n".join(out).rstrip()


def replace_section(text, name, body):
    begin, end = f"<!-- BEGIN {name} (bench/run) -->", f"<!-- END {name} (bench/run) -->"
    if begin not in text or end not in text:
        raise SystemExit(f"BENCHMARKS.md lacks the markers {begin} … {end}")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{begin}\n{body}\n{end}{tail}"


def write(sections):
    with open(BENCHMARKS_MD) as f:
        text = f.read()
    for name, body in sections.items():
        text = replace_section(text, name, body)
    with open(BENCHMARKS_MD, "w") as f:
        f.write(text)
