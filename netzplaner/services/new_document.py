"""A new, empty document (``netzplaner new DOC [--firm NAME]``; the window's File → New does the same with the
name it asks for): optionally with the own firm, the centre of the map, in all three networks."""

from __future__ import annotations

from pathlib import Path

from ..domain.enums import Dimension, PartnerKind
from . import partners
from .workspace import Workspace


def create_document(path: Path | str, *, firm: str | None = None, overwrite: bool = False) -> None:
    """Write an empty document to ``path``, with the own firm ``firm`` when given. Raises DocumentError like
    ``Workspace.create`` (the file exists without ``overwrite``, the folder is missing) and ValidationError for a
    bad firm name; on such a failure no file is left behind."""
    path = Path(path)
    existed = path.exists()
    ws = Workspace.create(path, overwrite=overwrite)
    try:
        if firm is not None:
            ws.apply(partners.create_partner(ws, name=firm, kind=PartnerKind.COMPANY, dimensions=list(Dimension),
                                             is_own_firm=True))
        ws.save()
    except BaseException:
        ws.close()
        if not existed:
            path.unlink(missing_ok=True)
        raise
    ws.close()
