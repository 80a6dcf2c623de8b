"""Snapshots on a team network (PostgreSQL, the real ``pg_server``): taken, read and returned to as in a file; the
change log records that a snapshot was taken but never copies its content; publish and pull carry snapshots."""

from __future__ import annotations

import json

import pytest

from netzplaner.services import partners, snapshot_restore, snapshots, team_sync
from netzplaner.services.network_read import read_network
from netzplaner.services.workspace import Workspace

from .team_sync_helpers import demo_source


@pytest.fixture
def team(pg_server, tmp_path):
    source = demo_source(tmp_path)
    target = Workspace.create(pg_server.new_database())
    team_sync.publish(source, target)
    source.close()
    yield target
    target.close()


def _log(ws, table: str) -> list[tuple[str, dict]]:
    with ws.reading() as uow:
        return [(action, changes if isinstance(changes, dict) else json.loads(changes)) for action, changes in
                uow.conn.exec_driver_sql("SELECT action, changes FROM change_log WHERE table_name = %(t)s ORDER BY id",
                                         {"t": table})]


def test_publish_and_pull_carry_the_demos_states(team, tmp_path):
    assert [s.label for s in snapshots.list_snapshots(team)] == ["Workshop Herbst 2025", "Workshop Frühjahr 2026"]
    first = snapshots.list_snapshots(team)[0]
    assert snapshots.read_snapshot(team, first.id).partner_count == first.partner_count
    copy = Workspace.open(team_sync.pull(team, tmp_path / "copy.netzplan"))
    try:
        assert [s.id for s in snapshots.list_snapshots(copy)] == [s.id for s in snapshots.list_snapshots(team)]
        assert snapshots.read_snapshot(copy, first.id).partners == snapshots.read_snapshot(team, first.id).partners
    finally:
        copy.close()


def test_the_change_log_says_a_state_was_taken_without_its_content(team):
    sid = team.execute(snapshots.take_snapshot(team, "Workshop im Team")).entity_id
    team.execute(snapshots.rename_snapshot(team, sid, "Workshop Juni"))
    team.execute(snapshots.delete_snapshot(team, sid))
    logged = [(a, c) for a, c in _log(team, "snapshot") if c.get("id", sid) == sid]
    assert [a for a, _c in logged] == ["insert", "update", "delete"]
    assert logged[0][1]["label"] == "Workshop im Team" and "content" not in logged[0][1]
    assert logged[1][1] == {"label": ["Workshop im Team", "Workshop Juni"]}
    assert "content" not in logged[2][1]
    published = [c for a, c in _log(team, "snapshot") if a == "insert" and c["id"] != sid]
    assert len(published) == 2 and all("content" not in c for c in published)


def test_returning_to_a_state_on_the_team_network_and_back(team):
    ids = read_network(team).partners["id"]
    first = snapshots.list_snapshots(team)[0]
    team.execute(snapshot_restore.restore_snapshot(team, first.id))
    assert read_network(team).partner_count == first.partner_count
    team.undo()
    assert sorted(read_network(team).partners["id"]) == sorted(ids)
    team.execute(partners.create_partner(team, name="Nach der Rückkehr", kind="company"))
