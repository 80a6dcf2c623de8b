"""Benchmark of snapshots ("Stände", issues 12 and 17): how long taking one takes and how much it adds to the file.

    python tests/benchmarks/bench_snapshot.py [--sizes 2000 10000 20000] [--runs 3]

For each size it writes ``netzplaner demo --partners N`` (five relationships per partner), then per run, on a fresh
copy of that document: takes a snapshot (``ws.execute(take_snapshot(...))``: the columnar read, packing, the check's
figures for the summary, the insert), saves, and measures the saved file against the file saved without it. It also
times reading the snapshot back (``read_snapshot``: what a comparison reads) and returning to it as the window does
(``snapshot_restore.return_on_worker``: an exact snapshot of now, every row of the network replaced, on the worker;
then "record": the step put on the history, the part left on the GUI thread). Prints medians of CPU seconds (wall
seconds in brackets); the target is about 1 s at 20,000 partners and 100,000 relationships, and a snapshot must not
double the document.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from netzplaner.services import snapshots  # noqa: E402
from netzplaner.services.demo import write_synthetic  # noqa: E402
from netzplaner.services.snapshot_restore import return_on_worker  # noqa: E402
from netzplaner.services.workspace import Workspace  # noqa: E402


def timed(work):
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.process_time() - cpu, time.perf_counter() - wall


def one_run(source: Path, folder: Path, k: int) -> dict[str, float]:
    path = folder / f"run{k}.netzplan"
    shutil.copyfile(source, path)
    with Workspace.open(path) as ws:
        ws.save()  # the file as this version writes it: the size to compare with
        plain = path.stat().st_size
        command, took, took_wall = timed(lambda: ws.execute(snapshots.take_snapshot(ws, "Benchmark")))
        ws.save()
        added = path.stat().st_size - plain
        _, read, read_wall = timed(lambda: snapshots.read_snapshot(ws, command.entity_id))
        step, back, back_wall = timed(lambda: return_on_worker(ws, command.entity_id))
        _, record, record_wall = timed(lambda: ws.execute(step))
    path.unlink()
    return {"take_s": took, "take_wall": took_wall, "content_bytes": len(command.values["content"]),
            "added_bytes": added, "file_bytes": plain, "read_s": read, "read_wall": read_wall,
            "restore_s": back, "restore_wall": back_wall, "record_s": record, "record_wall": record_wall}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000, 20000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"CPU s (wall s), median of {args.runs}")
    print(f"{'partners':>9} {'ties':>7} {'take s':>12} {'read s':>12} {'return s':>13} {'record s':>12} "
          f"{'content':>10} {'added':>10} {'file':>11} {'added/file':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("NETZPLANER_DATA_DIR", str(folder / "data"))
        for size in args.sizes:
            source = folder / f"s{size}.netzplan"
            write_synthetic(source, partners=size)
            runs = [one_run(source, folder, k) for k in range(args.runs)]
            med = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
            both = {key: f"{med[key]:.2f} ({med[key.replace('_s', '_wall')]:.2f})"
                    for key in ("take_s", "read_s", "restore_s", "record_s")}
            print(f"{size:>9,} {size * 5:>7,} {both['take_s']:>12} {both['read_s']:>12} {both['restore_s']:>13} "
                  f"{both['record_s']:>12} {med['content_bytes'] / 1e6:>8.2f}MB {med['added_bytes'] / 1e6:>8.2f}MB "
                  f"{med['file_bytes'] / 1e6:>9.2f}MB {med['added_bytes'] / med['file_bytes']:>10.1%}", flush=True)


if __name__ == "__main__":
    main()
