"""The command line (a stable contract, documented in the README): a thin argparse front end over the services.

Exit codes: 0 success, 1 data or file error (one clear sentence on stderr, never a traceback), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .domain.errors import NetzplanerError
from .domain.locations import parse_location
from .io.safe_text import terminal_json, terminal_text

SUBCOMMANDS = ("new", "demo", "check", "render", "export", "import", "team", "snapshot", "snapshots", "compare")
EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
EXPORT_FORMATS = ("board", "kumu", "graphml", "gexf", "csv")
DOC_HELP = "the .netzplan document, or a team network: postgresql://user@host:5432/dbname"


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would exit itself; we want one place that decides
        raise UsageError(f"{self.prog}: {message}")


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="netzplaner", description="Netzplaner: map, judge and plan your partner network.",
                     epilog="Commands: new, demo, check, render, export, import, snapshot, snapshots, compare, team "
                            "(netzplaner COMMAND --help).")
    parser.add_argument("file", nargs="?", type=parse_location,
                        help="a .netzplan document or a team network (postgresql://user@host/dbname) to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the built-in demo network")
    parser.add_argument("--version", action="version", version=f"Netzplaner {__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation (store, layout, network check, export) and exit 0 or 1")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="netzplaner")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    from .cli_new import add_new_parser

    add_new_parser(sub)
    demo = sub.add_parser("demo", help="write the demo document, or a synthetic network of N partners")
    demo.add_argument("out", type=Path, help="the .netzplan file to write")
    demo.add_argument("--partners", type=int, metavar="N", help="write a synthetic network of N partners")
    demo.add_argument("--seed", type=int, default=1, help="random seed of the synthetic network (default 1)")
    demo.add_argument("--lang", choices=("de", "en"), default="de", help="language of the demo texts")
    demo.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    check = sub.add_parser("check", help="check a document and print its figures")
    check.add_argument("doc", type=parse_location, help=DOC_HELP)
    check.add_argument("--json", action="store_true", help="machine-readable output with stable keys")
    check.add_argument("--lang", choices=("de", "en"), default="de", help="language of the report")
    render = sub.add_parser("render", help="the network map as a picture, same look as the window")
    render.add_argument("doc", type=parse_location, help=DOC_HELP)
    render.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                        help="the picture to write: .png or .svg")
    render.add_argument("--width", type=int, default=1600, help="width in pixels (default 1600)")
    render.add_argument("--lang", choices=("de", "en"), default="de", help="language of legend and title")
    render.add_argument("--layout", choices=("stored", "force", "concentric"), default="stored",
                        help="arrange the partners for the picture only: concentric = rings around us, force = by "
                             "connections (default: as stored in the document)")
    export = sub.add_parser("export", help="the board workbook (.xlsx), Kumu's workbook, GraphML, GEXF or CSV")
    export.add_argument("doc", type=parse_location, help=DOC_HELP)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                        help="the file to write: .xlsx (board workbook, or Kumu with --format kumu), .graphml, "
                             ".gexf or .csv (partners)")
    export.add_argument("--format", choices=EXPORT_FORMATS, help="the format (default: by the suffix of OUT)")
    export.add_argument("--lang", choices=("de", "en"), default="de", help="language of the workbook")
    export.add_argument("--goal", action="append", metavar="ID", help="only this goal (repeatable)")
    export.add_argument("--dimension", action="append", metavar="D",
                        help="only this network: regional, thematic, international (or Regional, Fachlich, "
                             "International); repeatable")
    export.add_argument("--no-map", action="store_true", help="leave the network map picture out")
    export.add_argument("--since", metavar="LABEL|DATE",
                        help="board workbook: the sheet Entwicklung shows the changes since this snapshot (default: "
                             "the latest, when there is one)")
    imp = sub.add_parser("import", help="an edited board workbook, a partner list (.xlsx/.csv), Kumu, Gephi, "
                                        "GraphML, GEXF or GML")
    imp.add_argument("doc", type=parse_location, help=DOC_HELP)
    imp.add_argument("workbook", type=Path, metavar="IN",
                     help="the file to import: .xlsx (board workbook, partner list, Kumu, Gephi), .csv, "
                          ".graphml, .gexf or .gml")
    imp.add_argument("--dry-run", action="store_true", help="only report what would change; write nothing")
    imp.add_argument("--take-board-conflicts", action="store_true",
                     help="board workbook: where the board and Netzplaner both changed a value since the export, "
                          "take the board's (default: Netzplaner's value stays)")
    imp.add_argument("--delete-removed", action="store_true",
                     help="board workbook: delete the goals and actions the board deleted from the workbook "
                          "(default: only reported)")
    imp.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                     help="read the column with this header as FIELD (name, kind, city, country, ...; "
                          "'-' for none); repeatable")
    imp.add_argument("--merge", action="append", default=[], type=int, metavar="ROW",
                     help="partner list: take row ROW as the same partner as its likely duplicate, which the "
                          "report names (repeatable)")
    imp.add_argument("--keep-apart", action="append", default=[], type=int, metavar="ROW",
                     help="partner list: keep row ROW as a partner of its own although it looks like a duplicate "
                          "(repeatable)")
    imp.add_argument("--lang", choices=("de", "en"), default="de", help="language of the report")
    from .cli_team import add_team_parser

    add_team_parser(sub, _Parser)
    from .cli_snapshot import add_snapshot_parsers

    add_snapshot_parsers(sub)
    from .cli_compare import add_compare_parser

    add_compare_parser(sub, parse_location, DOC_HELP)
    return parser


def _map_picture(ws, lang: str) -> bytes | None:
    """The network map as PNG bytes for the workbook; None where Qt cannot draw (the workbook goes without)."""
    try:
        from .gui.map.map_export import offscreen_application, workbook_picture
    except ImportError:
        return None
    offscreen_application(lang)
    return workbook_picture(ws)


def _export_format(args: argparse.Namespace) -> str:
    suffix = args.output.suffix.lower()
    wanted = {".xlsx": "board", ".graphml": "graphml", ".gexf": "gexf", ".csv": "csv"}.get(suffix)
    fmt = args.format or wanted
    if fmt is None:
        raise UsageError("netzplaner export: OUT must end in .xlsx, .graphml, .gexf or .csv")
    needed = ".xlsx" if fmt in ("board", "kumu") else f".{fmt}"
    if suffix != needed:
        raise UsageError(f"netzplaner export: the {fmt} format is written to a file ending in {needed}")
    return fmt


def _run_export(args: argparse.Namespace) -> int:
    from .services.workspace import Workspace

    fmt = _export_format(args)
    if fmt != "board" and args.since:
        raise UsageError("netzplaner export: --since is for the board workbook (.xlsx)")
    if fmt != "board":
        from .services.exchange_export import export_exchange

        with Workspace.open(args.doc, read_only=True) as ws:
            export_exchange(ws, args.output, fmt, lang=args.lang)
        what = {"kumu": "Kumu workbook", "csv": "Partner list"}.get(fmt, fmt.upper())
        print(terminal_text(f"{what} written to {args.output}"))
        return EXIT_OK
    from .services.export import LATEST, board_contents, write_board
    from .services.network_read import sharing

    # one read of the document for the map picture, the network check and the workbook
    with Workspace.open(args.doc, read_only=True) as ws, sharing(ws):
        picture = None if args.no_map else _map_picture(ws, args.lang)
        contents = board_contents(ws, lang=args.lang, goal_ids=args.goal, dimensions=args.dimension,
                                  map_png=picture, since=args.since or LATEST)
    # written once the document is closed: the memory of its read and of the check serves the writing
    write_board(contents, args.output)
    print(terminal_text(f"Board workbook written to {args.output}"))
    return EXIT_OK


def _column_mapping(pairs: list[str], headers: list[str]) -> dict[int, str | None]:
    """``--map "Firmenname=name"`` as column index -> field."""
    from .io.partner_table import FIELDS

    mapping: dict[int, str | None] = {}
    folded = [h.strip().casefold() for h in headers]
    for pair in pairs:
        column, sep, field = pair.partition("=")
        column, field = column.strip(), field.strip()
        if not sep or not column or (field not in FIELDS and field != "-"):
            raise UsageError(f"netzplaner import: --map takes COLUMN=FIELD with FIELD one of {', '.join(FIELDS)} "
                             f"or -, not {pair!r}")
        if column.casefold() not in folded:
            raise UsageError(f"netzplaner import: the file has no column {column!r}")
        mapping[folded.index(column.casefold())] = None if field == "-" else field
    return mapping


def _run_import(args: argparse.Namespace) -> int:
    from .services.partner_import import apply_import, plan_source, read_import_source, snapshot
    from .services.roundtrip import import_board_workbook
    from .services.workspace import Workspace

    choice = _duplicate_choice(args.merge, args.keep_apart)
    source = read_import_source(args.workbook)  # one sentence for a bad file, before the document is opened
    if source.format == "board":
        if args.map or choice:
            option = "--map" if args.map else "--merge" if args.merge else "--keep-apart"
            raise UsageError(f"netzplaner import: {option} is for partner lists, not for a board workbook")
        with Workspace.open(args.doc, read_only=args.dry_run) as ws:
            report = import_board_workbook(ws, args.workbook, dry_run=args.dry_run,
                                           take_conflicts=args.take_board_conflicts,
                                           delete_removed=args.delete_removed)
            if report.applied:
                ws.save()
        for line in report.lines(args.lang):
            print(terminal_text(line))
        return EXIT_OK
    mapping = _column_mapping(args.map, source.layout.headers if source.layout else [])
    with Workspace.open(args.doc, read_only=args.dry_run) as ws:
        plan = plan_source(snapshot(ws), source, mapping, choice)
        _check_duplicate_rows(choice, plan.duplicates)  # before anything is written
        if not args.dry_run and plan.command is not None:
            apply_import(ws, plan)
            ws.save()
    kind = {"kumu": "Kumu workbook", "gephi": "Gephi tables"}.get(plan.format, "partner list")
    print(terminal_text(f"{args.workbook.name}: {kind}"))
    for line in plan.lines():
        print(terminal_text(line))
    for line in _duplicate_lines(plan.duplicates, plan.merged):
        print(terminal_text(line))
    return EXIT_OK


def _duplicate_choice(merge: list[int], keep_apart: list[int]) -> dict[int, bool]:
    """``--merge``/``--keep-apart`` as the import's choice: row -> merge into its likely duplicate."""
    both = sorted(set(merge) & set(keep_apart))
    if both:
        raise UsageError(f"netzplaner import: row {both[0]} is given to both --merge and --keep-apart")
    return {**{row: True for row in merge}, **{row: False for row in keep_apart}}


def _check_duplicate_rows(choice: dict[int, bool], duplicates) -> None:
    """Every row the user chose for must be a proposal the user could choose for."""
    proposed = {c.row: c for c in duplicates}
    for row, merge in sorted(choice.items()):
        candidate = proposed.get(row)
        if candidate is None:
            rows = ", ".join(str(r) for r in sorted(proposed)) or "none"
            raise UsageError(f"netzplaner import: row {row} is not a likely duplicate (the proposals are rows: {rows})")
        if candidate.fixed and not merge:
            raise UsageError(f"netzplaner import: row {row} differs from “{candidate.other_name}” only in capitals "
                             "and is always the same partner")


def _duplicate_lines(duplicates, merged: frozenset[int]) -> list[str]:
    """The proposals with the choice taken and how to change it."""
    if not duplicates:
        return []
    lines = ["Likely duplicates (change the choice with --merge ROW or --keep-apart ROW):"]
    for c in sorted(duplicates, key=lambda c: c.row):
        other = f"row {c.other_row} “{c.other_name}”" if c.other_row is not None else f"“{c.other_name}” (document)"
        taken = "merged" if c.row in merged else "kept apart"
        lines.append(f"  row {c.row} “{c.name}” ~ {other}, {c.score} %: {c.reason_text()} -> {taken}")
    return lines


def _run_render(args: argparse.Namespace) -> int:
    if args.output.suffix.lower() not in (".png", ".svg"):
        raise UsageError("netzplaner render: OUT must end in .png or .svg")
    if not 200 <= args.width <= 10_000:
        raise UsageError("netzplaner render: --width must be between 200 and 10000")
    try:
        from .gui.map.map_export import render_document
    except ImportError as exc:
        raise NetzplanerError("The map cannot be drawn: {reason}.", reason=exc)
    render_document(args.doc, args.output, width=args.width, height=int(args.width * 0.68), lang=args.lang,
                    layout=None if args.layout == "stored" else args.layout)
    print(terminal_text(f"Network map written to {args.output}"))
    return EXIT_OK


def _run_demo(args: argparse.Namespace) -> int:
    from .services import demo

    if args.partners is not None and not 2 <= args.partners <= 100_000:
        raise UsageError("netzplaner demo: --partners must be between 2 and 100000")
    if args.partners is None:
        demo.write_demo(args.out, lang=args.lang, overwrite=args.force)
        print(terminal_text(f"Demo network written to {args.out}"))
    else:
        demo.write_synthetic(args.out, partners=args.partners, seed=args.seed, lang=args.lang,
                             overwrite=args.force)
        print(terminal_text(f"Synthetic network of {args.partners} partners written to {args.out}"))
    return EXIT_OK


def check_report(path: Path | str, lang: str = "de") -> tuple[dict, str]:
    """``netzplaner check``: the file check and the network check, as a dictionary with stable keys and as text.
    A team network has no file: its "file" entry names the server address (no password), its size is None."""
    from .services import network_check
    from .services.workspace import Workspace

    with Workspace.open(path, read_only=True) as ws:
        checked, notices = ws.file_check, [str(n) for n in ws.notices]
        report = network_check.check_network(ws)
        location, team_format = ws.location, ws.data_format if checked is None else None
    if checked is None:
        file_info = {"path": location, "size_bytes": None, "format": team_format, "integrity": "server",
                     "notices": notices}
    else:
        integrity = {"intact": "ok", "none": "no_checksum", "changed": "changed_outside"}[checked.content]
        file_info = {"path": str(path), "size_bytes": checked.size, "format": checked.schema_version,
                     "integrity": integrity, "notices": notices}
    return {"file": file_info, **network_check.report_to_dict(report)}, network_check.format_text(report, lang)


INTEGRITY_TEXT = {
    "ok": "integrity ok (content as last saved by Netzplaner)",
    "no_checksum": "integrity ok (saved by an older version: no content checksum to compare)",
    "changed_outside": "CHANGED OUTSIDE NETZPLANER since its last save",
}


def _run_check(args: argparse.Namespace) -> int:
    report, text = check_report(args.doc, args.lang)
    f = report["file"]
    status = EXIT_DATA if f["integrity"] == "changed_outside" else EXIT_OK
    if args.json:
        print(terminal_json(json.dumps(report, indent=2, ensure_ascii=False)))
        return status
    if f["integrity"] == "server":
        print(terminal_text(f"{f['path']}: Netzplaner team network, format {f['format']}, kept on the server"))
    else:
        print(terminal_text(f"{f['path']}: Netzplaner document, format {f['format']}, {f['size_bytes']:,} bytes, "
                            f"{INTEGRITY_TEXT[f['integrity']]}"))
    for notice in f["notices"]:
        print(terminal_text(f"Note: {notice}"))
    print(terminal_text(text, lines=True), end="")
    return status


def _run_gui(args: argparse.Namespace) -> int:
    if args.selftest:
        from .selftest import run as selftest

        return selftest()
    try:
        from .gui.shell.app import run
    except ImportError as exc:
        raise NetzplanerError("The window cannot start: {reason}.", reason=exc)
    return run(file=args.file, demo=args.demo)


def _attach_console() -> None:
    """The Windows program is windowed (no console of its own): print into the console it was started from."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115 - lives as long as we do
        sys.stderr = sys.stdout


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a cp1252 console prints "?" for an arrow instead of crashing
        getattr(stream, "reconfigure", lambda **_: None)(errors="replace")
    if argv and (argv[0] in SUBCOMMANDS or argv[0] in ("--selftest", "--version", "--help", "-h")):
        _attach_console()
    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = _command_parser().parse_args(argv)
            if args.command == "team":
                from .cli_team import run_team

                return run_team(args)
            if args.command in ("snapshot", "snapshots"):
                return args.run(args)
            if args.command == "compare":
                from .cli_compare import run_compare

                return run_compare(args)
            if args.command == "new":
                from .cli_new import run_new

                return run_new(args)
            return {"demo": _run_demo, "check": _run_check, "render": _run_render, "export": _run_export,
                    "import": _run_import}[args.command](args)
        return _run_gui(_gui_parser().parse_args(argv))
    except UsageError as exc:
        print(terminal_text(exc), file=sys.stderr)
        return EXIT_USAGE
    except NetzplanerError as exc:
        print(terminal_text(f"Error: {exc}", lines=True), file=sys.stderr)
        return EXIT_DATA
    except BrokenPipeError:  # before OSError, its base class: "netzplaner check DOC | head" read all it wanted
        # Python flushes stdout once more at exit; pointing its descriptor at devnull keeps that flush quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_OK
    except OSError as exc:
        print(terminal_text(f"Error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")), file=sys.stderr)
        return EXIT_DATA
    except KeyboardInterrupt:
        return 130
