"""What both programs share: data dir, password input, refusals with reason codes."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

import platformdirs

from app.build_info import DEMO, TEST_ROOT, refuse_in_production, refuse_switches_set
from app.cli.terminal import shown
from app.cli.usage import UsageProblem, usage
from app.errors import Reason
from app.messages import explain
from app.security.crash_log import record_crash
from app.services.failures import as_app_error
from app.sync.trust import require_pinned_root


def data_dir(args: argparse.Namespace, env: str, app_name: str) -> Path:
    chosen = args.data_dir or os.environ.get(env) or platformdirs.user_data_dir(app_name, appauthor=False)
    return Path(chosen).expanduser().resolve()


class PasswordSource:
    """Passwords from the terminal, or lines of standard input with --password-stdin."""

    def __init__(self, from_stdin: bool) -> None:
        self._stdin = from_stdin

    @property
    def from_stdin(self) -> bool:
        return self._stdin

    def read(self, prompt: str) -> str:
        if self._stdin:
            line = sys.stdin.readline()
            if not line:
                raise usage(UsageProblem.NO_STDIN_LINE, "--password-stdin")
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise usage(UsageProblem.NO_TERMINAL, "--password-stdin")
        return getpass.getpass(prompt)


def run_guarded(
    action: Callable[[], int], where: Callable[[], Path] | None = None, show: Callable[[str], None] | None = None
) -> int:
    """Runs a command; a refusal prints `[code] explanation` on stderr (CLI.md). Any other
    exception is mapped to a code too (a lock, a full disk, an OS error, a bug as `internal-error`):
    no traceback reaches the user, and none with its values is written anywhere; a bug's frames go
    to the data dir's crash log (`app.security.crash_log`, types and frames only). `where` gives the
    data dir for errors that name no path; `show` also shows the words (the window's message box,
    for a start from the desktop, where nobody reads stderr)."""
    try:
        return action()
    except KeyboardInterrupt:
        _say("[usage] interrupted")
        return 2
    except Exception as exc:  # the last line: every failure is a code
        data = _where(where)
        error = as_app_error(exc, data)
        if error.reason is Reason.INTERNAL_ERROR:
            record_crash(data, exc, "command")
        text = explain(error)
        head, *more = text.split("\n")  # field problems: one line each, under the code's line
        _say(f"[{error.reason.value}] {shown(head)}")
        for line in more:
            _say(shown(line))
        if show is not None:
            with contextlib.suppress(Exception):
                show(f"[{error.reason.value}] {text}")
        return error.exit_code


def check_build(command: str, args: argparse.Namespace) -> None:
    """Before a command runs, a production build (issue 13 point 4) refuses to start without the
    CEC's root pinned, and refuses each test switch: the environment's, `demo`, `--test-root`."""
    require_pinned_root()
    refuse_switches_set()
    if command == "demo":
        refuse_in_production(DEMO)
    if getattr(args, "test_root", None) is not None:
        refuse_in_production(TEST_ROOT)


def _where(where: Callable[[], Path] | None) -> Path | None:
    try:
        return None if where is None else where()
    except (OSError, RuntimeError, ValueError):
        return None


def _say(line: str) -> None:
    """One line on stderr, whatever it holds (text from the command line may carry undecodable
    bytes) and whatever stderr is (closed, or a full disk): printing never raises."""
    encoding = getattr(sys.stderr, "encoding", None) or "utf-8"
    with contextlib.suppress(OSError, ValueError):
        print(line.encode(encoding, "backslashreplace").decode(encoding, "replace"), file=sys.stderr)
