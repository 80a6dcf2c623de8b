"""Imports point down the layers (DESIGN.md section 4); only store/ touches SQLAlchemy; lower layers have no Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "netzplaner"
LAYERS = ["domain", "store", "io", "analysis", "services", "cli", "gui"]  # lowest first
# what each layer may import from the package (besides itself)
ALLOWED = {
    "domain": set(),
    "store": {"domain"},
    "analysis": {"domain"},
    "io": {"domain", "analysis"},
    "services": {"domain", "store", "analysis", "io"},
    "cli": {"domain", "analysis", "io", "services", "gui"},  # data only through services.Workspace
    "api": {"domain", "services"},
    "gui": {"domain", "analysis", "io", "services"},
}
QT_FREE = {"domain", "store", "analysis", "io", "services", "api"}


def _layer_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    layer_parts = path.relative_to(PACKAGE).parts
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the package
                base = ["netzplaner", *layer_parts[:-1]][: len(layer_parts) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.append((name, node.lineno))
    return found


def _violations(check) -> list[str]:
    problems = []
    for path in PACKAGE.rglob("*.py"):
        layer = _layer_of(path)
        for name, line in _imports(path):
            message = check(layer, name)
            if message:
                problems.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {message}")
    return problems


def _layer_rule(layer: str, name: str) -> str | None:
    if not name.startswith("netzplaner.") or layer not in ALLOWED:
        return None
    target = name.split(".")[1]
    if target in (layer, "__init__") or target not in ALLOWED or target in ALLOWED[layer]:
        return None
    return f"{layer} must not import {name}"


def _sqlalchemy_rule(layer: str, name: str) -> str | None:
    if name.split(".")[0] == "sqlalchemy" and layer != "store":
        return f"only store/ may import SQLAlchemy ({name})"
    return None


def _qt_rule(layer: str, name: str) -> str | None:
    if layer in QT_FREE and name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
        return f"{layer} must not import Qt ({name})"
    return None


def test_imports_point_down():
    assert _violations(_layer_rule) == []


def test_only_store_imports_sqlalchemy():
    assert _violations(_sqlalchemy_rule) == []


def test_lower_layers_import_no_qt():
    assert _violations(_qt_rule) == []


def test_rules_catch_a_violation(tmp_path):
    """The checks themselves must be able to fail: feed them the imports a bad module would have."""
    assert _sqlalchemy_rule("services", "sqlalchemy.orm")
    assert _qt_rule("domain", "PySide6.QtCore")
    assert _layer_rule("store", "netzplaner.services.partners")
    assert _layer_rule("domain", "netzplaner.store.models")
    assert _layer_rule("services", "netzplaner.gui.main_window")
    assert _layer_rule("services", "netzplaner.store.uow") is None
