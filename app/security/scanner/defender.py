"""Microsoft Defender Antivirus through its command line, MpCmdRun.exe (Windows; R-SEC-6, R-SEC-11).

UNTESTED ON REAL WINDOWS. The project's tests run on Linux against a fake MpCmdRun (a small script
returning the exit codes below, tests/scanner/test_engines.py), so the command line, the exit code
handling and every fail-closed path are tested, but not Defender itself. Try it on a Windows
workstation with the EICAR file before relying on it.

Scan of one file:
    MpCmdRun.exe -Scan -ScanType 3 -File <path> -DisableRemediation -ReturnHR
-ScanType 3 is the custom (file/directory) scan. With -DisableRemediation, as Microsoft documents
it, file exclusions are ignored, archives are scanned, no action is taken on a detection (no
quarantine: the staged copy is refused by us and the report must still name it), detections are
not logged by Defender and are printed on the console, which is what is parsed here.

Exit codes, as understood here (MpCmdRun's documented behaviour for -Scan: 0 no threats, 2 threats
found; -ReturnHR makes it return the failing HRESULT instead of a generic 2 when the scan itself
failed):
    0             CLEAN, unless the output nonetheless reports threats (then INFECTED)
    2             INFECTED; the threat name is read from the "Threat : ..." lines when present
    anything else (an HRESULT such as 0x80508023, 0x8050800C, 0x80070005; 1; negative values)
                  EngineUnavailable with the HRESULT in hex: the scan did not happen, never clean.
A timeout, a missing MpCmdRun or one that cannot start: EngineUnavailable.

Where MpCmdRun is: the newest platform folder %ProgramData%\\Microsoft\\Windows Defender\\Platform\\
<version>\\MpCmdRun.exe (updated platforms live there), else %ProgramFiles%\\Windows Defender\\
MpCmdRun.exe.

Signature version and age, offline (no `-SignatureUpdate`: the PEC has no network): PowerShell's
`Get-MpComputerStatus` (AMEngineVersion, AntivirusSignatureVersion, AntivirusSignatureLastUpdated)
as JSON. When that cannot run, the definition files' dates (mpavbase.vdm / mpasbase.vdm and the
delta files under %ProgramData%\\Microsoft\\Windows Defender\\Definition Updates\\*) stand in, with
the version unknown. Older than `max_signature_age` -> EngineUnavailable; no date at all ->
EngineUnavailable.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from app.clock import Clock, SystemClock
from app.security.scanner.clamav import DEFAULT_MAX_SIGNATURE_AGE, check_age
from app.security.scanner.types import EngineInfo, EngineProblem, EngineResult, EngineUnavailable, Verdict, failure_code

EXIT_CLEAN = 0
EXIT_FOUND = 2
KNOWN_HRESULTS = {
    0x80508023: "the file was not found or could not be scanned",
    0x8050800C: "the antimalware engine reported a failure",
    0x80508026: "the scan was not performed (policy or exclusions)",
    0x80070005: "access denied",
    0x80070002: "file not found",
}


def hresult_text(code: int) -> str:
    value = code & 0xFFFFFFFF
    known = KNOWN_HRESULTS.get(value)
    return f"0x{value:08X}" + (f" ({known})" if known else "")


@dataclass(frozen=True)
class DefenderStatus:
    engine_version: str
    signature_version: str
    signatures_updated: dt.datetime | None  # UTC


_MS_DATE = re.compile(r"/Date\((-?\d+)(?:[+-]\d{4})?\)/")


def parse_ps_date(value: object) -> dt.datetime | None:
    """A date from ConvertTo-Json: "/Date(1736841600000)/" (Windows PowerShell 5.1) or ISO (7.x)."""
    if not isinstance(value, str) or not value:
        return None
    m = _MS_DATE.search(value)
    if m:
        return dt.datetime.fromtimestamp(int(m.group(1)) / 1000, dt.UTC)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def parse_status_json(text: str) -> DefenderStatus:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise EngineUnavailable(EngineProblem.UNEXPECTED_ANSWER, name="Defender", reply=text[:200]) from exc
    if not isinstance(data, dict):
        raise EngineUnavailable(EngineProblem.UNEXPECTED_ANSWER, name="Defender", reply=text[:200])
    return DefenderStatus(
        str(data.get("AMEngineVersion") or ""),
        str(data.get("AntivirusSignatureVersion") or ""),
        parse_ps_date(data.get("AntivirusSignatureLastUpdated")),
    )


def _newest_version_dir(parent: Path) -> Path | None:
    def key(p: Path) -> tuple[int, ...]:
        return tuple(int(x) for x in re.findall(r"\d+", p.name))

    try:
        dirs = [p for p in parent.iterdir() if p.is_dir() and re.match(r"^\d", p.name)]
    except OSError:
        return None
    return max(dirs, key=key) if dirs else None


def find_mpcmdrun(env: Mapping[str, str] | None = None) -> Path | None:
    env = os.environ if env is None else env
    candidates: list[Path] = []
    program_data = env.get("ProgramData") or env.get("PROGRAMDATA")
    if program_data:
        newest = _newest_version_dir(Path(program_data) / "Microsoft" / "Windows Defender" / "Platform")
        if newest is not None:
            candidates.append(newest / "MpCmdRun.exe")
    program_files = env.get("ProgramFiles") or env.get("PROGRAMFILES")
    if program_files:
        candidates.append(Path(program_files) / "Windows Defender" / "MpCmdRun.exe")
    return next((c for c in candidates if c.is_file()), None)


def status_from_definition_files(env: Mapping[str, str] | None = None) -> DefenderStatus:
    """Fallback: the newest modification time of the definition (.vdm) files."""
    env = os.environ if env is None else env
    program_data = env.get("ProgramData") or env.get("PROGRAMDATA") or ""
    root = Path(program_data) / "Microsoft" / "Windows Defender" / "Definition Updates"
    try:
        times = [p.stat().st_mtime for p in root.glob("*/*.vdm")]
    except OSError:
        times = []
    if not times:
        raise EngineUnavailable(EngineProblem.NO_SIGNATURES, name="Defender")
    return DefenderStatus("", "", dt.datetime.fromtimestamp(max(times), dt.UTC))


def powershell_status() -> DefenderStatus:
    cmd = [
        "powershell.exe",
        "-NoProfile",
        "-NonInteractive",
        "-Command",
        "Get-MpComputerStatus | Select-Object AMEngineVersion,AntivirusSignatureVersion,"
        "AntivirusSignatureLastUpdated | ConvertTo-Json -Compress",
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return status_from_definition_files()
    if proc.returncode != 0 or not proc.stdout.strip():
        return status_from_definition_files()
    return parse_status_json(proc.stdout)


_THREAT_RE = re.compile(r"^\s*Threat\s*:\s*(?P<name>\S.*?)\s*$", re.MULTILINE)
_FOUND_RE = re.compile(r"found\s+(?P<n>\d+)\s+threats?", re.IGNORECASE)


def result_from_mpcmdrun(code: int, output: str) -> EngineResult:
    """The verdict for one `MpCmdRun -Scan -ScanType 3 -File ... -DisableRemediation -ReturnHR` run."""
    names = _THREAT_RE.findall(output)
    counts = [int(m.group("n")) for m in _FOUND_RE.finditer(output)]
    if code == EXIT_FOUND or (code == EXIT_CLEAN and (names or any(counts))):
        rule = f"defender:{names[0]}" if names else "defender:threat"
        return EngineResult(Verdict.INFECTED, rule, "; ".join(names))
    if code == EXIT_CLEAN:
        return EngineResult(Verdict.CLEAN)
    raise EngineUnavailable(
        EngineProblem.FAILED, name="Defender", code=f"0x{code & 0xFFFFFFFF:08X}", reply=hresult_text(code)
    )  # the HRESULT's meaning: for logs, not shown


class DefenderEngine:
    """Microsoft Defender through MpCmdRun.exe. Untested on real Windows (see the module docstring)."""

    name = "defender"

    def __init__(
        self,
        mpcmdrun_path: Path | str | None = None,
        *,
        status: Callable[[], DefenderStatus] | None = None,
        timeout: float = 300.0,
        max_signature_age: dt.timedelta = DEFAULT_MAX_SIGNATURE_AGE,
        clock: Clock | None = None,
    ) -> None:
        self.mpcmdrun_path = Path(mpcmdrun_path) if mpcmdrun_path is not None else find_mpcmdrun()
        self.status = status or powershell_status
        self.timeout = timeout
        self.max_signature_age = max_signature_age
        self.clock: Clock = clock or SystemClock()
        self._checked = False

    def _exe(self) -> Path:
        if self.mpcmdrun_path is None or not self.mpcmdrun_path.is_file():
            raise EngineUnavailable(EngineProblem.NOT_INSTALLED, name="Microsoft Defender")
        return self.mpcmdrun_path

    def info(self) -> EngineInfo:
        self._exe()
        st = self.status()
        if st.signatures_updated is None:
            raise EngineUnavailable(EngineProblem.SIGNATURES_AGE_UNKNOWN, name="Defender")
        check_age(st.signatures_updated, self.clock.now(), self.max_signature_age, "Defender")
        self._checked = True
        return EngineInfo(
            self.name,
            st.engine_version or "unknown",
            st.signature_version or "unknown",
            st.signatures_updated.isoformat(timespec="seconds"),
        )

    def scan(self, path: Path) -> EngineResult:
        if not self._checked:
            self.info()
        target = Path(path).resolve()
        if not target.is_file() or Path(path).is_symlink():
            return EngineResult(Verdict.UNSCANNABLE, "defender:not-regular", "not a regular file")
        file_arg = str(PureWindowsPath(target)) if os.name == "nt" else str(target)
        cmd = [str(self._exe()), "-Scan", "-ScanType", "3", "-File", file_arg, "-DisableRemediation", "-ReturnHR"]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=self.timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise EngineUnavailable(EngineProblem.TIMEOUT, name="Defender", seconds=f"{self.timeout:g}") from exc
        except OSError as exc:
            raise EngineUnavailable(EngineProblem.CANNOT_RUN, name="MpCmdRun", code=failure_code(exc)) from exc
        output = (proc.stdout + b"\n" + proc.stderr).decode("utf-8", "replace")
        return result_from_mpcmdrun(proc.returncode, output)
