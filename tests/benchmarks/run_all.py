"""The benchmark suite: one table for 500, 2,000, 10,000 and 20,000 partners (five relationships per partner),
each figure with a floor measured beside it and the ratio to that floor.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/run_all.py [--sizes 500 2000 10000 20000] [--runs 3]

Each size runs in a fresh process (so its peak memory is its own); every figure is the median of ``--runs`` runs
inside that process. Columns:

- demo: ``netzplaner demo --partners N`` (write_synthetic: the network, its goals and plan, the stored layout);
- open: ``Workspace.open`` of the document (header check, working copy through the SQLite backup API), closed again;
- table: from File → Open (``documents.open_path``) in the main window to the partner table holding every row,
  drawn (the document's panels included);
- layout: the force layout (ForceAtlas2) on the worker, while the GUI thread stays responsive
  (``bench_map.measure``, which also gives the first map frame and the pan/zoom frames per second);
- check: the network check (``services.network_check.check_network``) on an open document;
- check --json: ``netzplaner check DOC --json`` end to end, a fresh process from launch to exit;
- export: what File → Export board workbook does: the map picture and the network check on the GUI thread, then
  the board workbook (.xlsx) with that picture, in one ``network_read.sharing`` block as the window does it;
- export cmd: ``netzplaner export DOC -o OUT.xlsx`` with the map picture, end to end, and its peak memory (MiB);
- save: after one edit, writing the document back (atomic replace of the file);
- state: taking a state ("Stand festhalten": ``snapshots.take_snapshot``, the network read, its figures and the packed
  content written into the document), on an open document;
- compare: ``compare.compare(ws, LABEL)`` of that state with the document now, both read, with the network check
  then and now (what the Vergleich tab and ``netzplaner compare`` show);
- peak: the resident maximum of the size's process (everything above but the two commands).

Floors, measured in the same process as their figures, between the runs (so the load of a shared machine hits both alike):
``read`` is a raw ``sqlite3`` SELECT of every table of the document (of the partner tables for ``table``), and
for the commands a fresh ``python`` that does that read and exits. A cell reads "figure (ratio to its floor)".
Below the table: start to the window with the demo and to the welcome page (``bench_startup.launch``) against a
bare PySide6 window launched the same way.

Not part of the test run (timings on a shared machine are noisy); the README shows the latest table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


PARTNER_TABLES = ("partner", "partner_dimension", "tag")


def raw_read(path: Path, tables: tuple[str, ...] | None = None) -> float:
    """The floor of a read: every row of the document's tables (or of ``tables``) through plain sqlite3."""
    import sqlite3

    start = time.perf_counter()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    names = tables or [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for name in names:
        conn.execute(f'SELECT * FROM "{name}"').fetchall()
    conn.close()
    return time.perf_counter() - start


RAW_READ_COMMAND = """
import sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall():
    conn.execute(f'SELECT * FROM "{name}"').fetchall()
"""


def command(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """A fresh process from launch to exit: (wall seconds, its own peak resident memory in MiB). Launched from the
    small parent process: Linux counts what a child shared with its parent before ``exec`` in its peak."""
    start = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{child.stderr.read().decode()}")
    return wall, usage.ru_maxrss / 1024


def commands(path: Path, folder: Path, runs: int, env: dict[str, str]) -> dict[str, float]:
    """``netzplaner check --json`` and ``netzplaner export`` end to end, each run beside its floor (a fresh python
    doing the raw read), interleaved; run by the suite's parent process after the size's own process."""
    python = [sys.executable]
    found: dict[str, list[float]] = {"check_cmd_s": [], "export_cmd_s": [], "export_cmd_mib": [],
                                     "command_floor_s": []}
    for _ in range(runs):
        found["command_floor_s"].append(command(python + ["-c", RAW_READ_COMMAND, str(path)], env)[0])
        found["check_cmd_s"].append(command(python + ["-m", "netzplaner", "check", str(path), "--json"], env)[0])
        wall, peak = command(python + ["-m", "netzplaner", "export", str(path), "-o", str(folder / "cmd.xlsx")],
                             env)
        found["export_cmd_s"].append(wall)
        found["export_cmd_mib"].append(peak)
    return {key: statistics.median(values) for key, values in found.items()}


BARE_WINDOW = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.resize(1400, 900)
window.show()
window.repaint()
app.processEvents()
with open(os.environ["NETZPLANER_QUIT_WHEN_SHOWN"], "w") as f:
    f.write(repr(time.time()))
"""


def start_figures(runs: int) -> dict[str, float]:
    """Start to the window with the demo and to the welcome page, beside a bare PySide6 window, interleaved."""
    sys.path.insert(0, str(HERE))
    import bench_startup

    program = [sys.executable, "-m", "netzplaner"]
    bench_startup.launch(program + ["--demo"])  # warm the file cache once, like a second start of the day
    found: dict[str, list[float]] = {"bare_s": [], "demo_start_s": [], "welcome_s": []}
    for _ in range(runs):
        found["bare_s"].append(bench_startup.launch([sys.executable, "-c", BARE_WINDOW]))
        found["demo_start_s"].append(bench_startup.launch(program + ["--demo"]))
        found["welcome_s"].append(bench_startup.launch(program))
    return {key: statistics.median(values) for key, values in found.items()}


def measure(size: int, runs: int, folder: Path) -> dict:
    """All figures of one size, in this process."""
    import resource

    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    import bench_map
    from netzplaner.gui.shell.app import create_application
    from netzplaner.gui.shell.main_window import MainWindow
    from netzplaner.gui.map.map_export import workbook_picture
    from netzplaner.services import compare, demo, network_check, partners, queries, snapshots
    from netzplaner.services.export import export_board
    from netzplaner.services.network_read import sharing
    from netzplaner.services.workspace import Workspace

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # recent files etc. stay in the benchmark's folder
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    app = create_application([])
    path = folder / f"bench-{size}.netzplan"  # the name bench_map.measure looks for
    med = statistics.median
    figures: dict[str, float] = {}

    figures["demo_s"] = med(_timed(lambda: demo.write_synthetic(path, partners=size, seed=1, overwrite=True))
                            for _ in range(runs))
    figures["file_mib"] = path.stat().st_size / 2**20
    raw_read(path)  # the file in the cache for the floors as for the figures
    figures["read_floor_s"] = med(raw_read(path) for _ in range(runs))
    figures["partner_floor_s"] = med(raw_read(path, PARTNER_TABLES) for _ in range(runs))
    figures["open_s"] = med(_timed(lambda: Workspace.open(path).close()) for _ in range(runs))

    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    table, save = [], []
    for _ in range(runs):
        start = time.perf_counter()
        controller = window.documents.open_path(path)
        app.processEvents()
        rows = window.partner_panel.table.model().rowCount()
        window.repaint()
        table.append(time.perf_counter() - start)
        if rows < 0.9 * size:  # archived partners are hidden by default
            raise SystemExit(f"the partner table shows {rows} rows of {size} partners")
        own = queries.own_firm(controller.workspace)
        controller.run(partners.update_partner(controller.workspace, own.id, notes=f"benchmark {time.time()}"))
        save.append(_timed(controller.save))
        QThreadPool.globalInstance().waitForDone()  # the overview's network check, before the document goes
        app.processEvents()
        window.documents.close()
        app.processEvents()
        # the closed document's pages and the work its last edit set off go before the next open is timed
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    figures["table_s"], figures["save_s"] = med(table), med(save)
    window.close()
    window.deleteLater()
    app.processEvents()

    with Workspace.open(path, read_only=True) as ws:
        with ws.reading() as uow:
            figures["relationships"] = uow.count("relationship")
        figures["check_s"] = med(_timed(lambda: network_check.check_network(ws)) for _ in range(runs))

        def export() -> None:  # as File → Export board workbook does it: one read for picture, check, workbook
            with sharing(ws) as shared:
                picture = workbook_picture(ws)
            export_board(ws, folder / "board.xlsx", lang="de", map_png=picture, read=shared.read)

        figures["export_s"] = med(_timed(export) for _ in range(runs))
        app.processEvents()

    with Workspace.open(path) as ws:  # a working copy: the states are not saved into the benchmark's file
        labels = [f"Bench {n}" for n in range(runs)]
        figures["state_s"] = med(_timed(lambda label=label: ws.execute(snapshots.take_snapshot(ws, label)))
                                 for label in labels)
        figures["compare_s"] = med(_timed(lambda: compare.compare(ws, labels[0])) for _ in range(runs))

    mapped = bench_map.measure(size, runs, folder)
    figures.update(layout_s=mapped["layout_s"], stall_ms=mapped["stall_ms"],
                   first_frame_s=mapped["first_frame_s"], fps=mapped["fps"])
    figures["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["partners"] = size
    QApplication.processEvents()
    return figures


HEADER = ("| partners | relationships | demo s | open s | table s | layout s | first map frame s | pan/zoom fps "
          "| check s | check --json s | export s | export cmd s | export cmd MiB | save s | state s | compare s "
          "| peak MiB | read floor s | command floor s |\n"
          "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def _vs(figure: float, floor: float) -> str:
    """A figure with its ratio to the floor measured beside it."""
    return f"{figure:.2f} ({figure / floor:.1f}×)" if floor > 0 else f"{figure:.2f}"


def row(r: dict) -> str:
    read, cmd = r["read_floor_s"], r["command_floor_s"]
    return (f"| {r['partners']:,} | {int(r['relationships']):,} | {r['demo_s']:.2f} | {_vs(r['open_s'], read)} "
            f"| {_vs(r['table_s'], r['partner_floor_s'])} | {r['layout_s']:.2f} | {r['first_frame_s']:.2f} "
            f"| {r['fps']:.0f} | {_vs(r['check_s'], read)} | {_vs(r['check_cmd_s'], cmd)} "
            f"| {_vs(r['export_s'], read)} | {_vs(r['export_cmd_s'], cmd)} | {r['export_cmd_mib']:.0f} "
            f"| {r['save_s']:.2f} | {_vs(r['state_s'], read)} | {_vs(r['compare_s'], read)} | {r['peak_mib']:.0f} "
            f"| {read:.2f} | {cmd:.2f} |")


START_HEADER = ("| start to the window with the demo s | welcome page s | bare PySide6 window s (floor) |\n"
                "|---:|---:|---:|")


def start_row(r: dict) -> str:
    return f"| {_vs(r['demo_start_s'], r['bare_s'])} | {_vs(r['welcome_s'], r['bare_s'])} | {r['bare_s']:.2f} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000, 20000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-start", action="store_true", help="leave out the start-up figures")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--start", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.runs, args.folder)))
        return
    if args.start:
        print(json.dumps(start_figures(args.runs)))
        return
    began, load = time.perf_counter(), os.getloadavg()[0]
    print(HEADER, flush=True)
    with tempfile.TemporaryDirectory(prefix="netzplaner-bench-") as tmp:
        for size in args.sizes:
            folder = Path(tmp) / str(size)
            folder.mkdir()
            env = {**os.environ, "PYTHONPATH": str(REPO), "NETZPLANER_DATA_DIR": str(folder / "data")}
            out = subprocess.run([sys.executable, __file__, "--one", str(size), "--runs", str(args.runs),
                                  "--folder", str(folder)], env=env, capture_output=True, text=True)
            if out.returncode != 0:
                raise SystemExit(f"{size} partners failed:\n{out.stderr}")
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            figures.update(commands(folder / f"bench-{size}.netzplan", folder, args.runs, env))
            print(row(figures), flush=True)
        if not args.no_start:
            env = {**os.environ, "PYTHONPATH": str(REPO)}
            out = subprocess.run([sys.executable, __file__, "--start", "--runs", str(args.runs)], env=env,
                                 capture_output=True, text=True)
            if out.returncode != 0:
                raise SystemExit(f"the start-up figures failed:\n{out.stderr}")
            print("\n" + START_HEADER + "\n" + start_row(json.loads(out.stdout.strip().splitlines()[-1])),
                  flush=True)
    print(f"\nMedian of {args.runs} runs per size, each size in a fresh process; {time.perf_counter() - began:.0f} s "
          f"in all. Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {load:.2f} at the start "
          f"and {os.getloadavg()[0]:.2f} at the end.")


if __name__ == "__main__":
    main()
