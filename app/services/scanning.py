"""Scanning media and moving envelopes through registered drives (R-SEC-6, R-SEC-7, R-SEC-11).

Engines available to this device, in order of preference:
  clamd       when `PEC_DESK_CLAMD` names its socket (an installation running its own daemon)
  clamscan    with the signature databases installed from central envelopes (`<data>/av`)
  Defender    on Windows (`MpCmdRun`)
Undated TEST signatures (the project's EICAR + marker set, installed by the demo) are accepted only
on a device set up with a test root, in a development build: a production build never takes them
(nor `PEC_DESK_CLAMD`: app.build_info).

Every scan is kept (the report as JSON in the precinct store) and audited with its outcome and
counts. An import from a drive: the drive must be registered, the scan must be clean, and only the
staged copy is imported; the staging directory is removed afterwards whatever happened. An export
goes only to a registered drive (the envelope writer writes a temp name, fsyncs, renames): that
is `transfer.MediaTransfer`, which uses this scan.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import stat
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.build_info import CLAMD_ENV, refuse_in_production
from app.clock import iso
from app.errors import AppError, Defect, Part, Reason, os_defect
from app.models.db import transaction
from app.models.media import ScanReportRepository
from app.security.audit import AuditAction
from app.security.permissions import Action
from app.security.scanner.clamav import ClamdEngine, ClamscanEngine
from app.security.scanner.defender import DefenderEngine
from app.security.scanner.pipeline import MediumScan, Progress, ScanResult
from app.security.scanner.policy import IMPORT, AllowedTypes
from app.security.scanner.types import Engine, Outcome, ScanLimits, ScanReport, Verdict
from app.security.scanner.volumes import VolumeSource
from app.security.scanner.walk import FILE_OPEN_FLAGS, O_NOFOLLOW, shown
from app.security.session import Session
from app.services.guard import authorize
from app.services.import_apply import INSTALLED_SIGNATURES
from app.services.media import MediaService, refuse_link
from app.services.ports import ScanHost

STAGING = "staging"  # in the data dir, owner-only; holds encrypted envelopes for minutes at most
MEMORY_FS = Path("/dev/shm")  # noqa: S108 - a RAM file system; the directory's owner and mode are checked


def staging_root(ctx: ScanHost, allowed: AllowedTypes) -> Path:
    """Where the scan stages its copies. Envelopes (encrypted) are staged in the data dir. Any
    other task may stage plaintext personal data (a passport copy): that goes to a private
    directory on a RAM file system where there is one (Linux /dev/shm), so no plaintext copy ever
    reaches the disk; elsewhere it falls back to the data dir and is deleted right after the scan
    (docs/media.md)."""
    if allowed.name != IMPORT.name and MEMORY_FS.is_dir() and os.access(MEMORY_FS, os.W_OK):
        root = MEMORY_FS / f"pec-desk-{os.getuid() if hasattr(os, 'getuid') else 0}-{ctx.device_id[:8]}"
    else:
        root = ctx.paths.root / STAGING
    root.mkdir(mode=0o700, exist_ok=True)
    info = root.lstat()  # a planted link or someone else's directory is refused
    if root.is_symlink() or (hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o077)):
        raise AppError(Reason.STORE_DAMAGED, defect=Defect.NOT_PRIVATE, part=Part.FILE, path=str(root))
    return root


def device_engines(ctx: ScanHost) -> tuple[list[Engine], str]:
    """The antivirus engines this device can use now, and why there are none if so."""
    test_ok = ctx.uses_test_root()
    socket = os.environ.get(CLAMD_ENV, "")
    if socket:
        refuse_in_production(CLAMD_ENV)
        return [ClamdEngine(socket, allow_test_signatures=test_ok)], ""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return [DefenderEngine()], ""
    database = ctx.paths.root / INSTALLED_SIGNATURES
    if not database.is_dir():
        return [], "no antivirus signatures are installed: import a package or update that carries them"
    if shutil.which("clamscan") is None:
        return [], "ClamAV (clamscan) is not installed on this computer"
    return [ClamscanEngine(database, allow_test_signatures=test_ok)], ""


def report_json(report: ScanReport) -> dict[str, Any]:
    data = dataclasses.asdict(report)
    data["outcome"] = report.outcome.value
    data["findings"] = [{**dataclasses.asdict(f), "verdict": f.verdict.value} for f in report.findings]
    return data


@dataclass(frozen=True)
class Scanned:
    result: ScanResult
    medium_id: int | None  # the registered drive, when the path is on one


class ScanService:
    def __init__(
        self,
        ctx: ScanHost,
        volumes: VolumeSource,
        *,
        engines: Callable[[ScanHost], tuple[list[Engine], str]] = device_engines,
        limits: ScanLimits | None = None,
    ) -> None:
        self._ctx = ctx
        self._media = MediaService(ctx, volumes)
        self._engines = engines
        self._limits = limits

    @property
    def media(self) -> MediaService:
        return self._media

    def scan(
        self,
        session: Session,
        root: Path,
        *,
        allowed: AllowedTypes = IMPORT,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Scanned:
        """Scans `root` as `allowed`'s task would; the report is kept and audited. A clean result
        holds the staged copies: the caller imports them and calls `result.discard()`."""
        ctx = self._ctx
        # An import is the secretary's or chair's; a claim's attachments are scanned by whoever takes the claim.
        authorize(ctx, session, Action.SYNC_IMPORT if allowed.name == IMPORT.name else Action.CLAIM_INTAKE)
        if not Path(root).is_dir():
            raise AppError(Reason.USAGE, defect=Defect.NOT_A_DIRECTORY, part=Part.FILE, path=str(root))
        volume = self._media.volume_of(Path(root))
        medium = self._media.registered(volume) if volume is not None else None
        engines, why = self._engines(ctx)
        staging = staging_root(ctx, allowed)
        scan = MediumScan(allowed, engines, staging, limits=self._limits, progress=progress, cancelled=cancelled,
                          unavailable=why)  # fmt: skip
        result = scan.run(Path(root))
        report = result.report
        data = report_json(report)
        with transaction(ctx.precinct):
            ScanReportRepository(ctx.precinct).add(
                iso(ctx.clock.now()), session.login, allowed.name, medium.id if medium else None,
                outcome=report.outcome.value, report=json.dumps(data, ensure_ascii=False),
            )  # fmt: skip
            counts = {v.value: sum(1 for f in report.findings if f.verdict is v) for v in Verdict}
            ctx.audit.append(session.actor, AuditAction.MEDIA_SCANNED, obj=volume.label if volume else "",
                             outcome=report.outcome.value,
                             details={"task": allowed.name, "files": report.files, "bytes": report.bytes,
                                      "seconds": round(report.seconds, 2), "registered": medium.id if medium else 0,
                                      "engines": [f"{e.name} {e.version} {e.signatures}" for e in report.engines],
                                      **{k: v for k, v in counts.items() if v}})  # fmt: skip
        return Scanned(result, medium.id if medium else None)

    def scan_file(self, session: Session, path: Path, *, allowed: AllowedTypes, max_bytes: int) -> Scanned:
        """Scans the one file `path` (not on a drive) as `allowed`'s task would (R-SEC-6): it is
        copied, never through a link and at most `max_bytes`, under its own name into a private
        folder of the staging root (a RAM file system where there is one), and that folder is
        scanned like a drive's; the copy is removed whatever happens. A clean result holds the
        staged copy under the file's name; the caller reads it and calls `result.discard()`."""
        authorize(self._ctx, session, Action.SYNC_IMPORT if allowed.name == IMPORT.name else Action.CLAIM_INTAKE)
        holder = staging_root(self._ctx, allowed) / f"file-{uuid.uuid4().hex}"
        holder.mkdir(mode=0o700)
        try:
            _copy_one(Path(path), holder / Path(path).name, max_bytes)
            return self.scan(session, holder, allowed=allowed)
        finally:
            shutil.rmtree(holder, ignore_errors=True)

    def reports(self, session: Session, limit: int = 20) -> list[dict[str, Any]]:
        authorize(self._ctx, session, Action.SYNC_IMPORT)
        rows = ScanReportRepository(self._ctx.precinct).recent(limit)
        return [{**dataclasses.asdict(r), "report": json.loads(r.report)} for r in rows]


def _copy_one(source: Path, target: Path, max_bytes: int) -> None:
    """`source` (a regular file, never a link: O_NOFOLLOW) copied to the new owner-only `target`."""
    refuse_link(source)
    try:
        fd = os.open(source, FILE_OPEN_FLAGS)
    except OSError as exc:
        raise AppError(Reason.MEDIUM_ERROR, part=Part.FILE, path=shown(source.name), **os_defect(exc)) from exc
    with os.fdopen(fd, "rb") as stream:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise AppError(Reason.POLICY_VIOLATION, defect=Defect.NOT_A_FILE, part=Part.FILE, path=shown(source.name))
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise AppError(
            Reason.TOO_LARGE, defect=Defect.OVER_LIMIT, part=Part.FILE, path=shown(source.name), limit=max_bytes
        )
    with os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_NOFOLLOW, 0o600), "wb") as out:
        out.write(data)


def refusal_of(report: ScanReport) -> AppError:
    """The reason code of a scan that was not clean (CLI.md: infected, policy-violation, scan-unavailable)."""
    first = next((f for f in report.findings if f.verdict is Verdict.INFECTED), None)
    if first is not None:
        return AppError(Reason.INFECTED, defect=Defect.VIRUS_FOUND, path=first.path, virus=first.rule)
    policy = next((f for f in report.findings if f.verdict is Verdict.POLICY), None)
    if policy is not None:
        return AppError(Reason.POLICY_VIOLATION, defect=Defect.SCAN_FINDING, path=policy.path, rule=policy.rule)
    if report.unavailable:  # an engine's problem, by its code (app/scan_messages.py)
        return AppError(Reason.SCAN_UNAVAILABLE, **report.unavailable)
    found = next(iter(report.findings), None)  # the scanner's own words stay in its report
    return AppError(Reason.SCAN_UNAVAILABLE, defect=Defect.SCAN_FINDING, path=found.path or "-" if found else "-",
                    rule=found.rule if found else "no-engine")  # fmt: skip


def scan_outcome_exit(report: ScanReport) -> int:
    """`pec-desk scan`: 0 clean, 1 something refused, 2 could not scan (CLI.md)."""
    return {Outcome.CLEAN: 0, Outcome.REFUSED: 1, Outcome.UNAVAILABLE: 2}[report.outcome]
