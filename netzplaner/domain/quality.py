"""The quality of a relationship, defined once for every surface: which assessment counts, and its index
(docs/architecture.md, "Words, numbers and translations")."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from .entities import Assessment

SCORE_MIN = 1
SCORE_MAX = 5
T = TypeVar("T")


def quality_index(scores: Mapping[object, int | None] | Iterable[int | None]) -> float | None:
    """Mean of the assessed criteria mapped from 1-5 onto 0-100; None when nothing is assessed. ``scores`` maps
    criteria to scores, or is the scores alone (a row of the assessment table)."""
    assessed = [s for s in (scores.values() if hasattr(scores, "values") else scores) if s is not None]
    if not assessed:
        return None
    mean = sum(assessed) / len(assessed)
    return round((mean - SCORE_MIN) / (SCORE_MAX - SCORE_MIN) * 100.0, 1)


def history_order(assessment: Assessment) -> tuple[date, str]:
    """The order of a relationship's assessments: the last one in this order is the one that counts."""
    return assessment.assessed_on, assessment.id


def latest_per_relationship(rows: Iterable[tuple[str, date, str, T]]) -> dict[str, T]:
    """The assessment that counts for each relationship: the latest one; of two on the same day the one with the
    greater id (so every surface picks the same). ``rows`` are (relationship id, assessed on, assessment id,
    what to keep); the result maps relationship ids to what was kept of their latest assessment."""
    held: dict[str, tuple[date, str, T]] = {}
    for relationship_id, assessed_on, assessment_id, value in rows:
        current = held.get(relationship_id)
        if current is None or (assessed_on, assessment_id) > current[:2]:
            held[relationship_id] = (assessed_on, assessment_id, value)
    return {rid: kept[2] for rid, kept in held.items()}


def latest_assessments(assessments: Iterable[Assessment]) -> dict[str, Assessment]:
    """The latest assessment of each assessed relationship, by relationship id."""
    return latest_per_relationship((a.relationship_id, a.assessed_on, a.id, a) for a in assessments)
