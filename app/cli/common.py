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

from app.cli.terminal import shown
from app.cli.usage import UsageProblem, usage
from app.messages import explain
from app.services.failures import as_app_error


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


def run_guarded(action: Callable[[], int], where: Callable[[], Path] | None = None) -> int:
    """Runs a command; a refusal prints `[code] explanation` on stderr (CLI.md). Any other
    exception is mapped to a code too (a lock, a full disk, an OS error, a bug as `internal-error`):
    no traceback reaches the user, and none with its values is written anywhere. `where` gives the
    data dir for errors that name no path."""
    try:
        return action()
    except KeyboardInterrupt:
        _say("[usage] interrupted")
        return 2
    except Exception as exc:  # the last line: every failure is a code
        error = as_app_error(exc, _where(where))
        head, *more = explain(error).split("\n")  # field problems: one line each, under the code's line
        _say(f"[{error.reason.value}] {shown(head)}")
        for line in more:
            _say(shown(line))
        return error.exit_code


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
