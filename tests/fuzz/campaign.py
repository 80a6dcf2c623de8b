"""Running fuzz cases: import a file into a document, classify the outcome, and count per kind of input.

An outcome is ``refused`` (a NetzplanerError whose text is one sentence), ``accepted``, ``traceback`` (any other
exception, or a refusal that is not one sentence), ``hang`` (longer than ``CASE_SECONDS``) or ``changed`` (the
input file or, on refusal, the document differs afterwards). A campaign passes with zero of the last three.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from netzplaner.domain.errors import NetzplanerError
from netzplaner.io import limits, table_reader, workbook_reader, xml_scan
from netzplaner.io.import_source import read_source
from netzplaner.services.partner_import import import_partners
from netzplaner.services.roundtrip import import_board_workbook

CASES = int(os.environ.get("NETZPLANER_FUZZ_CASES", "0") or 0)  # 0: the CI default of each test
SEED = int(os.environ.get("NETZPLANER_FUZZ_SEED", "16"))
CASE_SECONDS = 10.0  # in-process cases run at scaled-down limits: each takes well under a second

# the limits scaled down so that files just past them stay small and quick to build
SCALED = {"MAX_CELLS": 20_000, "MAX_GRID_CELLS": 200_000, "MAX_ELEMENTS": 60_000, "MAX_LOOSE_ELEMENTS": 10_000,
          "MAX_ROW_CELLS": 5_000, "MAX_XML_BYTES": 8 * 2**20, "MAX_CSV_LINE_CHARS": 100_000,
          "MAX_CSV_LINES": 2_000, "MAX_ROWS": 2_000, "MAX_XML_SPECIALS": 1_000}


def scale_limits(monkeypatch) -> None:
    for module in (limits, xml_scan, workbook_reader, table_reader):
        for name, value in SCALED.items():
            if hasattr(module, name):
                monkeypatch.setattr(module, name, value)


class Hang(BaseException):
    """Raised by the alarm inside a case that runs too long (BaseException: no ``except Exception`` eats it)."""


def _alarm(signum, frame):
    raise Hang()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else f"special:{path.lstat().st_mode}"


def import_file(ws, path: Path) -> None:
    """What ``netzplaner import DOC FILE`` does: classify the file, then import it as what it is."""
    source = read_source(path)
    if source.format == "board":
        import_board_workbook(ws, path)
    else:
        import_partners(ws, path)


def one_sentence(message: str) -> bool:
    return bool(message) and message.endswith(".") and message.count(". ") == 0 and "\n" not in message \
        and "Traceback" not in message


@dataclass
class Campaign:
    kind: str
    counts: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    slowest: float = 0.0

    def run(self, ws, path: Path, label: str, dump_state, seconds: float = CASE_SECONDS) -> str:
        before_file = sha256(path)
        before_doc = dump_state(ws)
        outcome, detail = "accepted", ""
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        start = time.monotonic()
        try:
            import_file(ws, path)
        except Hang:
            outcome = "hang"
        except NetzplanerError as exc:
            outcome, detail = ("refused", str(exc)) if one_sentence(str(exc)) else ("traceback", repr(str(exc)))
        except Exception:  # noqa: BLE001 - exactly what the campaign looks for
            outcome, detail = "traceback", traceback.format_exc(limit=-3)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        self.slowest = max(self.slowest, time.monotonic() - start)
        if sha256(path) != before_file:
            outcome, detail = "changed", "the input file changed"
        elif outcome == "refused" and dump_state(ws) != before_doc:
            outcome, detail = "changed", "the document changed on refusal"
        self.counts[outcome] += 1
        self.counts["cases"] += 1
        if outcome not in ("refused", "accepted"):
            self.failures.append(f"{label}: {outcome}: {detail}")
        return outcome

    def summary(self) -> str:
        c = self.counts
        return (f"{self.kind}: {c['cases']} cases, {c['refused']} refused with a sentence, {c['accepted']} accepted, "
                f"{c['traceback']} tracebacks, {c['hang']} hangs, {c['changed']} changed; slowest "
                f"{self.slowest:.2f} s")

    def check(self) -> None:
        print(self.summary())
        assert not self.failures, "\n".join(self.failures[:10])


def cases(generators: list, default: int) -> list[tuple[str, random.Random, object]]:
    """(label, rng, generator) for ``CASES`` (or ``default``) cases, round robin over the generators."""
    count = CASES or default
    return [(f"{g.__name__} #{n} (seed {SEED})", random.Random(f"{SEED}-{g.__name__}-{n}"), g)
            for n in range(count) for g in [generators[n % len(generators)]]]
