"""Reversible edit commands: each carries its own undo data and runs inside one unit of work.

``apply`` does the edit (again, on redo) and records what it needs to undo; ``revert`` restores the exact
previous state. Each remembers the versions it left its rows at: a revert, and an apply that is a redo, first
check that every row it writes is still at that version, and refuse with ``StaleEditError`` otherwise (the
unit of work rolls back, so a macro is all-or-nothing). All steps run through ``Workspace.execute``/``undo``/
``redo``, the one history (the GUI's QUndoStack drives it). ``text`` is an English template with named
parameters, so a front end can translate it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..domain.errors import NotFoundError, StaleEditError
from ..store.protocol import VERSION, UnitOfWork

if TYPE_CHECKING:
    from ..store.protocol import Snapshot

Check = Callable[[UnitOfWork], None]


class Command(ABC):
    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params

    @property
    def text(self) -> str:
        return self.template.format(**self.params)

    @property
    def entities(self) -> frozenset[str]:
        """Which kinds of entity the command touches (views refresh on these)."""
        return frozenset()

    @abstractmethod
    def apply(self, uow: UnitOfWork) -> None: ...

    @abstractmethod
    def revert(self, uow: UnitOfWork) -> None: ...

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.text!r}>"


class _EntityCommand(Command):
    def __init__(self, entity: str, entity_id: str, template: str, checks: Sequence[Check] = (),
                 touches: Sequence[str] = (), **params: Any) -> None:
        super().__init__(template, **params)
        self.entity = entity
        self.entity_id = entity_id
        self.checks = tuple(checks)
        self._touches = frozenset((entity, *touches))

    @property
    def entities(self) -> frozenset[str]:
        return self._touches

    def _check(self, uow: UnitOfWork) -> None:
        for check in self.checks:
            check(uow)


class CreateEntity(_EntityCommand):
    def __init__(self, entity: str, values: Mapping[str, Any], template: str, checks: Sequence[Check] = (),
                 **params: Any) -> None:
        super().__init__(entity, values["id"], template, checks, **params)
        self.values = dict(values)
        self.version: int | None = None  # the version the insert gave the row
        self.label: str | None = None

    def apply(self, uow: UnitOfWork) -> None:
        if self.version is not None and uow.exists(self.entity, self.entity_id):  # redo: back in the meantime
            raise StaleEditError(uow.label(self.entity, self.entity_id) or self.label)
        self._check(uow)
        self.version = uow.insert(self.entity, self.values)
        self.label = uow.label(self.entity, self.entity_id)

    def revert(self, uow: UnitOfWork) -> None:
        assert self.version is not None, "revert before apply"
        uow.delete(self.entity, self.entity_id, expected={(self.entity, self.entity_id): self.version},
                   known_as=self.label)


class UpdateEntity(_EntityCommand):
    """``expected``: the version the row had when the user's dialog loaded it; the first apply refuses with
    ``StaleEditError`` when someone changed the row since (a team network: another user; a file: another window
    of the same workspace), so an edit never silently overwrites values the user did not see."""

    def __init__(self, entity: str, entity_id: str, changes: Mapping[str, Any], template: str,
                 checks: Sequence[Check] = (), touches: Sequence[str] = (), *, expected: int | None = None,
                 **params: Any) -> None:
        super().__init__(entity, entity_id, template, checks, touches, **params)
        self.changes = dict(changes)
        self.expected = expected
        self.old: dict[str, Any] | None = None  # with the version before; the update left the row one above
        self.label: str | None = None

    def apply(self, uow: UnitOfWork) -> None:
        # redo: the row as the undo left it; the first run: as the dialog loaded it (None: not checked)
        expected = self.expected if self.old is None else self.old[VERSION]
        self._check(uow)
        self.old = uow.update(self.entity, self.entity_id, self.changes, expected=expected, known_as=self.label)
        self.label = uow.label(self.entity, self.entity_id)

    def revert(self, uow: UnitOfWork) -> None:
        assert self.old is not None, "revert before apply"
        uow.set_values(self.entity, self.entity_id, self.old, known_as=self.label)


class DeleteEntity(_EntityCommand):
    def __init__(self, entity: str, entity_id: str, template: str, checks: Sequence[Check] = (),
                 touches: Sequence[str] = (), **params: Any) -> None:
        super().__init__(entity, entity_id, template, checks, touches, **params)
        self.snapshot: Snapshot | None = None

    def apply(self, uow: UnitOfWork) -> None:
        self._check(uow)
        if self.snapshot is None:
            self.snapshot = uow.delete(self.entity, self.entity_id)
        else:  # redo: every row it removes must be as the undo put it back
            self.snapshot = uow.delete(self.entity, self.entity_id, expected=self.snapshot.versions(),
                                       known_as=self.snapshot.label)

    def revert(self, uow: UnitOfWork) -> None:
        assert self.snapshot is not None, "revert before apply"
        uow.restore(self.snapshot)


class SetColumns(Command):
    """The same few plain columns set on many rows in one statement, e.g. positions after a layout.

    Faster than a macro of thousands of updates; it does not touch ``updated_at`` (moving a node on the
    map is not an edit of the partner).
    """

    def __init__(self, entity: str, values: Mapping[str, Mapping[str, Any]], template: str,
                 **params: Any) -> None:
        super().__init__(template, **params)
        self.entity = entity
        self.values = {rid: dict(v) for rid, v in values.items()}
        self.old: dict[str, dict[str, Any]] | None = None

    @property
    def entities(self) -> frozenset[str]:
        return frozenset((self.entity,))

    def apply(self, uow: UnitOfWork) -> None:
        if self.old is not None:  # redo: every row as the undo left it
            uow.bulk_set(self.entity, self.values, before=self.old)
            return
        columns = next(iter(self.values.values()), {}).keys()
        old = uow.column_values(self.entity, self.values, columns)
        if set(self.values) - set(old):
            raise NotFoundError("The {entity} you refer to is no longer in the document.", entity=self.entity)
        uow.bulk_set(self.entity, self.values)
        self.old = old

    def revert(self, uow: UnitOfWork) -> None:
        assert self.old is not None, "revert before apply"
        uow.bulk_set_back(self.entity, self.old)


class Macro(Command):
    """Several commands as one step: applied in order, reverted in reverse order."""

    def __init__(self, children: Sequence[Command], template: str, **params: Any) -> None:
        super().__init__(template, **params)
        self.children = list(children)

    @property
    def entities(self) -> frozenset[str]:
        return frozenset().union(*(c.entities for c in self.children))

    def apply(self, uow: UnitOfWork) -> None:
        for child in self.children:
            child.apply(uow)

    def revert(self, uow: UnitOfWork) -> None:
        for child in reversed(self.children):
            child.revert(uow)
