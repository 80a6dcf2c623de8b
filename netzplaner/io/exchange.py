"""What the exchange formats (CSV, Kumu, GraphML, GEXF) are written from, and how a file is written safely.

``ExchangeData`` is plain frozen data gathered by ``services.exchange_export``; ``atomic_write`` writes to a
temporary file in the target's folder and renames it over the target, so a failed export never leaves half a file
and never destroys the previous one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..domain.entities import Contact, Partner, Relationship
from ..domain.enums import Dimension
from ..domain.errors import NetzplanerError
from ..domain.vocabulary import label


@dataclass(frozen=True)
class ExchangeData:
    partners: Sequence[Partner]
    relationships: Sequence[Relationship]
    quality: Mapping[str, float | None] = field(default_factory=dict)  # relationship id -> latest quality index
    contacts: Mapping[str, Sequence[Contact]] = field(default_factory=dict)  # partner id -> contacts
    lang: str = "de"
    title: str = ""

    def names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.partners}

    def dimension_labels(self, partner: Partner) -> list[str]:
        return [label(d, self.lang) for d in Dimension if d in partner.dimensions]


def words(lang: str) -> Callable[[str, str], str]:
    """``w("Deutsch", "English")`` picks the language of the export."""
    return (lambda de, en: en) if lang == "en" else (lambda de, en: de)


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
