"""Update the .ts files from the sources, compile them to .qm and build ``gui/resources_rc.py``.

    python -m netzplaner.gui.translations.build            # lupdate + lrelease + rcc
    python -m netzplaner.gui.translations.build --no-update  # only lrelease + rcc (after editing a .ts by hand)

The .qm files and the icons (``resources/netzplaner.svg`` and the tool icons in ``resources/icons/``) go into the
compiled resource module, so neither a source checkout nor the frozen build needs
extra data files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUI = HERE.parent
REPO = GUI.parent.parent
LANGUAGES = ("de", "en")
ICONS = ("netzplaner.svg",)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials in this environment")
    return found


def update_ts() -> None:
    sources = sorted(str(p) for p in GUI.rglob("*.py") if p.name != "resources_rc.py")
    for lang in LANGUAGES:
        subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources,
                        "-ts", str(HERE / f"netzplaner_{lang}.ts")], check=True, capture_output=True)


def compile_qm(target: Path) -> None:
    for lang in LANGUAGES:
        subprocess.run([_tool("lrelease"), "-silent", str(HERE / f"netzplaner_{lang}.ts"),
                        "-qm", str(target / f"netzplaner_{lang}.qm")], check=True)


def build_resources() -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        compile_qm(folder)
        for icon in ICONS:
            shutil.copy(REPO / "resources" / icon, folder / icon)
        tool_icons = sorted((REPO / "resources" / "icons").glob("*.svg"))  # Lucide (ISC), see resources/icons/LICENSE
        for icon in tool_icons:
            shutil.copy(icon, folder / icon.name)
        qrc = folder / "netzplaner.qrc"
        entries = [f'<file alias="i18n/netzplaner_{lang}.qm">netzplaner_{lang}.qm</file>' for lang in LANGUAGES]
        entries += [f'<file alias="icons/{icon}">{icon}</file>' for icon in ICONS]
        entries += [f'<file alias="icons/{icon.name}">{icon.name}</file>' for icon in tool_icons]
        qrc.write_text("<RCC><qresource prefix=\"/\">" + "".join(entries) + "</qresource></RCC>",
                       encoding="utf-8")
        out = GUI / "resources_rc.py"
        subprocess.run([_tool("rcc"), "-g", "python", str(qrc), "-o", str(out)], check=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-update", action="store_true", help="do not run lupdate")
    args = parser.parse_args()
    if not args.no_update:
        update_ts()
    print(f"wrote {build_resources()}")


if __name__ == "__main__":
    main()
