"""A field's name and value as the user reads them, for the conflict dialog and the change history.

Labels come from the one declaration of each field (``domain.fields``), translated in the "Field" context;
values as the window shows them (vocabulary words, dates in the UI language, partner names instead of ids).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain import entities
from ...domain.fields import IDS, NETWORKS, REFERENCE, TAGS, FieldSpec, declared
from ...domain.enums import Dimension
from ...domain.formatting import number
from ...services import queries
from ...services.workspace import Workspace
from ..common.i18n import current_language, shown_day, term

ENTITY_TYPES = {"partner": entities.Partner, "contact": entities.Contact, "relationship": entities.Relationship,
                "assessment": entities.Assessment, "goal": entities.Goal, "action": entities.Action}
POSITION = ("pos_x", "pos_y")  # one "position on the map", not two numbers


def spec(entity: str, name: str) -> FieldSpec | None:
    """The declaration of a field; None for what the program keeps (ids, versions, timestamps, search keys)."""
    return declared(ENTITY_TYPES[entity]).get(name)


def label(entity: str, name: str) -> str:
    if name in POSITION:
        return QCoreApplication.translate("FieldText", "Position on the map")
    found = spec(entity, name)
    return QCoreApplication.translate("Field", found.label) if found is not None and found.label else name


def _partner_names(ws: Workspace, ids: list[str]) -> dict[str, str]:
    return queries.partner_names(ws, ids) if ids else {}


def value_text(ws: Workspace, entity: str, name: str, value: Any) -> str:
    """``value`` of field ``name`` as the window shows it; an empty value reads "(empty)"."""
    found = spec(entity, name)
    empty = QCoreApplication.translate("FieldText", "(empty)")
    if value is None or value == "" or (isinstance(value, (list, tuple, set, frozenset)) and not value):
        return empty
    if found is None:
        return str(value)
    kind = found.kind
    if isinstance(kind, type) and issubclass(kind, Enum):
        try:
            return term(kind(value))
        except ValueError:
            return str(value)
    if kind is bool:
        return (QCoreApplication.translate("FieldText", "yes") if value in (True, "true", 1)
                else QCoreApplication.translate("FieldText", "no"))
    if kind is date:
        day = value if isinstance(value, (date, datetime)) else _iso_day(value)
        return shown_day(day) if day is not None else str(value)
    if kind == NETWORKS:
        return ", ".join(sorted(term(Dimension(v)) for v in value))
    if kind == TAGS:
        return ", ".join(sorted(str(v) for v in value))
    if kind == REFERENCE and name in ("source_id", "target_id", "partner_id"):
        return _partner_names(ws, [value]).get(value, QCoreApplication.translate("FieldText", "(deleted partner)"))
    if kind == IDS and entity == "goal":
        names = _partner_names(ws, list(value))
        return ", ".join(sorted(names.get(v, "?") for v in value))
    if kind is float:
        return number(float(value), current_language())
    return str(value)


def _iso_day(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None
