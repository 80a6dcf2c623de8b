"""Imports point down the layers; only store/ touches SQLAlchemy; lower layers have no Qt (docs/architecture.md).

The rules live in tests/layering.py. Each probe below writes a module that breaks one rule into a temporary copy of
the package and checks that the rule reports it: the evidence that the rules can fail.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from . import layering
from .layering import KNOWN_LEAKS, LAYERS, PACKAGE, RULES

ARCHITECTURE = PACKAGE.parent / "docs" / "architecture.md"


@pytest.fixture(scope="module")
def tree_findings():
    return layering.all_findings()


@pytest.mark.parametrize("rule", [rule.__name__ for rule in RULES])
def test_the_package_keeps_the_rule(rule, tree_findings):
    assert [f"{path}:{line}: {message}" for path, name, line, message in tree_findings
            if name == rule and (path, name) not in KNOWN_LEAKS] == []


def test_every_known_leak_is_still_there(tree_findings):
    """An entry that no longer matches is removed from KNOWN_LEAKS (after store-door: all of them)."""
    present = {(path, rule) for path, rule, _line, _message in tree_findings}
    assert sorted(KNOWN_LEAKS - present) == []


def test_the_order_is_the_one_documented():
    """docs/architecture.md draws the layers top down in a code block; the test enforces that order."""
    block = re.search(r"```text\n(.*?)```", ARCHITECTURE.read_text(encoding="utf-8"), re.S).group(1)
    drawn = [line.split()[0].rstrip("/").removesuffix(".py") for line in block.splitlines() if line.strip()]
    assert drawn[::-1] == LAYERS[1:]  # the package root (the version) is below everything and not drawn
    assert layering.allowed_layers("io") == {"__init__", "domain", "store"}
    assert layering.allowed_layers("api") == {"__init__", "domain", "store", "io", "analysis", "services"}
    assert "api" not in set().union(*(layering.allowed_layers(layer) for layer in LAYERS))


# -- probes: one module per hole, written into a copy of the package --------------------------------------------

PROBES = {  # id: (module path in the package, source, the rule that must report it, text of its message)
    "gui_from_services": ("services/probe.py", "from ..gui.shell import main_window\n",
                          "imports_point_down", "services must not import netzplaner.gui.shell.main_window"),
    "package_level_gui": ("services/probe.py", "from .. import gui\n",
                          "imports_point_down", "services must not import netzplaner.gui "),
    "absolute_package_gui": ("analysis/probe.py", "import netzplaner.gui\n",
                             "imports_point_down", "analysis must not import netzplaner.gui "),
    "importlib_gui": ("services/probe.py", "import importlib\nimportlib.import_module('..gui', __package__)\n",
                      "imports_point_down", "services must not import netzplaner.gui "),
    "io_imports_analysis": ("io/probe.py", "from ..analysis import metrics\n",
                            "imports_point_down", "io must not import netzplaner.analysis.metrics"),
    "selftest_imports_cli": ("selftest.py", "from .cli import main\n",
                             "imports_point_down", "selftest must not import netzplaner.cli"),
    "selftest_imports_store": ("selftest.py", "from .store.document import check_file\n",
                               "front_ends_reach_data_through_services", "not netzplaner.store.document.check_file"),
    "gui_imports_store": ("gui/probe.py", "from ..store import Document\n",
                          "front_ends_reach_data_through_services", "not netzplaner.store.Document"),
    "importlib_sqlalchemy": ("services/probe.py", "import importlib\nimportlib.import_module('sqlalchemy')\n",
                             "only_store_imports_sqlalchemy", "(sqlalchemy)"),
    "dunder_import_sqlalchemy": ("domain/probe.py", "__import__('sqlalchemy.orm')\n",
                                 "only_store_imports_sqlalchemy", "(sqlalchemy.orm)"),
    "qt_in_analysis": ("analysis/probe.py", "from PySide6.QtCore import QObject\n",
                       "lower_layers_import_no_qt", "analysis must not import Qt (PySide6.QtCore)"),
    "store_mapping_import": ("services/probe.py", "from ..store.mapping import ENTITIES\n",
                             "store_internals_stay_inside", "netzplaner.store.mapping.ENTITIES is internal"),
    "store_uow_module": ("services/probe.py", "from ..store import uow\n",
                         "store_internals_stay_inside", "netzplaner.store.uow is internal"),
    "raw_table_delete": ("services/probe.py", "def purge(uow, entities):\n"
                         "    uow.conn.execute(entities['partner'].table.delete())\n",
                         "no_sqlalchemy_objects_outside_store", ".conn is a SQLAlchemy handle"),
    "table_through_uow": ("services/probe.py", "def purge(uow):\n    return uow.table('partner').delete()\n",
                          "no_sqlalchemy_objects_outside_store", ".table() returns a SQLAlchemy table"),
    "entities_registry": ("services/probe.py", "def tables(mapping):\n    return mapping.ENTITIES\n",
                          "no_sqlalchemy_objects_outside_store", ".ENTITIES is a SQLAlchemy handle"),
    "computed_import": ("services/probe.py", "import importlib\nname = 'sql' + 'alchemy'\n"
                        "importlib.import_module(name)\n",
                        "dynamic_imports_name_a_literal", "a dynamic import of a computed name"),
    "unplaced_module": ("plugins.py", "VALUE = 1\n", "every_module_has_a_layer", "plugins is in no layer"),
    "new_leak_in_a_known_file": ("services/partner_import.py", "from PySide6.QtCore import QObject\n",
                                 "lower_layers_import_no_qt", "services must not import Qt (PySide6.QtCore)"),
}


def _copy_with_probe(tmp_path: Path, rel_path: str, source: str) -> Path:
    root = tmp_path / "netzplaner"
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__", "*.qm", "*.ts"))
    target = root / rel_path
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    target.write_text(old + "\n" + source, encoding="utf-8")  # appended: the probe's lines follow the old ones
    return root


@pytest.mark.parametrize("probe", list(PROBES))
def test_the_rule_reports_its_probe(probe, tmp_path):
    rel_path, source, rule, message = PROBES[probe]
    root = _copy_with_probe(tmp_path, rel_path, source)
    before = layering.findings(layering.read_source(PACKAGE, PACKAGE / rel_path)) \
        if (PACKAGE / rel_path).exists() else []
    reported = [finding for finding in layering.findings(layering.read_source(root, root / rel_path))
                if finding not in before]  # the probe is appended: the old lines keep their numbers
    assert [name for name, _line, _text in reported] == [rule], reported
    assert message in reported[0][2]


def test_the_scan_of_the_package_reports_every_probe(tmp_path, tree_findings):
    """All probes at once, through the same scan as the real tree: each one appears, and nothing else."""
    root = tmp_path / "netzplaner"
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__", "*.qm", "*.ts"))
    for number, (rel_path, source, _rule, _message) in enumerate(PROBES.values()):
        target = root / rel_path.replace("probe.py", f"probe_{number}.py")
        old = target.read_text(encoding="utf-8") if target.exists() else ""
        target.write_text(old + "\n" + source, encoding="utf-8")
    new = [(rule, message) for path, rule, line, message in layering.all_findings(root)
           if (path, rule, line, message) not in tree_findings]
    assert len(new) == len(PROBES)
    for _path, _source, rule, message in PROBES.values():
        assert any(rule == found_rule and message in text for found_rule, text in new), (rule, message)
    assert layering.violations(root) != []
