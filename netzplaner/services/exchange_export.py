"""Exports for other tools: Kumu's workbook, GraphML, GEXF and a CSV of the partners.

``exchange_data`` gathers frozen data from the document (partners, relationships, the latest quality index of
each relationship, contacts); ``export_exchange`` hands it to the writer of the chosen format, which writes the
file atomically. The board workbook is ``services.export``.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.entities import Contact
from ..domain.errors import ValidationError
from ..io.csv_export import write_partner_csv
from ..io.exchange import ExchangeData
from ..io.graph_export import write_gexf, write_graphml
from ..io.kumu import write_kumu_workbook
from . import queries
from .workspace import Workspace

WRITERS = {"kumu": write_kumu_workbook, "graphml": write_graphml, "gexf": write_gexf, "csv": write_partner_csv}
SUFFIXES = {"kumu": ".xlsx", "graphml": ".graphml", "gexf": ".gexf", "csv": ".csv"}


def exchange_data(ws: Workspace, *, lang: str = "de") -> ExchangeData:
    partners = sorted(queries.list_partners(ws), key=lambda p: (not p.is_own_firm, p.name.casefold()))
    relationships = queries.list_relationships(ws)
    latest = queries.latest_assessments(ws)
    with ws.reading() as uow:
        contacts: dict[str, list[Contact]] = {}
        for contact in uow.list("contact", order_by="name"):
            contacts.setdefault(contact.partner_id, []).append(contact)
        title = uow.meta().get("title", "")
    return ExchangeData(partners=partners, relationships=relationships,
                        quality={rid: a.quality_index for rid, a in latest.items()}, contacts=contacts,
                        lang="en" if lang == "en" else "de", title=title)


def format_of(path: Path | str, requested: str | None = None) -> str:
    """The exchange format for ``path``: the requested one, else by suffix (.graphml, .gexf, .csv)."""
    if requested:
        if requested not in WRITERS:
            raise ValidationError("format", "Unknown export format “{value}” (kumu, graphml, gexf or csv).",
                                  value=requested)
        return requested
    suffix = Path(path).suffix.lower()
    for name, ending in SUFFIXES.items():
        if suffix == ending and name != "kumu":
            return name
    raise ValidationError("format", "The export format cannot be told from “{name}”; use .graphml, .gexf or .csv, "
                                    "or .xlsx with the Kumu format.", name=Path(path).name)


def export_exchange(ws: Workspace, path: Path | str, fmt: str | None = None, *, lang: str = "de") -> Path:
    """Write the document in an exchange format (by ``fmt`` or the suffix of ``path``); return the path."""
    fmt = format_of(path, fmt)
    return WRITERS[fmt](exchange_data(ws, lang=lang), Path(path))
