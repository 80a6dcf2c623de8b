"""The vocabulary's words: German and English names for output made without Qt (command line, workbooks, demo),
and the one table of words every way in accepts (issue 15: the API, the command line and the importers).

The names are declared with the words themselves (``domain.enums``); the GUI shows the same words, so the workbook
and the window never disagree. ``from_label`` reads a member from its code, its German or English name or one of
the further words people write for it (``SYNONYMS``: "Hochschule", "IHK", "fachlich", "Lieferung"); case, accents
and blanks do not matter ("Universitaet", "Behoerde"). The partner-list importer also looks for these words inside
longer cells ("Fraunhofer-Institut für …"), but only for words of this table.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

from .enums import (VOCABULARY, ActionStatus, Benefit, Dimension, GoalStatus, PartnerKind, Priority,
                    RelationshipKind)
from .text import fold

LANGUAGES = ("de", "en")

# member -> (Deutsch, English); a member's code finds it too ("company" is PartnerKind.COMPANY)
_LABELS: dict[Enum, tuple[str, str]] = {word: (word.de, word.en) for kind in VOCABULARY for word in kind}

# Further words for a member, German and English, as partner lists, workbooks and scripts write them.
SYNONYMS: dict[Enum, tuple[str, ...]] = {
    Dimension.REGIONAL: ("Region", "Lokal", "Local"),
    Dimension.THEMATIC: ("Thematisch", "Fach", "Topical"),
    Dimension.INTERNATIONAL: ("Global", "Ausland", "Foreign"),
    PartnerKind.COMPANY: ("Firma", "Betrieb", "Hersteller", "Manufacturer", "Startup"),
    PartnerKind.CUSTOMER: ("Kunden", "Client", "Abnehmer", "Auftraggeber"),
    PartnerKind.SUPPLIER: ("Zulieferer", "Vendor"),
    PartnerKind.UNIVERSITY: ("Universität", "Uni", "Fachhochschule", "FH", "College"),
    PartnerKind.RESEARCH_INSTITUTE: ("Institut", "Institute", "Forschung", "Research", "Fraunhofer"),
    PartnerKind.CHAMBER: ("Kammer", "IHK", "HWK", "AHK", "Handwerkskammer"),
    PartnerKind.ASSOCIATION: ("Verein", "Federation", "Society", "Arbeitskreis", "Initiative"),
    PartnerKind.CLUSTER: ("Netzwerk",),
    PartnerKind.PUBLIC_BODY: ("Behörde", "Amt", "Ministerium", "Förderstelle", "Förderbank", "Kommune",
                              "Wirtschaftsförderung", "Government", "Agency", "Projektträger", "Public"),
    PartnerKind.SERVICE_PROVIDER: ("Dienstleistung", "Berater", "Beratung", "Consultant", "Consulting", "Service",
                                   "Agentur", "Kanzlei"),
    PartnerKind.PLATFORM: ("Marktplatz", "Marketplace", "Portal"),
    PartnerKind.OTHER: ("Sonstiges", "Andere"),
    RelationshipKind.COOPERATION: ("Zusammenarbeit", "Partnerschaft", "Collaboration", "Allianz", "Alliance"),
    RelationshipKind.SUPPLY: ("Lieferung", "Einkauf", "Beschaffung", "Purchasing"),
    RelationshipKind.MEMBERSHIP: ("Mitglied", "Member"),
    RelationshipKind.RESEARCH_PROJECT: ("Forschung", "Research"),
    RelationshipKind.KNOWLEDGE_EXCHANGE: ("Erfahrungsaustausch", "Wissen", "Knowledge"),
    RelationshipKind.SALES: ("Verkauf", "Distribution"),
    RelationshipKind.SHARED_INFRASTRUCTURE: ("Infrastruktur", "Infrastructure"),
    RelationshipKind.SKILLED_WORKERS: ("Fachkräfte", "Ausbildung", "Training", "Praktikum", "Azubi"),
    Benefit.RESILIENCE: ("Widerstandsfähigkeit",),
    Benefit.COMPETITIVENESS: ("Wettbewerb", "Competition"),
    GoalStatus.ACTIVE: ("Laufend", "Ongoing"),
    GoalStatus.DROPPED: ("Abgebrochen", "Cancelled"),
    ActionStatus.IN_PROGRESS: ("In Bearbeitung", "Laufend", "Ongoing"),
    ActionStatus.DONE: ("Abgeschlossen", "Fertig", "Completed"),
    Priority.HIGH: ("Hohe",),
    Priority.MEDIUM: ("Mittlere", "Normal"),
    Priority.LOW: ("Niedrige", "Gering"),
}


@lru_cache(maxsize=1 << 16, typed=True)  # imports ask for the same few words (kinds, headers) 100,000s of times
def word_key(text: str) -> str:
    """A word as the look-up compares it: folded (``domain.text.fold``), only letters and digits ("E-Mail-Adresse"
    → "emailadresse", "Universität" and "Universitaet" → "universitat")."""
    return "".join(c for c in fold(str(text)) if c.isalnum())


def words(member: Enum) -> tuple[str, ...]:
    """Every word that names ``member``: its code, German and English name, then its further words."""
    return (member.value, *_LABELS[member], *SYNONYMS.get(member, ()))


_LOOKUP: dict[type[Enum], dict[str, Enum]] = {
    kind: {word_key(word): member for member in kind for word in words(member)} for kind in VOCABULARY}


def label(member: Enum | str, lang: str = "de") -> str:
    """The display name of a vocabulary member in German ("de") or English ("en")."""
    de, en = _LABELS[member]
    return en if lang == "en" else de


def from_label(enum_type: type[Enum], text: object) -> Enum | None:
    """The member ``text`` names (a member itself, its code, German or English name or a further word; case,
    accents and punctuation aside), else None."""
    if isinstance(text, enum_type):
        return text
    if not isinstance(text, str):
        return None
    return _LOOKUP[enum_type].get(word_key(text))


def keyed_words(enum_type: type[Enum]) -> dict[str, Enum]:
    """The table for ``enum_type`` by ``word_key`` (the importer looks for these words inside longer cells)."""
    return _LOOKUP[enum_type]

