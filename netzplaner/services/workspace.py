"""A workspace: an open network (any store of ``store.protocol.Store``) with its edit history and its listeners.

The workspace owns the one history of edits (docs/architecture.md, "Commands and undo"): the command line
and the Python API call ``execute``/``undo``/``redo``, and the GUI's QUndoStack drives the same methods, one
QUndoCommand per step, in the same order. Listeners hear which kinds of entity changed after every successful
step; history listeners hear every change of the history itself.
Each change of the data raises the workspace's ``revision`` (every step, and what another session of a team network
changed); ``remembered`` keeps what a whole-document read made until the next change, so the work of one window
refresh (the overview's check, the map) reads the document once (services/network_read.py).
The GUI, the command line and the API reach the data only through a workspace: the queries and commands take
it, and it answers for the store's identity and state (name, location, read-only, notices, file check).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.errors import DocumentError, NetzplanerError, StaleEditError
from ..domain.locations import is_team_location
from ..store.protocol import Store
from .commands import Command

if TYPE_CHECKING:
    from ..store.file_check import FileCheck

Listener = Callable[[frozenset[str]], None]
HistoryListener = Callable[[], None]
Location = Path | str  # a .netzplan path, or a team network's postgresql:// URL
T = TypeVar("T")

__all__ = ["Workspace", "is_team_location"]


def _offline(error: BaseException) -> bool:
    """A team network's server could not be reached: the step is not wrong, only not done yet."""
    return isinstance(error, DocumentError) and error.kind == "offline"


class _Made:
    """One remembered value of one revision; its lock lets a second asker wait for the first one's value."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.made = False
        self.value: Any = None


class Workspace:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._done: list[Command] = []
        self._undone: list[Command] = []  # the next redo last
        self._clean: int | None = 0  # len(done) when the document was last marked clean; None: unreachable
        self._listeners: list[Listener] = []
        self._history_listeners: list[HistoryListener] = []
        self._revision = 0
        self._memo: dict[str, _Made] = {}  # what ``remembered`` made at the current revision
        self._memo_lock = threading.Lock()  # the revision and the memo change together, from any thread
        self._watchers = 0  # a team network's listeners: only while one runs are others' changes heard

    @classmethod
    def open(cls, location: Location, *, read_only: bool = False, password: str | None = None) -> Workspace:
        """Open a document file, or a team network when ``location`` is a postgresql:// URL (``password`` is
        handed to the server only, never put into the URL or a message)."""
        if is_team_location(location):
            from ..store.team import TeamStore  # psycopg only when a team network is opened

            return cls(TeamStore.open(location, read_only=read_only, password=password))
        from ..store.document import Document  # SQLAlchemy: loaded once a document is opened, not at start

        return cls(Document.open(Path(location), read_only=read_only))

    @classmethod
    def create(cls, location: Location, *, overwrite: bool = False, password: str | None = None) -> Workspace:
        """A new, empty document file, or a team network set up in an empty database (as ``team init``)."""
        if is_team_location(location):
            from ..store.team import TeamStore

            return cls(TeamStore.create(location, password=password))
        from ..store.document import Document

        return cls(Document.create(Path(location), overwrite=overwrite))

    @classmethod
    def in_memory(cls, name: str | None = None) -> Workspace:
        """A new, empty network in memory (tests, scratch work): no file, no lock; ``save_as`` writes a file."""
        from ..store.memory import MemoryStore

        return cls(MemoryStore.create(name))

    # -- edits ------------------------------------------------------------------------------------------

    def apply(self, command: Command) -> Command:
        """Do one command in one transaction, outside the history (not undoable: the demo, a new document's first
        layout); on any error nothing is written."""
        self._run(command, command.apply)
        return command

    def _run(self, command: Command, step: Callable) -> None:
        try:
            with self.store.unit_of_work() as uow:
                step(uow)
        finally:  # after the commit (a read from now on sees it); after a failure too (a read inside the step
            self.mark_changed()  # saw what was rolled back)
        self._notify(command.entities)

    def execute(self, command: Command) -> Command:
        """Do a new step and put it on the history. Like Qt's undo stack, a new step ends what could be redone,
        even when it then fails (a ValidationError, and nothing is written)."""
        self._truncate(len(self._done))
        self._run(command, command.apply)
        self._done.append(command)
        self._history_changed()
        return command

    def undo(self) -> Command | None:
        """Undo the last step. A step that cannot be undone (``StaleEditError``: a row it would write changed
        since; or any other error) leaves the history, and nothing is written; one refused only because a team
        network's server cannot be reached stays, to be undone once the server is back."""
        if not self._done:
            return None
        command = self._done.pop()
        try:
            self._run(command, command.revert)
        except BaseException as exc:
            if _offline(exc):
                self._done.append(command)
                raise
            self._dropped(len(self._done))
            raise
        self._undone.append(command)
        self._history_changed()
        return command

    def redo(self) -> Command | None:
        """Redo the last undone step. One that cannot be redone leaves the history together with the steps
        undone before it (they were built on it), and nothing is written; one refused only because the server
        cannot be reached stays, as in ``undo``."""
        if not self._undone:
            return None
        command = self._undone.pop()
        try:
            self._run(command, command.apply)
        except StaleEditError as exc:
            self._truncate(len(self._done))
            raise exc.on_redo() from None
        except BaseException as exc:
            if _offline(exc):
                self._undone.append(command)
                raise
            self._truncate(len(self._done))
            raise
        self._done.append(command)
        self._history_changed()
        return command

    # -- the history --------------------------------------------------------------------------------------

    @property
    def done(self) -> tuple[Command, ...]:
        """The steps that can be undone, oldest first."""
        return tuple(self._done)

    @property
    def undone(self) -> tuple[Command, ...]:
        """The steps that can be redone, the next one first."""
        return tuple(reversed(self._undone))

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    @property
    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def mark_clean(self) -> None:
        """The document as it is now is saved: ``is_clean`` until the next step, and again when undone to here."""
        self._clean = len(self._done)
        self._history_changed()

    @property
    def is_clean(self) -> bool:
        return self._clean == len(self._done)

    def clear_history(self) -> None:
        """Forget every step (a front end that starts its own undo stack with nothing on it)."""
        self._done.clear()
        self._undone.clear()
        self._clean = 0
        self._history_changed()

    def subscribe_history(self, listener: HistoryListener) -> None:
        self._history_listeners.append(listener)

    def _truncate(self, index: int) -> None:
        """Forget every undone step (Qt's rule: a clean state among them becomes unreachable)."""
        self._undone.clear()
        if self._clean is not None and self._clean > index:
            self._clean = None
        self._history_changed()

    def _dropped(self, index: int) -> None:
        """The step at ``index`` left the history (Qt's rule for an obsolete command)."""
        if self._clean is not None and self._clean > index:
            self._clean = None
        self._history_changed()

    def _history_changed(self) -> None:
        for listener in list(self._history_listeners):
            listener()

    # -- reading ----------------------------------------------------------------------------------------

    def reading(self):
        return self.store.reading()

    @property
    def revision(self) -> int:
        """Raised by every change of the data: each step done, undone or redone (also a failed one), and each
        change another session of a team network made (heard by ``watch``, or told by ``mark_changed``)."""
        return self._revision

    def mark_changed(self) -> None:
        """The data changed: what ``remembered`` made before is forgotten. Steps call it themselves; call it after
        writing to ``store`` directly, or when another session's change arrives by a way other than ``watch``.
        Thread-safe."""
        with self._memo_lock:
            self._revision += 1
            self._memo = {}  # askers still at work finish with the old slots; the values go with them

    def remembered(self, key: str, make: Callable[[], T]) -> T:
        """``make()`` of the document as it is now, made once until the data changes (``revision``); ``make``
        must only read. Thread-safe: a second asker waits for the first one's value instead of making its own.
        A team network remembers only while ``watch`` listens (else others' changes would go unseen); a closed
        workspace remembers nothing."""
        if self.store.closed or (self.store.kind == "team" and self._watchers == 0):
            return make()
        with self._memo_lock:
            slot = self._memo.setdefault(key, _Made())  # the revision read now: made from here on, it is current
        with slot.lock:
            if not slot.made:
                slot.value, slot.made = make(), True
            return slot.value

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
    def data_format(self) -> int | None:
        """The format (schema version) the network's data is in, as its meta table says."""
        with self.reading() as uow:
            value = uow.meta().get("format")
        return int(value) if value and value.isdigit() else None

    @property
    def kind(self) -> str:
        """"file", "memory" or "team"."""
        return self.store.kind

    @property
    def always_saved(self) -> bool:
        """A team network: no Save, every step is committed on the server."""
        return self.store.always_saved

    @property
    def user(self) -> str | None:
        """The database user of a team network, else None."""
        return self.store.user

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

    def watch(self, on_change: Listener, on_online: Callable[[bool], None] | None = None) -> Callable[[], None]:
        """Hear other sessions' changes (a team network; a file never calls back): ``on_change`` gets the entity
        kinds, ``on_online`` whether the server is reachable; both from a background thread. Returns ``stop``.
        The revision rises before ``on_change`` hears of a change."""
        def changed(entities: frozenset[str]) -> None:
            self.mark_changed()
            on_change(entities)

        def online(reachable: bool) -> None:
            self.mark_changed()  # changes while the server was away may be missed
            if on_online is not None:
                on_online(reachable)

        stop = self.store.watch(changed, online)
        with self._memo_lock:
            self._watchers += 1
        stopped = False

        def stop_watching() -> None:
            nonlocal stopped
            if not stopped:
                stopped = True
                with self._memo_lock:
                    self._watchers -= 1
                    self._revision += 1  # nothing heard from now on: forget what was remembered
                    self._memo = {}
            stop()
        return stop_watching

    def row_history(self, entity: str, entity_id: str) -> list:
        """Who changed this row, when and what (``domain.history.RowChange``), newest first."""
        return self.store.row_history(entity, entity_id)

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
        self.mark_changed()  # let go of what was remembered

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
