"""The benchmark suite: one table for 500, 2,000, 10,000 and 20,000 partners (five relationships per partner).

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/run_all.py [--sizes 500 2000 10000 20000] [--runs 3]

Each size runs in a fresh process (so its peak memory is its own); every figure is the median of ``--runs`` runs
inside that process. Columns:

- demo: ``netzplaner demo --partners N`` (write_synthetic: the network, its goals and plan, the stored layout);
- open: ``Workspace.open`` of the document (header check, working copy through the SQLite backup API), closed again;
- table: from File → Open (``documents.open_path``) in the main window to the partner table holding every row,
  drawn (the document's panels included);
- layout: the force layout (ForceAtlas2) on the worker, while the GUI thread stays responsive
  (``bench_map.measure``, which also gives the first map frame and the pan/zoom frames per second);
- check: the network check (``services.network_check.check_network``);
- export: what File → Export board workbook does: the map picture (1800 × 1200) and the network check on the GUI
  thread, then the board workbook (.xlsx) with that picture;
- save: after one edit, writing the document back (atomic replace of the file);
- peak: the resident maximum of the size's process (everything above).

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


def measure(size: int, runs: int, folder: Path) -> dict:
    """All figures of one size, in this process."""
    import resource

    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    import bench_map
    from netzplaner.gui.shell.app import create_application
    from netzplaner.gui.shell.main_window import MainWindow
    from netzplaner.gui.map.map_export import render_workspace
    from netzplaner.services import demo, network_check, partners, queries
    from netzplaner.services.export import export_board_workbook
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
    figures["table_s"], figures["save_s"] = med(table), med(save)
    window.close()
    window.deleteLater()
    app.processEvents()

    with Workspace.open(path, read_only=True) as ws:
        figures["relationships"] = len(queries.list_relationships(ws))
        figures["check_s"] = med(_timed(lambda: network_check.check_network(ws)) for _ in range(runs))

        def export() -> None:
            picture = render_workspace(ws, folder / "map.png", width=1800, height=1200).read_bytes()
            report = network_check.check_network(ws)
            export_board_workbook(ws, folder / "board.xlsx", lang="de", map_png=picture,
                                  recommendations=[r.text("de") for r in report.recommendations])

        figures["export_s"] = med(_timed(export) for _ in range(runs))
        app.processEvents()

    mapped = bench_map.measure(size, runs, folder)
    figures.update(layout_s=mapped["layout_s"], stall_ms=mapped["stall_ms"],
                   first_frame_s=mapped["first_frame_s"], fps=mapped["fps"])
    figures["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["partners"] = size
    QApplication.processEvents()
    return figures


HEADER = ("| partners | relationships | demo s | open s | table s | layout s | first map frame s | pan/zoom fps "
          "| check s | export s | save s | peak MiB |\n"
          "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def row(r: dict) -> str:
    return (f"| {r['partners']:,} | {int(r['relationships']):,} | {r['demo_s']:.2f} | {r['open_s']:.2f} "
            f"| {r['table_s']:.2f} | {r['layout_s']:.2f} | {r['first_frame_s']:.2f} | {r['fps']:.0f} "
            f"| {r['check_s']:.2f} | {r['export_s']:.2f} | {r['save_s']:.2f} | {r['peak_mib']:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000, 20000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.runs, args.folder)))
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
            print(row(json.loads(out.stdout.strip().splitlines()[-1])), flush=True)
    print(f"\nMedian of {args.runs} runs per size, each size in a fresh process; {time.perf_counter() - began:.0f} s "
          f"in all. Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {load:.2f} at the start "
          f"and {os.getloadavg()[0]:.2f} at the end.")


if __name__ == "__main__":
    main()
