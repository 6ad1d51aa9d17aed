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
import socket
import stat
import struct
from pathlib import Path
from typing import BinaryIO

from app.clock import Clock, SystemClock
from app.security.scanner.clamav_common import (
    CHUNK,
    DEFAULT_MAX_SIGNATURE_AGE,
    RECHECK_SECONDS,
    TEST_MARKER,
    TEST_MARKER_SIGNATURE,
    TEST_SIGNATURE_PREFIX,
    check_age,
    parse_version,
    read_database_header,
    result_from_reply,
    test_signatures_dir,
)
from app.security.scanner.clamav_config import ClamLimits, clamd_config
from app.security.scanner.clamscan import ClamscanEngine
from app.security.scanner.types import EngineInfo, EngineProblem, EngineResult, EngineUnavailable, Verdict, failure_code
from app.security.scanner.walk import os_code

__all__ = [
    "DEFAULT_MAX_SIGNATURE_AGE",
    "TEST_MARKER",
    "ClamLimits",
    "ClamdEngine",
    "ClamscanEngine",
    "check_age",
    "clamd_config",
    "parse_version",
    "read_database_header",
    "result_from_reply",
    "test_signatures_dir",
]


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
                    raise EngineUnavailable(EngineProblem.NO_UNIX_SOCKETS)
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
            raise EngineUnavailable(
                EngineProblem.NOT_ANSWERING, name="clamd", where=self._where(), code=failure_code(exc)
            ) from exc

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
                raise EngineUnavailable(
                    EngineProblem.NOT_ANSWERING, name="clamd", where=self._where(), code=failure_code(exc)
                ) from exc
        if not reply:
            raise EngineUnavailable(EngineProblem.CONNECTION_CLOSED, name="clamd", where=self._where())
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
                raise EngineUnavailable(
                    EngineProblem.NOT_ANSWERING, name="clamd", where=self._where(), code=failure_code(exc)
                ) from exc
            try:
                reply = self._read_reply(sock)
            except OSError as exc:
                raise EngineUnavailable(
                    EngineProblem.NOT_ANSWERING, name="clamd", where=self._where(), code=failure_code(exc)
                ) from exc
        if not reply:
            when = "during the stream" if not sent_all else "after the stream"  # for logs, not shown
            raise EngineUnavailable(EngineProblem.CONNECTION_CLOSED, name="clamd", where=self._where(), reply=when)
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
            raise EngineUnavailable(EngineProblem.NO_SIGNATURES, name="clamd")
        probe = self._stream(b"probe:" + TEST_MARKER + b"\n")
        if probe.verdict is not Verdict.INFECTED or not probe.rule.startswith(f"clamav:{TEST_MARKER_SIGNATURE}"):
            raise EngineUnavailable(EngineProblem.NO_SIGNATURES, name="clamd")
        return f"test:{TEST_SIGNATURE_PREFIX}* (TEST signatures, not protection)"

    def _ensure_checked(self) -> None:
        if self._checked_at is None or self.clock.monotonic() - self._checked_at > RECHECK_SECONDS:
            self.info()

    def scan(self, path: Path) -> EngineResult:
        self._ensure_checked()
        try:
            f = _open_regular(path)
        except OSError as exc:
            return EngineResult(Verdict.UNSCANNABLE, "clamav:not-regular", os_code(exc))
        with f:
            return self._stream(f)
