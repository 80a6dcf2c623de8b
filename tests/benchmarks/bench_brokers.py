"""Benchmark of the brokers: do the top 10 the network check names agree with exact betweenness, on every seed?

    python tests/benchmarks/bench_brokers.py [--sizes 2000 10000 20000] [--seeds 1 2 3]

For each size it writes ``netzplaner demo --partners N`` (the benchmark network), reads it as the check does and
computes exact Brandes betweenness once (about 12 s CPU at 10,000 partners). Then, per seed, the
estimate the check uses (``analysis.metrics.betweenness``) and, for comparison, the estimate used until issue 17
(100 sources, each credited with its whole traffic). Prints, per size and method: the overlap of the top 10 with
the exact top 10 for each seed, the smallest overlap between two seeds' top 10, and the median time (wall and
CPU). The own firm is left out of the top 10, as in the report.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from netzplaner.analysis import metrics  # noqa: E402
from netzplaner.services.network_check import network_data  # noqa: E402
from netzplaner.services.workspace import Workspace  # noqa: E402

TOP = 10


def top(values: np.ndarray, own: int) -> set[int]:
    order = np.lexsort((np.arange(len(values)), -values)).tolist()
    return set([i for i in order if i != own][:TOP])


def before_issue_17(g: metrics.Graph, seed: int, samples: int = 100) -> np.ndarray:
    """The old estimate: 100 sampled sources, plain Brandes dependencies (ranking only, so no scaling)."""
    arrays = (g.indptr.astype(np.int32), g.nbr.astype(np.int32), g.degree.astype(np.int32), g.row.astype(np.int32))
    return sum(metrics._dependencies(*arrays, g.n, s) for s in random.Random(seed).sample(range(g.n), samples))


def timed(work):
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def graph_of_document(partners: int, folder: Path) -> tuple[metrics.Graph, int]:
    path = folder / f"bench-{partners}.netzplan"
    subprocess.run([sys.executable, "-m", "netzplaner", "demo", str(path), "--partners", str(partners), "--force"],
                   env={**os.environ, "PYTHONPATH": str(REPO), "NETZPLANER_DATA_DIR": str(folder / "data")},
                   check=True, capture_output=True)
    with Workspace.open(path, read_only=True) as ws:
        data = network_data(ws)
    return metrics.graph_of(data), data.index[data.own_firm.id]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000, 20000])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()
    print("| partners | method | sources | top 10 shared with exact, per seed | smallest overlap of two seeds "
          "| wall s | CPU s |")
    print("|---:|---|---:|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="netzplaner-brokers-") as tmp:
        for partners in args.sizes:
            g, own = graph_of_document(partners, Path(tmp))
            exact, wall, cpu = timed(lambda: metrics.betweenness(g, exact_limit=g.n).values)
            truth = top(exact, own)
            print(f"| {partners:,} | exact | {g.n:,} | – | – | {wall:.2f} | {cpu:.2f} |", flush=True)
            methods = {"before issue 17 (100 plain)": (lambda s: before_issue_17(g, s), 100),
                       "the check's": (lambda s: metrics.betweenness(g, seed=s).values,
                                       min(g.n, metrics.betweenness_samples(g)))}
            for name, (estimate, sources) in methods.items():
                runs = [timed(lambda: estimate(seed)) for seed in args.seeds]
                tops = [top(values, own) for values, _, _ in runs]
                pairs = [len(a & b) for i, a in enumerate(tops) for b in tops[i + 1:]]
                print(f"| {partners:,} | {name} | {sources:,} | {', '.join(str(len(t & truth)) for t in tops)} "
                      f"| {min(pairs) if pairs else '–'} | {statistics.median(r[1] for r in runs):.2f} "
                      f"| {statistics.median(r[2] for r in runs):.2f} |", flush=True)
    print(f"\nSeeds {args.seeds}; Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}.")


if __name__ == "__main__":
    main()
