"""A row's change history: who changed it, when and what (a team network records it on the server)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

ACTIONS = ("insert", "update", "delete")


@dataclass(frozen=True)
class RowChange:
    """One change of one row. ``changes`` maps each changed column to (old, new); an insert has old None, a delete
    new None."""

    at: datetime
    user: str
    action: str
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
