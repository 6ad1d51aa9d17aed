"""Import from and export to registered drives, through the real scan (policy + clamscan with the
project's test signatures, carried in the package) and staging (R-SEC-6, R-SEC-7, R-SEC-11)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.central.service import Central
from app.cli.demo_precinct import DEMO_ACCOUNTS
from app.clock import ManualClock
from app.errors import AppError, Reason
from app.models.records import VoterRow
from app.models.vocabulary import Role
from app.security.scanner.clamav import TEST_MARKER
from app.security.scanner.clamav import test_signatures_dir as shipped_test_signatures
from app.security.scanner.types import Outcome
from app.security.scanner.volumes import DirectoryVolumes
from app.services.context import DeskContext
from app.services.scanning import ScanService, device_engines
from app.services.setup import IssuedAccount, set_up_device
from app.services.sync_import import EnvelopeImport
from app.services.transfer import MediaTransfer
from tests.conftest import Precinct
from tests.exchange.conftest import ELECTION, Exchange

# The EICAR test file, built from parts so this source is not itself a test-signature hit.
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


@pytest.fixture
def armed(tmp_path: Path, sample_voters: list[VoterRow]) -> Iterator[Exchange]:
    """An exchange whose package carried the project's test signatures (as the demo's does)."""
    clock = ManualClock()
    central = Central(tmp_path / "central", clock)
    central.init()
    ctx = DeskContext(tmp_path / "data", clock=clock)
    setup = set_up_device(ctx, "1001", test_root=central.root_key().public_key().public_bytes_raw())
    central.enroll(setup.request)
    outbox, upbox = tmp_path / "to-pec", tmp_path / "to-central"
    outbox.mkdir()
    upbox.mkdir()
    issued = central.issue_package_rows("1001", sample_voters, list(DEMO_ACCOUNTS), ELECTION, outbox,
                                        signatures=shipped_test_signatures())  # fmt: skip
    EnvelopeImport(ctx, None).apply(issued.path)
    accounts = {a.login: IssuedAccount(a.login, a.full_name, Role(a.role), a.password) for a in issued.accounts}
    ex = Exchange(central, Precinct(ctx, clock, accounts, tmp_path / "data"), outbox, upbox, issued.path, ("", ""))
    yield ex
    central.close()
    ctx.close()
    ctx.secrets.delete(ctx.device_id)


def _drive_with_update(ex: Exchange, drive: Path) -> Path:
    """The next update, copied onto a "drive" with its trust bundle, as the TEC would."""
    update = ex.central.issue_update("1001", None, ex.outbox)
    drive.mkdir(parents=True)
    shutil.copy(update.path, drive / update.path.name)
    shutil.copy(ex.outbox / "central-trust.json", drive / "central-trust.json")
    return drive / update.path.name


def test_the_package_installed_test_signatures_and_the_device_uses_them(armed: Exchange) -> None:
    """R-SEC-6: the signatures arrived in the package; a test-root device accepts the test set."""
    engines, why = device_engines(armed.ctx)
    assert why == "" and [type(e).__name__ for e in engines] == ["ClamscanEngine"]
    info = engines[0].info()
    assert info.signatures.startswith("test:") and "not protection" in info.signatures


def test_import_from_a_registered_drive_uses_the_staged_copy(armed: Exchange, tmp_path: Path) -> None:
    """R-SEC-11: registered → scanned → staged copy imported; the staging is gone afterwards, and
    a file replaced on the drive after the scan is not what gets imported."""
    ctx = armed.ctx
    chair = armed.desk.ready_session("chair")
    source = DirectoryVolumes()
    envelope = _drive_with_update(armed, tmp_path / "drive")
    volume = source.plug(tmp_path / "drive", "SER1", "VOL-1", "PEC-1001")
    scans = ScanService(ctx, source)
    scans.media.register(chair, volume, "Асанова Гүлнара")
    genuine = envelope.read_bytes()

    def swap(stage: str, done: int, total: int) -> None:
        if stage == "staging" and done == total:  # after the copy: the drive's file is replaced
            envelope.write_bytes(b"PECENV1\n" + b"\0" * 100)

    summary, report = MediaTransfer(ctx, scans).import_envelope(chair, volume, envelope.name, progress=swap)
    assert report.outcome is Outcome.CLEAN and report.files == 2
    assert summary.seq == 2 and not summary.already_applied
    assert envelope.read_bytes() != genuine  # the drive changed, the import did not care
    assert not any((ctx.paths.root / "staging").iterdir())
    kept = scans.reports(chair)
    assert kept[0]["outcome"] == "clean" and kept[0]["medium_id"] == 1
    actions = [e.action for e in ctx.audit.events()]
    assert "media.scanned" in actions and "data.import" in actions


def test_unregistered_drive_is_refused_for_import_and_export(armed: Exchange, tmp_path: Path) -> None:
    """R-SEC-11: any other drive is refused with unregistered-medium, audited, nothing changed."""
    ctx = armed.ctx
    chair = armed.desk.ready_session("chair")
    source = DirectoryVolumes()
    envelope = _drive_with_update(armed, tmp_path / "stranger")
    volume = source.plug(tmp_path / "stranger", "SER9", "VOL-9", "HOLIDAY")
    transfer = MediaTransfer(ctx, ScanService(ctx, source))
    for attempt in (lambda: transfer.import_envelope(chair, volume, envelope.name),
                    lambda: transfer.export_batch(chair, volume),
                    lambda: transfer.resend_batches(chair, volume)):  # fmt: skip
        with pytest.raises(AppError) as refused:
            attempt()
        assert refused.value.reason is Reason.UNREGISTERED_MEDIUM
    assert ctx.precinct.execute("SELECT last_seq FROM sync_stream").fetchone()[0] == 1
    assert ctx.precinct.execute("SELECT count(*) FROM sync_export").fetchone()[0] == 0
    assert [e.action for e in ctx.audit.events()].count("media.refused") == 3
    assert sorted(p.name for p in (tmp_path / "stranger").iterdir()) == sorted(["central-trust.json", envelope.name])


@pytest.mark.parametrize(
    ("plant", "reason"),
    [
        # Content the policy lets through (it starts like an envelope), the antivirus does not.
        (lambda d: (d / "readme.pecenv").write_bytes(b"PECENV1\n" + EICAR), Reason.INFECTED),
        (lambda d: (d / "other.pecenv").write_bytes(b"PECENV1\n" + TEST_MARKER), Reason.INFECTED),
        (lambda d: (d / "notes.txt").write_bytes(b"hello " + TEST_MARKER), Reason.POLICY_VIOLATION),
        (lambda d: (d / "autorun.inf").write_text("[autorun]\nopen=x.exe\n"), Reason.POLICY_VIOLATION),
        (lambda d: (d / "tool.pecenv").write_bytes(b"MZ" + b"\0" * 200), Reason.POLICY_VIOLATION),
    ],
)
def test_anything_bad_on_the_drive_refuses_the_whole_import(
    armed: Exchange, tmp_path: Path, plant: object, reason: Reason
) -> None:
    """R-SEC-6: an infected or forbidden file beside a genuine envelope: nothing is imported."""
    ctx = armed.ctx
    chair = armed.desk.ready_session("chair")
    source = DirectoryVolumes()
    envelope = _drive_with_update(armed, tmp_path / "drive")
    plant(tmp_path / "drive")  # type: ignore[operator]
    volume = source.plug(tmp_path / "drive", "SER1", "VOL-1", "PEC")
    scans = ScanService(ctx, source)
    scans.media.register(chair, volume, "holder")
    with pytest.raises(AppError) as refused:
        MediaTransfer(ctx, scans).import_envelope(chair, volume, envelope.name)
    assert refused.value.reason is reason
    assert ctx.precinct.execute("SELECT last_seq FROM sync_stream").fetchone()[0] == 1
    assert not any((ctx.paths.root / "staging").iterdir())
    assert scans.reports(chair)[0]["outcome"] == "refused"


def test_no_signatures_means_the_scan_fails_closed(armed: Exchange, tmp_path: Path) -> None:
    """R-SEC-6: no engine (signatures removed) → scan-unavailable, nothing imported."""
    ctx = armed.ctx
    chair = armed.desk.ready_session("chair")
    shutil.rmtree(ctx.paths.root / "av")
    source = DirectoryVolumes()
    envelope = _drive_with_update(armed, tmp_path / "drive")
    volume = source.plug(tmp_path / "drive", "SER1", "VOL-1", "PEC")
    scans = ScanService(ctx, source)
    scans.media.register(chair, volume, "holder")
    with pytest.raises(AppError) as refused:
        MediaTransfer(ctx, scans).import_envelope(chair, volume, envelope.name)
    assert refused.value.reason is Reason.SCAN_UNAVAILABLE
    assert refused.value.params["rule"] == "no-engine"  # no signatures: no engine can run


def test_export_to_a_registered_drive(armed: Exchange, tmp_path: Path) -> None:
    """R-SEC-11: the batch goes to the registered drive only."""
    ctx = armed.ctx
    chair = armed.desk.ready_session("chair")
    source = DirectoryVolumes()
    (tmp_path / "drive").mkdir()
    volume = source.plug(tmp_path / "drive", "SER1", "VOL-1", "PEC")
    scans = ScanService(ctx, source)
    scans.media.register(chair, volume, "holder")
    summary = MediaTransfer(ctx, scans).export_batch(chair, volume)
    assert (tmp_path / "drive" / summary.file_name).is_file()
    assert [p.name for p in (tmp_path / "drive").iterdir()] == [summary.file_name]  # no temp file left
    (tmp_path / "drive" / summary.file_name).unlink()  # lost: written again onto the registered drive
    again = MediaTransfer(ctx, scans).resend_batches(chair, volume)
    assert [b.sha256 for b in again.batches] == [summary.sha256]
    assert [p.name for p in (tmp_path / "drive").iterdir()] == [summary.file_name]


def test_a_member_scans_claim_attachments_but_not_imports(armed: Exchange, tmp_path: Path) -> None:
    """R-SEC-4, R-SEC-6: whoever takes a claim may have its attachments scanned; imports stay with
    the secretary and the chair."""
    from app.security.scanner.policy import CLAIM_ATTACHMENTS

    member = armed.desk.ready_session("member1")
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "passport.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * 200 + b"\n%%EOF\n")
    scans = ScanService(armed.ctx, DirectoryVolumes())
    scanned = scans.scan(member, folder, allowed=CLAIM_ATTACHMENTS)
    assert scanned.result.report.outcome is Outcome.CLEAN
    scanned.result.discard()
    with pytest.raises(AppError) as refused:
        scans.scan(member, folder)
    assert refused.value.reason is Reason.NOT_PERMITTED


def test_an_attachment_scan_stages_in_memory_never_in_the_data_dir(armed: Exchange, tmp_path: Path) -> None:
    """No plaintext on disk (R-SEC-10): a passport copy scanned from a drive is staged on the RAM
    file system, and no file under the data dir holds its bytes at any time during the scan."""
    from app.security.scanner.policy import CLAIM_ATTACHMENTS

    ctx = armed.ctx
    member = armed.desk.ready_session("member1")
    marker = "Паспорт-Маркер-ЖЖ-1234567".encode()
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "passport.pdf").write_bytes(b"%PDF-1.4\n" + marker * 50 + b"\n%%EOF\n")
    seen: list[bool] = []

    def look(stage: str, done: int, total: int) -> None:
        if stage == "staging" and done == total:
            seen.append(any(marker in p.read_bytes() for p in ctx.paths.root.rglob("*") if p.is_file()))

    scanned = ScanService(ctx, DirectoryVolumes()).scan(member, folder, allowed=CLAIM_ATTACHMENTS, progress=look)
    assert scanned.result.report.outcome is Outcome.CLEAN
    assert seen == [False]
    staged = scanned.result.staged[0].path
    assert staged.read_bytes().count(marker) == 50 and str(staged).startswith("/dev/shm/")
    scanned.result.discard()
    assert not staged.exists()


def test_a_link_named_like_an_envelope_is_never_followed(armed: Exchange, tmp_path: Path) -> None:
    """Issue 10, reproduction 9a (R-SEC-6, R-SEC-7, R-SEC-11): a link on a registered drive named like an
    envelope, pointing at a genuine update off the drive, is refused as [policy-violation] however
    it is reached (the link itself, a linked folder on the drive, a local link), never imported
    unscanned; the same file really on the drive still imports."""
    ctx = armed.ctx
    chair = armed.desk.ready_session("chair")
    source = DirectoryVolumes()
    envelope = _drive_with_update(armed, tmp_path / "elsewhere")  # a genuine update, off the drive
    drive = tmp_path / "drive"
    drive.mkdir()
    (drive / "update.pecenv").symlink_to(envelope)
    (drive / "inbox").symlink_to(envelope.parent, target_is_directory=True)
    volume = source.plug(drive, "SER1", "VOL-1", "PEC-1001")
    ScanService(ctx, source).media.register(chair, volume, "holder")
    (tmp_path / "local.pecenv").symlink_to(envelope)
    for link in (drive / "update.pecenv", tmp_path / "local.pecenv"):
        with pytest.raises(AppError) as refused:
            EnvelopeImport(ctx, chair).apply(link)
        assert refused.value.reason is Reason.POLICY_VIOLATION, link
    assert ctx.precinct.execute("SELECT last_seq FROM sync_stream").fetchone()[0] == 1
    from app.services.media import path_on_drive  # after the part that also runs on the old code

    for link in (drive / "update.pecenv", drive / "inbox" / envelope.name):
        with pytest.raises(AppError) as refused:
            path_on_drive(volume, link)
        assert refused.value.reason is Reason.POLICY_VIOLATION, link
    shutil.copy(envelope, drive / "real.pecenv")
    assert path_on_drive(volume, drive / "real.pecenv") == "real.pecenv"


def test_a_local_attachment_is_scanned_like_a_drive_attachment(armed: Exchange, tmp_path: Path) -> None:
    """Issue 10, reproduction 9c (R-SEC-6, R-SEC-10): `claims add --attach FILE` from a local folder
    goes through the same scan (policy + clamscan with the test signatures): an EICAR attachment is
    refused as [infected] and nothing is stored; a clean one is read from its scanned copy, staged
    in memory and removed; a link is not followed."""
    from app.security.scanner.policy import CLAIM_ATTACHMENTS
    from app.services.claims import ClaimService, read_attachment
    from app.services.scanning import staging_root
    from tests.claims.conftest import file_claim, pdf

    ctx = armed.ctx
    member = armed.desk.ready_session("member1")
    folder = tmp_path / "home"
    folder.mkdir()
    (folder / "passport.pdf").write_bytes(b"%PDF-1.4\n" + EICAR + b"\n%%EOF\n")
    with pytest.raises(AppError) as refused:
        file_claim(ctx, member, attachments=[read_attachment(ctx, member, folder / "passport.pdf", DirectoryVolumes())])
    assert refused.value.reason is Reason.INFECTED
    assert ctx.precinct.execute("SELECT count(*) FROM claim").fetchone()[0] == 0
    reports = ctx.precinct.execute("SELECT task, outcome FROM scan_report").fetchall()
    assert reports == [("claim-attachments", "refused")]
    (folder / "scan.pdf").write_bytes(pdf("clean"))
    clean = read_attachment(ctx, member, folder / "scan.pdf", DirectoryVolumes())
    number = file_claim(ctx, member, attachments=[clean])
    assert [a.name for a in ClaimService(ctx).get(number).attachments] == ["scan.pdf"]
    assert list(staging_root(ctx, CLAIM_ATTACHMENTS).iterdir()) == []
    (folder / "link.pdf").symlink_to(folder / "scan.pdf")
    with pytest.raises(AppError) as linked:
        read_attachment(ctx, member, folder / "link.pdf", DirectoryVolumes())
    assert linked.value.reason is Reason.POLICY_VIOLATION
