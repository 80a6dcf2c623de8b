"""Use cases for relationships between partners and their quality assessments."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ..domain.entities import Relationship
from ..domain.enums import Criterion
from ..domain.ids import new_id
from ..domain.validation import clean_assessment, clean_relationship
from . import rules
from .commands import CreateEntity, DeleteEntity, UpdateEntity
from .workspace import Workspace


def _pair_names(ws: Workspace, source_id: str, target_id: str) -> tuple[str, str]:
    with ws.reading() as uow:  # two names, not two whole partners with their networks and tags
        names = dict(uow.rows_of("partner", ("id", "name"), [source_id, target_id]))
    return names.get(source_id, "?"), names.get(target_id, "?")


def create_relationship(ws: Workspace, source_id: str, target_id: str, *, id: str | None = None,
                        names: tuple[str, str] | None = None, **fields: Any) -> CreateEntity:
    """``names``: the two partners' names for the undo text when the caller knows them (the demo writer), so
    that building the command reads nothing."""
    values = clean_relationship({"source_id": source_id, "target_id": target_id, **fields})
    values["id"] = id or new_id()
    source, target = names or _pair_names(ws, source_id, target_id)
    checks = [rules.partner_exists(source_id, "source_id"), rules.partner_exists(target_id, "target_id"),
              rules.no_duplicate_relationship(source_id, target_id, values["kind"])]
    return CreateEntity("relationship", values, "Add relationship “{source}” – “{target}”", checks,
                        source=source, target=target)


def update_relationship(ws: Workspace, relationship_id: str, *, expected: int | None = None,
                        **changes: Any) -> UpdateEntity:
    current: Relationship = ws.get("relationship", relationship_id)
    merged = {"source_id": current.source_id, "target_id": current.target_id, "kind": current.kind,
              "strength": current.strength, **changes}
    clean_relationship(merged)  # cross-field rules on the result
    values = clean_relationship(changes, partial=True)
    source, target = _pair_names(ws, merged["source_id"], merged["target_id"])
    checks = [rules.no_duplicate_relationship(merged["source_id"], merged["target_id"], merged["kind"],
                                              except_id=relationship_id)]
    if "source_id" in values:
        checks.append(rules.partner_exists(values["source_id"], "source_id"))
    if "target_id" in values:
        checks.append(rules.partner_exists(values["target_id"], "target_id"))
    return UpdateEntity("relationship", relationship_id, values, "Edit relationship “{source}” – “{target}”",
                        checks, source=source, target=target, expected=expected)


def delete_relationship(ws: Workspace, relationship_id: str) -> DeleteEntity:
    current: Relationship = ws.get("relationship", relationship_id)
    source, target = _pair_names(ws, current.source_id, current.target_id)
    return DeleteEntity("relationship", relationship_id, "Delete relationship “{source}” – “{target}”",
                        touches=("assessment",), source=source, target=target)


def _score_fields(scores: Mapping[Criterion | str, int | None]) -> dict[str, Any]:
    return {Criterion(k).value: v for k, v in scores.items()}


def create_assessment(ws: Workspace, relationship_id: str, scores: Mapping[Criterion | str, int | None], *,
                      assessed_on: date | None = None, comment: str = "", id: str | None = None,
                      names: tuple[str, str] | None = None) -> CreateEntity:
    """``names``: as for ``create_relationship``, the names of the relationship's two partners."""
    values = clean_assessment({"relationship_id": relationship_id, "assessed_on": assessed_on or date.today(),
                               "comment": comment, **_score_fields(scores)})
    values["id"] = id or new_id()
    if names is None:
        current: Relationship = ws.get("relationship", relationship_id)
        names = _pair_names(ws, current.source_id, current.target_id)
    source, target = names
    return CreateEntity("assessment", values, "Assess relationship “{source}” – “{target}”",
                        [rules.exists("relationship", relationship_id, "relationship_id",
                                      "The relationship is no longer in the document.")],
                        source=source, target=target)


def update_assessment(ws: Workspace, assessment_id: str, *, scores: Mapping[Criterion | str, int | None] = {},
                      **changes: Any) -> UpdateEntity:
    values = clean_assessment({**_score_fields(scores), **changes}, partial=True)
    return UpdateEntity("assessment", assessment_id, values, "Edit assessment")


def delete_assessment(ws: Workspace, assessment_id: str) -> DeleteEntity:
    ws.get("assessment", assessment_id)
    return DeleteEntity("assessment", assessment_id, "Delete assessment")
