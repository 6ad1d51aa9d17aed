"""The window gets a voter's PIN only through `VoterService.pin`: checked against the permission
table and audited as a view of a confidential field, by record id, never the PIN (R-DATA-3, R-AUD-1)."""

from __future__ import annotations

import json

import pytest

from app.errors import AppError, Reason
from app.security.audit import AuditAction
from app.services.voters import VoterService
from tests.conftest import PLANTED, Precinct


def _planted_id(precinct: Precinct) -> int:
    voter = precinct.ctx.voters.find_pin(PLANTED.pin)
    assert voter is not None
    return voter.id


def test_a_member_reads_the_pin_and_the_view_is_audited(precinct: Precinct) -> None:
    """R-DATA-3, R-AUD-1: the PIN is confidential; reading it leaves an event naming the record."""
    voter_id = _planted_id(precinct)
    pin = VoterService(precinct.ctx).pin(precinct.ready_session("member1"), voter_id)
    assert pin == PLANTED.pin
    event = precinct.ctx.audit.events(newest_first=True, limit=1)[0]
    assert event.action == AuditAction.VIEW_CONFIDENTIAL.value
    assert (event.login, event.object, json.loads(event.details)) == ("member1", str(voter_id), {"what": "pin"})
    assert PLANTED.pin not in event.details


def test_a_role_without_the_permission_is_refused_and_that_is_audited(precinct: Precinct) -> None:
    """R-SEC-4: the auditor reads logs only; asking for a PIN is refused and recorded."""
    voter_id = _planted_id(precinct)
    with pytest.raises(AppError) as refused:
        VoterService(precinct.ctx).pin(precinct.ready_session("auditor"), voter_id)
    assert refused.value.reason is Reason.NOT_PERMITTED
    event = precinct.ctx.audit.events(newest_first=True, limit=1)[0]
    assert event.action == AuditAction.PERMISSION_DENIED.value
