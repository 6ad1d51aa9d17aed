"""Every field of every claim type, fed bad values (issue 11, points 2 and 3; R-CLM-1, R-CLM-2,
R-CLM-7): each comes back as its field-level codes, all of a form's problems at once, and
nothing is stored, nothing blocked, nothing audited as filed. Then the command line: `[malformed]`
and one line per problem, in Kyrgyz and Russian with no English word."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.errors import AppError, Reason
from app.field_messages import field_problem_text
from app.models.fields import by_field, problems_of
from app.models.records import VoterRow, VoterStatus
from app.models.vocabulary import ClaimType, Field
from app.security.audit import AuditAction
from app.security.session import Session
from app.services.claims import Attachment
from tests.claims.conftest import UNLISTED_PIN, file_claim, pdf
from tests.conftest import PLANTED, STRONG, Precinct, make_precinct
from tests.test_cli import ROOT, cli_demo

# The precinct's voting day is 2026-11-29 and its clock stands at 2026-09-01 (Bishkek).
# PLANTED's PIN says: female, born 1990-03-15; UNLISTED_PIN says: male, born 1985-04-12.
PIN_OF = {t: PLANTED.pin if t.blocking else UNLISTED_PIN for t in ClaimType}
OTHER_SEX = {t: "M" if t.blocking else "F" for t in ClaimType}
MISMATCH = ("birth_date", "pin-birth-mismatch")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")

# (case, what is changed in a valid claim: a "fields" dict is merged into the claim's corrections)
GENERIC: list[tuple[str, dict[str, Any], set[tuple[str, str]]]] = [
    ("surname-digits", {"fields": {"last_name": "12345!!"}}, {("last_name", "bad-characters")}),
    ("name-latin", {"fields": {"first_name": "x"}}, {("first_name", "bad-characters")}),
    ("patronymic-long", {"fields": {"patronymic": "А" * 101}}, {("patronymic", "too-long")}),
    ("surname-control", {"fields": {"last_name": "Асанов\u202e"}}, {("last_name", "bad-characters")}),
    ("date-dotted", {"fields": {"birth_date": "31.12.1990"}}, {("birth_date", "not-a-date")}),
    ("date-unreal", {"fields": {"birth_date": "2099-13-45"}}, {("birth_date", "not-a-date")}),
    ("date-future", {"fields": {"birth_date": "2030-05-05"}}, {("birth_date", "in-future"), MISMATCH}),
    ("date-1899", {"fields": {"birth_date": "1899-12-31"}}, {("birth_date", "too-old"), MISMATCH}),
    ("under-age", {"fields": {"birth_date": "2010-05-05"}}, {("birth_date", "under-age"), MISMATCH}),
    ("date-not-pin", {"fields": {"birth_date": "1980-01-01"}}, {MISMATCH}),
    ("sex-zzz", {"fields": {"sex": "zzz"}}, {("sex", "not-allowed")}),
    ("category", {"fields": {"special_category": "vip"}}, {("special_category", "not-allowed")}),
    ("address-long", {"fields": {"address": "Б" * 301}}, {("address", "too-long")}),
    ("address-escape", {"fields": {"address": "\x1b[2J"}}, {("address", "bad-characters")}),
    ("unknown-field", {"fields": {"nonsense": "1"}}, {("fields", "not-allowed")}),
    ("contact-empty", {"contact": "  "}, {("contact", "required")}),
    ("contact-short-phone", {"contact": "12345"}, {("contact", "bad-phone")}),
    ("contact-kg-digits", {"contact": "+996 555 12"}, {("contact", "bad-phone")}),
    ("contact-long", {"contact": "Бишкек " + "Б" * 200}, {("contact", "too-long")}),
    ("contact-email", {"contact": "voter@nowhere"}, {("contact", "bad-characters")}),
    ("pin-short", {"pin": "123"}, {("pin", "pin-invalid")}),
    ("pin-letters", {"pin": "1150319900012x"}, {("pin", "pin-invalid")}),
    ("pin-empty", {"pin": ""}, {("pin", "required")}),
    ("passport", {"passport_checked": False}, {("passport_checked", "not-confirmed")}),
    ("identified", {"identified": False}, {("identified", "not-confirmed")}),
    ("place", {"place": "XYZ"}, {("place", "not-allowed")}),
]

TYPED: list[tuple[ClaimType, str, dict[str, Any], set[tuple[str, str]]]] = [
    (ClaimType.CORRECTION, "nothing", {"fields": {"first_name": " "}}, {("fields", "nothing-requested")}),
    (ClaimType.CORRECTION, "not-listed", {"pin": UNLISTED_PIN}, {("pin", "not-on-list")}),
    (ClaimType.CORRECTION, "institution", {"institution": "Бөлүк"}, {("institution", "not-for-type")}),
    (ClaimType.CORRECTION, "check", {"contact_check": "A"}, {("contact_check", "not-for-type")}),
    (ClaimType.ADDRESS, "no-address", {"fields": {"address": ""}}, {("address", "required")}),
    (ClaimType.MISSING, "no-name", {"fields": {"last_name": ""}}, {("last_name", "required")}),
    (ClaimType.MISSING, "listed", {"pin": PLANTED.pin}, {("pin", "on-list")}),
    (ClaimType.DISABILITY, "no-check", {"contact_check": ""}, {("contact_check", "required")}),
    (ClaimType.DISABILITY, "bad-check", {"contact_check": "Z"}, {("contact_check", "not-allowed")}),
    (ClaimType.DISABILITY, "no-copy", {"attachments": []}, {("attachment", "required")}),
    (ClaimType.INSTITUTION, "no-institution", {"institution": ""}, {("institution", "required")}),
    (ClaimType.INSTITUTION, "long-institution", {"institution": "Ж" * 201}, {("institution", "too-long")}),
]


def _bad_sex(kind: ClaimType) -> dict[str, Any]:
    return {"fields": {"sex": OTHER_SEX[kind]}}


CASES = [
    *[(kind, name, change, expected) for kind in ClaimType for name, change, expected in GENERIC],
    *[(kind, "sex-not-pin", _bad_sex(kind), {("sex", "pin-sex-mismatch")}) for kind in ClaimType],
    *TYPED,
]

THE_ISSUE = {  # the claim of the issue's report, all at once
    "fields": {"last_name": "12345!!", "first_name": "x", "birth_date": "2099-13-45", "sex": "zzz",
               "address": "Б" * 301},
    "contact": "12345",
}  # fmt: skip


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory, sample_voters: list[VoterRow]) -> Iterator[tuple[Precinct, Session]]:
    precinct = make_precinct(tmp_path_factory.mktemp("rules") / "data", sample_voters)
    yield precinct, precinct.ready_session("member1")
    precinct.ctx.close()
    precinct.ctx.secrets.delete(precinct.ctx.device_id)


def _default_fields(kind: ClaimType) -> dict[str, str]:
    return {
        ClaimType.CORRECTION: {"first_name": "Айгерим"}, ClaimType.ADDRESS: {"address": "Бишкек ш., Жаңы көчө 5"},
        ClaimType.MISSING: {"last_name": "Өмүрбекова"}, ClaimType.DISABILITY: {"last_name": "Ңаматова"},
        ClaimType.INSTITUTION: {"last_name": "Асанов"},
    }[kind]  # fmt: skip


def _refused(desk: tuple[Precinct, Session], kind: ClaimType, change: dict[str, Any]) -> set[tuple[str, str]]:
    """Files the changed claim; it must be refused field by field and leave no trace."""
    precinct, member = desk
    ctx = precinct.ctx
    given = dict(change)
    if "fields" in given:
        given["fields"] = {**_default_fields(kind), **given["fields"]}
    claims_before = ctx.precinct.execute("SELECT count(*) FROM claim").fetchone()[0]
    audit_before = ctx.audit.head()[0]
    with pytest.raises(AppError) as refused:
        file_claim(ctx, member, claim_type=kind.value, **given)
    assert refused.value.reason is Reason.MALFORMED
    assert ctx.precinct.execute("SELECT count(*) FROM claim").fetchone()[0] == claims_before
    voter = ctx.voters.find_pin(PLANTED.pin)
    assert voter is not None and voter.status is VoterStatus.ACTIVE
    filed = [e for e in ctx.audit.events(after=audit_before) if e.action == AuditAction.CLAIM_FILED.value]
    assert filed == []
    problems = problems_of(refused.value)
    for lang in ("ky", "ru"):
        for problem in problems:
            assert not LATIN_WORD.search(field_problem_text(problem, lang)), (problem, lang)
    return {(p.field.value, p.problem.value) for p in problems}


@pytest.mark.parametrize(("kind", "name", "change", "expected"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_every_field_of_every_claim_type_is_refused_with_its_code(
    desk: tuple[Precinct, Session], kind: ClaimType, name: str, change: dict[str, Any], expected: set[tuple[str, str]]
) -> None:
    """Issue 11 point 3 (R-CLM-1, R-CLM-2, R-CLM-7): the field-level codes of one bad value."""
    if kind is ClaimType.DISABILITY and "attachments" not in change:
        change = {**change, "attachments": [Attachment("passport.pdf", pdf())]}
    assert _refused(desk, kind, change) == expected, name


@pytest.mark.parametrize("kind", list(ClaimType))
def test_a_form_reports_all_its_problems_at_once(desk: tuple[Precinct, Session], kind: ClaimType) -> None:
    """Issue 11 (reproduction 1): the surname `12345!!`, the name `x`, the date `2099-13-45`, the sex
    `zzz`, a 301-letter address and a contact that is no phone number come back together, each
    tied to its field, as the window marks them."""
    found = _refused(desk, kind, THE_ISSUE)
    assert {("last_name", "bad-characters"), ("first_name", "bad-characters"), ("birth_date", "not-a-date"),
            ("sex", "not-allowed"), ("address", "too-long"), ("contact", "bad-phone")} <= found  # fmt: skip


def test_the_window_gets_the_problems_by_field(desk: tuple[Precinct, Session]) -> None:
    precinct, member = desk
    with pytest.raises(AppError) as refused:
        file_claim(precinct.ctx, member, fields={"birth_date": "2030-05-05"}, contact="12345")
    marked = by_field(problems_of(refused.value))
    assert list(marked) == [Field.BIRTH_DATE, Field.CONTACT]
    assert [p.problem.value for p in marked[Field.BIRTH_DATE]] == ["pin-birth-mismatch", "in-future"]


GOOD_CONTACTS = ["+996 555 123 456", "0555 123 456", "0555-12-34-56", "(0312) 62-12-34", "+7 (912) 345-67-89",
                 "Бишкек ш., Чүй пр. 114, 5-кв.", "voter@example.kg"]  # fmt: skip


@pytest.mark.parametrize("contact", GOOD_CONTACTS)
def test_good_contacts_are_taken(desk: tuple[Precinct, Session], contact: str) -> None:
    precinct, member = desk
    assert file_claim(precinct.ctx, member, claim_type="missing", contact=contact)


@pytest.fixture(scope="module")
def cli_desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("rules-cli")
    data, _users = cli_demo(base, 30, seed=5, ready=("member1",))
    return data, base


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_command_line_prints_one_line_per_problem_without_english(cli_desk: tuple[Path, Path], lang: str) -> None:
    """Issue 11 point 2: `claims add` with the issue's values: `[malformed]`, then one line per problem
    in the user's language, with no English word and no requirement id."""
    data, base = cli_desk
    args = ["claims", "add", "--type", "missing", "--voter", UNLISTED_PIN, "--set", "last_name=12345!!",
            "--set", "first_name=x", "--set", "birth_date=2099-13-45", "--set", "sex=zzz",
            "--set", "address=" + "Б" * 301, "--contact", "12345", "--passport-checked", "--identified",
            "--receipt", str(base / f"{lang}.pdf"), "--user", "member1", "--password-stdin"]  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "app.cli.desk", "--data-dir", str(data), *args], input=STRONG + "\n",
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False, env={**os.environ, "PEC_DESK_LANG": lang},
    )  # fmt: skip
    lines = done.stderr.rstrip("\n").split("\n")
    assert done.returncode == 1 and lines[0].startswith("[malformed] "), done.stderr
    assert len(lines) == 1 + 6 and all(line.startswith("- ") for line in lines[1:]), lines
    assert not LATIN_WORD.search(done.stderr.removeprefix("[malformed]")), done.stderr
    assert not (base / f"{lang}.pdf").exists()
