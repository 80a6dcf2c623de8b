"""Rules that need the document: unique names, existing references. Each returns a check for a command."""

from __future__ import annotations

from ..domain.errors import ValidationError
from ..store.protocol import UnitOfWork


def unique_partner_name(name: str, except_id: str | None = None):
    def check(uow: UnitOfWork) -> None:
        clash = uow.first_value("partner", "name", exclude_id=except_id, name_key=name.casefold())
        if clash is not None:
            raise ValidationError("name", "There is already a partner called “{name}”.", name=clash)
    return check


def single_own_firm(except_id: str | None = None):
    def check(uow: UnitOfWork) -> None:
        holder = uow.first_value("partner", "name", exclude_id=except_id, is_own_firm=True)
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
        if uow.relationship_between(source_id, target_id, kind, exclude_id=except_id) is not None:
            raise ValidationError("kind", "These two partners already have a relationship of this kind.")
    return check
