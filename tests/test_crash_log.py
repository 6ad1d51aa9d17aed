"""The crash log (issue 13 point 5; R-DATA-3): a failure's types and frames for the administrator,
never a value a voter could be recognised by; a hard crash leaves its frames there and no core.

The window's case (an exception inside a view holding a marker voter) is tests/gui/test_crash_in_view.py.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.common import run_guarded
from app.security import crash_log
from app.security.crash_log import crash_log_path, record_crash, trace_lines
from tests.conftest import PLANTED
from tests.test_hardening import _cores_wanted

ROOT = Path(__file__).resolve().parent.parent
MARKERS = (PLANTED.pin, PLANTED.last_name, "Маркер")


def files_with_markers(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                found += [path for m in MARKERS if m.encode() in data or m.encode("utf-16-le") in data]
    return found


def view_holding(voter: str) -> None:
    address = PLANTED.address  # a local holding personal data
    raise KeyError(f"{voter} {address}")


def test_a_trace_is_types_and_frames_only() -> None:
    """The chain through `raise ... from` and `during handling`, the errno's name, every frame as
    file:line in function; neither the messages nor the locals."""
    try:
        try:
            view_holding(PLANTED.full_name + " " + PLANTED.pin)
        except KeyError as exc:
            raise OSError(errno.ENOSPC, f"no room for {PLANTED.pin}") from exc
    except OSError as exc:
        lines = trace_lines(exc)
    text = "\n".join(lines)
    assert lines[0] == "OSError (ENOSPC)"
    assert "raised while handling or from:" in lines and "KeyError" in lines
    assert any(line.startswith("  tests/test_crash_log.py:") and line.endswith(" in view_holding") for line in lines)
    assert not any(marker in text for marker in MARKERS)


def test_a_command_that_fails_writes_its_frames_and_no_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug in a command: `[internal-error]` on stderr, one record in `<data>/logs/crash.log`
    (0600 in a 0700 folder); the marker nowhere, neither in the log nor on stderr. A refusal (a
    code the program meant) writes no record."""
    data = tmp_path / "data"
    data.mkdir()
    code = run_guarded(lambda: view_holding(PLANTED.full_name) or 0, where=lambda: data)
    err = capsys.readouterr().err
    log = crash_log_path(data)
    assert code == 2 and err.startswith("[internal-error] ") and "KeyError" in err
    text = log.read_text(encoding="utf-8")
    assert text.startswith("== ") and "(development build) in command" in text and "in view_holding" in text
    assert log.stat().st_mode & 0o777 == 0o600 and log.parent.stat().st_mode & 0o777 == 0o700
    assert files_with_markers(tmp_path) == [] and not any(m in err for m in MARKERS)

    from app.errors import AppError, Reason

    def refused() -> int:
        raise AppError(Reason.NOT_PERMITTED)

    assert run_guarded(refused, where=lambda: data) == 1
    assert log.read_text(encoding="utf-8") == text


def test_the_log_keeps_its_newer_half(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crash_log, "MAX_BYTES", 4096)
    for n in range(60):
        record_crash(tmp_path, RuntimeError(), f"round {n}")
    text = crash_log_path(tmp_path).read_text(encoding="utf-8")
    assert len(text.encode()) <= 4096 + 200 and text.startswith("== ")
    assert "in round 59" in text and "in round 0\n" not in text


def test_no_data_dir_means_no_log(tmp_path: Path) -> None:
    assert record_crash(tmp_path / "missing", RuntimeError()) is None
    assert record_crash(None, RuntimeError()) is None
    assert not (tmp_path / "missing").exists()


HARD_CRASH = """
import ctypes, sys
from pathlib import Path
from app.security.hardening import harden_process
from app.security.crash_log import enable_fault_log
harden_process()
enable_fault_log(Path(sys.argv[1]))
held = [sys.argv[2] + " " + str(i) for i in range(2000)]  # the voters the window shows

def view_holding(voter):
    ctypes.string_at(0)  # a library's segmentation fault

view_holding(held[0])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux core-dump rules")
def test_a_hard_crash_leaves_its_frames_and_no_core(tmp_path: Path) -> None:
    """A segmentation fault with core dumps requested: the crash log has Python's frames (file,
    line, function), the working directory no core, and no file the marker voter."""
    data, cwd = tmp_path / "data", tmp_path / "cwd"
    data.mkdir()
    cwd.mkdir()
    marker = f"{PLANTED.full_name} {PLANTED.pin} {PLANTED.address}"
    done = subprocess.run(
        [sys.executable, "-c", HARD_CRASH, str(data), marker], cwd=cwd, preexec_fn=_cores_wanted,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == -signal.SIGSEGV
    text = crash_log_path(data).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text and "in view_holding" in text
    assert list(cwd.iterdir()) == [] and files_with_markers(tmp_path) == []
