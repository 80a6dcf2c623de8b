"""The entities as the layers above the store see them: frozen dataclasses, never live ORM objects.

Each field is declared here once, with its kind, limits and label (``domain.fields``): validation, the store's
columns and mapping and the forms' limits are derived from these lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from . import enums, plan
from . import fields as f
from .glossary import term
from .quality import SCORE_MAX, SCORE_MIN, quality_index

OWNER = term("owner", "en")  # "Responsible", as the glossary names it everywhere


@dataclass(frozen=True, slots=True)
class Partner:
    id: str
    name: str = f.text("Name", required=True)
    kind: enums.PartnerKind = f.choice(enums.PartnerKind, "Kind", required=True)
    dimensions: frozenset[enums.Dimension] = f.networks("Network")
    is_own_firm: bool = f.flag("Own firm")
    street: str = f.text("Street")
    postcode: str = f.text("Postcode", max_len=16)
    city: str = f.text("City")
    country: str = f.text("Country", kind=f.COUNTRY, max_len=2)
    region: str = f.text("Region")
    industry: str = f.text("Industry")
    website: str = f.text("Website", max_len=500)
    notes: str = f.notes("Notes")
    # columns of an imported list that map to no field, one "Name: value" per line (issue 15: nothing dropped)
    extra: str = f.notes("Further details")
    tags: tuple[str, ...] = f.tags("Tags")
    archived: bool = f.flag("Archived")
    pos_x: float | None = f.number(float, "Position")
    pos_y: float | None = f.number(float, "Position")
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    id: str
    partner_id: str = f.reference("Partner", required=True)
    name: str = f.text("Name", required=True)
    salutation: str = f.text("Salutation", max_len=40)  # Frau, Herr
    title: str = f.text("Title", max_len=60)  # Dr., Prof. Dr.
    role: str = f.text("Role")
    department: str = f.text("Department")
    email: str = f.text("E-mail", kind=f.EMAIL)
    phone: str = f.text("Phone", max_len=60)
    notes: str = f.notes("Notes")


@dataclass(frozen=True, slots=True)
class Relationship:
    id: str
    source_id: str = f.reference("Partner", required=True)
    target_id: str = f.reference("Partner", required=True)
    kind: enums.RelationshipKind = f.choice(enums.RelationshipKind, "Kind", required=True)
    strength: int = f.number(int, "Strength", required=True, low=1, high=5)
    since: date | None = f.day("Since")
    notes: str = f.notes("Notes")
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Assessment:
    id: str
    relationship_id: str = f.reference("Relationship", required=True)
    assessed_on: date = f.day("Date", required=True)
    scores: dict[enums.Criterion, int | None] = f.scores(SCORE_MIN, SCORE_MAX)
    comment: str = f.notes("Comment")

    @property
    def quality_index(self) -> float | None:
        return quality_index(self.scores)


@dataclass(frozen=True, slots=True)
class Goal:
    id: str
    title: str = f.text("Title", required=True)
    benefit: enums.Benefit = f.choice(enums.Benefit, "Benefit", required=True)
    description: str = f.notes("Description")
    dimension: enums.Dimension | None = f.choice(enums.Dimension, "Network")
    owner: str = f.text(OWNER)
    priority: enums.Priority = f.choice(enums.Priority, "Priority", default=enums.Priority.MEDIUM)
    status: enums.GoalStatus = f.choice(enums.GoalStatus, "Status", default=enums.GoalStatus.PLANNED)
    target_date: date | None = f.day("Target date")
    kpi_name: str = f.text("KPI")
    kpi_unit: str = f.text("Unit", max_len=30)
    kpi_baseline: float | None = f.number(float, "Baseline")
    kpi_target: float | None = f.number(float, "Target")
    kpi_current: float | None = f.number(float, "Current value")
    partner_ids: frozenset[str] = f.ids("Partners")
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
    goal_id: str = f.reference("Goal", required=True)
    title: str = f.text("Title", required=True)
    owner: str = f.text(OWNER)
    start_date: date | None = f.day("Start")
    due_date: date | None = f.day("Due")
    status: enums.ActionStatus = f.choice(enums.ActionStatus, "Status", default=enums.ActionStatus.OPEN)
    priority: enums.Priority = f.choice(enums.Priority, "Priority", default=enums.Priority.MEDIUM)
    effort_days: float | None = f.number(float, "Effort", low=0)
    cost_eur: float | None = f.number(float, "Cost", low=0)
    partner_id: str | None = f.reference("Partner")
    completed_on: date | None = f.day("Completed on")
    notes: str = f.notes("Notes")
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def is_overdue(self, today: date, goal_status: enums.GoalStatus | None = None) -> bool:
        """The rule of ``domain.plan.is_overdue``; ``goal_status`` None: the goal is taken as current."""
        return plan.is_overdue(self, goal_status, today)


@dataclass(frozen=True, slots=True)
class NetworkSnapshot:
    """A state of the whole network frozen at a moment ("Stand", issue 12): its label and time, why it was taken
    (``reason``: "manual", or the bulk change it was taken before, such as "board_import"), the counts and the
    network check's figures (``summary``, JSON) for lists without unpacking, and the compressed content
    (``content``, written and read by ``services/snapshots.py``)."""

    id: str
    label: str = f.text("Label", required=True, max_len=120)
    reason: str = f.text("Reason", max_len=32)
    partner_count: int | None = f.number(int, "Partners", low=0)
    relationship_count: int | None = f.number(int, "Relationships", low=0)
    taken_at: datetime | None = None
    summary: str = ""
    content: bytes = b""
