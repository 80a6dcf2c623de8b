"""The board workbook's sheet "Entwicklung" and the cover's health trend (issue 12, part 5): what the sheet says is
the comparison since the chosen snapshot, the cover's scores are the health score's, the round trip ignores the
new sheet, and LibreOffice prints it."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from netzplaner.domain.enums import Dimension
from netzplaner.domain.errors import NotFoundError
from netzplaner.services import goals, partners, relationships, snapshots
from netzplaner.services.compare import health
from netzplaner.services.export import export_board
from netzplaner.services.network_read import read_network
from netzplaner.services.roundtrip import plan_board_import
from netzplaner.services.workspace import Workspace

TODAY = date(2026, 12, 1)
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def doc(tmp_path):
    """Two snapshots ("Frühjahr", "Herbst"), then a new research partner, a stronger tie and an action done."""
    path = tmp_path / "entwicklung.netzplan"
    with Workspace.create(path) as ws:
        own = ws.execute(partners.create_partner(ws, name="Eigen GmbH", kind="company", is_own_firm=True,
                                                 dimensions=["regional"], country="DE")).entity_id
        ihk = ws.execute(partners.create_partner(ws, name="IHK Reutlingen", kind="chamber", dimensions=["regional"],
                                                 country="DE")).entity_id
        tie = ws.execute(relationships.create_relationship(ws, own, ihk, kind="membership", strength=2)).entity_id
        goal = ws.execute(goals.create_goal(ws, title="Fachkräfte sichern", benefit="resilience",
                                            dimension="regional", status="active")).entity_id
        action = ws.execute(goals.create_action(ws, goal, title="Ausbildungsmesse",
                                                due_date=date(2027, 3, 1))).entity_id
        ws.execute(snapshots.take_snapshot(ws, "Frühjahr", taken_at=datetime(2026, 4, 1, 9)))
        ws.execute(relationships.create_assessment(ws, tie, {"openness": 4, "trust": 4}, assessed_on=date(2026, 6, 1)))
        ws.execute(snapshots.take_snapshot(ws, "Herbst", taken_at=datetime(2026, 10, 1, 9)))
        uni = ws.execute(partners.create_partner(ws, name="Hochschule Reutlingen", kind="university",
                                                 dimensions=["regional"], country="DE")).entity_id
        ws.execute(relationships.create_relationship(ws, own, uni, kind="research_project", strength=3))
        ws.execute(relationships.update_relationship(ws, tie, strength=4))
        ws.execute(goals.update_action(ws, action, status="done", completed_on=date(2026, 11, 15)))
        ws.save()
    return path, {"uni": uni, "tie": tie, "action": action}


def _column(sheet, letter: str) -> list:
    return [c.value for c in sheet[letter] if c.value is not None]


def test_sheet_shows_the_changes_since_the_latest_snapshot(doc, tmp_path):
    path, ids = doc
    with Workspace.open(path, read_only=True) as ws:
        out = export_board(ws, tmp_path / "plan.xlsx", today=TODAY)
    wb = load_workbook(out)
    assert "Entwicklung" in wb.sheetnames
    sheet = wb["Entwicklung"]
    assert sheet["A1"].value == "Entwicklung seit „Herbst“"
    assert "01.10.2026 bis 01.12.2026" in sheet["A2"].value
    texts = _column(sheet, "A")
    assert "Neue Partner (1)" in texts and "Hochschule Reutlingen" in texts
    assert "Stärker gewordene Beziehungen (1)" in texts and "Erledigte Maßnahmen (1)" in texts
    assert "Neue Beziehungen (1)" in texts and "Entfernte Partner (1)" not in texts
    details = _column(sheet, "B")
    assert "Stärke 2 → 4" in details and "Hochschule, Regional" in details
    assert set(_column(sheet, "G")) >= {ids["uni"], ids["tie"], ids["action"]}  # each line leads to its row
    assert sheet.column_dimensions["G"].hidden
    partners_row = next(r for r in sheet.iter_rows() if r[0].value == "Partner (aktiv)")
    assert [c.value for c in partners_row[2:5]] == ["2", "3", "+1"]


def test_since_a_label_and_an_unknown_label(doc, tmp_path):
    path, _ = doc
    with Workspace.open(path, read_only=True) as ws:
        out = export_board(ws, tmp_path / "plan.xlsx", today=TODAY, since="frühjahr")
        assert load_workbook(out)["Entwicklung"]["A1"].value == "Entwicklung seit „Frühjahr“"
        with pytest.raises(NotFoundError, match="“Frühjahr”, “Herbst”"):
            export_board(ws, tmp_path / "nie.xlsx", today=TODAY, since="Sommer")
    assert not (tmp_path / "nie.xlsx").exists()  # nothing half-written


def test_cover_shows_the_health_trend(doc, tmp_path):
    path, _ = doc
    with Workspace.open(path, read_only=True) as ws:
        out = export_board(ws, tmp_path / "plan.xlsx", today=TODAY)
        now = health(read_network(ws), TODAY)[Dimension.REGIONAL].score
        then = health(snapshots.read_snapshot(ws, snapshots.find_snapshot(ws, "Herbst").id),
                      date(2026, 10, 1))[Dimension.REGIONAL].score
    cover = load_workbook(out)["Übersicht"]
    title = next(r for r in cover.iter_rows() if r[0].value == "Netzwerk-Gesundheit (0–100)")[0].row
    assert [c.value for c in cover[title + 1][:5]] == ["Netzwerk", "heute", "Verlauf", "„Frühjahr“", "„Herbst“"]
    regional = cover[title + 2]
    assert regional[0].value == "Regional" and regional[1].value == now and regional[4].value == then
    assert "seit „Frühjahr“" in regional[2].value and "schwächster Teil" in regional[2].value
    assert "Qualität 48 %" in cover.cell(title + 5, 1).value  # the weights, from the one declaration


def test_without_snapshots_no_sheet_and_only_now_on_the_cover(tmp_path):
    path = tmp_path / "neu.netzplan"
    with Workspace.create(path) as ws:
        ws.execute(partners.create_partner(ws, name="Eigen", kind="company", is_own_firm=True))
        out = export_board(ws, tmp_path / "plan.xlsx", today=TODAY)
    wb = load_workbook(out)
    assert "Entwicklung" not in wb.sheetnames
    cover = wb["Übersicht"]
    title = next(r for r in cover.iter_rows() if r[0].value == "Netzwerk-Gesundheit (0–100)")[0].row
    assert [c.value for c in cover[title + 1][:4]] == ["Netzwerk", "heute", "Verlauf", None]


def test_workbook_with_the_sheet_imports_back_unchanged(doc, tmp_path):
    path, _ = doc
    with Workspace.open(path, read_only=True) as ws:
        out = export_board(ws, tmp_path / "plan.xlsx", today=TODAY)
        report = plan_board_import(ws, out)
    assert not report.changes and not report.refused and report.command is None


def test_english_sheet(doc, tmp_path):
    path, _ = doc
    with Workspace.open(path, read_only=True) as ws:
        out = export_board(ws, tmp_path / "plan.xlsx", today=TODAY, lang="en")
    sheet = load_workbook(out)["Development"]
    assert sheet["A1"].value == "Development since “Herbst”"
    assert "Partners added (1)" in _column(sheet, "A")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_the_sheet(doc, tmp_path):
    path, _ = doc
    with Workspace.open(path, read_only=True) as ws:
        xlsx = export_board(ws, tmp_path / "plan.xlsx", today=TODAY)
    profile = tmp_path / "lo-profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path / "pdf"), str(xlsx)], check=True, capture_output=True, timeout=180)
    data = (tmp_path / "pdf" / "plan.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 6
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "pdf" / "plan.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        for words in ("Entwicklung seit „Herbst“", "Hochschule Reutlingen", "Stärke 2 → 4",
                      "Netzwerk-Gesundheit (0–100)", "Netzwerk-Check damals und heute"):
            assert words in text, words
        assert "#NAME" not in text and "Err:" not in text and "#VALUE" not in text
