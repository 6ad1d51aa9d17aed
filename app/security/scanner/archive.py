"""A zip's central directory against the scan limits, read without extracting anything to disk
(policy.py's rules archive-bomb, nested-archive, archive-encrypted, archive-malformed and the
members' names). A finding's detail is data: the member's name, `key=value` sizes and limits."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable
from typing import BinaryIO

from app.security.scanner.filetypes import ARCHIVES, CONTENT_RULE, sniff
from app.security.scanner.names import ARCHIVE_EXT, name_findings
from app.security.scanner.types import ScanLimits, Verdict
from app.security.scanner.walk import member_path_problems, shown

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
            return [(bad, "archive-malformed", "EOCD")]  # no end-of-central-directory record
        members, cd_size = counts
        if members > limits.max_archive_members:
            return [(bad, "archive-bomb", f"members={members} limit={limits.max_archive_members}")]
        if cd_size > max(1 << 20, limits.max_archive_members * 1024):
            return [(bad, "archive-bomb", f"directory_bytes={cd_size}")]
        stream.seek(0)
        with zipfile.ZipFile(stream) as archive:
            infos = archive.infolist()
            found = _member_findings(infos, size, limits)
            if not any(rule in ("archive-bomb", "archive-encrypted") for _v, rule, _d in found):
                found.extend(_member_heads(archive, infos))
            return found
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, RuntimeError,
            struct.error, OSError) as exc:  # fmt: skip
        return [(bad, "archive-malformed", type(exc).__name__)]


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
            add("archive-encrypted", shown(name))
        if info.file_size > limits.max_archive_ratio * max(info.compress_size, 1) and info.file_size > (1 << 20):
            add("archive-bomb", f"{shown(name)} ratio={info.file_size // max(info.compress_size, 1)}")
        for rule, detail in _member_name_findings(name, limits.max_name_bytes):
            add(rule, detail)
    if total > limits.max_archive_bytes:
        add("archive-bomb", f"bytes={total} limit={limits.max_archive_bytes}")
    if total > limits.max_archive_ratio * max(size, 1) and total > (1 << 20):
        add("archive-bomb", f"ratio={total // max(size, 1)} limit={limits.max_archive_ratio}")
    return found


def _member_name_findings(name: str, max_name_bytes: int) -> list[tuple[str, str]]:
    """(rule, detail) pairs of one member's name: its path, its last part, an archive inside by name."""
    found = [(rule, f"{shown(name)} {detail}") for rule, detail in member_path_problems(name, max_name_bytes)]
    leaf = name.rstrip("/").rsplit("/", 1)[-1]
    found.extend((rule, f"{shown(name)} {detail}") for rule, detail in name_findings(leaf))
    ext = leaf.lower().rsplit(".", 1)[-1] if "." in leaf else ""
    if ext in ARCHIVE_EXT and not name.endswith("/"):
        found.append(("nested-archive", shown(name)))
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
            found.append((Verdict.POLICY, "nested-archive", f"{shown(info.filename)} {kind.value}"))
            break
        rule = CONTENT_RULE.get(kind)
        if rule is not None:
            found.append((Verdict.POLICY, rule, f"{shown(info.filename)} {kind.value}"))
            break
    return found
