"""Working copies left behind by a program that ended without closing its document, found and removed without
SQLAlchemy: the welcome page asks for them at start (``document.Document.recover`` opens one)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .lock import process_alive, this_host
from .paths import working_dir

__all__ = ["Orphan", "discard_orphan", "find_orphans", "remove_working_files"]


@dataclass(frozen=True)
class Orphan:
    """A working copy left behind by a program that ended without closing its document."""

    working_copy: Path
    info_file: Path
    document: Path
    opened_at: str
    modified: datetime


def remove_working_files(work: Path) -> None:
    for leftover in (work, work.with_suffix(".json"), Path(f"{work}-wal"), Path(f"{work}-shm"),
                     Path(f"{work}-journal")):
        leftover.unlink(missing_ok=True)


def find_orphans() -> list[Orphan]:
    """Working copies whose program is gone (killed, crashed), newest first."""
    orphans = []
    for info_file in working_dir().glob("*.json"):
        try:
            info = json.loads(info_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        work = info_file.with_suffix(".sqlite")
        if not work.exists() or info.get("read_only"):
            continue
        host, pid, started = str(info.get("host", "")), info.get("pid"), str(info.get("started") or "")
        if host == this_host() and process_alive(host, pid if isinstance(pid, int) else 0, started):
            continue  # still open in a running program (a reused process id does not count)
        if info.get("edited") is False:  # nothing the document lacks: clean up instead of asking
            remove_working_files(work)
            continue
        orphans.append(Orphan(work, info_file, Path(info["document"]), str(info.get("opened_at", "")),
                              datetime.fromtimestamp(work.stat().st_mtime)))
    return sorted(orphans, key=lambda o: o.modified, reverse=True)


def discard_orphan(orphan: Orphan) -> None:
    remove_working_files(orphan.working_copy)
