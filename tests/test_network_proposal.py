"""Networks proposed for imported partners (issue 15, part 3): each with a readable reason, changeable by the user.

The own firm sits in 72336 Balingen; the real partner list (tests/fixtures/import/partner_list_cp1252.csv) holds
near German partners, far German ones, associations, clusters, institutes, platforms and foreign partners.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from netzplaner.domain.enums import Dimension, PartnerKind
from netzplaner.io import postcodes
from netzplaner.services import network_proposal, partners, queries
from netzplaner.services.network_proposal import REGIONAL_KM, Proposal, apply_choices, propose
from netzplaner.services.partner_import import apply_import, plan_import

LIST = Path(__file__).resolve().parent / "fixtures" / "import" / "partner_list_cp1252.csv"
R, T, I = Dimension.REGIONAL, Dimension.THEMATIC, Dimension.INTERNATIONAL


@pytest.fixture
def balingen(ws):
    ws.execute(partners.update_partner(ws, ws.own_firm_id, postcode="72336", city="Balingen"))
    return ws


def _proposals(report) -> dict[str, network_proposal.ProposedRow]:
    return {row.name: row for row in report.networks}


def test_the_postcode_table_places_german_austrian_and_swiss_postcodes():
    balingen, stuttgart = postcodes.lookup("72336", "DE"), postcodes.lookup("70174", "DE")
    assert balingen.state_name == "Baden-Württemberg"
    assert 55 <= postcodes.distance_km(balingen, stuttgart) <= 65  # Balingen – Stuttgart: about 60 km
    assert postcodes.lookup("4400", "AT").state_name == "Oberösterreich"
    assert postcodes.lookup("8005", "CH").state_name == "Zürich"
    assert postcodes.lookup("00000", "DE") is None and postcodes.lookup("75001", "FR") is None
    assert postcodes.postcode_of("D-72336 Balingen", "DE") == "72336"
    assert postcodes.postcode_of("4400 Steyr", "DE") == ""  # four digits are no German postcode
    assert (postcodes.DATA.parent / "NOTICE.txt").read_text(encoding="utf-8").count("CC BY 4.0") >= 1


def test_the_real_partner_list_gets_a_network_for_every_partner_with_its_reason(balingen):
    report = plan_import(balingen, LIST)
    proposed = _proposals(report)
    assert len(proposed) == report.count("added", "partner") >= 25  # (the four duplicates may merge)
    expected = {
        "Hochschule Reutlingen": {R}, "IHK Reutlingen": {R}, "Stahlhandel Süd GmbH": {R},
        "Müller Präzisionsteile": {R}, "Hohenzollern Metallbau": {R}, "Bosch": {R},
        "Technische Hochschule Ulm": {R},  # 101 km, but in Baden-Württemberg
        "Fraunhofer IPA": {T}, "VDMA Baden-Württemberg": {T}, "Cluster Mikrosystemtechnik": {T},
        "Allianz Industrie 4.0 BW": {T}, "Institut für Werkzeugmaschinen (IfW)": {T},
        "Netzwerk Qualitätsmanagement e.V.": {T},
        "Steyr Antriebstechnik GmbH": {I}, "Précision Alsace SARL": {I}, "Brno Machining s.r.o.": {I},
        "AHK Polen": {I}, "Swissmem": {I, T},
    }
    for name, dimensions in expected.items():
        assert proposed[name].proposal.dimensions == dimensions, (name, proposed[name].proposal)
    assert all(row.proposal.dimensions for row in proposed.values())  # nobody is left without a network
    reasons = {name: str(row.proposal.reason("en")) for name, row in proposed.items()}
    assert reasons["IHK Reutlingen"] == "34 km from the own firm (regional up to 80 km)."
    assert reasons["Technische Hochschule Ulm"].endswith("in the same federal state (Baden-Württemberg).")
    assert reasons["Steyr Antriebstechnik GmbH"] == "In another country than the own firm: Austria."
    assert reasons["Cluster Mikrosystemtechnik"] == "Its kind, Cluster, belongs to the thematic network."
    assert str(proposed["Swissmem"].proposal.reason("de")).endswith("the own firm: Schweiz; its kind, Verband, is "
                                                                    "thematic too.")
    assert proposed["Hochschule Reutlingen"].row == 2
    line = next(text for text in report.lines() if "IHK Reutlingen" in text and "network" in text)
    assert line == "row 4: “IHK Reutlingen” network Regional: 34 km from the own firm (regional up to 80 km)."


def test_the_proposal_is_what_the_import_writes_and_a_choice_changes_it(balingen):
    report = plan_import(balingen, LIST)
    proposed = _proposals(report)
    bosch, ulm = proposed["Bosch"].partner_id, proposed["Technische Hochschule Ulm"].partner_id
    assert apply_choices(report.command, {bosch: frozenset({R, T}), ulm: frozenset()}) == 2
    apply_import(balingen, report)
    stored = {p.name: p for p in queries.list_partners(balingen)}
    assert stored["Bosch"].dimensions == {R, T}
    assert stored["Technische Hochschule Ulm"].dimensions == frozenset()
    assert stored["Steyr Antriebstechnik GmbH"].dimensions == {I}
    assert stored["Eyach Logistik GmbH & Co. KG"].dimensions == {R}


def test_networks_named_in_the_file_stand(balingen, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Name;Netzwerk;PLZ;Land\nNachbar GmbH;International;72336;Deutschland\n"
                    "Zweiter Nachbar;;72336;Deutschland\n", encoding="utf-8")
    report = plan_import(balingen, path)
    assert [row.name for row in report.networks] == []  # a column of networks: the file decides
    apply_import(balingen, report)
    assert {p.name: p.dimensions for p in queries.list_partners(balingen)}["Nachbar GmbH"] == {I}


@pytest.mark.parametrize(("values", "dimensions", "rule"), [
    ({"name": "Zulieferer", "kind": PartnerKind.SUPPLIER, "postcode": "72458", "country": "DE"}, {R}, "distance"),
    ({"name": "Kunde Hamburg", "kind": PartnerKind.CUSTOMER, "city": "20095 Hamburg", "country": "DE"}, set(), "far"),
    ({"name": "Kunde Mannheim", "kind": PartnerKind.CUSTOMER, "postcode": "68159", "country": "DE"}, {R}, "state"),
    ({"name": "Kunde Würzburg", "kind": PartnerKind.CUSTOMER, "postcode": "97070", "country": "DE"}, set(), "far"),
    ({"name": "Ohne PLZ", "kind": PartnerKind.COMPANY, "country": "DE"}, set(), "no_place"),
    ({"name": "Ohne PLZ BW", "kind": PartnerKind.COMPANY, "region": "Baden-Württemberg"}, {R}, "same_state"),
    ({"name": "Nachbar mit falscher PLZ", "kind": PartnerKind.COMPANY, "postcode": "72999"}, {R}, "region"),
    ({"name": "Arbeitskreis Lean", "kind": PartnerKind.OTHER, "postcode": "72336"}, {T}, "keyword"),
    ({"name": "Netzwerk Guss GmbH", "kind": PartnerKind.SUPPLIER, "postcode": "72336"}, {R}, "distance"),
    ({"name": "Verband", "kind": PartnerKind.ASSOCIATION, "country": "AT"}, {I, T}, "foreign_thematic"),
])
def test_the_rules_and_their_thresholds(values, dimensions, rule):
    home = ("DE", postcodes.lookup("72336", "DE"), "")
    proposal = propose(values, home)
    assert (proposal.dimensions, proposal.rule) == (dimensions, rule)
    assert str(proposal.reason("en")).endswith(".")


def test_without_the_own_firms_postcode_the_reason_says_so(ws):
    proposal = propose({"name": "X", "kind": PartnerKind.COMPANY, "postcode": "72336"},
                       network_proposal.home_place(queries.own_firm(ws)))
    assert proposal == Proposal(frozenset(), "no_home", PartnerKind.COMPANY)
    assert "no postcode to measure" in str(proposal.reason())


def test_the_radius_is_one_constant():
    home = ("DE", postcodes.lookup("72336", "DE"), "")
    stuttgart = {"name": "S", "kind": PartnerKind.COMPANY, "postcode": "70174"}
    assert propose(stuttgart, home).km <= REGIONAL_KM
    network_proposal.REGIONAL_KM, old = 50, REGIONAL_KM
    try:
        assert propose(stuttgart, home).rule == "state"  # 61 km: beyond 50 km, but in the same state
    finally:
        network_proposal.REGIONAL_KM = old


def test_partners_left_without_a_network_are_named_by_the_check_and_get_their_own_place_on_the_map(balingen):
    import math

    from netzplaner.analysis.layout import NO_NETWORK, fill_missing, map_geometry
    from netzplaner.services.network_check import check_network
    from netzplaner.services.network_map import load_map

    report = plan_import(balingen, LIST)
    proposed = _proposals(report)
    left = ["Bosch", "Voith Präzision", "Sparkasse Zollernalb"]
    apply_choices(report.command, {proposed[name].partner_id: frozenset() for name in left})
    apply_import(balingen, report)
    check = check_network(balingen)
    found = [r for r in check.recommendations if r.rule == "partners_without_network"]
    assert len(found) == 1 and found[0].evidence_count == 3
    assert found[0].text("en").startswith("3 partners have no network yet, such as Bosch, Sparkasse Zollernalb")
    assert found[0].text("de").startswith("3 Partner haben noch kein Netzwerk")
    assert {ref.name for ref in found[0].evidence} == set(left)
    # the network map: a sector of their own, apart from the regional one
    data = load_map(balingen)
    graph = data.layout_input(keep_positions=False)
    positions = fill_missing(graph)
    geometry = map_geometry(graph)
    first, span = next((start, width) for s, start, width in geometry.sectors if s == NO_NETWORK)
    centre = positions[data.index[balingen.own_firm_id]]
    for name in left:
        x, y = positions[data.index[proposed[name].partner_id]] - centre
        angle = math.degrees(math.atan2(y, x)) % 360
        assert (angle - first) % 360 <= span, (name, angle, first, span)
    regional = next((start, width) for s, start, width in geometry.sectors if s == 0)
    x, y = positions[data.index[proposed["IHK Reutlingen"].partner_id]] - centre
    assert (math.degrees(math.atan2(y, x)) % 360 - regional[0]) % 360 <= regional[1]


def test_no_recommendation_when_every_partner_has_a_network(balingen):
    from netzplaner.services.network_check import check_network

    apply_import(balingen, plan_import(balingen, LIST))
    assert not [r for r in check_network(balingen).recommendations if r.rule == "partners_without_network"]
