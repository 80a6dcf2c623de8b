"""The public Python API: open a document and reach the services.

    from netzplaner import api
    with api.open_document("netz.netzplan") as doc:
        uni = doc.execute(api.partners.create_partner(doc, name="Hochschule Nord", kind="university",
                                                      dimensions=["regional"]))
        print([p.name for p in api.queries.list_partners(doc)])
        doc.save()

Every edit is a reversible command: ``doc.execute`` applies it, ``doc.undo``/``doc.redo`` step through them,
``doc.save`` writes the document file; leaving the ``with`` block closes it (unsaved edits are dropped). A team
network (``api.open_document("postgresql://anna@server/netz")``) is always saved: each step is committed on the
server.

What the command line does, scripts do too, over the same services: ``check`` (the network check, as
``netzplaner check``; ``check_report`` its JSON dictionary), ``export_board`` (the board workbook),
``import_partners`` (a partner list, Kumu or Gephi) and ``import_board_workbook`` (the board's changes); each
import is one undoable step, ``dry_run=True`` only reports. Words (kinds, networks, statuses, ...) may be given
as codes or in German or English ("university", "Hochschule"): ``domain/vocabulary.py`` is the one table.

Snapshots ("Stände"): ``doc.execute(api.snapshots.take_snapshot(doc, "Workshop Frühjahr 2026"))``,
``api.snapshots.list_snapshots(doc)``, ``read_snapshot(doc, id)`` (the frozen network, as the check reads the
document), ``find_snapshot(doc, "label or YYYY-MM-DD")``, ``rename_snapshot``, ``delete_snapshot``,
``restore_snapshot`` (commands), ``open_snapshot`` (read-only, in memory) and ``copy_snapshot(doc, id, path)``.
"""

from __future__ import annotations

from pathlib import Path

from .domain.errors import DocumentError, LockedError, NetzplanerError, ValidationError
from .services import goals, partners, queries, relationships, snapshots
from .services.export import export_board
from .services.network_check import NetworkCheckReport, check_network
from .services.network_check import report_to_dict as _report_to_dict
from .services.partner_import import PartnerImportReport, import_partners
from .services.roundtrip import ImportReport, import_board_workbook
from .services.workspace import Workspace


def open_document(location: str | Path, *, read_only: bool = False, password: str | None = None) -> Workspace:
    """Open an existing ``.netzplan`` document (checked, locked, older formats migrated), or a team network when
    ``location`` is a ``postgresql://user@host:5432/dbname`` address (``password`` goes to the server only; without
    it libpq's ``.pgpass``, service file or ``PGPASSWORD`` is used)."""
    return Workspace.open(location, read_only=read_only, password=password)


def create_document(path: str | Path, *, overwrite: bool = False) -> Workspace:
    """Create a new, empty document."""
    return Workspace.create(path, overwrite=overwrite)


def create_in_memory(name: str | None = None) -> Workspace:
    """A new, empty network in memory only (no file, no lock); ``save_as(path)`` writes it to a document."""
    return Workspace.in_memory(name)


def check(doc: Workspace) -> NetworkCheckReport:
    """The network check of ``doc`` as ``netzplaner check`` runs it: figures per network, brokers, cut points,
    concentration, communities, plans and the ranked recommendations."""
    return check_network(doc)


def check_report(doc: Workspace) -> dict:
    """The network check as ``netzplaner check --json`` prints its check part (stable keys, ``"schema": 1``)."""
    return _report_to_dict(check_network(doc))


__all__ = ["open_document", "create_document", "create_in_memory", "partners", "relationships", "goals", "queries", "snapshots", "Workspace",
           "check", "check_report", "export_board", "import_partners", "import_board_workbook",
           "NetworkCheckReport", "PartnerImportReport", "ImportReport",
           "NetzplanerError", "ValidationError", "DocumentError", "LockedError"]
