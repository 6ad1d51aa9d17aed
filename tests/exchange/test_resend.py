"""A batch lost on the way is written again, byte for byte, until the central side acknowledges it
(R-SYN-1, R-SYN-2, R-SEC-11 "control of media in transfer and transport")."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.errors import AppError, Defect, Reason
from app.services.claims import ClaimService
from app.services.sync_export import BatchExport, sync_status
from app.services.sync_import import EnvelopeImport
from tests.conftest import PLANTED
from tests.exchange.conftest import Exchange


def _claim(exchange: Exchange, pin: str, contact: str) -> str:
    member = exchange.desk.ready_session("member1")
    return ClaimService(exchange.ctx).file(member, claim_type="missing", pin=pin, fields={"last_name": "Жок"},
                                           contact=contact, passport_checked=True, identified=True)  # fmt: skip


def _kept(exchange: Exchange) -> dict[int, int]:
    rows = exchange.ctx.precinct.execute("SELECT seq, length(envelope) FROM sync_export ORDER BY seq")
    return {int(seq): int(size) for seq, size in rows}


def test_a_lost_batch_is_written_again_and_the_stream_goes_on(exchange: Exchange) -> None:
    """R-SYN-2: batch 1 never reaches the central side (the drive was lost), batch 2 is refused there
    as a gap; batch 1 written again is the same file, the central side takes 1 then 2, and once
    both are acknowledged the precinct keeps no copy and refuses to write them again."""
    ctx, central = exchange.ctx, exchange.central
    first_claim = _claim(exchange, "21204198500456", "+996 555 000 001")
    secretary = exchange.desk.ready_session("secretary")
    batches = BatchExport(ctx, secretary)
    first = batches.export(exchange.upbox)
    lost = exchange.upbox / first.file_name
    original = lost.read_bytes()
    lost.unlink()

    second_claim = _claim(exchange, "21204198500457", "+996 555 000 002")
    second = batches.export(exchange.upbox)
    with pytest.raises(AppError) as gap:
        central.ingest(exchange.upbox / second.file_name)
    assert gap.value.reason is Reason.SEQUENCE_GAP
    assert batches.unacknowledged() == [1, 2]
    assert _kept(exchange) == {1: len(original), 2: (exchange.upbox / second.file_name).stat().st_size}

    again = batches.resend(1, exchange.upbox)
    assert (again.seq, again.file_name, again.sha256) == (1, first.file_name, first.sha256)
    assert lost.read_bytes() == original  # byte for byte: same signature, same place in the stream
    assert central.ingest(lost).claims == 1
    assert central.ingest(lost).already_applied  # the same file twice changes nothing there
    assert central.ingest(exchange.upbox / second.file_name).claims == 1
    assert {c["number"] for c in central.claims("1001")} == {first_claim, second_claim}

    exchange.clock.advance(600)
    update = central.issue_update("1001", None, exchange.outbox)
    assert EnvelopeImport(ctx, secretary).apply(update.path).acks == 2
    assert _kept(exchange) == {1: 0, 2: 0}  # acknowledged: the copies are gone
    assert sync_status(ctx)["acknowledged"]
    with pytest.raises(AppError) as done:
        batches.resend(1, exchange.upbox)
    assert done.value.reason is Reason.DUPLICATE


def test_writing_again_is_audited_and_changes_nothing_else(exchange: Exchange) -> None:
    """R-AUD-1: the copy is an audited export ("resent"); the claims and the stream stay as they were."""
    ctx = exchange.ctx
    number = _claim(exchange, "21204198500456", "+996 555 000 003")
    secretary = exchange.desk.ready_session("secretary")
    batches = BatchExport(ctx, secretary)
    batch = batches.export(exchange.upbox)
    status = sync_status(ctx)
    other = exchange.upbox / "again"
    other.mkdir()
    batches.resend(batch.seq, other)
    assert hashlib.sha256((other / batch.file_name).read_bytes()).hexdigest() == batch.sha256
    event = ctx.audit.events(after=0, limit=100_000)[-1]
    assert (event.action, event.object, event.outcome, event.login) == ("data.export", batch.file_name, "resent",
                                                                    "secretary")  # fmt: skip
    assert sync_status(ctx) == status
    assert ClaimService(ctx).get(number).status == "sent"
    assert batches.export(exchange.upbox).seq == 2  # the stream goes on from where it was


def test_writing_again_refuses_what_it_cannot_do(exchange: Exchange) -> None:
    """Bad input: a batch that was never written, a folder that is not one, a drive that cannot be
    written (audited as failed), a member without the export right; nothing is written or changed."""
    ctx = exchange.ctx
    secretary = exchange.desk.ready_session("secretary")
    batches = BatchExport(ctx, secretary)
    with pytest.raises(AppError) as none:
        batches.resend(1, exchange.upbox)
    assert none.value.reason is Reason.USAGE and none.value.params["written"] == "-"
    batch = batches.export(exchange.upbox)
    (exchange.upbox / batch.file_name).unlink()
    with pytest.raises(AppError) as unknown:
        batches.resend(7, exchange.upbox)
    assert unknown.value.reason is Reason.USAGE and unknown.value.params["written"] == "1–1"
    with pytest.raises(AppError) as not_dir:
        batches.resend(1, exchange.upbox / "missing")
    assert not_dir.value.reason is Reason.USAGE
    with pytest.raises(AppError) as medium:
        batches.resend(1, Path("/proc/self"))
    assert medium.value.reason is Reason.MEDIUM_ERROR
    failed = ctx.audit.events(after=0, limit=100_000)[-1]
    assert (failed.action, failed.outcome) == ("data.export", "failed")
    member = exchange.desk.ready_session("member1")
    with pytest.raises(AppError) as refused:
        BatchExport(ctx, member).resend(1, exchange.upbox)
    assert refused.value.reason is Reason.NOT_PERMITTED
    assert list(exchange.upbox.iterdir()) == []


def test_a_damaged_kept_copy_is_refused_not_sent(exchange: Exchange) -> None:
    """The kept copy must still be the file that was signed: a copy that does not match the
    recorded hash is refused as store-damaged and nothing is written."""
    ctx = exchange.ctx
    secretary = exchange.desk.ready_session("secretary")
    batches = BatchExport(ctx, secretary)
    batch = batches.export(exchange.upbox)
    (exchange.upbox / batch.file_name).unlink()
    ctx.precinct.execute("UPDATE sync_export SET envelope = substr(envelope, 1, 100) WHERE seq = 1")
    with pytest.raises(AppError) as damaged:
        batches.resend(1, exchange.upbox)
    assert damaged.value.reason is Reason.STORE_DAMAGED
    ctx.precinct.execute("UPDATE sync_export SET envelope = x'' WHERE seq = 1")  # made before copies were kept
    with pytest.raises(AppError) as old:
        batches.resend_unacknowledged(exchange.upbox)
    assert old.value.reason is Reason.USAGE and old.value.params["defect"] is Defect.NO_KEPT_COPY
    assert list(exchange.upbox.iterdir()) == []


def test_the_kept_copy_holds_no_plaintext(exchange: Exchange) -> None:
    """R-SEC-10: the kept batch is the encrypted envelope itself (and it lives inside the
    encrypted store): the claim's contact and the planted voter's name are not in it."""
    ctx = exchange.ctx
    member = exchange.desk.ready_session("member1")
    ClaimService(ctx).file(member, claim_type="correction", pin=PLANTED.pin, fields={"last_name": "Маркерова"},
                           contact="+996 777 123 456", passport_checked=True, identified=True)  # fmt: skip
    batch = BatchExport(ctx, exchange.desk.ready_session("secretary")).export(exchange.upbox)
    kept = bytes(ctx.precinct.execute("SELECT envelope FROM sync_export WHERE seq = ?", (batch.seq,)).fetchone()[0])
    assert kept == (exchange.upbox / batch.file_name).read_bytes()
    for secret in ("+996 777 123 456", "Маркерова", PLANTED.pin):
        assert secret.encode() not in kept


def test_a_batch_written_again_after_its_validity_needs_the_tecs_explicit_acceptance(exchange: Exchange) -> None:
    """R-SYN-2: a lost batch found after its 30 days is refused as expired; the TEC may take it
    with a stated reason, which is kept as a finding. Nothing else is relaxed: a forged copy is
    still refused, and a blank reason is no acceptance."""
    ctx, central = exchange.ctx, exchange.central
    number = _claim(exchange, "21204198500456", "+996 555 000 004")
    batches = BatchExport(ctx, exchange.desk.ready_session("secretary"))
    batch = batches.export(exchange.upbox)
    path = exchange.upbox / batch.file_name
    path.unlink()
    exchange.clock.advance(31 * 86400)
    batches = BatchExport(ctx, exchange.desk.ready_session("secretary"))
    batches.resend(1, exchange.upbox)
    with pytest.raises(AppError) as expired:
        central.ingest(path)
    assert expired.value.reason is Reason.EXPIRED
    with pytest.raises(AppError) as blank:
        central.ingest(path, accept_expired="   ")
    assert blank.value.reason is Reason.EXPIRED
    forged = exchange.upbox / "forged.pecenv"
    data = bytearray(path.read_bytes())
    data[-5] ^= 1
    forged.write_bytes(bytes(data))
    with pytest.raises(AppError) as bad:
        central.ingest(forged, accept_expired="TEC decision 12")
    assert bad.value.reason is Reason.SIGNATURE_INVALID
    assert central.claims("1001") == [] and central.findings("1001") == []

    taken = central.ingest(path, accept_expired="the drive was lost in transit; TEC decision 12")
    assert taken.claims == 1 and taken.audit_ok
    assert [c["number"] for c in central.claims("1001")] == [number]
    (finding,) = central.findings("1001")
    assert finding.startswith("accepted after its validity ended (") and "TEC decision 12" in finding
