"""Encrypted backup and restore (R-SEC-10, R-SEC-11, R-AUD-1, R-AUD-6), against real SQLCipher and
the real keyring: round trip after the store is lost, refusal of every damaged or foreign file with
nothing changed, no plaintext personal data in a backup, roles, registered drives."""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from app.errors import AppError, Reason
from app.models.db import DatabaseError, open_store, schema_version, transaction
from app.models.records import VoterRow
from app.models.vocabulary import Role
from app.security.audit import AuditAction
from app.security.scanner.volumes import DirectoryVolumes
from app.services import backup as backup_module
from app.services.accounts import AccountService
from app.services.audit import AuditService
from app.services.auth import AuthService
from app.services.backup import BackupService, RestoreJob, RestoreResult
from app.services.context import DeskContext
from app.services.media import MediaService
from app.services.voters import VoterService
from app.sync import backup_file
from app.sync.backup_file import MAGIC, BackupHeader
from tests.conftest import PLANTED, STRONG, Precinct, make_precinct

MARKERS = ["Тестова", "Айзада", PLANTED.pin, "Маркер көчөсү", "testova", "aizada"]


def plaintext_hits(path: Path) -> list[str]:
    """Marker strings of the planted voter found in the file or any file under the directory."""
    patterns = [m.encode(enc) for m in MARKERS for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]
    return [f"{f.name}: {p!r}" for f in files for p in patterns if p in f.read_bytes()]


def backups(ctx: DeskContext) -> BackupService:
    """The service as the desk builds it: with the drive register (no removable drive in tests)."""
    return BackupService(ctx, MediaService(ctx, DirectoryVolumes()))


def make_backup(p: Precinct, out: Path) -> Path:
    session = p.ready_session("sysadmin")
    backups(p.ctx).backup(session, out)
    AuthService(p.ctx).logout(session)
    return out


def lose_store(p: Precinct) -> None:
    p.ctx.close()
    for name in ("precinct.db", "precinct.db-wal", "precinct.db-shm"):
        (p.data_dir / name).unlink(missing_ok=True)


def restore(p: Precinct, path: Path, *, login: str = "sysadmin", accept_older: bool = False) -> RestoreResult:
    ctx = p.reopen()
    try:
        return RestoreJob(ctx, login, accept_older=accept_older).run(path, p.password(login))
    finally:
        ctx.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def finds_planted(p: Precinct) -> bool:
    p.reopen()
    session = p.ready_session("member1")
    found = VoterService(p.ctx).search(session, "тестова айзада", 5).voters
    AuthService(p.ctx).logout(session)
    return [v.full_name for v in found] == ["Тестова Айзада"]


@pytest.fixture
def backed_up(precinct: Precinct, tmp_path: Path) -> Iterator[tuple[Precinct, Path]]:
    precinct.ready_session("member1")  # its one-time password changed before the backup
    yield precinct, make_backup(precinct, tmp_path / "precinct-1001.pecbak")


def test_round_trip_after_the_store_is_lost(backed_up: tuple[Precinct, Path]) -> None:
    """R-SEC-10, R-SEC-11 (recovery of data destroyed): the store deleted, the backup restored, the
    data back, logins work, and backup and restore are events of an intact audit chain (R-AUD-1)."""
    p, backup = backed_up
    lose_store(p)
    with pytest.raises(AppError) as gone:
        AuthService(p.reopen()).login("member1", STRONG)
    assert gone.value.reason is Reason.NO_PRECINCT
    restore(p, backup)
    assert finds_planted(p)
    report = AuditService(p.reopen()).verify()
    assert report.ok, report.problems
    actions = [e.action for e in p.ctx.audit.iter_events()]
    assert AuditAction.BACKUP_CREATED.value in actions and AuditAction.BACKUP_RESTORED.value in actions


def test_round_trip_over_a_damaged_store(backed_up: tuple[Precinct, Path]) -> None:
    """A store whose pages no longer decrypt is replaced; no WAL of the old one is replayed into it."""
    p, backup = backed_up
    p.ctx.close()
    store = p.data_dir / "precinct.db"
    raw = bytearray(store.read_bytes())
    raw[5000:5100] = bytes(100)
    store.write_bytes(bytes(raw))
    restore(p, backup)
    assert finds_planted(p)


def test_no_plaintext_in_the_backup_or_the_data_dir(backed_up: tuple[Precinct, Path]) -> None:
    """R-SEC-10: backups are encrypted; the planted voter's name, PIN and address appear nowhere."""
    p, backup = backed_up
    assert plaintext_hits(backup) == []
    lose_store(p)
    restore(p, backup)
    assert plaintext_hits(p.data_dir) == []
    assert not [f for f in p.data_dir.iterdir() if f.name.startswith((".backup-", ".restore-"))]


def _refuse_each(p: Precinct, tmp_path: Path, copies: dict[str, bytes]) -> None:
    """Every damaged copy is refused as backup-invalid, naming the copy that was not."""
    for name, data in copies.items():
        damaged = tmp_path / f"{name.replace(' ', '-')}.pecbak"
        damaged.write_bytes(data)
        try:
            _refused(p, damaged, Reason.BACKUP_INVALID)
        except AssertionError as exc:
            raise AssertionError(f"{name}: {exc}") from exc


def _refused(p: Precinct, path: Path, reason: Reason) -> None:
    """Refused with `reason`, and the store and the key slots are untouched."""
    p.ctx.close()
    before = {n: digest(p.data_dir / n) for n in ("precinct.db", "keyslots.json")}
    with pytest.raises(AppError) as refused:
        restore(p, path)
    assert refused.value.reason is reason, refused.value
    assert {n: digest(p.data_dir / n) for n in before} == before
    assert not [f for f in p.data_dir.iterdir() if f.name.startswith((".backup-", ".restore-"))]


def damaged_copies(backup: Path) -> dict[str, bytes]:
    raw = backup.read_bytes()
    flips = {"magic": 3, "header-length": 17, "header": 40, "first-chunk": 700, "middle": len(raw) // 2,
             "last-byte": len(raw) - 1}  # fmt: skip
    cases = {f"changed {k}": raw[:i] + bytes([raw[i] ^ 1]) + raw[i + 1 :] for k, i in flips.items()}
    cases |= {f"cut at {n}": raw[:n] for n in (0, 10, 30, 2000, len(raw) - 1)}
    cases["one byte added"] = raw + b"\0"
    cases["last chunk repeated"] = raw + raw[-200:]
    return cases


def test_tampered_truncated_and_empty_files_are_refused(backed_up: tuple[Precinct, Path], tmp_path: Path) -> None:
    """R-SEC-11: a changed byte anywhere, a cut at any point, an empty file, bytes added: refused whole
    with `backup-invalid`, and nothing changed."""
    p, backup = backed_up
    _refuse_each(p, tmp_path, damaged_copies(backup))
    p.reopen().open_device()
    refusals = [e for e in p.ctx.audit.iter_events() if e.action == AuditAction.RESTORE_REFUSED.value]
    assert len(refusals) == len(damaged_copies(backup))


def test_a_directory_or_missing_file_is_a_usage_error(backed_up: tuple[Precinct, Path], tmp_path: Path) -> None:
    p, _ = backed_up
    _refused(p, tmp_path, Reason.USAGE)
    _refused(p, tmp_path / "nothing.pecbak", Reason.USAGE)


def test_another_precincts_backup_is_refused(
    backed_up: tuple[Precinct, Path], tmp_path: Path, sample_voters: list[VoterRow]
) -> None:
    """A backup made on another device (another precinct's store and key) is refused as such."""
    p, _ = backed_up
    other = make_precinct(tmp_path / "other", sample_voters[:20])
    try:
        foreign = make_backup(other, tmp_path / "other.pecbak")
    finally:
        other.ctx.close()
        other.ctx.secrets.delete(other.ctx.device_id)
    _refused(p, foreign, Reason.BACKUP_MISMATCH)


def test_an_older_backup_needs_explicit_acceptance(backed_up: tuple[Precinct, Path]) -> None:
    """What changed since the backup (here an account) is lost only when the sysadmin accepts it."""
    p, backup = backed_up
    session = p.ready_session("sysadmin")
    AccountService(p.ctx).add(session, "member9", "Жаңы Мүчө", Role.MEMBER)
    AuthService(p.ctx).logout(session)
    _refused(p, backup, Reason.BACKUP_OLDER)
    result = restore(p, backup, accept_older=True)
    assert result.lost_changes == 1
    p.reopen()
    session = p.ready_session("sysadmin")
    assert "member9" not in [a.login for a in AccountService(p.ctx).list(session)]
    AuthService(p.ctx).logout(session)
    restore(p, backup)  # the same backup again: nothing changed since it was restored


def test_only_the_sysadmin_backs_up_and_restores(backed_up: tuple[Precinct, Path], tmp_path: Path) -> None:
    """R-SEC-4: the permission table; a refused backup writes no file, a refused restore changes nothing."""
    p, backup = backed_up
    for login in ("member1", "chair"):
        session = p.ready_session(login)
        with pytest.raises(AppError) as refused:
            backups(p.ctx).backup(session, tmp_path / f"{login}.pecbak")
        assert refused.value.reason is Reason.NOT_PERMITTED
        assert not (tmp_path / f"{login}.pecbak").exists()
        AuthService(p.ctx).logout(session)
    p.ctx.close()
    before = digest(p.data_dir / "precinct.db")
    with pytest.raises(AppError) as refused:
        restore(p, backup, login="member1")
    assert refused.value.reason is Reason.NOT_PERMITTED
    assert digest(p.data_dir / "precinct.db") == before


def test_wrong_password_is_counted_like_a_login(backed_up: tuple[Precinct, Path]) -> None:
    p, backup = backed_up
    ctx = p.reopen()
    with pytest.raises(AppError) as refused:
        RestoreJob(ctx, "sysadmin").run(backup, "Wrong!pass-1")
    assert refused.value.reason is Reason.WRONG_PASSWORD
    assert ctx.guards.get("sysadmin").failures == 1


def test_backup_to_a_drive_only_when_registered(precinct: Precinct, tmp_path: Path) -> None:
    """R-SEC-8, R-SEC-11: like export, a backup goes only to a registered work drive."""
    drive = tmp_path / "drive"
    drive.mkdir()
    volumes = DirectoryVolumes()
    volume = volumes.plug(drive, "SER-1", "VOL-1", "WORK")
    session = precinct.ready_session("sysadmin")
    media = MediaService(precinct.ctx, volumes)
    with pytest.raises(AppError) as refused:
        BackupService(precinct.ctx, media).backup(session, drive / "b.pecbak")
    assert refused.value.reason is Reason.UNREGISTERED_MEDIUM
    assert list(drive.iterdir()) == []
    AuthService(precinct.ctx).logout(session)
    chair = precinct.ready_session("chair")
    media.register(chair, volume, "Чоң Төрага")
    AuthService(precinct.ctx).logout(chair)
    session = precinct.ready_session("sysadmin")
    result = BackupService(precinct.ctx, media).backup(session, drive / "b.pecbak")
    assert result.medium_id == 1 and (drive / "b.pecbak").is_file()
    with pytest.raises(AppError) as again:
        BackupService(precinct.ctx, media).backup(session, drive / "b.pecbak")
    assert again.value.reason is Reason.USAGE  # never overwrites


def test_the_backup_file_is_owner_only_and_a_copy_restores(backed_up: tuple[Precinct, Path], tmp_path: Path) -> None:
    p, backup = backed_up
    assert backup.stat().st_mode & 0o077 == 0
    copy = tmp_path / "copy" / "renamed.bin"
    copy.parent.mkdir()
    shutil.copy(backup, copy)
    lose_store(p)
    restore(p, copy)
    assert finds_planted(p)


def test_refused_while_the_store_is_open_elsewhere(backed_up: tuple[Precinct, Path]) -> None:
    """A running window keeps the store open: the restore waits for it to close, nothing changed."""
    p, backup = backed_up
    window = DeskContext(p.data_dir, clock=p.clock)
    session = AuthService(window).login("member1", STRONG)
    try:
        _refused(p, backup, Reason.STORE_IN_USE)
    finally:
        AuthService(window).logout(session)
        window.close()
    restore(p, backup)
    assert finds_planted(p)


def test_a_newer_schema_is_refused_before_anything_moves(precinct: Precinct, tmp_path: Path) -> None:
    session = precinct.ready_session("sysadmin")
    conn = precinct.ctx.precinct
    real = schema_version(conn)
    conn.execute("PRAGMA user_version = 999")
    backups(precinct.ctx).backup(session, tmp_path / "future.pecbak")
    conn.execute(f"PRAGMA user_version = {real}")
    AuthService(precinct.ctx).logout(session)
    _refused(precinct, tmp_path / "future.pecbak", Reason.BACKUP_INVALID)


def test_a_store_that_fails_to_open_after_the_swap_is_put_back(backed_up: tuple[Precinct, Path]) -> None:
    """The old store stays until the restored one is proven to open (atomic swap)."""
    p, backup = backed_up
    p.ctx.close()
    before = digest(p.data_dir / "precinct.db")
    ctx = p.reopen()

    def fails(key: bytes, *, create: bool = False, check_rollback: bool = True) -> None:
        raise AppError(Reason.STORE_DAMAGED, detail="injected")

    ctx.open_precinct = fails  # type: ignore[method-assign,assignment]
    with pytest.raises(AppError) as failed:
        RestoreJob(ctx, "sysadmin").run(backup, STRONG)
    assert failed.value.reason is Reason.STORE_DAMAGED
    assert digest(p.data_dir / "precinct.db") == before
    assert not [f for f in p.data_dir.iterdir() if f.name.startswith((".backup-", ".restore-"))]
    assert finds_planted(p)


def with_header(backup: Path, change: Callable[[dict[str, Any]], None]) -> bytes:
    """The backup's bytes with its header changed by `change` (re-encoded, the length updated)."""
    raw = backup.read_bytes()
    start = len(MAGIC) + 4
    length = int.from_bytes(raw[len(MAGIC) : start], "big")
    header = json.loads(raw[start : start + length])
    change(header)
    new = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    return MAGIC + len(new).to_bytes(4, "big") + new + raw[start + length :]


def _set(name: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda header: header.__setitem__(name, value)


def _edit(name: str, change: Callable[[str], str]) -> Callable[[dict[str, Any]], None]:
    return lambda header: header.__setitem__(name, change(header[name]))


RECOVERY = {"suite": "hpke-x25519-hkdf-sha256-aes256gcm", "recipient": "01" * 32, "sealed": "AAEC"}


def _set_recovery(name: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda header: header.__setitem__("recovery", {**(header["recovery"] or RECOVERY), name: value})


HEX_FIELDS = {"salt": 64, "snapshot_sha256": 64, "key_id": 32}
DAMAGED_HEADERS: dict[str, Callable[[dict[str, Any]], None]] = {
    **{f"{n} not hex": _set(n, "z" * k) for n, k in HEX_FIELDS.items()},
    **{f"{n} one non-hex character": _edit(n, lambda v: "g" + v[1:]) for n in HEX_FIELDS},
    **{f"{n} upper case": _edit(n, str.upper) for n in HEX_FIELDS},
    **{f"{n} too short": _edit(n, lambda v: v[:-2]) for n in HEX_FIELDS},
    **{f"{n} a number": _set(n, 7) for n in HEX_FIELDS},
    "salt empty": _set("salt", ""),
    "precinct a number": _set("precinct", 1001),
    "precinct with a control character": _set("precinct", "1001\n"),
    "precinct too long": _set("precinct", "1" * 500),
    "election_id null": _set("election_id", None),
    "device_id not a uuid": _set("device_id", "not-a-device"),
    "created_at not a time": _set("created_at", "yesterday"),
    "created_at without a zone": _set("created_at", "2026-11-29T10:00:00"),
    "schema negative": _set("schema", -1),
    "schema a boolean": _set("schema", True),
    "payload_size negative": _set("payload_size", -1),
    "payload_size huge": _set("payload_size", 1 << 60),
    "payload_size a float": _set("payload_size", 1.5),
    "chunk_size zero": _set("chunk_size", 0),
    "chunk_size too big": _set("chunk_size", 1 << 30),
    "central_seq negative": _set("central_seq", -5),
    "batch_seq a string": _set("batch_seq", "3"),
    "audit_seq huge": _set("audit_seq", 1 << 70),
    "version 2": _set("version", 2),
    "format other": _set("format", "zip"),
    "recovery a list": _set("recovery", []),
    "recovery empty": _set("recovery", {}),
    "recovery a missing key": _set("recovery", {"suite": RECOVERY["suite"], "recipient": RECOVERY["recipient"]}),
    "recovery an extra key": _set_recovery("extra", "x"),
    "recovery a number value": _set_recovery("suite", 1),
    "recovery recipient not hex": _set_recovery("recipient", "z" * 64),
    "recovery sealed not base64": _set_recovery("sealed", "!!!"),
    "an extra field": _set("extra", 1),
    "a missing field": lambda h: h.pop("salt"),
}


@pytest.mark.parametrize("case", sorted(DAMAGED_HEADERS))
def test_each_header_field_is_validated_strictly(case: str) -> None:
    """R-SEC-10, R-SEC-11: every header field is checked for type, form and range before anything
    uses it (the header is authenticated only by the chunks): a damaged field is `backup-invalid`,
    never a raw ValueError."""
    good = {
        "format": "pec-desk-backup", "version": 1, "precinct": "1001", "election_id": "EL-2026",
        "device_id": "0b6f3f5e-8f0c-4d55-9a61-2f1f0c1d2e3f", "created_at": "2026-11-29T10:00:00.000000+00:00",
        "schema": 3, "payload_size": 4096, "chunk_size": 1 << 20, "salt": "ab" * 32, "key_id": "cd" * 16,
        "snapshot_sha256": "ef" * 32, "central_seq": 0, "batch_seq": 0, "audit_seq": 9,
        "recovery": RECOVERY,
    }  # fmt: skip
    BackupHeader.from_bytes(json.dumps(good).encode())
    DAMAGED_HEADERS[case](good)
    with pytest.raises(AppError) as refused:
        BackupHeader.from_bytes(json.dumps(good).encode())
    assert refused.value.reason is Reason.BACKUP_INVALID


def test_a_damaged_header_field_is_refused_and_audited(backed_up: tuple[Precinct, Path], tmp_path: Path) -> None:
    """R-SEC-11, R-AUD-1: a backup whose header field is damaged (a non-hex salt, a wrong type, a
    value out of range...) is refused as `backup-invalid`, nothing changes and the refusal is an
    audit event: not a traceback."""
    p, backup = backed_up
    _refuse_each(p, tmp_path, {name: with_header(backup, change) for name, change in DAMAGED_HEADERS.items()})
    p.reopen().open_device()
    refusals = [e for e in p.ctx.audit.iter_events() if e.action == AuditAction.RESTORE_REFUSED.value]
    assert len(refusals) == len(DAMAGED_HEADERS)
    assert {e.outcome for e in refusals} == {Reason.BACKUP_INVALID.value}


def test_a_leftover_aside_directory_does_not_stop_a_restore(backed_up: tuple[Precinct, Path]) -> None:
    """R-SEC-10, R-AUD-1: a `.restore-old-*` left by a crashed run (even one with this process id)
    does not make the restore fail after the store was closed: the aside name is fresh each time."""
    p, backup = backed_up
    leftover = p.data_dir / f".restore-old-{os.getpid()}"
    leftover.mkdir()
    restore(p, backup)
    assert finds_planted(p)
    p.ctx.open_device()
    assert AuditAction.BACKUP_RESTORED.value in [e.action for e in p.ctx.audit.iter_events()]


def test_a_restore_that_cannot_be_recorded_is_undone_and_audited(backed_up: tuple[Precinct, Path]) -> None:
    """R-AUD-1, R-SEC-10: the swap and its audit event go together: when the event and checkpoint
    cannot be written the old store is put back and the refusal is recorded (`medium-error`)."""
    p, backup = backed_up
    session = p.ready_session("sysadmin")
    AccountService(p.ctx).add(session, "member9", "Жаңы Мүчө", Role.MEMBER)  # a change after the backup
    AuthService(p.ctx).logout(session)
    p.ctx.close()
    before = digest(p.data_dir / "precinct.db")
    checkpoint = p.data_dir / "audit-checkpoint.json"
    checkpoint.unlink()
    checkpoint.mkdir()  # the record's checkpoint cannot be written
    with pytest.raises(AppError) as failed:
        restore(p, backup, accept_older=True)
    assert failed.value.reason is Reason.MEDIUM_ERROR
    assert digest(p.data_dir / "precinct.db") == before
    assert not [f for f in p.data_dir.iterdir() if f.name.startswith((".backup-", ".restore-"))]
    checkpoint.rmdir()
    ctx = p.reopen()
    ctx.open_device()
    last = list(ctx.audit.iter_events())[-1]
    assert (last.action, last.outcome) == (AuditAction.RESTORE_REFUSED.value, Reason.MEDIUM_ERROR.value)
    session = p.ready_session("sysadmin")
    assert "member9" in [a.login for a in AccountService(p.ctx).list(session)]
    AuthService(p.ctx).logout(session)


def test_a_drive_error_while_writing_is_audited(
    precinct: Precinct, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """R-AUD-1, R-SEC-10: like an export, a backup whose drive fails (pulled out, full, read-only) is
    refused as `medium-error`, recorded as a failed backup, and leaves no file behind."""

    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_file, "write_backup", full)
    session = precinct.ready_session("sysadmin")
    with pytest.raises(AppError) as failed:
        backups(precinct.ctx).backup(session, tmp_path / "b.pecbak")
    assert failed.value.reason is Reason.MEDIUM_ERROR
    assert not [f for f in tmp_path.iterdir() if f.name.endswith(".pecbak") or ".tmp-" in f.name]
    assert not [f for f in precinct.data_dir.iterdir() if f.name.startswith(".backup-")]
    last = list(precinct.ctx.audit.iter_events())[-1]
    assert (last.action, last.outcome) == (AuditAction.BACKUP_CREATED.value, "failed")
    assert Reason.MEDIUM_ERROR.value in last.details


def test_the_drive_check_cannot_be_left_out() -> None:
    """R-SEC-8, R-SEC-10: the registered-drive check is not optional: the service needs the drive
    register (as export does), so no caller can write a backup to an unregistered drive by omission."""
    media = inspect.signature(BackupService).parameters["media"]
    assert media.default is inspect.Parameter.empty
    with pytest.raises(TypeError):
        BackupService(None)  # type: ignore[call-arg,arg-type]


def test_a_password_change_since_the_backup_counts_as_a_change(backed_up: tuple[Precinct, Path]) -> None:
    """R-SEC-10: an older restore would bring back an old password (and the "not one of the last 5"
    history): a password change since the backup needs the sysadmin's explicit acceptance."""
    p, backup = backed_up
    session = p.ready_session("member1")
    AuthService(p.ctx).change_password(session, STRONG, "Another!strong-9x")
    AuthService(p.ctx).logout(session)
    _refused(p, backup, Reason.BACKUP_OLDER)


def test_an_older_restore_keeps_the_newest_trust_bundle(backed_up: tuple[Precinct, Path]) -> None:
    """R-SEC-10, R-AUD-1: an older restore does not roll back the trust bundle (revocations): the
    newest one, read from the current store before it is moved aside, is put back into the restored
    store and the re-application is an audit event."""
    p, backup = backed_up
    session = p.ready_session("sysadmin")
    conn = p.ctx.precinct
    row = conn.execute("SELECT serial, data FROM trust_bundle WHERE id = 1").fetchone()
    serial, data = (int(row[0]), bytes(row[1])) if row else (0, b"{}")
    with transaction(conn):  # as an import of a newer central bundle does
        conn.execute("INSERT OR REPLACE INTO trust_bundle VALUES (1, ?, ?)", (serial + 1, data + b" "))
        p.ctx.audit.append(session.actor, AuditAction.TRUST_UPDATED, details={"serial": serial + 1})
    AuthService(p.ctx).logout(session)
    _refused(p, backup, Reason.BACKUP_OLDER)
    result = restore(p, backup, accept_older=True)
    assert result.trust_reapplied == serial + 1
    p.reopen()
    session = p.ready_session("sysadmin")
    row = p.ctx.precinct.execute("SELECT serial, data FROM trust_bundle WHERE id = 1").fetchone()
    assert (row[0], bytes(row[1])) == (serial + 1, data + b" ")
    events = [e for e in p.ctx.audit.iter_events() if e.action == AuditAction.TRUST_UPDATED.value]
    assert json.loads(events[-1].details) == {"serial": serial + 1, "reapplied": "after restore"}
    AuthService(p.ctx).logout(session)


def test_the_store_stays_locked_from_the_check_to_the_swap(
    backed_up: tuple[Precinct, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """R-SEC-10: the exclusive lock that shows no window has the store open is held until the
    restored file is in place: a connection trying to open the old store and write to it while the
    files are being moved is refused (it cannot open the old store between the check and the swap)."""
    p, backup = backed_up
    session = p.ready_session("sysadmin")
    key = bytes(p.ctx.store_key)
    AuthService(p.ctx).logout(session)
    store = p.data_dir / "precinct.db"
    attempts: list[str] = []
    real_replace = os.replace

    def replace(src: object, dst: object) -> None:
        if Path(str(src)) == store and not attempts:  # the old store is about to be moved aside
            try:
                other = open_store(store, key)
                try:
                    other.execute("BEGIN IMMEDIATE")
                    other.execute("ROLLBACK")
                    attempts.append("written")
                finally:
                    other.close()
            except (AppError, DatabaseError) as exc:
                attempts.append(f"refused: {exc}")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_module, "os", SimpleNamespace(**{**vars(os), "replace": replace}))
    restore(p, backup)
    assert len(attempts) == 1 and attempts[0].startswith("refused") and "locked" in attempts[0], attempts
    assert finds_planted(p)
