"""``netzplaner compare DOC [--from LABEL|DATE] [--to LABEL|DATE|now] [--json] [--lang de|en]`` (issue 12): what
changed between two states of the network, registered by cli.py.

``--from`` defaults to the latest snapshot, ``--to`` to the document now. Exit 0 with the comparison, 1 with one
sentence for an unknown label or a document without snapshots (cli.py's handler), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json

from .io.safe_text import terminal_json, terminal_text


def add_compare_parser(sub: argparse._SubParsersAction, doc_type, doc_help: str) -> None:
    compare = sub.add_parser("compare", help="what changed between two states of the network (snapshots or now)")
    compare.add_argument("doc", type=doc_type, help=doc_help)
    compare.add_argument("--from", dest="from_ref", metavar="LABEL|DATE",
                         help="the earlier state: a snapshot's label, or a date YYYY-MM-DD (the latest snapshot "
                              "taken on or before it); default: the latest snapshot")
    compare.add_argument("--to", dest="to_ref", metavar="LABEL|DATE|now",
                         help="the later state: a snapshot's label or date, or now (default)")
    compare.add_argument("--json", action="store_true", help="machine-readable output with stable keys")
    compare.add_argument("--lang", choices=("de", "en"), default="de", help="language of the text")
    compare.add_argument("--no-check", action="store_true",
                         help="leave out the network check then and now (brokers, cut points, recommendations)")


def run_compare(args: argparse.Namespace) -> int:
    from .services.compare import compare
    from .services.compare_text import format_text
    from .services.workspace import Workspace

    with Workspace.open(args.doc, read_only=True) as ws:
        result = compare(ws, args.from_ref, args.to_ref, with_check=not args.no_check)
    if args.json:
        print(terminal_json(json.dumps(result.as_json(), indent=2, ensure_ascii=False)))
    else:
        print(terminal_text(format_text(result, args.lang), lines=True), end="")
    return 0
