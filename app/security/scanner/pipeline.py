"""The scan of a medium, from the walk to the staged copies that may be imported (R-SEC-6, R-SEC-11).

  1. policy on the medium   walk (no links, limits) + names + each file's head (`PolicyEngine`):
                            anything found stops here; nothing else is read from the medium
  2. staging                every file that passed is copied once into a private staging directory,
                            under the same relative path (names the policy accepted), opened with
                            O_NOFOLLOW; the inode and size must be the ones the walk saw; hashed
                            while copying; the medium is never read again
  3. policy on the copies   the same checks again on the staged bytes (a file changed between the
                            head check and the copy cannot slip through)
  4. antivirus              every available engine scans every staged copy; no engine, an engine
                            error or stale signatures means the scan could not be done
  5. outcome               CLEAN only when there are no findings and at least one engine judged every
                            file; otherwise the staged copies are deleted at once
The caller imports the staged copy (its SHA-256 is in the result) and then calls `discard()`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.security.scanner.policy import AllowedTypes, PolicyEngine
from app.security.scanner.types import (
    Engine,
    EngineInfo,
    EngineResult,
    EngineUnavailable,
    Finding,
    Outcome,
    ScanLimits,
    ScanReport,
    Verdict,
)
from app.security.scanner.walk import FILE_OPEN_FLAGS, Entry, shown

COPY_CHUNK = 1 << 20
Progress = Callable[[str, int, int], None]  # stage, done, total


class Cancelled(Exception):
    """The person cancelled the scan."""


@dataclass(frozen=True)
class StagedFile:
    relative: str  # as on the medium ("/"-separated)
    path: Path  # the private copy
    sha256: str
    size: int


@dataclass
class ScanResult:
    report: ScanReport
    staged: list[StagedFile] = field(default_factory=list)
    staging_dir: Path | None = None

    @property
    def clean(self) -> bool:
        return self.report.outcome is Outcome.CLEAN

    def discard(self) -> None:
        """Deletes the staged copies (after the import, or when the scan refused the medium)."""
        if self.staging_dir is not None:
            shutil.rmtree(self.staging_dir, ignore_errors=True)
            self.staging_dir = None
        self.staged = []


class MediumScan:
    """One scan of one root for one task, with the engines available now."""

    def __init__(
        self,
        allowed: AllowedTypes,
        engines: Sequence[Engine],
        staging_root: Path,
        *,
        limits: ScanLimits | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        unavailable: str = "",
    ) -> None:
        self._allowed = allowed
        self._engines = list(engines)
        self._staging_root = Path(staging_root)
        self._limits = limits or ScanLimits()
        self._progress = progress
        self._cancelled = cancelled or (lambda: False)
        self._unavailable = unavailable  # why no engine could be set up, if none

    def run(self, root: Path) -> ScanResult:
        start = time.monotonic()
        root = Path(root)
        report = ScanReport(str(root), Outcome.CLEAN)
        result = ScanResult(report)
        try:
            self._scan(root, result)
        except Cancelled:
            report.findings.append(Finding("", Verdict.UNSCANNABLE, "cancelled", "the scan was cancelled"))
            report.reason = "cancelled"
        except BaseException:
            result.discard()
            raise
        report.seconds = time.monotonic() - start
        report.outcome = _outcome(report)
        if report.outcome is not Outcome.CLEAN:
            result.discard()
        return result

    def _scan(self, root: Path, result: ScanResult) -> None:
        report = result.report
        policy = PolicyEngine(self._allowed, self._limits)
        on_medium = policy.scan_tree(root, cancelled=self._cancelled, progress=self._tick("policy"))
        report.files, report.bytes = len(on_medium.files), on_medium.bytes
        report.findings.extend(on_medium.findings)
        if on_medium.findings:
            return
        engines = self._ready_engines(report)
        if not engines:
            return
        staging = self._staging_root / f"scan-{uuid.uuid4().hex}"
        staging.mkdir(mode=0o700, parents=True)
        result.staging_dir = staging
        for number, entry in enumerate(on_medium.files, 1):
            self._check_cancel()
            staged = _copy(entry, staging.joinpath(*entry.path.split("/")))
            if isinstance(staged, Finding):
                report.findings.append(staged)
                return
            result.staged.append(staged)
            self._tick("staging")(number, len(on_medium.files))
        again = policy.scan_tree(staging, cancelled=self._cancelled)
        report.findings.extend(again.findings)  # the copies keep the medium's relative paths
        if again.findings:
            return
        for engine in engines:
            self._antivirus(engine, result)

    def _ready_engines(self, report: ScanReport) -> list[Engine]:
        ready: list[Engine] = []
        problems = []
        for engine in self._engines:
            try:
                report.engines.append(engine.info())
                ready.append(engine)
            except EngineUnavailable as exc:
                problems.append(str(exc))
                report.unavailable = report.unavailable or exc.params()
        if problems or not ready:
            report.reason = "; ".join(problems) or self._unavailable or "no antivirus engine is installed"
            report.findings.append(Finding("", Verdict.UNSCANNABLE, "no-engine", report.reason))
            return []
        return ready

    def _antivirus(self, engine: Engine, result: ScanResult) -> None:
        report = result.report
        paths = [s.path for s in result.staged]
        try:
            scan_many = getattr(engine, "scan_many", None)
            if callable(scan_many):
                verdicts: dict[Path, EngineResult] = scan_many(paths)
            else:
                verdicts = {}
                for number, path in enumerate(paths, 1):
                    self._check_cancel()
                    verdicts[path] = engine.scan(path)
                    self._tick("antivirus")(number, len(paths))
        except EngineUnavailable as exc:
            report.reason = str(exc)
            report.unavailable = exc.params()
            report.findings.append(Finding("", Verdict.UNSCANNABLE, "engine-error", str(exc)))
            return
        for staged in result.staged:
            verdict = verdicts.get(staged.path, EngineResult(Verdict.UNSCANNABLE, "no-result"))
            if verdict.verdict is not Verdict.CLEAN:
                report.findings.append(Finding(shown(staged.relative), verdict.verdict, verdict.rule or "antivirus",
                                               verdict.detail))  # fmt: skip

    def _tick(self, stage: str) -> Callable[[int, int], None]:
        def tick(done: int, total: int) -> None:
            self._check_cancel()
            if self._progress is not None:
                self._progress(stage, done, total)

        return tick

    def _check_cancel(self) -> None:
        if self._cancelled():
            raise Cancelled


def _copy(entry: Entry, target: Path) -> StagedFile | Finding:
    """One read of the medium's file into the staging copy, hashed on the way."""
    where = shown(entry.path)
    try:
        fd = os.open(entry.os_path, FILE_OPEN_FLAGS)
    except OSError as exc:
        return Finding(where, Verdict.UNSCANNABLE, "unreadable", f"cannot open: {exc.strerror or exc}")
    digest = hashlib.sha256()
    size = 0
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or (st.st_dev, st.st_ino, st.st_size) != (entry.dev, entry.ino, entry.size):
            return Finding(where, Verdict.UNSCANNABLE, "changed", "the file changed after the walk")
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # names the policy accepted
        out = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(out, "wb") as sink:
            while chunk := os.read(fd, COPY_CHUNK):
                size += len(chunk)
                if size > entry.size:
                    return Finding(where, Verdict.UNSCANNABLE, "changed", "the file grew while it was copied")
                digest.update(chunk)
                sink.write(chunk)
            sink.flush()
            os.fsync(sink.fileno())
    except OSError as exc:
        return Finding(where, Verdict.UNSCANNABLE, "unreadable", f"cannot read: {exc.strerror or exc}")
    finally:
        os.close(fd)
    if size != entry.size:
        return Finding(where, Verdict.UNSCANNABLE, "changed", "the file shrank while it was copied")
    return StagedFile(entry.path, target, digest.hexdigest(), size)


def _outcome(report: ScanReport) -> Outcome:
    verdicts = {f.verdict for f in report.findings}
    if Verdict.INFECTED in verdicts or Verdict.POLICY in verdicts:
        return Outcome.REFUSED
    if Verdict.UNSCANNABLE in verdicts or not report.engines:
        return Outcome.UNAVAILABLE
    return Outcome.CLEAN


def engines_summary(engines: list[EngineInfo]) -> str:
    return ", ".join(f"{e.name} {e.version} ({e.signatures})" for e in engines) or "none"
