"""A real clamd for the tests: started on a private unix socket with the project's test signatures.

No mock: `start_clamd` writes a clamd.conf with `app.security.scanner.clamav.clamd_config` (the same
generator the app uses), copies resources/av/test-signatures into a temp database directory, runs
`clamd --config-file=...` in the foreground as a child process and waits until it answers PING.
If clamd is missing or does not come up, the caller fails the test (never skips): the project's
scripts install it (`make system` -> scripts/install-system.sh: clamav, clamav-daemon). The
Debian clamav-daemon service is not used.

Test files (EICAR, the marker) are built here at run time; none is stored in the repository.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import shutil
import subprocess
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.security.scanner.clamav import TEST_MARKER, ClamdEngine, ClamLimits, clamd_config, test_signatures_dir

# The EICAR test file (68 bytes), built from two halves so this source is not itself "infected".
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
MARKER = TEST_MARKER

# Small enough that a test can exceed each one without writing much.
TEST_LIMITS = ClamLimits(
    stream_max_length=4 << 20,
    max_file_size=1 << 20,
    max_scan_size=2 << 20,
    max_files=100,
    max_recursion=5,
)

START_TIMEOUT = 90.0


def find_clamd() -> str | None:
    return shutil.which("clamd") or next(
        (p for p in ("/usr/sbin/clamd", "/usr/local/sbin/clamd") if os.access(p, os.X_OK)), None
    )


class ClamdNotStarted(RuntimeError):
    pass


@dataclass
class ClamdServer:
    root: Path
    socket_path: Path
    database_dir: Path
    limits: ClamLimits
    process: subprocess.Popen[bytes]
    log: Path
    _stopped: bool = field(default=False)

    def engine(self, *, allow_test_signatures: bool = True, **kwargs: Any) -> ClamdEngine:
        kwargs.setdefault("timeout", 30.0)
        return ClamdEngine(self.socket_path, allow_test_signatures=allow_test_signatures, **kwargs)

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


def copy_test_signatures(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for f in test_signatures_dir().iterdir():
        if f.is_file():
            shutil.copy2(f, dest / f.name)
    return dest


def write_dated_database(dest: Path, built: dt.datetime, version: int = 42) -> Path:
    """An unsigned ClamAV "daily" database (daily.cud) holding our test signatures, dated `built`.

    The format ClamAV reads (libclamav/cvd.c): a 512-byte header "ClamAV-VDB:time:version:sigs:
    flevel:md5:dsig:builder:stime" then a tar.gz holding daily.info (the header again, then
    "name:size:sha256" per file) and the signature files. A .cud needs no digital signature (what
    `sigtool --unsigned` makes); clamd reports its version and date in VERSION like a real daily."""
    dest.mkdir(parents=True, exist_ok=True)
    ndb = (test_signatures_dir() / "pecdesk-test.ndb").read_bytes()
    stime = int(built.timestamp())
    nsigs = sum(1 for line in ndb.splitlines() if line.strip())
    when = built.astimezone(dt.UTC).strftime("%d %b %Y %H-%M +0000")
    head = f"ClamAV-VDB:{when}:{version}:{nsigs}:90:{{md5}}:X:pecdesk-tests:{stime}"
    info = f"{head.format(md5='X')}\ndaily.ndb:{len(ndb)}:{hashlib.sha256(ndb).hexdigest()}\n".encode()
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in (("daily.info", info), ("daily.ndb", ndb)):
            member = tarfile.TarInfo(name)
            member.size = len(data)
            member.mtime = stime
            tar.addfile(member, io.BytesIO(data))
    body = buf.getvalue()
    header = head.format(md5=hashlib.md5(body).hexdigest()).encode().ljust(512, b" ")  # noqa: S324 (ClamAV's format)
    out = dest / "daily.cud"
    out.write_bytes(header + body)
    return out


def start_clamd(database: Path | None = None, limits: ClamLimits = TEST_LIMITS) -> ClamdServer:
    """Start clamd on a private socket; `database` is a directory to use (default: test signatures)."""
    clamd = find_clamd()
    if clamd is None:
        raise ClamdNotStarted(
            "clamd is not installed. Install ClamAV with the project's script: `make system` "
            "(scripts/install-system.sh installs clamav and clamav-daemon)."
        )
    # unix socket paths are limited to ~107 bytes: a short directory under the system temp dir
    root = Path(tempfile.mkdtemp(prefix="pecclamd-"))
    db = root / "db"
    if database is None:
        copy_test_signatures(db)
    else:
        shutil.copytree(database, db)
    (root / "tmp").mkdir()
    sock = root / "clamd.sock"
    log = root / "clamd.log"
    conf = root / "clamd.conf"
    conf.write_text(
        clamd_config(sock, db, pid_file=root / "clamd.pid", temp_dir=root / "tmp", log_file=log, limits=limits)
    )
    out = (root / "clamd.out").open("wb")
    proc = subprocess.Popen([clamd, f"--config-file={conf}"], stdout=out, stderr=subprocess.STDOUT)
    out.close()
    server = ClamdServer(root, sock, db, limits, proc, log)
    probe = ClamdEngine(sock, timeout=5.0)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            output = (root / "clamd.out").read_text(errors="replace")[-3000:]
            server.stop()
            raise ClamdNotStarted(f"clamd exited with code {proc.returncode} at start:\n{output}")
        if sock.exists() and probe.ping():
            return server
        time.sleep(0.1)
    tail = server.log_tail()
    server.stop()
    raise ClamdNotStarted(f"clamd did not answer PING within {START_TIMEOUT:g} s:\n{tail}")
