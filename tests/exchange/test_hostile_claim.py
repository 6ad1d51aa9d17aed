"""A hostile claim cannot stop a precinct's exchange (issue 11, point 4; R-SYN-1, R-SYN-2, R-CLM-5).

Before: a claim asking `sex=zzz` went through ingest and `decide --accept`, and `issue-update`
refused the whole precinct (`[malformed] record 2: field 'sex' longer than 1 characters`). Now
central checks every claim of a batch with the precinct's claim rules: a bad one is held back
with its field problems (read with `pec-central findings`, in the reader's language), the rest
is applied, and the update is issued and imported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.central import main as central_main
from app.clock import iso
from app.models.records import VoterRow, VoterStatus
from app.services.claims import ClaimService
from app.services.sync_export import BatchExport
from app.services.sync_import import EnvelopeImport
from tests.claims.conftest import UNLISTED_PIN
from tests.conftest import PLANTED
from tests.exchange.conftest import Exchange, build_exchange, close_exchange

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def small(tmp_path: Path, sample_voters: list[VoterRow]) -> Iterator[Exchange]:
    ex = build_exchange(tmp_path, sample_voters[:40])
    yield ex
    close_exchange(ex)


def _inject(ex: Exchange, number: str, kind: str, pin: str, *, fields: dict[str, str], contact: str) -> None:
    """A claim written straight into the precinct's store, as a modified (or older, laxer) PEC
    would: no rule of `ClaimService.file` is applied."""
    ex.ctx.precinct.execute(
        "INSERT INTO claim (number, type, pin, fields, contact, filed_at, filed_by, place, institution,"
        " contact_check) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (number, kind, pin, json.dumps(fields, ensure_ascii=False), contact, iso(ex.clock.now()), "member1", "PEC",
         "", ""),
    )  # fmt: skip


def test_a_hostile_claim_is_held_back_and_the_update_still_goes_out(
    small: Exchange, sample_voters: list[VoterRow], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11 acceptance: ingest → decide → issue-update with a hostile claim in the batch still
    issues the update, and the precinct imports it."""
    ctx, central = small.ctx, small.central
    member = small.desk.ready_session("member1")
    good = ClaimService(ctx).file(member, claim_type="correction", pin=PLANTED.pin, fields={"first_name": "Айгерим"},
                                  contact="+996 555 000 111", passport_checked=True, identified=True)  # fmt: skip
    other = sample_voters[5]
    _inject(
        small,
        "1001-2026-90001",
        "correction",
        other.pin,
        fields={"sex": "zzz", "birth_date": "2099-13-45"},
        contact="12345",
    )
    _inject(
        small,
        "1001-2026-90002",
        "missing",
        UNLISTED_PIN,
        fields={"last_name": "12345!!", "birth_date": "2030-05-05"},
        contact="Б" * 300,
    )
    secretary = small.desk.ready_session("secretary")
    batch = BatchExport(ctx, secretary).export(small.upbox)
    assert batch.claims == 3

    got = central.ingest(small.upbox / batch.file_name)
    assert (got.claims, got.audit_ok) == (1, True)
    held = {q.number: {(p.field.value, p.problem.value) for p in q.problems} for q in central.quarantined("1001")}
    assert held == {
        "1001-2026-90001": {("sex", "not-allowed"), ("birth_date", "not-a-date"), ("contact", "bad-phone")},
        "1001-2026-90002": {("last_name", "bad-characters"), ("birth_date", "in-future"),
                            ("birth_date", "pin-birth-mismatch"), ("contact", "too-long")},
    }  # fmt: skip
    assert [c["number"] for c in central.claims("1001")] == [good]

    central.decide(good, True, "паспорт боюнча тастыкталды")
    small.clock.advance(1800)
    update = central.issue_update("1001", None, small.outbox)
    assert (update.decisions, update.voters, update.held_back) == (1, 1, [])
    summary = EnvelopeImport(ctx, secretary).apply(update.path)
    assert (summary.decisions, summary.changed_voters) == (1, 1)
    corrected = ctx.voters.find_pin(PLANTED.pin)
    assert corrected is not None and corrected.row.first_name == "Айгерим" and corrected.status is VoterStatus.ACTIVE

    monkeypatch.setenv("PEC_DESK_LANG", "ru")
    assert central_main(["--data-dir", str(central.root), "findings", "--precinct", "1001"]) == 0
    out = capsys.readouterr().out
    assert "Заявление 1001-2026-90001 задержано" in out and "- Пол: не из допустимых значений" in out
    assert not LATIN_WORD.search(out), out


def test_an_accepted_correction_that_would_break_the_record_is_not_merged(small: Exchange) -> None:
    """Defence in depth (R-SYN-1): an accepted claim whose corrections (altered here in the central
    store itself) would make an invalid voter record goes out as a decision only, the TEC finds
    why, and the precinct imports the update (the voter unblocked, the record unchanged)."""
    ctx, central = small.ctx, small.central
    member = small.desk.ready_session("member1")
    number = ClaimService(ctx).file(member, claim_type="correction", pin=PLANTED.pin, fields={"first_name": "Айгерим"},
                                    contact="+996 555 000 111", passport_checked=True, identified=True)  # fmt: skip
    secretary = small.desk.ready_session("secretary")
    batch = BatchExport(ctx, secretary).export(small.upbox)
    assert central.ingest(small.upbox / batch.file_name).claims == 1
    central.db.execute("UPDATE claim SET fields = ? WHERE number = ?", (json.dumps({"sex": "zzz"}), number))
    central.decide(number, True, "ок")
    small.clock.advance(1800)
    update = central.issue_update("1001", None, small.outbox)
    assert (update.decisions, update.voters, update.held_back) == (1, 0, [number])
    assert any(number in f and "sex:not-allowed" in f for f in central.findings("1001"))
    EnvelopeImport(ctx, secretary).apply(update.path)
    voter = ctx.voters.find_pin(PLANTED.pin)
    assert voter is not None and voter.status is VoterStatus.ACTIVE and voter.row == PLANTED
