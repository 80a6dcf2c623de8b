"""Validation rules: turn raw field values into clean ones or raise ValidationError with a clear sentence.

Each entity declares its fields once (``FieldSpec``); ``clean`` applies the common rules (type, required,
length, range, vocabulary) and each ``clean_<entity>`` adds the rules that span fields. Rules that need the
document (unique names, existing partners) live in the services.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

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
from .errors import ValidationError
from .quality import SCORE_MAX, SCORE_MIN
from .text import one_line, plain_text

SHORT_TEXT = 200
LONG_TEXT = 20_000  # well under Excel's 32,767 characters per cell


@dataclass(frozen=True)
class FieldSpec:
    type: Any  # str, int, float, bool, date, an Enum subclass, "dimensions", "tags", "ids"
    required: bool = False
    max_len: int = SHORT_TEXT
    low: float | None = None
    high: float | None = None
    label: str = ""  # English name used in messages
    lines: bool = False  # text that may have line breaks (notes); other text is one line


PARTNER_FIELDS: dict[str, FieldSpec] = {
    "name": FieldSpec(str, required=True, label="Name"),
    "kind": FieldSpec(PartnerKind, required=True, label="Kind"),
    "dimensions": FieldSpec("dimensions", label="Network"),
    "is_own_firm": FieldSpec(bool, label="Own firm"),
    "city": FieldSpec(str, label="City"),
    "country": FieldSpec("country", label="Country"),
    "region": FieldSpec(str, label="Region"),
    "industry": FieldSpec(str, label="Industry"),
    "website": FieldSpec(str, max_len=500, label="Website"),
    "notes": FieldSpec(str, max_len=LONG_TEXT, label="Notes", lines=True),
    "tags": FieldSpec("tags", label="Tags"),
    "archived": FieldSpec(bool, label="Archived"),
    "pos_x": FieldSpec(float, label="Position"),
    "pos_y": FieldSpec(float, label="Position"),
}

CONTACT_FIELDS: dict[str, FieldSpec] = {
    "partner_id": FieldSpec(str, required=True, label="Partner"),
    "name": FieldSpec(str, required=True, label="Name"),
    "role": FieldSpec(str, label="Role"),
    "email": FieldSpec("email", label="E-mail"),
    "phone": FieldSpec(str, max_len=60, label="Phone"),
    "notes": FieldSpec(str, max_len=LONG_TEXT, label="Notes", lines=True),
}

RELATIONSHIP_FIELDS: dict[str, FieldSpec] = {
    "source_id": FieldSpec(str, required=True, label="Partner"),
    "target_id": FieldSpec(str, required=True, label="Partner"),
    "kind": FieldSpec(RelationshipKind, required=True, label="Kind"),
    "strength": FieldSpec(int, required=True, low=1, high=5, label="Strength"),
    "since": FieldSpec(date, label="Since"),
    "notes": FieldSpec(str, max_len=LONG_TEXT, label="Notes", lines=True),
}

ASSESSMENT_FIELDS: dict[str, FieldSpec] = {
    "relationship_id": FieldSpec(str, required=True, label="Relationship"),
    "assessed_on": FieldSpec(date, required=True, label="Date"),
    **{c.value: FieldSpec(int, low=SCORE_MIN, high=SCORE_MAX, label=c.value.replace("_", " ").capitalize())
       for c in Criterion},
    "comment": FieldSpec(str, max_len=LONG_TEXT, label="Comment", lines=True),
}

GOAL_FIELDS: dict[str, FieldSpec] = {
    "title": FieldSpec(str, required=True, label="Title"),
    "description": FieldSpec(str, max_len=LONG_TEXT, label="Description", lines=True),
    "benefit": FieldSpec(Benefit, required=True, label="Benefit"),
    "dimension": FieldSpec(Dimension, label="Network"),
    "owner": FieldSpec(str, label="Responsible"),
    "priority": FieldSpec(Priority, label="Priority"),
    "status": FieldSpec(GoalStatus, label="Status"),
    "target_date": FieldSpec(date, label="Target date"),
    "kpi_name": FieldSpec(str, label="KPI"),
    "kpi_unit": FieldSpec(str, max_len=30, label="Unit"),
    "kpi_baseline": FieldSpec(float, label="Baseline"),
    "kpi_target": FieldSpec(float, label="Target"),
    "kpi_current": FieldSpec(float, label="Current value"),
    "partner_ids": FieldSpec("ids", label="Partners"),
}

ACTION_FIELDS: dict[str, FieldSpec] = {
    "goal_id": FieldSpec(str, required=True, label="Goal"),
    "title": FieldSpec(str, required=True, label="Title"),
    "owner": FieldSpec(str, label="Responsible"),
    "start_date": FieldSpec(date, label="Start"),
    "due_date": FieldSpec(date, label="Due"),
    "status": FieldSpec(ActionStatus, label="Status"),
    "priority": FieldSpec(Priority, label="Priority"),
    "effort_days": FieldSpec(float, low=0, label="Effort"),
    "cost_eur": FieldSpec(float, low=0, label="Cost"),
    "partner_id": FieldSpec(str, label="Partner"),
    "completed_on": FieldSpec(date, label="Completed on"),
    "notes": FieldSpec(str, max_len=LONG_TEXT, label="Notes", lines=True),
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def _clean_value(name: str, spec: FieldSpec, value: Any) -> Any:
    label = spec.label or name
    if isinstance(value, str) and spec.type not in (str, "email"):
        value = value.strip()
        if value == "":
            value = None
    if value is None:
        if spec.required:
            raise ValidationError(name, "{label} must not be empty.", label=label)
        if spec.type in (str, "email", "country"):
            return ""
        if spec.type == "dimensions":
            return frozenset()
        if spec.type == "tags":
            return ()
        if spec.type == "ids":
            return frozenset()
        if spec.type is bool:
            return False
        return None
    t = spec.type
    if t in (str, "email"):
        if not isinstance(value, str):
            value = str(value)
        # hidden characters (controls, bidi overrides) never enter a document, whichever way the text comes
        value = (plain_text(value) if spec.lines else one_line(value)).strip()
        if spec.required and not value:
            raise ValidationError(name, "{label} must not be empty.", label=label)
        if len(value) > spec.max_len:
            raise ValidationError(
                name, "{label} is too long ({length} characters; at most {limit}).",
                label=label, length=len(value), limit=spec.max_len)
        if t == "email" and value and not _EMAIL.match(value):
            raise ValidationError(name, "“{value}” is not a valid e-mail address.", value=value)
        return value
    if t == "country":
        code = str(value).strip().upper()
        if code and not _COUNTRY.match(code):
            raise ValidationError(
                name, "Country must be a two-letter ISO code such as DE, FR or CN, not “{value}”.",
                value=value)
        return code
    if t is bool:
        return bool(value)
    if t in (int, float):
        try:
            number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            raise ValidationError(name, "{label} must be a number, not “{value}”.", label=label, value=value)
        if number != number:  # NaN
            raise ValidationError(name, "{label} must be a number, not “{value}”.", label=label, value=value)
        if t is int:
            if number != int(number):
                raise ValidationError(name, "{label} must be a whole number, not “{value}”.",
                                      label=label, value=value)
            number = int(number)
        if (spec.low is not None and number < spec.low) or (spec.high is not None and number > spec.high):
            if spec.high is None:
                raise ValidationError(name, "{label} must not be negative.", label=label)
            raise ValidationError(
                name, "{label} must be between {low:g} and {high:g}, not {value:g}.",
                label=label, low=spec.low, high=spec.high, value=number)
        return number
    if t is date:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            pass
        match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", str(value))
        if match:
            try:
                return date(int(match[3]), int(match[2]), int(match[1]))
            except ValueError:
                pass
        raise ValidationError(name, "{label} is not a valid date: “{value}”.", label=label, value=value)
    if isinstance(t, type) and issubclass(t, Enum):
        try:
            return t(value)
        except ValueError:
            raise ValidationError(name, "“{value}” is not a valid value for {label}.", value=value, label=label)
    if t == "dimensions":
        try:
            return frozenset(Dimension(v) for v in value)
        except ValueError as exc:
            raise ValidationError(name, "Unknown network: {detail}.", detail=str(exc))
    if t == "tags":
        seen: dict[str, str] = {}
        for tag in value:
            text = one_line(str(tag)).strip()
            if not text:
                continue
            if len(text) > 60:
                raise ValidationError(name, "A tag is too long (at most 60 characters): “{tag}”.", tag=text)
            seen.setdefault(text.casefold(), text)
        return tuple(sorted(seen.values(), key=str.casefold))
    if t == "ids":
        return frozenset(str(v) for v in value)
    raise AssertionError(f"unknown field type {t!r}")


def clean(specs: Mapping[str, FieldSpec], values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Clean ``values`` against ``specs``; with ``partial`` only the given fields (an update)."""
    unknown = set(values) - set(specs)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "Unknown field: {names}.", names=", ".join(sorted(unknown)))
    names = values.keys() if partial else specs.keys()
    return {name: _clean_value(name, specs[name], values.get(name)) for name in names}


def clean_partner(values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    return clean(PARTNER_FIELDS, values, partial=partial)


def clean_contact(values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    return clean(CONTACT_FIELDS, values, partial=partial)


def clean_relationship(values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    cleaned = clean(RELATIONSHIP_FIELDS, values, partial=partial)
    if cleaned.get("source_id") and cleaned.get("source_id") == cleaned.get("target_id"):
        raise ValidationError("target_id", "A relationship needs two different partners.")
    return cleaned


def clean_assessment(values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    cleaned = clean(ASSESSMENT_FIELDS, values, partial=partial)
    if not partial and all(cleaned[c.value] is None for c in Criterion):
        raise ValidationError(Criterion.OPENNESS.value, "Score at least one criterion from 1 to 5.")
    return cleaned


def clean_goal(values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    cleaned = clean(GOAL_FIELDS, values, partial=partial)
    if not partial:
        cleaned["priority"] = cleaned["priority"] or Priority.MEDIUM
        cleaned["status"] = cleaned["status"] or GoalStatus.PLANNED
    return cleaned


def clean_action(values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    cleaned = clean(ACTION_FIELDS, values, partial=partial)
    if not partial:
        cleaned["priority"] = cleaned["priority"] or Priority.MEDIUM
        cleaned["status"] = cleaned["status"] or ActionStatus.OPEN
        cleaned["partner_id"] = cleaned["partner_id"] or None
    check_action_dates(cleaned.get("start_date"), cleaned.get("due_date"))
    return cleaned


def check_action_dates(start: date | None, due: date | None) -> None:
    if start is not None and due is not None and due < start:
        raise ValidationError(
            "due_date", "The due date ({due:%d.%m.%Y}) lies before the start ({start:%d.%m.%Y}).",
            due=due, start=start)
