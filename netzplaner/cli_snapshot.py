"""``netzplaner snapshot DOC --label TEXT`` and ``netzplaner snapshots DOC [--json]``: take a snapshot ("Stand",
issue 12) and list a document's snapshots (registered by cli.py). The command line speaks English: an automatic
snapshot's label is its English source text.
"""

from __future__ import annotations

import argparse
import json

from .io.safe_text import terminal_json, terminal_text

EXIT_OK = 0


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s" if not word.endswith("y") else f"{n:,} {word[:-1]}ies"


def _when(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _run_snapshot(args: argparse.Namespace) -> int:
    from .services.snapshots import snapshot_info, take_snapshot
    from .services.workspace import Workspace

    with Workspace.open(args.doc) as ws:
        command = ws.execute(take_snapshot(ws, args.label))
        ws.save()
        info = snapshot_info(ws, command.entity_id)
    size = len(command.values["content"])
    print(terminal_text(f"State “{info.label}” taken {_when(info.taken_at)}: {_count(info.partner_count, 'partner')}, "
                        f"{_count(info.relationship_count, 'relationship')} ({size:,} bytes compressed)"))
    return EXIT_OK


def _as_json(info) -> dict:
    return {"id": info.id, "label": info.label, "reason": info.reason, "taken_at": info.taken_at.isoformat(),
            "partners": info.partner_count, "relationships": info.relationship_count, "summary": info.summary}


def _run_list(args: argparse.Namespace) -> int:
    from .services.snapshots import list_snapshots
    from .services.workspace import Workspace

    with Workspace.open(args.doc, read_only=True) as ws:
        found = list_snapshots(ws)
    if args.json:
        print(terminal_json(json.dumps({"schema": 1, "snapshots": [_as_json(s) for s in found]}, indent=2,
                                       ensure_ascii=False)))
        return EXIT_OK
    if not found:
        print(terminal_text("No states yet; take one with: netzplaner snapshot DOC --label TEXT"))
    for s in found:
        reason = "" if s.reason == "manual" else f"  [automatic: {s.reason}]"
        print(terminal_text(f"{_when(s.taken_at)}  {s.label}  ({_count(s.partner_count, 'partner')}, "
                            f"{_count(s.relationship_count, 'relationship')}){reason}"))
    return EXIT_OK


def add_snapshot_parsers(sub: argparse._SubParsersAction) -> None:
    take = sub.add_parser("snapshot", help="freeze the network as it is now under a label")
    take.add_argument("doc", help="the document (.netzplan) or a team network's postgresql:// address")
    take.add_argument("--label", required=True, help="what to call the state, e.g. 'Workshop Frühjahr 2026'")
    take.set_defaults(run=_run_snapshot)
    listing = sub.add_parser("snapshots", help="list the states kept in a document")
    listing.add_argument("doc", help="the document (.netzplan) or a team network's postgresql:// address")
    listing.add_argument("--json", action="store_true", help="as JSON (stable keys, \"schema\": 1)")
    listing.set_defaults(run=_run_list)


__all__ = ["add_snapshot_parsers"]
