"""Rules that need the document: unique names, existing references. Each returns a check for a command."""

from __future__ import annotations

from sqlalchemy import and_, or_, select

from ..domain.errors import ValidationError
from ..store.uow import UnitOfWork


def unique_partner_name(name: str, except_id: str | None = None):
    def check(uow: UnitOfWork) -> None:
        t = uow.table("partner")
        query = select(t.c.name).where(t.c.name_key == name.casefold())
        if except_id is not None:
            query = query.where(t.c.id != except_id)
        clash = uow.conn.execute(query).scalar()
        if clash is not None:
            raise ValidationError("name", "There is already a partner called “{name}”.", name=clash)
    return check


def single_own_firm(except_id: str | None = None):
    def check(uow: UnitOfWork) -> None:
        t = uow.table("partner")
        query = select(t.c.name).where(t.c.is_own_firm.is_(True))
        if except_id is not None:
            query = query.where(t.c.id != except_id)
        holder = uow.conn.execute(query).scalar()
        if holder is not None:
            raise ValidationError(
                "is_own_firm", "“{name}” is already marked as your own firm; a document has exactly one.",
                name=holder)
    return check


def exists(entity: str, entity_id: str | None, field: str, template: str):
    def check(uow: UnitOfWork) -> None:
        if entity_id is not None and not uow.exists(entity, entity_id):
            raise ValidationError(field, template)
    return check


def partner_exists(partner_id: str | None, field: str = "partner_id"):
    return exists("partner", partner_id, field, "The chosen partner is no longer in the document.")


def all_partners_exist(partner_ids, field: str = "partner_ids"):
    def check(uow: UnitOfWork) -> None:
        for pid in partner_ids:
            partner_exists(pid, field)(uow)
    return check


def no_duplicate_relationship(source_id: str, target_id: str, kind: str, except_id: str | None = None):
    def check(uow: UnitOfWork) -> None:
        t = uow.table("relationship")
        pair = or_(and_(t.c.source_id == source_id, t.c.target_id == target_id),
                   and_(t.c.source_id == target_id, t.c.target_id == source_id))
        query = select(t.c.id).where(pair, t.c.kind == str(kind))
        if except_id is not None:
            query = query.where(t.c.id != except_id)
        if uow.conn.execute(query).first() is not None:
            raise ValidationError("kind", "These two partners already have a relationship of this kind.")
    return check
