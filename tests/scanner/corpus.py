"""A hostile removable-medium corpus for the walk and the policy engine (R-SEC-6, R-SEC-7, R-SEC-11).

Each `Case` builds one medium (a directory standing in for a mounted volume) and states what the
scan must find: the rule ids and the verdict. Everything is small on disk: the 2 GB file is sparse
(truncate), the zip bombs are built from one deflate segment repeated (no gigabytes compressed),
50,000 files hold 8 bytes each. `CASES` lists them by name; `build(name, root)` makes one.
"""

from __future__ import annotations

import functools
import io
import os
import socket
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.security.scanner.policy import ENVELOPE_MAGIC, LNK_MAGIC
from app.security.scanner.types import ScanLimits, Verdict

ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + struct.pack("<HHI", 2, 0x3E, 1) + bytes(40)
# a minimal PE: DOS header with e_lfanew at 0x3C pointing to "PE\0\0" and a COFF header (x86-64)
PE = (
    (b"MZ" + bytes(0x3A) + struct.pack("<I", 0x40))
    + b"PE\0\0"
    + struct.pack("<HHIIIHH", 0x8664, 0, 0, 0, 0, 0xF0, 0x22)
)
MACHO_64 = b"\xcf\xfa\xed\xfe" + bytes(28)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
FAKE_ENVELOPE = ENVELOPE_MAGIC + struct.pack(">I", 2) + b"{}" + bytes(200)
TWO_GB = 2 << 30


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], None]
    rules: frozenset[str]  # every one of these must be found
    verdict: Verdict  # the verdict of those findings
    limits: ScanLimits = field(default_factory=ScanLimits)
    note: str = ""


def put(root: Path, name: str | bytes, data: bytes = b"") -> None:
    path = os.path.join(os.fsencode(root), name if isinstance(name, bytes) else name.encode())
    with open(path, "wb") as out:
        out.write(data)


def envelope_bytes(size: int = 256) -> bytes:
    return FAKE_ENVELOPE + bytes(max(0, size - len(FAKE_ENVELOPE)))


# ---------------------------------------------------------------- zips built in memory, by hand


def deflated_zeros(mib: int) -> tuple[bytes, int]:
    """Raw deflate of `mib` MiB of zeros (one 8 MiB segment repeated after full flushes), its CRC."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(8 << 20)
    segment = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    raw = segment * (mib // 8) + compressor.flush()
    crc = 0
    chunk = bytes(1 << 20)
    for _ in range(mib):
        crc = zlib.crc32(chunk, crc)
    return raw, crc


@dataclass(frozen=True)
class Member:
    name: str
    data: bytes  # as stored (compressed when method is 8)
    crc: int
    size: int  # uncompressed
    method: int = 8
    flags: int = 0


def stored(name: str, data: bytes, flags: int = 0) -> Member:
    return Member(name, data, zlib.crc32(data), len(data), method=0, flags=flags)


def zip_bytes(members: list[Member]) -> bytes:
    """A zip file written with struct alone, so member names and flags are exactly as given."""
    out = io.BytesIO()
    central = io.BytesIO()
    for m in members:
        name = m.name.encode("utf-8")
        offset = out.tell()
        flags = m.flags | 0x800  # UTF-8 names
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, flags, m.method, 0, 0x21, m.crc, len(m.data),
                              m.size, len(name), 0))  # fmt: skip
        out.write(name)
        out.write(m.data)
        central.write(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, flags, m.method, 0, 0x21, m.crc,
                                  len(m.data), m.size, len(name), 0, 0, 0, 0, 0, offset))  # fmt: skip
        central.write(name)
    directory = central.getvalue()
    start = out.tell()
    out.write(directory)
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), start, 0))
    return out.getvalue()


@functools.cache
def bomb_zip(mib: int = 256) -> bytes:
    raw, crc = deflated_zeros(mib)
    return zip_bytes([Member("zeros.bin", raw, crc, mib << 20)])


def nested_bomb(levels: int = 3, copies: int = 4, mib: int = 64) -> bytes:
    """42.zip style: `levels` of zips, each holding `copies` of the level below; the bottom is a bomb."""
    layer = bomb_zip(mib)
    for level in range(levels - 1):
        layer = zip_bytes([stored(f"lib{level}{i}.zip", layer) for i in range(copies)])
    return layer


def nested_zip(inner_name: str = "inner.zip") -> bytes:
    inner = zip_bytes([stored("readme.txt", b"hello\n")])
    return zip_bytes([stored(inner_name, inner)])


# ---------------------------------------------------------------- the cases


def _hardlink(root: Path) -> None:
    put(root, "a.pecenv", envelope_bytes())
    os.link(root / "a.pecenv", root / "b.pecenv")


def _symlink_passwd(root: Path) -> None:
    os.symlink("/etc/passwd", root / "voters.pecenv")


def _symlink_loop(root: Path) -> None:
    os.symlink("loop-b", root / "loop-a")
    os.symlink("loop-a", root / "loop-b")
    os.symlink(".", root / "self")


def _fifo(root: Path) -> None:
    os.mkfifo(root / "pipe.pecenv")


def _socket(root: Path) -> None:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(root / "s.sock"))
    finally:
        sock.close()


def many_files(root: Path, count: int = 50_000) -> None:
    for i in range(count // 1000):
        sub = root / f"d{i:03d}"
        sub.mkdir()
        for j in range(1000):
            fd = os.open(sub / f"f{j:04d}.pecenv", os.O_WRONLY | os.O_CREAT, 0o644)
            os.write(fd, ENVELOPE_MAGIC)
            os.close(fd)


def _sparse(root: Path) -> None:
    with open(root / "big.pecenv", "wb") as out:
        out.truncate(TWO_GB)


def _deep(root: Path) -> None:
    path = root
    for i in range(12):
        path = path / f"level{i}"
    path.mkdir(parents=True)
    put(path, "deep.pecenv", envelope_bytes())


def _write(name: str | bytes, data: bytes | Callable[[], bytes]) -> Callable[[Path], None]:
    return lambda root: put(root, name, data if isinstance(data, bytes) else data())


def _dir(name: str) -> Callable[[Path], None]:
    return lambda root: (root / name).mkdir()


def _with_envelope(make: Callable[[Path], None]) -> Callable[[Path], None]:
    def both(root: Path) -> None:
        put(root, "1001-batch-000001.pecenv", envelope_bytes())
        make(root)

    return both


P, U = Verdict.POLICY, Verdict.UNSCANNABLE
CASES: dict[str, Case] = {c.name: c for c in (
    Case("elf-renamed", _write("voters.pecenv", ELF), frozenset({"exe-magic"}), P),
    Case("pe-renamed", _write("update.pecb", PE), frozenset({"exe-magic"}), P),
    Case("pe-renamed-envelope", _write("package.pecenv", PE), frozenset({"exe-magic"}), P),
    Case("macho-renamed", _write("x.pecenv", MACHO_64), frozenset({"exe-magic"}), P),
    Case("script-ps1", _write("run.ps1", b"Write-Host 'hi'\r\n"), frozenset({"script"}), P),
    Case("script-vbs", _write("run.vbs", b'MsgBox "hi"\r\n'), frozenset({"script"}), P),
    Case("script-bat", _write("start.bat", b"@echo off\r\n"), frozenset({"script"}), P),
    Case("script-sh", _write("install.sh", b"#!/bin/sh\necho hi\n"), frozenset({"script"}), P),
    Case("shebang-renamed", _write("voters.pecenv", b"#!/usr/bin/env python3\n"), frozenset({"script"}), P),
    Case("autorun", _write("AutoRun.INF", b"[autorun]\r\nopen=setup.exe\r\n"), frozenset({"autorun"}), P),
    Case("desktop-ini", _write("desktop.ini", b"[.ShellClassInfo]\r\n"), frozenset({"shell-config"}), P),
    Case("lnk", _write("Documents.lnk", LNK_MAGIC + bytes(56)), frozenset({"shortcut"}), P),
    Case("lnk-by-content", _write("Documents.pecenv", LNK_MAGIC + bytes(56)), frozenset({"shortcut"}), P),
    Case("double-extension", _write("report.pdf.exe", PE),
         frozenset({"double-extension", "exe-name", "exe-magic"}), P),
    Case("trailing-dot", _write("x.pecenv.", envelope_bytes()), frozenset({"trailing-dot"}), P),
    Case("rtl-override", _write("report\u202efdp.exe", PE), frozenset({"bidi-name"}), P,
         note="shows as reportexe.pdf"),
    Case("zero-width", _write("voters\u200b.pecenv", envelope_bytes()), frozenset({"zero-width-name"}), P),
    Case("control-name", _write("a\nb.pecenv", envelope_bytes()), frozenset({"control-name"}), P),
    Case("undecodable-name", _write(b"\xff\xfe.pecenv", envelope_bytes()), frozenset({"name-encoding"}), P),
    Case("hidden", _write(".voters.pecenv", envelope_bytes()), frozenset({"hidden"}), P),
    Case("hidden-dir", _dir(".git"), frozenset({"hidden"}), P),
    Case("windows-device-name", _write("CON.pecenv", envelope_bytes()), frozenset({"reserved-name"}), P),
    Case("symlink-passwd", _symlink_passwd, frozenset({"symlink"}), P),
    Case("symlink-loop", _symlink_loop, frozenset({"symlink"}), P),
    Case("hardlink", _hardlink, frozenset({"hardlink"}), P),
    Case("fifo", _fifo, frozenset({"fifo"}), P),
    Case("socket", _socket, frozenset({"socket"}), P),
    Case("many-files", many_files, frozenset({"limit-files"}), U, note="50,000 tiny files, max_files 10,000"),
    Case("sparse-2gb-over-limit", _sparse, frozenset({"limit-bytes"}), U, ScanLimits(max_total_bytes=1 << 30)),
    Case("sparse-2gb-file-limit", _sparse, frozenset({"limit-file-bytes"}), U, ScanLimits(max_file_bytes=1 << 30)),
    Case("sparse-2gb", _sparse, frozenset({"type-not-allowed"}), P, note="within the limits: 4 KB read"),
    Case("too-deep", _deep, frozenset({"limit-depth"}), U),
    Case("zip-bomb", _write("voters.zip", bomb_zip), frozenset({"archive-bomb", "type-not-allowed"}), P),
    Case("zip-bomb-renamed", _write("voters.pecenv", bomb_zip), frozenset({"archive-bomb"}), P),
    Case("zip-42-style", _write("42.zip", nested_bomb), frozenset({"nested-archive"}), P),
    Case("nested-zip", _write("a.zip", nested_zip()), frozenset({"nested-archive"}), P),
    Case("nested-zip-by-content", _write("a.zip", nested_zip("data.bin")), frozenset({"nested-archive"}), P),
    Case("zip-dotdot", _write("a.zip", zip_bytes([stored("../../etc/cron.d/x", b"x")])),
         frozenset({"name-escape"}), P),
    Case("zip-absolute", _write("a.zip", zip_bytes([stored("/etc/passwd", b"x")])), frozenset({"name-escape"}), P),
    Case("zip-encrypted", _write("a.zip", zip_bytes([stored("secret.txt", bytes(12) + b"x", flags=1)])),
         frozenset({"archive-encrypted"}), P),
    Case("zip-long-member", _write("a.zip", zip_bytes([stored("a" * 300, b"x")])), frozenset({"name-too-long"}), P),
    Case("zip-exe-member", _write("a.zip", zip_bytes([stored("readme.txt", PE)])), frozenset({"exe-magic"}), P),
    Case("zip-malformed", _write("a.pecenv", b"PK\x03\x04" + bytes(100)), frozenset({"archive-malformed"}), P),
    Case("gzip", _write("a.pecenv", b"\x1f\x8b\x08\x00" + bytes(20)), frozenset({"type-not-allowed"}), P),
    Case("long-name", _write("n" * 120 + ".pecenv", envelope_bytes()), frozenset({"name-too-long"}), P,
         ScanLimits(max_name_bytes=100), note="a 300-byte name cannot be created here: see the tests"),
    Case("not-an-envelope", _write("voters.pecenv", b"PIN;NAME\n"), frozenset({"type-not-allowed"}), P),
    Case("pdf-for-import", _write("claim.pdf", PDF), frozenset({"type-not-allowed"}), P),
)}  # fmt: skip

# with a valid envelope beside it, the hostile entry still refuses the medium
WITH_ENVELOPE = {name: _with_envelope(case.make) for name, case in CASES.items()}


def build(name: str, root: Path) -> Case:
    case = CASES[name]
    root.mkdir(parents=True, exist_ok=True)
    case.make(root)
    return case


def zipfile_can_read(data: bytes) -> list[str]:
    """The member names Python's zipfile sees (a sanity check of `zip_bytes`)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()
