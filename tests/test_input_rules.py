"""The smaller holes of issue 10 (reproduction 9) in what comes in as CSV or as an account:
control and bidi characters, system logins, lines of encoding errors, an empty voters file
(R-SEC-11 input control, R-DATA-7, R-AUD-3)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from app.central.service import Central, read_users_csv
from app.cli.demo_precinct import DEMO_ACCOUNTS
from app.errors import AppError, Defect, Reason
from app.models.records import VoterRow
from app.models.synthetic import generate_voters, write_voters_csv
from app.models.vocabulary import Role
from app.models.voter_csv import VoterCsvError, read_voters_csv
from app.security.anomaly import AnomalyRules
from app.security.audit import AuditAction, AuditEvent
from app.services.accounts import AccountService
from app.services.setup import set_up_device
from app.services.sync_import import EnvelopeImport
from tests.conftest import PLANTED, Precinct
from tests.exchange.conftest import ELECTION, build_exchange, close_exchange

HOSTILE = {
    "last_name": "\x1b]0;pwned\x07Асанов",  # retitles the terminal window
    "first_name": "\x1b[2JБакыт",  # clears the screen
    "address": "Бишкек \u202eкөчөсү",  # reads backwards from here
    "patronymic": "\u2066Асанович\u2069",
}
USERS = "login,full_name,role\nadmin,Токтогулов Эрмек,sysadmin\n"


def _csv(tmp_path: Path, rows: list[VoterRow]) -> Path:
    path = tmp_path / "voters.csv"
    write_voters_csv(rows, path)
    return path


def test_control_and_bidi_characters_are_refused_with_their_lines(tmp_path: Path) -> None:
    """Issue 10, reproduction 9d (R-SEC-11, R-DATA-7): a name with `ESC ] 0 ; ... BEL`, `ESC [ 2 J`,
    U+202E or an isolate is refused by the voter CSV rules, each with its line, and the message does
    not repeat the characters; the users CSV refuses them in a full name."""
    rows = [PLANTED, *generate_voters(3, seed=2)]
    hostile = [
        dataclasses.replace(row, **{field: value}) for row, (field, value) in zip(rows, HOSTILE.items(), strict=True)
    ]
    with pytest.raises(VoterCsvError) as refused:
        read_voters_csv(_csv(tmp_path, [*generate_voters(2, seed=9), *hostile]))
    assert [(e.line, e.reason) for e in refused.value.errors] == [
        (4, "last_name:bad-characters"),
        (5, "first_name:bad-characters"),
        (6, "address:bad-characters"),
        (7, "patronymic:bad-characters"),
    ]
    assert not any(ch in str(refused.value) for ch in "\x1b\x07\u202e\u2066")
    users = tmp_path / "users.csv"
    users.write_text(USERS + "sec,\x1b[2JАсанова,secretary\n")
    with pytest.raises(AppError) as bad_user:
        read_users_csv(users)
    params = bad_user.value.params
    assert bad_user.value.reason is Reason.MALFORMED and (params["line"], params["defect"]) == (3, Defect.BAD_FULL_NAME)


def test_every_csv_error_names_its_line(tmp_path: Path) -> None:
    """Issue 10, reproduction 9f (R-DATA-7): a byte that is not UTF-8 in line 7 is an error of line
    7, in the voters file and in the users file; a byte-order mark is fine."""
    path = _csv(tmp_path, list(generate_voters(8, seed=4)))
    lines = path.read_bytes().split(b"\n")
    lines[6] = lines[6].replace(b",", b",\xff", 1)
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(VoterCsvError) as refused:
        read_voters_csv(path)
    assert [e.line for e in refused.value.errors] == [7] and "not-utf8" in str(refused.value)
    path.write_bytes("\ufeff".encode() + b"\n".join(lines[:6] + lines[7:]))
    assert len(read_voters_csv(path)) == 7
    users = tmp_path / "users.csv"
    users.write_bytes(b"login,full_name,role\nadmin,A,sysadmin\nsec,\xc3(,secretary\n")
    with pytest.raises(AppError) as bad_user:
        read_users_csv(users)
    assert bad_user.value.reason is Reason.MALFORMED and [e.line for e in bad_user.value.params["lines"]] == [3]
    users.write_bytes("\ufeff".encode() + USERS.encode())
    assert read_users_csv(users) == [("admin", "Токтогулов Эрмек", "sysadmin")]


def test_a_voters_file_with_only_its_header_is_refused(tmp_path: Path, sample_voters: list[VoterRow]) -> None:
    """Issue 10, reproduction 9g (R-DATA-7): issue-package and issue-update refuse a voters file
    that holds its header only with [empty-voter-list]; no envelope is written."""
    empty = _csv(tmp_path, [])
    users = tmp_path / "users.csv"
    users.write_text(USERS)
    central = Central(tmp_path / "other-central")
    central.init()
    try:
        with pytest.raises(AppError) as package:
            central.issue_package("1002", empty, users, ELECTION, tmp_path)
        assert package.value.reason is Reason.EMPTY_VOTER_LIST
    finally:
        central.close()
    exchange = build_exchange(tmp_path / "exchange", sample_voters)
    try:
        before = sorted(exchange.outbox.iterdir())
        with pytest.raises(AppError) as update:
            exchange.central.issue_update("1001", empty, exchange.outbox)
        assert update.value.reason is Reason.EMPTY_VOTER_LIST
        assert sorted(exchange.outbox.iterdir()) == before
    finally:
        close_exchange(exchange)
    assert not list(tmp_path.glob("*.pecenv"))


def _event(seq: int, action: AuditAction, login: str, role: str, minutes: int) -> AuditEvent:
    at = (dt.datetime(2026, 9, 1, 4, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=minutes)).isoformat()
    return AuditEvent(seq, at, "s1", login, "N", role, "ws", action.value, "17", "ok", "{}", "p", "h")


def test_no_person_may_use_a_system_login(tmp_path: Path, precinct: Precinct) -> None:
    """Issue 10, reproduction 9e (R-AUD-3): `central`, `system` (the system's own logins) are refused
    in the users CSV, by `users add` and in a package; a person's events are never exempt from the
    anomaly rules by their login, only the system's own (role "system")."""
    users = tmp_path / "users.csv"
    users.write_text(USERS + "central,Борбордук Адам,chair\n")
    with pytest.raises(AppError) as in_csv:
        read_users_csv(users)
    assert in_csv.value.reason is Reason.RESERVED_LOGIN and in_csv.value.params["login"] == "central"
    sysadmin = precinct.ready_session("sysadmin")
    for login in ("central", "system"):
        with pytest.raises(AppError) as added:
            AccountService(precinct.ctx).add(sysadmin, login, "Асанов Бакыт", Role.CHAIR)
        assert added.value.reason is Reason.RESERVED_LOGIN
    assert {a.login for a in AccountService(precinct.ctx).list(sysadmin)}.isdisjoint({"central", "system"})

    changes = [_event(i, AuditAction.VOTER_CHANGED, "central", "chair", i) for i in range(1, 4)]
    assert [a.rule for a in AnomalyRules().run(changes)] == ["voter-changed-repeatedly"]
    fails = [_event(i, AuditAction.LOGIN_FAILED, "central", "", i) for i in range(1, 6)]
    assert [a.rule for a in AnomalyRules().run(fails)] == ["failed-login-burst"]
    system = [_event(i, AuditAction.VOTER_CHANGED, "-", "system", i) for i in range(1, 4)]
    assert AnomalyRules().run(system) == []


def test_a_package_giving_a_person_a_system_login_is_refused(tmp_path: Path) -> None:
    """Issue 10, reproduction 9e (R-AUD-3): the package import refuses an account named `central`;
    nothing is imported."""
    from app.clock import ManualClock
    from app.services.context import DeskContext

    clock = ManualClock()
    central = Central(tmp_path / "central", clock)
    central.init()
    ctx = DeskContext(tmp_path / "data", clock=clock)
    try:
        setup = set_up_device(ctx, "1001", test_root=central.root_key().public_key().public_bytes_raw())
        central.enroll(setup.request)
        accounts = [*DEMO_ACCOUNTS, ("central", "Борбордук Адам", "chair")]
        issued = central.issue_package_rows("1001", [PLANTED], accounts, ELECTION, tmp_path)
        with pytest.raises(AppError) as refused:
            EnvelopeImport(ctx, None).apply(issued.path)
        assert refused.value.reason is Reason.RESERVED_LOGIN
        assert not ctx.has_precinct()
    finally:
        central.close()
        ctx.close()
        ctx.secrets.delete(ctx.device_id)


def test_the_command_line_prints_stored_text_escaped(tmp_path: Path, sample_voters: list[VoterRow]) -> None:
    """Issue 10, reproduction 9d (R-SEC-11): text that reached the store some other way (a store of an
    older version) is printed by `search` and `claims show`, as text and as JSON, with its control
    and bidi characters escaped, never raw to the terminal."""
    from app.models.db import transaction
    from tests.claims.conftest import file_claim
    from tests.conftest import STRONG, make_precinct
    from tests.test_cli import pec

    hostile = dataclasses.replace(PLANTED, **HOSTILE)
    desk = make_precinct(tmp_path / "data", [hostile, *sample_voters[1:50]])
    try:
        number = file_claim(desk.ctx, desk.ready_session("member1"), claim_type="missing")
        with transaction(desk.ctx.precinct):
            desk.ctx.precinct.execute("UPDATE claim SET contact = ? WHERE number = ?",
                                      ("\x1b[2J\u202e+996 555\x9b", number))  # fmt: skip
        desk.ctx.close()
        outputs = []
        for args in (("search", "pwned"), ("search", "pwned", "--json"), ("claims", "show", number),
                     ("claims", "show", number, "--json")):  # fmt: skip
            done = pec(desk.data_dir, *args, "--user", "member1", "--password-stdin", stdin=STRONG + "\n")
            assert done.returncode == 0, done.stderr
            outputs.append(done.stdout)
        assert not any(ch in out for out in outputs for ch in "\x1b\x07\x9b\u202e\u2066\u2069")
        assert "\\x1b]0;pwned\\x07Асанов \\x1b[2JБакыт \\u2066Асанович\\u2069\t" in outputs[0]
        assert "\\u001b]0;pwned\\u0007Асанов \\u001b[2JБакыт \\u2066Асанович\\u2069" in outputs[1]
        assert "contact: \\x1b[2J\\u202e+996 555\\x9b" in outputs[2]
        assert '"contact": "\\u001b[2J\\u202e+996 555\\u009b"' in outputs[3]
    finally:
        desk.ctx.close()
        desk.ctx.secrets.delete(desk.ctx.device_id)
