"""The entities as the layers above the store see them: frozen dataclasses, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from . import plan
from .enums import (
    ActionStatus,
    Benefit,
    Criterion,
    Dimension,
    GoalStatus,
    PartnerKind,
    Priority,
    RelationshipKind,
)
from .quality import quality_index


@dataclass(frozen=True, slots=True)
class Partner:
    id: str
    name: str
    kind: PartnerKind
    dimensions: frozenset[Dimension]
    is_own_firm: bool = False
    city: str = ""
    country: str = ""
    region: str = ""
    industry: str = ""
    website: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    archived: bool = False
    pos_x: float | None = None
    pos_y: float | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    id: str
    partner_id: str
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Relationship:
    id: str
    source_id: str
    target_id: str
    kind: RelationshipKind
    strength: int
    since: date | None = None
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Assessment:
    id: str
    relationship_id: str
    assessed_on: date
    scores: dict[Criterion, int | None] = field(default_factory=dict, hash=False, compare=True)
    comment: str = ""

    @property
    def quality_index(self) -> float | None:
        return quality_index(self.scores)


@dataclass(frozen=True, slots=True)
class Goal:
    id: str
    title: str
    benefit: Benefit
    description: str = ""
    dimension: Dimension | None = None
    owner: str = ""
    priority: Priority = Priority.MEDIUM
    status: GoalStatus = GoalStatus.PLANNED
    target_date: date | None = None
    kpi_name: str = ""
    kpi_unit: str = ""
    kpi_baseline: float | None = None
    kpi_target: float | None = None
    kpi_current: float | None = None
    partner_ids: frozenset[str] = frozenset()
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def kpi_progress(self) -> float | None:
        """Share of the way from baseline to target (0-1, clamped), or None when the KPI is incomplete."""
        b, t, c = self.kpi_baseline, self.kpi_target, self.kpi_current
        if b is None or t is None or c is None or t == b:
            return None
        return min(1.0, max(0.0, (c - b) / (t - b)))


@dataclass(frozen=True, slots=True)
class Action:
    id: str
    goal_id: str
    title: str
    owner: str = ""
    start_date: date | None = None
    due_date: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    priority: Priority = Priority.MEDIUM
    effort_days: float | None = None
    cost_eur: float | None = None
    partner_id: str | None = None
    completed_on: date | None = None
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def is_overdue(self, today: date, goal_status: GoalStatus | None = None) -> bool:
        """The rule of ``domain.plan.is_overdue``; ``goal_status`` None: the goal is taken as current."""
        return plan.is_overdue(self, goal_status, today)
