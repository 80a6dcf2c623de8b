"""Benchmark of the main window: from start to a usable window with the partner table of a large document.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_window.py [--partners 20000] [--runs 5]

Each run is a fresh process (imports included, as a user would start it): it creates the application, opens
the document through the document manager and processes events until the partner table holds every row.
Prints the median and the spread of the runs.
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
from netzplaner.gui.app import create_application
from netzplaner.gui.main_window import MainWindow
app = create_application([])
window = MainWindow()
window.show()
t1 = time.perf_counter()
window.documents.open_path(sys.argv[1])
app.processEvents()
view = window.partner_panel.findChild(type(window.partner_panel.table), "partnerTable") \
    if hasattr(window.partner_panel, "table") else None
rows = view.model().rowCount() if view is not None else -1
t2 = time.perf_counter()
print(t1 - t0, t2 - t1, t2 - t0, rows)
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
        print(f"{'partners':>9} {'window s':>9} {'open+table s':>13} {'total s':>8} {'rows':>7}  (median of runs)")
        for n in args.partners:
            doc = str(Path(tmp) / f"synthetic-{n}.netzplan")
            subprocess.run([sys.executable, "-m", "netzplaner", "demo", doc, "--partners", str(n), "--force"],
                           env=env, check=True, capture_output=True)
            runs = []
            for _ in range(args.runs):
                out = subprocess.run([sys.executable, "-c", ONE_RUN, doc], env=env, capture_output=True,
                                     text=True, check=True).stdout.split()
                runs.append([float(x) for x in out])
            med = [statistics.median(r[i] for r in runs) for i in range(3)]
            spread = max(r[2] for r in runs) - min(r[2] for r in runs)
            print(f"{n:>9} {med[0]:>9.2f} {med[1]:>13.2f} {med[2]:>8.2f} {int(runs[0][3]):>7}  "
                  f"(spread of total {spread:.2f} s)")


if __name__ == "__main__":
    main()
