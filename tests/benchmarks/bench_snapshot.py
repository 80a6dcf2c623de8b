"""Benchmark of snapshots ("Stände", issue 12): how long taking one takes and how much it adds to the file.

    python tests/benchmarks/bench_snapshot.py [--sizes 2000 10000 20000] [--runs 3]

For each size it writes ``netzplaner demo --partners N`` (five relationships per partner), then per run, on a fresh
copy of that document: takes a snapshot (``ws.execute(take_snapshot(...))``: the columnar read, packing, the check's
figures for the summary, the insert), saves, and measures the saved file against the file saved without it. It also
times reading the snapshot back (``read_snapshot``) and returning to it (``restore_snapshot``: an exact snapshot of
now, every row of the network replaced). Prints medians; the target is under 1 s at 20,000 partners and 100,000
relationships, and a snapshot must not double the document.
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
from netzplaner.services.workspace import Workspace  # noqa: E402


def one_run(source: Path, folder: Path, k: int) -> dict[str, float]:
    path = folder / f"run{k}.netzplan"
    shutil.copyfile(source, path)
    with Workspace.open(path) as ws:
        ws.save()  # the file as this version writes it: the size to compare with
        plain = path.stat().st_size
        start = time.perf_counter()
        command = ws.execute(snapshots.take_snapshot(ws, "Benchmark"))
        took = time.perf_counter() - start
        ws.save()
        added = path.stat().st_size - plain
        start = time.perf_counter()
        snapshots.read_snapshot(ws, command.entity_id)
        read = time.perf_counter() - start
        start = time.perf_counter()
        ws.execute(snapshots.restore_snapshot(ws, command.entity_id))
        restore = time.perf_counter() - start
    path.unlink()
    return {"take_s": took, "content_bytes": len(command.values["content"]), "added_bytes": added,
            "file_bytes": plain, "read_s": read, "restore_s": restore}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000, 20000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'partners':>9} {'ties':>7} {'take s':>7} {'read s':>7} {'return s':>8} {'content':>10} "
          f"{'added':>10} {'file':>11} {'added/file':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("NETZPLANER_DATA_DIR", str(folder / "data"))
        for size in args.sizes:
            source = folder / f"s{size}.netzplan"
            write_synthetic(source, partners=size)
            runs = [one_run(source, folder, k) for k in range(args.runs)]
            med = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
            print(f"{size:>9,} {size * 5:>7,} {med['take_s']:>7.2f} {med['read_s']:>7.2f} {med['restore_s']:>8.2f} "
                  f"{med['content_bytes'] / 1e6:>8.2f}MB {med['added_bytes'] / 1e6:>8.2f}MB "
                  f"{med['file_bytes'] / 1e6:>9.2f}MB {med['added_bytes'] / med['file_bytes']:>10.1%}", flush=True)


if __name__ == "__main__":
    main()
