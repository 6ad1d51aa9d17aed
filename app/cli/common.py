"""What both programs share: data dir, password input, refusals with reason codes."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs

from app.errors import AppError, Reason
from app.messages import explain


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
                raise AppError(Reason.USAGE, detail="--password-stdin: no line on standard input")
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise AppError(Reason.USAGE, detail="no terminal: use --password-stdin")
        return getpass.getpass(prompt)


def emit_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=1))


def run_guarded(action: Callable[[], int]) -> int:
    """Runs a command; a refusal prints `[code] explanation` on stderr (CLI.md)."""
    try:
        return action()
    except AppError as exc:
        print(f"[{exc.reason.value}] {explain(exc)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("[usage] interrupted", file=sys.stderr)
        return 2
