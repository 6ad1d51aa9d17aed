"""Each service takes only the narrow port it needs (issue 11 point 6, app/services/ports.py).

`DeskContext`, the runtime of one data dir, is named only where it is built and handed out: in
app/services/context.py (where it is defined) and app/services/desk_services.py (the window's
services), and in the composition code outside app/services (app/main.py, app/cli/). A service
module that names it, even in a comment, has slipped back to the whole runtime; app/ui/ must not
name it at all (issue 11 acceptance). mypy strict proves each port is enough for its service;
this test keeps the name from coming back and shows the runtime still provides every port.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Protocol

from app.clock import SystemClock
from app.security.device_secret import DeviceSecretStore
from app.services import ports
from app.services.context import DeskContext
from app.services.data_dir import Paths
from app.services.device import Device
from app.services.store import Store

ROOT = Path(__file__).resolve().parent.parent
NAME = re.compile(r"\bDeskContext\b")
ALLOWED = {"app/services/context.py", "app/services/desk_services.py"}
CHECKED = ("app/services", "app/ui")


def mentions(root: Path) -> list[str]:
    """The modules under `root`'s app/services and app/ui, other than ALLOWED, naming DeskContext."""
    found = []
    for package in CHECKED:
        for path in sorted((root / package).rglob("*.py")):
            name = path.relative_to(root).as_posix()
            if name not in ALLOWED and NAME.search(path.read_text(encoding="utf-8")):
                found.append(name)
    return found


def test_no_service_or_view_names_the_whole_runtime() -> None:
    assert mentions(ROOT) == []


def _plant(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


CLEAN = {
    "app/services/context.py": "class DeskContext: ...\n",
    "app/services/desk_services.py": "from app.services.context import DeskContext\n",
    "app/services/claims.py": "from app.services.ports import PrecinctStore\n",
    "app/ui/window.py": "x = 'DeskContexts'  # another word\n",
}


def test_the_planted_clean_tree_passes(tmp_path: Path) -> None:
    assert mentions(_plant(tmp_path, CLEAN)) == []


def test_a_planted_mention_is_caught(tmp_path: Path) -> None:
    planted = {
        "app/services/backup.py": "def f(ctx: DeskContext) -> None: ...\n",
        "app/services/sub/deep.py": "# hands the DeskContext on\n",
        "app/ui/documents/dialogs.py": "from app.services.context import DeskContext\n",
    }
    assert mentions(_plant(tmp_path, {**CLEAN, **planted})) == sorted(planted)


def _members(port: type) -> set[str]:
    """The names a port declares, its bases' included."""
    names: set[str] = set()
    for base in port.__mro__:
        if base is not Protocol and issubclass(base, Protocol) and base.__module__ == ports.__name__:
            names |= {n for n in vars(base) if not n.startswith("_")}
    return names


PORTS = [c for _, c in inspect.getmembers(ports, inspect.isclass) if c.__module__ == ports.__name__]


def _provided(obj: object) -> set[str]:
    """What an object offers: its class's members and the attributes its constructor set (read
    without calling a property, which may need an open store)."""
    return {n for n in dir(type(obj)) if not n.startswith("_")} | set(vars(obj))


def test_the_runtime_provides_every_port(tmp_path: Path) -> None:
    """Every member a port names is there on DeskContext (the composition hands it to them all)."""
    assert len(PORTS) > 20
    offered = _provided(DeskContext(tmp_path))
    missing = {port.__name__: sorted(_members(port) - offered) for port in PORTS}
    assert {k: v for k, v in missing.items() if v} == {}


def test_the_store_provides_what_it_hands_itself(tmp_path: Path) -> None:
    """The store settles its staged files and raises the keyring's mark by handing itself on."""
    paths = Paths(tmp_path)
    offered = _provided(Store(paths, Device(paths, DeviceSecretStore()), SystemClock()))
    for port in (ports.StagingStore, ports.KeyringMarks, ports.DeviceFiles):
        assert _members(port) <= offered, port.__name__
