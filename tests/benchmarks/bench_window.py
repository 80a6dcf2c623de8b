"""Benchmark of the main window: from start to a usable window with the partner table of a large document.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_window.py [--partners 20000] [--runs 5]

Each run is a fresh process (imports included, as a user would start it): it creates the application, opens
the document through the document manager and processes events until the partner table holds every row.
Prints the median and the spread of the runs; beside the wall seconds the CPU seconds of the GUI thread and of the
whole process for File → Open to the filled table (on a shared machine the CPU figures are the ones to compare;
the process figure includes the worker's tasks started meanwhile).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

ONE_RUN = """
import sys, time
t0 = time.perf_counter()
from netzplaner.gui.shell.app import create_application
from netzplaner.gui.shell.main_window import MainWindow
app = create_application([])
window = MainWindow()
window.show()
t1 = time.perf_counter()
gui1, cpu1 = time.thread_time(), time.process_time()
window.documents.open_path(sys.argv[1])
app.processEvents()
panel = window.partner_panel
rows = panel.table.model().rowCount()
t2 = time.perf_counter()
gui, cpu = time.thread_time() - gui1, time.process_time() - cpu1
from PySide6.QtCore import Qt
longest = 0.0
for column in range(3):  # name, kind, networks; both directions
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        s = time.perf_counter(); panel.table.sortByColumn(column, order); app.processEvents()
        longest = max(longest, time.perf_counter() - s)
for text in ("a", "al", "alb", ""):  # typing into the search box, then clearing it
    s = time.perf_counter(); panel.search.setText(text); app.processEvents()
    longest = max(longest, time.perf_counter() - s)
for index in (1, 2, 3, 0):  # dimension filter
    s = time.perf_counter(); panel.dimension_filter.setCurrentIndex(index); app.processEvents()
    longest = max(longest, time.perf_counter() - s)
print(t1 - t0, t2 - t1, t2 - t0, rows, longest, gui, cpu)
window.documents._drop()
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--partners", type=int, nargs="+", default=[20000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(REPO), "NETZPLANER_DATA_DIR": tmp,
               "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        print(f"{'partners':>9} {'window s':>9} {'open+table s':>13} {'GUI CPU s':>10} {'CPU s':>6} {'total s':>8} "
              f"{'rows':>7} {'sort/filter max ms':>19}  (median of runs)")
        for n in args.partners:
            doc = str(Path(tmp) / f"synthetic-{n}.netzplan")
            subprocess.run([sys.executable, "-m", "netzplaner", "demo", doc, "--partners", str(n), "--force"],
                           env=env, check=True, capture_output=True)
            runs = []
            for _ in range(args.runs):
                out = subprocess.run([sys.executable, "-c", ONE_RUN, doc], env=env, capture_output=True,
                                     text=True, check=True).stdout.split()
                runs.append([float(x) for x in out])
            med = [statistics.median(r[i] for r in runs) for i in range(7)]
            spread = max(r[2] for r in runs) - min(r[2] for r in runs)
            print(f"{n:>9} {med[0]:>9.2f} {med[1]:>13.2f} {med[5]:>10.2f} {med[6]:>6.2f} {med[2]:>8.2f} "
                  f"{int(runs[0][3]):>7} {med[4] * 1000:>19.0f}  (spread of total {spread:.2f} s)")


if __name__ == "__main__":
    main()
