"""The rules of the action plan, defined once (docs/architecture.md, "Words, numbers and translations"): the window,
the workbook, the network check and the command line ask these functions and decide nothing themselves.

- A goal is *current* (live) when it is planned or active. Achieved and dropped goals are history.
- An action is *open* when it is not done and its goal is current: an achieved or dropped goal expects nothing
  more (the network check lists such actions apart, so that someone closes them).
- An action is *overdue* when it is open and its due date lies before today.

An action whose goal is not known (``goal_status`` None: an extract without its goal, a goal deleted behind the
caller's back) still needs doing: it counts as under a current goal.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .enums import ActionStatus, GoalStatus

if TYPE_CHECKING:
    from .entities import Action

LIVE_GOALS = frozenset({GoalStatus.PLANNED, GoalStatus.ACTIVE})


def is_live(goal_status: GoalStatus | None) -> bool:
    """Whether a goal in this status is current (None: the goal is not known, so it counts as current)."""
    return goal_status is None or goal_status in LIVE_GOALS


def is_open(action: Action, goal_status: GoalStatus | None) -> bool:
    """Whether the action still needs doing: not done, under a current goal."""
    return action.status != ActionStatus.DONE and is_live(goal_status)


def is_overdue(action: Action, goal_status: GoalStatus | None, today: date) -> bool:
    """Whether the action is open and its due date has passed."""
    return action.due_date is not None and action.due_date < today and is_open(action, goal_status)
