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
from ..domain.extra_fields import extra_names, parse_extra
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


# a contact's parts as the exports write them: (field, German header, English header); the partner import
# recognises every header, and "Ansprechpartner 2", "E-Mail 2" ... as the second contact's
CONTACT_PARTS = (("name", "Ansprechpartner", "Contact"), ("salutation", "Anrede", "Salutation"),
                 ("title", "Titel", "Title"), ("department", "Abteilung", "Department"), ("role", "Funktion", "Role"),
                 ("email", "E-Mail", "E-mail"), ("phone", "Telefon", "Phone"),
                 ("notes", "Notizen zum Ansprechpartner", "Contact notes"))
FURTHER_DETAILS = ("Weitere Angaben", "Further details")  # the column of further details that have no name


def contact_count(data: ExchangeData, at_least: int = 0) -> int:
    """How many contact column groups the export needs: the most contacts any partner has."""
    return max([at_least, *(len(c) for c in data.contacts.values())])


def contact_headers(data: ExchangeData, count: int) -> list[str]:
    """The header of each contact column: "Ansprechpartner", "Anrede" ..., then "Ansprechpartner 2" ..."""
    w = words(data.lang)
    return [w(de, en) + (f" {n}" if n > 1 else "") for n in range(1, count + 1) for _, de, en in CONTACT_PARTS]


def contact_values(data: ExchangeData, partner: Partner, count: int) -> list[str]:
    contacts = list(data.contacts.get(partner.id, ()))[:count]
    values = [str(getattr(c, key) or "") for c in contacts for key, _, _ in CONTACT_PARTS]
    return values + [""] * (count * len(CONTACT_PARTS) - len(values))


@dataclass(frozen=True)
class ExtraColumns:
    """The further details of the partners as columns of their own: one per name, in first-seen order, and one
    for lines without a name (``unnamed``: its header, or "" when no partner has such a line)."""

    names: list[str]
    unnamed: str

    @classmethod
    def of(cls, data: ExchangeData) -> ExtraColumns:
        texts = [p.extra for p in data.partners if p.extra]
        unnamed = any(name == "" for text in texts for name, _ in parse_extra(text))
        return cls(extra_names(texts), words(data.lang)(*FURTHER_DETAILS) if unnamed else "")

    @property
    def headers(self) -> list[str]:
        return [*self.names, *([self.unnamed] if self.unnamed else [])]

    def values(self, partner: Partner) -> list[str]:
        pairs = parse_extra(partner.extra)
        found = {}
        for name, value in pairs:
            if name:
                found.setdefault(name.casefold(), value)
        row = [found.get(name.casefold(), "") for name in self.names]
        if self.unnamed:
            row.append("\n".join(value for name, value in pairs if not name))
        return row
