"""Start-up: from launching ``netzplaner --demo`` to a usable window showing the demo network.

    python tests/benchmarks/bench_startup.py [--runs 5] [--frozen dist/Netzplaner/Netzplaner]

Each run launches a fresh process with ``NETZPLANER_QUIT_WHEN_SHOWN`` set: once the main window has drawn its
first frame with the document (``gui.app``), the program writes the wall-clock time into a file and quits. The
figure is that time minus the moment of the launch, so closing the program is not counted. Measured from source
(``python -m netzplaner``) and, if the build exists, the frozen program; both also without ``--demo`` (the
welcome page). Runs offscreen with a fresh data folder and settings each time.

The floor, measured in the same run and the same way (``floor``): a bare PySide6 program that creates the
application and a main window, shows it, draws its first frame and notes the time. Each figure is printed with
its ratio to the floor and the CPU seconds of the launched process (``launch_cpu``; the machine is shared, so
wall time alone misleads), and the load average before and after.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import resource  # CPU time of the launched process; not on Windows
except ImportError:
    resource = None

REPO = Path(__file__).resolve().parents[2]
FROZEN = REPO / "dist" / "Netzplaner" / ("Netzplaner.exe" if sys.platform == "win32" else "Netzplaner")


BARE_WINDOW = """
import os, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
window.show()
window.repaint()
Path(os.environ["NETZPLANER_QUIT_WHEN_SHOWN"]).write_text(f"{time.time():.6f}", encoding="utf-8")
"""


def launch(command: list[str]) -> float:
    return launch_cpu(command)[0]


def floor() -> tuple[float, float]:
    """A bare PySide6 window, launched and timed like the program (seconds to the first frame, CPU seconds)."""
    return launch_cpu([sys.executable, "-c", BARE_WINDOW])


def launch_cpu(command: list[str]) -> tuple[float, float]:
    """Seconds from the launch to the first frame, and the CPU seconds (user + system) of the whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
    with tempfile.TemporaryDirectory(prefix="netzplaner-startup-") as tmp:
        stamp = Path(tmp) / "shown"
        env = {**os.environ, "NETZPLANER_QUIT_WHEN_SHOWN": str(stamp), "NETZPLANER_DATA_DIR": str(Path(tmp) / "data"),
               "XDG_CONFIG_HOME": str(Path(tmp) / "config"), "PYTHONPATH": str(REPO)}
        if sys.platform != "win32":
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        start = time.time()
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
        shown = float(stamp.read_text()) - start
    if before is None:
        return shown, math.nan
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return shown, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frozen", type=Path, default=FROZEN, help="the frozen program (default: %(default)s)")
    args = parser.parse_args()
    programs = {"from source": [sys.executable, "-m", "netzplaner"]}
    if args.frozen.exists():
        programs["frozen"] = [str(args.frozen)]
    else:
        print(f"({args.frozen} not found: build it with `pyinstaller netzplaner.spec` to measure it too)")
    launch(programs["from source"] + ["--demo"])  # warm the file cache once, like a second start of the day
    load = os.getloadavg()[0]
    bare = [floor() for _ in range(args.runs)]
    base = statistics.median(r[0] for r in bare)
    print(f"floor: a bare PySide6 window {base:.2f} s (CPU {statistics.median(r[1] for r in bare):.2f} s)\n")
    print("| program | window with the demo network s (× floor, CPU s) | welcome window s (× floor, CPU s) "
          "| spread of the demo runs s |")
    print("|---|---:|---:|---:|")
    for name, command in programs.items():
        demo = [launch_cpu(command + ["--demo"]) for _ in range(args.runs)]
        welcome = [launch_cpu(command) for _ in range(args.runs)]
        cells = []
        for runs in (demo, welcome):
            wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
            cells.append(f"{wall:.2f} ({wall / base:.1f}×, CPU {cpu:.2f})")
        print(f"| {name} | {cells[0]} | {cells[1]} | {min(r[0] for r in demo):.2f}–{max(r[0] for r in demo):.2f} |",
              flush=True)
    print(f"\nMedian of {args.runs} launches; Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"load average {load:.2f} before, {os.getloadavg()[0]:.2f} after.")


if __name__ == "__main__":
    main()
