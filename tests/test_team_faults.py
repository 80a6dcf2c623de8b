"""The server goes away and comes back while workspaces watch a team network (issue 14, "Tests and figures": the
fault test). The real throwaway cluster of tests/pg_server.py is stopped (``pg_ctl stop -m fast``, which ends every
session and rolls back their open transactions) and started again on the same port. The window's banner is
team-gui's; this is the store and workspace level underneath it: the offline and online signals arrive, an edit
during the outage gets one sentence and writes nothing, and afterwards edits work with nothing lost or doubled."""

from __future__ import annotations

import threading
import time

import pytest

from netzplaner.domain.errors import DocumentError
from netzplaner.services import partners, queries
from netzplaner.services.team import init_team
from netzplaner.services.workspace import Workspace
from tests.conftest import dump_state, with_own_firm

OFFLINE_SENTENCE = "The server of “{}” cannot be reached; nothing was written. Try again when it is back."
UNCONFIRMED_SENTENCE = ("The connection to the server of “{}” broke off while the change was being saved, so it "
                        "could not be confirmed. Once the server is back, the window shows whether it was saved.")


class Watcher:
    """What one workspace hears from its listener, with a way to wait for it."""

    def __init__(self, ws: Workspace) -> None:
        self.online: list[bool] = []
        self.changes: list[frozenset[str]] = []
        self._event = threading.Condition()
        self.stop = ws.watch(self._changed, self._online)

    def _changed(self, kinds: frozenset[str]) -> None:
        with self._event:
            self.changes.append(kinds)
            self._event.notify_all()

    def _online(self, online: bool) -> None:
        with self._event:
            self.online.append(online)
            self._event.notify_all()

    def wait(self, condition, seconds: float) -> bool:
        with self._event:
            return self._event.wait_for(condition, timeout=seconds)


def names(ws: Workspace) -> list[str]:
    return sorted(p.name for p in queries.list_partners(ws))


@pytest.fixture
def pair(pg_server):
    """Two workspaces on one team network (two people), each watching, with a few partners."""
    url = pg_server.new_database()
    init_team(url)
    first, second = with_own_firm(Workspace.open(url)), Workspace.open(url)
    for name in ("Hochschule Albstadt", "Stahl Müller GmbH"):
        first.execute(partners.create_partner(first, name=name, kind="supplier"))
    watchers = Watcher(first), Watcher(second)
    for ws in (first, second):
        assert ws.store._listeners[-1].listening.wait(5)
    yield first, second, watchers
    for watcher in watchers:
        watcher.stop()
    first.close()
    second.close()


def test_a_restart_of_the_server_loses_nothing_and_doubles_nothing(pg_server, pair):
    first, second, (heard_first, heard_second) = pair
    mueller = next(p for p in queries.list_partners(first) if p.name == "Stahl Müller GmbH")
    first.execute(partners.update_partner(first, mueller.id, city="Hechingen"))  # a step to undo after the outage
    before = dump_state(first)
    steps_before = len(first.done)

    pg_server.stop()
    try:
        for heard in (heard_first, heard_second):
            assert heard.wait(lambda h=heard: h.online == [False], 10), heard.online
        # every kind of edit during the outage: one sentence each, nothing written, the history unchanged
        attempts = [
            lambda: first.execute(partners.create_partner(first, name="Während der Pause", kind="customer")),
            lambda: first.execute(partners.update_partner(first, mueller.id, city="Balingen")),
            lambda: first.execute(partners.delete_partner(first, mueller.id)),
            lambda: second.execute(partners.create_partner(second, name="Auch während der Pause",
                                                           kind="customer")),
        ]
        for attempt in attempts:
            with pytest.raises(DocumentError) as refused:
                attempt()
            assert refused.value.kind == "offline"
            assert str(refused.value) == OFFLINE_SENTENCE.format(first.display_name)
        assert len(first.done) == steps_before and not first.can_redo
    finally:
        pg_server.start()

    for heard in (heard_first, heard_second):
        assert heard.wait(lambda h=heard: h.online == [False, True], 15), heard.online
        assert heard.changes and "partner" in heard.changes[-1]  # what it may have missed: reload everything
    assert dump_state(first) == before  # nothing the outage's edits tried was written

    # edits work again, each exactly once; the other person sees them
    seen_before = len(heard_second.changes)
    added = first.execute(partners.create_partner(first, name="Nach der Pause", kind="customer")).entity_id
    assert heard_second.wait(lambda: len(heard_second.changes) > seen_before, 2)
    assert names(second).count("Nach der Pause") == 1
    first.undo()  # the step before the outage is still undoable... after undoing the new one first
    first.undo()
    assert first.get("partner", mueller.id).city == mueller.city
    first.redo()
    first.redo()
    assert first.get("partner", mueller.id).city == "Hechingen" and first.get("partner", added).name == "Nach der Pause"
    assert names(second) == sorted(["Eyachtal Präzisionsmaschinen GmbH", "Hochschule Albstadt", "Nach der Pause",
                                    "Stahl Müller GmbH"])
    with first.reading() as uow:
        logged = uow.conn.exec_driver_sql(
            "SELECT count(*) FROM change_log WHERE table_name = 'partner' AND action = 'insert'").scalar()
    assert logged == 5  # the own firm, two partners, "Nach der Pause" and its redo: no insert of the outage


def _stop_inside_a_unit_of_work(pg_server, ws) -> BaseException:
    """Write a partner in a unit of work and stop the server before it commits; the error the commit raised."""
    try:
        with ws.store.unit_of_work() as uow:
            uow.insert("partner", {"id": "c" * 32, "name": "Halb geschrieben", "name_key": "halb geschrieben",
                                   "kind": "customer"})
            pg_server.stop()  # the server goes away between the write and the commit
    except Exception as exc:  # noqa: BLE001 - returned for the assertions
        return exc
    finally:
        pg_server.start()
    raise AssertionError("the commit succeeded without a server")


def test_a_unit_of_work_open_when_the_server_stops_is_rolled_back_whole(pg_server, pair):
    first, second, (heard_first, _) = pair
    before = dump_state(second)
    _stop_inside_a_unit_of_work(pg_server, first)
    assert heard_first.wait(lambda: heard_first.online[-2:] == [False, True], 15), heard_first.online
    assert dump_state(second) == before  # the half of the step the server had was rolled back
    first.execute(partners.create_partner(first, name="Halb geschrieben", kind="customer"))  # and can be redone
    assert names(second).count("Halb geschrieben") == 1


def test_a_commit_lost_to_a_stopping_server_is_one_sentence(pg_server, pair):
    first, _, _ = pair
    lost = _stop_inside_a_unit_of_work(pg_server, first)
    # 57P01 (admin shutdown) at COMMIT: the server may have committed, so the sentence claims nothing either way
    assert isinstance(lost, DocumentError) and lost.kind == "offline", repr(lost)
    assert str(lost) == UNCONFIRMED_SENTENCE.format(first.display_name)


def test_an_edit_waits_for_nothing_while_the_server_is_down(pg_server, pair):
    first, _, _ = pair
    pg_server.stop()
    try:
        started = time.monotonic()
        with pytest.raises(DocumentError):
            first.execute(partners.create_partner(first, name="Schnell abgelehnt", kind="customer"))
        assert time.monotonic() - started < 5  # a refused connection is reported at once, not after a timeout
    finally:
        pg_server.start()


def test_an_undo_or_redo_refused_while_the_server_is_down_stays_in_the_history(pg_server, pair):
    first, second, (heard_first, _) = pair
    mueller = next(p for p in queries.list_partners(first) if p.name == "Stahl Müller GmbH")
    first.execute(partners.update_partner(first, mueller.id, city="Hechingen"))
    first.execute(partners.update_partner(first, mueller.id, city="Balingen"))
    done = first.done
    pg_server.stop()
    try:
        with pytest.raises(DocumentError) as refused:
            first.undo()
        assert refused.value.kind == "offline"
        assert first.done == done and not first.can_redo  # not dropped: it can be undone once the server is back
    finally:
        pg_server.start()
    assert heard_first.wait(lambda: heard_first.online[-2:] == [False, True], 15), heard_first.online
    first.undo()
    assert second.get("partner", mueller.id).city == "Hechingen"
    pg_server.stop()
    try:
        with pytest.raises(DocumentError) as refused:
            first.redo()
        assert refused.value.kind == "offline"
        assert first.done == done[:-1] and first.undone == (done[-1],)  # the redo waits too
    finally:
        pg_server.start()
    assert heard_first.wait(lambda: heard_first.online[-2:] == [False, True], 15), heard_first.online
    first.redo()
    first.undo()
    first.undo()
    assert second.get("partner", mueller.id).city == mueller.city and first.done == done[:-2]
