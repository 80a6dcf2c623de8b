"""Store: the SQLAlchemy schema, the document file and the unit of work. The only layer importing SQLAlchemy."""

from .document import APPLICATION_ID, SCHEMA_VERSION, Document, DocumentError
from .lock import LockedError

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "Document", "DocumentError", "LockedError"]
