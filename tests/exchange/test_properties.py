"""Properties of the exchange's own record types (R-SYN-1, R-SYN-2): encode → decode is the
identity for generated batches and updates, and any single-byte change of a real batch is refused
by the central side with nothing applied."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.sync_export import BatchExport
from app.sync import EnvelopeWriter, HeaderFields, open_payload, read_header, verify_signature
from app.sync.payloads import batch_registry, central_registry
from app.sync.streams import ZERO_HASH
from app.sync.strict import reason_code
from tests.exchange.conftest import Exchange
from tests.sync.support import make_keys

T0 = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)
TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=60)
HEX = st.text("0123456789abcdef", min_size=64, max_size=64)
PIN = st.text("0123456789", min_size=14, max_size=14)
STAMP = st.text("0123456789-:T.+Z", min_size=1, max_size=32)
CLAIMS = st.fixed_dictionaries(
    {"t": st.just("claim"), "number": st.text("0123456789-", min_size=1, max_size=40), "type": st.sampled_from(
        ["correction", "missing", "address", "disability", "institution"]), "pin": PIN, "fields": TEXT,
     "contact": TEXT, "filed_at": STAMP, "filed_by": st.text("abcxyz_1", min_size=1, max_size=20),
     "place": st.sampled_from(["PEC", "TEC"]), "status": st.sampled_from(["sent", "received"])}
)  # fmt: skip
STATUSES = st.fixed_dictionaries(
    {"t": st.just("status"), "pin": PIN, "status": st.sampled_from(["blocked", "active"]), "reason": TEXT,
     "claim": st.text("0123456789-", max_size=40), "at": STAMP, "login": st.text("abc_1", min_size=1, max_size=20)}
)  # fmt: skip
AUDITS = st.fixed_dictionaries(
    {"t": st.just("audit"), "seq": st.integers(1, 2**40), "at": STAMP, "session_id": st.text("0123456789abcdef-",
     max_size=36), "login": st.text("abc_1-", max_size=20), "full_name": TEXT, "role": st.sampled_from(
        ["member", "chair", ""]), "workstation": TEXT, "action": st.text("abcdefg.-", min_size=1, max_size=30),
     "object": TEXT, "outcome": st.sampled_from(["ok", "refused"]), "details": TEXT, "prev_hash": HEX, "hash": HEX}
)  # fmt: skip
DECISIONS = st.fixed_dictionaries(
    {"t": st.just("decision"), "claim": st.text("0123456789-", min_size=1, max_size=40),
     "decision": st.sampled_from(["accepted", "rejected"]), "reason": TEXT, "decided_at": STAMP}
)  # fmt: skip
ACKS = st.fixed_dictionaries({"t": st.just("ack"), "seq": st.integers(1, 2**40), "sha256": HEX, "received_at": STAMP})
REMOVALS = st.fixed_dictionaries({"t": st.just("removed"), "pin": PIN, "reason": TEXT})


def _round_trip(path: Path, records: list[dict[str, object]], kind: str, chunk: int, central: bool) -> list[object]:
    keys = make_keys("x25519", 3)
    registry = central_registry() if central else batch_registry()
    fields = HeaderFields(kind, "test-2026", "1001", 1, ZERO_HASH, T0, T0 + dt.timedelta(days=30))
    with EnvelopeWriter(path, fields, signing_key=keys.signer, recipient_public=keys.recipient.public_key(),
                        registry=registry, chunk_size=chunk) as writer:  # fmt: skip
        for record in records:
            writer.write_record(record)
    header, _raw = read_header(path)
    verify_signature(header, keys.signer.public_key())
    return list(open_payload(path, header, keys.recipient, registry))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(st.one_of(CLAIMS, STATUSES, AUDITS), max_size=25), chunk=st.integers(64, 2048))
def test_batches_encode_then_decode_to_the_same_records(tmp_path: Path, records: list[dict[str, object]],
                                                         chunk: int) -> None:  # fmt: skip
    """R-SYN-1: a generated change batch comes back exactly, in order, whatever the chunking."""
    assert _round_trip(tmp_path / "b.pecenv", records, "batch", chunk, central=False) == records


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(st.one_of(DECISIONS, ACKS, REMOVALS), max_size=25), chunk=st.integers(64, 2048))
def test_updates_encode_then_decode_to_the_same_records(tmp_path: Path, records: list[dict[str, object]],
                                                         chunk: int) -> None:  # fmt: skip
    """R-SYN-1: a generated update (decisions, acknowledgements, removals) comes back exactly."""
    assert _round_trip(tmp_path / "u.pecenv", records, "update", chunk, central=True) == records


@pytest.fixture
def real_batch(exchange: Exchange) -> tuple[Exchange, bytes]:
    session = exchange.desk.ready_session("secretary")
    summary = BatchExport(exchange.ctx, session).export(exchange.upbox)
    return exchange, (exchange.upbox / summary.file_name).read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_single_byte_change_of_a_real_batch_is_refused(real_batch: tuple[Exchange, bytes], tmp_path: Path,
                                                           data: st.DataObject) -> None:  # fmt: skip
    """R-SYN-2: wherever a byte of a batch changes, the central side refuses it and stores nothing."""
    exchange, genuine = real_batch
    position = data.draw(st.integers(0, len(genuine) - 1), label="position")
    flip = data.draw(st.integers(1, 255), label="xor")
    forged = bytearray(genuine)
    forged[position] ^= flip
    path = tmp_path / f"forged-{position}-{flip}.pecenv"
    path.write_bytes(bytes(forged))
    before = exchange.central.db.execute("SELECT count(*) FROM batch").fetchone()[0]
    with pytest.raises(Exception) as refused:
        exchange.central.ingest(path)
    assert reason_code(refused.value) in {"malformed", "too-large", "signature-invalid", "untrusted-signer",
                                          "wrong-recipient"}  # fmt: skip
    assert exchange.central.db.execute("SELECT count(*) FROM batch").fetchone()[0] == before
    assert exchange.central.db.execute("SELECT count(*) FROM claim").fetchone()[0] == 0
    path.unlink()


def test_the_genuine_batch_is_accepted_after_the_forgeries(real_batch: tuple[Exchange, bytes], tmp_path: Path) -> None:
    """The control: the same bytes unchanged pass (so the property above can fail)."""
    exchange, genuine = real_batch
    path = tmp_path / "genuine.pecenv"
    path.write_bytes(genuine)
    assert exchange.central.ingest(path).audit_ok
