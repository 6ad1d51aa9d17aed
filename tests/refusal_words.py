"""The check that no refusal speaks English in Kyrgyz or Russian (issue 11, point 2).

tests/conftest.py records every `AppError` the code under test constructs and, after each test,
renders it with `app.messages.explain` in ky and ru; `english_in` says what is wrong with a text.

The rule, after masking what is data, not words:
- masked: the values of the error's verbatim parameters (`app.errors.VERBATIM`: paths, logins,
  numbers, names a test planted), commands as they are typed (`pec-desk setup`, `--user`), and the
  names of formats and products that have no translation (`ALLOWED`);
- then a text fails on any requirement id (R-CLM-2), on any Latin word of three letters or more,
  and on two Latin words in a row with no Cyrillic word between them ("a b", "e.g."). A lone
  one- or two-letter Latin word (the contact checks A and B) passes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.errors import VERBATIM, AppError
from app.messages import explain

LANGS = ("ky", "ru")
ALLOWED = ("PEC Desk", "ClamAV", "base64", "UTF-8", "JSON", "JPEG", "PNG", "PDF", "CSV", "USB", "UTC", "PIN", "ID")
# Whole words only: JSON is a format's name, JSONDecodeError is not.
_ALLOWED = re.compile("|".join(rf"(?<![A-Za-z]){re.escape(token)}(?![A-Za-z])" for token in ALLOWED))
_COMMAND = re.compile(r"pec-(?:desk|central)(?: (?:--)?[a-z][a-z-]*)*|--[a-z][a-z-]*")
_REQUIREMENT = re.compile(r"\bR-[A-Z]{2,6}-\d+")
_WORD = re.compile(r"[^\W\d_]+")
MASK = "·"

# Functions that only build an error for their caller: the caller is where it is raised.
_BUILDERS = {("app/sync/backup_file.py", "invalid")}


@dataclass(frozen=True)
class Site:
    file: str  # relative to the repository, e.g. app/sync/header.py
    line: int
    function: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line} ({self.function})"


def site_of(frames: Iterable[tuple[str, int, str]], root: Path) -> Site | None:
    """Where an error was constructed: the innermost frame in app/ that is not a builder; None
    when a test constructed it (a test may plant anything)."""
    for filename, line, function in frames:
        try:
            relative = Path(filename).resolve().relative_to(root).as_posix()
        except ValueError:
            continue
        if relative.startswith("tests/"):
            return None
        if relative.startswith("app/") and relative != "app/errors.py" and (relative, function) not in _BUILDERS:
            return Site(relative, line, function)
    return None


def verbatim_values(error: AppError) -> list[str]:
    """The texts of the error's data parameters, longest first (so a part of one is not masked alone)."""
    found: list[str] = []
    for name, value in error.params.items():
        if name in VERBATIM:
            items = value if isinstance(value, tuple | list) else (value,)
            found.extend(str(item) for item in items if str(item))
    return sorted(set(found), key=len, reverse=True)


def english_in(text: str, verbatim: Iterable[str] = ()) -> list[str]:
    """What breaks the rule in `text` (empty when it passes)."""
    text = _ALLOWED.sub(MASK, text)  # first: a masked number must not cut one (UTF-8 with offset=8)
    for value in verbatim:  # before commands: a token typed with its option (`--set x`) is data whole
        if any(ch.isalpha() for ch in value):  # a value with no letter ("-") holds no word to hide
            text = text.replace(value, MASK)
    text = _COMMAND.sub(MASK, text)
    problems = [f"requirement id {m.group()}" for m in _REQUIREMENT.finditer(text)]
    words = [m.group() for m in _WORD.finditer(text)]
    problems += [f"Latin word {w!r}" for w in words if w.isascii() and len(w) >= 3]
    pairs = itertools.pairwise(words)  # neighbours: no Cyrillic word between them
    problems += [
        f"Latin words {a!r} {b!r} in a row" for a, b in pairs if a.isascii() and b.isascii() and max(len(a), len(b)) < 3
    ]
    return problems


def error_problems(error: AppError) -> list[str]:
    """Every breach of the rule in the ky and ru explanations of `error` (and a crash in any language)."""
    problems: list[str] = []
    verbatim = verbatim_values(error)
    for lang in (*LANGS, "en"):
        try:
            text = explain(error, lang)
        except Exception as exc:  # a message that cannot be rendered is as bad as an English one
            problems.append(f"{lang}: cannot render ({type(exc).__name__}: {exc})")
            continue
        if lang in LANGS:
            problems += [f"{lang}: {p} in {text!r}" for p in english_in(text, verbatim)]
    return problems
