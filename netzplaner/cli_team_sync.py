"""``netzplaner team publish|pull|push``: moving a document onto a team network, taking an offline copy and
merging it back (services/team_sync.py). Registered in ``cli_team.REGISTRARS``.

``push`` prints the plan and writes only with ``--yes``; where the copy and the team network both changed a value
(or one side deleted what the other edited) it needs ``--take mine|theirs``, else it exits 1 naming them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .domain.errors import NetzplanerError
from .io.safe_text import terminal_json, terminal_text

_KIND_WORDS = {"new": "new in the copy", "changed": "changed in the copy", "deleted": "deleted in the copy",
               "conflict": "changed on both sides", "deleted_here": "deleted in the copy, changed in the team network",
               "deleted_there": "changed in the copy, deleted in the team network"}
_SHOWN = 20  # decisions named in the refusal; the JSON lists all


def add_sync_commands(team: argparse._SubParsersAction) -> None:
    publish = team.add_parser("publish", help="put a document onto an empty team network")
    publish.add_argument("doc", type=Path, help="the .netzplan document")
    publish.add_argument("url", help="the team network: postgresql://user@host:5432/dbname")
    publish.set_defaults(team_run=_run_publish)
    pull = team.add_parser("pull", help="Offline mitnehmen: copy the team network into a new document")
    pull.add_argument("url", help="the team network: postgresql://user@host:5432/dbname")
    pull.add_argument("doc", type=Path, help="the .netzplan document to write (must not exist)")
    pull.set_defaults(team_run=_run_pull)
    push = team.add_parser("push", help="Zurückspielen: merge an offline copy back into its team network")
    push.add_argument("doc", type=Path, help="the offline copy (.netzplan)")
    push.add_argument("url", nargs="?", help="the team network (default: where the copy came from)")
    push.add_argument("--yes", action="store_true", help="apply the plan (default: only print it)")
    push.add_argument("--take", choices=("mine", "theirs"),
                      help="for every conflict and every deletion against an edit: the copy's version (mine) or "
                           "the team network's (theirs)")
    push.add_argument("--json", action="store_true", help="machine-readable output with stable keys")
    push.set_defaults(team_run=_run_push)


def _run_publish(args: argparse.Namespace) -> int:
    from .services.team_sync import publish, without_password
    from .services.workspace import Workspace

    with Workspace.open(args.doc, read_only=True) as source, Workspace.open(args.url) as target:
        counts = publish(source, target)
    print(terminal_text(f"{args.doc.name} published to {without_password(args.url)}: {counts['partner']} partners, "
                        f"{counts['relationship']} relationships, {counts['assessment']} assessments, "
                        f"{counts['goal']} goals, {counts['action']} actions."))
    return 0


def _run_pull(args: argparse.Namespace) -> int:
    from .services.team_sync import pull, without_password
    from .services.workspace import Workspace

    with Workspace.open(args.url, read_only=True) as team:
        pull(team, args.doc)
    print(terminal_text(f"Offline copy of {without_password(args.url)} written to {args.doc}; merge it back with: "
                        f"netzplaner team push {args.doc}"))
    return 0


def _decisions(pushed) -> list[dict]:
    """Every decision the plan needs, one entry per conflicting field or per deletion against an edit."""
    found = []
    for item in pushed.plan.items:
        if item.kind == "conflict":
            found += [{"kind": item.kind, "entity": item.entity, "id": item.entity_id, "label": item.label,
                       "field": d.field, "base": d.base, "mine": d.mine, "theirs": d.theirs} for d in item.conflicts]
        elif item.asked:
            found.append({"kind": item.kind, "entity": item.entity, "id": item.entity_id, "label": item.label,
                          "field": None, "base": None, "mine": None, "theirs": None})
    return found


def _decision_text(d: dict) -> str:
    if d["field"] is None:
        return f"{d['entity']} “{d['label']}” {_KIND_WORDS[d['kind']]}"
    return f"{d['entity']} “{d['label']}”, {d['field']}: mine {d['mine']!r}, team {d['theirs']!r}"


def _run_push(args: argparse.Namespace) -> int:
    from .services.team_push import plan_push, push
    from .services.team_sync import read_base, without_password
    from .services.workspace import Workspace

    with Workspace.open(args.doc) as copy:
        base = read_base(copy)
        url = args.url or base.origin
        if without_password(url) != base.origin:
            raise NetzplanerError("{name} is an offline copy of {origin}, not of {url}.", name=args.doc.name,
                                  origin=base.origin, url=without_password(url))
        with Workspace.open(url) as team:
            pushed = plan_push(copy, team)
            decisions = _decisions(pushed)
            undecided = bool(decisions) and args.take is None
            result = push(copy, team, pushed, take=args.take) if args.yes and not undecided else None
    report = {"copy": str(args.doc), "origin": base.origin, "counts": pushed.plan.counts(),
              "team_only": dict(pushed.plan.theirs), "decisions": decisions,
              "left_out": [{"entity": lo.item.entity, "id": lo.item.entity_id, "label": lo.item.label,
                            "reason": lo.text} for lo in (result.resolution.left_out if result else pushed.left_out)],
              "applied": bool(result and result.applied),
              "written": result.resolution.counts if result else None, "in_sync": result is not None}
    if args.json:
        print(terminal_json(json.dumps(report, ensure_ascii=False, indent=2, default=str)))
    else:
        _print_plan(report)
    if undecided:
        named = "; ".join(_decision_text(d) for d in decisions[:_SHOWN])
        more = f" and {len(decisions) - _SHOWN} more" if len(decisions) > _SHOWN else ""
        print(terminal_text(f"Error: {len(decisions)} decisions are needed before anything is written: {named}{more}. "
                            "Choose with --take mine or --take theirs, or decide one by one in the window "
                            "(File → Merge back)."), file=sys.stderr)
        return 1
    return 0


def _print_plan(report: dict) -> None:
    counts, team_only = report["counts"], report["team_only"]
    print(terminal_text(f"{report['copy']} → {report['origin']}"))
    print(terminal_text(f"From the copy: {counts['new']} new, {counts['changed']} changed, {counts['deleted']} "
                        f"deleted; conflicts: {counts['conflict']}; deleted against an edit: "
                        f"{counts['deleted_here'] + counts['deleted_there']}."))
    print(terminal_text(f"Changed in the team network only (kept): {team_only['new']} new, {team_only['changed']} "
                        f"changed, {team_only['deleted']} deleted."))
    for d in report["decisions"]:
        print(terminal_text(f"  Conflict: {_decision_text(d)}"))
    for lo in report["left_out"]:
        print(terminal_text(f"  Left out: {lo['reason']}"))
    if report["written"] is not None:
        w = report["written"]
        print(terminal_text(f"Written to the team network in one step: {w['created']} new, {w['changed']} changed, "
                            f"{w['deleted']} deleted. The copy is in sync again."))
    elif not report["decisions"]:
        print(terminal_text("Nothing written yet: run again with --yes to apply."))
