"""What the row-version trigger costs on a bulk position update (store/versions.py).

    python tests/benchmarks/bench_version_trigger.py [--partners 20000] [--runs 9]

Two copies of one synthetic network, with and without the triggers: the bare UPDATE of every position as the
unit of work sends it (apply and checked undo), and the whole step through the workspace (execute, undo,
redo of one SetColumns). Prints the minimum and median of the runs, taken in turns so that the machine's load
falls on both alike.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout, not an installed copy
os.environ.setdefault("NETZPLANER_DATA_DIR", tempfile.mkdtemp(prefix="np-bench-"))

from netzplaner.services import demo, partners
from netzplaner.services.workspace import Workspace
from netzplaner.store.versions import VERSIONED

STATEMENTS = {
    "UPDATE apply": "UPDATE partner SET pos_x = ?, pos_y = ?, version = version + 1 WHERE id = ?",
    "UPDATE undo": "UPDATE partner SET pos_x = ?, pos_y = ?, version = version - 1 WHERE id = ? AND version > 0",
}


def without_triggers(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for table in VERSIONED:
            conn.execute(f'DROP TRIGGER IF EXISTS "{table}_version"')
        conn.commit()


def statements(path: Path, rnd: int, results: dict, label: str) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        ids = [r[0] for r in conn.execute("SELECT id FROM partner")]
        for name, sql in STATEMENTS.items():
            conn.execute("BEGIN")
            start = time.perf_counter()
            conn.executemany(sql, [(float(i + rnd), 1.0, pid) for i, pid in enumerate(ids)])
            conn.execute("COMMIT")
            results.setdefault((name, label), []).append(time.perf_counter() - start)


def steps(path: Path, rnd: int, results: dict, label: str) -> None:
    with Workspace.open(path) as ws:
        if label == "without":
            without_triggers(ws.document.working_copy)
        with ws.reading() as uow:
            ids = [row[0] for row in uow.rows("partner", ["id"])]
        command = partners.move_partners(ws, {pid: (float(i + rnd), 2.0) for i, pid in enumerate(ids)})
        for name, step in (("step execute", lambda: ws.execute(command)), ("step undo", ws.undo),
                           ("step redo", ws.redo)):
            start = time.perf_counter()
            step()
            results.setdefault((name, label), []).append(time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="np-trigger-"))
    source = folder / "net.netzplan"
    demo.write_synthetic(source, partners=args.partners, seed=1)
    copies = {"with": folder / "with.sqlite", "without": folder / "without.sqlite"}
    for copy in copies.values():
        shutil.copy(source, copy)
    without_triggers(copies["without"])
    results: dict = {}
    for rnd in range(args.runs):
        for label, copy in copies.items():
            statements(copy, rnd, results, label)
            steps(source, rnd, results, label)
    print(f"{args.partners} partner positions, {args.runs} runs, load average {os.getloadavg()[0]:.1f}")
    for (name, label), times in sorted(results.items()):
        times.sort()
        print(f"{name:14s} {label:8s} min {times[0] * 1000:6.0f} ms   median {times[len(times) // 2] * 1000:6.0f} ms")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
