"""``netzplaner check DOC --json`` end to end: CPU and wall seconds of fresh processes, medians.

    python tests/benchmarks/bench_check.py [--partners 10000] [--runs 5] [--doc X.netzplan]
                                           [--base /path/to/other/tree] [--profile]

Each run launches ``python -m netzplaner check DOC --json`` as a fresh process (fresh data folder) and takes its
wall seconds and its CPU seconds (user + system, from ``wait4``); the machine is shared, so CPU time is the figure
to trust and wall time is printed beside it. The floor, measured the same way in the same loop: a fresh python
that reads every table of the document with sqlite3. With ``--base`` the same command runs from another source
tree as well (``git worktree add --detach /tmp/base main``), interleaved run by run, and the two JSON outputs are
compared (they must be identical). ``--profile`` adds, in this process, the time of each stage (imports, open,
read, network, check, JSON) and cProfile's top functions of the check. The load average is printed before and
after. The document: ``--doc``, else a synthetic network of ``--partners`` partners (five ties each) written once.
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

RAW_READ = """
import sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall():
    conn.execute(f'SELECT * FROM "{name}"').fetchall()
"""

STAGES = """
import json, sys, time
from datetime import date
clock = time.process_time
marks, last = [], [clock()]
def mark(name):
    now = clock(); marks.append((name, now - last[0])); last[0] = now
from netzplaner import cli
from netzplaner.services import network_check
from netzplaner.services.network_read import read_network
from netzplaner.services.workspace import Workspace
mark("imports (cli, check, workspace)")
ws = Workspace.open(sys.argv[1], read_only=True)
mark("open (copy, checksum, quick_check)")
read = read_network(ws)
mark("read (columns, latest assessments)")
data = read.network
mark("network (NetworkData.from_columns)")
if len(sys.argv) > 2:
    import cProfile, pstats
    profile = cProfile.Profile()
    profile.enable()
report = network_check.report_of(data, date.today())
if len(sys.argv) > 2:
    profile.disable()
mark("check (run_check + recommend)")
json.dumps(network_check.report_to_dict(report), indent=2, ensure_ascii=False)
mark("report to JSON")
ws.close()
mark("close")
if len(sys.argv) > 2:
    pstats.Stats(profile).sort_stats("tottime").print_stats(int(sys.argv[2]))
else:
    print(f"  loaded sqlalchemy: {'sqlalchemy' in sys.modules}")
    for name, seconds in marks:
        print(f"  {name:<40} {seconds:6.3f} s CPU")
    print(f"  {'total':<40} {sum(s for _, s in marks):6.3f} s CPU (plus python's start)")
"""


def run(args: list[str], env: dict[str, str], output: Path | None = None) -> tuple[float, float]:
    """A fresh process from launch to exit: (wall seconds, CPU seconds user + system). It runs in the tree on its
    ``PYTHONPATH``: ``python -m`` puts the working folder first, before the editable install."""
    start = time.perf_counter()
    with open(output or os.devnull, "wb") as out:
        child = subprocess.Popen(args, stdout=out, stderr=subprocess.PIPE, env=env, cwd=env["PYTHONPATH"])
        _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{child.stderr.read().decode()}")
    return wall, usage.ru_utime + usage.ru_stime


def env_for(tree: Path, data: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(tree), "NETZPLANER_DATA_DIR": str(data)}
    found = subprocess.run([sys.executable, "-c", "import netzplaner; print(netzplaner.__file__)"], env=env,
                           cwd=tree, capture_output=True, text=True, check=True).stdout.strip()
    if not Path(found).is_relative_to(tree):
        raise SystemExit(f"{tree}: python imports netzplaner from {found}")
    return env


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--doc", type=Path, help="an existing document (default: a synthetic one)")
    parser.add_argument("--base", type=Path, help="another source tree to run interleaved (the code before)")
    parser.add_argument("--profile", action="store_true", help="stage times and cProfile's top functions")
    parser.add_argument("--top", type=int, default=25, help="functions listed by --profile")
    args = parser.parse_args()
    trees = {"this tree": REPO} | ({"base": args.base.resolve()} if args.base else {})
    with tempfile.TemporaryDirectory(prefix="netzplaner-bench-check-") as tmp:
        folder = Path(tmp)
        doc = args.doc
        if doc is None:
            doc = folder / f"n{args.partners}.netzplan"
            subprocess.run([sys.executable, "-m", "netzplaner", "demo", str(doc), "--partners", str(args.partners)],
                           env=env_for(REPO, folder / "data"), cwd=REPO, check=True, capture_output=True)
        print(f"netzplaner check {doc.name} --json, {args.runs} fresh processes each; load {load()} at the start")
        command = [sys.executable, "-m", "netzplaner", "check", str(doc), "--json"]
        envs = {name: env_for(tree, folder / "data") for name, tree in trees.items()}
        for env in envs.values():  # once each: the file cache warm and the bytecode written
            run(command, env)
        found: dict[str, list[tuple[float, float]]] = {name: [] for name in [*trees, "floor (sqlite3 read)"]}
        for i in range(args.runs):
            found["floor (sqlite3 read)"].append(run([sys.executable, "-c", RAW_READ, str(doc)],
                                                     {**os.environ, "PYTHONPATH": str(REPO)}))
            for name, env in envs.items():  # a fresh data folder: no working copy of a run before
                found[name].append(run(command, {**env, "NETZPLANER_DATA_DIR": str(folder / f"data-{i}")},
                                       folder / f"{name}.json"))
        for name, runs in found.items():
            cpu, wall = statistics.median(c for _, c in runs), statistics.median(w for w, _ in runs)
            print(f"  {name:<22} CPU {cpu:5.2f} s  wall {wall:5.2f} s  (CPU runs: "
                  f"{', '.join(f'{c:.2f}' for _, c in runs)})")
        if args.base:
            same = (folder / "this tree.json").read_bytes() == (folder / "base.json").read_bytes()
            print(f"  same JSON as the base: {'yes' if same else 'NO'}")
        print(f"load {load()} at the end")
        if args.profile:
            print("\nStages, in one process:")
            stages = [sys.executable, "-c", STAGES, str(doc)]
            subprocess.run(stages, env=env_for(REPO, folder / "data"), cwd=REPO, check=True)
            print("\nThe check (run_check + recommend) under cProfile, by own time:")
            subprocess.run(stages + [str(args.top)], env=env_for(REPO, folder / "data"), cwd=REPO, check=True)


if __name__ == "__main__":
    main()
