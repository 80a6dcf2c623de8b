"""Validation rules: turn raw field values into clean ones or raise ValidationError with a clear sentence.

Each entity declares its fields once (``domain.entities`` with ``domain.fields``); ``clean`` applies the common
rules of each field's kind (type, required, length, range, vocabulary) and each ``clean_<entity>`` adds the rules
that span fields. Rules that need the document (unique names, existing partners) live in the services.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from .entities import Action, Assessment, Contact, Goal, NetworkSnapshot, Partner, Relationship
from .enums import Criterion, Dimension
from .vocabulary import from_label
from .errors import ValidationError
from .fields import COUNTRY, EMAIL, IDS, NETWORKS, REFERENCE, TAGS, FieldSpec, declared
from .text import one_line, plain_text

PARTNER_FIELDS = declared(Partner)
CONTACT_FIELDS = declared(Contact)
RELATIONSHIP_FIELDS = declared(Relationship)
ASSESSMENT_FIELDS = declared(Assessment)
GOAL_FIELDS = declared(Goal)
ACTION_FIELDS = declared(Action)
SNAPSHOT_FIELDS = declared(NetworkSnapshot)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _text(name: str, spec: FieldSpec, label: str, value: Any) -> str:
    # hidden characters (controls, bidi overrides) never enter a document, whichever way the text comes
    value = (plain_text(str(value)) if spec.lines else one_line(str(value))).strip()
    if spec.required and not value:
        raise ValidationError(name, "{label} must not be empty.", label=label)
    if len(value) > spec.max_len:
        raise ValidationError(name, "{label} is too long ({length} characters; at most {limit}).",
                              label=label, length=len(value), limit=spec.max_len)
    if spec.kind == EMAIL and value and not _EMAIL.match(value):
        raise ValidationError(name, "“{value}” is not a valid e-mail address.", value=value)
    return value


def _country(name: str, spec: FieldSpec, label: str, value: Any) -> str:
    code = str(value).strip().upper()
    if code and not _COUNTRY.match(code):
        raise ValidationError(
            name, "Country must be a two-letter ISO code such as DE, FR or CN, not “{value}”.", value=value)
    return code


def _number(name: str, spec: FieldSpec, label: str, value: Any) -> float | int:
    try:
        number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValidationError(name, "{label} must be a number, not “{value}”.", label=label, value=value)
    if number != number:  # NaN
        raise ValidationError(name, "{label} must be a number, not “{value}”.", label=label, value=value)
    if spec.kind is int:
        if number != int(number):
            raise ValidationError(name, "{label} must be a whole number, not “{value}”.", label=label, value=value)
        number = int(number)
    if (spec.low is not None and number < spec.low) or (spec.high is not None and number > spec.high):
        if spec.high is None:
            raise ValidationError(name, "{label} must not be negative.", label=label)
        raise ValidationError(name, "{label} must be between {low:g} and {high:g}, not {value:g}.",
                              label=label, low=spec.low, high=spec.high, value=number)
    return number


def _date(name: str, spec: FieldSpec, label: str, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        pass
    match = _GERMAN_DATE.fullmatch(str(value))
    if match:
        try:
            return date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            pass
    raise ValidationError(name, "{label} is not a valid date: “{value}”.", label=label, value=value)


def _member(name: str, spec: FieldSpec, label: str, value: Any) -> Enum:
    member = from_label(spec.kind, value)  # the one vocabulary: "university", "Hochschule", "Uni" alike
    if member is None:
        raise ValidationError(name, "“{value}” is not a valid value for {label}.", value=value, label=label)
    return member


def _networks(name: str, spec: FieldSpec, label: str, value: Any) -> frozenset[Dimension]:
    if isinstance(value, str):  # one network named, not its letters
        value = (value,)
    found = set()
    for word in value:
        member = from_label(Dimension, word)
        if member is None:
            raise ValidationError(name, "Unknown network: “{value}” (regional, thematic or international).",
                                  value=word)
        found.add(member)
    return frozenset(found)


def _tags(name: str, spec: FieldSpec, label: str, value: Any) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for tag in value:
        text = one_line(str(tag)).strip()
        if not text:
            continue
        if len(text) > spec.max_len:
            raise ValidationError(name, "A tag is too long (at most {limit} characters): “{tag}”.",
                                  limit=spec.max_len, tag=text)
        seen.setdefault(text.casefold(), text)
    return tuple(sorted(seen.values(), key=str.casefold))


_CLEANERS: dict[Any, Callable[[str, FieldSpec, str, Any], Any]] = {
    str: _text, EMAIL: _text, REFERENCE: _text, COUNTRY: _country, bool: lambda name, spec, label, value: bool(value),
    int: _number, float: _number, date: _date, NETWORKS: _networks, TAGS: _tags,
    IDS: lambda name, spec, label, value: frozenset(str(v) for v in value),
}


def _clean_value(name: str, spec: FieldSpec, value: Any) -> Any:
    label = spec.label or name
    if isinstance(value, str) and spec.kind not in (str, EMAIL):
        value = value.strip() or None
    if value is None:
        if spec.required:
            raise ValidationError(name, "{label} must not be empty.", label=label)
        return spec.empty
    cleaner = _member if isinstance(spec.kind, type) and issubclass(spec.kind, Enum) else _CLEANERS[spec.kind]
    return cleaner(name, spec, label, value)


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
    return clean(GOAL_FIELDS, values, partial=partial)


def clean_action(values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    cleaned = clean(ACTION_FIELDS, values, partial=partial)
    check_action_dates(cleaned.get("start_date"), cleaned.get("due_date"))
    return cleaned


def check_action_dates(start: date | None, due: date | None) -> None:
    if start is not None and due is not None and due < start:
        raise ValidationError(
            "due_date", "The due date ({due:%d.%m.%Y}) lies before the start ({start:%d.%m.%Y}).",
            due=due, start=start)


def clean_snapshot(values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    return clean(SNAPSHOT_FIELDS, values, partial=partial)
