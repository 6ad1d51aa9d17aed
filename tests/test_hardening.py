"""The process is hardened before it reads anything (issue 13 points 5 and 6; R-DATA-3: no
personal data in plaintext on disk, crash output included)."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import central, desk

ROOT = Path(__file__).resolve().parent.parent
MARKER = "Маркерова Тестбүбү 11503199000123"
CRASH = (
    "import os, sys\n"
    "if sys.argv[1] == 'hardened':\n"
    "    from app.security.hardening import harden_process\n"
    "    harden_process()\n"
    "held = [sys.argv[2] + ' ' + str(i) for i in range(2000)]  # a voter the crashing process holds\n"
    "os.abort()\n"
)


def _cores_wanted() -> None:
    """In the child: core dumps asked for by the environment (as `ulimit -c unlimited` does), and
    the loosest umask, so the hardening has something to undo."""
    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    os.umask(0o022)


def _crash(tmp_path: Path, kind: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CRASH, kind, MARKER], cwd=tmp_path, preexec_fn=_cores_wanted,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def _files_with_marker(folder: Path) -> list[Path]:
    needle = MARKER.encode()
    return [path for path in folder.rglob("*") if path.is_file() and needle in path.read_bytes()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux core-dump rules")
def test_a_hardened_crash_leaves_no_core_and_no_marker(tmp_path: Path) -> None:
    """R-DATA-3: with core dumps requested, an unhardened process that aborts leaves a core file
    holding the voter it held (the control: this machine writes cores); a hardened one leaves none."""
    control, hardened = tmp_path / "control", tmp_path / "hardened"
    control.mkdir()
    hardened.mkdir()
    assert _crash(control, "control").returncode == -signal.SIGABRT
    if not list(control.iterdir()):
        pytest.skip("this machine writes no core file into the working directory (kernel.core_pattern)")
    assert _files_with_marker(control), "the control's core holds the marker"
    for core in control.iterdir():  # the marker in plaintext: gone as soon as it proved the point
        core.unlink()
    assert _crash(hardened, "hardened").returncode == -signal.SIGABRT
    assert list(hardened.iterdir()) == [] and _files_with_marker(hardened) == []


def test_the_hardening_takes_effect_in_the_process() -> None:
    """RLIMIT_CORE 0 (soft and hard: no child raises it), not dumpable, umask 077."""
    code = (
        "import os, resource\n"
        "from app.security.hardening import harden_process, dumpable\n"
        "report = harden_process()\n"
        "mask = os.umask(0); os.umask(mask)\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), dumpable(), oct(mask), sorted(report.done))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], preexec_fn=_cores_wanted, env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert out.stdout.startswith("(0, 0) 0 0o77 "), out.stdout
    assert "not-dumpable" in out.stdout and "rlimit-core-0" in out.stdout and "umask-077" in out.stdout


@pytest.mark.parametrize("module", [desk, central])
def test_both_commands_harden_before_reading_their_arguments(module: object, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def parser() -> None:
        calls.append("parsed")
        raise SystemExit(0)

    monkeypatch.setattr(module, "harden_process", lambda: calls.append("hardened"))
    monkeypatch.setattr(module, "build_parser", parser)
    with pytest.raises(SystemExit):
        module.main([])  # type: ignore[attr-defined]
    assert calls == ["hardened", "parsed"]


@pytest.mark.parametrize("command", ["app.cli.desk", "app.cli.central"])
def test_version_names_the_build_and_the_parts(command: str) -> None:
    """Issue 13 point 6: the version, the build kind, SQLCipher's, Qt's and Python's versions."""
    out = subprocess.run(
        [sys.executable, "-m", command, "--version"], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    lines = out.stdout.splitlines()
    prog = "pec-desk" if command.endswith("desk") else "pec-central"
    assert lines[0].startswith(f"{prog} ") and lines[0].endswith("(development build)"), lines
    assert lines[1].startswith("SQLCipher 4.") and "(SQLite 3." in lines[1]
    assert lines[2].startswith("Qt 6.") and "(PySide6 6." in lines[2]
    assert lines[3].startswith("Python 3.")
