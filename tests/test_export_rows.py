"""The board workbook's relationships as a view of the read's columns (``services.export.ColumnRows``): the same
rows, in the same order, however they are read."""

from __future__ import annotations

from datetime import date

from netzplaner.io.board_workbook import RelationshipRow
from netzplaner.services import demo
from netzplaner.services.export import ColumnRows, board_data
from netzplaner.services.network_read import read_network
from netzplaner.services.workspace import Workspace


def test_the_relationships_are_the_reads_rows(tmp_path):
    path = tmp_path / "demo.netzplan"
    demo.write_demo(path, lang="de")
    with Workspace.open(path, read_only=True) as ws:
        read = read_network(ws)
        data = board_data(ws, read=read, today=date(2026, 12, 1))
    r = read.relationships
    rows = [RelationshipRow(*values) for values in zip(r["id"], r["source_id"], r["target_id"], r["kind"],
                                                       r["strength"], r["since"])]
    view = data.relationships
    assert isinstance(view, ColumnRows) and len(view) == len(rows) > 20
    assert list(view) == rows and all(type(row) is RelationshipRow for row in view)
    assert [view[k] for k in range(len(rows))] == rows and view[-1] == rows[-1]
    assert view[3:9] == rows[3:9] and view[::-2] == rows[::-2]
    assert view[5].source_id == rows[5].source_id and view[5].since == rows[5].since
