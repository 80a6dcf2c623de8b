"""The partner and relationship menu entries call their panel's method on the open document's panel."""

from __future__ import annotations

import pytest

from netzplaner.gui.partners.partner_panel import PartnerPanel
from netzplaner.gui.partners.relationship_panel import RelationshipPanel
from netzplaner.services import demo

ENTRIES = [
    ("act_new_partner", PartnerPanel, "new_partner"),
    ("act_edit_partner", PartnerPanel, "edit_current"),
    ("act_archive_partner", PartnerPanel, "archive_selected"),
    ("act_delete_partner", PartnerPanel, "delete_selected"),
    ("act_own_firm", PartnerPanel, "make_own_firm"),
    ("act_new_rel", RelationshipPanel, "new_relationship"),
    ("act_edit_rel", RelationshipPanel, "edit_current"),
    ("act_assess", RelationshipPanel, "assess_current"),
    ("act_delete_rel", RelationshipPanel, "delete_current"),
]


@pytest.mark.parametrize("action, panel_class, method", ENTRIES, ids=[e[0] for e in ENTRIES])
def test_a_menu_entry_calls_its_panel(window, tmp_path, monkeypatch, action, panel_class, method):
    doc = tmp_path / "demo.netzplan"
    demo.write_demo(doc, lang="en")
    window.documents.open_path(doc)
    called = []
    for _action, cls, name in ENTRIES:  # every entry's method records who was asked, instead of a dialog
        monkeypatch.setattr(cls, name, lambda panel, name=name: called.append((panel, name)))
    getattr(window, action).trigger()
    expected = window.partner_panel if panel_class is PartnerPanel else window.relationship_panel
    assert called == [(expected, method)]
