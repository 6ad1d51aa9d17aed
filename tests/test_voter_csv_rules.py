"""The voter CSV and the package's voter records follow the same field rules as a claim's
corrections (issue 11, point 3; R-DATA-7, R-CAL-1): every problem of a line with its field-level
code, the first bad lines reported with how many more, and the age rule (18 on voting day, no
birth date in the future) at `issue-package` and at the precinct's import."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from app.central.service import Central
from app.cli.demo_precinct import DEMO_ACCOUNTS
from app.errors import AppError, Reason
from app.messages import explain
from app.models.field_rules import Days
from app.models.fields import problems_of
from app.models.pin import make_pin
from app.models.records import VoterRow
from app.models.synthetic import generate_voters, write_voters_csv
from app.models.voter_csv import REPORTED_LINES, VoterCsvError, read_voters_csv
from app.services.context import DeskContext
from app.services.setup import set_up_device
from app.services.sync_import import EnvelopeImport
from tests.conftest import PLANTED
from tests.exchange.conftest import ELECTION

DAYS = Days(dt.date(2026, 9, 1), ELECTION.voting_day)  # voting day 2026-11-29
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
MISMATCH = ("birth_date", "pin-birth-mismatch")
USERS = "login,full_name,role\nadmin,Токтогулов Эрмек,sysadmin\n"

# PLANTED with one field changed → the codes of that line (PLANTED: female, born 1990-03-15)
ROWS: list[tuple[str, dict[str, str], set[tuple[str, str]]]] = [
    ("pin-short", {"pin": "123"}, {("pin", "pin-invalid")}),
    ("pin-empty", {"pin": ""}, {("pin", "required")}),
    ("surname-empty", {"last_name": ""}, {("last_name", "required")}),
    ("surname-digits", {"last_name": "12345!!"}, {("last_name", "bad-characters")}),
    ("surname-long", {"last_name": "А" * 101}, {("last_name", "too-long")}),
    ("name-latin", {"first_name": "John"}, {("first_name", "bad-characters")}),
    ("patronymic-latin", {"patronymic": "x"}, {("patronymic", "bad-characters")}),
    ("date-empty", {"birth_date": ""}, {("birth_date", "required")}),
    ("date-dotted", {"birth_date": "31.12.1990"}, {("birth_date", "not-a-date")}),
    ("date-unreal", {"birth_date": "2099-13-45"}, {("birth_date", "not-a-date")}),
    ("date-future", {"birth_date": "2030-05-05"}, {("birth_date", "in-future"), MISMATCH}),
    ("date-1899", {"birth_date": "1899-12-31"}, {("birth_date", "too-old"), MISMATCH}),
    ("under-age", {"birth_date": "2010-05-05"}, {("birth_date", "under-age"), MISMATCH}),
    ("date-not-pin", {"birth_date": "1980-01-01"}, {MISMATCH}),
    ("sex-empty", {"sex": ""}, {("sex", "required")}),
    ("sex-zzz", {"sex": "zzz"}, {("sex", "not-allowed")}),
    ("sex-not-pin", {"sex": "M"}, {("sex", "pin-sex-mismatch")}),
    ("address-empty", {"address": ""}, {("address", "required")}),
    ("address-long", {"address": "Б" * 301}, {("address", "too-long")}),
    ("address-escape", {"address": "Бишкек\x1b]0;x\x07"}, {("address", "bad-characters")}),
    ("precinct-empty", {"precinct": ""}, {("precinct", "required")}),
    ("category", {"special_category": "vip"}, {("special_category", "not-allowed")}),
]


def _csv(path: Path, rows: list[VoterRow]) -> Path:
    write_voters_csv(rows, path)
    return path


def _bad(index: int, change: dict[str, str]) -> VoterRow:
    """PLANTED changed, with a PIN of its own (serial `index`) unless the PIN is the change."""
    return dataclasses.replace(PLANTED, **{"pin": PLANTED.pin[:9] + f"{index + 200:05d}", **change})


def test_every_field_of_a_row_is_refused_with_its_code(tmp_path: Path) -> None:
    """R-DATA-7: one bad line per case (after a good first line); each line's codes exactly."""
    rows = [PLANTED, *(_bad(i, change) for i, (_n, change, _e) in enumerate(ROWS[:REPORTED_LINES]))]
    with pytest.raises(VoterCsvError) as refused:
        read_voters_csv(_csv(tmp_path / "тизме.csv", rows), DAYS)
    got = {e.line: {(p.field.value, p.problem.value) for p in e.problems} for e in refused.value.errors}
    assert got == {i + 3: expected for i, (_n, _c, expected) in enumerate(ROWS[:REPORTED_LINES])}


def test_the_rest_of_the_cases_and_a_duplicate(tmp_path: Path) -> None:
    rest = ROWS[REPORTED_LINES:]
    rows = [PLANTED, *(_bad(i, change) for i, (_n, change, _e) in enumerate(rest)), PLANTED]
    with pytest.raises(VoterCsvError) as refused:
        read_voters_csv(_csv(tmp_path / "тизме.csv", rows), DAYS)
    got = {e.line: {(p.field.value, p.problem.value) for p in e.problems} for e in refused.value.errors}
    expected = {i + 3: codes for i, (_n, _c, codes) in enumerate(rest)}
    assert got == {**expected, len(rows) + 1: {("pin", "duplicate")}}
    assert refused.value.errors[-1].problems[0].params == {"line": 2}


def test_the_first_bad_lines_are_reported_and_the_rest_counted(tmp_path: Path) -> None:
    """A file of 30 bad lines names the first 20 with every problem and says 10 more, in ky and
    ru with no English word."""
    rows = [_bad(i, {"last_name": "x", "birth_date": "2099-13-45"}) for i in range(30)]
    with pytest.raises(VoterCsvError) as refused:
        read_voters_csv(_csv(tmp_path / "тизме.csv", rows), DAYS)
    assert [e.line for e in refused.value.errors] == list(range(2, 2 + REPORTED_LINES))
    assert refused.value.more == 30 - REPORTED_LINES
    error = refused.value.app_error("тизме.csv")
    assert error.reason is Reason.MALFORMED and len(problems_of(error)) == 2 * REPORTED_LINES
    for lang in ("ky", "ru"):
        text = explain(error, lang)
        assert not LATIN_WORD.search(text.replace("тизме.csv", "")), text  # the file name is data
        assert text.count("\n") == 1 + REPORTED_LINES * 3 and "10" in text.splitlines()[-1]


def test_issue_package_refuses_minors_and_the_unborn(tmp_path: Path) -> None:
    """R-CAL-1 age rule at `issue-package`: a voter 17 on voting day and one born in the future are
    refused with their lines, and no envelope is written."""
    central = Central(tmp_path / "central")
    central.init()
    minor = _voter("2008-11-30", 1)  # 18 on 2026-11-30, the day after voting day
    unborn = _voter("2099-01-01", 2)
    voters = _csv(tmp_path / "тизме.csv", [PLANTED, minor, unborn, *generate_voters(3, seed=4)])
    users = tmp_path / "users.csv"
    users.write_text(USERS)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(AppError) as refused:
        central.issue_package("1001", voters, users, ELECTION, out)
    lines = refused.value.params["lines"]
    assert [(e.line, {p.problem.value for p in e.problems}) for e in lines] == [(3, {"under-age"}), (4, {"in-future"})]
    assert list(out.iterdir()) == []
    central.close()


def _voter(born: str, serial: int) -> VoterRow:
    """PLANTED born on `born`, with a PIN that says so."""
    return dataclasses.replace(PLANTED, pin=make_pin("F", dt.date.fromisoformat(born), serial), birth_date=born)


def test_the_precinct_refuses_a_package_with_a_minor(tmp_path: Path) -> None:
    """R-CAL-1 age rule at the precinct's import: a package (made without the CSV rules) carrying a
    voter 17 on the package's voting day is refused with the field's code; nothing is set up."""
    central = Central(tmp_path / "central")
    central.init()
    ctx = DeskContext(tmp_path / "data")
    try:
        setup = set_up_device(ctx, "1001", test_root=central.root_key().public_key().public_bytes_raw())
        central.enroll(setup.request)
        minor = _voter("2008-11-30", 1)
        issued = central.issue_package_rows("1001", [PLANTED, minor], list(DEMO_ACCOUNTS), ELECTION, tmp_path)
        with pytest.raises(AppError) as refused:
            EnvelopeImport(ctx, None).apply(issued.path)
        assert {(p.field.value, p.problem.value) for p in problems_of(refused.value)} == {("birth_date", "under-age")}
        assert not ctx.has_precinct()
    finally:
        central.close()
        ctx.close()
        ctx.secrets.delete(ctx.device_id)
