"""Offline mitnehmen and Zurückspielen on the synthetic 10,000-partner network against a throwaway PostgreSQL server
on localhost (tests/pg_server.py).

    python tests/benchmarks/bench_team_sync.py [--partners 10000] [--runs 3] [--changed 100]

Per run: pull the team network into a new copy (timed), change ``--changed`` partners in the copy, then plan and
apply the push without conflicts (timed: compare, the one transaction on the server, the copy brought in sync and
saved). Prints the median of the runs, and how much the base adds to the copy: the size of the ``team_base`` meta
value, and the copy's file size against the same network written without it (``save_as`` of the team store).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout, not an installed copy
os.environ.setdefault("NETZPLANER_DATA_DIR", tempfile.mkdtemp(prefix="np-bench-"))

from netzplaner.services import demo, team_sync
from netzplaner.services.commands import Macro, UpdateEntity
from netzplaner.services.team_push import plan_push, push
from netzplaner.services.workspace import Workspace
from tests.pg_server import start_server


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--changed", type=int, default=100)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="np-bench-sync-"))
    server = start_server()
    if server is None:
        print("no PostgreSQL binaries installed")
        return 1
    try:
        source_path = folder / "synthetic.netzplan"
        demo.write_synthetic(source_path, partners=args.partners)
        url = server.new_database()
        with Workspace.open(source_path, read_only=True) as source, Workspace.create(url) as team:
            started = time.perf_counter()
            counts = team_sync.publish(source, team)
            publish_s = time.perf_counter() - started
        print(f"network: {counts}; publish {publish_s:.2f} s")
        pulls, pushes = [], []
        for run in range(args.runs):
            copy_path = folder / f"copy{run}.netzplan"
            with Workspace.open(url) as team:
                started = time.perf_counter()
                team_sync.pull(team, copy_path)
                pulls.append(time.perf_counter() - started)
                with Workspace.open(copy_path) as copy:
                    with copy.reading() as uow:
                        ids = [row[0] for row in uow.rows("partner", ("id",), order_by="name_key")][1:args.changed + 1]
                    copy.execute(Macro([UpdateEntity("partner", pid, {"notes": f"Workshop {run}"}, "edit")
                                        for pid in ids], "edits"))
                    started = time.perf_counter()
                    pushed = plan_push(copy, team)
                    assert pushed.plan.counts()["changed"] == args.changed and not pushed.plan.decisions_needed
                    push(copy, team, pushed)
                    pushes.append(time.perf_counter() - started)
        copy_path = folder / f"copy{args.runs}.netzplan"
        plain_path = folder / "plain.netzplan"
        with Workspace.open(url) as team:  # the same network, once with the base and once without
            team_sync.pull(team, copy_path)
            team.store.save_as(plain_path)
        with Workspace.open(copy_path, read_only=True) as copy, copy.reading() as uow:
            base_chars = len(uow.meta()[team_sync.BASE_KEY])
        print(f"pull  median {statistics.median(pulls):.2f} s  (runs: {', '.join(f'{t:.2f}' for t in pulls)})")
        print(f"push  median {statistics.median(pushes):.2f} s  (runs: {', '.join(f'{t:.2f}' for t in pushes)}; "
              f"{args.changed} changed partners, no conflicts)")
        with_base, without = copy_path.stat().st_size, plain_path.stat().st_size
        print(f"base: {base_chars / 1e6:.2f} MB of meta text; copy {with_base / 1e6:.2f} MB, without the base "
              f"{without / 1e6:.2f} MB (+{(with_base - without) / 1e6:.2f} MB)")
    finally:
        server.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
