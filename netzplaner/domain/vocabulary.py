"""German and English names of the vocabulary, for output made without Qt (command line, workbooks, demo).

The GUI shows the same words; keeping them here once means the workbook and the window never disagree.
"""

from __future__ import annotations

from enum import Enum

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

LANGUAGES = ("de", "en")

# member -> (Deutsch, English)
_LABELS: dict[Enum, tuple[str, str]] = {
    Dimension.REGIONAL: ("Regional", "Regional"),
    Dimension.THEMATIC: ("Fachlich", "Thematic"),
    Dimension.INTERNATIONAL: ("International", "International"),
    PartnerKind.COMPANY: ("Unternehmen", "Company"),
    PartnerKind.CUSTOMER: ("Kunde", "Customer"),
    PartnerKind.SUPPLIER: ("Lieferant", "Supplier"),
    PartnerKind.UNIVERSITY: ("Hochschule", "University"),
    PartnerKind.RESEARCH_INSTITUTE: ("Forschungsinstitut", "Research institute"),
    PartnerKind.CHAMBER: ("Kammer (IHK/HWK)", "Chamber"),
    PartnerKind.ASSOCIATION: ("Verband", "Association"),
    PartnerKind.CLUSTER: ("Cluster", "Cluster"),
    PartnerKind.PUBLIC_BODY: ("Behörde / Förderstelle", "Public body / funding agency"),
    PartnerKind.SERVICE_PROVIDER: ("Dienstleister", "Service provider"),
    PartnerKind.PLATFORM: ("Plattform", "Platform"),
    PartnerKind.OTHER: ("Sonstige", "Other"),
    RelationshipKind.COOPERATION: ("Kooperation", "Cooperation"),
    RelationshipKind.SUPPLY: ("Lieferbeziehung", "Supply"),
    RelationshipKind.MEMBERSHIP: ("Mitgliedschaft", "Membership"),
    RelationshipKind.RESEARCH_PROJECT: ("Forschungsprojekt", "Research project"),
    RelationshipKind.KNOWLEDGE_EXCHANGE: ("Wissensaustausch", "Knowledge exchange"),
    RelationshipKind.SALES: ("Vertrieb", "Sales"),
    RelationshipKind.SHARED_INFRASTRUCTURE: ("Gemeinsame Infrastruktur", "Shared infrastructure"),
    RelationshipKind.SKILLED_WORKERS: ("Fachkräfte & Ausbildung", "Skilled workers & training"),
    Criterion.OPENNESS: ("Offenheit", "Openness"),
    Criterion.TRUST: ("Vertrauen", "Trust"),
    Criterion.KNOWLEDGE_SHARING: ("Wissensteilung", "Knowledge sharing"),
    Criterion.CLEAR_GOALS: ("Klare Ziele", "Clear goals"),
    Criterion.COMMITMENT: ("Verbindlichkeit", "Commitment"),
    Criterion.MUTUAL_BENEFIT: ("Gegenseitiger Nutzen", "Mutual benefit"),
    Benefit.RESILIENCE: ("Resilienz", "Resilience"),
    Benefit.INNOVATION: ("Innovation", "Innovation"),
    Benefit.COMPETITIVENESS: ("Wettbewerbsfähigkeit", "Competitiveness"),
    GoalStatus.PLANNED: ("Geplant", "Planned"),
    GoalStatus.ACTIVE: ("Aktiv", "Active"),
    GoalStatus.ACHIEVED: ("Erreicht", "Achieved"),
    GoalStatus.DROPPED: ("Verworfen", "Dropped"),
    ActionStatus.OPEN: ("Offen", "Open"),
    ActionStatus.IN_PROGRESS: ("In Arbeit", "In progress"),
    ActionStatus.DONE: ("Erledigt", "Done"),
    ActionStatus.BLOCKED: ("Blockiert", "Blocked"),
    Priority.HIGH: ("Hoch", "High"),
    Priority.MEDIUM: ("Mittel", "Medium"),
    Priority.LOW: ("Niedrig", "Low"),
}


def label(member: Enum, lang: str = "de") -> str:
    """The display name of a vocabulary member in German ("de") or English ("en")."""
    de, en = _LABELS[member]
    return en if lang == "en" else de


def from_label(enum_type: type[Enum], text: str) -> Enum | None:
    """The member whose code, German or English name matches ``text`` (case-insensitive), else None."""
    wanted = text.strip().casefold()
    for member in enum_type:
        names = (member.value, *_LABELS[member])
        if any(wanted == name.casefold() for name in names):
            return member
    return None
