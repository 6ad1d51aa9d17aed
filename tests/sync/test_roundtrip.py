"""Envelopes round trip: what the writer seals, the reader returns, streaming (R-SYN-1, R-SYN-2)."""

from __future__ import annotations

import datetime as dt
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sync import (
    SUITE_HYBRID,
    SUITE_X25519,
    EnvelopeWriter,
    HeaderFields,
    RecipientPrivateKey,
    RecipientPublicKey,
    file_sha256,
    open_envelope,
    read_header,
    signer_id,
)
from app.sync.records import INT_MAX, INT_MIN
from tests.sync.support import T0, Keys, decode, fields, make_keys, refused, registry, voter, write

TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=40)
TALLIES = st.fixed_dictionaries(
    {"t": st.just("tally"), "name": TEXT, "count": st.integers(INT_MIN, INT_MAX)}, optional={"final": st.booleans()}
)
METAS = st.fixed_dictionaries({"t": st.just("meta"), "key": TEXT, "value": st.text(max_size=300).filter(
    lambda s: "\x00" not in s and not any(0xD800 <= ord(c) <= 0xDFFF for c in s))})  # fmt: skip
RECORDS = st.lists(st.one_of(TALLIES, METAS), max_size=30)


def test_round_trip_both_suites(tmp_path: Path, keys: Keys) -> None:
    """R-SYN-1: a package sealed to the recipient's key opens with it; the header says what it holds."""
    records = [voter(i) for i in range(25)]
    writer = write(tmp_path / "p.env", records, keys)
    header, raw = read_header(tmp_path / "p.env")
    assert decode(tmp_path / "p.env", keys) == records
    assert header == writer.header and raw == header.raw
    assert (header.kind, header.election, header.precinct, header.seq) == ("package", "test-2026", "1001", 1)
    assert header.suite == keys.recipient.suite
    assert header.sender == signer_id(keys.signer.public_key())
    assert header.recipient == keys.recipient.public_key().key_id
    assert header.records == 25 and header.chunks > 1
    assert header.created == "2026-09-01T09:00:00Z" and header.expires_at == T0 + dt.timedelta(days=30)
    assert writer.sha256 == file_sha256(tmp_path / "p.env") and header.file_size == (tmp_path / "p.env").stat().st_size


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=RECORDS, chunk_size=st.integers(64, 400))
def test_encode_then_decode_is_identity(tmp_path: Path, records: list[dict[str, object]], chunk_size: int) -> None:
    """R-SYN-1: any list of valid records comes back exactly, in order, whatever the chunking."""
    keys = make_keys(SUITE_X25519)
    write(tmp_path / "g.env", records, keys, chunk_size=chunk_size)
    assert decode(tmp_path / "g.env", keys) == records


def test_empty_payload_is_one_empty_chunk(tmp_path: Path, keys: Keys) -> None:
    """R-SYN-2: an envelope with no records still has a last chunk, so cutting it off is detected."""
    header = write(tmp_path / "e.env", [], keys).header
    assert header is not None and (header.records, header.payload_size, header.chunks) == (0, 0, 1)
    assert decode(tmp_path / "e.env", keys) == []


def test_payload_filling_whole_chunks_has_no_extra_chunk(tmp_path: Path, x_keys: Keys) -> None:
    """R-SYN-2: a payload of exactly n chunks is n chunks; the n-th carries the last flag."""
    record = {"t": "meta", "key": "k", "value": "v" * 30}  # a 64-byte line
    header = write(tmp_path / "m.env", [record] * 3, x_keys, chunk_size=64).header
    assert header is not None and (header.payload_size, header.chunks) == (192, 3)
    assert decode(tmp_path / "m.env", x_keys) == [record] * 3


def test_chain_of_envelopes_names_the_previous_file(tmp_path: Path, x_keys: Keys) -> None:
    """R-SYN-2: seq 2 carries the SHA-256 of envelope 1, which the writer reports."""
    first = write(tmp_path / "1.env", [voter(1)], x_keys)
    assert first.sha256 is not None
    second = write(tmp_path / "2.env", [voter(2)], x_keys, header_fields=fields(seq=2, prev=first.sha256))
    assert second.header is not None and second.header.prev == file_sha256(tmp_path / "1.env")


def test_writer_refuses_bad_header_fields_at_once(tmp_path: Path, x_keys: Keys) -> None:
    """R-SYN-2: the writer refuses what a reader would refuse, before any record is written."""
    bad = [
        HeaderFields("package", "bad id!", "1001", 1, "0" * 64, T0, T0 + dt.timedelta(days=1)),
        HeaderFields("package", "e", "1001", 2, "0" * 64, T0, T0 + dt.timedelta(days=1)),
        HeaderFields("package", "e", "1001", 1, "0" * 64, T0, T0),
        HeaderFields("Package", "e", "1001", 1, "0" * 64, T0, T0 + dt.timedelta(days=1)),
    ]
    for header_fields in bad:
        with refused("malformed"):
            write(tmp_path / "x.env", [], x_keys, header_fields=header_fields)
    with pytest.raises(ValueError, match="timezone"):
        write(tmp_path / "x.env", [], x_keys, header_fields=fields().__class__(
            "package", "e", "1", 1, "0" * 64, dt.datetime(2026, 1, 1), dt.datetime(2026, 2, 1)))  # fmt: skip
    assert list(tmp_path.iterdir()) == []


def test_failure_inside_the_writer_leaves_no_file(tmp_path: Path, x_keys: Keys) -> None:
    """R-SEC-11: an export that fails half way leaves neither an envelope nor a spool behind."""
    with refused("malformed"):
        write(tmp_path / "f.env", [voter(1), {"t": "voter", "pin": 1}], x_keys)
    with pytest.raises(RuntimeError), EnvelopeWriter(
        tmp_path / "g.env", fields(), signing_key=x_keys.signer,
        recipient_public=x_keys.recipient.public_key(), registry=registry(),
    ) as writer:  # fmt: skip
        writer.write_record(voter(1))
        raise RuntimeError("disk pulled")
    assert list(tmp_path.iterdir()) == []


def test_closed_writer_takes_no_more_records(tmp_path: Path, x_keys: Keys) -> None:
    """R-SYN-2: a sealed envelope cannot grow; closing twice returns the same header."""
    writer = write(tmp_path / "c.env", [voter(1)], x_keys)
    assert writer.close() is writer.header
    with pytest.raises(ValueError, match="closed"):
        writer.write_record(voter(2))


def test_plain_x25519_key_is_accepted_for_both_ends(tmp_path: Path, x_keys: Keys) -> None:
    """R-SYN-1: a bare X25519 key means the x25519 suite."""
    bare = x_keys.recipient.x25519.public_key()
    with EnvelopeWriter(tmp_path / "k.env", fields(), signing_key=x_keys.signer, recipient_public=bare) as writer:
        writer.write_record(voter(7))
    header, records = open_envelope(tmp_path / "k.env", x_keys.signer.public_key(), x_keys.recipient.x25519)
    assert header.suite == SUITE_X25519 and list(records) == [voter(7)]  # base_registry() by default


@pytest.mark.parametrize("suite", [SUITE_X25519, SUITE_HYBRID])
def test_recipient_keys_serialise_and_keep_their_id(suite: str) -> None:
    """R-SYN-2: key ids are SHA-256 of the raw public key (ML-KEM key first for the hybrid suite)."""
    private = RecipientPrivateKey.generate(suite)
    again = RecipientPrivateKey.from_bytes(private.to_bytes())
    public = RecipientPublicKey.from_bytes(private.public_key().to_bytes())
    assert again.public_key().key_id == public.key_id == private.public_key().key_id
    assert len(public.to_bytes()) == (32 if suite == SUITE_X25519 else 1216) and public.suite == suite
    with refused("malformed"):
        RecipientPublicKey.from_bytes(b"\x01" * 33)
    with refused("malformed"):
        RecipientPrivateKey.from_bytes(b"\x01" * 33)


@pytest.mark.slow
def test_200k_records_stream_with_bounded_memory(tmp_path: Path, x_keys: Keys) -> None:
    """R-SYN-1: a large list is written and read chunk by chunk; memory stays far below its size."""
    count, samples = 200_000, [voter(i) for i in range(100)]
    tracemalloc.start()
    try:
        writer = write(tmp_path / "big.env", (samples[i % 100] for i in range(count)), x_keys, chunk_size=1 << 20)
        _size, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        header, records = open_envelope(tmp_path / "big.env", x_keys.signer.public_key(), x_keys.recipient, registry())
        seen = sum(1 for _ in records)
        _size, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert writer.header is not None and seen == header.records == count
    assert header.payload_size > 40_000_000
    assert max(write_peak, read_peak) < min(8 << 20, header.payload_size // 8), (write_peak, read_peak)
