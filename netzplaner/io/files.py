"""Files in and out: refuse a file that cannot be an import before reading it; write so that a file appears
whole or not at all."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..domain.errors import NetzplanerError
from ..domain.files import adopt_file_attributes, refuse_bad_windows_name, replace_file


def check_import_size(path: Path, limit: int) -> int:
    """The size of ``path``, after refusing a missing, empty or too large file with one sentence."""
    name = path.name
    try:
        info = os.stat(path)
    except OSError:
        raise NetzplanerError("{name} does not exist.", name=name)
    if stat.S_ISDIR(info.st_mode):
        raise NetzplanerError("“{name}” is a folder; please choose a file.", name=name)
    if not stat.S_ISREG(info.st_mode):  # a named pipe would block the reader for ever
        raise NetzplanerError("“{name}” is not a regular file (perhaps a pipe or a device); it cannot be imported.",
                              name=name)
    size = info.st_size
    if size == 0:
        raise NetzplanerError("{name} is empty.", name=name)
    if size > limit:
        raise NetzplanerError("{name} is too large to import ({size} MB; at most {limit} MB).", name=name,
                              size=round(size / 2**20), limit=limit // 2**20)
    return size


@contextmanager
def atomic_write(path: Path | str, mode: str = "wb", **kwargs) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success it replaces ``path``, on failure it is removed.

    The new file gets the permissions of the file it replaces, or the user's usual ones (0666 less the umask),
    never the private 0600 of a temp file. Every error names ``path``, never the internal temp name."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise NetzplanerError("The folder {folder} does not exist.", folder=folder)
    if path.is_dir():
        raise NetzplanerError("“{name}” is a folder; please choose a file name.", name=path.name)
    refuse_bad_windows_name(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix + ".part", dir=folder)
    except OSError as exc:
        raise _write_error(path, exc)
    try:
        adopt_file_attributes(fd, path)
        with os.fdopen(fd, mode, **kwargs) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        replace_file(Path(tmp), path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _write_error(path, exc)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_error(path: Path, exc: OSError) -> NetzplanerError:
    if exc.errno == errno.ENOSPC:
        return NetzplanerError("{name} could not be written: the disk is full.", name=path.name)
    if isinstance(exc, PermissionError):
        return NetzplanerError("{name} could not be written: the folder is write-protected.", name=path.name)
    return NetzplanerError("{name} could not be written: {reason}.", name=path.name,
                           reason=exc.strerror or type(exc).__name__)
