"""Benchmark of ``compare`` (issue 12): two states of a synthetic network of N partners.

    python tests/benchmarks/bench_compare.py [--sizes 2000 10000 20000] [--runs 3]

For each size it writes ``netzplaner demo --partners N``, takes a snapshot "bench" of it, then edits the document
as a year's work might (1 % of the partners deleted, archived and moved to another network each, as many new
partners with a tie, 2 % of the ties stronger or weaker, 1 % newly assessed, a third of the actions done) and
measures, median of ``--runs`` (wall and CPU seconds):

- diff: ``compare_states`` of the two states already read, without the network check (the comparison itself);
- diff + check: the same with the network check run on both states (brokers, cut points, recommendations);
- compare: ``compare(ws, "bench")`` as ``netzplaner compare DOC --no-check`` runs it: the snapshot unpacked, the
  document read, the diff;
- compare + check: the same with the check, as ``netzplaner compare DOC`` runs it.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from netzplaner.services import goals, partners, relationships, snapshots  # noqa: E402
from netzplaner.services.commands import Macro  # noqa: E402
from netzplaner.services.compare import compare, compare_states, resolve  # noqa: E402
from netzplaner.services.network_read import read_network  # noqa: E402
from netzplaner.services.workspace import Workspace  # noqa: E402

TODAY = date(2026, 12, 1)


def timed(work, runs: int) -> tuple[object, float, float]:
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return result, statistics.median(walls), statistics.median(cpus)


def edit(ws: Workspace, seed: int = 7) -> dict[str, int]:
    """A year's work on the network, each kind of edit as one step."""
    rng = random.Random(seed)
    read = read_network(ws)
    p, r = read.partners, read.relationships
    others = [pid for pid, own in zip(p["id"], p["is_own_firm"]) if not own]
    k = max(10, len(others) // 100)
    chosen = rng.sample(others, 3 * k)
    gone, archived, moved = chosen[:k], chosen[k:2 * k], chosen[2 * k:]
    dims = dict(zip(p["id"], p["dimensions"]))
    steps = [partners.delete_partner(ws, pid) for pid in gone]
    steps += [partners.archive_partner(ws, pid) for pid in archived]
    steps += [partners.update_partner(ws, pid, dimensions=["international"] if "international" not in dims[pid]
                                      else ["regional"]) for pid in moved]
    ws.execute(Macro(steps, "Bench edits"))
    read = read_network(ws)
    r = read.relationships
    ties = list(zip(r["id"], r["strength"]))
    changed = rng.sample(ties, 2 * k)
    steps = [relationships.update_relationship(ws, tid, strength=s % 5 + 1) for tid, s in changed]
    steps += [relationships.create_assessment(ws, tid, {"openness": rng.randint(1, 5), "trust": rng.randint(1, 5)},
                                              assessed_on=TODAY) for tid, _ in rng.sample(ties, k)]
    ws.execute(Macro(steps, "Bench ties"))
    own = next(pid for pid, o in zip(read.partners["id"], read.partners["is_own_firm"]) if o)
    for i in range(k):
        new = ws.execute(partners.create_partner(ws, name=f"Neuer Partner {i}", kind="company",
                                                 dimensions=["regional"])).entity_id
        ws.execute(relationships.create_relationship(ws, own, new, kind="cooperation", strength=3))
    actions = [a.id for a in read.actions if a.status != "done"]
    done = actions[: len(actions) // 3]
    if done:
        ws.execute(goals.mark_actions_done(ws, done))
    return {"deleted": k, "archived": k, "moved": k, "added": k, "ties changed": 2 * k, "assessed": k,
            "actions done": len(done)}


def bench(partners_count: int, folder: Path, runs: int) -> list[str]:
    path = folder / f"compare-{partners_count}.netzplan"
    subprocess.run([sys.executable, "-m", "netzplaner", "demo", str(path), "--partners", str(partners_count),
                    "--force"], env={**os.environ, "PYTHONPATH": str(REPO),
                                     "NETZPLANER_DATA_DIR": str(folder / "data")}, check=True, capture_output=True)
    with Workspace.open(path) as ws:
        ws.execute(snapshots.take_snapshot(ws, "bench", taken_at=datetime(2026, 6, 1, 12)))
        edits = edit(ws)
        before, _, then = resolve(ws, "bench", default_latest=True, today=TODAY)
        after = read_network(ws)
        ties = len(after.relationships["id"])
        c, diff_wall, diff_cpu = timed(lambda: compare_states(before, after, TODAY, then=then, with_check=False),
                                       runs)
        _, check_wall, check_cpu = timed(lambda: compare_states(before, after, TODAY, then=then), runs)
        _, all_wall, all_cpu = timed(lambda: compare(ws, "bench", today=TODAY, with_check=False), runs)
        _, full_wall, full_cpu = timed(lambda: compare(ws, "bench", today=TODAY), runs)
    s = c.summary
    found = (f"{s.partners_removed} removed, {s.partners_archived} archived, {s.partners_moved} moved, "
             f"{s.partners_added} added, {s.ties_stronger + s.ties_weaker} ties changed, {len(c.tie_quality)} "
             f"quality, {s.actions_completed} done")
    print(f"  edits: {edits}; found: {found}", file=sys.stderr, flush=True)
    return [f"{partners_count:,}", f"{ties:,}", f"{diff_wall:.3f} ({diff_cpu:.3f})",
            f"{check_wall:.2f} ({check_cpu:.2f})", f"{all_wall:.2f} ({all_cpu:.2f})",
            f"{full_wall:.2f} ({full_cpu:.2f})"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000, 20000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"median of {args.runs} runs, wall s (CPU s)")
    print("| partners | relationships | diff | diff + check | compare (snapshot + read + diff) | compare + check |")
    print("|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="netzplaner-compare-") as tmp:
        for size in args.sizes:
            print("| " + " | ".join(bench(size, Path(tmp), args.runs)) + " |", flush=True)


if __name__ == "__main__":
    main()
