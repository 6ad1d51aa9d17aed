"""Guard rails that hold the shape of app/ (issue 11 point 8; DESIGN.md "Layering", STYLE.md).

The layers, from the top; imports only point down (any number of levels):

    ui        5  Qt widgets. Nothing imports it but app/main.py, the composition root.
    services  4  one module per workflow.
    sync      3  the envelope, packages, batches  } the same level, and independent: neither
    printing  3  reportlab documents               } imports the other (none does today; both
                                                     are used by the services, DESIGN.md).
    security  2  keys, sessions, permissions, audit, scanners.
    words     1  app/catalogue.py, app/messages.py, app/field_messages.py: they import models
                 (the vocabulary) and every layer above may import them; they may import each other.
    models    0  app/models/ and app/errors.py, app/clock.py, app/paths.py, app/language.py
                 (and the package's own app/__init__.py); they may import each other.

Entry points sit beside the layers: `app/cli/` (`pec-desk`, `pec-central`) may import any layer
but ui (it reaches the window through app/main.py, which only it imports); `app/central/` (the
central-side tool) uses sync and what lies below (DESIGN.md: "uses app/sync and app/models"),
never the desk's services, ui or cli. Only `app/cli/` imports `app/central/`; nothing imports
`app/cli/`.

Every import counts: at module level, inside functions and under `if TYPE_CHECKING:`; a
relative import is resolved; `from app.x import y` where `y` is a module is an import of
`app.x.y`. The same graph must have no cycle (an import inside a function only hides one).
No file in app/ is over 400 lines.

Each checker works on any tree, so each rule is also shown to catch a violation planted in a
temporary package. Known offenders on main while issue 11 is fixed on other branches are listed
in KNOWN_* below; the merge empties those lists, and a listed offender that is gone fails too, so
the lists cannot rot.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 400

LEVELS = {"ui": 5, "services": 4, "sync": 3, "printing": 3, "security": 2, "words": 1, "models": 0}
WORDS = ("catalogue", "messages", "field_messages", "defect_messages", "scan_messages")
MODELS_TOP = ("errors", "clock", "paths", "language", "build_info")
ENTRY = ("cli", "central", "main")

# Known offenders, each with the issue that removes it; empty now, and a listed offender that is
# gone fails the test, so an entry cannot outlive its fix.
KNOWN_LAYER: set[str] = set()
KNOWN_CYCLES: set[frozenset[str]] = set()
KNOWN_LONG: set[str] = set()


# --- the import graph -------------------------------------------------------------------------


def modules(root: Path) -> dict[str, Path]:
    """Every module of the `app` package under `root`, by dotted name (a package by its own)."""
    found: dict[str, Path] = {}
    for path in sorted((root / "app").rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _nearest(name: str, known: dict[str, Path]) -> str | None:
    """`name` or its nearest enclosing module (`app.x.Y` names a class in app.x)."""
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def _from_base(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".") if is_package else module.split(".")[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def _targets(node: ast.AST, module: str, is_package: bool, known: dict[str, Path]) -> Iterable[str | None]:
    if isinstance(node, ast.Import):
        return [_nearest(alias.name, known) for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        base = _from_base(node, module, is_package)
        return [f"{base}.{a.name}" if f"{base}.{a.name}" in known else _nearest(base, known) for a in node.names]
    return []


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module → the app modules it imports, wherever the import statement stands."""
    known = modules(root)
    graph: dict[str, set[str]] = {}
    for module, path in known.items():
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            edges |= {t for t in _targets(node, module, is_package, known) if t and t != module}
        graph[module] = edges
    return graph


# --- layers ------------------------------------------------------------------------------------


def group(module: str) -> str:
    """The part of app/ a module belongs to: a package name, `main`, `words` or `models`."""
    parts = module.split(".")
    head = parts[1] if len(parts) > 1 else "models"  # app/__init__.py sits with models
    if head in WORDS:
        return "words"
    if head in MODELS_TOP:
        return "models"
    return head


# Groups only some may import: ui by the composition root, the entry points by the CLI alone.
IMPORTED_ONLY_BY = {"ui": {"main"}, "central": {"cli"}, "main": {"cli"}, "cli": set[str]()}


def _entry_allows(source: str, target: str) -> bool:
    if source == "central":
        return target in LEVELS and LEVELS[target] <= LEVELS["sync"]
    return True  # cli and main: any layer (ui and the entry points are settled before)


def _layer_allows(source: str, target: str) -> bool:
    if source not in LEVELS or target not in LEVELS:
        return False  # a new package must be given its place in LEVELS first
    if LEVELS[source] == LEVELS[target]:
        return False  # sync and printing: the same level, independent
    return LEVELS[target] < LEVELS[source]


def allowed(source: str, target: str) -> bool:
    """May a module of group `source` import one of group `target`?"""
    if source == target:
        return True
    if target in IMPORTED_ONLY_BY:
        return source in IMPORTED_ONLY_BY[target]
    if source in ENTRY:
        return _entry_allows(source, target)
    return _layer_allows(source, target)


def layer_violations(graph: dict[str, set[str]]) -> set[str]:
    return {
        f"{source} -> {target}"
        for source, targets in graph.items()
        for target in targets
        if not allowed(group(source), group(target))
    }


# --- cycles ------------------------------------------------------------------------------------


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = _pop_component(stack, on_stack, node)
                    if len(component) > 1:
                        found.add(component)
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph.get(child, ())))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def _pop_component(stack: list[str], on_stack: set[str], root: str) -> frozenset[str]:
    component: set[str] = set()
    while True:
        member = stack.pop()
        on_stack.discard(member)
        component.add(member)
        if member == root:
            return frozenset(component)


# --- sizes -------------------------------------------------------------------------------------


def long_files(root: Path) -> set[str]:
    return {
        path.relative_to(root).as_posix()
        for path in modules(root).values()
        if len(path.read_text(encoding="utf-8").splitlines()) > MAX_LINES
    }


# --- the rules on app/ --------------------------------------------------------------------------


def test_every_package_has_its_place_in_the_layers() -> None:
    groups = {group(m) for m in modules(ROOT)}
    assert groups <= set(LEVELS) | set(ENTRY)
    assert {"ui", "services", "sync", "printing", "security", "models", "words", "cli", "central"} <= groups


def test_imports_only_point_down() -> None:
    graph = import_graph(ROOT)
    assert sum(len(t) for t in graph.values()) > 300  # the graph is really read
    found = layer_violations(graph)
    assert found - KNOWN_LAYER == set()
    assert KNOWN_LAYER - found == set(), "fixed: empty KNOWN_LAYER of these"


def test_the_import_graph_has_no_cycle() -> None:
    found = cycles(import_graph(ROOT))
    assert found - KNOWN_CYCLES == set()
    assert KNOWN_CYCLES - found == set(), "fixed: empty KNOWN_CYCLES of these"


def test_no_file_in_app_is_over_400_lines() -> None:
    found = long_files(ROOT)
    assert found - KNOWN_LONG == set()
    assert KNOWN_LONG - found == set(), "fixed: empty KNOWN_LONG of these"


# --- each checker catches a planted violation ----------------------------------------------------


def _plant(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in {"app/__init__.py": "", **files}.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for parent in path.relative_to(tmp_path).parents:
            if parent.parts and not (tmp_path / parent / "__init__.py").exists():
                (tmp_path / parent / "__init__.py").write_text("")
        path.write_text(text)
    return tmp_path


CLEAN = {
    "app/errors.py": "",
    "app/messages.py": "from app.errors import X\n",
    "app/models/db.py": "from app import errors\n",
    "app/security/audit.py": "from app.models.db import c\nfrom app.messages import m\n",
    "app/sync/envelope.py": "from ..security import audit\n",
    "app/printing/receipt.py": "import app.models.db\n",
    "app/services/claims.py": "from app.sync import envelope\nfrom app.printing.receipt import R\n",
    "app/ui/window.py": "from app.services.claims import C\nfrom app.security.audit import A\n",
    "app/main.py": "from app.ui.window import W\n",
    "app/central/service.py": "from app.sync.envelope import E\n",
    "app/cli/desk.py": "from app.services import claims\ndef gui():\n    from app.main import run\n",
    "app/cli/central.py": "from app.central.service import Central\n",
}


def test_the_planted_clean_tree_passes(tmp_path: Path) -> None:
    graph = import_graph(_plant(tmp_path, CLEAN))
    assert graph["app.sync.envelope"] == {"app.security.audit"}
    assert graph["app.cli.desk"] == {"app.services.claims", "app.main"}
    assert layer_violations(graph) == set()
    assert cycles(graph) == set()


PLANTED = [
    ("app/models/voters.py", "from app.services.claims import C\n", "app.models.voters -> app.services.claims"),
    ("app/errors.py", "from app.messages import m\n", "app.errors -> app.messages"),
    ("app/security/keys.py", "def f():\n    from app.sync import envelope\n", "app.security.keys -> app.sync.envelope"),
    (
        "app/services/demo.py",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.ui.window import W\n",
        "app.services.demo -> app.ui.window",
    ),
    ("app/sync/pdf.py", "from ..printing import receipt\n", "app.sync.pdf -> app.printing.receipt"),
    ("app/printing/seal.py", "import app.sync.envelope\n", "app.printing.seal -> app.sync.envelope"),
    ("app/services/demo.py", "from app.central.service import Central\n", "app.services.demo -> app.central.service"),
    ("app/main.py", "from app.central import service\n", "app.main -> app.central.service"),
    ("app/central/x.py", "from app.services.claims import C\n", "app.central.x -> app.services.claims"),
    ("app/central/x.py", "from app.cli.desk import main\n", "app.central.x -> app.cli.desk"),
    ("app/services/x.py", "from app.main import run\n", "app.services.x -> app.main"),
    ("app/cli/gui.py", "from app.ui.window import W\n", "app.cli.gui -> app.ui.window"),
    ("app/newpkg/x.py", "from app.models.db import c\n", "app.newpkg.x -> app.models.db"),
]


@pytest.mark.parametrize(("name", "text", "violation"), PLANTED)
def test_a_planted_layer_violation_is_caught(tmp_path: Path, name: str, text: str, violation: str) -> None:
    graph = import_graph(_plant(tmp_path, {**CLEAN, name: text}))
    assert violation in layer_violations(graph)


def test_a_cycle_hidden_in_a_function_is_caught(tmp_path: Path) -> None:
    planted = {
        "app/services/claims.py": "from app.services import scanning\n",
        "app/services/scanning.py": "from .export import send\n",
        "app/services/export.py": "def send():\n    from app.services.claims import C\n",
    }
    found = cycles(import_graph(_plant(tmp_path, {**CLEAN, **planted})))
    assert found == {frozenset({"app.services.claims", "app.services.scanning", "app.services.export"})}


def test_a_two_module_cycle_under_type_checking_is_caught(tmp_path: Path) -> None:
    planted = {
        "app/cli/desk.py": "from app.cli import recovery\n",
        "app/cli/recovery.py": "import typing\nif typing.TYPE_CHECKING:\n    from app.cli.desk import Desk\n",
    }
    found = cycles(import_graph(_plant(tmp_path, {**CLEAN, **planted})))
    assert found == {frozenset({"app.cli.desk", "app.cli.recovery"})}


def test_a_long_file_is_caught(tmp_path: Path) -> None:
    root = _plant(tmp_path, {**CLEAN, "app/ui/big.py": "x = 1\n" * 401, "app/ui/fits.py": "x = 1\n" * 400})
    assert long_files(root) == {"app/ui/big.py"}
