"""Benchmark of the network map: layout seconds, longest GUI stall while a layout runs on the worker, time to
the first drawn map, pan/zoom frames per second, peak memory.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_map.py [--sizes 500 2000 10000 20000] [--runs 3]

Each size runs in a fresh process (so peak memory is that size's own); medians of ``--runs`` runs.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(size: int, runs: int, folder: Path) -> dict:
    import resource

    import numpy as np
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QRectF, QTimer
    from PySide6.QtWidgets import QApplication

    from netzplaner.gui.shell.controller import DocumentController
    from netzplaner.gui.map.map_panel import MapPanel
    from netzplaner.gui.common.worker import Worker
    from netzplaner.services import demo, network_map
    from netzplaner.services.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    path = folder / f"bench-{size}.netzplan"
    if not path.exists():
        demo.write_synthetic(path, partners=size, seed=1)
    result: dict[str, list[float]] = {"layout_s": [], "stall_ms": [], "first_frame_s": [], "fps": []}
    for _ in range(runs):
        ws = Workspace.open(path, read_only=True)
        controller = DocumentController(ws, autosave_minutes=0)
        start = time.perf_counter()
        panel = MapPanel(controller)
        panel.resize(1400, 900)
        first = QEventLoop()
        panel.loaded.connect(first.quit)
        panel.show()  # the map's data is read on the worker
        first.exec()
        panel.view.viewport().repaint()  # the first frame, drawn
        result["first_frame_s"].append(time.perf_counter() - start)
        settle = QEventLoop()
        QTimer.singleShot(400, settle.quit)  # let the label and settle timers of the first frame run
        settle.exec()

        # the force layout on the worker while a 5 ms timer on the GUI thread watches for stalls
        data = panel.data
        clock, stalls, done = QElapsedTimer(), [], []
        clock.start()
        last = [clock.elapsed()]

        def tick():
            now = clock.elapsed()
            stalls.append(now - last[0])
            last[0] = now

        timer = QTimer(interval=5, timeout=tick)
        timer.start()
        began = time.perf_counter()
        task = Worker.start(lambda progress, cancelled: network_map.layout_positions(
            data, "force", progress=progress, cancelled=cancelled))
        loop = QEventLoop()
        task.finished.connect(lambda positions: (done.append(time.perf_counter() - began), loop.quit()))
        loop.exec()  # a real event loop: the GUI thread waits in the OS, not on the GIL
        timer.stop()
        result["layout_s"].append(done[0])
        result["stall_ms"].append(float(max(stalls)) if stalls else 0.0)

        # pan and zoom: move the view 60 times, drawing a frame each time
        view = panel.view
        rect = view.viewbox.viewRect()
        frames, t0 = 0, time.perf_counter()
        for step in range(60):
            scale = 1.0 + 0.3 * np.sin(step / 6)
            dx = 0.4 * np.cos(step / 5) * rect.width()
            view.viewbox.setRange(QRectF(rect.x() + dx, rect.y(), rect.width() * scale, rect.height() * scale),
                                  padding=0)
            view.viewport().repaint()
            frames += 1
        result["fps"].append(frames / (time.perf_counter() - t0))
        panel.close()
        panel.deleteLater()
        controller.close()
        app.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    summary = {key: statistics.median(values) for key, values in result.items()}
    summary.update(partners=size, relationships=int(len(data.edges)), peak_mib=peak)
    return summary


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000, 20000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.runs, args.folder)))
        return
    folder = Path(tempfile.mkdtemp(prefix="netzplaner-bench-"))
    env = dict(os.environ, NETZPLANER_DATA_DIR=str(folder / "data"))
    print("| partners | relationships | layout (s) | longest GUI stall (ms) | first map frame (s) "
          "| pan/zoom fps | peak memory (MiB) |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--runs", str(args.runs),
                              "--folder", str(folder)], env=env, capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {r['partners']:,} | {r['relationships']:,} | {r['layout_s']:.2f} | {r['stall_ms']:.0f} "
              f"| {r['first_frame_s']:.2f} | {r['fps']:.0f} | {r['peak_mib']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
