"""Benchmark of the map's comparison mode (issue 12): the first frame after "Compare states" is ticked, on a
synthetic network with a snapshot taken before a round of changes (partners removed and added, ties added and
strengthened, new assessments).

- ``first_frame_s``: from ticking the box to the comparison drawn and painted (both states read, compared and
  placed on the worker; drawn on the GUI thread);
- ``draw_ms``: the GUI thread's part of it (the panel draws the later state and the marks, then, after the event
  loop ran, the legend, fit and names), ``draw_cpu_ms`` the GUI thread's CPU time for it (``time.thread_time``:
  what a busy machine does not stretch) and ``longest_half_cpu_ms`` that of the longer of the two halves;
- ``stall_ms``: the longest gap of a 5 ms timer on the GUI thread meanwhile (the GUI never blocks > 100 ms); on a
  busy machine it grows with the load, and the worker's long calls that hold Python's lock count too.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_map_compare.py [--sizes 2000 10000] [--runs 3]

Medians of ``--runs`` runs, each size in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout this file is in, not an installed copy

GOOD = dict.fromkeys(("openness", "trust", "knowledge_sharing", "clear_goals", "commitment", "mutual_benefit"), 4)


def prepare(path: Path, size: int) -> None:
    """A synthetic network, a snapshot, then 1 % of the partners gone, 1 % new with a tie each, 300 ties
    stronger and 100 newly assessed."""
    from netzplaner.services import demo, partners, relationships, snapshots
    from netzplaner.services.commands import Macro
    from netzplaner.services.network_read import read_network
    from netzplaner.services.workspace import Workspace

    demo.write_synthetic(path, partners=size, seed=1)
    ws = Workspace.open(path)
    ws.execute(snapshots.take_snapshot(ws, "Vorher", taken_at=datetime(2026, 3, 1)))
    read = read_network(ws)
    rng = random.Random(1)
    own = next(p for p, o in zip(read.partners["id"], read.partners["is_own_firm"]) if o)
    others = [p for p in read.partners["id"] if p != own]
    gone = set(rng.sample(others, size // 100))
    ws.execute(Macro([partners.delete_partner(ws, p) for p in gone], "Remove partners"))
    steps = []
    for k in range(size // 100):
        steps.append(partners.create_partner(ws, name=f"Neuer Partner {k}", kind="supplier",
                                             dimensions=["regional"], pos_x=rng.uniform(-3, 3),
                                             pos_y=rng.uniform(-3, 3)))
    made = ws.execute(Macro(steps, "Add partners"))
    new_ids = [c.entity_id for c in made.children]
    ws.execute(Macro([relationships.create_relationship(ws, own, p, kind="supply", strength=3, names=("a", "b"))
                      for p in new_ids], "Add ties"))
    kept = [(rid, s) for rid, a, b, s in zip(read.relationships["id"], read.relationships["source_id"],
                                            read.relationships["target_id"], read.relationships["strength"])
            if a not in gone and b not in gone]
    ws.execute(Macro([relationships.update_relationship(ws, rid, strength=min(5, s + 1)) for rid, s in kept[:300]],
                     "Stronger"))
    ws.execute(Macro([relationships.create_assessment(ws, rid, GOOD, assessed_on=date(2026, 6, 1), names=("a", "b"))
                      for rid, _s in kept[300:400]], "Assess"))
    ws.save()
    ws.close()


def measure(size: int, runs: int, folder: Path) -> dict:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from netzplaner.gui.map.map_panel import MapPanel
    from netzplaner.gui.shell.controller import DocumentController
    from netzplaner.services.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    path = folder / f"bench-compare-{size}.netzplan"
    if not path.exists():
        prepare(path, size)
    result: dict[str, list[float]] = {"first_frame_s": [], "draw_ms": [], "draw_cpu_ms": [], "longest_half_cpu_ms": [],
                                      "stall_ms": []}
    for _ in range(runs):
        ws = Workspace.open(path, read_only=True)
        controller = DocumentController(ws, autosave_minutes=0)
        panel = MapPanel(controller)
        panel.resize(1400, 900)
        first = QEventLoop()
        panel.loaded.connect(first.quit)
        panel.show()
        first.exec()
        settle = QEventLoop()
        QTimer.singleShot(400, settle.quit)
        settle.exec()

        drawn: list[tuple[float, float]] = []  # (wall, CPU) of each half of the drawing

        def timed(real):
            def run(*args, **kwargs):
                begin, cpu = time.perf_counter(), time.thread_time()
                real(*args, **kwargs)
                drawn.append((time.perf_counter() - begin, time.thread_time() - cpu))
            return run

        panel.show_content = timed(panel.show_content)  # the partners, ties and marks
        panel.view.finish = timed(panel.view.finish)  # then, after the event loop ran: legend, fit, names
        clock, stalls = QElapsedTimer(), []
        clock.start()
        last = [clock.elapsed()]

        def tick():
            now = clock.elapsed()
            stalls.append(now - last[0])
            last[0] = now

        timer = QTimer(interval=5, timeout=tick)
        timer.start()
        done = QEventLoop()
        panel.compare.shown.connect(done.quit)
        start = time.perf_counter()
        panel.compare.toggle.setChecked(True)
        done.exec()
        panel.view.viewport().repaint()
        result["first_frame_s"].append(time.perf_counter() - start)
        timer.stop()
        result["draw_ms"].append(sum(wall for wall, _cpu in drawn) * 1000)
        result["draw_cpu_ms"].append(sum(cpu for _wall, cpu in drawn) * 1000)
        result["longest_half_cpu_ms"].append(max(cpu for _wall, cpu in drawn) * 1000)
        result["stall_ms"].append(float(max(stalls, default=0)))
        assert panel.view.overlay is not None and not panel.view.overlay.diff.empty
        panel.view.dispose()
        panel.detach()
        panel.deleteLater()
        controller.close()
        app.processEvents()
    return {**{key: round(statistics.median(values), 3) for key, values in result.items()},
            "load": round(os.getloadavg()[0], 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.runs, Path(args.folder))))
        return
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            out = subprocess.run([sys.executable, __file__, "--one", str(size), "--runs", str(args.runs),
                                  "--folder", folder], capture_output=True, text=True, check=True)
            print(size, out.stdout.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
