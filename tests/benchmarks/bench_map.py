"""Benchmark of the network map: layout seconds, longest GUI stall while a layout runs on the worker, time to
the first drawn map, pan/zoom frames per second, the frame that comes to rest, peak memory.

Pan/zoom is measured with every tie shown (the overview of a large network seen whole, which shows only the
important ties, is switched off) and the whole viewport repainted after each move; ``ink`` (the share of the
view's pixels a grab shows drawn) proves the frames hold the map. "coming to rest" is what the settle timer
does when the view stops (the names placed, the sharp picture of the ties started) with the frame it paints;
"sharp after" is the time until every tie is drawn again, sharp (in slices of at most about 30 ms, between which
the GUI thread answers), with the longest slice. "every frame
sharp" draws every tie again in each frame (what the map did before it kept its ties as a picture while moving);
"overview" pans the network seen whole, as it opens.

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
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout this file is in, not an installed copy


def measure(size: int, runs: int, folder: Path) -> dict:
    import resource

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from netzplaner.gui.common.worker import Worker
    from netzplaner.gui.map import map_view
    from netzplaner.gui.map.map_panel import MapPanel
    from netzplaner.gui.shell.controller import DocumentController
    from netzplaner.services import demo, network_map
    from netzplaner.services.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    path = folder / f"bench-{size}.netzplan"
    if not path.exists():
        demo.write_synthetic(path, partners=size, seed=1)
    result: dict[str, list[float]] = {key: [] for key in (
        "layout_s", "stall_ms", "first_frame_s", "first_frame_cpu_s", "fps", "fps_cpu", "slowest_frame_ms",
        "redraws_while_moving", "ink", "settle_ms", "sharp_ms", "longest_slice_ms", "sharp_fps", "sharp_fps_cpu",
        "overview_fps")}
    for _ in range(runs):
        ws = Workspace.open(path, read_only=True)
        controller = DocumentController(ws, autosave_minutes=0)
        start, cpu = time.perf_counter(), time.process_time()
        panel = MapPanel(controller)
        panel.resize(1400, 900)
        first = QEventLoop()
        panel.loaded.connect(first.quit)
        panel.show()  # the map's data is read on the worker
        first.exec()
        panel.view.viewport().repaint()  # the first frame, drawn
        result["first_frame_s"].append(time.perf_counter() - start)
        result["first_frame_cpu_s"].append(time.process_time() - cpu)  # the GUI thread and the worker's read
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

        # pan and zoom, every tie shown: the overview (which shows only the important ties of a large network
        # seen whole) is switched off, so each frame shows all of them; each frame repaints the whole viewport
        view = panel.view
        overview_nodes = map_view.OVERVIEW_NODES
        map_view.OVERVIEW_NODES = 10**9
        try:
            view.settle()
            view.viewport().repaint()
            assert not view.overview and all(g.visible for g in view.edges.groups.values())
            frames = pan_and_zoom(view, 60)
            result["fps"].append(frames["fps"])
            result["fps_cpu"].append(frames["fps_cpu"])
            result["slowest_frame_ms"].append(frames["slowest_ms"])
            result["redraws_while_moving"].append(frames["redraws"])
            result["ink"].append(ink(view))  # share of the map's pixels that are not background: really drawn
            # coming to rest: the settle timer's work (names placed, the sharp picture of the ties started) and
            # the frame it paints; then the time until the sharp picture is whole (drawn in slices between which
            # the GUI thread answers) and the longest slice
            settles, sharp, view.edges.longest_slice_ms = [], [], 0.0
            for _ in range(3):
                pan_and_zoom(view, 5)
                began = time.perf_counter()
                view.settle()
                view.viewport().repaint()
                settles.append((time.perf_counter() - began) * 1000)
                while view.edges.drawing:
                    app.processEvents()
                sharp.append((time.perf_counter() - began) * 1000)
            result["settle_ms"].append(statistics.median(settles))
            result["sharp_ms"].append(statistics.median(sharp))
            result["longest_slice_ms"].append(view.edges.longest_slice_ms)
            # for comparison: every frame drawing every tie again, sharp, at once (what the map did before it
            # kept its ties as a picture while moving)
            sharp_frames = pan_and_zoom(view, 20, sharp=True)
            result["sharp_fps"].append(sharp_frames["fps"])
            result["sharp_fps_cpu"].append(sharp_frames["fps_cpu"])
        finally:
            map_view.OVERVIEW_NODES = overview_nodes
        view.fit()
        view.settle()
        result["overview_fps"].append(pan_and_zoom(view, 60)["fps"])  # the large network seen whole
        panel.close()
        panel.deleteLater()
        controller.close()
        app.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    summary = {key: statistics.median(values) for key, values in result.items()}
    summary.update(partners=size, relationships=len(data.edges), peak_mib=peak, load=os.getloadavg()[0])
    return summary


def pan_and_zoom(view, count: int, *, sharp: bool = False) -> dict:
    """Move the view ``count`` times around where it stands (pan by up to 40 % of its width, zoom by up to 30 %),
    repainting the whole viewport after each move, as a drag or the wheel does. ``sharp``: every frame draws every
    tie again in its resting pen. Frames per second by the clock and by the process's CPU time."""
    import numpy as np
    from PySide6.QtCore import QRectF

    rect = view.viewbox.viewRect()
    redraws = view.edges.redraws
    slowest, began, cpu = 0.0, time.perf_counter(), time.process_time()
    for step in range(count):
        frame = time.perf_counter()
        scale = 1.0 + 0.3 * np.sin(step / 6)
        dx = 0.4 * np.cos(step / 5) * rect.width()
        view.viewbox.setRange(QRectF(rect.x() + dx, rect.y(), rect.width() * scale, rect.height() * scale),
                              padding=0)
        if sharp:
            view.edges.set_moving(False)
            view.edges.seconds_per_tie = 0.0  # all at once, no slices
        view.viewport().repaint()
        slowest = max(slowest, time.perf_counter() - frame)
    wall, cpu = time.perf_counter() - began, time.process_time() - cpu
    return {"fps": count / wall, "fps_cpu": count / max(cpu, 1e-9), "slowest_ms": slowest * 1000,
            "redraws": view.edges.redraws - redraws}


def ink(view) -> float:
    """The share of the view box's pixels that differ from the background in a grab of the view."""
    import numpy as np
    from PySide6.QtGui import QImage

    box = view.mapFromScene(view.viewbox.sceneBoundingRect()).boundingRect()
    image = view.grab(box).toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return float((pixels[:, :image.width(), :3] < 250).any(axis=2).mean())


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
    print(f"load average {os.getloadavg()[0]:.2f} at the start")
    print("| partners | relationships | layout s | longest GUI stall ms | first map frame s (CPU) "
          "| pan/zoom fps, all ties (CPU) | slowest frame ms | coming to rest ms | sharp after ms (longest slice) "
          "| every frame sharp fps (CPU) | overview fps | peak MiB | load |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--runs", str(args.runs),
                              "--folder", str(folder)], env=env, capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {r['partners']:,} | {r['relationships']:,} | {r['layout_s']:.2f} | {r['stall_ms']:.0f} "
              f"| {r['first_frame_s']:.2f} ({r['first_frame_cpu_s']:.2f}) | {r['fps']:.0f} ({r['fps_cpu']:.0f}) "
              f"| {r['slowest_frame_ms']:.0f} | {r['settle_ms']:.0f} | {r['sharp_ms']:.0f} ({r['longest_slice_ms']:.0f}) "
              f"| {r['sharp_fps']:.0f} ({r['sharp_fps_cpu']:.0f}) "
              f"| {r['overview_fps']:.0f} | {r['peak_mib']:.0f} | {r['load']:.2f} |", flush=True)

if __name__ == "__main__":
    main()
