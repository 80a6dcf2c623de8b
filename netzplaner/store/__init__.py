"""Store: the store protocol (``protocol``) and its implementations, the document file (``document``) and memory
(``memory``); the SQLAlchemy schema and the unit of work. The only layer importing SQLAlchemy.

``DocumentError`` and ``LockedError`` live in ``domain.errors`` with the other errors a user sees; they are
re-exported here for older imports. They load on first use, so that importing a light module of the store (the
protocol, the lock, the paths) on the start path does not load SQLAlchemy."""

from __future__ import annotations

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "Document", "DocumentError", "LockedError"]


def __getattr__(name: str):
    if name == "LockedError":
        from .lock import LockedError

        return LockedError
    if name in __all__:
        from . import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
