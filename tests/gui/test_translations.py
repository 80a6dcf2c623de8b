"""German is complete, the compiled translations match the .ts files, and Qt's own dialogs speak German."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFile, QIODevice

from netzplaner.gui.common import i18n
from netzplaner.gui.translations import build, collect

TS = Path(build.__file__).with_name("netzplaner_de.ts")


def test_lower_layer_texts_are_listed_for_lupdate():
    current = collect.TARGET.read_text(encoding="utf-8")
    assert current == collect.render(), "run: python -m netzplaner.gui.translations.collect"


def test_german_translation_is_complete():
    root = ET.parse(TS).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text] if message.get("numerus") != "yes" else \
                [form.text for form in translation.iter("numerusform")]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert missing == [], f"{len(missing)} German texts missing, e.g. {missing[:5]}"
    assert len(list(root.iter("message"))) > 150


def test_every_source_string_is_in_the_ts_file(tmp_path):
    """lupdate over the sources finds nothing new: the committed .ts is up to date."""
    ts = tmp_path / "check.ts"
    ts.write_bytes(TS.read_bytes())
    sources = sorted(str(p) for p in Path(build.GUI).rglob("*.py") if p.name != "resources_rc.py")
    out = subprocess.run([build._tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
                         capture_output=True, text=True, check=True).stdout
    found = re.search(r"\((\d+) new and", out)
    assert found, out
    assert int(found.group(1)) == 0, f"run: python -m netzplaner.gui.translations.build\n{out}"


def _resource_bytes(path: str) -> bytes:
    file = QFile(path)
    assert file.open(QIODevice.OpenModeFlag.ReadOnly), path
    return bytes(file.readAll())


def test_compiled_resources_match_the_ts_files(tmp_path):
    i18n.install("en")  # registers resources_rc
    build.compile_qm(tmp_path)
    for lang in build.LANGUAGES:
        assert _resource_bytes(f":/i18n/netzplaner_{lang}.qm") == (tmp_path / f"netzplaner_{lang}.qm").read_bytes(), \
            "run: python -m netzplaner.gui.translations.build --no-update"


def test_switching_to_german_translates_app_and_qt_texts():
    i18n.install("de")
    assert i18n.current_language() == "de"
    assert QCoreApplication.translate("Message", "{label} must not be empty.") == "{label} darf nicht leer sein."
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # qtbase_de is loaded
    i18n.install("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_module_level_tr_helpers_find_their_german_texts():
    """A module's own tr() must look where lupdate put its texts (a wrong context shows English in German)."""
    from netzplaner.gui.map import map_style
    from netzplaner.gui.exchange import partner_import_dialog, workbook_actions

    i18n.install("de")
    try:
        assert workbook_actions.tr("Apply changes") == "Änderungen übernehmen"
        assert partner_import_dialog.tr("Only rows that are updated or skipped") != \
            "Only rows that are updated or skipped"
        assert map_style.tr(map_style.SIZE_MEASURES[0][1]) == "Stärke unserer Beziehung"
    finally:
        i18n.install("en")
