"""HTTP workloads (issue 11): `partnerctl serve` on a copy of the dataset,
loaded by wrk from 8 connections (one per wrk thread), beside the same use
case through the CLI. The server acts for a landlord of the tenant, who
sees what the operator sees; sends use the tokens of the send plan's users.
"""

import json
import os
import re
import shutil
import signal
import statistics
import subprocess

import measure
from dataset import Partnerctl

CONNECTIONS = 8
DURATION = "10s"
LANDLORD = "bench-landlord@bench.example"
#: Receivers of each send-plan user kept for the CLI's `invite send` timing.
CLI_SENDS = 10


class Server:
    """`serve --listen 127.0.0.1:0` on `db`; stopped with SIGTERM."""

    def __init__(self, binary, env):
        self.proc = subprocess.Popen([binary, "serve", "--listen", "127.0.0.1:0"], env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        line = self.proc.stderr.readline()
        if not line.startswith("listening on "):
            raise SystemExit(f"serve did not start: {line}{self.proc.stderr.read()}")
        self.base = line.split()[-1]
        # Drain the access log so the pipe never fills.
        self.drain = subprocess.Popen(["cat"], stdin=self.proc.stderr, stdout=subprocess.DEVNULL)

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=30)
        self.drain.wait(timeout=30)
        if code != 0:
            raise SystemExit(f"serve exited {code} after SIGTERM")


def parse_wrk(out):
    """Throughput, p50/p99 (seconds), requests and non-2xx from `wrk --latency`."""
    unit = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}

    def latency(p):
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M)
        return float(m.group(1)) * unit[m.group(2)]

    requests = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    avg = re.search(r"^\s+Latency\s+([\d.]+)(us|ms|s|m)", out, re.M)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "mean": float(avg.group(1)) * unit[avg.group(2)],
        "p50": latency(50),
        "p99": latency(99),
        "requests": requests,
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": errors.group(1).strip() if errors else "",
    }


def wrk(url, *, token=None, script=None, duration=DURATION):
    if not shutil.which("wrk"):
        raise SystemExit("the HTTP workloads need wrk (Debian: apt-get install wrk)")
    argv = ["wrk", "--latency", "--timeout", "10s", "-t", str(CONNECTIONS), "-c", str(CONNECTIONS), "-d", duration]
    if token:
        argv += ["-H", f"Authorization: Bearer {token}"]
    if script:
        argv += ["-s", script]
    done = subprocess.run(argv + [url], capture_output=True, text=True, check=True)
    if done.stderr.strip():
        print(f"wrk: {done.stderr.strip()[:2000]}")
    return parse_wrk(done.stdout)


SEND_SCRIPT = """
-- One wrk thread per connection; each sends its own receivers once, then stops.
local plan = {plan}
local next_thread = 0
function setup(thread)
  thread:set("slot", next_thread % #plan + 1)
  next_thread = next_thread + 1
end
local sent, answered = 0, 0
function request()
  -- wrk also calls this once in its main state (no slot) to check the script.
  local mine = plan[slot or 1]
  sent = sent + 1
  -- Past its receivers (wrk may ask once more before the thread stops): a no-op.
  if sent > #mine.receivers then return wrk.format("GET", "/healthz") end
  local body = '{{"receiver": "' .. mine.receivers[sent] .. '"' .. mine.behalf .. '}}'
  return wrk.format("POST", mine.path, {{["Authorization"] = "Bearer " .. mine.token,
    ["Content-Type"] = "application/json"}}, body)
end
function response(status, headers, body)
  answered = answered + 1
  if status >= 300 then io.stderr:write(status, " ", body, "\\n") end
  if answered >= #plan[slot].receivers then wrk.thread:stop() end
end
"""


def lua_string(s):
    return json.dumps(s)  # JSON string syntax is valid Lua for these ASCII values


def send_script(path, plan, tokens):
    """Two connections per send-plan user, each with half of its receivers."""
    slots = []
    per_user = CONNECTIONS // len(plan["senders"])
    for s in plan["senders"]:
        http_receivers = s["receivers"][CLI_SENDS:]
        share = len(http_receivers) // per_user
        behalf = f', "on_behalf_of": "{s["on_behalf_of"]}"' if s["on_behalf_of"] else ""
        for k in range(per_user):
            receivers = ", ".join(lua_string(r) for r in http_receivers[k * share:(k + 1) * share])
            slots.append(f'{{token = {lua_string(tokens[s["as"]])}, path = "/v1/events/{plan["event"]}/invites", '
                         f'behalf = {lua_string(behalf)}, receivers = {{{receivers}}}}}')
    with open(path, "w") as f:
        f.write(SEND_SCRIPT.format(plan="{\n  " + ",\n  ".join(slots) + "\n}"))


def cli_median(binary, env, argv, runs):
    samples = []
    for _ in range(runs):
        sample = measure.run([binary, *argv], env=env)
        if sample.code != 0:
            raise SystemExit(f"partnerctl {' '.join(argv)}: exit {sample.code}: {sample.stderr.strip()}")
        samples.append(sample.seconds)
    return statistics.median(samples)


def run(bench, runs):
    """The four workloads; returns their rows for the report."""
    bench.fresh_copy()
    ctl = Partnerctl(bench.binary, bench.env["PARTNERCTL_DB"])
    ctl("user", "add", LANDLORD, "--name", "Bench Landlord", "--landlord")
    landlord = ctl("--as", LANDLORD, "token", "create", "--name", "bench")
    plan = bench.ds.sends
    tokens = {s["as"]: ctl("--as", s["as"], "token", "create") for s in plan["senders"]}
    env = dict(bench.env)
    server = Server(bench.binary, env)
    rows = []
    try:
        reads = [
            ("`GET /v1/events/big/metrics`", "/v1/events/big/metrics", ["metrics", "event", "big", "--format", "json"]),
            ("drill page: `GET /v1/events/big/invites?limit=100`", "/v1/events/big/invites?limit=100",
             ["metrics", "event", "big", "--drill", "--limit", "100", "--format", "json"]),
            ("`GET /v1/partners/city/leaderboard` (top 10 over 1M invites)", "/v1/partners/city/leaderboard",
             ["metrics", "leaderboard", "city", "--format", "json"]),
        ]
        for name, path, cli in reads:
            wrk(server.base + path, token=landlord, duration="2s")  # warm-up
            result = wrk(server.base + path, token=landlord)
            result["cli"] = cli_median(bench.binary, dict(env, PARTNERCTL_AS=LANDLORD), cli, runs)
            rows.append((name, result))
        script = os.path.join(bench.work, "sends.lua")
        send_script(script, plan, tokens)
        result = wrk(server.base + f"/v1/events/{plan['event']}/invites", script=script, duration="120s")
        # wrk waits out its whole duration after the threads stop, so its
        # req/s undercounts: with 8 connections each waiting for its answer,
        # throughput is 8 / mean latency (Little's law).
        result["rps"] = CONNECTIONS / result["mean"]
    finally:
        server.stop()
    cli_sends = []
    for s in plan["senders"]:
        behalf = ["--on-behalf-of", s["on_behalf_of"]] if s["on_behalf_of"] else []
        for receiver in s["receivers"][:CLI_SENDS]:
            argv = ["-q", "--as", s["as"], "invite", "send", plan["event"], receiver, *behalf]
            cli_sends.append(cli_median(bench.binary, env, argv, 1))
    result["cli"] = statistics.median(cli_sends)
    rows.append((f"`POST /v1/events/{plan['event']}/invites` (distinct receivers)", result))
    for name, r in rows:
        print(f"{name}: {r['rps']:.0f} req/s, p50 {r['p50'] * 1000:.2f} ms, p99 {r['p99'] * 1000:.2f} ms, "
              f"{r['requests']} requests, {r['non2xx']} non-2xx; CLI median {r['cli'] * 1000:.1f} ms")
    return rows


def report(rows, dataset, host, backend="SQLite"):
    out = [f"Machine: {host['nproc']} CPUs ({host['cpu']}), {host['date']}, load average {host['load']} before. "
           f"Dataset: {dataset.invites:,} invites (seed {dataset.seed}), {backend}.", "",
           f"wrk, {CONNECTIONS} connections (one per thread), against a warm `partnerctl serve` (release); "
           "the CLI column is the median wall time of one `partnerctl` process doing the same use case.", "",
           "| workload | req/s | p50 | p99 | requests | non-2xx | CLI process |", "|---|---|---|---|---|---|---|"]
    for name, r in rows:
        out.append(f"| {name} | {r['rps']:.0f} | {r['p50'] * 1000:.2f} ms | {r['p99'] * 1000:.2f} ms | "
                   f"{r['requests']} | {r['non2xx']} | {r['cli'] * 1000:.1f} ms |")
    return "\n".join(out)


#: The drill page's p99 target at 8 connections (issue 11).
DRILL_P99 = 0.020


def missed(rows):
    """Workloads that missed a target: a server error or a 4xx under load, or a slow drill page."""
    out = [name for name, r in rows if r["non2xx"] or r["socket_errors"]]
    out += [name for name, r in rows if name.startswith("drill") and r["p99"] > DRILL_P99]
    return out
