"""Benchmark of the search (issue 15, part 6): the answer per keystroke at 20,000 partners.

    python tests/benchmarks/bench_search.py [--sizes 20000] [--runs 5]

For each size it writes ``netzplaner demo --partners N`` (a fresh process), opens the document, builds the index
as the window does on the worker after opening (timed: read + fold), then types each word of WORDS one key at a
time and times ``SearchIndex.search`` for every prefix (what the search box asks after each keystroke). Prints per
size: the index build (median of the runs), the median and the slowest keystroke over all words, and per word the
median of its keystrokes. Target: median per keystroke under 100 ms at 20,000 partners.
"""

from __future__ import annotations

import argparse
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


def gui_stall(path: Path) -> tuple[float, float, float]:
    """(longest wait of the GUI thread in s while the worker builds the index, the same over one idle second
    before it (the machine's floor), build time on the worker in s)."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from netzplaner.gui.common.worker import Worker

    app = QApplication.instance() or QApplication([])
    with Workspace.open(path, read_only=True) as ws:
        clock, longest, last, done = QElapsedTimer(), [0], [0], []
        clock.start()

        def tick() -> None:
            now = clock.elapsed()
            longest[0] = max(longest[0], now - last[0])
            last[0] = now

        timer = QTimer(interval=5, timeout=tick)
        timer.start()
        idle = time.perf_counter() + 1
        while time.perf_counter() < idle:
            app.processEvents()
        floor, longest[0] = longest[0], 0
        start = time.perf_counter()
        task = Worker.start(lambda progress, cancelled: build_index(ws))
        task.finished.connect(lambda _index: done.append(time.perf_counter() - start))
        while not done:
            app.processEvents()
        timer.stop()
    return longest[0] / 1000, floor / 1000, done[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"bench-{size}.netzplan"
            subprocess.run([sys.executable, "-m", "netzplaner", "demo", str(path), "--partners", str(size)],
                           check=True, cwd=REPO, stdout=subprocess.DEVNULL)
            m = measure(path, args.runs)
            print(f"{size:,} partners, {m['entries']:,} entries: index built in {m['build'] * 1000:.0f} ms "
                  f"(median of {args.runs}); per keystroke median {m['key_median'] * 1000:.2f} ms, "
                  f"slowest {m['key_max'] * 1000:.2f} ms")
            print("  " + ", ".join(f"{w}: {t * 1000:.2f} ms" for w, t in m["words"].items()))
            stall, floor, took = gui_stall(path)
            print(f"  index built on the worker in {took:.2f} s; the GUI thread's longest wait {stall * 1000:.0f} ms "
                  f"(idle before: {floor * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
