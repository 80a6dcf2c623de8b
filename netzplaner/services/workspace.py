"""A workspace: an open document with its edit history and its listeners.

The GUI calls ``apply``/``revert`` from its QUndoStack; the command line and the Python API use
``execute``/``undo``/``redo``. Listeners hear which kinds of entity changed after every successful step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..store import Document
from .commands import Command

Listener = Callable[[frozenset[str]], None]


class Workspace:
    def __init__(self, document: Document) -> None:
        self.document = document
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._listeners: list[Listener] = []

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Workspace:
        return cls(Document.open(Path(path), read_only=read_only))

    @classmethod
    def create(cls, path: Path | str, *, overwrite: bool = False) -> Workspace:
        return cls(Document.create(Path(path), overwrite=overwrite))

    # -- edits ------------------------------------------------------------------------------------------

    def apply(self, command: Command) -> None:
        """Do (or redo) one command in one transaction; on any error nothing is written."""
        with self.document.unit_of_work() as uow:
            command.apply(uow)
        self._notify(command.entities)

    def revert(self, command: Command) -> None:
        with self.document.unit_of_work() as uow:
            command.revert(uow)
        self._notify(command.entities)

    def execute(self, command: Command) -> Command:
        """Apply and remember for ``undo`` (the non-GUI history)."""
        self.apply(command)
        self._done.append(command)
        self._undone.clear()
        return command

    def undo(self) -> Command | None:
        if not self._done:
            return None
        command = self._done.pop()
        self.revert(command)
        self._undone.append(command)
        return command

    def redo(self) -> Command | None:
        if not self._undone:
            return None
        command = self._undone.pop()
        self.apply(command)
        self._done.append(command)
        return command

    # -- reading ----------------------------------------------------------------------------------------

    def reading(self):
        return self.document.reading()

    def get(self, entity: str, entity_id: str):
        with self.reading() as uow:
            return uow.get(entity, entity_id)

    # -- listeners and lifetime -------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _notify(self, entities: frozenset[str]) -> None:
        for listener in list(self._listeners):
            listener(entities)

    def save(self) -> None:
        self.document.save()

    def close(self) -> None:
        self.document.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
