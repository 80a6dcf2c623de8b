"""Writing a document file: all or nothing, stamped with its checksum, as the user left the file.

The document is written into a hidden temp file beside it (``.NAME.<hex>.tmp``), made durable, and then
replaces the document in one step. The temp file takes over the document's mode, owner and group first, and
a symlinked document is written where the link points (the link stays a link).
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from ..domain.errors import NetzplanerError
from ..domain.files import adopt_file_attributes, replace_file
from . import checksum
from .file_check import APPLICATION_ID, DocumentError


def real_target(target: Path) -> Path:
    """The file a save really writes: through any symlinks, so that the link keeps pointing at the saved file."""
    target = Path(target)
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")


def _leftover_pattern(target: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(target.name)}\.[0-9a-f]{{8}}\.tmp(-journal|-wal|-shm)?")


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; os.replace is durable enough there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(source: sqlite3.Connection, target: Path) -> None:
    """Copy the database behind ``source`` to ``target`` as one self-contained file, all or nothing.

    Raises DocumentError with one sentence naming ``target`` (never the temp file) when it cannot."""
    shown = Path(target)
    target = real_target(shown)
    tmp = _temp_name(target)
    try:
        with closing(sqlite3.connect(tmp, isolation_level=None)) as dest:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.execute("PRAGMA synchronous = OFF")  # the whole file is fsynced below, before it counts
            dest.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            checksum.stamp(dest, tmp)
        fd = os.open(tmp, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            adopt_file_attributes(fd, target)
            os.fsync(fd)
        finally:
            os.close(fd)
        replace_file(tmp, target)
        _fsync_dir(target.parent)
    except NetzplanerError:  # a folder, a write-protected folder, a file another program holds
        _remove_temp(tmp)
        raise
    except (OSError, sqlite3.Error) as exc:
        _remove_temp(tmp)
        raise _save_error(shown, exc) from exc
    except BaseException:
        _remove_temp(tmp)
        raise


def _remove_temp(tmp: Path) -> None:
    for leftover in (tmp, Path(f"{tmp}-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def _save_error(target: Path, exc: OSError | sqlite3.Error) -> DocumentError:
    text = str(exc).lower()
    if getattr(exc, "errno", None) == errno.ENOSPC or "disk is full" in text or \
            getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        return DocumentError("disk_full", "“{name}” could not be saved: the disk is full. Your changes are kept; "
                             "free some space and save again.", name=target.name)
    if isinstance(exc, PermissionError) or "unable to open database" in text or "readonly" in text:
        return DocumentError("write_failed", "“{name}” could not be saved: the folder cannot be written. Your "
                             "changes are kept; use Save As to choose another folder.", name=target.name)
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return DocumentError("write_failed", "“{name}” could not be saved: {reason}.", name=target.name,
                         reason=reason)


def remove_save_leftovers(document: Path) -> list[Path]:
    """Delete the hidden temp files a killed save left beside ``document`` (call only while holding its lock)."""
    target = real_target(document)
    pattern = _leftover_pattern(target)
    removed = []
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    for name in names:
        if pattern.fullmatch(name):
            leftover = target.parent / name
            try:
                leftover.unlink()
                removed.append(leftover)
            except OSError:
                continue
    return removed
