"""Store: the store protocol (``protocol``) and its implementations, the document file (``document``) and memory
(``memory``); the SQLAlchemy schema and the unit of work. The only layer importing SQLAlchemy.

``DocumentError`` and ``LockedError`` live in ``domain.errors`` with the other errors a user sees; they are
re-exported here for older imports."""

from .document import APPLICATION_ID, SCHEMA_VERSION, Document, DocumentError
from .lock import LockedError

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "Document", "DocumentError", "LockedError"]
