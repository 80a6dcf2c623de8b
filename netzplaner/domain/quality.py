"""The quality index of a relationship, defined once for every surface (docs/architecture.md, "Words, numbers and
translations")."""

from __future__ import annotations

from collections.abc import Mapping

SCORE_MIN = 1
SCORE_MAX = 5


def quality_index(scores: Mapping[object, int | None]) -> float | None:
    """Mean of the assessed criteria mapped from 1-5 onto 0-100; None when nothing is assessed."""
    assessed = [s for s in scores.values() if s is not None]
    if not assessed:
        return None
    mean = sum(assessed) / len(assessed)
    return round((mean - SCORE_MIN) / (SCORE_MAX - SCORE_MIN) * 100.0, 1)
