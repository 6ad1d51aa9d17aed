"""The process is hardened before it touches any data (issue 13 point 5; R-DATA-3: no personal
data in plaintext on disk, crash output included).

- No core dumps: a core file is the process's memory, decrypted voters and keys included, written
  in plaintext wherever the process stands. Linux: `RLIMIT_CORE` 0, soft and hard, so no child can
  raise it again, and `PR_SET_DUMPABLE` 0 (no core even for a `core_pattern` pipe, and no ptrace
  attach by another process of the same user). Windows: Windows Error Reporting is told to leave
  this program out (no dump, no report), and the system's crash dialog is off.
- `umask 077`: every file and directory the app creates is its user's only, whatever the caller's
  umask says; the modes the app sets itself (0600 keys, stores, PDFs) stay as they are.

`harden_process` returns which steps took effect and which the platform does not have; a missing
one is never fatal, and the app starts."""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from dataclasses import dataclass, field

if sys.platform != "win32":
    import resource

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS, SEM_NOGPFAULTERRORBOX = 0x0001, 0x0002


@dataclass
class Hardening:
    """What `harden_process` did: the steps taken and those the platform does not have."""

    done: list[str] = field(default_factory=list)
    unavailable: list[str] = field(default_factory=list)


def harden_process() -> Hardening:
    report = Hardening()
    os.umask(0o077)
    report.done.append("umask-077")
    if sys.platform.startswith("linux"):
        _no_core_linux(report)
    elif sys.platform == "win32":
        _no_dump_windows(report)
    else:
        _no_core_rlimit(report)
    return report


def dumpable() -> int | None:
    """`PR_GET_DUMPABLE` on Linux (0: no core, no ptrace by the same user); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    return int(ctypes.CDLL(None, use_errno=True).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _no_core_rlimit(report: Hardening) -> None:
    if sys.platform == "win32":
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        report.unavailable.append("rlimit-core")
    else:
        report.done.append("rlimit-core-0")


def _no_core_linux(report: Hardening) -> None:
    _no_core_rlimit(report)
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
        report.done.append("not-dumpable")
    else:
        report.unavailable.append("not-dumpable")


def _no_dump_windows(report: Hardening) -> None:  # pragma: no cover - run on Windows only
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        report.unavailable.append("wer-excluded")
        return
    with contextlib.suppress(OSError, AttributeError):
        windll.kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
        report.done.append("no-crash-dialog")
    try:
        result = windll.wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False)
    except (OSError, AttributeError):
        result = -1
    (report.done if result == 0 else report.unavailable).append("wer-excluded")
