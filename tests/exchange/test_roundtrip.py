"""The whole exchange, both directions, through the real parts (R-SYN-1, R-SYN-2, R-CLM-4, R-AUD-3)."""

from __future__ import annotations

import json

import pytest

from app.models.records import VoterStatus
from app.models.voter_index import GAP, VoterIndex
from app.services.claims import ClaimService
from app.services.sync_export import BatchExport, sync_status
from app.services.sync_import import EnvelopeImport
from app.services.voters import VoterService
from tests.conftest import PLANTED
from tests.exchange.conftest import Exchange
from tests.search_index import assert_index_whole, indexed_words


def test_package_builds_the_precinct_with_what_central_sent(exchange: Exchange) -> None:
    """R-SYN-1: list, election, calendar, accounts and policy arrive in the signed package."""
    ctx = exchange.ctx
    session = exchange.desk.ready_session("secretary")
    assert ctx.voters.count() == 401
    assert ctx.meta.get("election_id") == "test-2026"
    assert ctx.meta.get("deadline.claims_close") == "15"
    assert ctx.meta.get("idle_minutes") == "5"
    assert {a.login for a in ctx.accounts.all()} == {"chair", "secretary", "member1", "member2", "sysadmin", "auditor"}
    assert ctx.precinct.execute("SELECT count(*) FROM regpoint").fetchone()[0] == 2
    assert ctx.slots.recovery_recipient is not None  # the recovery key came certified in the trust bundle
    assert ctx.pending_keys() is None  # the device keys moved into the precinct store
    found = VoterService(ctx).search(session, "тестова айзада")
    assert [v.full_name for v in found.voters] == ["Тестова Айзада"]
    setup_fp, enroll_fp = exchange.fingerprints
    assert setup_fp == enroll_fp  # both sides print the same fingerprint for a person to compare


def test_the_package_sends_voters_in_kyrgyz_order_so_ids_follow_the_alphabet(exchange: Exchange) -> None:
    """The central tool writes the voters in Kyrgyz order and the precinct writes them as they
    come: voter ids follow the alphabet (one search's results sit on neighbouring pages), their
    places in the search index too, and the index agrees with the rows."""
    conn = exchange.ctx.precinct
    by_id = [r[0] for r in conn.execute("SELECT id FROM voter ORDER BY id")]
    assert by_id == [r[0] for r in conn.execute("SELECT id FROM voter ORDER BY sort_key, pin")]
    assert by_id == list(range(1, 402))
    assert [r[0] for r in conn.execute("SELECT place FROM voter ORDER BY id")] == [i * GAP for i in by_id]
    assert_index_whole(conn)


def test_round_trip_claims_decisions_and_acknowledgement(exchange: Exchange, monkeypatch: pytest.MonkeyPatch) -> None:
    """R-SYN-1, R-CLM-4, R-DATA-7: PEC claims → batch → central decides → update → the PEC corrects
    the voter's data and unblocks (the list stays accurate and is updated when needed). The
    update writes the search index once, at its end (`VoterIndex.batch`)."""
    ctx, central = exchange.ctx, exchange.central
    member = exchange.desk.ready_session("member1")
    claims = ClaimService(ctx)
    fix = claims.file(member, claim_type="correction", pin=PLANTED.pin, fields={"first_name": "Айгерим"},
                      contact="+996 555 000 111", passport_checked=True, identified=True)  # fmt: skip
    missing = claims.file(member, claim_type="missing", pin="21204198500456", fields={"last_name": "Жок"},
                          contact="Ош ш., Курманжан Датка 5", passport_checked=True, identified=True)  # fmt: skip
    planted = ctx.voters.find_pin(PLANTED.pin)
    assert planted is not None and planted.status is VoterStatus.BLOCKED and planted.block_claim == fix

    secretary = exchange.desk.ready_session("secretary")
    batch = BatchExport(ctx, secretary).export(exchange.upbox)
    assert (batch.seq, batch.claims, batch.changes) == (1, 2, 1)
    assert ClaimService(ctx).get(fix).status == "sent"

    got = central.ingest(exchange.upbox / batch.file_name)
    assert (got.claims, got.changes, got.audit_ok) == (2, 1, True), got.problems
    assert got.audit_events == batch.audit_events > 0
    central.decide(fix, True, "паспорт боюнча тастыкталды")
    central.decide(missing, False, "башка участоктун тизмесинде")

    exchange.clock.advance(1800)
    update = central.issue_update("1001", None, exchange.outbox)
    assert (update.decisions, update.acks, update.voters) == (2, 1, 1)
    flushed: list[list[int]] = []
    flush = VoterIndex._flush
    monkeypatch.setattr(
        VoterIndex, "_flush", lambda index, before: [flushed.append(sorted(before)), flush(index, before)]
    )
    summary = EnvelopeImport(ctx, secretary).apply(update.path)
    assert (summary.decisions, summary.acks, summary.changed_voters) == (2, 1, 1)
    assert flushed == [[planted.id]]
    assert_index_whole(ctx.precinct)

    corrected = ctx.voters.find_pin(PLANTED.pin)
    assert corrected is not None and corrected.row.first_name == "Айгерим"
    assert corrected.status is VoterStatus.ACTIVE
    assert ClaimService(ctx).get(fix).decision == "accepted"
    assert ClaimService(ctx).get(missing).decision == "rejected"
    assert sync_status(ctx)["acknowledged"] is True
    assert [v.full_name for v in VoterService(ctx).search(secretary, "тестова айгерим").voters] == ["Тестова Айгерим"]
    assert VoterService(ctx).search(secretary, "тестова айзада").voters == []  # the old name's postings are gone

    # Both sides agree on the list entry and the claims.
    row = central.db.execute("SELECT data FROM list_voter WHERE pin = ?", (PLANTED.pin,)).fetchone()
    assert json.loads(row[0])["first_name"] == "Айгерим"
    assert {c["number"]: c["decision"] for c in central.claims("1001")} == {fix: "accepted", missing: "rejected"}

    # The same files again change nothing; the next batch continues the audit chain.
    again = EnvelopeImport(ctx, secretary).apply(update.path)
    assert again.already_applied
    assert central.ingest(exchange.upbox / batch.file_name).already_applied
    second = BatchExport(ctx, secretary).export(exchange.upbox)
    assert second.seq == 2
    follow = central.ingest(exchange.upbox / second.file_name)
    assert follow.audit_ok, follow.problems
    assert central.findings("1001") == []


def test_rewritten_audit_chain_is_reported_by_central(exchange: Exchange) -> None:
    """R-AUD-3: a PEC log rewritten after a batch was sent does not continue; central reports it."""
    ctx, central = exchange.ctx, exchange.central
    secretary = exchange.desk.ready_session("secretary")
    first = BatchExport(ctx, secretary).export(exchange.upbox)
    assert central.ingest(exchange.upbox / first.file_name).audit_ok
    # Someone with the store key rewrites an exported event and re-hashes the whole chain after it.
    from app.security.audit import event_hash, genesis_hash

    conn = ctx.precinct
    rows = conn.execute("SELECT * FROM device.audit_event ORDER BY seq").fetchall()
    prev = genesis_hash(ctx.device_id)
    conn.execute("BEGIN IMMEDIATE")
    for row in rows:
        content = list(row[:12])
        if content[0] == 2:
            content[9] = "forged"
        content[11] = prev
        prev = event_hash(content)
        conn.execute("UPDATE device.audit_event SET outcome = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                     (content[9], content[11], prev, content[0]))  # fmt: skip
    conn.execute("COMMIT")
    second = BatchExport(ctx, secretary).export(exchange.upbox)
    assert second.alerts >= 1  # the precinct's own rules saw the broken link too (R-AUD-3)
    from app.services.anomalies import AnomalyService

    assert "chain-break" in {a.rule for a in AnomalyService(ctx).alerts(secretary)}
    result = central.ingest(exchange.upbox / second.file_name)
    assert not result.audit_ok
    assert any("does not continue" in p for p in result.problems)
    assert central.findings("1001")


def test_a_drive_that_cannot_be_written_is_a_medium_error_and_nothing_is_marked_sent(exchange: Exchange) -> None:
    """R-SYN-2: an OS error writing the batch (here a directory nobody can write, even root) is
    reported as medium-error; the claims stay unsent and no batch is recorded."""
    from pathlib import Path

    import pytest

    from app.errors import AppError, Reason

    ctx = exchange.ctx
    member = exchange.desk.ready_session("member1")
    number = ClaimService(ctx).file(member, claim_type="address", pin=PLANTED.pin, fields={"address": "Ош ш."},
                                    contact="+996 555 100 001", passport_checked=True, identified=True)  # fmt: skip
    secretary = exchange.desk.ready_session("secretary")
    with pytest.raises(AppError) as failed:
        BatchExport(ctx, secretary).export(Path("/proc/self"))
    assert failed.value.reason is Reason.MEDIUM_ERROR
    assert ClaimService(ctx).get(number).status == "received"
    assert ctx.precinct.execute("SELECT count(*) FROM sync_export").fetchone()[0] == 0
    assert BatchExport(ctx, secretary).export(exchange.upbox).claims == 1


def test_alerts_travel_in_the_batch_and_reach_central(exchange: Exchange) -> None:
    """R-AUD-3: a voter changed by two users raises an alert; the next batch carries it to the central
    side, and the chair's review is recorded (R-AUD-5: documented, reported to management)."""
    ctx, central = exchange.ctx, exchange.central
    from app.services.anomalies import AnomalyService

    member1 = exchange.desk.ready_session("member1")
    number = ClaimService(ctx).file(member1, claim_type="correction", pin=PLANTED.pin, fields={"last_name": "Тест"},
                                    contact="+996 555 000 001", passport_checked=True, identified=True)  # fmt: skip
    voter = ctx.voters.find_pin(PLANTED.pin)
    assert voter is not None
    member2 = exchange.desk.ready_session("member2")
    from app.security.audit import AuditAction

    ctx.voters.set_status(voter.id, VoterStatus.ACTIVE, at="t", login="member2", reason="x")
    ctx.audit.append(member2.actor, AuditAction.VOTER_UNBLOCKED, obj=str(voter.id), details={"claim": number})
    secretary = exchange.desk.ready_session("secretary")
    batch = BatchExport(ctx, secretary).export(exchange.upbox)
    assert batch.alerts >= 1
    listed = AnomalyService(ctx).alerts(secretary)
    assert "voter-changed-repeatedly" in {a.rule for a in listed}
    got = central.ingest(exchange.upbox / batch.file_name)
    assert got.alerts == batch.alerts
    assert "voter-changed-repeatedly" in {a["rule"] for a in central.alerts("1001")}
    AnomalyService(ctx).review(exchange.desk.ready_session("chair"), listed[0].id, "checked with both members")
    assert AnomalyService(ctx).alerts(secretary, unreviewed_only=True) == [a for a in listed[1:] if not a.reviewed_by]


def test_attachments_details_and_informed_status_reach_central(exchange: Exchange) -> None:
    """R-CLM-5, R-CLM-7, R-SYN-1: a disability claim with its passport copy and check result goes to
    the TEC; after the decision the PEC informs the voter, and that goes in the next batch."""
    from app.services.claims import Attachment

    ctx, central = exchange.ctx, exchange.central
    member = exchange.desk.ready_session("member1")
    passport = b"%PDF-1.4\n" + bytes(range(256)) * 400 + b"\n%%EOF\n"  # two parts of 36,000 bytes and more
    number = ClaimService(ctx).file(
        member, claim_type="disability", pin="21204198500456", fields={"last_name": "Садыков", "first_name": "Бек"},
        contact="+996 700 100 001", passport_checked=True, identified=True, contact_check="B",
        attachments=[Attachment("passport.pdf", passport)],
    )  # fmt: skip
    secretary = exchange.desk.ready_session("secretary")
    first = BatchExport(ctx, secretary).export(exchange.upbox)
    assert central.ingest(exchange.upbox / first.file_name).claims == 1
    assert central.attachments(number) == [("passport.pdf", "pdf", passport)]
    detail = central.db.execute("SELECT contact_check FROM claim_detail WHERE number = ?", (number,)).fetchone()
    assert detail == ("B",)
    central.decide(number, True, "тизмеге киргизилет")
    exchange.clock.advance(600)
    EnvelopeImport(ctx, secretary).apply(central.issue_update("1001", None, exchange.outbox).path)
    ClaimService(ctx).mark_informed(member, number, "phone")
    second = BatchExport(ctx, secretary).export(exchange.upbox)
    central.ingest(exchange.upbox / second.file_name)
    assert {c["number"]: c["status"] for c in central.claims("1001")}[number] == "informed"
    third = BatchExport(ctx, secretary).export(exchange.upbox)  # nothing is sent twice
    central.ingest(exchange.upbox / third.file_name)
    assert central.db.execute("SELECT count(*) FROM claim_attachment").fetchone()[0] == 1


def test_an_attachment_that_does_not_add_up_refuses_the_batch(exchange: Exchange) -> None:
    """R-SYN-2: a batch whose attachment parts do not match their declared hash is refused whole."""
    import base64
    import datetime as dt
    import hashlib

    import pytest

    from app.errors import AppError
    from app.sync import EnvelopeWriter, HeaderFields
    from app.sync.payloads import batch_registry
    from app.sync.streams import ZERO_HASH

    ctx, central = exchange.ctx, exchange.central
    exchange.desk.ready_session("secretary")
    signing, _kem = ctx.device_keys()
    now = exchange.clock.now()
    path = exchange.upbox / "1001-batch-000001.pecenv"
    fields = HeaderFields("batch", "test-2026", "1001", 1, ZERO_HASH, now, now + dt.timedelta(days=1))
    data = b"%PDF-1.4 passport"
    with EnvelopeWriter(path, fields, signing_key=signing, recipient_public=central.receiver().public_key(),
                        registry=batch_registry()) as writer:  # fmt: skip
        writer.write_record({"t": "attachment", "claim": "1001-2026-00001", "name": "p.pdf", "kind": "pdf", "part": 1,
                             "parts": 1, "size": len(data), "sha256": hashlib.sha256(b"other").hexdigest(),
                             "data": base64.b64encode(data).decode()})  # fmt: skip
    with pytest.raises(AppError) as refused:
        central.ingest(path)
    assert refused.value.reason.value == "signature-invalid"
    assert central.db.execute("SELECT count(*) FROM claim_attachment").fetchone()[0] == 0
    assert central.db.execute("SELECT count(*) FROM batch").fetchone()[0] == 0


def test_unlawfully_collected_data_is_destroyed_and_the_voter_notified(exchange: Exchange) -> None:
    """R-CLM-4, R-DATA-4: the TEC decides the listed data was collected unlawfully; the update destroys
    the record, its history and its search postings at the precinct; a notice can be printed."""
    import io

    from pypdf import PdfReader

    from app.services.receipts import write_destruction_notice

    ctx, central = exchange.ctx, exchange.central
    member = exchange.desk.ready_session("member1")
    number = ClaimService(ctx).file(member, claim_type="correction", pin=PLANTED.pin, fields={"address": "Ош ш."},
                                    contact="+996 555 770 077", passport_checked=True, identified=True)  # fmt: skip
    secretary = exchange.desk.ready_session("secretary")
    central.ingest(exchange.upbox / BatchExport(ctx, secretary).export(exchange.upbox).file_name)
    central.decide(number, True, "маалымат мыйзамсыз чогултулган", destroy=True)
    exchange.clock.advance(600)
    EnvelopeImport(ctx, secretary).apply(central.issue_update("1001", None, exchange.outbox).path)
    assert ctx.voters.find_pin(PLANTED.pin) is None
    assert VoterService(ctx).search(secretary, "тестова айзада").voters == []
    assert not {word for word in indexed_words(ctx.precinct) if word.startswith("testov")}
    assert central.db.execute("SELECT count(*) FROM list_voter WHERE pin = ?", (PLANTED.pin,)).fetchone()[0] == 0
    out = io.BytesIO()
    assert write_destruction_notice(ctx, member, number, out) >= 1
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages)
    assert number in text and PLANTED.address not in text and PLANTED.pin not in text
    assert "voter.deleted" in [e.action for e in ctx.audit.events()]
