"""Document files as a front end handles them besides opening: recovery after a crash, a lock someone left behind,
checking a file, the program's own data folder. The GUI and the command line use this module and ``Workspace``;
they never import the store.

- ``find_orphans()``: working copies with edits left by a program that ended without closing them, newest first;
  ``recover(orphan)`` opens one as a workspace (unsaved, so the user decides), ``discard_orphan(orphan)`` drops it.
- ``break_lock(path, holder)``: remove the lock ``holder`` keeps on ``path``; False when it changed meanwhile.
- ``check_file(path)``: check a document without changing it (DocumentError with one sentence otherwise).
- ``data_dir()``: Netzplaner's own folder for this user (working copies, backups, the demo network).
- ``load_store()``: load what opening a document needs (SQLAlchemy, the schema) ahead of the first open.
"""

from __future__ import annotations

from ..store.orphans import Orphan, discard_orphan, find_orphans
from ..store.file_check import FileCheck, check_file
from ..store.lock import LockHolder, break_lock
from ..store.paths import data_dir
from .workspace import Workspace

__all__ = ["FileCheck", "LockHolder", "Orphan", "break_lock", "check_file", "data_dir", "discard_orphan",
           "find_orphans", "load_store", "recover"]


def recover(orphan: Orphan) -> Workspace:
    """The document of ``orphan`` with every edit committed before the crash, unsaved."""
    from ..store.document import Document  # SQLAlchemy: only once a document is opened

    return Workspace(Document.recover(orphan))


def load_store() -> None:
    """Load the document store (SQLAlchemy and the schema, about 0.3 s of CPU) before it is needed: the window
    calls this while the user reads the welcome page, so that the first File → Open does not wait for it."""
    from ..store import document  # noqa: F401  (imported for its loading)
