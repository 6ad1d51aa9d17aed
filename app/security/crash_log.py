"""The crash log (issue 13 point 5; R-DATA-3): where a failure the program did not expect leaves
its trace for the administrator, with nothing a voter could be recognised by.

A record holds the local time, the program's version and build kind, and for the exception and
each one it was raised from or during (`__cause__`, `__context__`) its type (and errno name) and
its frames as `file:line in function`. Never the exception's message or arguments, never a local
variable, never a source line: a message may quote a voter (`KeyError('Асанова')`), and the version
says which source the line numbers belong to.

The log is `<data dir>/logs/crash.log`, owner-only (0600 in a 0700 folder), one record per append;
past `MAX_BYTES` its older half is dropped (written to a temp name, renamed). A hard crash (a
segfault in a library) goes to the same file through `faulthandler`, which writes only file
names, line numbers and function names. Writing the log never raises: a crash log that fails
must not hide the crash.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import faulthandler
import os
import traceback
from pathlib import Path
from typing import IO

from app.build_info import build_kind, program_version

LOG_DIR, LOG_NAME = "logs", "crash.log"
MAX_BYTES = 256 * 1024
MAX_CHAIN = 8  # exceptions followed through __cause__ / __context__
MAX_FRAMES = 64  # innermost frames kept of each
APP_ROOT = Path(__file__).resolve().parents[2]  # the folder holding `app/` (a source tree or a bundle)


_open_dir: list[Path] = []  # the data dir of the open window (`set_crash_dir`), for callers without one


def set_crash_dir(data_dir: Path | None) -> None:
    """Where `record_crash(None, ...)` writes while the window is open on `data_dir` (None: nowhere)."""
    _open_dir[:] = [] if data_dir is None else [data_dir]


def crash_log_path(data_dir: Path) -> Path:
    return data_dir / LOG_DIR / LOG_NAME


def trace_lines(exc: BaseException) -> list[str]:
    """The exception chain as types and frames only (see the module's text)."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < MAX_CHAIN:
        if seen:
            lines.append("raised while handling or from:")
        seen.add(id(current))
        lines.append(f"{_kind(current)}")
        frames = traceback.extract_tb(current.__traceback__, limit=-MAX_FRAMES) if current.__traceback__ else []
        lines += [f"  {_file(f.filename)}:{f.lineno} in {f.name}" for f in frames]
        current = current.__cause__ or current.__context__
    return lines


def record_crash(data_dir: Path | None, exc: BaseException, where: str = "") -> Path | None:
    """Appends one record for `exc` to the data dir's crash log; the log's path, or None when
    there is no data dir or it cannot be written (the crash is still reported by its code). With
    `data_dir` None, the open window's (`set_crash_dir`)."""
    data_dir = data_dir if data_dir is not None else next(iter(_open_dir), None)
    if data_dir is None or not data_dir.is_dir():
        return None
    path = crash_log_path(data_dir)
    stamp = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %z")
    head = f"== {stamp} pec-desk {program_version()} ({build_kind()} build){' in ' + where if where else ''}"
    text = "\n".join([head, *trace_lines(exc)]) + "\n"
    try:
        with os.fdopen(_open_log(path), "a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(text)
    except OSError:
        return None
    return path


def enable_fault_log(data_dir: Path) -> IO[str] | None:
    """A hard crash's Python trace goes to the crash log (`faulthandler`); the open file, to pass
    to `disable_fault_log` at the end, or None when the log cannot be opened."""
    try:
        log = os.fdopen(_open_log(crash_log_path(data_dir)), "a", encoding="utf-8")
        faulthandler.enable(log, all_threads=True)
    except (OSError, RuntimeError):
        return None
    return log


def disable_fault_log(log: IO[str] | None) -> None:
    if log is None:
        return
    faulthandler.disable()
    with contextlib.suppress(OSError):
        log.close()


def _open_log(path: Path) -> int:
    """The log opened to append (its folder made owner-only, its older half dropped if too long);
    a planted link is not followed."""
    path.parent.mkdir(mode=0o700, exist_ok=True)
    _trim(path)
    return os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)


def _kind(exc: BaseException) -> str:
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    if isinstance(exc, OSError) and isinstance(exc.errno, int):
        return f"{name} ({errno.errorcode.get(exc.errno, exc.errno)})"
    return name


def _file(filename: str) -> str:
    """A frame's file relative to the program's folder; a library's from its package folder on."""
    path = Path(filename)
    with contextlib.suppress(ValueError):
        return path.relative_to(APP_ROOT).as_posix()
    parts = path.parts
    for marker in ("site-packages", "dist-packages", "_internal"):
        if marker in parts:
            return "/".join(parts[parts.index(marker) + 1 :])
    return "/".join(parts[-2:])


def _trim(path: Path) -> None:
    """Past MAX_BYTES the log keeps its newer half, from a record's start."""
    try:
        if path.stat().st_size <= MAX_BYTES:
            return
        data = path.read_bytes()[-MAX_BYTES // 2 :]
    except FileNotFoundError:
        return
    start = data.find(b"\n== ")
    temp = path.with_name(f".{path.name}.trim")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data[start + 1 :] if start >= 0 else b"")
    os.replace(temp, path)
