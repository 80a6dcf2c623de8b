"""The import rules (docs/architecture.md, "Layers"), as a checker over the package's source.

Each rule is one small function ``rule(source) -> [(line, message)]``; ``violations(root)`` runs them all over every
module below ``root`` (the real package, or a temporary copy with a probe module in it). Imports are read from the
syntax tree: ``import``, ``from ... import`` (relative ones and the bare package, ``from .. import gui``, included)
and ``importlib.import_module``/``__import__`` with a literal name.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "netzplaner"

# Lowest first; a layer imports only the layers before it. "__init__" is the package root (the version number).
# cli sits above gui: it is the program's entry point, opens the window and draws pictures through gui.map.map_export;
# selftest drives the GUI and ``netzplaner --selftest`` runs it; cli_team holds ``netzplaner team ...``, registered by cli
# (cli_team_sync its publish|pull|push, cli_team_upgrade its upgrade); cli_new holds ``netzplaner new``.
LAYERS = ["__init__", "domain", "store", "io", "analysis", "services", "gui", "selftest", "cli_team_sync",
          "cli_team_upgrade", "cli_team", "cli_snapshot", "cli_compare", "cli_new", "cli", "__main__"]
# Beside the order: the Python API stands on services (and what is below it); no layer imports it.
STANDS_ON = {"api": "services"}
# Above services the data is reached only through services.Workspace (docs/architecture.md, "The store protocol").
FRONT_ENDS = {"api", "gui", "selftest", "cli_team_sync", "cli_team_upgrade", "cli_team", "cli_snapshot",
              "cli_compare", "cli_new", "cli", "__main__"}
QT_FREE = {"domain", "store", "io", "analysis", "services", "api"}
QT_PACKAGES = {"PySide6", "shiboken6", "pyqtgraph"}
# Store modules that hold SQLAlchemy objects, with the names other layers may take from them (the rest is internal).
STORE_INTERNALS = {"netzplaner.store.models": set(), "netzplaner.store.mapping": set(),
                   "netzplaner.store.uow": {"UnitOfWork", "Snapshot"}}
# Handles on SQLAlchemy tables and connections: the schema's registries, a unit of work's connection and tables.
SQL_NAMES = {"ENTITIES", "TABLES"}
SQL_ATTRIBUTES = {"conn"}
SQL_METHODS = {"table"}
DYNAMIC_IMPORTERS = {"import_module", "__import__"}

# Leaks the store-door branch removes (issue 13); the lead empties this set after merging it.
# test_every_known_leak_is_still_there fails as soon as an entry no longer matches, so the set cannot go stale.
KNOWN_LEAKS: set[tuple[str, str]] = set()  # (path, rule) pairs tolerated for now; empty since issue 13


@dataclass(frozen=True)
class Import:
    module: str  # absolute dotted name of the module imported (or the module a name is taken from)
    name: str | None  # the name taken from it; None when the whole module is imported
    line: int


def dotted(imp: Import) -> str:
    return f"{imp.module}.{imp.name}" if imp.name else imp.module


@dataclass(frozen=True)
class Source:
    path: str  # "netzplaner/services/demo.py"
    layer: str
    tree: ast.Module
    imports: tuple[Import, ...]


# -- reading a module ----------------------------------------------------------------------------------------


def layer_of_path(rel: Path) -> str:
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def layer_of_module(module: str) -> str | None:
    """The layer a ``netzplaner...`` module belongs to; None outside the package."""
    parts = module.split(".")
    if parts[0] != "netzplaner":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def _is_module(root: Path, name: str) -> bool:
    path = root.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _resolve(package: list[str], level: int, module: str | None) -> str:
    base = package[: len(package) - level + 1]
    return ".".join(base + ([module] if module else []))


def _dynamic_calls(tree: ast.Module) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in DYNAMIC_IMPORTERS:
                yield node


def _literal_name(call: ast.Call) -> str | None:
    arg = call.args[0] if call.args else None
    return arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None


def imports_of(root: Path, rel: Path, tree: ast.Module) -> tuple[Import, ...]:
    package = ["netzplaner", *rel.parts[:-1]]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(alias.name, None, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = _resolve(package, node.level, node.module) if node.level else node.module or ""
            for alias in node.names:  # "from .. import gui" imports the module netzplaner.gui
                sub = f"{module}.{alias.name}"
                found.append(Import(sub, None, node.lineno) if _is_module(root, sub)
                             else Import(module, alias.name, node.lineno))
    for call in _dynamic_calls(tree):
        name = _literal_name(call)
        if name:
            dots = len(name) - len(name.lstrip("."))
            found.append(Import(_resolve(package, dots, name[dots:]) if dots else name, None, call.lineno))
    return tuple(found)


def read_source(root: Path, path: Path) -> Source:
    rel = path.relative_to(root)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return Source(f"netzplaner/{rel.as_posix()}", layer_of_path(rel), tree, imports_of(root, rel, tree))


# -- the rules -------------------------------------------------------------------------------------------------


def allowed_layers(layer: str) -> set[str]:
    if layer in STANDS_ON:
        return set(LAYERS[: LAYERS.index(STANDS_ON[layer]) + 1])
    return set(LAYERS[: LAYERS.index(layer)])


def every_module_has_a_layer(src: Source) -> list[tuple[int, str]]:
    if src.layer in LAYERS or src.layer in STANDS_ON:
        return []
    return [(1, f"{src.layer} is in no layer: place it in LAYERS (docs/architecture.md, 'Layers')")]


def imports_point_down(src: Source) -> list[tuple[int, str]]:
    if src.layer not in LAYERS and src.layer not in STANDS_ON:
        return []
    allowed = allowed_layers(src.layer) | {src.layer}
    return [(imp.line, f"{src.layer} must not import {imp.module} (it is not below {src.layer})")
            for imp in src.imports
            if layer_of_module(imp.module) not in allowed and layer_of_module(imp.module) is not None]


def front_ends_reach_data_through_services(src: Source) -> list[tuple[int, str]]:
    return [(imp.line, f"{src.layer} reaches the data through services.Workspace, not {dotted(imp)}")
            for imp in src.imports if src.layer in FRONT_ENDS and layer_of_module(imp.module) == "store"]


def only_store_imports_sqlalchemy(src: Source) -> list[tuple[int, str]]:
    return [(imp.line, f"only store/ may import SQLAlchemy ({imp.module})")
            for imp in src.imports if src.layer != "store" and imp.module.split(".")[0] == "sqlalchemy"]


def lower_layers_import_no_qt(src: Source) -> list[tuple[int, str]]:
    return [(imp.line, f"{src.layer} must not import Qt ({imp.module})")
            for imp in src.imports if src.layer in QT_FREE and imp.module.split(".")[0] in QT_PACKAGES]


def store_internals_stay_inside(src: Source) -> list[tuple[int, str]]:
    def internal(imp: Import) -> bool:
        public = STORE_INTERNALS.get(imp.module)
        return public is not None and imp.name not in public

    return [(imp.line, f"{dotted(imp)} is internal to store/")
            for imp in src.imports if src.layer != "store" and internal(imp)]


def no_sqlalchemy_objects_outside_store(src: Source) -> list[tuple[int, str]]:
    if src.layer == "store":
        return []
    found = []
    for node in ast.walk(src.tree):
        if isinstance(node, ast.Name) and node.id in SQL_NAMES:
            found.append((node.lineno, f"{node.id} holds SQLAlchemy tables: they stay inside store/"))
        elif isinstance(node, ast.Attribute) and node.attr in SQL_NAMES | SQL_ATTRIBUTES:
            found.append((node.lineno, f".{node.attr} is a SQLAlchemy handle: it stays inside store/"))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in SQL_METHODS):
            found.append((node.lineno, f".{node.func.attr}() returns a SQLAlchemy table: it stays inside store/"))
    return found


def dynamic_imports_name_a_literal(src: Source) -> list[tuple[int, str]]:
    return [(call.lineno, "a dynamic import of a computed name cannot be checked: write the module name out")
            for call in _dynamic_calls(src.tree) if _literal_name(call) is None]


RULES = [every_module_has_a_layer, imports_point_down, front_ends_reach_data_through_services,
         only_store_imports_sqlalchemy, lower_layers_import_no_qt, store_internals_stay_inside,
         no_sqlalchemy_objects_outside_store, dynamic_imports_name_a_literal]


# -- running them ----------------------------------------------------------------------------------------------


def findings(src: Source) -> list[tuple[str, int, str]]:
    """Every (rule name, line, message) for one module, known leaks included."""
    return [(rule.__name__, line, message) for rule in RULES for line, message in sorted(rule(src))]


def sources(root: Path = PACKAGE) -> list[Source]:
    return [read_source(root, path) for path in sorted(root.rglob("*.py"))]


def all_findings(root: Path = PACKAGE) -> list[tuple[str, str, int, str]]:
    """(path, rule name, line, message) for every module below ``root``, known leaks included."""
    return [(src.path, rule, line, message) for src in sources(root) for rule, line, message in findings(src)]


def violations(root: Path = PACKAGE) -> list[str]:
    """Every finding outside KNOWN_LEAKS, as "path:line: message [rule]"."""
    return [f"{path}:{line}: {message} [{rule}]" for path, rule, line, message in all_findings(root)
            if (path, rule) not in KNOWN_LEAKS]
