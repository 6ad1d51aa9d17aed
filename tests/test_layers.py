"""Layering (DESIGN.md, STYLE.md): Qt only in app/ui, the DB driver never in app/ui.

Which app module may import which (the layers, entry points, no cycle) is tests/test_shape.py.
"""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
QT_FREE = ("models", "security", "services", "sync", "printing", "central", "cli")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
            names.add(node.module)
    return names


def _files(*packages: str) -> list[Path]:
    return [f for p in packages for f in sorted((APP / p).rglob("*.py"))]


def test_qt_free_packages_never_import_pyside6() -> None:
    top = [f for f in sorted(APP.glob("*.py")) if f.name != "main.py"]  # main.py: the composition root
    files = [*_files(*QT_FREE), *top]
    offenders = [str(f.relative_to(APP)) for f in files if "PySide6" in _imports(f)]
    assert len(files) > 20
    assert offenders == []


def test_ui_never_imports_the_database_driver() -> None:
    offenders = [str(f.relative_to(APP)) for f in _files("ui") if "sqlcipher3" in _imports(f)]
    assert offenders == []


def test_the_layer_check_would_catch_a_leak(tmp_path: Path) -> None:
    leak = tmp_path / "leak.py"
    leak.write_text("from PySide6.QtWidgets import QWidget\nimport sqlcipher3\n")
    assert {"PySide6", "sqlcipher3"} <= _imports(leak)
