"""The automatic snapshot before a change of many rows (issue 12): a board-workbook import, a partner-list import
and a layout of all partners each keep the state before them, and returning to it gives that state back."""

from __future__ import annotations

from datetime import date

import openpyxl

from netzplaner.services import network_map, queries, snapshot_restore, snapshots
from netzplaner.services.demo import write_demo
from netzplaner.services.export import export_board_workbook
from netzplaner.services.network_read import read_network
from netzplaner.services.partner_import import import_partners
from netzplaner.services.roundtrip import import_board_workbook
from netzplaner.services.workspace import Workspace

TODAY = date(2026, 11, 1)


def _auto(ws, reason: str):
    return [s for s in snapshots.list_snapshots(ws) if s.reason == reason]


def test_a_partner_import_keeps_the_state_before_it(ws, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Firma;Ort\nAcme GmbH;Ulm\nBeta AG;Köln\n", encoding="utf-8")
    before = sorted(read_network(ws).partners["name"])
    import_partners(ws, path)
    assert ws.undo_text.startswith("Import")  # one step: the snapshot is part of the import
    [auto] = _auto(ws, "partner_import")
    assert auto.label == "Before importing a partner list" and snapshots.is_auto_label(auto)
    assert sorted(snapshots.read_snapshot(ws, auto.id).partners["name"]) == before
    ws.execute(snapshot_restore.restore_snapshot(ws, auto.id))
    assert sorted(read_network(ws).partners["name"]) == before
    ws.undo()
    ws.undo()  # the import undone: its snapshot goes with it
    assert _auto(ws, "partner_import") == []


def test_a_board_import_keeps_the_state_before_it(tmp_path):
    path = tmp_path / "demo.netzplan"
    write_demo(path, today=TODAY)
    with Workspace.open(path) as ws:
        exported = export_board_workbook(ws, tmp_path / "plan.xlsx", today=TODAY)
        action = next(a for a in queries.list_actions(ws) if a.status.value != "done")
        wb = openpyxl.load_workbook(exported)
        plan = wb["Maßnahmenplan"]
        header = [c.value for c in plan[1]]
        row = next(r for r in range(2, plan.max_row + 1) if plan.cell(r, header.index("ID") + 1).value == action.id)
        plan.cell(row, header.index("Status") + 1).value = "Erledigt"
        wb.save(tmp_path / "edited.xlsx")
        shipped = {s.id for s in snapshots.list_snapshots(ws)}
        assert import_board_workbook(ws, tmp_path / "edited.xlsx").applied
        [auto] = [s for s in _auto(ws, "board_import") if s.id not in shipped]
        then = {a.id: a.status for a in snapshots.read_snapshot(ws, auto.id).actions}
        assert then[action.id] == action.status
        ws.execute(snapshot_restore.restore_snapshot(ws, auto.id))
        assert {a.id: a.status for a in queries.list_actions(ws)}[action.id] == action.status


def test_arranging_all_partners_keeps_the_positions_before(ws):
    from netzplaner.services import partners

    for k in range(4):
        ws.execute(partners.create_partner(ws, name=f"P{k}", kind="company", pos_x=float(k), pos_y=0.0))
    before = read_network(ws).partners["pos_x"]
    data = network_map.load_map(ws)
    positions = network_map.layout_positions(data, "force")
    ws.execute(snapshots.snapshot_before(ws, "layout_all", network_map.place_partners(ws, data, positions, "force")))
    assert ws.undo_text == "Arrange 5 partners by connections"
    [auto] = _auto(ws, "layout_all")
    assert snapshots.read_snapshot(ws, auto.id).partners["pos_x"] == before


def test_no_automatic_snapshot_of_an_empty_network():
    ws = Workspace.in_memory("t")
    cmd = object.__new__(snapshots.TakeSnapshot)  # any command: it comes back unchanged
    assert snapshots.snapshot_before(ws, "partner_import", cmd) is cmd
