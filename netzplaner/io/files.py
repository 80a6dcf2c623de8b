"""Files in and out: refuse a file that cannot be an import before reading it; write so that a file appears
whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..domain.errors import NetzplanerError


def check_import_size(path: Path, limit: int) -> int:
    """The size of ``path``, after refusing a missing, empty or too large file with one sentence."""
    name = path.name
    if not path.is_file():
        raise NetzplanerError("{name} does not exist.", name=name)
    size = path.stat().st_size
    if size == 0:
        raise NetzplanerError("{name} is empty.", name=name)
    if size > limit:
        raise NetzplanerError("{name} is too large to import ({size} MB; at most {limit} MB).", name=name,
                              size=round(size / 2**20), limit=limit // 2**20)
    return size


@contextmanager
def atomic_write(path: Path | str, mode: str = "wb", **kwargs) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success it replaces ``path``, on failure it is removed."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise NetzplanerError("The folder {folder} does not exist.", folder=folder)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix + ".part", dir=folder)
    try:
        with os.fdopen(fd, mode, **kwargs) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        try:
            os.replace(tmp, path)
        except PermissionError:
            raise NetzplanerError("{name} cannot be replaced; it is probably open in another program: close it "
                                  "and export again.", name=path.name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
