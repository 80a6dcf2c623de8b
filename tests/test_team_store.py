"""The team network on a real PostgreSQL server (issue 14): roles, concurrent sessions, notifications, the change
log, the version trigger, copies to a file, and one sentence for each way opening fails. No mocks: every test
talks to the throwaway cluster of ``tests/pg_server.py``."""

from __future__ import annotations

import logging
import sys
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from netzplaner.domain.errors import DocumentError, StaleEditError
from netzplaner.services import partners, queries
from netzplaner.services.workspace import Workspace
from netzplaner.store import team as team_module
from netzplaner.services.team import grant_role, init_team
from tests.conftest import dump_state, with_own_firm

PASSWORD = "s3cret-Wort"


@pytest.fixture
def team_url(pg_server):
    """The superuser's URL of a fresh database set up as a team network."""
    url = pg_server.new_database()
    init_team(url)
    return url


@pytest.fixture
def team(team_url):
    """A workspace on the team network with an own firm."""
    ws = with_own_firm(Workspace.open(team_url))
    yield ws
    ws.close()


def _user(pg_server, team_url, role: str) -> str:
    """A login role with ``PASSWORD`` granted ``role`` on the team network; returns its URL (password separate)."""
    dbname = team_url.rsplit("/", 1)[1]
    name = f"{role}_{dbname}"
    pg_server.create_user(name, PASSWORD)
    grant_role(team_url, name, role)
    return pg_server.url_for(dbname, name)


def _partner(ws, name="Hochschule Zollernalb") -> str:
    return ws.execute(partners.create_partner(ws, name=name, kind="university", city="Albstadt")).entity_id


def _version(ws, partner_id) -> int:
    with ws.reading() as uow:
        return uow.column_values("partner", [partner_id], ["city"])[partner_id]["version"]


# -- identity ------------------------------------------------------------------------------------------------

def test_a_team_network_names_its_server_and_user_and_is_always_saved(team, team_url):
    dbname = team_url.rsplit("/", 1)[1]
    assert team.kind == "team" and team.always_saved and team.path is None
    assert team.display_name == f"{dbname} on 127.0.0.1"
    assert team.location == team_url.replace(":throwaway-superuser-secret", "")
    assert team.user == "postgres" and not team.read_only
    _partner(team)
    team.save()
    assert not team.modified  # nothing to save: each step is committed on the server


# -- roles ---------------------------------------------------------------------------------------------------

def test_a_reader_opens_read_only_and_an_editor_may_write(pg_server, team_url, team):
    reader = Workspace.open(_user(pg_server, team_url, "reader"), password=PASSWORD)
    editor = Workspace.open(_user(pg_server, team_url, "editor"), password=PASSWORD)
    try:
        assert reader.read_only and reader.user.startswith("reader_")
        assert [p.name for p in queries.list_partners(reader)] == [p.name for p in queries.list_partners(team)]
        with pytest.raises(DocumentError, match="You may only read") as refused:
            _partner(reader)
        assert refused.value.kind == "read_only"
        assert not editor.read_only
        uni = _partner(editor)
        assert team.get("partner", uni).city == "Albstadt"
        assert [c.user for c in reader.row_history("partner", uni)] == [editor.user]  # readers see the history
    finally:
        reader.close(), editor.close()


def test_the_server_refuses_a_readers_write_with_one_sentence(pg_server, team_url, team, monkeypatch):
    url = _user(pg_server, team_url, "reader")
    monkeypatch.setattr(team_module, "may_write", lambda conn: True)  # as if the window had not noticed
    reader = Workspace.open(url, password=PASSWORD)
    try:
        assert not reader.read_only
        before = dump_state(team)
        with pytest.raises(DocumentError) as refused:
            _partner(reader)
        assert refused.value.kind == "read_only"
        assert str(refused.value) == (f"The server refused the change: you may only read “{reader.display_name}”. "
                                      "Ask its administrator for the editor role.")
        assert refused.value.__cause__ is None or "Traceback" not in str(refused.value)
        assert dump_state(team) == before
    finally:
        reader.close()


def test_grant_moves_a_user_between_roles_and_creates_missing_login_roles(pg_server, team_url):
    dbname = team_url.rsplit("/", 1)[1]
    user = f"neu_{dbname}"
    assert grant_role(team_url, user, "editor") is True
    assert grant_role(team_url, user, "reader") is False
    member_of = pg_server.execute(
        "SELECT b.rolname FROM pg_auth_members m JOIN pg_roles a ON a.oid = m.member "
        f"JOIN pg_roles b ON b.oid = m.roleid WHERE a.rolname = '{user}'")
    assert member_of == [(f"{dbname}_reader",)]
    assert pg_server.execute(f"SELECT rolpassword IS NULL FROM pg_authid WHERE rolname = '{user}'") == [(True,)]
    with pytest.raises(DocumentError, match="editor or reader"):
        grant_role(team_url, user, "admin")


def test_init_refuses_a_database_that_already_holds_a_network(team_url):
    with pytest.raises(DocumentError, match="already holds a team network") as refused:
        init_team(team_url)
    assert refused.value.kind == "exists"


def test_opening_an_empty_database_says_how_to_set_it_up(pg_server):
    url = pg_server.new_database()
    with pytest.raises(DocumentError, match="holds no team network yet; .*netzplaner team init"):
        Workspace.open(url)


# -- several sessions at once ------------------------------------------------------------------------------

def test_two_sessions_edit_the_same_partner_the_second_is_refused_and_nothing_is_lost(team_url, team):
    uni = _partner(team)
    other = Workspace.open(team_url)
    try:
        loaded = _version(other, uni)  # the second person's dialog loads the partner
        team.execute(partners.update_partner(team, uni, city="Balingen"))
        with pytest.raises(StaleEditError, match="Hochschule Zollernalb"):
            with other.store.unit_of_work() as uow:
                uow.update("partner", uni, {"city": "Hechingen"}, expected=loaded)
        assert other.get("partner", uni).city == "Balingen"
        other.execute(partners.update_partner(other, uni, notes="Labor"))  # their own edit
        team.execute(partners.update_partner(team, uni, notes="Werkstatt"))  # then mine on top
        with pytest.raises(StaleEditError, match="changed after this step"):
            other.undo()  # would overwrite my notes
        assert (team.get("partner", uni).city, team.get("partner", uni).notes) == ("Balingen", "Werkstatt")
    finally:
        other.close()


def test_a_waiting_session_sees_the_new_version_and_refuses_its_stale_edit(team_url, team):
    """Both sessions check the same version at once: the row lock makes the second wait, then refuse."""
    uni = _partner(team)
    loaded = _version(team, uni)
    other = Workspace.open(team_url)
    first_holds, outcome = threading.Event(), {}

    def second() -> None:
        first_holds.wait(5)
        try:
            with other.store.unit_of_work() as uow:
                uow.update("partner", uni, {"city": "Hechingen"}, expected=loaded)
            outcome["result"] = "written"
        except StaleEditError:
            outcome["result"] = "refused"

    thread = threading.Thread(target=second)
    thread.start()
    try:
        with team.store.unit_of_work() as uow:
            uow.update("partner", uni, {"city": "Balingen"}, expected=loaded)
            first_holds.set()
            time.sleep(0.5)  # the second session is now waiting for the row
        thread.join(10)
        assert outcome == {"result": "refused"}
        assert team.get("partner", uni).city == "Balingen"
    finally:
        other.close()


def test_a_raw_sql_update_raises_the_version_so_undo_refuses(pg_server, team_url, team):
    uni = _partner(team)
    team.execute(partners.update_partner(team, uni, city="Balingen"))
    before = _version(team, uni)
    dbname = team_url.rsplit("/", 1)[1]
    pg_server.execute(f"UPDATE partner SET notes = 'per SQL' WHERE id = '{uni}'", dbname)
    assert _version(team, uni) == before + 1
    with pytest.raises(StaleEditError):
        team.undo()
    assert team.get("partner", uni).city == "Balingen"


# -- notifications -------------------------------------------------------------------------------------------

def _watching(ws):
    heard: list[frozenset[str]] = []
    arrived = threading.Event()

    def on_change(kinds):
        heard.append(kinds)
        arrived.set()
    stop = ws.watch(on_change)
    listener = ws.store._listeners[-1]
    assert listener.listening.wait(5), "the listener did not start"
    return heard, arrived, stop


def test_a_change_reaches_the_other_session_within_two_seconds_and_not_its_own(team_url, team):
    other = Workspace.open(team_url)
    try:
        heard_here, _, stop_here = _watching(team)
        heard_there, arrived, stop_there = _watching(other)
        started = time.monotonic()
        _partner(team)
        assert arrived.wait(2), "the other session heard nothing within 2 s"
        assert time.monotonic() - started < 2
        assert heard_there[0] == frozenset({"partner"})
        time.sleep(0.5)
        assert heard_here == []  # my own change is not news to me
        arrived.clear()
        other.execute(partners.update_partner(other, queries.own_firm(other).id, city="Hechingen"))
        time.sleep(0.5)
        assert heard_here == [frozenset({"partner"})]
        stop_here(), stop_there()
        _partner(team, "Nach dem Stopp")
        time.sleep(0.5)
        assert len(heard_there) == 1  # stopped listeners hear nothing
    finally:
        other.close()


def test_the_listener_reports_the_server_gone_and_back(pg_server, team_url, team):
    online: list[bool] = []
    heard: list[frozenset[str]] = []
    stop = team.watch(heard.append, online.append)
    assert team.store._listeners[-1].listening.wait(5)
    pg_server.stop()
    try:
        deadline = time.monotonic() + 10
        while not online and time.monotonic() < deadline:
            time.sleep(0.1)
        assert online == [False]
        with pytest.raises(DocumentError) as offline:
            _partner(team, "Während der Pause")
        assert offline.value.kind == "offline"
    finally:
        pg_server.start()
    deadline = time.monotonic() + 15
    while online[-1] is not True and time.monotonic() < deadline:
        time.sleep(0.1)
    assert online == [False, True]
    assert heard and "partner" in heard[-1]  # what we may have missed: reload everything
    assert _partner(team, "Nach der Pause")  # the pool reconnects by itself
    stop()


# -- the change log ------------------------------------------------------------------------------------------

def test_row_history_shows_who_changed_what_and_when(pg_server, team_url, team):
    editor = Workspace.open(_user(pg_server, team_url, "editor"), password=PASSWORD)
    try:
        started = datetime.now(timezone.utc) - timedelta(seconds=5)
        uni = _partner(team)
        editor.execute(partners.update_partner(editor, uni, city="Balingen", notes="Labor"))
        editor.execute(partners.delete_partner(editor, uni))
        history = team.row_history("partner", uni)
        assert [(c.action, c.user) for c in history] == [
            ("delete", editor.user), ("update", editor.user), ("insert", "postgres")]
        assert all(started <= c.at <= datetime.now(timezone.utc) + timedelta(seconds=5) for c in history)
        assert history[1].changes == {"city": ("Albstadt", "Balingen"), "notes": ("", "Labor")}
        assert history[2].changes["name"] == (None, "Hochschule Zollernalb")
        assert history[0].changes["city"] == ("Balingen", None)
        with pytest.raises(Exception):  # an editor cannot forge the history
            with editor.store.engine.begin() as conn:
                conn.exec_driver_sql("DELETE FROM change_log")
        assert len(team.row_history("partner", uni)) == 3
    finally:
        editor.close()


# -- a file copy ---------------------------------------------------------------------------------------------

def test_save_as_writes_an_ordinary_document(team, tmp_path):
    uni = _partner(team)
    team.execute(partners.update_partner(team, uni, tags=["Forschung"], dimensions=["regional"]))
    target = tmp_path / "Offline.netzplan"
    team.store.save_as(target)
    copy = Workspace.open(target)
    try:
        assert copy.kind == "file" and copy.file_check.content == "intact"
        assert dump_state(copy) == dump_state_as_file(team, tmp_path)
        assert copy.get("partner", uni).tags == ("Forschung",)
    finally:
        copy.close()
    with pytest.raises(DocumentError, match="already exists"):
        team.store.save_as(target, overwrite=False)
    assert not list(tmp_path.glob(".*partial*"))


def dump_state_as_file(team, tmp_path):
    """The team network's rows as a file holds them (a second copy, read back)."""
    second = tmp_path / "second.netzplan"
    team.store.save_as(second)
    with Workspace.open(second, read_only=True) as ws:
        return dump_state(ws)


# -- opening: one sentence for each way it fails -----------------------------------------------------------------

def test_a_wrong_password_gets_one_sentence_without_the_password(pg_server, team_url, caplog):
    url = _user(pg_server, team_url, "editor")
    caplog.set_level(logging.DEBUG)
    with pytest.raises(DocumentError) as refused:
        Workspace.open(url, password="falsch-Passwort-123")
    assert str(refused.value) == f"The server 127.0.0.1:{pg_server.port} refused the password for “{url.split('//')[1].split('@')[0]}”."
    assert refused.value.kind == "password"
    with pytest.raises(DocumentError) as in_url:
        Workspace.open(url.replace("@", ":falsch-Passwort-123@"))
    assert "falsch-Passwort-123" not in str(in_url.value) + caplog.text


def test_an_unreachable_server_and_a_missing_database_get_one_sentence_each(pg_server):
    from tests.pg_server import _free_port

    port = _free_port()
    with pytest.raises(DocumentError, match=r"^The server 127\.0\.0\.1:\d+ cannot be reached; check the address "
                                            r"and that the server is running\.$"):
        Workspace.open(f"postgresql://anna:geheim@127.0.0.1:{port}/netz")
    with pytest.raises(DocumentError, match=r"^There is no database “fehlt” on the server 127\.0\.0\.1:\d+\.$"):
        Workspace.open(pg_server.url_for("fehlt", "postgres", "throwaway-superuser-secret"))
    with pytest.raises(DocumentError, match="names no database"):
        Workspace.open("postgresql://anna@127.0.0.1:5432/")


def test_without_psycopg_opening_a_team_network_says_how_to_get_it(team_url, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # "import psycopg" now fails as if it were not installed
    with pytest.raises(DocumentError) as missing:
        Workspace.open(team_url)
    assert str(missing.value) == "Team networks need the team extra: pip install netzplaner[team]."


def test_the_single_user_program_does_not_load_psycopg(tmp_path):
    import subprocess

    code = ("import sys; from netzplaner import cli, api; from netzplaner.services.workspace import Workspace; "
            f"Workspace.create({str(tmp_path / 'x.netzplan')!r}).close(); "
            "print('psycopg' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
