"""The board workbook opens in a second spreadsheet program and prints: LibreOffice converts it to PDF.

Skipped only when LibreOffice (``soffice``) is not installed (``apt-get install libreoffice-calc-nogui``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from netzplaner.services import queries
from netzplaner.services.demo import write_demo
from netzplaner.services.export import export_board_workbook
from netzplaner.services.roundtrip import plan_board_import
from netzplaner.services.workspace import Workspace

from .test_board_workbook import png

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def _convert(xlsx, tmp_path, to: str, folder: str):
    profile = tmp_path / "lo-profile"  # a private profile: parallel runs do not share LibreOffice's lock
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", to,
                    "--outdir", str(tmp_path / folder), str(xlsx)], check=True, capture_output=True, timeout=180)
    return tmp_path / folder / (xlsx.stem + "." + to.split(":")[0])


def _to_pdf(xlsx, tmp_path):
    return _convert(xlsx, tmp_path, "pdf", "pdf")


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["de", "en"])
def test_demo_workbook_converts_to_a_printable_pdf(tmp_path, lang):
    doc = tmp_path / "demo.netzplan"
    write_demo(doc, lang=lang, today=date(2026, 11, 1))
    with Workspace.open(doc, read_only=True) as ws:
        xlsx = export_board_workbook(ws, tmp_path / f"plan-{lang}.xlsx", lang=lang, map_png=png(600, 400),
                                     today=date(2026, 11, 1), recommendations=["=1+1 bleibt Text."])
    pdf = _to_pdf(xlsx, tmp_path)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert 6 <= pages <= 16, pages  # cover, goals, plan, partners, relationships, map: each fitted to the width
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        expected = ("Netzwerk-Maßnahmenplan", "Maßnahmenplan", "Fällig am", "Seite 1 von") if lang == "de" else \
            ("Network action plan", "Action plan", "Due", "Page 1 of")
        for word in (*expected, "Eyachtal Präzisionsmaschinen GmbH", "=1+1 bleibt Text."):
            assert word in text, word
        assert "#NAME" not in text and "Err:" not in text and "#VALUE" not in text


@pytest.mark.slow
def test_workbook_saved_again_by_libreoffice_imports_back_unchanged(tmp_path):
    """Another program's save (shared strings, its own styles and extensions) keeps headers and IDs intact."""
    doc = tmp_path / "demo.netzplan"
    write_demo(doc, today=date(2026, 11, 1))
    with Workspace.open(doc, read_only=True) as ws:
        xlsx = export_board_workbook(ws, tmp_path / "plan.xlsx", today=date(2026, 11, 1))
        resaved = _convert(xlsx, tmp_path, "xlsx:Calc MS Excel 2007 XML", "resaved")
        report = plan_board_import(ws, resaved)
        assert not report.changes and not report.refused and report.command is None
        assert report.unchanged == len(queries.list_actions(ws)) + len(queries.list_goals(ws))
        assert report.record == "trusted" and report.exported_at is not None  # the export record survived
