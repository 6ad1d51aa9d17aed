"""Arrays collected for different purposes stay apart (R-DATA-6; docs/decisions.md "Purposes").

A claim's contact for the answer, an institution's name, the attachments (passport copies) and the
names a voter asks to be listed under are collected for the claim alone. They live in the claim
tables of the precinct store and of the central tool, and nowhere else: not in the voter list, its
search postings or history, the list for posting, the audit log (which holds no personal data at
all), the central side's copy of the list, or the updates it sends back. The only thing that ever
moves from a claim into the list is what the claim is for: the corrected fields of an accepted
correction, sent back by the TEC in a list update.

The checks read every table of every store, so a new table or column that copies claim data
somewhere else fails here, and so does a search, a posting list or an update that reaches into
the claims.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterable

import pypdf

from app.models.db import Connection
from app.models.text import normalize
from app.services.claims import Attachment, ClaimService
from app.services.documents import DocumentService
from app.services.sync_export import BatchExport
from app.services.sync_import import EnvelopeImport
from app.services.voters import VoterService
from tests.claims.conftest import UNLISTED_PIN, file_claim, pdf
from tests.conftest import PLANTED
from tests.exchange.conftest import Exchange

CONTACT = "Ош ш., Зулпуева 9, тел. +996 700 606 606"
INSTITUTION = "Шаарлык Ардагерлер Үйү"
ATTACHMENT = "PassportScanMarker606"
MISSING_LAST, MISSING_FIRST = "Жылдызканова", "Нурпери"
CORRECTED_FIRST = "Айгүлкан"
CLAIM_TABLES = {"main.claim", "main.claim_attachment"}  # the precinct store's claim data
CENTRAL_CLAIM_TABLES = {"claim", "claim_detail", "claim_attachment"}


def claim_markers() -> list[str]:
    """What a claim collects for itself, as written and as the search index would fold it."""
    texts = [CONTACT, INSTITUTION, ATTACHMENT, MISSING_LAST, MISSING_FIRST, CORRECTED_FIRST]
    return texts + [normalize(t) for t in (MISSING_LAST, MISSING_FIRST, CORRECTED_FIRST)]


def _text(value: object) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "ignore")
    return "" if value is None else str(value)


def tables_holding(rows_by_table: Iterable[tuple[str, Iterable[tuple[object, ...]]]], markers: list[str]) -> set[str]:
    found: set[str] = set()
    for table, rows in rows_by_table:
        for row in rows:
            text = "\x1f".join(_text(v) for v in row)
            if any(m in text for m in markers):
                found.add(table)
                break
    return found


def precinct_tables(conn: Connection) -> Iterable[tuple[str, Iterable[tuple[object, ...]]]]:
    """Every table of the precinct store and of the attached device store (audit log)."""
    for schema in ("main", "device"):
        names = conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'").fetchall()
        for (name,) in names:
            yield f"{schema}.{name}", conn.execute(f'SELECT * FROM {schema}."{name}"').fetchall()


def central_tables(db: sqlite3.Connection) -> Iterable[tuple[str, Iterable[tuple[object, ...]]]]:
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        yield name, db.execute(f'SELECT * FROM "{name}"').fetchall()


def file_claims(ex: Exchange) -> dict[str, str]:
    member = ex.desk.ready_session("member1")
    ctx, contact = ex.ctx, {"contact": CONTACT}
    return {
        "correction": file_claim(ctx, member, fields={"first_name": CORRECTED_FIRST}, **contact),
        "missing": file_claim(ctx, member, claim_type="missing", pin=UNLISTED_PIN,
                              fields={"last_name": MISSING_LAST, "first_name": MISSING_FIRST}, **contact),
        "disability": file_claim(ctx, member, claim_type="disability", pin=UNLISTED_PIN,
                                 attachments=[Attachment("passport.pdf", pdf(ATTACHMENT))], **contact),
        "institution": file_claim(ctx, member, claim_type="institution", pin=UNLISTED_PIN,
                                  institution=INSTITUTION, **contact),
    }  # fmt: skip


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_claim_data_never_enters_the_list_its_index_the_posting_list_or_the_audit_log(exchange: Exchange) -> None:
    """R-DATA-6: contacts, attachments, institutions and requested names stay in the claim tables;
    the voter list, its search postings and history, the list for posting and the audit log
    (R-AUD-1: no personal data in the log) hold none of them, and a search cannot find them."""
    ex, ctx = exchange, exchange.ctx
    voters_before = ctx.voters.count()
    file_claims(ex)
    assert tables_holding(precinct_tables(ctx.precinct), claim_markers()) == CLAIM_TABLES
    assert ctx.voters.count() == voters_before  # a missing voter is not listed by a claim
    member = ex.desk.ready_session("member1")
    search = VoterService(ctx)
    for words in (MISSING_LAST, f"{MISSING_LAST} {MISSING_FIRST}", CORRECTED_FIRST, "Зулпуева", "Ардагерлер"):
        assert search.search(member, words).voters == [], words
    assert [v.full_name for v in search.search(member, PLANTED.full_name).voters] == [PLANTED.full_name]

    secretary = ex.desk.ready_session("secretary")
    out = io.BytesIO()
    DocumentService(ctx).posting_list(secretary, out, stage="control")
    posted = pdf_text(out.getvalue())
    assert PLANTED.last_name in posted
    assert not [m for m in claim_markers() if m in posted]

    personal = [PLANTED.pin, PLANTED.last_name, PLANTED.address, UNLISTED_PIN, *claim_markers()]
    audit = [("device.audit_event", [e.content() for e in ctx.audit.events()])]
    assert tables_holding(audit, personal) == set()


def test_the_central_side_keeps_claims_apart_from_its_list_and_sends_back_only_the_correction(
    exchange: Exchange,
) -> None:
    """R-DATA-6, R-CLM-4: the central tool stores the claims beside, not in, its copy of the list;
    an accepted correction changes the listed voter's corrected field and nothing else of the claim
    reaches the list, the update or the precinct's list after the update is applied."""
    ex, ctx = exchange, exchange.ctx
    numbers = file_claims(ex)
    secretary = ex.desk.ready_session("secretary")
    ex.central.ingest(ex.upbox / BatchExport(ctx, secretary).export(ex.upbox).file_name)
    db = ex.central.db
    assert tables_holding(central_tables(db), claim_markers()) == CENTRAL_CLAIM_TABLES
    for number in numbers.values():
        ex.central.decide(number, True, "текшерилди")
    ex.clock.advance(600)
    update = ex.central.issue_update("1001", None, ex.outbox)
    assert update.voters == 1  # the corrected voter, and no one else: a "missing" claim lists nobody
    EnvelopeImport(ctx, secretary).apply(update.path)

    corrected = [m for m in claim_markers() if m not in (CORRECTED_FIRST, normalize(CORRECTED_FIRST))]
    assert tables_holding(central_tables(db), corrected) == CENTRAL_CLAIM_TABLES
    assert tables_holding(precinct_tables(ctx.precinct), corrected) == CLAIM_TABLES
    update_bytes = update.path.read_bytes()  # encrypted, so this only guards against a plaintext leak
    assert not [m for m in claim_markers() if m.encode() in update_bytes]
    listed = ClaimService(ctx).get(numbers["correction"])
    assert listed.status == "decided"
    member = ex.desk.ready_session("member1")
    found = VoterService(ctx).search(member, f"{PLANTED.last_name} {CORRECTED_FIRST}").voters
    assert [v.full_name.split()[:2] for v in found] == [[PLANTED.last_name, CORRECTED_FIRST]]
