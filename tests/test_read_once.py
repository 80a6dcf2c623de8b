"""One read of the document per state of its data (issue 17): ``network_read.read_network`` hands every asker the
read the workspace remembers until the data changes, so the overview's check and the map of one window refresh
read the document once. What must never happen is a read that misses a change: every step, undo, redo, failed
step and team refresh is seen by the next read. Real stores (file, memory, a real PostgreSQL for the team)."""

from __future__ import annotations

import threading
import time

import pytest

from netzplaner.domain.errors import ValidationError
from netzplaner.services import network_map, network_read, partners
from netzplaner.services.commands import Command
from netzplaner.services.workspace import Workspace
from tests.conftest import new_workspace, with_own_firm


@pytest.fixture
def reads(monkeypatch) -> list[int]:
    """The reads of the document made from here on (one entry each)."""
    made: list[int] = []
    real = network_read._read

    def counting(ws):
        made.append(1)
        return real(ws)

    monkeypatch.setattr(network_read, "_read", counting)
    return made


def names(ws) -> list[str]:
    return network_read.read_network(ws).partners["name"]


@pytest.mark.parametrize("kind", ["file", "memory"])
def test_an_edit_an_undo_and_a_redo_are_each_seen_by_the_next_read(kind, tmp_path, reads):
    with with_own_firm(new_workspace(kind, tmp_path)) as ws:
        first = network_read.read_network(ws)
        assert network_read.read_network(ws).partners is first.partners and len(reads) == 1  # no second read
        ws.execute(partners.create_partner(ws, name="Neu GmbH", kind="customer"))
        assert "Neu GmbH" in names(ws)
        ws.undo()
        assert "Neu GmbH" not in names(ws)
        ws.redo()
        assert "Neu GmbH" in names(ws)
        partner_id = ws.done[-1].entity_id
        ws.execute(partners.update_partner(ws, partner_id, name="Umbenannt GmbH"))
        assert "Umbenannt GmbH" in names(ws) and "Neu GmbH" not in names(ws)
        ws.apply(partners.update_partner(ws, partner_id, city="Hechingen"))  # a step outside the history
        read = network_read.read_network(ws)
        assert read.partners["city"][read.partners["id"].index(partner_id)] == "Hechingen"
        assert len(reads) == 6  # one per state
        assert network_map.load_map(ws).n == 2 and len(reads) == 6  # the map of that state: no read of its own


class _ReadsThenFails(Command):
    """A step that adds a partner, reads the network inside its own transaction, then fails."""

    def __init__(self, ws) -> None:
        super().__init__("Fail")
        self.ws = ws
        self.seen: list[str] = []

    def apply(self, uow) -> None:
        uow.insert("partner", partners.create_partner(self.ws, name="Nie da GmbH", kind="customer").values)
        self.seen = names(self.ws)
        raise ValidationError("name", "refused on purpose")

    def revert(self, uow) -> None:
        raise AssertionError("never applied")


@pytest.mark.parametrize("kind", ["file", "memory"])
def test_a_read_made_inside_a_failed_step_is_not_kept(kind, tmp_path):
    with with_own_firm(new_workspace(kind, tmp_path)) as ws:
        step = _ReadsThenFails(ws)
        with pytest.raises(ValidationError):
            ws.execute(step)
        assert "Nie da GmbH" not in names(ws)  # rolled back: whatever the step's own read saw is forgotten


def test_a_read_that_overlaps_a_commit_is_not_kept_for_the_new_state(ws, monkeypatch):
    """A worker reads while the GUI thread commits a step: the read may lack the step, so it must not be
    handed out as the state after it."""
    real = network_read._read
    calls = []

    def read_then_commit(w):
        calls.append(1)
        found = real(w)
        if len(calls) == 1:  # the step commits after this read took its rows
            ws.execute(partners.create_partner(ws, name="Dazwischen GmbH", kind="customer"))
        return found

    monkeypatch.setattr(network_read, "_read", read_then_commit)
    assert "Dazwischen GmbH" not in names(ws)
    assert "Dazwischen GmbH" in names(ws) and len(calls) == 2


class _ReadOnAWorkerMeanwhile(Command):
    """A step during which a worker thread reads the document (before the step has committed)."""

    def __init__(self, ws) -> None:
        super().__init__("Add")
        self.ws = ws

    def apply(self, uow) -> None:
        uow.insert("partner", partners.create_partner(self.ws, name="Gerade GmbH", kind="customer").values)
        worker = threading.Thread(target=names, args=(self.ws,))
        worker.start()
        worker.join()

    def revert(self, uow) -> None:
        uow.delete("partner", self.entity_id)


def test_a_read_made_while_a_step_is_still_open_is_not_kept_after_its_commit(ws):
    ws.execute(_ReadOnAWorkerMeanwhile(ws))
    assert "Gerade GmbH" in names(ws)


def test_threads_that_ask_at_once_share_one_read(ws, reads):
    start = threading.Barrier(4)
    got = []

    def ask():
        start.wait()
        got.append(network_read.read_network(ws))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(reads) == 1 and len(got) == 4 and all(read.partners is got[0].partners for read in got)


def test_a_write_straight_into_the_store_is_seen_once_marked(ws):
    names(ws)
    with ws.store.unit_of_work() as uow:  # as a team network's other session, or a bulk writer, would
        uow.insert("partner", partners.create_partner(ws, name="Von außen GmbH", kind="customer").values)
    ws.mark_changed()
    assert "Von außen GmbH" in names(ws)


def test_the_workspace_keeps_the_columns_but_not_the_network_built_from_them(ws):
    first = network_read.read_network(ws)
    assert first.network.nodes  # built for this caller
    again = network_read.read_network(ws)
    assert again.partners is first.partners and "network" not in vars(again)  # 140,000 objects at 20,000 partners


def test_a_closed_workspace_lets_go_of_its_read(tmp_path, reads):
    ws = with_own_firm(new_workspace("file", tmp_path))
    names(ws)
    ws.close()
    assert ws._memo == {}  # 20,000 partners' columns are not held by a closed document


# -- a team network: other sessions' changes --------------------------------------------------------------------


@pytest.fixture
def team_url(pg_server):
    from netzplaner.services.team import init_team

    url = pg_server.new_database()
    init_team(url)
    return url


def _wait_for(condition, seconds=5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_a_team_session_sees_another_session_s_edit_once_it_hears_of_it(team_url, reads):
    mine, other = with_own_firm(Workspace.open(team_url)), Workspace.open(team_url)
    try:
        heard = threading.Event()
        stop = mine.watch(lambda kinds: heard.set())
        assert _wait_for(lambda: mine.store._listeners[-1].listening.is_set()), "the listener did not start"
        before = network_read.read_network(mine)
        assert network_read.read_network(mine).partners is before.partners and len(reads) == 1  # remembered
        other.execute(partners.create_partner(other, name="Anderswo GmbH", kind="customer"))
        assert heard.wait(5), "the change was not heard"
        assert "Anderswo GmbH" in names(mine)  # the notification made the remembered read stale
        stop()
        names(mine)
        other.execute(partners.create_partner(other, name="Ungehört GmbH", kind="customer"))
        assert "Ungehört GmbH" in names(mine)  # nobody listens: every read asks the server
    finally:
        mine.close()
        other.close()


def test_a_read_for_a_document_closed_meanwhile_stops_after_its_first_table(ws, monkeypatch):
    from contextlib import contextmanager

    from netzplaner.domain.errors import DocumentError

    tables: list[str] = []
    real_reading = ws.store.reading

    @contextmanager
    def reading():
        with real_reading() as uow:
            real_columns = uow.columns

            def columns(entity, names):
                found = real_columns(entity, names)
                tables.append(entity)
                ws.close()  # the user opens the next document while a refresh's work reads this one
                return found
            uow.columns = columns
            yield uow

    monkeypatch.setattr(ws.store, "reading", reading)
    with pytest.raises(DocumentError) as refused:
        network_read.read_network(ws)
    assert refused.value.kind == "closed" and tables == ["partner"]
