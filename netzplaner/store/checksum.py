"""A SHA-256 over the saved document, so that a file changed behind Netzplaner's back is not called intact.

Saving writes the document into a temp file and replaces the old one; just before, the digest of the temp
file's bytes is stored inside it, in a one-row table of its own. The digest covers every byte of the file
except the page of that table and the header fields every commit rewrites (change counter, "version valid
for", SQLite version), so storing it does not change what it covers. Any later change by another program
(a row edited through sqlite3, a stray ``-wal`` applied, a flipped byte) changes the digest.

Hashing the file is cheap (about 40 ms for 57 MB); a canonical dump of every row would cost 0.45 s at
20,000 partners, four times the whole save.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

TABLE = "netzplaner_checksum"
INTACT, CHANGED, NONE = "intact", "changed", "none"
_VOLATILE_HEADER = ((24, 28), (92, 100))  # change counter, version-valid-for, SQLite version number
_PLACEHOLDER = "0" * 64
_CHUNK = 1 << 20  # a multiple of every SQLite page size (512 .. 65536), so a page never spans two chunks


def file_digest(path: Path, skip_page: int, page_size: int) -> str:
    """SHA-256 of ``path`` with page ``skip_page`` (1-based) and the volatile header fields zeroed."""
    digest = hashlib.sha256()
    skip_start = (skip_page - 1) * page_size
    offset = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            end = offset + len(chunk)
            if offset == 0 or offset <= skip_start < end:
                buffer = bytearray(chunk)
                if offset == 0:
                    for start, stop in _VOLATILE_HEADER:
                        buffer[start:stop] = bytes(stop - start)
                if offset <= skip_start < end:
                    first = skip_start - offset
                    last = min(first + page_size, len(buffer))
                    buffer[first:last] = bytes(last - first)
                digest.update(buffer)
            else:
                digest.update(chunk)
            offset = end
    return digest.hexdigest()


def stamp(conn: sqlite3.Connection, path: Path) -> None:
    """Store the digest of the database file ``path`` (open as ``conn``, autocommit, no other writer) in it."""
    conn.execute("BEGIN")
    conn.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (sha256 TEXT NOT NULL)")
    conn.execute(f"DELETE FROM {TABLE}")
    conn.execute(f"INSERT INTO {TABLE} (sha256) VALUES (?)", (_PLACEHOLDER,))
    conn.execute("COMMIT")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (TABLE,)).fetchone()[0]
    value = file_digest(path, root, page_size)
    conn.execute("BEGIN")
    conn.execute(f"UPDATE {TABLE} SET sha256 = ?", (value,))  # same length: only the table's page changes
    conn.execute("COMMIT")


def verify(path: Path) -> str:
    """INTACT, CHANGED (the bytes differ from what Netzplaner saved) or NONE (no digest: an older version)."""
    with closing(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)) as conn:
        found = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?",
                             (TABLE,)).fetchone()
        if found is None:
            return NONE
        rows = conn.execute(f"SELECT sha256 FROM {TABLE}").fetchall()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    if len(rows) != 1 or not isinstance(rows[0][0], str) or not isinstance(found[0], int) or found[0] < 1:
        return CHANGED
    return INTACT if file_digest(path, found[0], page_size) == rows[0][0] else CHANGED
