"""The built-in policy engine: what may be on a medium for a task (R-SEC-6, R-SEC-7, R-SEC-11).

Each entry the walk (`walk.py`) accepts is checked by name, and each regular file by content:
only the first `HEAD_BYTES` are read (opened with O_NOFOLLOW|O_NONBLOCK, checked to be the inode the
walk saw), plus, for a zip, its end record and central directory; never the whole file. The staging
copy and its hash are separate (pipeline).

Rules (stable ids) — every one is Verdict.POLICY unless marked UNSCANNABLE:
  names (directories and files; nothing is read)
    bidi-name        bidirectional controls U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C
    zero-width-name  U+200B–U+200D, U+2060, U+FEFF
    invisible-name   any other format, private-use or unassigned character (soft hyphen, tags ...)
    control-name     C0/C1 controls, DEL, line and paragraph separators
    name-encoding    bytes that are not UTF-8 (shown as \\xNN)
    hidden           a dot-name, or the Windows hidden or system attribute
    reserved-name    a Windows device name (CON, NUL, COM1 ...) or a character Windows forbids (<>:"|?*)
    trailing-dot     a name ending in a dot or a space (Windows drops them: `x.pecenv.` shows as
                     `x.pecenv`)
    autorun          `autorun.inf`, any case
    shell-config     `desktop.ini`, any case (Explorer acts on it: icons, CLSIDs, UNC paths). Decision:
                     refused, not ignored; `Thumbs.db` and the other OS metadata are ignored by the walk
    shortcut         .lnk .url .desktop .webloc .inetloc .scf .website .search-ms .searchconnector-ms
                     .library-ms .settingcontent-ms, or the .lnk header (4C000000 0114020000000000C000000000000046)
                     by content
    exe-name         executables, libraries, installers and packages by name (.exe .dll .com .scr .pif
                     .msi .msp .msix .appx .jar .apk .app .pkg .deb .rpm .appimage .run ...)
    script           scripts by name (.bat .cmd .ps1 .vbs .vbe .js .jse .wsf .wsh .hta .sh .py .reg
                     ...), or by content: a `#!` line (a UTF-8 BOM before it too)
    disk-image       .iso .img .vhd .vhdx .dmg (they open as drives and bypass mark-of-the-web)
    double-extension a dangerous extension after another one (`report.pdf.exe`)
  content (regular files)
    exe-magic        MZ (PE, DOS), ELF, Mach-O (32/64, both byte orders, fat), Java class / fat
                     Mach-O (CAFEBABE), WebAssembly, Android DEX
    type-not-allowed the content type (by magic, never by name) is not one the task allows
    archive-bomb     a zip whose members expand past `max_archive_ratio` (in all or any member),
                     past `max_archive_bytes`, or with more than `max_archive_members` members
    nested-archive   an archive inside a zip (by member name or by the member's first bytes)
    archive-encrypted an encrypted zip member: it cannot be scanned (decision: POLICY, not
                     UNSCANNABLE — no engine or retry could ever judge it, so the medium is refused)
    archive-malformed a zip whose directory cannot be read
    name-escape / name-too-long, bidi-name ...  a zip member's name (zip-slip `../`, absolute paths)
    limit-time       UNSCANNABLE: the shared deadline passed
    changed          UNSCANNABLE: the file changed (or was swapped for a link or FIFO) after the walk
    unreadable       UNSCANNABLE: the file could not be opened or read

Decisions:
  - Types are closed: `FileType`. An `AllowedTypes` names what a task takes; `IMPORT` allows
    envelopes only (magic `PECENV1\\n`, docs/envelope.md), `CLAIM_ATTACHMENTS` adds PDF/JPEG/PNG.
    The trust bundle that travels beside a central envelope (canonical JSON starting
    `{"bundle":{`) is its own type, allowed for imports: the importer verifies its root signature.
    Archives other than zip (gzip, 7z, rar, tar, bzip2, xz, zstd, cab) are recognised but cannot be
    inspected without decompressing, so no task may allow them (`AllowedTypes` refuses them).
  - A file may get several findings (e.g. `type-not-allowed` and `archive-bomb`); the specific
    content rules (exe-magic, script, shortcut) replace `type-not-allowed`.
  - The ratio rule looks at declared sizes (central directory) against the zip's size on disk and
    each member's compressed size, and applies once something expands past 1 MiB: a small text
    file of spaces may legitimately compress 1000×. Lying sizes do not matter here: nothing is
    extracted by this engine.
  - A zip's members are inspected by name and by their first bytes only (nested archives,
    executables inside); the antivirus engines do the full decompression within their own limits.
  - Ignored operating-system metadata (walk.py) gets no finding and is never read.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.security.scanner.archive import inspect_zip
from app.security.scanner.filetypes import (
    CLAIM_ATTACHMENTS,
    CONTENT_RULE,
    ENVELOPE_MAGIC,
    HEAD_BYTES,
    IMPORT,
    LNK_MAGIC,
    AllowedTypes,
    FileType,
    sniff,
)
from app.security.scanner.names import name_findings
from app.security.scanner.types import Finding, ScanLimits, Verdict
from app.security.scanner.walk import FILE_OPEN_FLAGS, Entry, Kind, os_code, shown, walk

__all__ = [
    "CLAIM_ATTACHMENTS",
    "ENVELOPE_MAGIC",
    "IMPORT",
    "LNK_MAGIC",
    "AllowedTypes",
    "FileType",
    "PolicyEngine",
    "PolicyScan",
    "inspect_zip",
    "name_findings",
    "sniff",
]


@dataclass
class PolicyScan:
    """The result of `PolicyEngine.scan_tree`: what passed, what was found, what was ignored."""

    root: str
    files: list[Entry] = field(default_factory=list)  # regular files that passed every check
    findings: list[Finding] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # OS metadata (shown), never read
    entries: int = 0
    bytes: int = 0
    seconds: float = 0.0

    @property
    def clean(self) -> bool:
        return not self.findings


class PolicyEngine:
    """Checks entries against the policy for one task. Pure Python; reads at most a file's head."""

    def __init__(self, allowed: AllowedTypes, limits: ScanLimits | None = None) -> None:
        self.allowed = allowed
        self.limits = limits or ScanLimits()

    def check(self, entry: Entry) -> list[Finding]:
        """The findings for one entry the walk yielded (a directory or a regular file)."""
        if entry.ignored:
            return []
        where = shown(entry.path)
        found = [Finding(where, Verdict.POLICY, rule, detail)
                 for rule, detail in name_findings(entry.name, attributes=entry.attributes)]  # fmt: skip
        if entry.kind is Kind.FILE:
            found.extend(self.check_content(entry))
        return found

    def check_content(self, entry: Entry) -> list[Finding]:
        where = shown(entry.path)
        try:
            fd = os.open(entry.os_path, FILE_OPEN_FLAGS)
        except OSError as exc:
            if exc.errno == errno.ELOOP:  # swapped for a link after the walk: O_NOFOLLOW refused it
                return [Finding(where, Verdict.UNSCANNABLE, "changed", os_code(exc))]
            return [Finding(where, Verdict.UNSCANNABLE, "unreadable", os_code(exc))]
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or (st.st_dev, st.st_ino) != (entry.dev, entry.ino) or st.st_nlink > 1:
                return [Finding(where, Verdict.UNSCANNABLE, "changed", f"ino={st.st_ino} links={st.st_nlink}")]
            return self._content(where, fd, st.st_size)
        except OSError as exc:
            return [Finding(where, Verdict.UNSCANNABLE, "unreadable", os_code(exc))]
        finally:
            os.close(fd)

    def _content(self, where: str, fd: int, size: int) -> list[Finding]:
        """The content rules on an open regular file: its type by its head, and a zip's directory."""
        kind = sniff(os.read(fd, HEAD_BYTES))
        found: list[Finding] = []
        content_rule = CONTENT_RULE.get(kind)
        if content_rule is not None:
            found.append(Finding(where, Verdict.POLICY, content_rule, kind.value))
        elif kind not in self.allowed.types:
            found.append(Finding(where, Verdict.POLICY, "type-not-allowed", f"{kind.value} task={self.allowed.name}"))
        if kind is FileType.ZIP:
            with os.fdopen(os.dup(fd), "rb") as stream:
                found.extend(Finding(where, verdict, rule, detail)
                             for verdict, rule, detail in inspect_zip(stream, size, self.limits))  # fmt: skip
        return found

    def scan_tree(
        self,
        root: str | Path,
        *,
        cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int, int], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> PolicyScan:
        """Walk `root` and check every entry, within the limits (one deadline for both)."""
        start = clock()
        deadline = start + self.limits.max_seconds
        result = PolicyScan(str(root))
        for item in walk(root, self.limits, deadline=deadline, cancelled=cancelled, clock=clock):
            if isinstance(item, Finding):
                result.findings.append(item)
            elif not item.ignored and item.kind is Kind.FILE and clock() > deadline:
                result.entries += 1
                result.findings.append(Finding(item.shown, Verdict.UNSCANNABLE, "limit-time",
                                               f"limit={self.limits.max_seconds:g}s"))  # fmt: skip
                break
            else:
                self._add(result, item)
                if progress is not None and not item.ignored:
                    progress(result.entries, result.bytes)
        result.seconds = clock() - start
        return result

    def _add(self, result: PolicyScan, item: Entry) -> None:
        """One entry the walk accepted, checked, into `result`."""
        result.entries += 1
        if item.ignored:
            result.ignored.append(item.shown)
            return
        found = self.check(item)
        result.findings.extend(found)
        if item.kind is Kind.FILE:
            result.bytes += item.size
            if not found:
                result.files.append(item)
