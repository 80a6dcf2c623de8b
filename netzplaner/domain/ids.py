"""Stable ids: 32 hex characters, the same in the document, in exports and in re-imports."""

from __future__ import annotations

import random
import uuid


def new_id(rng: random.Random | None = None) -> str:
    """A fresh id; with ``rng`` a reproducible one (seeded demo networks)."""
    if rng is None:
        return uuid.uuid4().hex
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex
