"""Import of a 10,000-row partner list with fuzzy duplicate detection against a 10,000-partner document (issue 15).

    python tests/benchmarks/bench_import_dedupe.py [--partners 10000] [--rows 10000] [--runs 3]

The document is ``netzplaner demo DOC --partners N`` (seed 1). The list (Windows-1252 CSV, "Firma;Ort;Land") holds
the partners of another synthetic network (seed 2, new names in the same style) and, for every tenth row, a
partner of the document spelled differently: without or with its legal form and ue for ü (half of them) or with
one letter missing (the other half). Each run copies the document and times, in one process: opening it, planning
the import (reading the file, the duplicate proposals within the list and against the document, the row-by-row
plan) and applying it as one step; "detect" is ``find_duplicates`` alone on the same names. Prints the median of
the runs, wall clock and CPU seconds of the process (on a shared machine the wall clock also counts the waits for a
core), and how many of the planted spellings were proposed (and how many proposals there were in all).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout, not an installed copy
os.environ.setdefault("NETZPLANER_DATA_DIR", tempfile.mkdtemp(prefix="np-bench-"))

from netzplaner.services.demo import write_synthetic
from netzplaner.services.duplicates import find_duplicates
from netzplaner.services.partner_import import apply_import, plan_import
from netzplaner.services.workspace import Workspace


def names(path: Path) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.execute("SELECT id, name, city FROM partner WHERE is_own_firm = 0 ORDER BY id"))


def respell(name: str, rng: random.Random, typo: bool) -> str:
    if typo:  # one letter of the longest word missing (not its first two)
        words = name.split()
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        word = words[longest]
        cut = rng.randrange(2, len(word))
        words[longest] = word[:cut] + word[cut + 1:]
        return " ".join(words)
    spelled = name.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
    return spelled[:-5] if spelled.endswith(" GmbH") else spelled + " GmbH"


def write_list(path: Path, document: list[tuple[str, str, str]], others: list[tuple[str, str, str]], rows: int,
               ) -> set[str]:
    rng = random.Random(3)
    planted: set[str] = set()
    lines = ["Firma;Ort;Land"]
    taken = {name.casefold() for _id, name, _city in document}
    others = iter(others)
    i = 0
    while len(lines) <= rows:
        i += 1
        if i % 10 == 0:
            _id, name, city = document[rng.randrange(len(document))]
            name = respell(name, rng, typo=i % 20 == 10)
            if name.casefold() in taken:
                continue
            planted.add(name)
        else:
            _id, name, city = next(others)
            if name.casefold() in taken:
                continue
        taken.add(name.casefold())
        lines.append(f"{name};{city};")
    path.write_bytes("\r\n".join(lines).encode("cp1252", "replace") + b"\r\n")
    return planted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="np-bench-dedupe-"))
    try:
        doc, other = folder / "doc.netzplan", folder / "other.netzplan"
        write_synthetic(doc, partners=args.partners, seed=1)
        write_synthetic(other, partners=2 * args.rows, seed=2)  # many of its names are the document's too
        document = names(doc)
        listing = folder / "Partnerliste.csv"
        planted = write_list(listing, document, names(other), args.rows)
        rows = listing.read_bytes().count(b"\r\n") - 1
        timings: dict[str, list[float]] = {}
        found = proposals = 0
        for run in range(args.runs):
            copy = folder / f"run{run}.netzplan"
            shutil.copyfile(doc, copy)
            clock = lambda: (time.perf_counter(), time.process_time())  # noqa: E731 (wall, CPU of this process)
            start = clock()
            ws = Workspace.open(copy)
            opened = clock()
            report = plan_import(ws, listing)
            planned = clock()
            apply_import(ws, report)
            applied = clock()
            ws.close()
            for name, (a, b) in (("open", (start, opened)), ("plan", (opened, planned)),
                                 ("apply", (planned, applied)), ("whole import", (start, applied))):
                timings.setdefault(name, []).append(b[0] - a[0])
                timings.setdefault(name + " CPU", []).append(b[1] - a[1])
            found = sum(1 for c in report.duplicates if c.name in planted)
            proposals = len(report.duplicates)
            list_names = [(number, name, city) for number, (name, city) in enumerate(
                (line.split(";")[0], line.split(";")[1]) for line in
                listing.read_text(encoding="cp1252").splitlines()[1:])]
            start = clock()
            find_duplicates(list_names, document)
            end = clock()
            timings.setdefault("detect", []).append(end[0] - start[0])
            timings.setdefault("detect CPU", []).append(end[1] - start[1])
        print(f"{rows:,} rows against {len(document) + 1:,} partners, median of {args.runs} runs "
              f"(load average {os.getloadavg()[0]:.1f}):")
        for name, values in timings.items():
            print(f"  {name:17s} {statistics.median(values):6.2f} s   (runs: "
                  f"{', '.join(f'{v:.2f}' for v in values)})")
        print(f"  planted spellings proposed: {found} of {len(planted)}; proposals in all: {proposals}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
