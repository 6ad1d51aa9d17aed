"""`pec-desk --version` and `pec-central --version` (issue 13 point 6): the program's version and
build kind, and the versions of the parts a support call asks for first: SQLCipher (and its
SQLite), Qt (and PySide6) and Python. Worked out only when asked: the parts are loaded then."""

from __future__ import annotations

import argparse
import platform
from collections.abc import Sequence
from typing import Any

from app.build_info import build_kind, program_version
from app.models.db import engine_versions


def version_lines(prog: str) -> list[str]:
    from app.main import qt_versions  # the composition root: Qt is loaded only when asked

    (qt, pyside), (cipher, sqlite) = qt_versions(), engine_versions()
    return [
        f"{prog} {program_version()} ({build_kind()} build)",
        f"SQLCipher {cipher} (SQLite {sqlite})",
        f"Qt {qt} (PySide6 {pyside})",
        f"Python {platform.python_version()}",
    ]


class VersionAction(argparse.Action):
    """`--version`: prints `version_lines` and exits 0."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        kwargs.setdefault("help", "print the version, the build kind and the versions of SQLCipher, Qt and Python")
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        print("\n".join(version_lines(parser.prog)))
        parser.exit()
