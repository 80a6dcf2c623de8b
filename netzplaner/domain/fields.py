"""Each entity's fields, declared once (docs/architecture.md, "Words, numbers and translations"): the entity
dataclasses (``domain.entities``) declare every field with one of the helpers below, which records its kind, whether
it is required, its length, range and English label. From that one declaration come:

- validation (``domain.validation``: ``PARTNER_FIELDS`` ... are ``declared(Partner)`` ...),
- the store's column lengths and checks (``store.models.text_of``) and the row-to-entity mapping (``store.mapping``),
- the forms' length limits (``max_length``).

Fields declared without a helper (``id``, ``created_at``, ``updated_at``) are kept by the program, never typed in.
Labels are the English source strings; the GUI translates them (context "Field"), the messages name them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from .vocabulary import label as vocabulary_label

SHORT_TEXT = 200
LONG_TEXT = 20_000  # well under Excel's 32,767 characters per cell
TAG_TEXT = 60
ID_TEXT = 32  # ids are 32 hex characters (``domain.ids``)

# kinds that are not a Python type: text with a rule, and the set-valued fields kept in link tables
EMAIL, COUNTRY, REFERENCE = "email", "country", "reference"
NETWORKS, TAGS, IDS, SCORES = "dimensions", "tags", "ids", "scores"


@dataclass(frozen=True)
class FieldSpec:
    kind: Any  # str, int, float, bool, date, an Enum subclass, or one of the names above
    required: bool = False
    max_len: int = SHORT_TEXT
    low: float | None = None
    high: float | None = None
    label: str = ""  # English name used in messages and forms
    lines: bool = False  # text that may have line breaks (notes); other text is one line
    empty: Any = None  # what an empty input becomes: the entity's default ("", False, Priority.MEDIUM, ...)


def _declare(spec: FieldSpec, default: Any = dataclasses.MISSING, factory: Any = dataclasses.MISSING,
             **options: Any) -> Any:
    if default is not dataclasses.MISSING:
        spec = dataclasses.replace(spec, empty=default)
    return dataclasses.field(default=default, default_factory=factory, metadata={"spec": spec}, **options)


def _optional(required: bool, empty: Any) -> Any:
    return dataclasses.MISSING if required else empty


def text(label: str, *, required: bool = False, max_len: int = SHORT_TEXT, kind: Any = str) -> Any:
    """One line of text ("" when empty)."""
    return _declare(FieldSpec(kind, required, max_len, label=label), _optional(required, ""))


def notes(label: str) -> Any:
    """Long text with line breaks."""
    return _declare(FieldSpec(str, max_len=LONG_TEXT, label=label, lines=True), "")


def reference(label: str, *, required: bool = False) -> Any:
    """The id of another entity (None when optional and empty)."""
    return _declare(FieldSpec(REFERENCE, required, ID_TEXT, label=label), _optional(required, None))


def choice(enum: type[Enum], label: str, *, required: bool = False, default: Any = None) -> Any:
    """A member of a vocabulary; ``default`` when not given."""
    return _declare(FieldSpec(enum, required, label=label), _optional(required, default))


def number(kind: type, label: str, *, required: bool = False, low: float | None = None,
           high: float | None = None) -> Any:
    """A whole (``int``) or decimal (``float``) number, None when empty."""
    return _declare(FieldSpec(kind, required, low=low, high=high, label=label), _optional(required, None))


def day(label: str, *, required: bool = False) -> Any:
    return _declare(FieldSpec(date, required, label=label), _optional(required, None))


def flag(label: str) -> Any:
    return _declare(FieldSpec(bool, label=label), False)


def networks(label: str) -> Any:
    return _declare(FieldSpec(NETWORKS, label=label), frozenset())


def tags(label: str) -> Any:
    return _declare(FieldSpec(TAGS, max_len=TAG_TEXT, label=label), ())


def ids(label: str) -> Any:
    return _declare(FieldSpec(IDS, label=label), frozenset())


def scores(low: int, high: int) -> Any:
    """The six criteria of an assessment, each a whole number in ``low``-``high`` or not assessed; typed in (and
    stored) as one field per criterion, named and labelled as the criterion."""
    return _declare(FieldSpec(SCORES, low=low, high=high), factory=dict, hash=False)


def declared(entity: type) -> dict[str, FieldSpec]:
    """The declared fields of an entity dataclass, in order (the criteria of ``scores`` one by one)."""
    from .enums import Criterion

    found: dict[str, FieldSpec] = {}
    for f in dataclasses.fields(entity):
        spec = f.metadata.get("spec")
        if spec is None:
            continue
        if spec.kind == SCORES:
            found.update((c.value, FieldSpec(int, low=spec.low, high=spec.high, label=vocabulary_label(c, "en")))
                         for c in Criterion)
        else:
            found[f.name] = spec
    return found


def spec_of(entity: type, name: str) -> FieldSpec:
    return declared(entity)[name]


def max_length(entity: type, name: str) -> int:
    """The most characters a text field takes (forms: ``setMaxLength``)."""
    return spec_of(entity, name).max_len
