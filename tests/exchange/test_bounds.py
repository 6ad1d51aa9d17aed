"""Bounded at the door, never at the exit (issue 10, point 1; R-AUD-1, R-SYN-1, R-SYN-2).

Whatever a person types — a login nobody has, a review of 1500 events, a claim full of quotes or
control characters, text from the command line that is not valid Unicode — is refused with a code
naming the field, or recorded within the batch format's limits: the next export succeeds and the
central system ingests it (the audit chain intact)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.central.election import demo_election
from app.central.service import Ingested
from app.clock import ManualClock
from app.errors import AppError, Reason
from app.models import bounds
from app.models.fields import problems_of
from app.models.records import VoterRow
from app.models.vocabulary import Role
from app.security.audit import AuditAction
from app.security.scanner.volumes import DirectoryVolumes, Volume
from app.security.session import Session
from app.services.accounts import AccountService
from app.services.anomalies import AnomalyService
from app.services.audit import AuditService
from app.services.auth import AuthService
from app.services.claims import CORRECTABLE, ClaimService
from app.services.media import MediaService
from app.services.sync_export import BatchExport
from tests.conftest import PLANTED, STRONG
from tests.exchange.conftest import Exchange, build_exchange, close_exchange

ROOT = Path(__file__).resolve().parents[2]
LONG_LOGIN = "a" * 65
QUOTES = '"' * 300
QUOTED_ADDRESS = "Б" + '"' * (bounds.ADDRESS - 1)  # the longest address there is, all of it doubled in JSON
QUOTED_CONTACT = "Б" + '"' * (bounds.CONTACT - 1)


def _fields(refused: AppError) -> set[str]:
    """The fields a `malformed` refusal names (issue 11: every problem of the form at once)."""
    assert refused.reason is Reason.MALFORMED, refused
    return {p.field.value for p in problems_of(refused)}


def _refusal(call: Callable[[], object]) -> AppError:
    with pytest.raises(AppError) as refused:
        call()
    return refused.value


def _export_and_ingest(ex: Exchange, session: Session) -> Ingested:
    summary = BatchExport(ex.ctx, session).export(ex.upbox)
    ingested = ex.central.ingest(ex.upbox / summary.file_name)
    assert ingested.audit_ok, ingested.problems
    return ingested


def _file(claims: ClaimService, session: Session, fields: dict[str, str], *, contact: str = "+996 555 000 111",
          claim_type: str = "correction", pin: str = PLANTED.pin, institution: str = "") -> str:  # fmt: skip
    return claims.file(session, claim_type=claim_type, pin=pin, fields=fields, contact=contact, passport_checked=True,
                       identified=True, institution=institution)  # fmt: skip


@pytest.fixture
def small(tmp_path: Path, sample_voters: list[VoterRow]) -> Iterator[Exchange]:
    """The exchange of `build_exchange` with 60 voters (PLANTED first), to keep these tests quick."""
    ex = build_exchange(tmp_path, sample_voters[:60])
    yield ex
    close_exchange(ex)


def test_reproduction_1_through_the_services(small: Exchange) -> None:
    """R-AUD-1, R-SYN-1, R-SYN-2 (issue 10, reproduction 1): a failed login as 65 letters, a review
    of 1500 events and claims of quotes and control characters. The login is kept as its keyed tag,
    the review whole, the claims refused naming their field or taken within the limits; then the
    export succeeds and the central system ingests every claim with the audit chain intact."""
    ctx = small.ctx
    assert _refusal(lambda: AuthService(ctx).login(LONG_LOGIN, "wrong")).reason is Reason.WRONG_PASSWORD
    chair = small.desk.ready_session("chair")
    AuditService(ctx).record_review(chair, list(range(1, 1501)), "ok")
    _export_and_ingest(small, chair)  # before: [malformed] record …: field 'login' longer than 64 characters
    claims = ClaimService(ctx)
    too_long = _refusal(lambda: _file(claims, chair, dict.fromkeys(CORRECTABLE, QUOTES)))
    assert _fields(too_long) == set(CORRECTABLE)
    control = _refusal(lambda: _file(claims, chair, {"first_name": "\x01" * 300}))
    assert _fields(control) == {"first_name"}
    bidi = _refusal(lambda: _file(claims, chair, {"last_name": "Асанов\u202e"}))
    assert _fields(bidi) == {"last_name"}
    not_unicode = _refusal(lambda: _file(claims, chair, {"first_name": "Айгерим"}, contact="abc\udcff\udcfe"))
    assert _fields(not_unicode) == {"contact"}
    number = _file(claims, chair, {"first_name": "Айгерим", "address": QUOTED_ADDRESS}, contact=QUOTED_CONTACT)
    assert claims.get(number).fields["address"] == QUOTED_ADDRESS

    ingested = _export_and_ingest(small, chair)
    assert ingested.claims == 1 and [c["number"] for c in small.central.claims("1001")] == [number]
    events = ctx.audit.events()
    failed = [e for e in events if e.action == AuditAction.LOGIN_FAILED.value]
    assert failed[-1].login.startswith("?") and len(failed[-1].login) == 17
    assert not any(LONG_LOGIN in e.login + e.object + e.details for e in events)
    reviews = [json.loads(e.details) for e in events if e.action == AuditAction.ADMIN_REVIEWED.value]
    assert reviews == [{"ranges": [[1, 1500]], "note": "ok", "part": 1, "parts": 1}]


def test_reviews_names_and_notes_are_bounded_where_they_are_written(small: Exchange) -> None:
    """R-AUD-4, R-SYN-1: 1500 scattered events do not fit one event's details, so the review is kept
    in parts, each with the (cut) note, and the reviewed events leave later samples. An account's
    full name, a drive holder's name and a note on an alert are refused, naming the field, when they
    hold a control or direction character; a drive's own label is escaped (the system gave it)."""
    ctx = small.ctx
    admin = small.desk.ready_session("sysadmin")
    named = _refusal(lambda: AccountService(ctx).add(admin, "extra2", "Асанов\x1b[2J", Role.MEMBER))
    assert (named.reason, named.params["field"]) == (Reason.MALFORMED, "full_name")
    chair = small.desk.ready_session("chair")
    by_admin = [e.seq for e in ctx.audit.events() if e.role == "sysadmin"]
    scattered = sorted({*range(10_001, 13_000, 2), *by_admin[:-1]})
    AuditService(ctx).record_review(chair, scattered, "проверено: " + '"' * 2000)
    parts = [json.loads(e.details) for e in ctx.audit.events() if e.action == AuditAction.ADMIN_REVIEWED.value]
    assert len(parts) > 1 and {p["parts"] for p in parts} == {len(parts)}
    assert all(p["note"].startswith("проверено") and p["note"].endswith("characters, cut]") for p in parts)
    assert {s for p in parts for a, b in p["ranges"] for s in range(a, b + 1)} == set(scattered)
    assert [e.seq for e in AuditService(ctx).admin_sample(chair, 100)] == by_admin[-1:]

    media = MediaService(ctx, DirectoryVolumes())
    drive = Volume(small.upbox, "SER1", "VOL-1", label="USB\u202e\udcff" + "x" * 300)
    holder = _refusal(lambda: media.register(chair, drive, "Асанов\u2066"))
    assert (holder.reason, holder.params["field"]) == (Reason.MALFORMED, "holder")
    assert "\\u202e\\udcff" in media.register(chair, drive, "Асанов Бакыт").label
    note = _refusal(lambda: AnomalyService(ctx).review(chair, 1, "ok\x00"))
    assert (note.reason, note.params["field"]) == (Reason.MALFORMED, "note")
    _export_and_ingest(small, chair)


# ---- through the command lines ------------------------------------------------------------


def _today_exchange(tmp: Path, voters: list[VoterRow]) -> Exchange:
    """A central system and a precinct as in `build_exchange`, for an election 60 days from today
    (the command line runs on the real clock, and claims are taken only before their deadline)."""
    clock = ManualClock(dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(minutes=5))
    return build_exchange(tmp, voters, clock, election=demo_election())


def _run(module: str, data: Path, *args: str, stdin: str = STRONG + "\n") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, "--data-dir", str(data), *args],
        input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )  # fmt: skip


def _as(login: str) -> tuple[str, ...]:
    return ("--user", login, "--password-stdin")


@pytest.fixture
def today_exchange(tmp_path: Path, sample_voters: list[VoterRow]) -> Iterator[Exchange]:
    ex = _today_exchange(tmp_path, sample_voters[:60])
    ex.desk.ready_session("chair")
    ex.ctx.close()
    ex.central.close()
    yield ex
    close_exchange(ex)


def test_reproduction_1_and_8_through_the_command_lines(today_exchange: Exchange, tmp_path: Path) -> None:
    """R-AUD-1, R-SYN-1, R-SYN-2 (issue 10, reproductions 1 and 8): `search --user <65 letters>`
    with a wrong password, `audit sample --reviewed 1 … 1500 --note ok`, claims with fields of quotes
    and control characters and a `--contact` that is not UTF-8 each end in a `[code]` line or are
    recorded; then `pec-desk export` succeeds and `pec-central ingest` accepts the batch."""
    data, box = today_exchange.desk.data_dir, today_exchange.upbox
    receipt = tmp_path / "receipt.pdf"
    login = _run("app.cli.desk", data, "search", "a", *_as(LONG_LOGIN), stdin="wrong\n")
    assert login.returncode == 1 and login.stderr.startswith("[wrong-password]"), login.stderr
    review = _run("app.cli.desk", data, "audit", "sample", "--reviewed", *map(str, range(1, 1501)), "--note", "ok",
                  *_as("chair"))  # fmt: skip
    assert review.returncode == 0, review.stderr
    claim = ("claims", "add", "--type", "correction", "--voter", PLANTED.pin, "--passport-checked", "--identified",
             "--receipt", str(receipt), *_as("chair"))  # fmt: skip
    quotes = [f"--set={name}={QUOTES}" for name in CORRECTABLE]
    for bad in (
        [*quotes, "--contact", "+996 555 000 111"],
        ["--set", "first_name=" + "\x01" * 300, "--contact", "+996 555 000 111"],
        ["--set", "first_name=Айгерим", "--contact", "abc\udcff\udcfe"],  # the bytes abc ff fe in argv
    ):
        refused = _run("app.cli.desk", data, *claim, *bad)
        assert refused.returncode == 1 and refused.stderr.startswith("[malformed]"), refused.stderr
    taken = _run("app.cli.desk", data, *claim, f"--set=address={QUOTED_ADDRESS}", "--contact", QUOTED_CONTACT)
    assert taken.returncode == 0, taken.stderr
    exported = _run("app.cli.desk", data, "export", "--out", str(box), "--json", *_as("chair"))
    assert exported.returncode == 0, exported.stderr
    batch = box / json.loads(exported.stdout)["file_name"]
    ingested = _run("app.cli.central", today_exchange.central.root, "ingest", str(batch), "--json", stdin="")
    assert ingested.returncode == 0, ingested.stderr
    result = json.loads(ingested.stdout)
    assert result["audit_ok"] is True and result["claims"] == 1, result


# ---- the property -------------------------------------------------------------------------

HOSTILE = ['"', "\\", "\x00", "\x01", "\x1b", "\n", "\x7f", "\x85", "\u202e", "\u2066", "\udcff", "\ud800",
           "\U0001f600", "ж", "a"]  # fmt: skip
CHARS = st.one_of(st.characters(), st.sampled_from(HOSTILE))
CLEAN = st.text(st.characters(exclude_categories=["Cc", "Cf", "Cs"]), min_size=1, max_size=300)
TEXT = st.one_of(
    CLEAN,
    st.text(CHARS, max_size=40),
    st.builds(lambda c, n: c * n, st.sampled_from(HOSTILE), st.integers(0, 5000)),
)
LOGINS = st.one_of(TEXT, st.sampled_from(["", "chair", "Chair", "nobody", "?0123456789abcdef", "-", "central"]))
CLAIMS = st.tuples(
    st.sampled_from(["institution", "correction"]), st.integers(0, 59),
    st.dictionaries(st.sampled_from([*CORRECTABLE, *CORRECTABLE, "pin", "x\udcff"]),
                    st.one_of(CLEAN, CLEAN, st.just(QUOTES), TEXT), max_size=4),
    st.one_of(st.just("+996 555 000 111"), CLEAN, TEXT), st.one_of(st.just("Аскердик бөлүк 12345"), CLEAN, TEXT),
)  # fmt: skip
REVIEWS = st.tuples(st.lists(st.integers(-3, 2**64), min_size=1, max_size=1500), TEXT)
ACTIONS = st.one_of(
    st.tuples(st.just("login"), LOGINS),
    st.tuples(st.just("claim"), CLAIMS),
    st.tuples(st.just("review"), REVIEWS),
    st.tuples(st.just("alert"), TEXT),
    st.tuples(st.just("drive"), st.tuples(TEXT, TEXT)),
)


@settings(max_examples=60, deadline=None)
@given(details=st.dictionaries(TEXT, st.one_of(TEXT, st.integers(), st.lists(st.one_of(TEXT, st.integers()))),
                               max_size=6), limit=st.sampled_from([200, 1000, bounds.DETAILS]))  # fmt: skip
def test_bounded_details_always_fit_as_a_json_object(details: dict[str, Any], limit: int) -> None:
    """R-SYN-1: what `AuditLog.append` keeps of any details is a JSON object within the limit, with
    no character the batch refuses or a terminal would obey; what fits and is clean is kept as is."""
    text = bounds.bound_json(details, limit)
    assert len(text) <= limit and isinstance(json.loads(text), dict)
    assert bounds.text_problem(text) is None
    strings = [*details, *(v for v in details.values() if isinstance(v, str))]
    strings += [x for v in details.values() if isinstance(v, list) for x in v if isinstance(x, str)]
    if all(bounds.text_problem(x) is None for x in strings) and len(bounds.json_text(details)) <= limit:
        assert text == bounds.json_text(details)


@pytest.fixture
def chair(small: Exchange) -> Session:
    return small.desk.ready_session("chair")  # the chair may do every action below


def _act(ex: Exchange, chair: Session, voters: list[VoterRow], kind: str, arg: Any) -> int:
    """One action through a public entry point: 1 for a claim taken; a refusal must be a code."""
    ctx = ex.ctx
    try:
        if kind == "login":
            AuthService(ctx).login(arg, "wrong password")
        elif kind == "claim":
            claim_type, voter, fields, contact, institution = arg
            institution = institution if claim_type == "institution" else ""
            _file(ClaimService(ctx), chair, fields, contact=contact, claim_type=claim_type, pin=voters[voter].pin,
                  institution=institution)  # fmt: skip
            event("claim taken")
            return 1
        elif kind == "review":
            AuditService(ctx).record_review(chair, *arg)
        elif kind == "alert":
            found = AnomalyService(ctx).alerts(chair, unreviewed_only=True)
            AnomalyService(ctx).review(chair, found[0].id if found else 10**9, arg)
        else:
            label, holder = arg
            drive = Volume(ex.upbox, "S", f"V-{ctx.audit.head()[0]}", label=label)
            MediaService(ctx, DirectoryVolumes()).register(chair, drive, holder)
        event(f"{kind}: done")
    except AppError as refused:
        event(f"{kind}: {refused.reason.value}")
        assert refused.reason in (Reason.MALFORMED, Reason.WRONG_PASSWORD, Reason.THROTTLED, Reason.ACCOUNT_LOCKED,
                                  Reason.VOTER_BLOCKED, Reason.DUPLICATE), refused  # fmt: skip
    return 0


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(actions=st.lists(ACTIONS, min_size=1, max_size=5))
def test_whatever_is_typed_the_export_succeeds_and_central_ingests_it(
    small: Exchange, chair: Session, sample_voters: list[VoterRow], actions: list[tuple[str, Any]]
) -> None:
    """R-SYN-1, R-SYN-2, R-AUD-1 (issue 10, point 1): random failed logins, claims, reviews, alert
    notes and drive registrations with any text (control and direction characters, quotes, lone
    surrogates, thousands of characters) never stop the exchange: each batch after them is written
    and the central system ingests it with every claim taken and the audit chain intact."""
    logins = [i for i, (kind, _arg) in enumerate(actions) if kind == "login"]
    kept = [a for i, a in enumerate(actions) if i not in logins[2:]]  # a login costs a key derivation (0.3 s)
    taken = sum(_act(small, chair, sample_voters, kind, arg) for kind, arg in kept)
    small.clock.advance(61)
    ingested = _export_and_ingest(small, chair)
    assert ingested.claims == taken
