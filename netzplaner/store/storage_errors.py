"""The sentence for a database error the user can act on: a full disk, damaged content (no SQLAlchemy here: the
engine's error hook and the read-only reader ``sqlite_read`` both use it)."""

from __future__ import annotations

import re
import sqlite3

from ..domain.errors import DocumentError, NetzplanerError

_DAMAGED_TEXT = re.compile(r"could not decode|malformed|not a database|disk image", re.IGNORECASE)


def storage_error(name: str, error: BaseException) -> NetzplanerError | None:
    """The sentence for a database error the user can act on (a full disk, damaged content), else None."""
    original = getattr(error, "orig", error)
    text = str(original)
    if isinstance(original, sqlite3.Error) and (
            getattr(original, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in text):
        return DocumentError("disk_full", "There is not enough free disk space to keep the change to “{name}”; "
                             "free some space and try again. Nothing was lost.", name=name)
    if isinstance(original, (sqlite3.Error, UnicodeDecodeError)) and _DAMAGED_TEXT.search(text):
        return DocumentError("damaged", "“{name}” is damaged: part of its content cannot be read.", name=name)
    return None
