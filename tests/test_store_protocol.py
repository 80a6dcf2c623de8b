"""The store protocol: both stores implement it, the memory store keeps nothing on disk, the workspace answers for
the store, and the store (not the services) cuts long id lists into what SQLite binds."""

from __future__ import annotations

import inspect
import threading

import pytest

from netzplaner.domain.errors import DocumentError
from netzplaner.services import partners, queries, relationships
from netzplaner.services.workspace import Workspace
from netzplaner.store import protocol, uow as uow_module
from netzplaner.store.document import Document
from netzplaner.store.memory import MemoryStore
from tests.conftest import dump_state, new_workspace, with_own_firm


def _public(cls) -> set[str]:
    return {name for name, member in vars(cls).items() if not name.startswith("_") and callable(member)}


def test_the_unit_of_work_protocol_lists_exactly_what_the_store_offers():
    declared = _public(protocol.UnitOfWork)
    assert declared == _public(uow_module.UnitOfWork)
    for name in declared:  # the same parameters, so a caller reading the protocol calls the real thing right
        assert (list(inspect.signature(getattr(protocol.UnitOfWork, name)).parameters)
                == list(inspect.signature(getattr(uow_module.UnitOfWork, name)).parameters)), name


@pytest.mark.parametrize("kind", ["file", "memory", "team"])
def test_every_store_implements_the_store_protocol(kind, tmp_path, request):
    server = request.getfixturevalue("pg_server") if kind == "team" else None
    with new_workspace(kind, tmp_path, server) as ws:
        assert isinstance(ws.store, protocol.Store)
        assert type(ws.store).__name__ == {"file": "Document", "memory": "MemoryStore", "team": "TeamStore"}[kind]
        with ws.reading() as uow:
            assert isinstance(uow, protocol.UnitOfWork)
        for name in ("unit_of_work", "reading", "save", "save_as", "close", "display_name", "location", "path",
                     "read_only", "modified", "closed", "notices", "migrated_from", "backup_path", "file_check",
                     "kind", "always_saved", "user", "watch", "row_history"):
            assert hasattr(ws.store, name), name
        assert ws.store.kind == kind and ws.store.always_saved is (kind == "team")
        if kind != "team":  # nobody else works on a file or in memory
            assert ws.user is None and ws.row_history("partner", "x") == []
            ws.watch(lambda kinds: None)()
    assert set(dir(protocol.Store)) >= {"display_name", "location", "file_check", "save_as"}


def test_the_workspace_answers_for_a_document_file(tmp_path):
    path = tmp_path / "Netz Nord.netzplan"
    with Workspace.create(path) as ws:
        assert (ws.display_name, ws.location, ws.path) == ("Netz Nord", str(path), path)
        assert not ws.read_only and not ws.closed and not ws.modified
        ws.execute(partners.create_partner(ws, name="Hochschule", kind="university"))
        assert ws.modified
        ws.save()
    assert ws.closed
    with Workspace.open(path, read_only=True) as ws:
        assert ws.read_only and ws.notices == [] and ws.migrated_from is None
        assert ws.file_check.size == path.stat().st_size and ws.file_check.content == "intact"


def test_the_memory_store_keeps_nothing_on_disk(tmp_path, data_dir):
    ws = with_own_firm(Workspace.in_memory("Netz im Speicher"))
    uni = ws.execute(partners.create_partner(ws, name="Hochschule", kind="university")).entity_id
    ws.execute(relationships.create_relationship(ws, ws.own_firm_id, uni, kind="research_project", strength=4))
    assert (ws.display_name, ws.location, ws.path) == ("Netz im Speicher", "memory:Netz im Speicher", None)
    assert ws.modified and ws.file_check is None
    assert [p for p in data_dir.rglob("*") if p.is_file()] == [] and list(tmp_path.iterdir()) == []
    ws.save()  # nothing to write: only the mark goes
    assert not ws.modified and list(tmp_path.iterdir()) == []
    ws.close()
    with pytest.raises(DocumentError) as closed:
        queries.list_partners(ws)
    assert closed.value.kind == "closed"


def test_save_as_writes_a_whole_document_from_memory(tmp_path):
    target = tmp_path / "aus dem Speicher.netzplan"
    with with_own_firm(Workspace.in_memory()) as ws:
        ws.execute(partners.create_partner(ws, name="Hochschule", kind="university", tags=["Forschung"]))
        ws.save_as(target)
        assert not ws.modified and ws.path is None  # still in memory
        before = dump_state(ws)
        with pytest.raises(DocumentError) as exists:
            ws.store.save_as(target, overwrite=False)
        assert exists.value.kind == "exists"
    with Workspace.open(target, read_only=True) as saved:
        assert saved.file_check.content == "intact"
        assert sorted(p.name for p in queries.list_partners(saved)) == ["Eyachtal Präzisionsmaschinen GmbH",
                                                                       "Hochschule"]
        assert {t: rows for t, rows in dump_state(saved).items() if t != "netzplaner_checksum"} == before


def test_a_document_opened_into_memory_is_never_written(tmp_path, data_dir):
    path = tmp_path / "netz.netzplan"
    with with_own_firm(Workspace.create(path)) as ws:
        ws.save()
    before = path.read_bytes()
    with Workspace(MemoryStore.open(path)) as ws:
        assert ws.display_name == "netz" and ws.file_check.content == "intact"
        assert [p.name for p in queries.list_partners(ws)] == ["Eyachtal Präzisionsmaschinen GmbH"]
        ws.execute(partners.create_partner(ws, name="Neu", kind="company"))
        ws.save()
        assert len(queries.list_partners(ws)) == 2
        assert sorted(p.name for p in tmp_path.iterdir()) == ["netz.netzplan"]  # no lock file beside it
    assert path.read_bytes() == before
    assert [p for p in (data_dir / "working-copies").iterdir()] == []


def test_a_read_only_memory_store_refuses_edits_with_a_sentence(tmp_path):
    path = tmp_path / "netz.netzplan"
    with with_own_firm(Workspace.create(path)) as ws:
        ws.save()
    with Workspace(MemoryStore.open(path, read_only=True)) as ws:
        with pytest.raises(DocumentError) as refused:
            ws.execute(partners.create_partner(ws, name="Neu", kind="company"))
        assert refused.value.kind == "read_only" and "read-only" in str(refused.value)
        assert len(queries.list_partners(ws)) == 1


def test_a_query_inside_an_edit_does_not_end_the_edit_in_memory():
    """The memory store shares one connection: closing a second one would roll the edit back."""
    with with_own_firm(Workspace.in_memory()) as ws:
        with ws.store.unit_of_work() as uow:
            uow.insert("partner", {"id": "p-neu", "name": "Neu", "name_key": "neu", "kind": "company"})
            with ws.store.reading() as reader:
                assert reader.exists("partner", "p-neu")
            uow.update("partner", "p-neu", {"city": "Ulm"})
        assert ws.get("partner", "p-neu").city == "Ulm"


def test_a_query_on_another_thread_waits_for_the_edit_in_memory():
    with with_own_firm(Workspace.in_memory()) as ws:
        seen: list[bool] = []
        started = threading.Event()

        def read() -> None:
            started.set()
            with ws.reading() as uow:
                seen.append(uow.exists("partner", "p-neu"))

        with ws.store.unit_of_work() as uow:
            uow.insert("partner", {"id": "p-neu", "name": "Neu", "name_key": "neu", "kind": "company"})
            reader = threading.Thread(target=read)
            reader.start()
            started.wait(5)
            reader.join(0.3)
            assert reader.is_alive() and seen == []  # waiting for its turn, not reading half an edit
        reader.join(5)
        assert seen == [True]


@pytest.fixture
def many(monkeypatch):
    """A memory network of 40 partners in a ring, with the store binding at most 7 values per statement."""
    monkeypatch.setattr(uow_module, "MAX_BOUND", 7)
    ws = Workspace.in_memory()
    ids = [f"p{i:02d}" for i in range(40)]
    with ws.store.unit_of_work() as uow:
        uow.insert_many("partner", ({"id": pid, "name": f"Firma {39 - i:02d}", "name_key": f"firma {39 - i:02d}",
                                     "kind": "supplier", "pos_x": None if i == 13 else float(i * 7 % 41),
                                     "dimensions": ["regional"], "tags": ["a", "b"]}
                                    for i, pid in enumerate(ids)))
        uow.insert_many("relationship", ({"id": f"r{i:02d}", "source_id": ids[i], "target_id": ids[(i + 1) % 40],
                                          "kind": "supply", "strength": 3} for i in range(40)))
    yield ws, ids
    ws.close()


def test_long_id_lists_are_cut_by_the_store_and_answered_whole(many):
    ws, ids = many
    with ws.reading() as uow:
        one_query = [p.id for p in uow.list("partner", order_by="pos_x")]
        assert one_query[0] == "p13"  # SQLite puts NULL first
        listed = uow.list("partner", ids=ids, order_by="pos_x")
        assert [p.id for p in listed] == one_query and len(listed) == 40  # order kept across the parts
        assert all(p.tags == ("a", "b") and p.dimensions for p in listed)  # collections of every part
        assert sorted(r[0] for r in uow.rows_of("partner", ("id",), ids)) == ids
        assert uow.count("partner", id=ids) == 40
        assert uow.first_value("partner", "name", name_key=["keine"] * 30 + ["firma 00"]) == "Firma 00"
        touching = uow.relationships_touching(ids)
        assert sorted(r.id for r in touching) == [f"r{i:02d}" for i in range(40)]  # each tie once
        assert set(uow.column_values("partner", ids, ["pos_x"])) == set(ids)
    assert set(queries.partner_names(ws, ids)) == set(ids)


def test_many_entities_go_and_come_back_in_bulk(many):
    ws, ids = many
    with ws.store.unit_of_work() as uow:
        uow.delete_many("relationship", [f"r{i:02d}" for i in range(40)])
        uow.delete_many("partner", ids[:30])
    with ws.reading() as uow:
        assert sorted(p.id for p in uow.list("partner")) == ids[30:]
        assert {owner for owner, _ in uow.collection_rows("partner", "tags")} == set(ids[30:])
        assert uow.count("relationship") == 0


def test_the_api_makes_a_network_in_memory_and_writes_it_to_a_file(tmp_path):
    from netzplaner import api

    with api.create_in_memory("Skript") as net:
        net.execute(api.partners.create_partner(net, name="Hochschule Nord", kind="university"))
        assert net.path is None and list(tmp_path.iterdir()) == []
        net.save_as(tmp_path / "skript.netzplan")
    with api.open_document(tmp_path / "skript.netzplan", read_only=True) as doc:
        assert [p.name for p in api.queries.list_partners(doc)] == ["Hochschule Nord"]
