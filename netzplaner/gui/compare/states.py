"""The states of a document one can compare: its saved snapshots, oldest first, then the document now (``None``).
Reading a state gives a ``services.network_read.NetworkRead`` either way (run it on the worker)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.network_read import NetworkRead, read_network
from ..common.i18n import shown_day


def list_states(ws) -> list:
    """Every state there is, oldest first: the snapshots (``SnapshotInfo``), then ``None`` (now)."""
    from ...services.snapshots import list_snapshots  # helper A's module (issue 12)

    return [*list_snapshots(ws), None]


def read_state(ws, state) -> NetworkRead:
    if state is None:
        return read_network(ws)
    from ...services.snapshots import read_snapshot

    return read_snapshot(ws, state.id)


def state_id(state) -> str | None:
    return None if state is None else state.id


def state_name(state) -> str:
    """„Label“ (date) of a snapshot, or "now"."""
    if state is None:
        return QCoreApplication.translate("CompareStates", "now")
    from ..snapshots.snapshot_model import shown_label  # an automatic state's label in the UI language

    return f"„{shown_label(state)}“ ({shown_day(state.taken_at)})"
