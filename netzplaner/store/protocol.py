"""The store protocol: what the services need from wherever a network's data lives.
See docs/architecture.md, "The store protocol".

A ``Store`` is one open network: today a ``.netzplan`` file (``document.Document``) or memory
(``memory.MemoryStore``, for tests), later a team database. ``services.Workspace`` takes any of them; the GUI, the
command line and the API reach the data only through the workspace. A ``UnitOfWork`` is one transaction on a store
with the row operations the commands and queries are built on. Entities are named by kind ("partner",
"relationship", ...), columns by name; what goes in and comes out is plain values and frozen dataclasses, so no
SQLAlchemy object and no SQLite detail crosses this line. Limits of the database (how many values one statement
may bind) are the store's business: the bulk operations below take any number of ids and rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ..domain.errors import NetzplanerError
from ..domain.history import RowChange

if TYPE_CHECKING:  # the implementations load SQLAlchemy; the services import this protocol on the start path
    from .file_check import FileCheck
    from .uow import RowKey, Snapshot

__all__ = ["VERSION", "Snapshot", "Store", "StoreKind", "UnitOfWork"]

VERSION = "version"  # the column holding an entity row's version (kept up to date by ``store.versions``)


def __getattr__(name: str):
    if name == "Snapshot":  # what a delete returns, for callers that name it at run time
        from .uow import Snapshot

        return Snapshot
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@runtime_checkable
class UnitOfWork(Protocol):
    """One transaction: committed when the ``with`` block ends normally, rolled back on any error.

    Every write returns what is needed to undo it, so commands stay reversible without knowing the tables."""

    # -- reading ----------------------------------------------------------------------------------------

    def get(self, entity: str, entity_id: str) -> Any:
        """One entity as a frozen dataclass; NotFoundError when it is gone."""

    def exists(self, entity: str, entity_id: str) -> bool: ...

    def list(self, entity: str, *, ids: Iterable[str] | None = None, order_by: str | None = None,
             exclude_id: str | None = None, **equals: Any) -> list:
        """Entities as frozen dataclasses; ``equals`` filters on columns (a list, set or tuple means "one of")."""

    def rows(self, entity: str, columns: Iterable[str], order_by: str | None = None) -> list[tuple]:
        """A few plain columns of every row, as tuples."""

    def columns(self, entity: str, names: Iterable[str]) -> dict[str, list]:
        """Plain columns of every row, column by column: ``{name: [value per row]}`` (rows in no promised order,
        the same in each list); a set-valued field comes as a sorted tuple per row. The bulk read of analysis."""

    def rows_of(self, entity: str, columns: Iterable[str], ids: Iterable[str]) -> list[tuple]:
        """A few plain columns of the rows with these ids (any number of them)."""

    def collection_rows(self, entity: str, name: str) -> list[tuple[str, Any]]:
        """(owner id, value) pairs of a set-valued field (dimensions, tags) of every row."""

    def relationships_touching(self, partner_ids: Iterable[str]) -> list:
        """Relationships with either end among ``partner_ids``."""

    def relationship_between(self, a: str, b: str, kind: str, exclude_id: str | None = None) -> str | None:
        """The id of a relationship of ``kind`` between ``a`` and ``b`` in either direction, if any."""

    def goals_of_partner(self, partner_id: str) -> list[str]: ...

    def count(self, entity: str, *, exclude_id: str | None = None, **equals: Any) -> int: ...

    def first_value(self, entity: str, column: str, *, exclude_id: str | None = None, **equals: Any) -> Any:
        """One column of the first matching row, or None."""

    def column_values(self, entity: str, ids: Iterable[str], columns: Iterable[str]) -> dict[str, dict[str, Any]]:
        """id -> {column: value} for many rows (the old values of a bulk edit)."""

    def meta(self) -> dict[str, str]:
        """The document's key-value settings (title, language, format)."""

    # -- writing ----------------------------------------------------------------------------------------

    def label(self, entity: str, entity_id: str) -> str | None:
        """How the user knows a row (a partner's name, "A – B" for a relationship), or None when it is gone."""

    def insert(self, entity: str, values: Mapping[str, Any]) -> int:
        """One new entity, its set-valued fields included; timestamps are set when not given. Returns its
        version (docs/architecture.md, "Commands and undo")."""

    def update(self, entity: str, entity_id: str, changes: Mapping[str, Any], *, expected: int | None = None,
               known_as: str | None = None) -> dict[str, Any]:
        """Apply ``changes`` and raise the row's version; return the old values (version included) for
        ``set_values``. With ``expected``, refuse (StaleEditError) unless the row still has that version."""

    def set_values(self, entity: str, entity_id: str, values: Mapping[str, Any], *,
                   known_as: str | None = None) -> None:
        """Undo ``update``: write back the old values it returned, only while the row holds what it wrote."""

    def delete(self, entity: str, entity_id: str, *, expected: Mapping[RowKey, int] | None = None,
               known_as: str | None = None) -> Snapshot:
        """Delete one entity and what hangs on it; return all of it, for ``restore`` on undo. With
        ``expected``, refuse unless every row it removes still has the version given."""

    def restore(self, snapshot: Snapshot) -> None:
        """Put back what ``delete`` removed, with the same ids, timestamps and versions."""

    def bulk_set(self, entity: str, values: Mapping[str, Mapping[str, Any]], *,
                 before: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        """Set the same plain columns on many rows (positions after a layout): id -> {column: value}; each
        row's version goes up. ``before`` (a redo): the rows as ``column_values`` read them first; a row no
        longer at that version refuses the whole step."""

    def bulk_set_back(self, entity: str, old: Mapping[str, Mapping[str, Any]]) -> None:
        """Undo ``bulk_set``: write back what ``column_values`` read, while every row holds what it wrote."""

    def bulk_insert(self, table_name: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Many plain rows of one table, streamed in batches (demo networks of 100,000 relationships)."""

    def insert_many(self, entity: str, values: Iterable[Mapping[str, Any]]) -> None:
        """Many new entities at once, set-valued fields included (an import of 10,000 partners)."""

    def delete_many(self, entity: str, ids: Iterable[str]) -> None:
        """Delete many entities by id with their set-valued fields; no snapshot (undo of ``insert_many``)."""

    def set_meta(self, values: Mapping[str, str]) -> None: ...


@runtime_checkable
class Store(Protocol):
    """One open network's data: units of work on it, its identity and state, saving and closing."""

    kind: str
    """"file", "memory" or "team"."""

    always_saved: bool
    """True for a team network: there is no Save, every unit of work is committed on the server and ``modified``
    stays False."""

    @property
    def user(self) -> str | None:
        """The database user a team network is opened as; None for a file or memory."""

    @property
    def display_name(self) -> str:
        """The name a title or a map caption shows (a file's name without its suffix)."""

    @property
    def location(self) -> str:
        """Where the data lives, for messages and recent lists: a file path today, a server URL later."""

    @property
    def path(self) -> Path | None:
        """The document file, or None for a store that has none (memory, a server)."""

    @property
    def read_only(self) -> bool:
        """Open for reading only (asked for, a locked file, or a team network's reader)."""

    @property
    def modified(self) -> bool:
        """Changes not saved yet (also right after opening: a migrated or recovered document)."""

    @property
    def closed(self) -> bool: ...

    @property
    def notices(self) -> list[NetzplanerError]:
        """What the user should hear about after opening (a stray sidecar, a file changed outside)."""

    @property
    def migrated_from(self) -> int | None:
        """The file format an older document was upgraded from on opening, else None."""

    @property
    def backup_path(self) -> Path | None:
        """Where the original of a migrated document was backed up."""

    @property
    def file_check(self) -> FileCheck | None:
        """What checking the file found on opening (size, format, integrity); None for a store without a file."""

    def unit_of_work(self) -> AbstractContextManager[UnitOfWork]:
        """One transaction for one user action; DocumentError when the store is read-only or closed."""

    def reading(self) -> AbstractContextManager[UnitOfWork]:
        """A unit of work for queries only: never writes, does not mark the store modified."""

    def watch(self, on_change: Callable[[frozenset[str]], None],
              on_online: Callable[[bool], None] | None = None) -> Callable[[], None]:
        """Listen for changes by OTHER sessions: ``on_change`` gets the entity kinds changed ("partner", "meta",
        ...), ``on_online`` hears when the connection is lost and when it is back; both are called from a
        background thread. Returns a function that stops listening. A file or memory never calls back."""

    def row_history(self, entity: str, entity_id: str) -> list[RowChange]:
        """Who changed this row, when and what, newest first; empty where no history is kept (file, memory)."""

    def save(self) -> None: ...

    def save_as(self, path: Path, *, overwrite: bool = True) -> None:
        """Write everything to the document file ``path``."""

    def close(self) -> None:
        """Let go of the data; unsaved changes are dropped."""


class StoreKind(Protocol):
    """How one kind of store is created and opened (``Document`` and ``MemoryStore`` as class methods)."""

    def create(self, location: Path, *, overwrite: bool = False) -> Store: ...

    def open(self, location: Path, *, read_only: bool = False) -> Store: ...
