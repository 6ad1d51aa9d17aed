"""Blocking while a claim is checked (R-CLM-4): blocked on intake, still findable, not changeable
locally, and unblocked by each kind of decision arriving from the central system; every state
change audited."""

from __future__ import annotations

import pytest

from app.errors import AppError, Reason
from app.models.records import VoterStatus
from app.security.audit import AuditAction
from app.services.claims import ClaimService, require_changeable
from app.services.sync_export import BatchExport
from app.services.sync_import import EnvelopeImport
from app.services.voters import VoterService
from tests.claims.conftest import file_claim
from tests.conftest import PLANTED
from tests.exchange.conftest import Exchange


def _decide(exchange: Exchange, decisions: dict[str, tuple[bool, str]]) -> None:
    """The batch to central, the TEC's decisions, the update back and its import."""
    secretary = exchange.desk.ready_session("secretary")
    batch = BatchExport(exchange.ctx, secretary).export(exchange.upbox)
    exchange.central.ingest(exchange.upbox / batch.file_name)
    for number, (accept, reason) in decisions.items():
        exchange.central.decide(number, accept, reason)
    exchange.clock.advance(600)
    update = exchange.central.issue_update("1001", None, exchange.outbox)
    EnvelopeImport(exchange.ctx, secretary).apply(update.path)


def _actions(exchange: Exchange) -> list[tuple[str, str]]:
    return [(e.action, e.object) for e in exchange.ctx.audit.events(after=0)]


def test_blocked_on_intake_findable_and_not_changeable(exchange: Exchange) -> None:
    """R-CLM-4: the record is blocked, still found (shown as blocked), and refuses a change."""
    ctx = exchange.ctx
    member = exchange.desk.ready_session("member1")
    number = file_claim(ctx, member)
    voter = ctx.voters.find_pin(PLANTED.pin)
    assert voter is not None and voter.status is VoterStatus.BLOCKED and voter.block_claim == number
    found = VoterService(ctx).search(member, "тестова айзада").voters
    assert [(v.full_name, v.status) for v in found] == [("Тестова Айзада", VoterStatus.BLOCKED)]
    with pytest.raises(AppError) as err:
        require_changeable(voter)
    assert (err.value.reason, err.value.params["claim"]) == (Reason.VOTER_BLOCKED, number)
    for kind in ("correction", "address"):  # a second claim that would change the record waits
        with pytest.raises(AppError) as err:
            file_claim(ctx, member, claim_type=kind)
        assert err.value.reason is Reason.VOTER_BLOCKED
    assert (AuditAction.VOTER_BLOCKED.value, str(voter.id)) in _actions(exchange)


def test_accepted_corrects_and_unblocks_rejected_unblocks_unchanged(exchange: Exchange) -> None:
    """R-CLM-4: confirmed → corrected and unblocked; found right → unblocked at once, unchanged;
    a decision on a claim that blocked nobody changes no record."""
    ctx = exchange.ctx
    member = exchange.desk.ready_session("member1")
    accepted = file_claim(ctx, member, fields={"first_name": "Айгерим"})
    others = [v for v in exchange.desk.ctx.voters.search("а", 50).voters if v.full_name != "Тестова Айзада"]
    other = ctx.voters.get(others[0].id)
    rejected = file_claim(ctx, member, claim_type="address", pin=other.row.pin)
    missing = file_claim(ctx, member, claim_type="missing")
    assert ctx.voters.get(other.id).status is VoterStatus.BLOCKED
    _decide(exchange, {accepted: (True, "паспорт боюнча"), rejected: (False, "дареги туура"),
                       missing: (False, "башка тизмеде")})  # fmt: skip

    planted = ctx.voters.find_pin(PLANTED.pin)
    assert planted is not None and planted.status is VoterStatus.ACTIVE and planted.row.first_name == "Айгерим"
    again = ctx.voters.get(other.id)
    assert again.status is VoterStatus.ACTIVE and again.row == other.row
    service = ClaimService(ctx)
    assert [(service.get(n).status, service.get(n).decision) for n in (accepted, rejected, missing)] == [
        ("decided", "accepted"), ("decided", "rejected"), ("decided", "rejected")]  # fmt: skip
    actions = _actions(exchange)
    for voter_id in (planted.id, other.id):
        assert (AuditAction.VOTER_UNBLOCKED.value, str(voter_id)) in actions
    assert {o for a, o in actions if a == AuditAction.CLAIM_DECIDED.value} == {accepted, rejected, missing}
    require_changeable(planted)  # no longer refused
    assert file_claim(ctx, member, fields={"patronymic": "Асановна"})  # a new claim may be filed now
