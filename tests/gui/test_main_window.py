"""The main window drives documents: new, open, save, close with questions, recent files, lock, bad files,
recovery, drop, language and font size. Modal questions are patched in ``netzplaner.gui.common.ask``."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from netzplaner.gui.common import ask
from netzplaner.gui.shell import lock_dialog
from netzplaner.services import partners, queries
from netzplaner.services.workspace import Workspace
from netzplaner.store import document as docmod

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "netz.netzplan"
    with Workspace.create(path) as ws:
        ws.execute(partners.create_partner(ws, name="Eyachtal GmbH", kind="company", is_own_firm=True))
        ws.execute(partners.create_partner(ws, name="Hochschule Nord", kind="university"))
        ws.save()
    return path


def names(path: Path) -> list[str]:
    with Workspace.open(path, read_only=True) as ws:
        return sorted(p.name for p in queries.list_partners(ws))


def trigger(window, name: str) -> None:
    window.findChild(type(window.act_new), name).trigger()


def test_starts_on_the_welcome_page(window):
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "Netzplaner"
    assert not window.act_save.isEnabled() and not window.act_new_partner.isEnabled()


def test_new_document_asks_for_path_and_own_firm(window, tmp_path, monkeypatch):
    target = tmp_path / "neu.netzplan"
    monkeypatch.setattr(ask, "save_path", lambda *a: str(target))
    monkeypatch.setattr(ask, "text", lambda *a, **k: "Eyachtal Präzisionsmaschinen GmbH")
    trigger(window, "actionNew")
    assert window.stack.currentWidget() is window.tabs
    assert names(target) == ["Eyachtal Präzisionsmaschinen GmbH"]
    assert "neu.netzplan" in window.windowTitle() and not window.isWindowModified()
    assert window.act_save.isEnabled()


def test_new_document_cancelled_at_the_own_firm_question(window, tmp_path, monkeypatch):
    monkeypatch.setattr(ask, "save_path", lambda *a: str(tmp_path / "neu.netzplan"))
    monkeypatch.setattr(ask, "text", lambda *a, **k: None)
    trigger(window, "actionNew")
    assert window.controller is None and not (tmp_path / "neu.netzplan").exists()


def test_edit_marks_modified_and_undo_to_clean_unmarks(window, doc):
    ctrl = window.documents.open_path(doc)
    assert not window.isWindowModified()
    uni = next(p for p in queries.list_partners(ctrl.workspace) if p.name == "Hochschule Nord")
    ctrl.run(partners.update_partner(ctrl.workspace, uni.id, name="Hochschule Süd"))
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    assert window.act_undo.isEnabled() and "Rename partner" in window.act_undo.text()
    trigger(window, "actionUndo")
    assert not window.isWindowModified() and ctrl.workspace.get("partner", uni.id).name == "Hochschule Nord"
    trigger(window, "actionRedo")
    assert window.isWindowModified()
    trigger(window, "actionSave")
    assert not window.isWindowModified() and "Hochschule Süd" in names(doc)


@pytest.mark.parametrize("answer, stays_open, saved", [
    (ask.Answer.CANCEL, True, False), (ask.Answer.DISCARD, False, False), (ask.Answer.SAVE, False, True)])
def test_closing_with_unsaved_changes_asks(window, doc, monkeypatch, answer, stays_open, saved):
    ctrl = window.documents.open_path(doc)
    ctrl.run(partners.create_partner(ctrl.workspace, name="Neu", kind="supplier"))
    asked = []
    monkeypatch.setattr(ask, "save_discard_cancel", lambda *a: asked.append(a[2]) or answer)
    window.close()
    assert asked and "netz.netzplan" in asked[0]
    assert window.isVisible() == stays_open
    assert (window.controller is not None) == stays_open
    assert ("Neu" in names(doc)) == saved


def test_closing_without_changes_does_not_ask(window, doc, monkeypatch):
    window.documents.open_path(doc)
    monkeypatch.setattr(ask, "save_discard_cancel", lambda *a: pytest.fail("asked without changes"))
    trigger(window, "actionClose")
    assert window.controller is None and window.stack.currentWidget() is window.welcome


def test_recent_files_reopen(window, doc):
    window.documents.open_path(doc)
    window.documents.close()
    assert window.welcome.recent_list.count() == 1
    window.welcome.recentRequested.emit(window.welcome.recent_list.item(0).data(Qt.ItemDataRole.UserRole))
    assert window.controller is not None and window.controller.path.resolve() == doc.resolve()
    assert [a.text() for a in window.menu_recent.actions()] == ["netz.netzplan"]


def test_a_bad_file_gets_the_stores_sentence(window, tmp_path, monkeypatch):
    bad = tmp_path / "liste.netzplan"
    bad.write_text("Firma;Ort\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: shown.append(text))
    assert window.documents.open_path(bad) is None
    assert shown == ["“liste.netzplan” is not a Netzplaner document."]
    assert window.controller is None and bad.read_text(encoding="utf-8") == "Firma;Ort\n"


HOLDER = textwrap.dedent("""
    import sys
    from netzplaner.store import Document
    doc = Document.open(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    doc.close()
""")


@pytest.mark.parametrize("read_only", [False, True])
def test_a_document_held_elsewhere_is_refused_or_opened_read_only(window, doc, monkeypatch, data_dir, read_only):
    env = {**os.environ, "PYTHONPATH": str(REPO), "NETZPLANER_DATA_DIR": str(data_dir)}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(doc)], env=env, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "holding"
        asked = []
        monkeypatch.setattr(lock_dialog, "ask_locked", lambda parent, path, holder: asked.append(holder) or (
            lock_dialog.LockChoice.READ_ONLY if read_only else lock_dialog.LockChoice.CANCEL))
        result = window.documents.open_path(doc)
        assert [h.pid for h in asked] == [holder.pid]  # the question names the holding process
        if read_only:
            assert result is not None and result.read_only
            assert "(read-only)" in window.windowTitle() and window.status_mode.text() == "Read-only"
        else:
            assert result is None and window.controller is None
    finally:
        if window.controller is not None:
            window.documents._drop()
        holder.communicate("\n", timeout=60)


def test_recovery_after_a_crash_is_offered(window, doc, monkeypatch):
    ws = Workspace.open(doc)
    ws.execute(partners.create_partner(ws, name="Ungespeichert", kind="cluster"))
    ws.store.engine.dispose()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    for file in (ws.store.info_file, Path(str(doc) + ".lock")):
        file.write_text(file.read_text().replace(f'"pid": {os.getpid()}', f'"pid": {dead.stdout.strip()}'))
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: True)
    window.offer_recovery()
    assert window.controller is not None and window.isWindowModified()
    assert "Ungespeichert" in [p.name for p in queries.list_partners(window.controller.workspace)]
    assert docmod.find_orphans() == []


def test_dropping_a_document_opens_it(window, doc):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.controller is not None and window.controller.path.resolve() == doc.resolve()


def test_language_switch_translates_the_window(window):
    window.apply_preferences(language="de", font_size=0, autosave=5)
    QApplication.processEvents()  # Qt posts LanguageChange to every widget
    assert window.menu_file.title() == "&Datei" and window.act_save.text() == "&Speichern"
    assert window.welcome.new_button.text() == "Neues Dokument…"
    window.apply_preferences(language="en", font_size=0, autosave=5)
    QApplication.processEvents()
    assert window.menu_file.title() == "&File" and window.welcome.new_button.text() == "New document…"


def test_undo_entries_made_before_a_language_switch_follow_it(window, doc):
    ctrl = window.documents.open_path(doc)
    ctrl.run(partners.create_partner(ctrl.workspace, name="Sprachtest", kind="platform"))
    assert ctrl.undo_stack.text(0).startswith("Add partner")
    window.apply_preferences(language="de", font_size=0, autosave=5)
    QApplication.processEvents()
    assert ctrl.undo_stack.text(0) == "Partner „Sprachtest“ hinzufügen"
    assert window.act_undo.text() == "Partner „Sprachtest“ hinzufügen &rückgängig machen"
    window.apply_preferences(language="en", font_size=0, autosave=5)
    QApplication.processEvents()
    assert ctrl.undo_stack.text(0).startswith("Add partner")


def test_font_size_for_the_projector(window):
    before = QApplication.font().pointSize()
    window.change_font_size(+4)
    assert QApplication.font().pointSize() == before + 4
    window.apply_preferences(language="en", font_size=0, autosave=5)
    assert QApplication.font().pointSize() == before


def test_autosave_writes_the_document(window, doc):
    ctrl = window.documents.open_path(doc)
    ctrl.run(partners.create_partner(ctrl.workspace, name="Autosave", kind="platform"))
    ctrl.autosave()
    assert "Autosave" in names(doc) and not window.isWindowModified()


def test_standard_shortcuts(window):
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.findChildren(type(window.act_new))}
    assert shortcuts["actionNew"] == "Ctrl+N" and shortcuts["actionOpen"] == "Ctrl+O"
    assert shortcuts["actionSave"] == "Ctrl+S" and shortcuts["actionUndo"] == "Ctrl+Z"
    assert shortcuts["actionRedo"] == "Ctrl+Y" and shortcuts["actionFind"] == "Ctrl+F"
    assert shortcuts["actionDeletePartner"] == "Del" and shortcuts["actionEditPartner"] == "F2"


def test_undo_entry_reads_as_german_sentence(window, doc):
    window.apply_preferences(language="de", font_size=0, autosave=5)
    QApplication.processEvents()
    try:
        ctrl = window.documents.open_path(doc)
        uni = next(p for p in queries.list_partners(ctrl.workspace) if p.name == "Hochschule Nord")
        ctrl.run(partners.update_partner(ctrl.workspace, uni.id, name="Hochschule Süd"))
        assert window.act_undo.text() == \
            "Partner „Hochschule Nord“ in „Hochschule Süd“ umbenennen &rückgängig machen"
    finally:
        window.apply_preferences(language="en", font_size=0, autosave=5)
