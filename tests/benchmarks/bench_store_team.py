"""Benchmark of the team store on a throwaway PostgreSQL cluster (tests/pg_server.py): opening the 10,000-partner
network up to the partner list, and the latency of one edit.

    python tests/benchmarks/bench_store_team.py [--partners 10000] [--runs 3] [--edits 100]

The network is ``netzplaner demo --partners N`` copied table by table into a new team database. Opening: each run
is a fresh process timing ``Workspace.open(URL)`` plus ``queries.list_partners`` (imports not included); the
median is reported. One edit: ``partners.update_partner`` of a random partner's city through ``Workspace.execute``
(one server transaction, change log and notification included), median and 95th percentile. The test cluster runs
without fsync, so commits cost less than on a real server's disk. Not part of the test run.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

OPEN = """
import sys, time
from netzplaner.services import queries
from netzplaner.services.workspace import Workspace
t0 = time.perf_counter()
with Workspace.open(sys.argv[1]) as ws:
    count = len(queries.list_partners(ws))
print(time.perf_counter() - t0, count)
"""


def publish(document: Path, url: str) -> None:
    """Copy every table of the document into a new team network (a plain copy, not ``team publish``)."""
    from sqlalchemy import select

    from netzplaner.services.workspace import Workspace
    from netzplaner.store.models import Base, Meta

    with Workspace.open(document, read_only=True) as source, Workspace.create(url) as target:
        with source.reading() as read, target.store.unit_of_work() as write:
            write.conn.execute(Meta.__table__.delete())
            for table in Base.metadata.sorted_tables:
                write.bulk_insert(table.name, (dict(r) for r in read.conn.execute(select(table)).mappings()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--edits", type=int, default=100)
    args = parser.parse_args()
    from tests.pg_server import start_server

    server = start_server()
    if server is None:
        sys.exit("no PostgreSQL binaries installed")
    try:
        with tempfile.TemporaryDirectory() as folder:
            document = Path(folder) / "big.netzplan"
            subprocess.run([sys.executable, "-m", "netzplaner", "demo", str(document), "--partners",
                            str(args.partners)], cwd=REPO, check=True, capture_output=True)
            url = server.new_database("netz_big")
            started = time.perf_counter()
            publish(document, url)
            print(f"copied {args.partners} partners into the team database in {time.perf_counter() - started:.1f} s")
        opens = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, "-c", OPEN, url], cwd=REPO, check=True, capture_output=True,
                                 text=True).stdout.split()
            opens.append(float(out[0]))
        print(f"open to partner list ({out[1]} partners): median {statistics.median(opens) * 1000:.0f} ms "
              f"of {[round(t * 1000) for t in opens]}")
        edit_latency(url, args.edits)
    finally:
        server.remove()


def edit_latency(url: str, edits: int) -> None:
    from netzplaner.services import partners, queries
    from netzplaner.services.workspace import Workspace

    with Workspace.open(url) as ws:
        ids = [p.id for p in queries.list_partners(ws)]
        chosen = random.Random(1).sample(ids, edits)
        times = []
        for n, partner_id in enumerate(chosen):
            t0 = time.perf_counter()
            ws.execute(partners.update_partner(ws, partner_id, city=f"Ort {n}"))
            times.append(time.perf_counter() - t0)
    times.sort()
    p95 = times[max(0, int(round(0.95 * len(times))) - 1)]
    print(f"one edit ({edits}): median {statistics.median(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms")


if __name__ == "__main__":
    main()
