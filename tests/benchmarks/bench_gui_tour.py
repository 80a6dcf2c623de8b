"""Benchmark of the 100-ms rule (nothing runs longer than about 100 ms on the GUI thread): the GUI thread's longest wait
during a tour of the window.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_gui_tour.py [--sizes 10000 20000] [--runs 3]

For each size it writes ``netzplaner demo --partners N`` (a fresh process), then, in one window of 1366×768, does
what a managing director does in the first minutes: open the document, visit every tab, edit a partner, undo it,
type a search word, close the document. A 5 ms timer on the GUI thread notes the longest gap between its ticks
while each step runs and until the window is idle again (no work left on the worker, nothing drawn for 600 ms, so
the overview's check, the map's load and the search index's rebuild after the edit count too). Printed per step:
the median over the runs of the longest gap and of the gaps above 100 ms, beside the same timer's longest gap over
an idle second (the machine's floor).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

IDLE_MS = 600  # quiet this long, with the worker idle, and the step is over
STEP_LIMIT_S = 60


class Watch:
    """The GUI thread's gaps, from a 5 ms timer."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QElapsedTimer, QThreadPool, QTimer

        self.app, self.pool = app, QThreadPool.globalInstance()
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last, self.gaps = 0, []
        self.timer = QTimer(interval=5, timeout=self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.gaps.append(now - self.last)
        self.last = now

    def step(self, action: Callable[[], object]) -> list[int]:
        """Run ``action`` on the GUI thread, wait until the window is idle; the gaps meanwhile (ms)."""
        from PySide6.QtCore import QTimer

        self.pump(0.05)
        self.gaps, self.last = [], self.clock.elapsed()
        QTimer.singleShot(0, action)
        quiet_since, deadline = None, time.perf_counter() + STEP_LIMIT_S
        while time.perf_counter() < deadline:
            self.app.processEvents()
            busy = self.pool.activeThreadCount() > 0 or (self.gaps and self.gaps[-1] > 20)
            if busy:
                quiet_since = None
            elif quiet_since is None:
                quiet_since = time.perf_counter()
            elif time.perf_counter() - quiet_since > IDLE_MS / 1000:
                break
            time.sleep(0.001)
        return self.gaps

    def pump(self, seconds: float) -> list[int]:
        self.gaps, self.last = [], self.clock.elapsed()
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)
        return self.gaps


def tour(path: Path, window, watch: Watch) -> dict[str, list[int]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from netzplaner.services import partners, queries

    found: dict[str, list[int]] = {}
    found["open"] = watch.step(lambda: window.documents.open_path(path))
    tabs = window.tabs
    names = ["overview", "partners", "map", "goals", "plan", "compare"]
    for index, name in list(enumerate(names))[1:] + [(0, "overview")]:
        found[f"tab {name}"] = watch.step(lambda index=index: tabs.setCurrentIndex(index))
    controller = window.controller
    ws = controller.workspace
    own = queries.own_firm(ws)
    found["edit partner"] = watch.step(
        lambda: controller.run(partners.update_partner(ws, own.id, notes=f"benchmark {time.time()}")))
    found["undo"] = watch.step(lambda: controller.undo_stack.undo())
    box = window.search_box

    def type_word() -> None:
        box.setFocus()
        QTest.keyClicks(box, "Hochschule")
        QTest.keyClick(box, Qt.Key.Key_Escape)

    found["search"] = watch.step(type_word)
    found["close"] = watch.step(lambda: window.documents.close())
    return found


def measure(path: Path, runs: int) -> tuple[dict[str, tuple[float, float]], float]:
    from PySide6.QtCore import QSettings

    from netzplaner.gui.shell.app import create_application
    from netzplaner.gui.shell.main_window import MainWindow

    settings = Path(tempfile.mkdtemp(prefix="netzplaner-tour-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    app = create_application([])
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    watch = Watch(app)
    floor = max(watch.pump(1.0), default=0)
    per_step: dict[str, list[list[int]]] = {}
    for _ in range(runs):
        for step, gaps in tour(path, window, watch).items():
            per_step.setdefault(step, []).append(gaps)
    window.close()
    med = statistics.median
    return {step: (med(max(g, default=0) for g in runs_), med(sum(1 for x in g if x > 100) for g in runs_))
            for step, runs_ in per_step.items()}, floor


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--doc", type=Path, help="tour this document instead of synthetic ones")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        docs = [(args.doc.name, args.doc)] if args.doc else []
        for size in [] if args.doc else args.sizes:
            path = Path(folder) / f"tour-{size}.netzplan"
            subprocess.run([sys.executable, "-m", "netzplaner", "demo", str(path), "--partners", str(size)],
                           check=True, cwd=REPO, stdout=subprocess.DEVNULL)
            docs.append((f"{size:,} partners", path))
        for name, path in docs:
            load = os.getloadavg()[0]
            steps, floor = measure(path, args.runs)
            print(f"\n{name} (median of {args.runs}; load average {load:.1f} -> {os.getloadavg()[0]:.1f}; "
                  f"idle floor {floor} ms)")
            print("| step | longest GUI-thread wait ms | waits over 100 ms |\n|---|---:|---:|")
            for step, (longest, over) in steps.items():
                print(f"| {step} | {longest:.0f} | {over:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
