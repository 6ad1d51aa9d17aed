"""What both ClamAV engines share (clamav.py's docstring tells the protocol and the verdicts): the
constants, the reading of replies, VERSION answers and database headers, the signatures' age."""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass
from pathlib import Path

from app.paths import resources_dir
from app.security.scanner.types import EngineProblem, EngineResult, EngineUnavailable, Verdict

CHUNK = 64 * 1024
DEFAULT_MAX_SIGNATURE_AGE = dt.timedelta(days=7)
RECHECK_SECONDS = 60.0
DATABASE_SUFFIXES = (".cvd", ".cld", ".cud")

TEST_SIGNATURES_MARKER = "PEC-DESK-TEST-SIGNATURES"  # a file in the test database directory
TEST_SIGNATURE_PREFIX = "PecDesk.Test."
TEST_MARKER_SIGNATURE = "PecDesk.Test.Marker"
# The bytes the test marker signature matches; built from parts so this source file is not itself
# detected by the test signatures.
TEST_MARKER = b"PEC-DESK-" + b"TEST-MALWARE-MARKER"

CLAMAV_MAX_FILE_SIZE = 2000 << 20  # "ClamAV cannot scan files greater than 2 GB" (clamd.conf(5))
CLAMAV_MAX_SCAN_SIZE = 4000 << 20


def test_signatures_dir() -> Path:
    """The TEST signatures the project ships (EICAR + a marker): for tests, not protection."""
    return resources_dir() / "av" / "test-signatures"


# ---------------------------------------------------------------------------------------------
# Replies and database headers


def result_from_reply(reply: str) -> EngineResult:
    """The verdict for one clamd INSTREAM reply (or one clamscan line's text after "path: ").

    Raises EngineUnavailable for a reply that is not about the stream (unknown command, garbage)."""
    text = reply.strip("\0\r\n ")
    if text == "INSTREAM size limit exceeded. ERROR":
        return EngineResult(Verdict.UNSCANNABLE, "clamav:stream-size-limit", "StreamMaxLength")
    if text.startswith("stream: "):
        text = text[len("stream: ") :]
    if text == "OK":
        return EngineResult(Verdict.CLEAN)
    if text.endswith(" FOUND"):
        name = text[: -len(" FOUND")].strip()
        if not name:
            raise EngineUnavailable(EngineProblem.UNEXPECTED_ANSWER, name="ClamAV", reply=reply[:200])
        if name.startswith(("Heuristics.Limits.Exceeded", "Heuristics.Encrypted")):
            return EngineResult(Verdict.UNSCANNABLE, f"clamav:{name}")  # it could not scan all of it
        return EngineResult(Verdict.INFECTED, f"clamav:{name}")
    if text.endswith(" ERROR") and not text.startswith(("UNKNOWN COMMAND", "Command invalid")):
        return EngineResult(Verdict.UNSCANNABLE, "clamav:error", text[: -len(" ERROR")].strip())
    raise EngineUnavailable(EngineProblem.UNEXPECTED_ANSWER, name="ClamAV", reply=reply[:200])


_VERSION_RE = re.compile(r"^ClamAV (?P<engine>[^/\s]+)(?:/(?P<db>\d+)/(?P<date>.+))?$")


def parse_version(reply: str) -> tuple[str, int | None, dt.datetime | None]:
    """("1.4.6", 27521, build time in UTC) from a VERSION reply; db and date None without a daily db.

    The date is clamd's ctime() in its local time zone; it is read as this machine's local time
    (clamd runs here; off by hours at worst for a remote one, against an age limit of days)."""
    m = _VERSION_RE.match(reply.strip("\0\r\n "))
    if not m:
        raise EngineUnavailable(EngineProblem.UNEXPECTED_ANSWER, name="ClamAV", reply=reply[:200])
    if m.group("db") is None:
        return m.group("engine"), None, None
    try:
        local = time.strptime(m.group("date").strip(), "%a %b %d %H:%M:%S %Y")
    except ValueError as exc:
        raise EngineUnavailable(EngineProblem.UNEXPECTED_ANSWER, name="ClamAV", reply=reply[:200]) from exc
    built = dt.datetime.fromtimestamp(time.mktime(local), dt.UTC)
    return m.group("engine"), int(m.group("db")), built


@dataclass(frozen=True)
class DatabaseHeader:
    file: str  # "daily.cld"
    version: int
    signatures: int
    built: dt.datetime  # UTC


def read_database_header(path: Path) -> DatabaseHeader:
    """The 512-byte header of a .cvd/.cld/.cud: "ClamAV-VDB:time:version:sigs:flevel:md5:dsig:builder:stime"."""
    with path.open("rb") as f:
        head = f.read(512).split(b"\n", 1)[0].rstrip(b" \0\r").decode("ascii", "replace")
    fields = head.split(":")
    if len(fields) < 9 or fields[0] != "ClamAV-VDB":
        raise EngineUnavailable(EngineProblem.NOT_A_DATABASE, name=path.name)
    try:
        return DatabaseHeader(
            path.name, int(fields[2]), int(fields[3]), dt.datetime.fromtimestamp(int(fields[8]), dt.UTC)
        )
    except (ValueError, OverflowError, OSError) as exc:
        raise EngineUnavailable(EngineProblem.NOT_A_DATABASE, name=path.name) from exc


def database_headers(database_dir: Path) -> list[DatabaseHeader]:
    try:
        files = sorted(p for p in database_dir.iterdir() if p.suffix in DATABASE_SUFFIXES)
    except OSError as exc:
        raise EngineUnavailable(EngineProblem.DATABASE_UNREADABLE, path=str(database_dir)) from exc
    return [read_database_header(p) for p in files]


def check_age(built: dt.datetime, now: dt.datetime, max_age: dt.timedelta, what: str) -> None:
    age = now - built
    if age > max_age:
        days, limit = age.total_seconds() / 86400, max_age.total_seconds() / 86400
        raise EngineUnavailable(EngineProblem.STALE_SIGNATURES, name=what, days=f"{days:.1f}", limit=f"{limit:g}")
