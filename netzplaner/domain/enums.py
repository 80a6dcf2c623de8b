"""The fixed vocabulary, each word declared once: its stable English code (stored in documents), its German and
its English name (``domain.vocabulary.label``; the window, the workbook and the command line show these names)."""

from __future__ import annotations

from enum import StrEnum


class Word(StrEnum):
    """A member of the vocabulary: ``Dimension.THEMATIC == "thematic"``, ``.de`` "Fachlich", ``.en`` "Thematic"."""

    de: str
    en: str

    def __new__(cls, code: str, de: str, en: str):
        member = str.__new__(cls, code)
        member._value_ = code
        member.de, member.en = de, en
        return member


class Dimension(Word):
    REGIONAL = "regional", "Regional", "Regional"
    THEMATIC = "thematic", "Fachlich", "Thematic"
    INTERNATIONAL = "international", "International", "International"


class PartnerKind(Word):
    COMPANY = "company", "Unternehmen", "Company"
    CUSTOMER = "customer", "Kunde", "Customer"
    SUPPLIER = "supplier", "Lieferant", "Supplier"
    UNIVERSITY = "university", "Hochschule", "University"
    RESEARCH_INSTITUTE = "research_institute", "Forschungsinstitut", "Research institute"
    CHAMBER = "chamber", "Kammer (IHK/HWK)", "Chamber"
    ASSOCIATION = "association", "Verband", "Association"
    CLUSTER = "cluster", "Cluster", "Cluster"
    PUBLIC_BODY = "public_body", "Behörde / Förderstelle", "Public body / funding agency"
    SERVICE_PROVIDER = "service_provider", "Dienstleister", "Service provider"
    PLATFORM = "platform", "Plattform", "Platform"
    OTHER = "other", "Sonstige", "Other"


class RelationshipKind(Word):
    COOPERATION = "cooperation", "Kooperation", "Cooperation"
    SUPPLY = "supply", "Lieferbeziehung", "Supply"
    MEMBERSHIP = "membership", "Mitgliedschaft", "Membership"
    RESEARCH_PROJECT = "research_project", "Forschungsprojekt", "Research project"
    KNOWLEDGE_EXCHANGE = "knowledge_exchange", "Wissensaustausch", "Knowledge exchange"
    SALES = "sales", "Vertrieb", "Sales"
    SHARED_INFRASTRUCTURE = "shared_infrastructure", "Gemeinsame Infrastruktur", "Shared infrastructure"
    SKILLED_WORKERS = "skilled_workers", "Fachkräfte & Ausbildung", "Skilled workers & training"


class Criterion(Word):
    """The six quality criteria of a relationship, each scored 1-5 or not assessed."""

    OPENNESS = "openness", "Offenheit", "Openness"
    TRUST = "trust", "Vertrauen", "Trust"
    KNOWLEDGE_SHARING = "knowledge_sharing", "Wissensteilung", "Knowledge sharing"
    CLEAR_GOALS = "clear_goals", "Klare Ziele", "Clear goals"
    COMMITMENT = "commitment", "Verbindlichkeit", "Commitment"
    MUTUAL_BENEFIT = "mutual_benefit", "Gegenseitiger Nutzen", "Mutual benefit"


class Benefit(Word):
    RESILIENCE = "resilience", "Resilienz", "Resilience"
    INNOVATION = "innovation", "Innovation", "Innovation"
    COMPETITIVENESS = "competitiveness", "Wettbewerbsfähigkeit", "Competitiveness"


class GoalStatus(Word):
    PLANNED = "planned", "Geplant", "Planned"
    ACTIVE = "active", "Aktiv", "Active"
    ACHIEVED = "achieved", "Erreicht", "Achieved"
    DROPPED = "dropped", "Verworfen", "Dropped"


class ActionStatus(Word):
    OPEN = "open", "Offen", "Open"
    IN_PROGRESS = "in_progress", "In Arbeit", "In progress"
    DONE = "done", "Erledigt", "Done"
    BLOCKED = "blocked", "Blockiert", "Blocked"


class Priority(Word):
    HIGH = "high", "Hoch", "High"
    MEDIUM = "medium", "Mittel", "Medium"
    LOW = "low", "Niedrig", "Low"


VOCABULARY: tuple[type[Word], ...] = (Dimension, PartnerKind, RelationshipKind, Criterion, Benefit, GoalStatus,
                                    ActionStatus, Priority)
