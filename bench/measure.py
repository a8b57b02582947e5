"""Timing of whole processes: wall clock around fork/exec/wait, and peak RSS
from `/usr/bin/time -f %M`.

Peak RSS needs the small `time` process in between: Linux carries the RSS
high-water mark of the forking process across exec, so a child forked by
this Python process would report at least Python's own ~20 MiB. Wall-clock
runs are spawned directly (the wrapper would add its own start-up to both
sides); RSS comes from separate wrapped runs."""

import os
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass, field


@dataclass
class Sample:
    seconds: float
    rss_kib: int  # None unless measured
    code: int
    stderr: str


def run(argv, *, stdin=None, stdout=None, env=None, rss=False):
    """Runs argv once. `stdin`: a file path or None; `stdout`: a file path or
    None (= /dev/null); `rss`: run under /usr/bin/time for the peak RSS.
    stderr is kept for failure reports."""
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as rss_out, \
            open(stdin or os.devnull, "rb") as inp, open(stdout or os.devnull, "wb") as out:
        wrapped = ["/usr/bin/time", "-f", "%M", "-o", rss_out.name, *argv] if rss else argv
        start = time.perf_counter()
        code = subprocess.run(wrapped, stdin=inp, stdout=out, stderr=err, env=env).returncode
        seconds = time.perf_counter() - start
        err.seek(0)
        peak = int(rss_out.read().split()[-1]) if rss else None
        return Sample(seconds, peak, code, err.read().decode(errors="replace"))


@dataclass
class Series:
    """The samples of one side of a workload."""

    samples: list = field(default_factory=list)

    def add(self, sample, what):
        if sample.code != 0:
            raise SystemExit(f"{what} failed (exit {sample.code}): {sample.stderr.strip()[:500]}")
        self.samples.append(sample)
        if sample.rss_kib is not None:
            self.rss_kib.append(sample.rss_kib)

    @property
    def median(self):
        return statistics.median(s.seconds for s in self.samples)

    rss_kib: list = field(default_factory=list)

    @property
    def peak_rss_mib(self):
        return max(self.rss_kib) / 1024


def percentile(values, p):
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]
