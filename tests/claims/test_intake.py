"""Claim intake: the deadlines (R-CAL-1, R-CLM-8) at their boundaries, what each type needs
(R-CLM-1, R-CLM-2, R-CLM-3, R-CLM-6, R-CLM-7) and what is recorded."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import AppError, Reason
from app.messages import explain
from app.models.fields import problems_of
from app.models.records import VoterStatus
from app.security.audit import AuditAction
from app.services.claims import Attachment, ClaimService
from tests.claims.conftest import UNLISTED_PIN, at_bishkek, file_claim, pdf
from tests.conftest import PLANTED, Precinct

# The fixture's voting day is 2026-11-29: claims close on 2026-11-14, institution forms on 2026-11-17.


def _claims(precinct: Precinct) -> int:
    return int(precinct.ctx.precinct.execute("SELECT count(*) FROM claim").fetchone()[0])


def test_claims_are_taken_on_the_last_day_and_refused_the_next(precinct: Precinct) -> None:
    """R-CLM-8, R-CAL-1: up to 15 days before voting day, the whole Bishkek day included."""
    ctx = precinct.ctx
    member = precinct.ready_session("member1")
    kinds = ("correction", "missing", "address", "disability")
    at_bishkek(precinct.clock, "2026-11-14 23:59:58")
    for kind in kinds:
        assert file_claim(ctx, member, claim_type=kind)
        voter = ctx.voters.find_pin(PLANTED.pin)
        assert voter is not None
        ctx.voters.set_status(voter.id, VoterStatus.ACTIVE, at="t", login="test", reason="test")  # next one may block
    precinct.clock.advance(2)  # 2026-11-15 00:00:00 in Bishkek, still 2026-11-14 18:00 in UTC
    for kind in kinds:
        with pytest.raises(AppError) as err:
            file_claim(ctx, member, claim_type=kind)
        assert err.value.reason is Reason.DEADLINE_PASSED, kind
        assert err.value.params["date"] == "2026-11-14"
        assert "2026-11-14" in explain(err.value, "en")
    assert _claims(precinct) == len(kinds)  # nothing stored


def test_institution_forms_have_their_own_later_deadline(precinct: Precinct) -> None:
    """R-CLM-8: forms from heads of institutions up to 12 days before voting day."""
    member = precinct.ready_session("member1")
    at_bishkek(precinct.clock, "2026-11-16 10:00:00")
    with pytest.raises(AppError) as err:
        file_claim(precinct.ctx, member, claim_type="correction")
    assert (err.value.reason, err.value.params["date"]) == (Reason.DEADLINE_PASSED, "2026-11-14")
    assert file_claim(precinct.ctx, member, claim_type="institution")
    at_bishkek(precinct.clock, "2026-11-17 23:59:59")
    assert file_claim(precinct.ctx, member, claim_type="institution")
    precinct.clock.advance(1)
    with pytest.raises(AppError) as err:
        file_claim(precinct.ctx, member, claim_type="institution")
    assert (err.value.reason, err.value.params["date"]) == (Reason.DEADLINE_PASSED, "2026-11-17")


def test_the_package_deadlines_apply(precinct: Precinct) -> None:
    """R-CAL-1: the calendar comes from the package's settings, not from constants."""
    member = precinct.ready_session("member1")
    precinct.ctx.meta.set("deadline.claims_close", "20")  # 2026-11-09
    at_bishkek(precinct.clock, "2026-11-10 09:00:00")
    with pytest.raises(AppError) as err:
        file_claim(precinct.ctx, member)
    assert err.value.params["date"] == "2026-11-09"


def test_what_is_recorded(precinct: Precinct) -> None:
    """R-CLM-3: exact time, place, the member, the fields asked for, the contact; audited."""
    ctx = precinct.ctx
    member = precinct.ready_session("member1")
    precinct.clock.advance(3661.25)
    number = file_claim(ctx, member, fields={"first_name": " Айгерим ", "birth_date": "1990-03-15"}, place="TEC")
    claim = ClaimService(ctx).get(number)
    assert number == "1001-2026-00001"
    assert claim.filed_at == "2026-09-01T10:01:01.250000+00:00"
    assert (claim.place, claim.filed_by, claim.status, claim.type) == ("TEC", "member1", "received", "correction")
    assert claim.fields == {"first_name": "Айгерим", "birth_date": "1990-03-15"}
    assert claim.contact == "+996 555 000 111"
    assert file_claim(ctx, member, claim_type="missing") == "1001-2026-00002"
    events = [e for e in ctx.audit.events(after=0) if e.action == AuditAction.CLAIM_FILED]
    assert [e.object for e in events] == [number, "1001-2026-00002"]
    assert PLANTED.pin not in str([e.details for e in events])  # the log names no voter


REFUSED: list[tuple[dict[str, object], tuple[str, str]]] = [  # what is changed → a field-level code
    ({"passport_checked": False}, ("passport_checked", "not-confirmed")),
    ({"identified": False}, ("identified", "not-confirmed")),
    ({"contact": "  "}, ("contact", "required")),
    ({"fields": {}}, ("fields", "nothing-requested")),
    ({"fields": {"pin": "1"}}, ("fields", "not-allowed")),
    ({"place": "home"}, ("place", "not-allowed")),
    ({"claim_type": "address", "fields": {"first_name": "А"}}, ("address", "required")),
    ({"claim_type": "missing", "pin": PLANTED.pin}, ("pin", "on-list")),
    ({"claim_type": "missing", "pin": "12345678901234"}, ("pin", "pin-invalid")),
    ({"claim_type": "missing", "fields": {"first_name": "А"}}, ("last_name", "required")),
    ({"claim_type": "disability", "contact_check": ""}, ("contact_check", "required")),
    ({"claim_type": "disability", "contact_check": "C"}, ("contact_check", "not-allowed")),
    ({"claim_type": "disability", "attachments": []}, ("attachment", "required")),
    ({"claim_type": "institution", "institution": " "}, ("institution", "required")),
    ({"claim_type": "correction", "institution": "Завод"}, ("institution", "not-for-type")),
    ({"claim_type": "correction", "contact_check": "A"}, ("contact_check", "not-for-type")),
    ({"claim_type": "correction", "pin": UNLISTED_PIN}, ("pin", "not-on-list")),
]


def test_each_type_requires_its_data(precinct: Precinct) -> None:
    """R-CLM-2, R-CLM-6, R-CLM-7: the confirmations, and each type's own required data."""
    member = precinct.ready_session("member1")
    for given, code in REFUSED:
        with pytest.raises(AppError) as err:
            file_claim(precinct.ctx, member, **given)
        assert err.value.reason is Reason.MALFORMED, given
        assert code in {(p.field.value, p.problem.value) for p in problems_of(err.value)}, given
    assert _claims(precinct) == 0


def test_disability_and_institution_keep_their_details(precinct: Precinct) -> None:
    """R-CLM-7: the contact-centre check (A/B) and the passport copy; institution forms name the institution."""
    ctx = precinct.ctx
    member = precinct.ready_session("member1")
    service = ClaimService(ctx)
    a = file_claim(ctx, member, claim_type="disability", contact_check="A",
                   attachments=[Attachment("C:\\scans\\паспорт.pdf", pdf("passport"))])  # fmt: skip
    claim = service.get(a)
    assert claim.contact_check == "A"
    assert [(x.name, x.kind) for x in claim.attachments] == [("паспорт.pdf", "pdf")]
    b = file_claim(ctx, member, claim_type="institution", institution="«Ак-Түз» ишканасы")
    assert service.get(b).institution == "«Ак-Түз» ишканасы"
    assert ctx.voters.find_pin(PLANTED.pin).status is VoterStatus.ACTIVE  # type: ignore[union-attr]


def test_only_roles_that_take_claims_may(precinct: Precinct) -> None:
    """R-SEC-4: the administrator and the auditor take no claims."""
    for login in ("sysadmin", "auditor"):
        session = precinct.ready_session(login)
        with pytest.raises(AppError) as err:
            file_claim(precinct.ctx, session)
        assert err.value.reason is Reason.NOT_PERMITTED


def test_the_dashboard_stage(precinct: Precinct) -> None:
    """R-CAL-1: the current stage and the days left, from the clock in Bishkek."""
    stage = ClaimService(precinct.ctx).stage()
    assert stage.today == dt.date(2026, 9, 1) and stage.next is not None
    assert stage.next.name == "preliminary_on_portal" and stage.days_left == 9
