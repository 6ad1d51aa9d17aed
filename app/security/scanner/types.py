"""What every part of the media scan shares: verdicts, findings, limits, the engine interface.

The scan of a medium (DESIGN.md "Removable media", R-SEC-6, R-SEC-7, R-SEC-11) runs in order:
the walk (no links followed, within limits), the built-in policy engine (content by magic bytes
against what the task allows, executables, scripts, autorun, shortcuts, double extensions,
bidirectional and zero-width characters, hidden/system files, archives, device files, names
escaping the root), then every available antivirus engine. Any finding refuses the medium; no
engine, an engine error or signatures older than the policy allows means the scan could not be
done (it fails closed, with its own reason).
"""

from __future__ import annotations

import enum
import errno
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from app.errors import Defect


class Verdict(enum.StrEnum):
    CLEAN = "clean"
    INFECTED = "infected"  # an antivirus engine found malware (R-SEC-6)
    POLICY = "policy-violation"  # the built-in policy refused the file
    UNSCANNABLE = "unscannable"  # the scan could not judge it (limits, engine error): refused too


class Outcome(enum.StrEnum):
    """The medium as a whole."""

    CLEAN = "clean"  # everything was scanned by the policy engine and at least one AV engine
    REFUSED = "refused"  # something was found: nothing may be read from this medium
    UNAVAILABLE = "unavailable"  # no engine, an engine error, stale signatures, limits: fails closed


@dataclass(frozen=True)
class Finding:
    path: str  # relative to the scanned root, as text (names may be hostile: shown escaped)
    verdict: Verdict
    rule: str  # a stable id: "exe-magic", "double-extension", "bidi-name", "clamav:Eicar-Signature" ...
    detail: str = ""


@dataclass(frozen=True)
class ScanLimits:
    max_files: int = 10_000
    max_depth: int = 8
    max_total_bytes: int = 8 << 30
    max_file_bytes: int = 4 << 30
    max_seconds: float = 600.0
    max_name_bytes: int = 255
    max_archive_ratio: int = 100  # uncompressed / compressed
    max_archive_bytes: int = 512 << 20
    max_archive_members: int = 10_000


@dataclass(frozen=True)
class EngineInfo:
    name: str  # "clamd", "clamscan", "defender"
    version: str  # engine version
    signatures: str  # signature database version(s)
    signatures_date: str  # ISO date of the newest signature database, "" if unknown


@dataclass
class EngineResult:
    verdict: Verdict
    rule: str = ""  # the signature name when infected
    detail: str = ""


class EngineProblem(enum.StrEnum):
    """Why an engine cannot scan now; words in app/scan_messages.py (`ENGINE_PROBLEMS`)."""

    NOT_INSTALLED = "not-installed"  # `name`
    CANNOT_RUN = "cannot-run"  # `name`, `code`: the errno name
    TIMEOUT = "timeout"  # `name`, `seconds`
    FAILED = "failed"  # `name`, `code`: the exit status or the HRESULT
    UNEXPECTED_ANSWER = "unexpected-answer"  # `name`, `reply`: its first characters
    NOT_A_DATABASE = "not-a-database"  # `name`: the file
    DATABASE_UNREADABLE = "database-unreadable"  # `path`
    STALE_SIGNATURES = "stale-signatures"  # `name`, `days`, `limit` (days)
    NO_SIGNATURES = "no-signatures"  # `name`
    TEST_SIGNATURES_ONLY = "test-signatures-only"  # `name`: only the project's TEST set, not taken here
    SIGNATURES_AGE_UNKNOWN = "signatures-age-unknown"  # `name`
    NOT_ANSWERING = "not-answering"  # `name`, `where`
    CONNECTION_CLOSED = "connection-closed"  # `name`, `where`
    NO_UNIX_SOCKETS = "no-unix-sockets"


def failure_code(exc: BaseException) -> str:
    """An engine's failure as a code: the errno name (ECONNREFUSED) or the exception's type."""
    if isinstance(exc, OSError) and exc.errno:
        return errno.errorcode.get(exc.errno, str(exc.errno))
    return type(exc).__name__


class EngineUnavailable(Exception):
    """The engine cannot scan now (not installed, not running, no or stale signatures, an error):
    a code and its values (data shown as it is), never a sentence."""

    def __init__(self, problem: EngineProblem, **values: str | int) -> None:
        super().__init__(" ".join([f"[{problem.value}]", *(f"{k}={v}" for k, v in values.items())]))
        self.problem = problem
        self.values = values

    def params(self) -> dict[str, object]:
        """The refusal's parameters: `defect=Defect.ENGINE` with the code and its values."""
        return {"defect": Defect.ENGINE, "engine": self.problem.value, **self.values}


class Engine(Protocol):
    """An antivirus engine. `info()` and `scan()` raise EngineUnavailable when they cannot work."""

    def info(self) -> EngineInfo: ...

    def scan(self, path: Path) -> EngineResult: ...


@dataclass
class ScanReport:
    root: str
    outcome: Outcome
    files: int = 0
    bytes: int = 0
    seconds: float = 0.0
    engines: list[EngineInfo] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    reason: str = ""  # why the scan was unavailable, when it was (codes, for logs and --json)
    unavailable: dict[str, object] = field(default_factory=dict)  # the first engine problem's refusal params
