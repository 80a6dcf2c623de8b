"""A document locked by someone else: the question names the holder and offers read-only, breaking the lock
(after a warning) or cancel. The boxes are driven for real once; the flows patch ``lock_dialog``'s questions."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from netzplaner.gui.common import ask, i18n
from netzplaner.gui.shell import lock_dialog
from netzplaner.gui.shell.lock_dialog import LockChoice
from netzplaner.services import partners, queries
from netzplaner.services.workspace import Workspace
from netzplaner.store.lock import LockHolder, lock_path_for, read_holder

REPO = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("NETZPLANER_SHOTS", "/tmp/netzplaner-shots"))


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "netz.netzplan"
    with Workspace.create(path) as ws:
        ws.execute(partners.create_partner(ws, name="Eyachtal GmbH", kind="company", is_own_firm=True))
        ws.save()
    return path


def foreign_lock(doc: Path, minutes_ago: float = 3) -> Path:
    """A lock left by a laptop in another office (its process id means nothing here)."""
    path = lock_path_for(doc)
    path.write_text(json.dumps({"user": "anna.berger", "host": "LAPTOP-BUERO7", "pid": 4242,
                                "since": "30.11.2026 09:14", "started": "win:133771234567890000",
                                "heartbeat": time.time() - minutes_ago * 60, "token": "a" * 32}), encoding="utf-8")
    then = time.time() - minutes_ago * 60
    os.utime(path, (then, then))
    return path


def click_in_modal(qtbot, button_name: str | None) -> None:
    """Answer the next modal box by clicking one of its buttons (None: press Escape)."""
    def answer():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, answer)
            return
        if button_name is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            box.findChild(QPushButton, button_name).click()
    QTimer.singleShot(0, answer)


def test_the_question_names_the_holder_and_the_last_sign_of_life(window, doc):
    holder = read_holder(foreign_lock(doc))
    box = lock_dialog.locked_box(window, doc, holder)
    text = box.text()
    assert "anna.berger" in text and "LAPTOP-BUERO7" in text and "30.11.2026 09:14" in text
    assert "Last sign of life:" in text and time.strftime("%d.%m.%Y", time.localtime(holder.heartbeat)) in text
    assert "(3 min ago)" in text
    buttons = {b.objectName(): b.text() for b in box.findChildren(QPushButton)}
    assert buttons["openReadOnlyButton"] == "Open read-only" and buttons["breakLockButton"] == "Break the lock…"
    assert "cancelButton" in buttons and box.defaultButton().objectName() == "openReadOnlyButton"
    SHOTS.mkdir(parents=True, exist_ok=True)
    box.show()
    box.grab().save(str(SHOTS / "lock-question.png"))
    box.close()


def test_an_unreadable_lock_is_shown_as_an_unknown_holder(window, doc):
    lock_path_for(doc).write_bytes(b"\x00\xff garbage")
    holder = read_holder(lock_path_for(doc))
    text = lock_dialog.holder_text(doc, holder)
    assert text.startswith("“netz.netzplan” is locked, but the lock file cannot be read, so it is not known who")
    assert "Last sign of life:" in text and "less than a minute ago" in text


@pytest.mark.parametrize(("button", "choice"), [("openReadOnlyButton", LockChoice.READ_ONLY),
                                                ("breakLockButton", LockChoice.BREAK), (None, LockChoice.CANCEL)])
def test_the_question_returns_the_answer_clicked(window, doc, qtbot, button, choice):
    holder = read_holder(foreign_lock(doc))
    click_in_modal(qtbot, button)
    assert lock_dialog.ask_locked(window, doc, holder) is choice


@pytest.mark.parametrize(("button", "confirmed"), [("confirmBreakButton", True), ("cancelButton", False),
                                                   (None, False)])
def test_breaking_asks_again_with_a_warning(window, doc, qtbot, button, confirmed):
    holder = read_holder(foreign_lock(doc))
    box = lock_dialog.break_box(window, doc, holder)
    assert box.icon() == QMessageBox.Icon.Warning and box.defaultButton().objectName() == "cancelButton"
    assert "anna.berger" in box.informativeText() and "unsaved changes could be lost" in box.informativeText()
    if button == "confirmBreakButton":
        box.show()
        box.grab().save(str(SHOTS / "lock-break-warning.png"))
        box.close()
    click_in_modal(qtbot, button)
    assert lock_dialog.confirm_break(window, doc, holder) is confirmed


def test_breaking_a_crashed_laptops_lock_opens_the_document_for_editing(window, doc, monkeypatch):
    lock_file = foreign_lock(doc)
    asked = []
    monkeypatch.setattr(lock_dialog, "ask_locked", lambda parent, path, holder: asked.append(holder) or
                        LockChoice.BREAK)
    monkeypatch.setattr(lock_dialog, "confirm_break", lambda parent, path, holder: asked.append(path) or True)
    controller = window.documents.open_path(doc)
    assert [asked[0].user, asked[0].host, asked[1]] == ["anna.berger", "LAPTOP-BUERO7", doc]
    assert controller is not None and not controller.read_only
    assert read_holder(lock_file).host == socket.gethostname() and read_holder(lock_file).pid == os.getpid()
    controller.run(partners.create_partner(controller.workspace, name="Nach dem Aufheben", kind="cluster"))
    assert window.documents.save()
    assert "Nach dem Aufheben" in [p.name for p in queries.list_partners(controller.workspace)]


@pytest.mark.parametrize("choice", [LockChoice.CANCEL, LockChoice.BREAK])
def test_cancel_or_a_second_thought_leaves_the_lock_alone(window, doc, monkeypatch, choice):
    lock_file = foreign_lock(doc)
    before = lock_file.read_bytes()
    monkeypatch.setattr(lock_dialog, "ask_locked", lambda *a: choice)
    monkeypatch.setattr(lock_dialog, "confirm_break", lambda *a: False)
    assert window.documents.open_path(doc) is None and window.controller is None
    assert lock_file.read_bytes() == before


def test_the_lock_is_not_broken_when_it_changed_during_the_question(window, doc, monkeypatch):
    lock_file = foreign_lock(doc)

    def someone_else_takes_it(parent, path, holder: LockHolder):
        lock_file.write_text(lock_file.read_text().replace("a" * 32, "b" * 32).replace("anna.berger", "jens"))
        return LockChoice.BREAK

    shown = []
    monkeypatch.setattr(lock_dialog, "ask_locked", someone_else_takes_it)
    monkeypatch.setattr(lock_dialog, "confirm_break", lambda *a: True)
    monkeypatch.setattr(ask, "error", lambda parent, title, text: shown.append(text))
    assert window.documents.open_path(doc) is None
    assert shown == ["The lock of “netz.netzplan” was not broken: it changed in the meantime, someone else has "
                     "opened the document now."]
    assert read_holder(lock_file).user == "jens"


HOLDER = textwrap.dedent("""
    import sys
    from netzplaner.services import partners
    from netzplaner.services.workspace import Workspace
    from netzplaner.domain.errors import NetzplanerError
    ws = Workspace.open(sys.argv[1])
    ws.execute(partners.create_partner(ws, name="Ungespeichert beim Kollegen", kind="cluster"))
    print("holding", flush=True)
    sys.stdin.readline()
    try:
        ws.save()
        print("saved")
    except NetzplanerError as exc:
        print("refused:", exc)
    ws.close()
""")


def test_the_former_holder_cannot_overwrite_after_the_lock_was_broken(window, doc, monkeypatch, data_dir):
    env = {**os.environ, "PYTHONPATH": str(REPO), "NETZPLANER_DATA_DIR": str(data_dir)}
    colleague = subprocess.Popen([sys.executable, "-c", HOLDER, str(doc)], env=env, text=True,
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert colleague.stdout.readline().strip() == "holding"
        monkeypatch.setattr(lock_dialog, "ask_locked", lambda parent, path, holder: LockChoice.BREAK)
        monkeypatch.setattr(lock_dialog, "confirm_break", lambda *a: True)
        controller = window.documents.open_path(doc)
        assert controller is not None and not controller.read_only
        controller.run(partners.create_partner(controller.workspace, name="Hier bearbeitet", kind="cluster"))
        assert window.documents.save()
        out, err = colleague.communicate("\n", timeout=60)
        assert out.strip().startswith("refused: Someone else has broken the lock of “netz.netzplan”"), err
    finally:
        if colleague.poll() is None:
            colleague.kill()
    window.documents._drop()
    with Workspace.open(doc, read_only=True) as ws:
        assert sorted(p.name for p in queries.list_partners(ws)) == ["Eyachtal GmbH", "Hier bearbeitet"]


def test_the_question_speaks_german(window, doc):
    i18n.install("de")
    holder = read_holder(foreign_lock(doc))
    box = lock_dialog.locked_box(window, doc, holder)
    assert "ist seit 30.11.2026 09:14 von anna.berger auf dem Computer LAPTOP-BUERO7 geöffnet." in box.text()
    assert "Letztes Lebenszeichen:" in box.text() and "vor 3 Min." in box.text()
    buttons = {b.objectName(): b.text() for b in box.findChildren(QPushButton)}
    assert buttons["openReadOnlyButton"] == "Schreibgeschützt öffnen"
    assert buttons["breakLockButton"] == "Sperre aufheben…"
    warning = lock_dialog.break_box(window, doc, holder)
    assert warning.windowTitle() == "Sperre aufheben" and "nicht gespeicherten Änderungen" in warning.informativeText()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name, shown in (("lock-question-de.png", box), ("lock-break-warning-de.png", warning)):
        shown.show()
        shown.grab().save(str(SHOTS / name))
        shown.close()
