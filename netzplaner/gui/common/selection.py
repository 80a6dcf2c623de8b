"""The one shared selection: the partner table, the map and the detail panel all read and write it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    partnersChanged = Signal(tuple)  # partner ids, in selection order
    relationshipChanged = Signal(object)  # a relationship id or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._partners: tuple[str, ...] = ()
        self._relationship: str | None = None

    @property
    def partner_ids(self) -> tuple[str, ...]:
        return self._partners

    @property
    def current_partner(self) -> str | None:
        return self._partners[0] if self._partners else None

    def set_partners(self, ids) -> None:
        ids = tuple(dict.fromkeys(ids))
        if ids != self._partners:
            self._partners = ids
            self.partnersChanged.emit(ids)

    @property
    def relationship_id(self) -> str | None:
        return self._relationship

    def set_relationship(self, relationship_id: str | None) -> None:
        if relationship_id != self._relationship:
            self._relationship = relationship_id
            self.relationshipChanged.emit(relationship_id)

    def forget(self, existing_partner_ids: set[str], existing_relationship_ids: set[str]) -> None:
        """Drop ids that no longer exist (after a delete or an undo)."""
        self.set_partners([p for p in self._partners if p in existing_partner_ids])
        if self._relationship is not None and self._relationship not in existing_relationship_ids:
            self.set_relationship(None)
