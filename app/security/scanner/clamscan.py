"""ClamAV through the clamscan command, when no clamd runs (clamav.py's docstring)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.clock import Clock, SystemClock
from app.security.scanner.clamav_common import (
    DEFAULT_MAX_SIGNATURE_AGE,
    RECHECK_SECONDS,
    TEST_SIGNATURE_PREFIX,
    TEST_SIGNATURES_MARKER,
    check_age,
    database_headers,
    parse_version,
    result_from_reply,
)
from app.security.scanner.clamav_config import ClamLimits
from app.security.scanner.types import EngineInfo, EngineProblem, EngineResult, EngineUnavailable, Verdict, failure_code

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
            raise EngineUnavailable(EngineProblem.NOT_INSTALLED, name="clamscan")
        return self.clamscan_path

    def info(self) -> EngineInfo:
        try:
            out = subprocess.run(
                [self._exe(), "--version"], capture_output=True, text=True, timeout=60, check=False
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError) as exc:
            raise EngineUnavailable(EngineProblem.CANNOT_RUN, name="clamscan", code=failure_code(exc)) from exc
        engine = parse_version(out)[0]
        headers = database_headers(self.database_dir)
        daily = [h for h in headers if h.file.startswith("daily.")] or headers
        if daily:
            newest = max(daily, key=lambda h: h.built)
            check_age(newest.built, self.clock.now(), self.max_signature_age, "clamscan")
            sigs = ",".join(f"{h.file}:{h.version}" for h in headers)
            info = EngineInfo(self.name, engine, sigs, newest.built.isoformat(timespec="seconds"))
        elif (self.database_dir / TEST_SIGNATURES_MARKER).is_file():
            if not self.allow_test_signatures:
                raise EngineUnavailable(EngineProblem.TEST_SIGNATURES_ONLY, name="clamscan")
            info = EngineInfo(self.name, engine, f"test:{TEST_SIGNATURE_PREFIX}* (TEST signatures, not protection)", "")
        else:
            raise EngineUnavailable(EngineProblem.NO_SIGNATURES, name="clamscan")
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
                results[p] = EngineResult(Verdict.UNSCANNABLE, "clamav:name")  # a name its output cannot carry
            elif not p.is_file() or p.is_symlink():
                results[p] = EngineResult(Verdict.UNSCANNABLE, "clamav:not-regular")
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
            raise EngineUnavailable(EngineProblem.TIMEOUT, name="clamscan", seconds=f"{self.timeout:g}") from exc
        except OSError as exc:
            raise EngineUnavailable(EngineProblem.CANNOT_RUN, name="clamscan", code=failure_code(exc)) from exc
        out = proc.stdout.decode("utf-8", "surrogateescape")
        err = proc.stderr.decode("utf-8", "replace").strip()
        if proc.returncode not in (0, 1, 2):
            raise EngineUnavailable(EngineProblem.FAILED, name="clamscan", code=str(proc.returncode), reply=err[-300:])
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
            raise EngineUnavailable(EngineProblem.FAILED, name="clamscan", code="2", reply=(err or out)[-300:])
        found = any(r.verdict is not Verdict.CLEAN for r in results.values())
        if proc.returncode == 1 and not found:
            raise EngineUnavailable(EngineProblem.UNEXPECTED_ANSWER, name="clamscan", reply="1")
        for p in paths:
            if p not in results:
                results[p] = EngineResult(Verdict.UNSCANNABLE, "clamav:no-answer", f"exit={proc.returncode}")
        return results
