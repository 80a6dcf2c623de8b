"""What the exchange formats (CSV, Kumu, GraphML, GEXF) are written from, and how a file is written safely.

``ExchangeData`` is plain frozen data gathered by ``services.exchange_export``; ``files.atomic_write`` writes to a
temporary file in the target's folder and renames it over the target, so a failed export never leaves half a file
and never destroys the previous one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ..domain.entities import Contact, Partner, Relationship
from ..domain.enums import Dimension
from ..domain.vocabulary import label


@dataclass(frozen=True)
class ExchangeData:
    partners: Sequence[Partner]
    relationships: Sequence[Relationship]
    quality: Mapping[str, float | None] = field(default_factory=dict)  # relationship id -> latest quality index
    contacts: Mapping[str, Sequence[Contact]] = field(default_factory=dict)  # partner id -> contacts
    lang: str = "de"
    title: str = ""

    def names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.partners}

    def dimension_labels(self, partner: Partner) -> list[str]:
        return [label(d, self.lang) for d in Dimension if d in partner.dimensions]


def words(lang: str) -> Callable[[str, str], str]:
    """``w("Deutsch", "English")`` picks the language of the export."""
    return (lambda de, en: en) if lang == "en" else (lambda de, en: de)
