"""The document schema as SQLAlchemy 2.x typed models.

Generic column types only (no SQLite-specific SQL), so that the same schema can later live in PostgreSQL.
Enumerations are stored as their stable string codes; ids are 32-character hex strings that stay the same
across exports and imports.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ..domain import entities as e
from ..domain.enums import Criterion
from ..domain.fields import ID_TEXT, TAG_TEXT, spec_of
from ..domain.quality import SCORE_MAX, SCORE_MIN

ID = String(ID_TEXT)
CODE = String(32)


def text_of(entity: type, name: str) -> String | Text:
    """The column type of a declared text field (``domain.fields``): Text for notes, else String of its length."""
    spec = spec_of(entity, name)
    return Text() if spec.lines else String(spec.max_len)


NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """A row version for undo and redo (store/versions.py): 1 when inserted, raised by every write."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class Meta(Base):
    """Key/value facts about the document (title, created, application version)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Partner(Versioned, Base):
    __tablename__ = "partner"
    __table_args__ = (
        # Exactly one own firm: at most one row may carry the flag (the services keep "at least one").
        Index("uq_partner_own_firm", "is_own_firm", unique=True,
              sqlite_where=text("is_own_firm = 1"), postgresql_where=text("is_own_firm")),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(text_of(e.Partner, "name"))
    # casefolded name: makes "unique per document, case-insensitive" a plain unique constraint
    name_key: Mapped[str] = mapped_column(text_of(e.Partner, "name"), unique=True)
    kind: Mapped[str] = mapped_column(CODE)
    is_own_firm: Mapped[bool] = mapped_column(Boolean, default=False)
    street: Mapped[str] = mapped_column(text_of(e.Partner, "street"), default="", server_default="")
    postcode: Mapped[str] = mapped_column(text_of(e.Partner, "postcode"), default="", server_default="")
    city: Mapped[str] = mapped_column(text_of(e.Partner, "city"), default="")
    country: Mapped[str] = mapped_column(text_of(e.Partner, "country"), default="")
    region: Mapped[str] = mapped_column(text_of(e.Partner, "region"), default="")
    industry: Mapped[str] = mapped_column(text_of(e.Partner, "industry"), default="")
    website: Mapped[str] = mapped_column(text_of(e.Partner, "website"), default="")
    notes: Mapped[str] = mapped_column(text_of(e.Partner, "notes"), default="")
    extra: Mapped[str] = mapped_column(text_of(e.Partner, "extra"), default="", server_default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    pos_x: Mapped[float | None] = mapped_column(Float)
    pos_y: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class PartnerDimension(Base):
    __tablename__ = "partner_dimension"
    partner_id: Mapped[str] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True)
    dimension: Mapped[str] = mapped_column(CODE, primary_key=True)


class Tag(Base):
    """A tag on a partner; the tag's identity is its text."""

    __tablename__ = "tag"
    partner_id: Mapped[str] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(String(TAG_TEXT), primary_key=True)


class Contact(Versioned, Base):
    __tablename__ = "contact"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(text_of(e.Contact, "name"))
    salutation: Mapped[str] = mapped_column(text_of(e.Contact, "salutation"), default="", server_default="")
    title: Mapped[str] = mapped_column(text_of(e.Contact, "title"), default="", server_default="")
    role: Mapped[str] = mapped_column(text_of(e.Contact, "role"), default="")
    department: Mapped[str] = mapped_column(text_of(e.Contact, "department"), default="", server_default="")
    email: Mapped[str] = mapped_column(text_of(e.Contact, "email"), default="")
    phone: Mapped[str] = mapped_column(text_of(e.Contact, "phone"), default="")
    notes: Mapped[str] = mapped_column(text_of(e.Contact, "notes"), default="")


class Relationship(Versioned, Base):
    __tablename__ = "relationship"
    __table_args__ = (
        CheckConstraint("source_id <> target_id", name="two_partners"),
        CheckConstraint("strength BETWEEN {0.low:g} AND {0.high:g}".format(spec_of(e.Relationship, "strength")),
                        name="strength_range"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[str] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(CODE)
    strength: Mapped[int] = mapped_column(Integer)
    since: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(text_of(e.Relationship, "notes"), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


def _score_column() -> Mapped[int | None]:
    return mapped_column(Integer)


class Assessment(Versioned, Base):
    __tablename__ = "assessment"
    __table_args__ = tuple(
        CheckConstraint(f"{c} IS NULL OR {c} BETWEEN {SCORE_MIN} AND {SCORE_MAX}", name=f"{c}_range")
        for c in Criterion
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    relationship_id: Mapped[str] = mapped_column(
        ForeignKey("relationship.id", ondelete="CASCADE"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    openness: Mapped[int | None] = _score_column()
    trust: Mapped[int | None] = _score_column()
    knowledge_sharing: Mapped[int | None] = _score_column()
    clear_goals: Mapped[int | None] = _score_column()
    commitment: Mapped[int | None] = _score_column()
    mutual_benefit: Mapped[int | None] = _score_column()
    comment: Mapped[str] = mapped_column(text_of(e.Assessment, "comment"), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Goal(Versioned, Base):
    __tablename__ = "goal"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    title: Mapped[str] = mapped_column(text_of(e.Goal, "title"))
    description: Mapped[str] = mapped_column(text_of(e.Goal, "description"), default="")
    benefit: Mapped[str] = mapped_column(CODE)
    dimension: Mapped[str | None] = mapped_column(CODE)
    owner: Mapped[str] = mapped_column(text_of(e.Goal, "owner"), default="")
    priority: Mapped[str] = mapped_column(CODE)
    status: Mapped[str] = mapped_column(CODE)
    target_date: Mapped[date | None] = mapped_column(Date)
    kpi_name: Mapped[str] = mapped_column(text_of(e.Goal, "kpi_name"), default="")
    kpi_unit: Mapped[str] = mapped_column(text_of(e.Goal, "kpi_unit"), default="")
    kpi_baseline: Mapped[float | None] = mapped_column(Float)
    kpi_target: Mapped[float | None] = mapped_column(Float)
    kpi_current: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class GoalPartner(Base):
    __tablename__ = "goal_partner"
    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True)
    partner_id: Mapped[str] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True, index=True)


class Action(Versioned, Base):
    __tablename__ = "action"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(text_of(e.Action, "title"))
    owner: Mapped[str] = mapped_column(text_of(e.Action, "owner"), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(CODE)
    priority: Mapped[str] = mapped_column(CODE)
    effort_days: Mapped[float | None] = mapped_column(Float)
    cost_eur: Mapped[float | None] = mapped_column(Float)
    partner_id: Mapped[str | None] = mapped_column(
        ForeignKey("partner.id", ondelete="SET NULL"), index=True)
    completed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(text_of(e.Action, "notes"), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Snapshot(Versioned, Base):
    """A frozen state of the network (``domain.entities.NetworkSnapshot``); ``content`` is compressed."""

    __tablename__ = "snapshot"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    label: Mapped[str] = mapped_column(text_of(e.NetworkSnapshot, "label"))
    reason: Mapped[str] = mapped_column(text_of(e.NetworkSnapshot, "reason"), default="manual")
    partner_count: Mapped[int | None] = mapped_column(Integer)
    relationship_count: Mapped[int | None] = mapped_column(Integer)
    taken_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[bytes] = mapped_column(LargeBinary)


TABLES = Base.metadata.tables
