"""Rollback is detected (issue 10, point 4; reproductions 6 and 7), against real SQLCipher and the
real keyring, with the central side at the other end of the exchange.

R-SEC-10: a data dir put back from a copy is refused at the next open, and only the CEC's recovery
(audited with both heads) opens it again; after an accepted older restore no claim number is given
twice and the outgoing stream continues where the central side is. R-AUD-3, R-AUD-6: the loss of
events is not silent. R-SYN-2: the next batch is accepted by the central side.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from app.errors import AppError, Reason
from app.security.audit import AuditAction
from app.security.high_water import HighWater, HighWaterStore
from app.services.audit import AuditService
from app.services.auth import AuthService
from app.services.backup import RestoreJob, RestoreResult
from app.services.claims import ClaimService
from app.services.sync_export import BatchExport
from app.services.sync_import import EnvelopeImport
from tests.conftest import STRONG
from tests.exchange.conftest import Exchange
from tests.test_backup import backups

PINS = ("21204198500456", "21204198500457", "21204198500458", "21204198500459")


def _claim(ex: Exchange, pin: str) -> str:
    """A claim filed in its own session, logged out as the CLI and the window do (a checkpoint)."""
    member = ex.desk.ready_session("member1")
    number = ClaimService(ex.ctx).file(member, claim_type="missing", pin=pin, fields={"last_name": "Жок"},
                                       contact="+996 555 000 001", passport_checked=True, identified=True)  # fmt: skip
    AuthService(ex.ctx).logout(member)
    return number


def _export(ex: Exchange) -> Path:
    secretary = ex.desk.ready_session("secretary")
    batch = BatchExport(ex.ctx, secretary).export(ex.upbox)
    AuthService(ex.ctx).logout(secretary)
    return ex.upbox / batch.file_name


def _ready(ex: Exchange) -> None:
    for login in ("member1", "secretary", "sysadmin"):
        AuthService(ex.ctx).logout(ex.desk.ready_session(login))


def test_a_data_dir_put_back_from_a_copy_is_refused_until_the_cec_recovers_it(
    exchange: Exchange, tmp_path: Path
) -> None:
    """Reproduction 6: copy the data dir, file two claims, put the copy back (the keyring stays,
    as on a real computer). Before: `audit verify` ok, login ok, the claims gone without a trace.
    Now: every open is refused as rollback-detected, `audit verify` reports it, and the recovery by
    the sysadmin on the CEC's instruction is audited with both heads and the lost claim numbers;
    numbering resumes past them and the next batch is accepted (R-SEC-10, R-AUD-3, R-AUD-6, R-SYN-2)."""
    ex = exchange
    _ready(ex)
    first = _claim(ex, PINS[0])
    assert ex.central.ingest(_export(ex)).claims == 1
    ex.ctx.close()
    copy = tmp_path / "copy"
    shutil.copytree(ex.desk.data_dir, copy)
    lost = [_claim(ex, PINS[1]), _claim(ex, PINS[2])]
    ex.ctx.close()
    shutil.rmtree(ex.desk.data_dir)
    shutil.copytree(copy, ex.desk.data_dir)

    with pytest.raises(AppError) as refused:
        AuthService(ex.desk.reopen()).login("secretary", STRONG)
    assert refused.value.reason is Reason.ROLLBACK_DETECTED
    with pytest.raises(AppError) as again:  # a second try in the same window is refused as well
        AuthService(ex.ctx).login("secretary", STRONG)
    assert again.value.reason is Reason.ROLLBACK_DETECTED
    from app.security.audit import Problem

    assert Problem.ROLLED_BACK in {p for _, p in AuditService(ex.desk.reopen()).verify().problems}

    from app.services.rollback_recovery import RollbackRecovery

    with pytest.raises(AppError) as member:
        RollbackRecovery(ex.desk.reopen()).run("member1", STRONG, "ЦИК, кат № 12")
    assert member.value.reason is Reason.NOT_PERMITTED
    with pytest.raises(AppError) as no_reason:
        RollbackRecovery(ex.desk.reopen()).run("sysadmin", STRONG, "  ")
    assert no_reason.value.reason is Reason.USAGE
    done = RollbackRecovery(ex.desk.reopen()).run("sysadmin", STRONG, "ЦИК, кат № 12")
    assert done.resumed.claims_missing == lost and done.found[0] < done.recorded[0]

    ctx = ex.desk.reopen()
    session = AuthService(ctx).login("secretary", STRONG)  # opens again
    event = next(e for e in ctx.audit.events() if e.action == AuditAction.ROLLBACK_ACCEPTED.value)
    details = json.loads(event.details)
    assert event.login == "sysadmin" and details["reason"] == "ЦИК, кат № 12"
    assert (details["recorded"]["seq"], details["found"]["seq"]) == (done.recorded[0], done.found[0])
    assert details["claims_missing"] == lost
    AuthService(ctx).logout(session)
    assert AuditService(ex.desk.reopen()).verify().ok
    number = _claim(ex, PINS[3])
    assert number not in {first, *lost} and number > max(lost)  # never a number a voter holds a receipt for
    ingested = ex.central.ingest(_export(ex))
    assert ingested.claims == 1 and {c["number"] for c in ex.central.claims("1001")} == {first, number}


def test_a_precinct_store_put_back_alone_is_refused(exchange: Exchange, tmp_path: Path) -> None:
    """R-SEC-10: only `precinct.db` copied back (the device store and its chain are current): its
    claims are behind the keyring's record, so a login is refused; the recovery resumes numbering."""
    ex = exchange
    _ready(ex)
    ex.ctx.close()
    names = [n for n in ("precinct.db", "precinct.db-wal", "precinct.db-shm") if (ex.desk.data_dir / n).exists()]
    for name in names:
        shutil.copy2(ex.desk.data_dir / name, tmp_path / name)
    lost = [_claim(ex, PINS[1])]
    ex.ctx.close()
    for name in ("precinct.db", "precinct.db-wal", "precinct.db-shm"):
        (ex.desk.data_dir / name).unlink(missing_ok=True)
    for name in names:
        shutil.copy2(tmp_path / name, ex.desk.data_dir / name)
    with pytest.raises(AppError) as refused:
        AuthService(ex.desk.reopen()).login("member1", STRONG)
    assert refused.value.reason is Reason.ROLLBACK_DETECTED
    from app.services.rollback_recovery import RollbackRecovery

    done = RollbackRecovery(ex.desk.reopen()).run("sysadmin", STRONG, "ЦИК, кат № 13")
    assert done.resumed.claims_missing == lost and done.found[0] >= done.recorded[0]
    assert _claim(ex, PINS[2]) > lost[0]


def _restore_older(
    ex: Exchange, tmp_path: Path, *, lose_store: bool, lag: Callable[[HighWater], None] | None = None
) -> tuple[str, list[str], Path, RestoreResult]:
    """Claim 1 sent, a backup, claims 2 and 3 sent and acknowledged, then the backup restored with
    --accept-older (the store replaced still opening, or lost; `lag` puts the keyring's record
    back to what it was after batch 1)."""
    _ready(ex)
    first = _claim(ex, PINS[0])
    assert ex.central.ingest(_export(ex)).claims == 1
    saved = HighWaterStore(ex.ctx.secrets).load(ex.ctx.device_id)
    sysadmin = ex.desk.ready_session("sysadmin")
    backup = tmp_path / "b.pecbak"
    backups(ex.ctx).backup(sysadmin, backup)
    AuthService(ex.ctx).logout(sysadmin)
    later = [_claim(ex, PINS[1]), _claim(ex, PINS[2])]
    assert ex.central.ingest(_export(ex)).claims == 2
    ex.clock.advance(600)
    update = ex.central.issue_update("1001", None, ex.outbox).path
    _import(ex, update, acks=2)
    if lag is not None:
        lag(saved)
    ex.ctx.close()
    if lose_store:
        for name in ("precinct.db", "precinct.db-wal", "precinct.db-shm"):
            (ex.desk.data_dir / name).unlink(missing_ok=True)
    result = RestoreJob(ex.desk.reopen(), "sysadmin", accept_older=True).run(backup, STRONG)
    assert result.lost_changes > 0
    return first, later, update, result


def _import(ex: Exchange, path: Path, acks: int) -> None:
    secretary = ex.desk.ready_session("secretary")
    assert EnvelopeImport(ex.ctx, secretary).apply(path).acks == acks
    AuthService(ex.ctx).logout(secretary)


@pytest.mark.parametrize("replaced", ["opens", "lost"])
def test_an_older_restore_never_reissues_a_number_and_the_stream_goes_on(
    exchange: Exchange, tmp_path: Path, replaced: str
) -> None:
    """Reproduction 7: after `restore --accept-older` a new claim took a number the central side
    already held for another claim (its decision would land on the wrong one) and the next batch
    was `replayed`, then `sequence-gap`. Now numbering resumes past every number issued (from the
    keyring's record, and the replaced store when it still opens), the stream continues the last
    batch written, the restore names the claims it lost, and a decision on one of those is
    recorded, not applied to another claim nor a refusal of the update (R-SEC-10, R-SYN-2, R-AUD-3)."""
    ex = exchange
    first, later, update, result = _restore_older(ex, tmp_path, lose_store=replaced == "lost")
    number = _claim(ex, PINS[3])
    assert number not in {first, *later} and number > max(later)
    ingested = ex.central.ingest(_export(ex))
    assert ingested.claims == 1 and ingested.audit_ok, ingested.problems
    held = {c["number"]: c["pin"] for c in ex.central.claims("1001")}
    assert held == {first: PINS[0], later[0]: PINS[1], later[1]: PINS[2], number: PINS[3]}
    assert result.resumed is not None and result.resumed.claims_missing == later
    assert result.resumed.claims_never_sent == []

    _import(ex, update, acks=2 if replaced == "lost" else 1)  # the update applied after the backup, again
    ex.central.decide(later[0], True, "тизмеде жок")
    ex.clock.advance(600)
    _import(ex, ex.central.issue_update("1001", None, ex.outbox).path, acks=1)
    ex.desk.ready_session("secretary")
    assert ClaimService(ex.ctx).get(number).status == "sent"  # the decision did not land on the new claim
    assert any(e.object == later[0] and e.outcome == "not-in-store" for e in ex.ctx.audit.events())


def test_the_acknowledgements_tell_where_the_stream_is(exchange: Exchange, tmp_path: Path) -> None:
    """R-SYN-2: the keyring's record behind the last batch (as after a crash between an export and
    the next checkpoint) and the replaced store lost: the stream would resume at batch 1. The update
    applied after the backup, imported again, acknowledges batch 2 with the audit seq it reached
    and the newest claim number held centrally: numbering and the stream resume past them."""
    ex = exchange
    store = HighWaterStore(ex.ctx.secrets)

    def lag(saved: HighWater) -> None:
        now = store.load(ex.ctx.device_id)
        store.replace(ex.ctx.device_id, dataclasses.replace(now, batch=saved.batch, claims=saved.claims))

    first, later, update, result = _restore_older(ex, tmp_path, lose_store=True, lag=lag)
    assert result.resumed is not None and result.resumed.stream_at == 1
    _import(ex, update, acks=2)  # batch 1 marked, batch 2 learnt as the stream's position
    number = _claim(ex, PINS[3])
    assert number not in {first, *later} and number > max(later)
    assert ex.central.ingest(_export(ex)).claims == 1


def test_the_record_lives_in_the_keyring_beside_the_secret(exchange: Exchange) -> None:
    """R-SEC-10: the record is outside the data dir, in the device's keyring entry, and grows."""
    ex = exchange
    _ready(ex)
    store = HighWaterStore(ex.ctx.secrets)
    before = store.load(ex.ctx.device_id)
    number = _claim(ex, PINS[0])
    after = store.load(ex.ctx.device_id)
    assert after.audit_seq > before.audit_seq and after.audit_hash == ex.ctx.audit.hash_at(after.audit_seq)
    assert after.claims == {number[: -len("00001")]: 1}
    secret, _ = ex.ctx.secrets.load(ex.ctx.device_id)
    assert len(secret) == 32  # the secret is untouched by the record written beside it
