"""ClamAV engines: clamd over its socket (INSTREAM) and clamscan when no daemon runs (R-SEC-6, R-SEC-11).

Both implement `types.Engine`: `info()` says which engine and which signatures, `scan(path)` judges
one file; both raise `EngineUnavailable` when they cannot work, and never answer CLEAN unless ClamAV
said "OK" for the whole file.

clamd protocol (the `z` variants: NUL-terminated commands and replies):
  zVERSION   -> "ClamAV 1.4.6/27521/Tue Jan 14 09:30:00 2025" (engine / daily db version / daily
                db build time in clamd's local time), or just "ClamAV 1.4.6" when no daily
                database (daily.cvd/.cld/.cud) is loaded.
  zINSTREAM  -> then chunks: 4-byte big-endian length + data, a zero length ends the stream. The
                file is read and sent CHUNK bytes at a time (never loaded whole). Replies:
                "stream: OK", "stream: <Name> FOUND", "stream: <text> ERROR",
                "INSTREAM size limit exceeded. ERROR" (clamd closes the connection once the
                stream passes its StreamMaxLength; the client may see the reply only after its
                send fails).

Verdicts, decided here:
  "stream: OK"                                  CLEAN
  "<Name> FOUND"                                INFECTED, rule "clamav:<Name>"
  "Heuristics.Limits.Exceeded.* FOUND"          UNSCANNABLE: ClamAV hit its own MaxFileSize /
                                                MaxScanSize / MaxRecursion / ... limit and, with
                                                `AlertExceedsMax yes`, says so instead of
                                                skipping silently. Never clean.
  "Heuristics.Encrypted.* FOUND"                UNSCANNABLE (it could not look inside).
  "INSTREAM size limit exceeded. ERROR"         UNSCANNABLE, rule "clamav:stream-size-limit": the
                                                file is larger than clamd's StreamMaxLength; the
                                                engine itself works, so this is the file's verdict
                                                (refused), not EngineUnavailable.
  any other "... ERROR" reply for the stream    UNSCANNABLE, rule "clamav:error" (clamd answered,
                                                about this file).
  no reply, a garbled or unknown reply, a socket
  error or timeout, "UNKNOWN COMMAND"           EngineUnavailable (the engine, not the file).
  not a regular file (opened with O_NOFOLLOW)   UNSCANNABLE, rule "clamav:not-regular".

The AlertExceedsMax trap has a second half that no client can see: for an archive member whose
*compressed* size is under MaxFileSize but which inflates past it, ClamAV 1.4 trims the output to
MaxFileSize and scans only that prefix, with no alert ("cli_unzip: trimming output size to
maxfilesize"). tests/scanner/test_engines.py shows it. So the built-in policy's archive limits
(`ScanLimits.max_archive_bytes`) must stay at or below clamd's MaxFileSize; `ClamLimits.covering`
builds clamd limits that do, and `clamd_config` writes them. ClamAV cannot scan files over 2 GB
at all: larger files come back Heuristics.Limits.Exceeded (UNSCANNABLE).

Signature age (the PEC is offline; databases arrive in central packages): the date of the daily
database is the age of the signatures. clamd reports it in VERSION; for clamscan it is read from
the 512-byte header of daily.cvd/.cld/.cud in the database directory ("ClamAV-VDB:time:version:
sigs:flevel:md5:dsig:builder:stime"). Older than `max_signature_age` (default 7 days, the policy's
to set) -> EngineUnavailable with the age in the message. No dated database at all ->
EngineUnavailable, except for the project's TEST signatures (resources/av/test-signatures: EICAR and
a marker, no date), which are accepted only with `allow_test_signatures=True` and are reported as
`signatures="test:..."`. clamd proves it runs on them by detecting the test marker (a probe streamed
through INSTREAM); clamscan by the marker file PEC-DESK-TEST-SIGNATURES in its database directory.
`scan()` re-checks `info()` at most every RECHECK_SECONDS, so a caller that never calls `info()`
still cannot scan with stale signatures.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import socket
import stat
import struct
import subprocess
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.clock import Clock, SystemClock
from app.paths import resources_dir
from app.security.scanner.types import EngineInfo, EngineResult, EngineUnavailable, ScanLimits, Verdict

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
        return EngineResult(Verdict.UNSCANNABLE, "clamav:stream-size-limit", "larger than clamd's StreamMaxLength")
    if text.startswith("stream: "):
        text = text[len("stream: ") :]
    if text == "OK":
        return EngineResult(Verdict.CLEAN)
    if text.endswith(" FOUND"):
        name = text[: -len(" FOUND")].strip()
        if not name:
            raise EngineUnavailable(f"ClamAV: a detection without a name: {reply!r}")
        if name.startswith(("Heuristics.Limits.Exceeded", "Heuristics.Encrypted")):
            return EngineResult(Verdict.UNSCANNABLE, f"clamav:{name}", "ClamAV could not scan all of it")
        return EngineResult(Verdict.INFECTED, f"clamav:{name}")
    if text.endswith(" ERROR") and not text.startswith(("UNKNOWN COMMAND", "Command invalid")):
        return EngineResult(Verdict.UNSCANNABLE, "clamav:error", text[: -len(" ERROR")].strip())
    raise EngineUnavailable(f"ClamAV gave an unexpected answer: {reply[:200]!r}")


_VERSION_RE = re.compile(r"^ClamAV (?P<engine>[^/\s]+)(?:/(?P<db>\d+)/(?P<date>.+))?$")


def parse_version(reply: str) -> tuple[str, int | None, dt.datetime | None]:
    """("1.4.6", 27521, build time in UTC) from a VERSION reply; db and date None without a daily db.

    The date is clamd's ctime() in its local time zone; it is read as this machine's local time
    (clamd runs here; off by hours at worst for a remote one, against an age limit of days)."""
    m = _VERSION_RE.match(reply.strip("\0\r\n "))
    if not m:
        raise EngineUnavailable(f"ClamAV gave an unexpected VERSION answer: {reply[:200]!r}")
    if m.group("db") is None:
        return m.group("engine"), None, None
    try:
        local = time.strptime(m.group("date").strip(), "%a %b %d %H:%M:%S %Y")
    except ValueError as exc:
        raise EngineUnavailable(f"ClamAV gave a VERSION date that cannot be read: {reply[:200]!r}") from exc
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
        raise EngineUnavailable(f"{path.name} is not a ClamAV database (no ClamAV-VDB header)")
    try:
        return DatabaseHeader(
            path.name, int(fields[2]), int(fields[3]), dt.datetime.fromtimestamp(int(fields[8]), dt.UTC)
        )
    except (ValueError, OverflowError, OSError) as exc:
        raise EngineUnavailable(f"{path.name}: a ClamAV database header that cannot be read") from exc


def database_headers(database_dir: Path) -> list[DatabaseHeader]:
    try:
        files = sorted(p for p in database_dir.iterdir() if p.suffix in DATABASE_SUFFIXES)
    except OSError as exc:
        raise EngineUnavailable(f"the ClamAV database directory cannot be read: {database_dir} ({exc})") from exc
    return [read_database_header(p) for p in files]


def check_age(built: dt.datetime, now: dt.datetime, max_age: dt.timedelta, what: str) -> None:
    age = now - built
    if age > max_age:
        days = age.total_seconds() / 86400
        raise EngineUnavailable(
            f"{what}: the signatures are {days:.1f} days old (built {built:%Y-%m-%d %H:%M} UTC); "
            f"the policy allows at most {max_age.total_seconds() / 86400:g} days. Install a newer "
            "signature package from the central system."
        )


# ---------------------------------------------------------------------------------------------
# Limits and the clamd configuration the app (and the tests) generate


@dataclass(frozen=True)
class ClamLimits:
    """clamd/clamscan limits. Exceeding any of them alerts (AlertExceedsMax), never skips."""

    stream_max_length: int = 2100 << 20  # clamd only: beyond it, INSTREAM size limit exceeded
    max_file_size: int = CLAMAV_MAX_FILE_SIZE
    max_scan_size: int = CLAMAV_MAX_SCAN_SIZE
    max_files: int = 10_000
    max_recursion: int = 17
    max_scan_time_ms: int = 120_000  # past it: Heuristics.Limits.Exceeded.MaxScanTime (alerts too)

    @classmethod
    def covering(cls, limits: ScanLimits) -> ClamLimits:
        """Limits under which ClamAV scans every archive member the policy lets through whole.

        MaxFileSize must be at least the policy's archive size (ClamAV trims a member that
        inflates past MaxFileSize without alerting, see the module docstring)."""
        file_size = min(CLAMAV_MAX_FILE_SIZE, max(limits.max_file_bytes, limits.max_archive_bytes))
        return cls(
            stream_max_length=file_size + (1 << 20),
            max_file_size=file_size,
            max_scan_size=min(CLAMAV_MAX_SCAN_SIZE, file_size + limits.max_archive_bytes),
            max_files=limits.max_archive_members,
            max_recursion=17,
        )

    def clamscan_args(self) -> list[str]:
        return [
            f"--max-filesize={self.max_file_size}",
            f"--max-scansize={self.max_scan_size}",
            f"--max-files={self.max_files}",
            f"--max-recursion={self.max_recursion}",
            f"--max-scantime={self.max_scan_time_ms}",
        ]


def clamd_config(
    socket_path: Path,
    database_dir: Path,
    *,
    pid_file: Path,
    temp_dir: Path,
    log_file: Path | None = None,
    limits: ClamLimits | None = None,
) -> str:
    """A clamd.conf for the app's own clamd: a private unix socket, no network, alerts on limits."""
    lim = limits or ClamLimits()
    for p in (socket_path, database_dir, pid_file, temp_dir, *([log_file] if log_file else [])):
        if any(c in str(p) for c in "\n\r\0"):
            raise ValueError(f"unusable path for clamd.conf: {p!r}")
    lines = [
        "# Generated by PEC Desk (app/security/scanner/clamav.py). Private socket, no TCP.",
        f"LocalSocket {socket_path}",
        "LocalSocketMode 600",
        f"DatabaseDirectory {database_dir}",
        f"TemporaryDirectory {temp_dir}",
        f"PidFile {pid_file}",
        "Foreground yes",
        *([f"LogFile {log_file}", "LogTime yes"] if log_file else []),
        "SelfCheck 0",
        "ScanArchive yes",
        "ScanPE yes",
        "ScanELF yes",
        "ScanOLE2 yes",
        "ScanPDF yes",
        "ScanHTML yes",
        "ScanMail yes",
        "HeuristicAlerts yes",
        "AlertExceedsMax yes",
        "AlertEncryptedArchive yes",
        "AlertBrokenExecutables no",
        f"StreamMaxLength {lim.stream_max_length}",
        f"MaxFileSize {lim.max_file_size}",
        f"MaxScanSize {lim.max_scan_size}",
        f"MaxFiles {lim.max_files}",
        f"MaxRecursion {lim.max_recursion}",
        f"MaxScanTime {lim.max_scan_time_ms}",
        "",
    ]
    return "\n".join(lines)


def _open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading without following a final symlink; else UNSCANNABLE."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IsADirectoryError(f"not a regular file: {path}")
        return os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise


# ---------------------------------------------------------------------------------------------
# clamd


class ClamdEngine:
    """ClamAV through clamd: `ClamdEngine(socket_path=...)` or `ClamdEngine(address=(host, port))`."""

    name = "clamd"

    def __init__(
        self,
        socket_path: Path | str | None = None,
        *,
        address: tuple[str, int] | None = None,
        timeout: float = 180.0,  # above clamd's MaxScanTime (120 s by default)
        max_signature_age: dt.timedelta = DEFAULT_MAX_SIGNATURE_AGE,
        allow_test_signatures: bool = False,
        clock: Clock | None = None,
    ) -> None:
        if (socket_path is None) == (address is None):
            raise ValueError("give clamd either a socket_path or an address")
        self.socket_path = Path(socket_path) if socket_path is not None else None
        self.address = address
        self.timeout = timeout
        self.max_signature_age = max_signature_age
        self.allow_test_signatures = allow_test_signatures
        self.clock: Clock = clock or SystemClock()
        self._checked_at: float | None = None

    def _where(self) -> str:
        return str(self.socket_path) if self.socket_path is not None else f"{self.address}"

    def _connect(self) -> socket.socket:
        try:
            if self.socket_path is not None:
                if not hasattr(socket, "AF_UNIX"):
                    raise EngineUnavailable("clamd: unix sockets are not available here")
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                sock.settimeout(self.timeout)
                try:
                    sock.connect(str(self.socket_path))
                except BaseException:
                    sock.close()
                    raise
                return sock
            assert self.address is not None
            return socket.create_connection(self.address, timeout=self.timeout)
        except OSError as exc:
            raise EngineUnavailable(f"clamd is not answering at {self._where()}: {exc}") from exc

    @staticmethod
    def _read_reply(sock: socket.socket) -> str:
        data = bytearray()
        while b"\0" not in data and len(data) < 64 * 1024:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
        return bytes(data).split(b"\0", 1)[0].decode("utf-8", "replace")

    def _command(self, command: bytes) -> str:
        with self._connect() as sock:
            try:
                sock.sendall(b"z" + command + b"\0")
                reply = self._read_reply(sock)
            except OSError as exc:
                raise EngineUnavailable(f"clamd at {self._where()}: {exc}") from exc
        if not reply:
            raise EngineUnavailable(f"clamd at {self._where()} closed the connection without an answer")
        return reply

    def ping(self) -> bool:
        try:
            return self._command(b"PING") == "PONG"
        except EngineUnavailable:
            return False

    def _stream(self, source: BinaryIO | bytes) -> EngineResult:
        with self._connect() as sock:
            sent_all = True
            try:
                sock.sendall(b"zINSTREAM\0")
                if isinstance(source, bytes):
                    if source:
                        sock.sendall(struct.pack(">I", len(source)) + source)
                else:
                    while chunk := source.read(CHUNK):
                        sock.sendall(struct.pack(">I", len(chunk)) + chunk)
                sock.sendall(struct.pack(">I", 0))
            except (BrokenPipeError, ConnectionResetError):
                # clamd stopped reading: its answer (size limit) is waiting on a unix socket; over
                # TCP a reset may drop it, and then this is EngineUnavailable below (still closed)
                sent_all = False
            except OSError as exc:
                raise EngineUnavailable(f"clamd at {self._where()}: {exc}") from exc
            try:
                reply = self._read_reply(sock)
            except OSError as exc:
                raise EngineUnavailable(f"clamd at {self._where()}: no answer to the stream ({exc})") from exc
        if not reply:
            why = "during" if not sent_all else "after"
            raise EngineUnavailable(f"clamd at {self._where()} closed the connection {why} the stream, no answer")
        return result_from_reply(reply)

    def info(self) -> EngineInfo:
        engine, db, built = parse_version(self._command(b"VERSION"))
        if db is not None and built is not None:
            check_age(built, self.clock.now(), self.max_signature_age, "clamd")
            info = EngineInfo(self.name, engine, f"daily:{db}", built.isoformat(timespec="seconds"))
        else:
            info = EngineInfo(self.name, engine, self._test_signatures(), "")
        self._checked_at = self.clock.monotonic()
        return info

    def _test_signatures(self) -> str:
        if not self.allow_test_signatures:
            raise EngineUnavailable(
                "clamd has no dated signature database (no daily database loaded): it cannot be "
                "trusted to protect; install a signature package from the central system."
            )
        probe = self._stream(b"probe:" + TEST_MARKER + b"\n")
        if probe.verdict is not Verdict.INFECTED or not probe.rule.startswith(f"clamav:{TEST_MARKER_SIGNATURE}"):
            raise EngineUnavailable("clamd has no dated signature database and is not running the test signatures")
        return f"test:{TEST_SIGNATURE_PREFIX}* (TEST signatures, not protection)"

    def _ensure_checked(self) -> None:
        if self._checked_at is None or self.clock.monotonic() - self._checked_at > RECHECK_SECONDS:
            self.info()

    def scan(self, path: Path) -> EngineResult:
        self._ensure_checked()
        try:
            f = _open_regular(path)
        except OSError as exc:
            return EngineResult(Verdict.UNSCANNABLE, "clamav:not-regular", f"cannot open for scanning: {exc}")
        with f:
            return self._stream(f)


# ---------------------------------------------------------------------------------------------
# clamscan


class ClamscanEngine:
    """ClamAV through the clamscan command (no daemon). Each run loads the whole database, which for
    the full official databases takes seconds: use `scan_many` for many files."""

    name = "clamscan"

    def __init__(
        self,
        database_dir: Path,
        clamscan_path: Path | str | None = None,
        *,
        limits: ClamLimits | None = None,
        timeout: float = 600.0,
        max_signature_age: dt.timedelta = DEFAULT_MAX_SIGNATURE_AGE,
        allow_test_signatures: bool = False,
        clock: Clock | None = None,
    ) -> None:
        self.database_dir = Path(database_dir)
        self.clamscan_path = str(clamscan_path) if clamscan_path is not None else shutil.which("clamscan")
        self.limits = limits or ClamLimits()
        self.timeout = timeout
        self.max_signature_age = max_signature_age
        self.allow_test_signatures = allow_test_signatures
        self.clock: Clock = clock or SystemClock()
        self._checked_at: float | None = None

    def _exe(self) -> str:
        if not self.clamscan_path or not Path(self.clamscan_path).is_file():
            raise EngineUnavailable("clamscan is not installed (ClamAV)")
        return self.clamscan_path

    def info(self) -> EngineInfo:
        try:
            out = subprocess.run(
                [self._exe(), "--version"], capture_output=True, text=True, timeout=60, check=False
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError) as exc:
            raise EngineUnavailable(f"clamscan cannot be run: {exc}") from exc
        engine = parse_version(out)[0]
        headers = database_headers(self.database_dir)
        daily = [h for h in headers if h.file.startswith("daily.")] or headers
        if daily:
            newest = max(daily, key=lambda h: h.built)
            check_age(newest.built, self.clock.now(), self.max_signature_age, "clamscan")
            sigs = ",".join(f"{h.file}:{h.version}" for h in headers)
            info = EngineInfo(self.name, engine, sigs, newest.built.isoformat(timespec="seconds"))
        elif self.allow_test_signatures and (self.database_dir / TEST_SIGNATURES_MARKER).is_file():
            info = EngineInfo(self.name, engine, f"test:{TEST_SIGNATURE_PREFIX}* (TEST signatures, not protection)", "")
        else:
            raise EngineUnavailable(
                f"no dated ClamAV signature database in {self.database_dir}: install a signature "
                "package from the central system."
            )
        self._checked_at = self.clock.monotonic()
        return info

    def scan(self, path: Path) -> EngineResult:
        return self.scan_many([path])[Path(path)]

    def scan_many(self, paths: Iterable[Path]) -> dict[Path, EngineResult]:
        """One clamscan run for all `paths`; a result for every path (missing -> UNSCANNABLE)."""
        if self._checked_at is None or self.clock.monotonic() - self._checked_at > RECHECK_SECONDS:
            self.info()
        results: dict[Path, EngineResult] = {}
        todo: list[Path] = []
        for p in (Path(x) for x in paths):
            text = str(p)
            if any(c in text for c in "\n\r") or text.startswith("-"):
                results[p] = EngineResult(Verdict.UNSCANNABLE, "clamav:name", "a name clamscan output cannot carry")
            elif not p.is_file() or p.is_symlink():
                results[p] = EngineResult(Verdict.UNSCANNABLE, "clamav:not-regular", "not a regular file")
            else:
                todo.append(p)
        if todo:
            results.update(self._run(todo))
        return results

    def _run(self, paths: Sequence[Path]) -> dict[Path, EngineResult]:
        cmd = [
            self._exe(),
            "--no-summary",
            "--stdout",
            f"--database={self.database_dir}",
            "--alert-exceeds-max=yes",
            "--alert-encrypted-archive=yes",
            "--heuristic-alerts=yes",
            "--scan-archive=yes",
            "--follow-file-symlinks=0",
            "--follow-dir-symlinks=0",
            *self.limits.clamscan_args(),
            "--",
            *(str(p) for p in paths),
        ]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=self.timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise EngineUnavailable(f"clamscan took longer than {self.timeout:g} s") from exc
        except OSError as exc:
            raise EngineUnavailable(f"clamscan cannot be run: {exc}") from exc
        out = proc.stdout.decode("utf-8", "surrogateescape")
        err = proc.stderr.decode("utf-8", "replace").strip()
        if proc.returncode not in (0, 1, 2):
            raise EngineUnavailable(f"clamscan failed (exit {proc.returncode}): {err[-300:]}")
        by_name = {str(p): p for p in paths}
        results: dict[Path, EngineResult] = {}
        for line in out.splitlines():
            at = line.find(": ")
            while at >= 0:  # a name may itself contain ": "
                target = by_name.get(line[:at])
                if target is not None and target not in results:
                    results[target] = result_from_reply(line[at + 2 :])
                    break
                at = line.find(": ", at + 1)
        if proc.returncode == 2 and not results:
            raise EngineUnavailable(f"clamscan failed (exit 2): {(err or out)[-300:]}")
        found = any(r.verdict is not Verdict.CLEAN for r in results.values())
        if proc.returncode == 1 and not found:
            raise EngineUnavailable("clamscan said it found something (exit 1) but named nothing")
        for p in paths:
            if p not in results:
                results[p] = EngineResult(Verdict.UNSCANNABLE, "clamav:no-answer", f"clamscan exit {proc.returncode}")
        return results
