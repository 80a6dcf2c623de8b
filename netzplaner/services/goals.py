"""Use cases for collaboration goals and their actions."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain.entities import Action, Goal
from ..domain.enums import ActionStatus
from ..domain.errors import ValidationError
from ..domain.ids import new_id
from ..domain.validation import check_action_dates, clean_action, clean_goal
from . import rules
from .commands import Command, CreateEntity, DeleteEntity, Macro, UpdateEntity
from .workspace import Workspace


def create_goal(ws: Workspace, *, id: str | None = None, **fields: Any) -> CreateEntity:
    values = clean_goal(fields)
    values["id"] = id or new_id()
    return CreateEntity("goal", values, "Add goal “{title}”", [rules.all_partners_exist(values["partner_ids"])],
                        title=values["title"])


def update_goal(ws: Workspace, goal_id: str, *, expected: int | None = None, **changes: Any) -> UpdateEntity:
    current: Goal = ws.get("goal", goal_id)
    values = clean_goal(changes, partial=True)
    checks = [rules.all_partners_exist(values["partner_ids"])] if "partner_ids" in values else []
    template = "Rename goal “{title}”" if set(values) == {"title"} else "Edit goal “{title}”"
    return UpdateEntity("goal", goal_id, values, template, checks, title=current.title, expected=expected)


def delete_goal(ws: Workspace, goal_id: str) -> DeleteEntity:
    current: Goal = ws.get("goal", goal_id)
    return DeleteEntity("goal", goal_id, "Delete goal “{title}”", touches=("action",), title=current.title)


def _completion(values: dict[str, Any], previous: ActionStatus | None) -> None:
    """Keep ``completed_on`` in step with the status: set when an action becomes done, cleared otherwise."""
    status = values.get("status")
    if status is None:
        return
    if status == ActionStatus.DONE and previous != ActionStatus.DONE:
        values.setdefault("completed_on", date.today())
    elif status != ActionStatus.DONE and previous == ActionStatus.DONE:
        values["completed_on"] = None


def create_action(ws: Workspace, goal_id: str, *, id: str | None = None, **fields: Any) -> CreateEntity:
    values = clean_action({"goal_id": goal_id, **fields})
    values["id"] = id or new_id()
    if values["status"] == ActionStatus.DONE and values["completed_on"] is None:
        values["completed_on"] = date.today()
    checks = [rules.exists("goal", goal_id, "goal_id", "The goal is no longer in the document."),
              rules.partner_exists(values["partner_id"])]
    return CreateEntity("action", values, "Add action “{title}”", checks, title=values["title"])


def update_action(ws: Workspace, action_id: str, *, expected: int | None = None, **changes: Any) -> UpdateEntity:
    current: Action = ws.get("action", action_id)
    values = clean_action(changes, partial=True)
    if "partner_id" in values:
        values["partner_id"] = values["partner_id"] or None
    check_action_dates(values.get("start_date", current.start_date), values.get("due_date", current.due_date))
    _completion(values, current.status)
    checks = [rules.partner_exists(values.get("partner_id"))]
    if "goal_id" in values:
        checks.append(rules.exists("goal", values["goal_id"], "goal_id", "The goal is no longer in the document."))
    if set(values) <= {"status", "completed_on"}:
        template = "Set action “{title}” to {status}"
    else:
        template = "Edit action “{title}”"
    return UpdateEntity("action", action_id, values, template, checks, title=current.title,
                        status=values.get("status", current.status), expected=expected)


def delete_action(ws: Workspace, action_id: str) -> DeleteEntity:
    current: Action = ws.get("action", action_id)
    return DeleteEntity("action", action_id, "Delete action “{title}”", title=current.title)


def mark_actions_done(ws: Workspace, action_ids: list[str]) -> Command:
    """Several actions set to done as one step (the action plan's "Mark done")."""
    steps = [update_action(ws, i, status=ActionStatus.DONE) for i in action_ids]
    if not steps:
        raise ValidationError("status", "Choose at least one action.")
    return steps[0] if len(steps) == 1 else Macro(steps, "Mark {count} actions done", count=len(steps))


def delete_actions(ws: Workspace, action_ids: list[str]) -> Command:
    steps = [delete_action(ws, i) for i in action_ids]
    if not steps:
        raise ValidationError("status", "Choose at least one action.")
    return steps[0] if len(steps) == 1 else Macro(steps, "Delete {count} actions", count=len(steps))
