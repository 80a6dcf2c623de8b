"""Benchmark of the search (issue 15, part 6): the answer per keystroke at 20,000 partners.

    python tests/benchmarks/bench_search.py [--sizes 20000] [--runs 5]

For each size it writes ``netzplaner demo --partners N`` (a fresh process), opens the document, builds the index
as the window does on the worker after opening (timed: read + fold), then types each word of WORDS one key at a
time and times ``SearchIndex.search`` for every prefix (what the search box asks after each keystroke). Prints per
size: the index build (median of the runs), the median and the slowest keystroke over all words, and per word the
median of its keystrokes. Target: median per keystroke under 100 ms at 20,000 partners. Then, per run, the GUI
thread's longest wait in each phase of the index's life in the window (``life_cycle``: install, rebuild after an
edit, release), beside the same over an idle second (the machine's floor). Target: every wait under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from netzplaner.services.search import build_index  # noqa: E402
from netzplaner.services.workspace import Workspace  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NETZPLANER_DATA_DIR", tempfile.mkdtemp(prefix="np-bench-search-"))

# typed as a user would: a name with an umlaut typed as "ue", a sharp s as "ss", an owner, a common fragment
WORDS = ("Mueller", "Weiss", "Kern", "Hochschule", "gmbh", "Stuttgart", "e")


def measure(path: Path, runs: int) -> dict:
    builds, keys, per_word = [], [], {w: [] for w in WORDS}
    with Workspace.open(path, read_only=True) as ws:
        for _ in range(runs):
            start = time.perf_counter()
            index = build_index(ws)
            builds.append(time.perf_counter() - start)
            for word in WORDS:
                for end in range(1, len(word) + 1):
                    start = time.perf_counter()
                    index.search(word[:end])
                    took = time.perf_counter() - start
                    keys.append(took)
                    per_word[word].append(took)
    return {"entries": len(index), "build": statistics.median(builds), "key_median": statistics.median(keys),
            "key_max": max(keys), "words": {w: statistics.median(t) for w, t in per_word.items()}}


class StallClock:
    """The longest gap between ticks of a 5 ms timer on the GUI thread: how long the GUI thread could not answer."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock, self.longest, self.last = QElapsedTimer(), 0, 0
        self.clock.start()
        self.timer = QTimer(interval=5, timeout=self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest, self.last = max(self.longest, now - self.last), now

    def phase(self) -> None:
        """Start a new phase: the longest gap counts from now."""
        self.last, self.longest = self.clock.elapsed(), 0

    def run_until(self, app, done, settle_ms: int = 300) -> float:
        """Process events until ``done()`` and ``settle_ms`` after it; the longest gap in s."""
        while not done():
            app.processEvents()
        end = time.perf_counter() + settle_ms / 1000
        while time.perf_counter() < end:
            app.processEvents()
        return self.longest / 1000


def life_cycle(path: Path) -> dict[str, float]:
    """The GUI thread's longest wait in each phase of the index's life, with the window's own parts (a document
    controller, the search box with "Mueller" typed): idle before (the machine's floor); install (the keeper
    created, the index built on the worker and put in place, the typed word asked again); rebuild after an edit
    (timed from after the edit itself); release (the document let go, the old index freed)."""
    from PySide6.QtWidgets import QApplication, QWidget

    from netzplaner.gui import resources_rc  # noqa: F401  (the icons)
    from netzplaner.gui.search.search_box import SearchBox
    from netzplaner.gui.shell.controller import DocumentController
    from netzplaner.services import partners, queries

    app = QApplication.instance() or QApplication([])
    window = QWidget()
    window.resize(1280, 800)
    box = SearchBox(window)
    box.setParent(window)
    window.show()
    box.edit.setText("Mueller")
    stalls: dict[str, float] = {}
    copy = path.with_name("edited-" + path.name)  # the edit goes to a copy
    shutil.copyfile(path, copy)
    with Workspace.open(copy) as ws:
        controller = DocumentController(ws, autosave_minutes=0)
        heap = queries.list_partners(ws)  # the window's heap holds the partner table's rows: the collector walks them
        clock = StallClock()
        idle = time.perf_counter() + 1
        stalls["idle"] = clock.run_until(app, lambda: time.perf_counter() > idle, 0)
        clock.phase()
        box.set_controller(controller)
        stalls["install"] = clock.run_until(app, lambda: box.keeper.index is not None)
        first = box.keeper.index
        some = next(p.id for p in heap if not p.is_own_firm)
        controller.run(partners.update_partner(ws, some, name="Mueller Umbenannt GmbH"))
        clock.phase()
        stalls["rebuild"] = clock.run_until(app, lambda: box.keeper.index is not first)
        clock.phase()
        box.set_controller(None)
        stalls["release"] = clock.run_until(app, lambda: True, 500)
        clock.timer.stop()
        controller.undo_stack.clear()
        del heap
    window.close()
    return stalls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--document", type=Path, help="a document made before (``netzplaner demo``), not written anew")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"bench-{size}.netzplan"
            if args.document:
                shutil.copyfile(args.document, path)
            else:
                subprocess.run([sys.executable, "-m", "netzplaner", "demo", str(path), "--partners", str(size)],
                               check=True, cwd=REPO, stdout=subprocess.DEVNULL)
            m = measure(path, args.runs)
            print(f"{size:,} partners, {m['entries']:,} entries: index built in {m['build'] * 1000:.0f} ms "
                  f"(median of {args.runs}); per keystroke median {m['key_median'] * 1000:.2f} ms, "
                  f"slowest {m['key_max'] * 1000:.2f} ms")
            print("  " + ", ".join(f"{w}: {t * 1000:.2f} ms" for w, t in m["words"].items()))
            for run in range(args.runs):
                stalls = life_cycle(path)
                print(f"  run {run + 1}: the GUI thread's longest wait: " + ", ".join(
                    f"{phase} {took * 1000:.0f} ms" for phase, took in stalls.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
