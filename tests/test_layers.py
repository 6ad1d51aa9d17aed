"""Layering (DESIGN.md, STYLE.md): Qt only in app/ui, the DB driver never in app/ui."""

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
    files = [*_files(*QT_FREE), APP / "errors.py", APP / "messages.py", APP / "clock.py"]
    offenders = [str(f.relative_to(APP)) for f in files if "PySide6" in _imports(f)]
    assert len(files) > 20
    assert offenders == []


def test_ui_never_imports_the_database_driver() -> None:
    offenders = [str(f.relative_to(APP)) for f in _files("ui") if "sqlcipher3" in _imports(f)]
    assert offenders == []


def test_lower_layers_do_not_import_upper_ones() -> None:
    """models < security < services < ui/cli: imports only point down."""
    above = {
        "models": ("app.security", "app.services", "app.ui", "app.cli", "app.sync"),
        "security": ("app.services", "app.ui", "app.cli"),
        "services": ("app.ui", "app.cli"),
    }
    offenders = [
        f"{f.relative_to(APP)} imports {name}"
        for package, banned in above.items()
        for f in _files(package)
        for name in _imports(f)
        if name.startswith(banned)
    ]
    assert offenders == []


def test_the_layer_check_would_catch_a_leak(tmp_path: Path) -> None:
    leak = tmp_path / "leak.py"
    leak.write_text("from PySide6.QtWidgets import QWidget\nimport sqlcipher3\n")
    assert {"PySide6", "sqlcipher3"} <= _imports(leak)
