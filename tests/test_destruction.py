"""Retention and destruction of the precinct's personal data (R-DATA-5, R-DATA-4, R-SEC-4, R-AUD-6):
crypto-shredding makes the store unopenable while the audit chain survives, verifies and names it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.errors import AppError, Reason
from app.security.audit import AuditAction
from app.services import destruction
from app.services.audit import AuditService
from app.services.auth import AuthService
from app.services.backup import RestoreJob
from app.services.context import DeskContext
from app.services.destruction import Destroyed, DestructionService, retention_of
from tests.claims.conftest import file_claim
from tests.conftest import STRONG, Precinct
from tests.test_backup import make_backup, plaintext_hits

AFTER_RETENTION = dt.datetime(2027, 12, 1, 9, 0, tzinfo=dt.UTC)  # voting day 2026-11-29 + 365 days passed


def test_retention_counts_from_voting_day_on_the_bishkek_date() -> None:
    """R-DATA-5: kept through voting day + retention_days; the day after, retention has passed."""
    kept = retention_of("2026-11-29", "30", dt.date(2026, 12, 29))
    assert kept.until == dt.date(2026, 12, 29) and not kept.passed and kept.days_left == 0
    assert retention_of("2026-11-29", "30", dt.date(2026, 12, 30)).passed
    assert retention_of("2026-11-29", None, dt.date(2027, 11, 29)).until == dt.date(2027, 11, 29)  # default 365
    with pytest.raises(AppError) as broken:
        retention_of("", "30", dt.date(2026, 12, 1))
    assert broken.value.reason is Reason.MALFORMED


def test_the_package_retention_days_decide(precinct: Precinct) -> None:
    """The store's `retention_days` (from the signed package) is what the service uses."""
    precinct.ready_session("chair")
    precinct.ctx.meta.set("retention_days", "10")
    precinct.clock._now = dt.datetime(2026, 12, 9, 19, 0, tzinfo=dt.UTC)  # 10 Dec in Bishkek
    retention = DestructionService(precinct.ctx).retention()
    assert retention.until == dt.date(2026, 12, 9) and retention.passed


def _destroy(p: Precinct, login: str = "chair", confirm: str = "1001", reason: str = "") -> Destroyed:
    session = p.ready_session(login)
    try:
        return DestructionService(p.ctx).destroy(session, confirm, reason)
    except AppError:
        AuthService(p.ctx).logout(session)
        raise


def test_only_the_chair_destroys_after_typing_the_precinct_number(precinct: Precinct) -> None:
    """R-SEC-4: the DESTROY permission is the chair's; a wrong confirmation changes nothing."""
    precinct.clock._now = AFTER_RETENTION
    for login in ("member1", "sysadmin", "secretary", "auditor"):
        with pytest.raises(AppError) as refused:
            _destroy(precinct, login)
        assert refused.value.reason is Reason.NOT_PERMITTED, login
    with pytest.raises(AppError) as wrong:
        _destroy(precinct, confirm="1002")
    assert wrong.value.reason is Reason.USAGE
    assert (precinct.data_dir / "precinct.db").is_file() and (precinct.data_dir / "keyslots.json").is_file()


def test_before_the_retention_end_only_with_a_reason(precinct: Precinct) -> None:
    """R-DATA-5: not destroyed early by mistake; an early destruction states why (audited)."""
    with pytest.raises(AppError) as early:
        _destroy(precinct)
    assert early.value.reason is Reason.RETENTION_NOT_PASSED and early.value.params["until"] == "2027-11-29"
    assert (precinct.data_dir / "keyslots.json").is_file()
    done = _destroy(precinct, reason="the workstation is to be handed over; CEC order 12")
    assert done.early_reason.startswith("the workstation")
    events = [e for e in precinct.ctx.audit.iter_events() if e.action == AuditAction.PRECINCT_DESTROYED.value]
    assert "CEC order 12" in events[0].details


def test_destruction_crypto_shreds_and_keeps_the_audit_log(precinct: Precinct, tmp_path: Path) -> None:
    """R-DATA-5, R-AUD-6: afterwards nothing with voter data opens (no login, no restore of a backup
    made before), no marker is left in the data dir, and `audit verify` passes and shows it."""
    backup = make_backup(precinct, tmp_path / "before.pecbak")
    precinct.clock._now = AFTER_RETENTION
    done = _destroy(precinct)
    assert done.voters == 401 and len(done.backups) == 1
    left = sorted(f.name for f in precinct.data_dir.iterdir() if not f.name.startswith("device.db-"))
    assert left == ["audit-checkpoint.json", "device.db", "device.json"]  # and the device store's WAL
    assert plaintext_hits(precinct.data_dir) == []
    for attempt in (
        lambda ctx: AuthService(ctx).login("chair", STRONG),
        lambda ctx: RestoreJob(ctx, "sysadmin").run(backup, STRONG),
    ):
        with pytest.raises(AppError) as refused:
            attempt(precinct.reopen())
        assert refused.value.reason is Reason.PRECINCT_DESTROYED
    ctx = precinct.reopen()
    report = AuditService(ctx).verify()
    assert report.ok, report.problems
    destroyed = [e for e in ctx.audit.iter_events() if e.action == AuditAction.PRECINCT_DESTROYED.value]
    assert len(destroyed) == 1 and destroyed[0].login == "chair"
    assert report.checkpoint_seq >= destroyed[0].seq  # the destruction is under a signed checkpoint
    assert json.loads(destroyed[0].details)["voters"] == 401
    assert ctx.device_meta("destroyed_at") == done.at


def test_a_restarted_context_sees_the_destruction(precinct: Precinct) -> None:
    precinct.clock._now = AFTER_RETENTION
    _destroy(precinct)
    ctx = DeskContext(precinct.data_dir, clock=precinct.clock)
    try:
        ctx.open_device()
        assert not ctx.has_precinct() and ctx.device_meta("destroyed_at")
    finally:
        ctx.close()


def test_claims_the_tec_has_not_got_hold_the_destruction(precinct: Precinct) -> None:
    """R-CLM-5, R-DATA-5: a claim not yet sent to the TEC is not destroyed by mistake; giving it up
    is an explicit, audited choice."""
    member = precinct.ready_session("member1")
    file_claim(precinct.ctx, member)
    AuthService(precinct.ctx).logout(member)
    precinct.clock._now = AFTER_RETENTION
    with pytest.raises(AppError) as held:
        _destroy(precinct)
    assert held.value.reason is Reason.UNSENT_DATA and held.value.params == {"claims": 1, "batches": 0}
    assert (precinct.data_dir / "keyslots.json").is_file()
    session = precinct.ready_session("chair")
    done = DestructionService(precinct.ctx).destroy(session, "1001", discard_unsent=True)
    assert done.claims == 1
    event = next(e for e in precinct.ctx.audit.iter_events() if e.action == AuditAction.PRECINCT_DESTROYED.value)
    assert json.loads(event.details)["unsent_given_up"] == {"claims": 1, "batches": 0}


def test_a_failed_final_write_destroys_nothing(precinct: Precinct) -> None:
    """R-DATA-5, R-AUD-1: the destruction event, `destroyed_at` and the signed checkpoint are
    committed *before* the keys are shredded: when that write fails (here the checkpoint cannot be
    written; a full disk or another process holding device.db fail the same way) the key slots and
    the store are still there, nothing is marked destroyed, and the chair can simply try again."""
    precinct.clock._now = AFTER_RETENTION
    session = precinct.ready_session("chair")
    checkpoint = precinct.data_dir / "audit-checkpoint.json"
    checkpoint.unlink()
    checkpoint.mkdir()  # the final write fails
    with pytest.raises(AppError) as failed:
        DestructionService(precinct.ctx).destroy(session, "1001")
    assert failed.value.reason is Reason.MEDIUM_ERROR
    assert (precinct.data_dir / "keyslots.json").is_file() and (precinct.data_dir / "precinct.db").is_file()
    ctx = precinct.reopen()
    ctx.open_device()
    assert ctx.device_meta("destroyed_at") is None
    actions = [e.action for e in ctx.audit.iter_events()]
    assert AuditAction.PRECINCT_DESTROYED.value not in actions
    assert AuditAction.DESTRUCTION_REFUSED.value in actions  # the failed attempt is on record
    checkpoint.rmdir()
    _destroy(precinct)
    assert not (precinct.data_dir / "keyslots.json").exists()


def test_the_event_is_committed_before_the_keys_are_shredded(
    precinct: Precinct, monkeypatch: pytest.MonkeyPatch
) -> None:
    """R-DATA-5, R-AUD-1: at the moment the key slots are shredded the destruction is already an
    audit event under a signed checkpoint; a shredding that then fails is recorded as failed."""
    precinct.clock._now = AFTER_RETENTION
    seen: list[tuple[str | None, list[str]]] = []

    def spy(path: Path) -> None:
        ctx = DeskContext(precinct.data_dir, clock=precinct.clock)
        try:
            ctx.open_device()
            seen.append((ctx.device_meta("destroyed_at"), [e.action for e in ctx.audit.iter_events()]))
        finally:
            ctx.close()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(destruction, "_shred", spy)
    with pytest.raises(OSError):
        _destroy(precinct)
    assert seen and seen[0][0] is not None and seen[0][1][-1] == AuditAction.PRECINCT_DESTROYED.value
    ctx = precinct.reopen()
    ctx.open_device()
    last = list(ctx.audit.iter_events())[-1]
    assert (last.action, last.outcome) == (AuditAction.PRECINCT_DESTROYED.value, "failed")
    assert "No space left" in last.details


def test_every_refusal_is_audited(precinct: Precinct) -> None:
    """R-AUD-1, R-DATA-5: a wrong precinct-number confirmation and a malformed retention are
    refused and recorded like the other refusals; nothing is destroyed."""
    precinct.clock._now = AFTER_RETENTION
    with pytest.raises(AppError) as wrong:
        _destroy(precinct, confirm="1002")
    assert wrong.value.reason is Reason.USAGE
    session = precinct.ready_session("chair")
    precinct.ctx.meta.set("voting_day", "not a date")
    with pytest.raises(AppError) as malformed:
        DestructionService(precinct.ctx).destroy(session, "1001")
    assert malformed.value.reason is Reason.MALFORMED
    refusals = [
        e.outcome for e in precinct.ctx.audit.iter_events() if e.action == AuditAction.DESTRUCTION_REFUSED.value
    ]
    assert refusals == [Reason.USAGE.value, Reason.MALFORMED.value]
    assert (precinct.data_dir / "keyslots.json").is_file()


def test_leftover_slot_files_are_shredded_too(precinct: Precinct, monkeypatch: pytest.MonkeyPatch) -> None:
    """R-DATA-5: a `.keyslots.json.tmp-*` left by an interrupted slot write holds wrapped store
    keys too: it is overwritten and deleted like `keyslots.json` itself."""
    precinct.clock._now = AFTER_RETENTION
    leftover = precinct.data_dir / ".keyslots.json.tmp-4242"
    leftover.write_bytes((precinct.data_dir / "keyslots.json").read_bytes())
    shredded: list[str] = []
    real = destruction._shred

    def spy(path: Path) -> None:
        shredded.append(path.name)
        real(path)

    monkeypatch.setattr(destruction, "_shred", spy)
    _destroy(precinct)
    assert sorted(shredded) == [".keyslots.json.tmp-4242", "keyslots.json"]
    assert not leftover.exists()
