"""A workspace: an open network (any store of ``store.protocol.Store``) with its edit history and its listeners.

The GUI calls ``apply``/``revert`` from its QUndoStack; the command line and the Python API use
``execute``/``undo``/``redo``. Listeners hear which kinds of entity changed after every successful step.
The GUI, the command line and the API reach the data only through a workspace: the queries and commands take
it, and it answers for the store's identity and state (name, location, read-only, notices, file check).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..domain.errors import NetzplanerError
from ..store.document import Document
from ..store.file_check import FileCheck
from ..store.memory import MemoryStore
from ..store.protocol import Store
from .commands import Command

Listener = Callable[[frozenset[str]], None]


class Workspace:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._listeners: list[Listener] = []

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Workspace:
        return cls(Document.open(Path(path), read_only=read_only))

    @classmethod
    def create(cls, path: Path | str, *, overwrite: bool = False) -> Workspace:
        return cls(Document.create(Path(path), overwrite=overwrite))

    @classmethod
    def in_memory(cls, name: str | None = None) -> Workspace:
        """A new, empty network in memory (tests, scratch work): no file, no lock; ``save_as`` writes a file."""
        return cls(MemoryStore.create(name))

    # -- edits ------------------------------------------------------------------------------------------

    def apply(self, command: Command) -> None:
        """Do (or redo) one command in one transaction; on any error nothing is written."""
        with self.store.unit_of_work() as uow:
            command.apply(uow)
        self._notify(command.entities)

    def revert(self, command: Command) -> None:
        with self.store.unit_of_work() as uow:
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
        return self.store.reading()

    def get(self, entity: str, entity_id: str):
        with self.reading() as uow:
            return uow.get(entity, entity_id)

    # -- the store's identity and state ------------------------------------------------------------------

    @property
    def display_name(self) -> str:
        """The network's name for titles and captions (a file's name without its suffix)."""
        return self.store.display_name

    @property
    def location(self) -> str:
        """Where the data lives: a file path, or a store's own address."""
        return self.store.location

    @property
    def path(self) -> Path | None:
        """The document file, or None for a store without one."""
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def closed(self) -> bool:
        return self.store.closed

    @property
    def modified(self) -> bool:
        """Unsaved changes in the store (right after opening: a migrated or recovered document)."""
        return self.store.modified

    @property
    def notices(self) -> list[NetzplanerError]:
        """Sentences the user should hear after opening (a stray sidecar file, a file changed outside)."""
        return list(self.store.notices)

    @property
    def migrated_from(self) -> int | None:
        return self.store.migrated_from

    @property
    def backup_path(self) -> Path | None:
        return self.store.backup_path

    @property
    def file_check(self) -> FileCheck | None:
        """What the check on opening found (size, format, integrity); the check runs once, when opening."""
        return self.store.file_check

    # -- listeners and lifetime -------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _notify(self, entities: frozenset[str]) -> None:
        for listener in list(self._listeners):
            listener(entities)

    def save(self) -> None:
        self.store.save()

    def save_as(self, path: Path | str) -> None:
        """Write to the document file ``path`` (a file store goes on working there)."""
        self.store.save_as(Path(path))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
