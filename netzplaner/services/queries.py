"""Queries: what the views and the command line read, as frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain import quality
from ..domain.entities import Action, Assessment, Contact, Goal, Partner, Relationship
from ..domain.enums import Dimension
from ..domain.figures import DimensionFigures
from ..domain.plan import is_open, is_overdue
from ..store.protocol import VERSION
from .workspace import Workspace


def list_partners(ws: Workspace, *, include_archived: bool = True) -> list[Partner]:
    with ws.reading() as uow:
        return uow.list("partner") if include_archived else uow.list("partner", archived=False)


def partner_names(ws: Workspace, ids) -> dict[str, str]:
    """Names of a few partners by id (lists of goals and actions; not all 20,000 partners)."""
    ids = list(dict.fromkeys(i for i in ids if i))
    if not ids:
        return {}
    with ws.reading() as uow:
        return dict(uow.rows_of("partner", ("id", "name"), ids))


def own_firm(ws: Workspace) -> Partner | None:
    with ws.reading() as uow:
        found = uow.list("partner", is_own_firm=True)
    return found[0] if found else None


def contacts_of(ws: Workspace, partner_id: str) -> list[Contact]:
    with ws.reading() as uow:
        return uow.list("contact", partner_id=partner_id, order_by="name")


def list_relationships(ws: Workspace) -> list[Relationship]:
    with ws.reading() as uow:
        return uow.list("relationship")


def relationships_of(ws: Workspace, partner_id: str) -> list[Relationship]:
    with ws.reading() as uow:
        return uow.relationships_touching([partner_id])


def assessments_of(ws: Workspace, relationship_id: str) -> list[Assessment]:
    """The history of one relationship's assessments, oldest first."""
    with ws.reading() as uow:
        found = uow.list("assessment", relationship_id=relationship_id)
    return sorted(found, key=quality.history_order)


def latest_assessments(ws: Workspace, relationship_ids=None) -> dict[str, Assessment]:
    """The assessment that counts for each assessed relationship (the latest); all, or of the ids given."""
    with ws.reading() as uow:
        if relationship_ids is None:
            found = uow.list("assessment")
        else:
            found = uow.list("assessment", relationship_id=list(relationship_ids))
    return quality.latest_assessments(found)


def list_goals(ws: Workspace) -> list[Goal]:
    with ws.reading() as uow:
        return uow.list("goal", order_by="title")


def list_actions(ws: Workspace, goal_id: str | None = None) -> list[Action]:
    with ws.reading() as uow:
        if goal_id is None:
            return uow.list("action", order_by="due_date")
        return uow.list("action", goal_id=goal_id, order_by="due_date")


@dataclass(frozen=True)
class Summary:
    partners: int
    archived_partners: int
    relationships: int
    assessed_relationships: int
    contacts: int
    goals: int
    actions: int
    open_actions: int
    overdue_actions: int
    own_firm: str | None
    by_dimension: dict[Dimension, DimensionFigures] = field(default_factory=dict)


def summary(ws: Workspace, today: date | None = None) -> Summary:
    """Totals and, per network, the figures every surface shows (``analysis.figures.dimension_figures``)."""
    from ..analysis.figures import dimension_figures  # numpy: only when figures are asked for
    from ..analysis.network import NetworkData

    today = today or date.today()
    partners = list_partners(ws)
    relationships = list_relationships(ws)
    goals = list_goals(ws)
    actions = list_actions(ws)
    with ws.reading() as uow:
        contacts = uow.count("contact")
    latest = latest_assessments(ws)
    goal_status = {g.id: g.status for g in goals}
    data = NetworkData.from_entities(partners, relationships, latest.values(), goals, actions)
    figures = {f.dimension: f for f in dimension_figures(data, today)}
    own = next((p.name for p in partners if p.is_own_firm), None)
    return Summary(
        partners=sum(1 for p in partners if not p.archived), archived_partners=sum(1 for p in partners if p.archived),
        relationships=len(relationships), assessed_relationships=len(latest), contacts=contacts,
        goals=len(goals), actions=len(actions),
        open_actions=sum(1 for a in actions if is_open(a, goal_status.get(a.goal_id))),
        overdue_actions=sum(1 for a in actions if is_overdue(a, goal_status.get(a.goal_id), today)), own_firm=own,
        by_dimension=figures)


def totals(ws: Workspace) -> tuple[int, int]:
    """Active partners and relationships, cheap enough for a status bar after every edit."""
    with ws.reading() as uow:
        return uow.count("partner", archived=False), uow.count("relationship")


def existing(ws: Workspace, entity: str, ids) -> set[str]:
    """Which of ``ids`` are still in the document (a selection after a delete or an undo)."""
    ids = list(ids)
    if not ids:
        return set()
    with ws.reading() as uow:
        return {e.id for e in uow.list(entity, ids=ids)}


def versions(ws: Workspace, entity: str, ids) -> dict[str, int]:
    """The row version of each of ``ids`` still there: what an edit form expects (``UpdateEntity.expected``).

    Read the versions BEFORE the rows a form shows: a change committed between the two reads then makes the
    form's save refuse (a harmless false conflict) instead of passing unseen."""
    ids = list(ids)
    if not ids:
        return {}
    with ws.reading() as uow:
        return {rid: values[VERSION] for rid, values in uow.column_values(entity, ids, ()).items()}
