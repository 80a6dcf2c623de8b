"""Benchmark of graph files in: Netzplaner's own GraphML and GEXF of the synthetic network, read and planned.

    python tests/benchmarks/bench_graph_import.py [--partners 10000] [--runs 3]

The document is ``netzplaner demo --partners N``; it is exported as GraphML and GEXF, and each run is a fresh process
that reads the file (``read_import_source``: the safety scan, the guarded prolog, the parse, the two tables) and
plans its import into an empty document (``plan_source``, the networks proposed included). Reported: the median of
the runs (wall clock and CPU seconds of the process) and the peak resident memory. Not part of the test run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

MEASURE = """
import resource, sys, time
from netzplaner import api
from netzplaner.services.partner_import import plan_source, read_import_source, snapshot
ws = api.create_in_memory()
snap = snapshot(ws)
t0, c0 = time.perf_counter(), time.process_time()
source = read_import_source(sys.argv[1])
t1, c1 = time.perf_counter(), time.process_time()
report = plan_source(snap, source)
t2, c2 = time.perf_counter(), time.process_time()
print(t1 - t0, t2 - t1, len(report.networks), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
      c1 - c0, c2 - c1)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "netz.netzplan"
        subprocess.run([sys.executable, "-m", "netzplaner", "demo", str(doc), "--partners", str(args.partners)],
                       check=True, cwd=REPO, capture_output=True)
        for suffix in (".graphml", ".gexf"):
            path = Path(tmp) / f"netz{suffix}"
            code = ("import sys; from netzplaner.services.workspace import Workspace; "
                    "from netzplaner.services.exchange_export import export_exchange\n"
                    "with Workspace.open(sys.argv[1], read_only=True) as ws: export_exchange(ws, sys.argv[2])")
            subprocess.run([sys.executable, "-c", code, str(doc), str(path)], check=True, cwd=REPO)
            runs = []
            for _ in range(args.runs):
                out = subprocess.run([sys.executable, "-c", MEASURE, str(path)], check=True, cwd=REPO,
                                     capture_output=True, text=True).stdout.split()
                runs.append(tuple(float(v) for v in out))
            read, plan = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
            read_cpu, plan_cpu = statistics.median(r[4] for r in runs), statistics.median(r[5] for r in runs)
            peak = statistics.median(r[3] for r in runs)
            print(f"{suffix[1:]}: {path.stat().st_size / 2**20:.1f} MB, read {read:.2f} s ({read_cpu:.2f} s CPU), "
                  f"plan {plan:.2f} s ({plan_cpu:.2f} s CPU) ({int(runs[0][2])} networks proposed), peak {peak:.0f} "
                  f"MiB (median of {args.runs}, load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
