"""Benchmark of the board workbook: a plan with 10,000 actions and 20,000 partners (100,000 relationships).

    python tests/benchmarks/bench_export.py [--partners 20000] [--actions 10000] [--runs 3]

The document is the synthetic network of ``netzplaner demo --partners N`` with its actions topped up to
``--actions`` by a bulk insert. Each run is a fresh process: gathering the data from the document, writing the
workbook, and the resident peak of the whole process; then the map picture of the workbook (CPU seconds, in the
same process); then, in another fresh process, ``netzplaner export DOC -o OUT.xlsx`` end to end (CPU seconds,
user + system, of the process; its wall seconds and resident peak). Reported: the medians of the runs. Not part of
the test run.
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
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

MEASURE = """
import resource, sys, time
t0 = time.perf_counter()
from netzplaner.services.export import board_data
from netzplaner.services.memory import collector_paused
from netzplaner.io.board_workbook import write_board_workbook
from netzplaner.services.workspace import Workspace
ws = Workspace.open(sys.argv[1], read_only=True)
t1 = time.perf_counter()
with collector_paused():  # as export_board_workbook does, timed in its two halves
    data = board_data(ws)
    t2 = time.perf_counter()
    write_board_workbook(data, sys.argv[2])
    t3 = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
from netzplaner.gui.map.map_export import offscreen_application, workbook_picture
offscreen_application("de")
c0 = time.process_time()
workbook_picture(ws)
picture = time.process_time() - c0
ws.close()
print(t1 - t0, t2 - t1, t3 - t2, t3 - t1, peak, len(data.actions), len(data.partners), len(data.relationships),
      picture)
"""


def command(doc: Path, out: Path, env: dict) -> tuple[float, float, float]:
    """``netzplaner export DOC -o OUT`` in a fresh process: (CPU s, wall s, peak MiB)."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "netzplaner", "export", str(doc), "-o", str(out)], env=env,
                             stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError("netzplaner export failed")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024


def make_document(path: Path, partners: int, actions: int) -> None:
    from netzplaner.domain.ids import new_id
    from netzplaner.services import queries
    from netzplaner.services.demo import SYNTHETIC_AS_OF, SYNTHETIC_STAMP, write_synthetic
    from netzplaner.services.workspace import Workspace

    write_synthetic(path, partners=partners, seed=1, overwrite=True)
    rng = random.Random(7)
    with Workspace.open(path) as ws:
        goals = queries.list_goals(ws)
        have = len(queries.list_actions(ws))
        people = sorted({a.owner for a in queries.list_actions(ws)})
        rows = []
        for i in range(actions - have):
            start = SYNTHETIC_AS_OF + timedelta(days=rng.randint(-400, 200))
            rows.append(dict(
                id=new_id(rng), goal_id=rng.choice(goals).id, title=f"Maßnahme {i + 1}: Partnergespräch vorbereiten",
                owner=rng.choice(people), start_date=start, due_date=start + timedelta(days=rng.randint(14, 200)),
                status=rng.choice(["open", "in_progress", "done", "blocked"]), priority=rng.choice(["high", "low"]),
                effort_days=float(rng.randint(1, 20)), cost_eur=None, partner_id=None, completed_on=None, notes="",
                created_at=SYNTHETIC_STAMP, updated_at=SYNTHETIC_STAMP))
        with ws.store.unit_of_work() as uow:
            uow.bulk_insert("action", rows)
        ws.save()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--partners", type=int, default=20_000)
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["NETZPLANER_DATA_DIR"] = tmp
        doc = Path(tmp) / "big.netzplan"
        started = time.perf_counter()
        make_document(doc, args.partners, args.actions)
        print(f"document written in {time.perf_counter() - started:.1f} s")
        env = {**os.environ, "PYTHONPATH": str(REPO), "NETZPLANER_DATA_DIR": tmp}
        env["QT_QPA_PLATFORM"] = "offscreen"
        runs, commands = [], []
        for i in range(args.runs):
            out = Path(tmp) / f"plan-{i}.xlsx"
            result = subprocess.run([sys.executable, "-c", MEASURE, str(doc), str(out)], capture_output=True,
                                    text=True, env=env, check=True)
            runs.append([float(x) for x in result.stdout.split()])
            size = out.stat().st_size / 2**20
            commands.append(command(doc, Path(tmp) / f"cmd-{i}.xlsx", env))
        med = lambda i: statistics.median(r[i] for r in runs)  # noqa: E731
        print(f"{int(runs[0][5])} actions, {int(runs[0][6])} partners, {int(runs[0][7])} relationships; "
              f"median of {args.runs} runs")
        print(f"open {med(0):.2f} s, gather {med(1):.2f} s, write {med(2):.2f} s, export (gather + write) "
              f"{med(3):.2f} s, peak RSS {med(4):.0f} MiB, workbook {size:.1f} MiB; map picture {med(8):.2f} s CPU")
        cmd = lambda i: statistics.median(c[i] for c in commands)  # noqa: E731
        print(f"netzplaner export (with the map picture): {cmd(0):.2f} s CPU, {cmd(1):.2f} s wall, "
              f"peak {cmd(2):.0f} MiB; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
