"""Store: the SQLAlchemy schema, the document file and the unit of work. The only layer importing SQLAlchemy."""

from .document import Document, DocumentError, SCHEMA_VERSION, APPLICATION_ID
from .lock import LockedError

__all__ = ["Document", "DocumentError", "LockedError", "SCHEMA_VERSION", "APPLICATION_ID"]
