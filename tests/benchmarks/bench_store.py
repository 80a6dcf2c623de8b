"""Benchmark of the foundation: writing the synthetic network, opening it, listing it through the services.

    python tests/benchmarks/bench_store.py [--partners 20000] [--runs 5]

Each figure is the median of several runs; peak memory is the resident maximum of a separate process.
Not part of the test run (timing on shared machines is noisy; see DEVELOPERS notes).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

MEASURE_DEMO = """
import resource, sys, time
from netzplaner.services.demo import write_synthetic
t = time.perf_counter()
write_synthetic(sys.argv[1], partners=int(sys.argv[2]), seed=1, overwrite=True)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

MEASURE_OPEN = """
import resource, sys, time
t0 = time.perf_counter()
from netzplaner.services import queries
from netzplaner.services.workspace import Workspace
ws = Workspace.open(sys.argv[1], read_only=True)
t1 = time.perf_counter()
partners = queries.list_partners(ws)
t2 = time.perf_counter()
relationships = queries.list_relationships(ws)
t3 = time.perf_counter()
ws.close()
print(t1 - t0, t2 - t1, t3 - t2, len(partners), len(relationships),
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _run(script: str, *args: str, data: str) -> list[float]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "NETZPLANER_DATA_DIR": data}
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, check=True)
    return [float(x) for x in out.stdout.split()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--partners", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'partners':>9} {'demo s':>8} {'demo MiB':>9} {'file MiB':>9} {'open s':>7} "
          f"{'list partners s':>16} {'list ties s':>12} {'ties':>7} {'list MiB':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.partners:
            doc = str(Path(tmp) / f"synthetic-{n}.netzplan")
            demo = [_run(MEASURE_DEMO, doc, str(n), data=tmp) for _ in range(args.runs)]
            opened = [_run(MEASURE_OPEN, doc, data=tmp) for _ in range(args.runs)]
            med = lambda rows, i: statistics.median(r[i] for r in rows)  # noqa: E731
            print(f"{n:>9} {med(demo, 0):>8.2f} {med(demo, 1):>9.0f} {os.path.getsize(doc) / 2**20:>9.1f} "
                  f"{med(opened, 0):>7.2f} {med(opened, 1):>16.3f} {med(opened, 2):>12.3f} "
                  f"{int(opened[0][4]):>7} {med(opened, 5):>9.0f}")


if __name__ == "__main__":
    start = time.perf_counter()
    main()
    print(f"({time.perf_counter() - start:.0f} s in all, Python {sys.version.split()[0]}, {os.cpu_count()} cores)")
