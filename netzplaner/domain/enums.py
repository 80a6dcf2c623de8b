"""The fixed vocabulary (labels in ``domain.vocabulary``). Values are stable English codes stored in documents."""

from __future__ import annotations

from enum import StrEnum


class Dimension(StrEnum):
    REGIONAL = "regional"
    THEMATIC = "thematic"
    INTERNATIONAL = "international"


class PartnerKind(StrEnum):
    COMPANY = "company"
    CUSTOMER = "customer"
    SUPPLIER = "supplier"
    UNIVERSITY = "university"
    RESEARCH_INSTITUTE = "research_institute"
    CHAMBER = "chamber"
    ASSOCIATION = "association"
    CLUSTER = "cluster"
    PUBLIC_BODY = "public_body"
    SERVICE_PROVIDER = "service_provider"
    PLATFORM = "platform"
    OTHER = "other"


class RelationshipKind(StrEnum):
    COOPERATION = "cooperation"
    SUPPLY = "supply"
    MEMBERSHIP = "membership"
    RESEARCH_PROJECT = "research_project"
    KNOWLEDGE_EXCHANGE = "knowledge_exchange"
    SALES = "sales"
    SHARED_INFRASTRUCTURE = "shared_infrastructure"
    SKILLED_WORKERS = "skilled_workers"


class Criterion(StrEnum):
    """The six quality criteria of a relationship, each scored 1-5 or not assessed."""

    OPENNESS = "openness"
    TRUST = "trust"
    KNOWLEDGE_SHARING = "knowledge_sharing"
    CLEAR_GOALS = "clear_goals"
    COMMITMENT = "commitment"
    MUTUAL_BENEFIT = "mutual_benefit"


class Benefit(StrEnum):
    RESILIENCE = "resilience"
    INNOVATION = "innovation"
    COMPETITIVENESS = "competitiveness"


class GoalStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
