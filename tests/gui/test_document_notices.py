"""Opening a document with a stray sidecar or changed outside Netzplaner tells the user, in the UI language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from netzplaner.gui.common import ask, i18n
from netzplaner.services import demo, queries
from tests import damaged_documents as damage

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def window(window):
    window.resize(1366, 697)
    return window


@pytest.mark.parametrize("lang, words", [("en", ("did not apply", "changed outside Netzplaner")),
                                         ("de", ("nicht übernommen", "außerhalb von Netzplaner geändert"))])
def test_a_stray_wal_and_an_outside_change_are_told_on_open(window, tmp_path, monkeypatch, lang, words, qtbot):
    i18n.install(lang)
    pristine = tmp_path / "pristine.netzplan"
    demo.write_demo(pristine)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    damage.stray_wal(pristine, scratch / "doc.netzplan")
    path = tmp_path / "doc.netzplan"
    damage.sql_edit("UPDATE partner SET city = 'Anderswo' WHERE rowid = 2")(pristine, path)
    shutil.copy(scratch / "doc.netzplan-wal", f"{path}-wal")  # after the edit: sqlite3 would have applied it
    told = []
    monkeypatch.setattr(ask, "info", lambda parent, title, text: told.append(text))
    ctrl = window.documents.open_path(path)
    assert ctrl is not None
    assert len(told) == 2 and words[0] in told[0] and "doc.netzplan-wal" in told[0] and words[1] in told[1]
    assert not [p for p in queries.list_partners(ctrl.workspace) if p.name.endswith(" WAL")]
    box = QMessageBox(QMessageBox.Icon.Information, "Open document", told[0], QMessageBox.StandardButton.Ok,
                      window)
    box.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(SHOTS / f"sidecar-notice-{lang}.png"))
    box.close()
