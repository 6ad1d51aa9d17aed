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

import enum
import errno
import os
import stat
import struct
import time
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from app.security.scanner.types import Finding, ScanLimits, Verdict
from app.security.scanner.walk import (
    FILE_ATTRIBUTE_HIDDEN,
    FILE_ATTRIBUTE_SYSTEM,
    FILE_OPEN_FLAGS,
    Entry,
    Kind,
    member_path_problems,
    shown,
    walk,
)

HEAD_BYTES = 4096
ENVELOPE_MAGIC = b"PECENV1\n"
LNK_MAGIC = bytes.fromhex("4C0000000114020000000000C000000000000046")


class FileType(enum.StrEnum):
    ENVELOPE = "envelope"
    TRUST_BUNDLE = "trust-bundle"  # central-trust.json beside a central envelope (docs/sync.md)
    PDF = "pdf"
    JPEG = "jpeg"
    PNG = "png"
    ZIP = "zip"
    GZIP = "gzip"
    SEVEN_ZIP = "7z"
    RAR = "rar"
    TAR = "tar"
    BZIP2 = "bzip2"
    XZ = "xz"
    ZSTD = "zstd"
    CAB = "cab"
    OLE = "ole"  # MSI, legacy Office, Thumbs.db
    PE = "pe"
    ELF = "elf"
    MACHO = "mach-o"
    JAVA_OR_FAT = "java-class-or-fat-mach-o"
    WASM = "wasm"
    DEX = "dex"
    SCRIPT = "script"
    LNK = "lnk"
    EMPTY = "empty"
    UNKNOWN = "unknown"


ARCHIVES = frozenset({FileType.ZIP, FileType.GZIP, FileType.SEVEN_ZIP, FileType.RAR, FileType.TAR,
                      FileType.BZIP2, FileType.XZ, FileType.ZSTD, FileType.CAB})  # fmt: skip
EXECUTABLES = frozenset({FileType.PE, FileType.ELF, FileType.MACHO, FileType.JAVA_OR_FAT, FileType.WASM,
                         FileType.DEX})  # fmt: skip
_CONTENT_RULE = {**dict.fromkeys(EXECUTABLES, "exe-magic"), FileType.SCRIPT: "script", FileType.LNK: "shortcut"}
ALLOWABLE = frozenset({FileType.ENVELOPE, FileType.TRUST_BUNDLE, FileType.PDF, FileType.JPEG, FileType.PNG,
                       FileType.ZIP})  # fmt: skip
TRUST_BUNDLE_MAGIC = b'{"bundle":{'  # canonical JSON: sorted keys, no spaces; its signature is checked on import

_MAGICS: tuple[tuple[bytes, FileType], ...] = (
    (ENVELOPE_MAGIC, FileType.ENVELOPE),
    (TRUST_BUNDLE_MAGIC, FileType.TRUST_BUNDLE),
    (b"%PDF-", FileType.PDF),
    (b"\xff\xd8\xff", FileType.JPEG),
    (b"\x89PNG\r\n\x1a\n", FileType.PNG),
    (b"PK\x03\x04", FileType.ZIP),
    (b"PK\x05\x06", FileType.ZIP),  # empty zip
    (b"PK\x07\x08", FileType.ZIP),  # spanned zip
    (b"\x1f\x8b", FileType.GZIP),
    (b"7z\xbc\xaf\x27\x1c", FileType.SEVEN_ZIP),
    (b"Rar!\x1a\x07", FileType.RAR),
    (b"BZh", FileType.BZIP2),
    (b"\xfd7zXZ\x00", FileType.XZ),
    (b"\x28\xb5\x2f\xfd", FileType.ZSTD),
    (b"MSCF\x00\x00\x00\x00", FileType.CAB),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FileType.OLE),
    (b"MZ", FileType.PE),
    (b"\x7fELF", FileType.ELF),
    (b"\xfe\xed\xfa\xce", FileType.MACHO),
    (b"\xfe\xed\xfa\xcf", FileType.MACHO),
    (b"\xce\xfa\xed\xfe", FileType.MACHO),
    (b"\xcf\xfa\xed\xfe", FileType.MACHO),
    (b"\xca\xfe\xba\xbe", FileType.JAVA_OR_FAT),
    (b"\xca\xfe\xba\xbf", FileType.MACHO),  # fat 64
    (b"\xbe\xba\xfe\xca", FileType.MACHO),  # fat, little-endian
    (b"\xbf\xba\xfe\xca", FileType.MACHO),
    (b"\x00asm", FileType.WASM),
    (b"dex\n", FileType.DEX),
    (b"#!", FileType.SCRIPT),
    (b"\xef\xbb\xbf#!", FileType.SCRIPT),
    (LNK_MAGIC, FileType.LNK),
)


def sniff(head: bytes) -> FileType:
    """The content type of a file from its first bytes (HEAD_BYTES are enough for all of them)."""
    if not head:
        return FileType.EMPTY
    for magic, kind in _MAGICS:
        if head.startswith(magic):
            return kind
    if len(head) >= 262 and head[257:262] == b"ustar":
        return FileType.TAR
    return FileType.UNKNOWN


@dataclass(frozen=True)
class AllowedTypes:
    """The content types a task takes (by magic bytes, never by name)."""

    name: str
    types: frozenset[FileType]

    def __post_init__(self) -> None:
        if not self.types <= ALLOWABLE:
            raise ValueError(f"not allowable for any task: {sorted(self.types - ALLOWABLE)}")


IMPORT = AllowedTypes("import", frozenset({FileType.ENVELOPE, FileType.TRUST_BUNDLE}))
CLAIM_ATTACHMENTS = AllowedTypes(
    "claim-attachments", frozenset({FileType.ENVELOPE, FileType.PDF, FileType.JPEG, FileType.PNG})
)

# extensions, lower case, without the dot
SHORTCUT_EXT = frozenset({"lnk", "url", "desktop", "webloc", "inetloc", "scf", "website", "search-ms",
                          "searchconnector-ms", "library-ms", "settingcontent-ms"})  # fmt: skip
EXE_EXT = frozenset({
    "exe", "dll", "com", "scr", "pif", "cpl", "ocx", "sys", "drv", "efi", "msi", "msp", "mst", "msix", "msixbundle",
    "appx", "appxbundle", "appref-ms", "application", "gadget", "xll", "xbap", "jar", "war", "ear", "class",
    "apk", "aab", "xapk", "ipa", "app", "pkg", "mpkg", "kext", "bundle", "deb", "rpm", "snap", "flatpak",
    "appimage", "run", "elf", "so", "dylib", "ko", "wasm", "dex",
})  # fmt: skip
SCRIPT_EXT = frozenset({
    "bat", "cmd", "ps1", "psm1", "psd1", "ps1xml", "psc1", "vb", "vbs", "vbe", "js", "jse", "mjs", "wsf",
    "wsh", "wsc", "ws", "hta", "msc", "sct", "reg", "inf", "chm", "jnlp", "sh", "bash", "zsh", "ksh", "csh",
    "fish", "command", "tool", "py", "pyw", "pyc", "pyz", "pl", "pm", "rb", "php", "lua", "tcl", "scpt",
    "applescript", "workflow", "action", "xsl", "iqy", "slk", "ahk", "au3", "vba", "bas",
})  # fmt: skip
DISK_IMAGE_EXT = frozenset({"iso", "img", "vhd", "vhdx", "dmg", "udf", "vmdk"})
ARCHIVE_EXT = frozenset({"zip", "zipx", "jar", "war", "ear", "apk", "7z", "rar", "gz", "tgz", "tar", "bz2",
                         "tbz2", "xz", "txz", "zst", "cab", "lzh", "lha", "arj", "z", "lz", "lzma", "cpio",
                         "iso", "img", "dmg", "vhd", "vhdx", "wim", "msi", "xapk", "ipa"})  # fmt: skip
_DANGEROUS = {**dict.fromkeys(DISK_IMAGE_EXT, "disk-image"), **dict.fromkeys(EXE_EXT, "exe-name"),
              **dict.fromkeys(SCRIPT_EXT, "script"), **dict.fromkeys(SHORTCUT_EXT, "shortcut")}  # fmt: skip
WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$", "clock$"}
    | {f"{p}{d}" for p in ("com", "lpt") for d in (*"0123456789", "¹", "²", "³")}
)
WINDOWS_FORBIDDEN = frozenset('<>:"|?*')
BIDI = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C))
ZERO_WIDTH = frozenset(chr(c) for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF))


def _char_findings(name: str) -> list[tuple[str, str]]:
    rules: dict[str, str] = {}
    for ch in name:
        code = ord(ch)
        if ch in BIDI:
            rules.setdefault("bidi-name", f"a bidirectional control U+{code:04X}")
        elif ch in ZERO_WIDTH:
            rules.setdefault("zero-width-name", f"a zero-width character U+{code:04X}")
        elif 0xDC80 <= code <= 0xDCFF:
            rules.setdefault("name-encoding", "bytes that are not UTF-8")
        else:
            category = unicodedata.category(ch)
            if category in ("Cc", "Zl", "Zp"):
                rules.setdefault("control-name", f"a control character U+{code:04X}")
            elif category in ("Cf", "Co", "Cn", "Cs"):
                rules.setdefault("invisible-name", f"an invisible character U+{code:04X}")
    return list(rules.items())


def _extension_findings(stripped: str) -> list[tuple[str, str]]:
    parts = stripped.split(".")
    if len(parts) < 2:
        return []
    ext = parts[-1].strip()
    rule = _DANGEROUS.get(ext)
    if rule is None or stripped == "autorun.inf":
        return []
    found = [(rule, f"the extension .{ext}")]
    if len(parts) >= 3 and parts[-2].strip():
        found.append(("double-extension", f"a .{ext} name disguised as .{parts[-2].strip()}"))
    return found


def name_findings(name: str, *, attributes: int = 0) -> list[tuple[str, str]]:
    """Policy problems of one name: (rule, detail) pairs. `walk.name_problems` covers structure."""
    found = [] if name.isascii() and name.isprintable() else _char_findings(name)
    if name.startswith("."):
        found.append(("hidden", "a hidden (dot) name"))
    if attributes & (FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM):
        found.append(("hidden", "the hidden or system attribute is set"))
    if name.endswith((".", " ")):
        found.append(("trailing-dot", "the name ends in a dot or a space (Windows drops them)"))
    stripped = name.lower().rstrip(". ")
    if stripped.split(".", 1)[0].rstrip(" ") in WINDOWS_DEVICES:
        found.append(("reserved-name", "a Windows device name"))
    if any(ch in WINDOWS_FORBIDDEN for ch in name):
        found.append(("reserved-name", "a character Windows does not allow in names"))
    if stripped == "autorun.inf":
        found.append(("autorun", "autorun.inf"))
    elif stripped == "desktop.ini":
        found.append(("shell-config", "desktop.ini"))
    found.extend(_extension_findings(stripped))
    return found


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
                return [Finding(where, Verdict.UNSCANNABLE, "changed", "the file became a link after the walk")]
            return [Finding(where, Verdict.UNSCANNABLE, "unreadable", f"cannot open: {exc.strerror or exc}")]
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or (st.st_dev, st.st_ino) != (entry.dev, entry.ino) or st.st_nlink > 1:
                return [Finding(where, Verdict.UNSCANNABLE, "changed", "the file changed after the walk")]
            head = os.read(fd, HEAD_BYTES)
            kind = sniff(head)
            found: list[Finding] = []
            content_rule = _CONTENT_RULE.get(kind)
            if content_rule is not None:
                found.append(Finding(where, Verdict.POLICY, content_rule, f"{kind.value} content"))
            elif kind not in self.allowed.types:
                found.append(Finding(where, Verdict.POLICY, "type-not-allowed",
                                     f"{kind.value} content is not allowed for {self.allowed.name}"))  # fmt: skip
            if kind is FileType.ZIP:
                with os.fdopen(os.dup(fd), "rb") as stream:
                    found.extend(Finding(where, verdict, rule, detail)
                                 for verdict, rule, detail in inspect_zip(stream, st.st_size, self.limits))  # fmt: skip
            return found
        except OSError as exc:
            return [Finding(where, Verdict.UNSCANNABLE, "unreadable", f"cannot read: {exc.strerror or exc}")]
        finally:
            os.close(fd)

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
                continue
            result.entries += 1
            if item.ignored:
                result.ignored.append(item.shown)
                continue
            if item.kind is Kind.FILE and clock() > deadline:
                result.findings.append(Finding(item.shown, Verdict.UNSCANNABLE, "limit-time",
                                               f"over {self.limits.max_seconds:g} s"))  # fmt: skip
                break
            found = self.check(item)
            result.findings.extend(found)
            if item.kind is Kind.FILE:
                result.bytes += item.size
                if not found:
                    result.files.append(item)
            if progress is not None:
                progress(result.entries, result.bytes)
        result.seconds = clock() - start
        return result


_EOCD = struct.Struct("<4s4H2LH")  # signature, disk, cd disk, entries here, entries, cd size, cd offset, comment
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")
_TAIL = 65535 + _EOCD.size + _ZIP64_LOCATOR.size
_MEMBER_HEAD = 512


def _directory_size(stream: BinaryIO, size: int) -> tuple[int, int] | None:
    """(members, central directory bytes) from the end records, or None when there is no end record."""
    start = max(0, size - _TAIL)
    stream.seek(start)
    tail = stream.read(size - start)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _EOCD.size:
        return None
    _sig, _d, _cd, _here, members, cd_size, _off, _c = _EOCD.unpack_from(tail, at)
    locator = at - _ZIP64_LOCATOR.size
    if locator >= 0 and tail[locator : locator + 4] == b"PK\x06\x07":
        _s, _disk, offset, _disks = _ZIP64_LOCATOR.unpack_from(tail, locator)
        if offset + _ZIP64_EOCD.size <= size:
            stream.seek(offset)
            record = stream.read(_ZIP64_EOCD.size)
            if len(record) == _ZIP64_EOCD.size and record[:4] == b"PK\x06\x06":
                fields = _ZIP64_EOCD.unpack(record)
                members, cd_size = max(members, fields[7]), max(cd_size, fields[8])
    return members, cd_size


def inspect_zip(stream: BinaryIO, size: int, limits: ScanLimits) -> list[tuple[Verdict, str, str]]:
    """A zip's central directory against the limits, without extracting anything to disk.

    Reads the end records, the central directory and at most `_MEMBER_HEAD` decompressed bytes of
    each member (to find archives and executables inside by content). Returns (verdict, rule, detail).
    """
    bad = Verdict.POLICY
    try:
        counts = _directory_size(stream, size)
        if counts is None:
            return [(bad, "archive-malformed", "no end-of-central-directory record")]
        members, cd_size = counts
        if members > limits.max_archive_members:
            return [(bad, "archive-bomb", f"{members} members (limit {limits.max_archive_members})")]
        if cd_size > max(1 << 20, limits.max_archive_members * 1024):
            return [(bad, "archive-bomb", f"a central directory of {cd_size} bytes")]
        stream.seek(0)
        with zipfile.ZipFile(stream) as archive:
            infos = archive.infolist()
            found = _member_findings(infos, size, limits)
            if not any(rule in ("archive-bomb", "archive-encrypted") for _v, rule, _d in found):
                found.extend(_member_heads(archive, infos))
            return found
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, RuntimeError,
            struct.error, OSError) as exc:  # fmt: skip
        return [(bad, "archive-malformed", f"the zip cannot be read: {exc}")]


def _member_findings(infos: Iterable[zipfile.ZipInfo], size: int, limits: ScanLimits) -> list[tuple[Verdict, str, str]]:
    bad = Verdict.POLICY
    found: list[tuple[Verdict, str, str]] = []
    seen: set[str] = set()

    def add(rule: str, detail: str) -> None:
        if rule not in seen:  # one finding per rule and archive: the report stays readable
            seen.add(rule)
            found.append((bad, rule, detail))

    total = 0
    for info in infos:
        name = info.filename
        total += info.file_size
        if info.flag_bits & 0x1 or info.compress_type == 99:  # traditional or AES encryption
            add("archive-encrypted", f"the member {shown(name)} is encrypted and cannot be scanned")
        if info.file_size > limits.max_archive_ratio * max(info.compress_size, 1) and info.file_size > (1 << 20):
            add("archive-bomb", f"the member {shown(name)} expands {info.file_size // max(info.compress_size, 1)}×")
        for rule, detail in member_path_problems(name, limits.max_name_bytes):
            add(rule, f"the member {shown(name)}: {detail}")
        leaf = name.rstrip("/").rsplit("/", 1)[-1]
        for rule, detail in name_findings(leaf):
            add(rule, f"the member {shown(name)}: {detail}")
        ext = leaf.lower().rsplit(".", 1)[-1] if "." in leaf else ""
        if ext in ARCHIVE_EXT and not name.endswith("/"):
            add("nested-archive", f"the member {shown(name)} is an archive")
    if total > limits.max_archive_bytes:
        add("archive-bomb", f"{total} bytes uncompressed (limit {limits.max_archive_bytes})")
    if total > limits.max_archive_ratio * max(size, 1) and total > (1 << 20):
        add("archive-bomb", f"expands {total // max(size, 1)}× (limit {limits.max_archive_ratio}×)")
    return found


def _member_heads(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> list[tuple[Verdict, str, str]]:
    """Archives and executables inside, by the first bytes of each member (a bounded decompression)."""
    found: list[tuple[Verdict, str, str]] = []
    for info in infos:
        if info.is_dir() or info.file_size == 0:
            continue
        with archive.open(info) as member:
            kind = sniff(member.read(_MEMBER_HEAD))
        if kind in ARCHIVES:
            found.append((Verdict.POLICY, "nested-archive", f"the member {shown(info.filename)} is {kind.value}"))
            break
        rule = _CONTENT_RULE.get(kind)
        if rule is not None:
            found.append((Verdict.POLICY, rule, f"the member {shown(info.filename)} is {kind.value} content"))
            break
    return found
