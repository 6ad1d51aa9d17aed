"""The walk and the built-in policy engine against a hostile corpus (R-SEC-6, R-SEC-7, R-SEC-11).

R-SEC-6: a medium is checked before anything is read from it; R-SEC-7 / R-SEC-11 (control of
storage media): only what the task allows passes, links, devices, path tricks, executables,
scripts, shortcuts, disguised names and archive bombs are refused, and a medium the scan cannot
judge within its limits is refused too (UNSCANNABLE). Each case of tests/scanner/corpus.py yields
its stated rules and verdict, and passes no file on to staging.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

import pytest

from app.security.scanner.policy import (
    CLAIM_ATTACHMENTS,
    IMPORT,
    AllowedTypes,
    FileType,
    PolicyEngine,
    PolicyScan,
    inspect_zip,
    name_findings,
    sniff,
)
from app.security.scanner.types import Finding, ScanLimits, Verdict
from app.security.scanner.walk import Entry, Kind, member_path_problems, name_problems, shown, walk
from tests.scanner import corpus


def scan(root: Path, limits: ScanLimits | None = None, allowed: AllowedTypes = IMPORT) -> PolicyScan:
    return PolicyEngine(allowed, limits or ScanLimits()).scan_tree(root)


def rules(result: PolicyScan, verdict: Verdict | None = None) -> set[str]:
    return {f.rule for f in result.findings if verdict is None or f.verdict is verdict}


def make_envelope(path: Path) -> None:
    from app.sync.recipient_keys import SUITE_X25519
    from tests.sync.support import make_keys, voter, write

    write(path, [voter(i) for i in range(3)], make_keys(SUITE_X25519))


# ------------------------------------------------------------------------------ clean media


def test_a_clean_medium_with_one_real_envelope_has_no_findings(tmp_path: Path) -> None:
    """R-SEC-6: a medium holding one valid envelope passes the policy; the envelope goes to staging."""
    make_envelope(tmp_path / "1001-package-000001.pecenv")
    result = scan(tmp_path)
    assert result.findings == []
    assert [f.path for f in result.files] == ["1001-package-000001.pecenv"]
    assert result.bytes == (tmp_path / "1001-package-000001.pecenv").stat().st_size


def test_operating_system_metadata_is_ignored_and_reported_never_read(tmp_path: Path) -> None:
    """R-SEC-11: what Windows/macOS put on every drive does not refuse it; it is never read or staged."""
    corpus.put(tmp_path, "a.pecenv", corpus.envelope_bytes())
    svi = tmp_path / "System Volume Information"
    svi.mkdir()
    corpus.put(svi, "IndexerVolumeGuid", corpus.PE)  # never read: not even its content is judged
    corpus.put(tmp_path, "Thumbs.db", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    corpus.put(tmp_path, ".DS_Store", b"\0\0\0\1Bud1")
    os.chmod(svi / "IndexerVolumeGuid", 0)
    result = scan(tmp_path)
    assert result.findings == []
    assert sorted(result.ignored) == [".DS_Store", "System Volume Information", "Thumbs.db"]
    assert [f.path for f in result.files] == ["a.pecenv"]


def test_an_ignored_name_on_a_link_is_still_a_link(tmp_path: Path) -> None:
    os.symlink("/etc", tmp_path / "System Volume Information")
    os.symlink("/etc/passwd", tmp_path / "Thumbs.db")
    assert rules(scan(tmp_path)) == {"symlink"}


def test_claim_attachments_allow_pdf_jpeg_png_import_does_not(tmp_path: Path) -> None:
    corpus.put(tmp_path, "claim.pdf", corpus.PDF)
    corpus.put(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF\0")
    corpus.put(tmp_path, "scan.png", b"\x89PNG\r\n\x1a\n" + bytes(20))
    corpus.put(tmp_path, "a.pecenv", corpus.envelope_bytes())
    assert scan(tmp_path, allowed=CLAIM_ATTACHMENTS).findings == []
    refused = scan(tmp_path, allowed=IMPORT)
    assert {f.path for f in refused.findings} == {"claim.pdf", "photo.jpg", "scan.png"}
    assert rules(refused) == {"type-not-allowed"}


def test_no_task_may_allow_an_archive_that_cannot_be_inspected() -> None:
    with pytest.raises(ValueError, match="gzip"):
        AllowedTypes("x", frozenset({FileType.ENVELOPE, FileType.GZIP}))


# ------------------------------------------------------------------------------ the corpus


@pytest.mark.parametrize("name", sorted(corpus.CASES))
def test_each_hostile_case_yields_its_stated_verdict(tmp_path: Path, name: str) -> None:
    """R-SEC-6, R-SEC-7, R-SEC-11: every hostile medium is refused with its rule; nothing passes."""
    case = corpus.build(name, tmp_path / "medium")
    start = time.monotonic()
    result = scan(tmp_path / "medium", case.limits)
    elapsed = time.monotonic() - start
    found = {f.rule for f in result.findings if f.verdict is case.verdict}
    assert case.rules <= found, (case.rules, result.findings)
    assert result.files == [] or not result.clean
    assert elapsed < 10, f"{name} took {elapsed:.1f} s"


@pytest.mark.parametrize("name", sorted(corpus.CASES))
def test_a_valid_envelope_beside_a_hostile_entry_does_not_make_the_medium_pass(tmp_path: Path, name: str) -> None:
    case = corpus.CASES[name]
    root = tmp_path / "medium"
    root.mkdir()
    corpus.WITH_ENVELOPE[name](root)
    result = scan(root, case.limits)
    assert not result.clean
    assert case.rules & rules(result)


def test_fifo_never_hangs_even_when_swapped_in_after_the_walk(tmp_path: Path) -> None:
    """R-SEC-11: a FIFO is never opened by the walk; one swapped in after it is opened non-blocking."""
    corpus.put(tmp_path, "a.pecenv", corpus.envelope_bytes())
    entries = [e for e in walk(tmp_path, ScanLimits()) if isinstance(e, Entry)]
    assert [e.path for e in entries] == ["a.pecenv"]
    os.unlink(tmp_path / "a.pecenv")
    os.mkfifo(tmp_path / "a.pecenv")
    start = time.monotonic()
    found = PolicyEngine(IMPORT).check(entries[0])
    assert time.monotonic() - start < 2
    assert [(f.rule, f.verdict) for f in found] == [("changed", Verdict.UNSCANNABLE)]


def test_a_file_swapped_for_a_symlink_after_the_walk_is_not_followed(tmp_path: Path) -> None:
    corpus.put(tmp_path, "a.pecenv", corpus.envelope_bytes())
    entries = [e for e in walk(tmp_path, ScanLimits()) if isinstance(e, Entry)]
    os.unlink(tmp_path / "a.pecenv")
    os.symlink("/etc/passwd", tmp_path / "a.pecenv")
    found = PolicyEngine(IMPORT).check(entries[0])
    assert [(f.rule, f.verdict) for f in found] == [("changed", Verdict.UNSCANNABLE)]


def test_a_file_swapped_for_another_after_the_walk_is_changed(tmp_path: Path) -> None:
    corpus.put(tmp_path, "a.pecenv", corpus.envelope_bytes())
    entries = [e for e in walk(tmp_path, ScanLimits()) if isinstance(e, Entry)]
    corpus.put(tmp_path, "b", corpus.ELF)
    os.replace(tmp_path / "b", tmp_path / "a.pecenv")
    assert [f.rule for f in PolicyEngine(IMPORT).check(entries[0])] == ["changed"]


def test_fifty_thousand_files_stop_at_the_limit_quickly(tmp_path: Path) -> None:
    """R-SEC-11: 50,000 files are over max_files: UNSCANNABLE after max_files stats, not 50,000."""
    corpus.many_files(tmp_path)
    start = time.monotonic()
    result = scan(tmp_path, ScanLimits(max_files=10_000))
    elapsed = time.monotonic() - start
    assert [(f.rule, f.verdict) for f in result.findings] == [("limit-files", Verdict.UNSCANNABLE)]
    assert result.entries <= 10_000
    assert elapsed < 5


def test_a_two_gigabyte_sparse_file_is_judged_by_its_head(tmp_path: Path) -> None:
    """Within the byte limits a 2 GB file costs one 4 KB read; over them it is not read at all."""
    corpus.build("sparse-2gb", tmp_path)
    assert (tmp_path / "big.pecenv").stat().st_size == corpus.TWO_GB
    start = time.monotonic()
    within = scan(tmp_path)
    assert time.monotonic() - start < 1
    assert [(f.rule, f.verdict) for f in within.findings] == [("type-not-allowed", Verdict.POLICY)]
    over = scan(tmp_path, ScanLimits(max_total_bytes=1 << 30))
    assert [(f.rule, f.verdict) for f in over.findings] == [("limit-bytes", Verdict.UNSCANNABLE)]


def test_device_files_are_refused_never_opened() -> None:
    """/dev stands in for a medium with device files (creating one needs privileges)."""
    if not os.path.exists("/dev/null") or not stat.S_ISCHR(os.lstat("/dev/null").st_mode):
        pytest.skip("no /dev/null character device")
    items = list(walk("/dev", ScanLimits(max_files=100_000, max_depth=1)))
    assert Finding("null", Verdict.POLICY, "device", "char-device") in items


def test_too_deep_a_tree_is_unscannable_and_depth_is_counted_from_the_root(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    corpus.put(deep, "x.pecenv", corpus.envelope_bytes())
    assert scan(tmp_path, ScanLimits(max_depth=4)).findings == []
    result = scan(tmp_path, ScanLimits(max_depth=3))
    assert [(f.path, f.rule, f.verdict) for f in result.findings] == [("a/b/c", "limit-depth", Verdict.UNSCANNABLE)]


def test_the_time_limit_and_cancel_stop_the_scan(tmp_path: Path) -> None:
    for i in range(5):
        corpus.put(tmp_path, f"{i}.pecenv", corpus.envelope_bytes())
    ticks = iter(range(1000))
    result = PolicyEngine(IMPORT, ScanLimits(max_seconds=3)).scan_tree(tmp_path, clock=lambda: float(next(ticks)))
    assert [(f.rule, f.verdict) for f in result.findings] == [("limit-time", Verdict.UNSCANNABLE)]
    cancelled = PolicyEngine(IMPORT).scan_tree(tmp_path, cancelled=lambda: True)
    assert [(f.rule, f.verdict) for f in cancelled.findings] == [("cancelled", Verdict.UNSCANNABLE)]
    assert cancelled.files == []


def test_a_root_that_is_a_link_or_missing_is_unscannable(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    os.symlink("real", tmp_path / "link")
    for root in (tmp_path / "link", tmp_path / "missing", tmp_path / "real" / "none"):
        assert [(f.rule, f.verdict) for f in scan(root).findings] == [("root", Verdict.UNSCANNABLE)]


# ------------------------------------------------------------------------------ names


def test_names_with_dotdot_separators_nul_or_absolute_parts_escape() -> None:
    """R-SEC-11: `..` cannot be created as a file name; the checker itself refuses it (and zip members)."""
    for bad in ("..", ".", "", "a/b", "a\\b", "a\0b", "C:evil"):
        assert [rule for rule, _ in name_problems(bad, 255)] == ["name-escape"], bad
    for bad in ("../x", "a/../../x", "/etc/passwd", "\\windows\\x", "C:/x", "a\\..\\x", "a//../b"):
        assert "name-escape" in {rule for rule, _ in member_path_problems(bad, 255)}, bad
    assert member_path_problems("dir/sub/file.txt", 255) == []
    assert member_path_problems("dir/", 255) == []


def test_a_300_byte_name_is_too_long(tmp_path: Path) -> None:
    """Most file systems refuse a 300-byte name; where one is refused, the checker is tested alone."""
    name = "я" * 150  # 300 bytes in UTF-8
    assert [rule for rule, _ in name_problems(name, 255)] == ["name-too-long"]
    assert [rule for rule, _ in name_problems("a" * 255, 255)] == []
    try:
        corpus.put(tmp_path, name, b"x")
    except OSError as exc:
        assert exc.errno == errno.ENAMETOOLONG
    else:
        assert "name-too-long" in rules(scan(tmp_path))
    data = corpus.zip_bytes([corpus.stored("d/" + name, b"x")])
    found = _inspect(tmp_path, data)
    assert ("name-too-long", Verdict.POLICY) in found


def _inspect(tmp_path: Path, data: bytes) -> set[tuple[str, Verdict]]:
    path = tmp_path / "probe.zip"
    path.write_bytes(data)
    with path.open("rb") as stream:
        return {(rule, verdict) for verdict, rule, _ in inspect_zip(stream, len(data), ScanLimits())}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report\u202efdp.exe", {"bidi-name", "exe-name"}),
        ("a\u2066b.pecenv", {"bidi-name"}),
        ("a\u200eb.pecenv", {"bidi-name"}),
        ("a\u061cb.pecenv", {"bidi-name"}),
        ("a\u200db.pecenv", {"zero-width-name"}),
        ("\ufeffa.pecenv", {"zero-width-name"}),
        ("a\u2060.pecenv", {"zero-width-name"}),
        ("a\u00adb.pecenv", {"invisible-name"}),
        ("a\U000e0041.pecenv", {"invisible-name"}),
        ("a\x1bb.pecenv", {"control-name"}),
        ("a\x85b.pecenv", {"control-name"}),
        ("a\u2028b.pecenv", {"control-name"}),
        ("a\udcffb.pecenv", {"name-encoding"}),
        (".profile", {"hidden"}),
        ("x.pecenv.", {"trailing-dot"}),
        ("x.pecenv ", {"trailing-dot"}),
        ("report.pdf.exe", {"exe-name", "double-extension"}),
        ("report.pdf      .exe", {"exe-name", "double-extension"}),
        ("photo.jpg.scr", {"exe-name", "double-extension"}),
        ("notes.txt.js", {"script", "double-extension"}),
        ("AUTORUN.INF", {"autorun"}),
        ("autorun.inf.", {"autorun", "trailing-dot"}),
        ("Desktop.INI", {"shell-config"}),
        ("x.url", {"shortcut"}),
        ("x.desktop", {"shortcut"}),
        ("setup.msi", {"exe-name"}),
        ("x.jar", {"exe-name"}),
        ("x.apk", {"exe-name"}),
        ("x.dmg", {"disk-image"}),
        ("x.iso", {"disk-image"}),
        ("x.hta", {"script"}),
        ("x.wsf", {"script"}),
        ("x.jse", {"script"}),
        ("x.vbe", {"script"}),
        ("x.cmd", {"script"}),
        ("x.py", {"script"}),
        ("nul", {"reserved-name"}),
        ("com1.pecenv", {"reserved-name"}),
        ("a:stream.pecenv", {"reserved-name"}),
        ("1001-package-000001.pecenv", set()),
        ("Шайлоочулар 2026.pecenv", set()),
        ("v1.2.3", set()),
    ],
)
def test_name_rules(name: str, expected: set[str]) -> None:
    assert {rule for rule, _ in name_findings(name)} == expected


def test_windows_hidden_and_system_attributes_are_hidden() -> None:
    assert {rule for rule, _ in name_findings("a.pecenv", attributes=0x2)} == {"hidden"}
    assert {rule for rule, _ in name_findings("a.pecenv", attributes=0x4)} == {"hidden"}


def test_reports_show_hostile_names_escaped() -> None:
    assert shown("report\u202efdp.exe") == "report\\u202efdp.exe"
    assert shown("a\nb\udcff") == "a\\u000ab\\xff"
    assert shown("Шайлоочулар.pecenv") == "Шайлоочулар.pecenv"
    assert shown("a\u200bb") == "a\\u200bb"


# ------------------------------------------------------------------------------ content


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (corpus.ELF, FileType.ELF),
        (corpus.PE, FileType.PE),
        (b"\xfe\xed\xfa\xce", FileType.MACHO),
        (b"\xfe\xed\xfa\xcf", FileType.MACHO),
        (b"\xce\xfa\xed\xfe", FileType.MACHO),
        (b"\xcf\xfa\xed\xfe", FileType.MACHO),
        (b"\xca\xfe\xba\xbe\0\0\0\x02", FileType.JAVA_OR_FAT),
        (b"\xca\xfe\xba\xbf", FileType.MACHO),
        (b"\xbe\xba\xfe\xca", FileType.MACHO),
        (b"\0asm\1\0\0\0", FileType.WASM),
        (b"dex\n035\0", FileType.DEX),
        (b"#!/bin/sh", FileType.SCRIPT),
        (b"\xef\xbb\xbf#!/bin/sh", FileType.SCRIPT),
        (corpus.LNK_MAGIC, FileType.LNK),
        (b"PK\x03\x04", FileType.ZIP),
        (b"\x1f\x8b\x08", FileType.GZIP),
        (b"7z\xbc\xaf\x27\x1c", FileType.SEVEN_ZIP),
        (b"Rar!\x1a\x07\x01\x00", FileType.RAR),
        (bytes(257) + b"ustar\x0000", FileType.TAR),
        (b"BZh91AY", FileType.BZIP2),
        (b"\xfd7zXZ\x00", FileType.XZ),
        (b"\x28\xb5\x2f\xfd", FileType.ZSTD),
        (b"MSCF\0\0\0\0", FileType.CAB),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FileType.OLE),
        (corpus.FAKE_ENVELOPE, FileType.ENVELOPE),
        (corpus.PDF, FileType.PDF),
        (b"", FileType.EMPTY),
        (b"PECENV2\n", FileType.UNKNOWN),
    ],
)
def test_sniff(head: bytes, kind: FileType) -> None:
    assert sniff(head) is kind


def test_the_policy_reads_only_the_head_of_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Performance: the checks read at most 4 KB of a file that is not a zip (staging hashes it)."""
    corpus.put(tmp_path, "a.pecenv", corpus.envelope_bytes(10 << 20))
    reads: list[int] = []
    real_read = os.read

    def counting(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        reads.append(len(data))
        return data

    monkeypatch.setattr(os, "read", counting)
    result = scan(tmp_path)
    assert result.findings == []
    assert sum(reads) <= 4096


def test_the_bomb_corpus_is_what_it_claims(tmp_path: Path) -> None:
    """The corpus itself: a real bomb (ratio > 1000) and 42.zip-style nesting, small on disk."""
    bomb = corpus.bomb_zip()
    assert len(bomb) < 300_000
    assert corpus.zipfile_can_read(bomb) == ["zeros.bin"]
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:
        info = archive.getinfo("zeros.bin")
        assert info.file_size / len(bomb) > 1000
        with archive.open(info) as member:
            assert member.read(1 << 20) == bytes(1 << 20)
    nested = corpus.nested_bomb()
    assert len(nested) < 2_000_000
    assert corpus.zipfile_can_read(nested) == [f"lib1{i}.zip" for i in range(4)]
    assert ("archive-bomb", Verdict.POLICY) in _inspect(tmp_path, bomb)
    assert ("nested-archive", Verdict.POLICY) in _inspect(tmp_path, nested)


def test_zip_limits_members_and_total_bytes(tmp_path: Path) -> None:
    many = corpus.zip_bytes([corpus.stored(f"f{i}.txt", b"x") for i in range(50)])
    path = tmp_path / "m.zip"
    path.write_bytes(many)
    with path.open("rb") as stream:
        found = inspect_zip(stream, len(many), ScanLimits(max_archive_members=10))
    assert [(v, r) for v, r, _ in found] == [(Verdict.POLICY, "archive-bomb")]
    bomb = corpus.bomb_zip()
    path.write_bytes(bomb)
    with path.open("rb") as stream:
        found = inspect_zip(stream, len(bomb), ScanLimits(max_archive_bytes=1 << 20, max_archive_ratio=10**9))
    assert [(v, r) for v, r, _ in found] == [(Verdict.POLICY, "archive-bomb")]
    plain = corpus.zip_bytes([corpus.stored("a.txt", b"hello")])
    path.write_bytes(plain)
    with path.open("rb") as stream:
        assert inspect_zip(stream, len(plain), ScanLimits()) == []


def test_walk_yields_directories_and_files_with_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    corpus.put(tmp_path / "b", "x.pecenv", corpus.envelope_bytes())
    corpus.put(tmp_path, "a.pecenv", corpus.envelope_bytes())
    items = list(walk(tmp_path, ScanLimits()))
    assert all(isinstance(i, Entry) for i in items)
    assert [(i.path, i.kind, i.depth) for i in items if isinstance(i, Entry)] == [
        ("a.pecenv", Kind.FILE, 1),
        ("b", Kind.DIR, 1),
        ("b/x.pecenv", Kind.FILE, 2),
    ]
