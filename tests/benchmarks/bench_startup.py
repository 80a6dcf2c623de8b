"""Start-up: from launching ``netzplaner --demo`` to a usable window showing the demo network.

    python tests/benchmarks/bench_startup.py [--runs 5] [--frozen dist/Netzplaner/Netzplaner]

Each run launches a fresh process with ``NETZPLANER_QUIT_WHEN_SHOWN`` set: once the main window has drawn its
first frame with the document (``gui.app``), the program writes the wall-clock time into a file and quits. The
figure is that time minus the moment of the launch, so closing the program is not counted. Measured from source
(``python -m netzplaner``) and, if the build exists, the frozen program; both also without ``--demo`` (the
welcome page). Runs offscreen with a fresh data folder and settings each time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FROZEN = REPO / "dist" / "Netzplaner" / ("Netzplaner.exe" if sys.platform == "win32" else "Netzplaner")


def launch(command: list[str]) -> float:
    with tempfile.TemporaryDirectory(prefix="netzplaner-startup-") as tmp:
        stamp = Path(tmp) / "shown"
        env = {**os.environ, "NETZPLANER_QUIT_WHEN_SHOWN": str(stamp), "NETZPLANER_DATA_DIR": str(Path(tmp) / "data"),
               "XDG_CONFIG_HOME": str(Path(tmp) / "config"), "PYTHONPATH": str(REPO)}
        if sys.platform != "win32":
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        start = time.time()
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
        return float(stamp.read_text()) - start


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
    print("| program | window with the demo network s | welcome window s | spread of the demo runs s |")
    print("|---|---:|---:|---:|")
    for name, command in programs.items():
        demo = [launch(command + ["--demo"]) for _ in range(args.runs)]
        welcome = [launch(command) for _ in range(args.runs)]
        print(f"| {name} | {statistics.median(demo):.2f} | {statistics.median(welcome):.2f} "
              f"| {min(demo):.2f}–{max(demo):.2f} |", flush=True)
    print(f"\nMedian of {args.runs} launches; Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}.")


if __name__ == "__main__":
    main()
