"""The partner table's read (issue 17): its search strings and its tag list are made when first needed, and made
again after every reload, so a search and the tag filter always see the document as it is now; what a search shows
is what the partners' own fields say."""

from __future__ import annotations

import pytest

from netzplaner.gui.partners.partner_model import PartnerTableModel
from netzplaner.gui.shell.controller import DocumentController
from netzplaner.services import demo, partners, queries
from netzplaner.services.workspace import Workspace


@pytest.fixture
def controller(tmp_path, qapp):
    path = tmp_path / "demo.netzplan"
    demo.write_demo(path, lang="en")
    with Workspace.open(path) as ws:
        ctrl = DocumentController(ws, autosave_minutes=0)
        yield ctrl
        ctrl.close()


def shown(model) -> list[str]:
    return [model.partner_at(row).name for row in range(model.rowCount())]


@pytest.mark.parametrize("term", ["gmbh", "reutlingen", "72", "uni", "zzz-nothing"])
def test_a_search_shows_the_partners_whose_fields_hold_the_text(controller, term):
    model = PartnerTableModel(controller)
    model.set_filter(search=term, show_archived=True)
    expected = [p.name for p in queries.list_partners(controller.workspace)
                if term in " ".join((p.name, p.street, p.postcode, p.city, p.industry, p.region, p.notes, p.extra,
                                     *p.tags)).casefold()]
    assert sorted(shown(model)) == sorted(expected)


def test_a_search_and_the_tags_see_each_edit(controller):
    model = PartnerTableModel(controller)
    model.set_filter(search="wasserstoff")
    before = shown(model)
    assert "h2-pilot" not in model.tags()
    ws = controller.workspace
    controller.run(partners.create_partner(ws, name="Wasserstoff Alb GmbH", kind="company", tags=["H2-Pilot"]))
    assert "Wasserstoff Alb GmbH" in shown(model) and len(shown(model)) == len(before) + 1
    assert "H2-Pilot" in model.tags()
    new = ws.done[-1].entity_id
    controller.run(partners.update_partner(ws, new, name="Umbenannt Alb GmbH"))
    assert "Umbenannt Alb GmbH" not in shown(model)  # the search no longer matches the renamed partner
    model.set_filter(search="umbenannt")
    assert shown(model) == ["Umbenannt Alb GmbH"]
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert shown(model) == [] and "H2-Pilot" not in model.tags()
