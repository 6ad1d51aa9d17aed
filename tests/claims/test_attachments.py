"""Attachments (R-CLM-3, R-CLM-7, R-SEC-6, R-SEC-10): scanned PDF/JPEG/PNG by content, limited in
size, kept only inside the encrypted store; a file on a flash drive is read from the scanned copy."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.errors import AppError, Reason
from app.security.scanner.policy import CLAIM_ATTACHMENTS
from app.security.scanner.types import EngineInfo, EngineResult, Verdict
from app.security.scanner.volumes import DirectoryVolumes
from app.services.claims import MAX_ATTACHMENT_BYTES, Attachment, ClaimService, read_attachment
from app.services.context import DeskContext
from app.services.scanning import STAGING, ScanService, staging_root
from tests.claims.conftest import file_claim, pdf, png
from tests.conftest import Precinct

MARKER = "ATTACHMENT-MARKER-7f3a9c"


class CleanEngine:
    """An antivirus engine that finds nothing (the real ones are tested in tests/media)."""

    def __init__(self) -> None:
        self.scanned: list[Path] = []

    def info(self) -> EngineInfo:
        return EngineInfo("test", "1", "test", "")

    def scan(self, path: Path) -> EngineResult:
        self.scanned.append(path)
        return EngineResult(Verdict.CLEAN)


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_attachments_are_checked_by_content_and_size(precinct: Precinct) -> None:
    """R-CLM-3: PDF, JPEG or PNG by magic bytes (never the name); at most 10 MB each."""
    ctx = precinct.ctx
    member = precinct.ready_session("member1")
    cases = [
        (Attachment("scan.pdf", b"MZ\x90\x00" + b"\x00" * 100), Reason.MALFORMED),  # an executable named .pdf
        (Attachment("note.txt", b"just text"), Reason.MALFORMED),
        (Attachment("empty.pdf", b""), Reason.MALFORMED),
        (Attachment("big.pdf", b"%PDF-1.4\n" + b"0" * MAX_ATTACHMENT_BYTES), Reason.TOO_LARGE),
    ]
    for attachment, reason in cases:
        with pytest.raises(AppError) as err:
            file_claim(ctx, member, attachments=[attachment])
        assert err.value.reason is reason, attachment.name
    with pytest.raises(AppError) as err:
        file_claim(ctx, member, attachments=[Attachment(f"{i}.png", png()) for i in range(11)])
    assert err.value.reason is Reason.TOO_LARGE
    assert ctx.precinct.execute("SELECT count(*) FROM claim").fetchone()[0] == 0

    jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * 64
    limit = b"%PDF-1.4\n" + b"0" * (MAX_ATTACHMENT_BYTES - 9)
    number = file_claim(ctx, member, attachments=[Attachment("photo.pdf", png()), Attachment("a.jpg", jpeg),
                                                  Attachment("limit.pdf", limit)])  # fmt: skip
    stored = ClaimService(ctx).get(number).attachments
    assert [(a.name, a.kind) for a in stored] == [("photo.pdf", "png"), ("a.jpg", "jpeg"), ("limit.pdf", "pdf")]
    assert stored[2].size == MAX_ATTACHMENT_BYTES
    assert stored[0].sha256 == hashlib.sha256(png()).hexdigest()
    chair = precinct.ready_session("chair")
    assert ClaimService(ctx).attachment_data(chair, stored[0].id) == png()


def test_attachments_live_only_encrypted_in_the_store(precinct: Precinct) -> None:
    """R-CLM-3, R-SEC-10: a marker planted in an attachment is in no file under the data dir, and
    no file besides the stores appears there."""
    ctx = precinct.ctx
    member = precinct.ready_session("member1")
    before = {p for p in precinct.data_dir.rglob("*") if p.is_file()}
    number = file_claim(ctx, member, claim_type="disability", attachments=[Attachment("passport.pdf", pdf(MARKER))])
    stored = ClaimService(ctx).get(number).attachments[0]
    assert MARKER.encode() in ClaimService(ctx).attachment_data(precinct.ready_session("chair"), stored.id)
    ctx.precinct.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    after = {p for p in precinct.data_dir.rglob("*") if p.is_file()}
    allowed = set(ctx.paths.store_files())
    assert after - before <= allowed, after - before
    assert _files_containing(precinct.data_dir, MARKER.encode()) == []
    precinct.reopen()
    assert _files_containing(precinct.data_dir, MARKER.encode()) == []


def test_a_local_file_is_read_within_the_limit(precinct: Precinct, tmp_path: Path) -> None:
    """R-CLM-3, R-SEC-6: a local file is scanned too (a copy of it), and read from the scanned copy."""
    ctx = precinct.ctx
    member = precinct.ready_session("member1")
    volumes, engine = DirectoryVolumes(), CleanEngine()
    scans = _scans(ctx, volumes, engine)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf())
    got = read_attachment(ctx, member, scan, volumes, scans=scans)
    assert got == Attachment("scan.pdf", pdf()) and len(engine.scanned) == 1
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF" + b"0" * MAX_ATTACHMENT_BYTES)
    with pytest.raises(AppError) as err:
        read_attachment(ctx, member, big, volumes, scans=scans)
    assert err.value.reason is Reason.TOO_LARGE
    with pytest.raises(AppError) as err:
        read_attachment(ctx, member, tmp_path / "nothing.pdf", volumes, scans=scans)
    assert err.value.reason is Reason.USAGE


def _scans(ctx: DeskContext, volumes: DirectoryVolumes, engine: CleanEngine) -> ScanService:
    return ScanService(ctx, volumes, engines=lambda _ctx: ([engine], ""))


def test_a_file_on_a_flash_drive_is_scanned_and_read_from_the_staged_copy(precinct: Precinct, tmp_path: Path) -> None:
    """R-SEC-6: the folder holding it is scanned for claim attachments; the staged copy is read,
    and the staging is gone afterwards. (The scan needs a role that may scan: see the report.)"""
    ctx = precinct.ctx
    secretary = precinct.ready_session("secretary")
    drive = tmp_path / "drive"
    (drive / "scans").mkdir(parents=True)
    (drive / "scans" / "passport.pdf").write_bytes(pdf(MARKER))
    (drive / "scans" / "photo.png").write_bytes(png())
    volumes = DirectoryVolumes()
    volumes.plug(drive, "SER-VOTER", "VOL-VOTER", "VOTER")  # the voter's own, unregistered drive
    engine = CleanEngine()
    got = read_attachment(ctx, secretary, drive / "scans" / "passport.pdf", volumes, scans=_scans(ctx, volumes, engine))
    assert got.data == pdf(MARKER)
    staging = staging_root(ctx, CLAIM_ATTACHMENTS)  # a RAM file system where there is one
    assert engine.scanned and all(str(p).startswith(str(staging)) for p in engine.scanned)  # the copies were scanned
    assert list(staging.iterdir()) == []  # and removed
    report = ctx.precinct.execute("SELECT task, outcome FROM scan_report").fetchall()
    assert report == [("claim-attachments", "clean")]
    assert _files_containing(precinct.data_dir, MARKER.encode()) == []


def test_a_flash_drive_with_a_forbidden_file_is_refused(precinct: Precinct, tmp_path: Path) -> None:
    """R-SEC-6: an executable beside the scan refuses the whole folder; nothing is read."""
    ctx = precinct.ctx
    secretary = precinct.ready_session("secretary")
    drive = tmp_path / "drive"
    drive.mkdir()
    (drive / "passport.pdf").write_bytes(pdf())
    (drive / "passport.pdf.exe").write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    volumes = DirectoryVolumes()
    volumes.plug(drive, "SER-VOTER", "VOL-VOTER", "VOTER")
    with pytest.raises(AppError) as err:
        read_attachment(ctx, secretary, drive / "passport.pdf", volumes, scans=_scans(ctx, volumes, CleanEngine()))
    assert err.value.reason is Reason.POLICY_VIOLATION
    assert not (ctx.paths.root / STAGING).exists() or list((ctx.paths.root / STAGING).iterdir()) == []
