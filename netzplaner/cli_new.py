"""``netzplaner new DOC [--firm NAME] [--force]``: an empty document (issue 15), registered by cli.py like
cli_team.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from .io.safe_text import terminal_text


def add_new_parser(sub: argparse._SubParsersAction) -> None:
    new = sub.add_parser("new", help="an empty document")
    new.add_argument("doc", type=Path, metavar="DOC", help="the .netzplan file to write")
    new.add_argument("--firm", metavar="NAME", help="your own firm, the centre of the network map")
    new.add_argument("--force", action="store_true", help="overwrite DOC if it exists")


def run_new(args: argparse.Namespace) -> int:
    from .services.new_document import create_document

    from .domain.errors import DocumentError

    try:
        create_document(args.doc, firm=args.firm, overwrite=args.force)
    except DocumentError as exc:
        if exc.kind != "exists":
            raise
        raise DocumentError("exists", "“{name}” already exists; --force overwrites it.", name=args.doc.name)
    firm = f" with the own firm {args.firm.strip()}" if args.firm is not None else ""
    print(terminal_text(f"Empty document{firm} written to {args.doc}"))
    return 0
