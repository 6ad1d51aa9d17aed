"""Altered, cut, padded, misplaced or misaddressed envelopes are refused (R-SYN-2, R-SEC-11).

Every refusal carries a CLI.md reason code; nothing else may escape the reader.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sync import SUITE_HYBRID, SUITE_X25519, Limits, Record, open_payload, read_header, reason_code, signer_id
from app.sync.chunks import open_chunks, seal_chunk
from app.sync.envelope import head_bytes
from tests.sync import forge
from tests.sync.support import Keys, decode, make_keys, refused, registry, voter, write

SETTINGS = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SMALL_RECORDS = st.lists(st.integers(0, 10**6).map(voter), max_size=4)


def outcome(path: Path, keys: Keys) -> str:
    """The reason code of the refusal, or "accepted"; any other exception fails the test."""
    try:
        decode(path, keys)
    except Exception as exc:
        code = reason_code(exc)
        if code is None:
            raise
        return code
    return "accepted"


def flips_accepted(data: bytes, target: Path, keys: Keys, delta: int) -> list[int]:
    """Positions where XOR-ing one byte with `delta` yields an envelope that is still accepted."""
    accepted = []
    for position in range(len(data)):
        mutated = bytearray(data)
        mutated[position] ^= delta
        target.write_bytes(mutated)
        if outcome(target, keys) == "accepted":
            accepted.append(position)
    return accepted


def chunks_of(path: Path) -> tuple[bytes, list[bytes]]:
    """The head and the stored chunks (length prefix included) of an envelope."""
    header, _raw = read_header(path)
    data = path.read_bytes()
    body, chunks = data[header.payload_offset :], []
    while body:
        (length,) = struct.unpack(">I", body[:4])
        chunks.append(body[: 4 + length])
        body = body[4 + length :]
    return data[: header.payload_offset], chunks


@SETTINGS
@given(records=SMALL_RECORDS, chunk_size=st.integers(64, 160), delta=st.integers(1, 255))
def test_every_single_byte_change_is_refused(tmp_path: Path, records: list[dict[str, object]], chunk_size: int,
                                             delta: int) -> None:  # fmt: skip
    """R-SYN-2: each byte of the file, one at a time (exhaustive, not sampled), is protected."""
    keys = make_keys(SUITE_X25519)
    write(tmp_path / "ok.env", records, keys, chunk_size=chunk_size)
    data = (tmp_path / "ok.env").read_bytes()
    assert flips_accepted(data, tmp_path / "bad.env", keys, delta) == []


def test_every_single_byte_change_is_refused_hybrid(tmp_path: Path) -> None:
    """R-SYN-2: the same for the ML-KEM-768+X25519 suite, whose capsule is 1168 bytes."""
    keys = make_keys(SUITE_HYBRID)
    write(tmp_path / "ok.env", [voter(1), voter(2)], keys)
    data = (tmp_path / "ok.env").read_bytes()
    assert flips_accepted(data, tmp_path / "bad.env", keys, 0x80) == []


def test_truncation_at_every_length_is_refused(tmp_path: Path, keys: Keys) -> None:
    """R-SYN-2: a file cut anywhere, down to nothing, is refused as malformed."""
    write(tmp_path / "ok.env", [voter(1), voter(2), voter(3)], keys)
    data = (tmp_path / "ok.env").read_bytes()
    codes = set()
    for length in range(len(data)):
        (tmp_path / "cut.env").write_bytes(data[:length])
        codes.add(outcome(tmp_path / "cut.env", keys))
    assert codes == {"malformed"}


@SETTINGS
@given(tail=st.binary(min_size=1, max_size=200))
def test_trailing_garbage_is_refused(tmp_path: Path, tail: bytes) -> None:
    """R-SYN-2: nothing may follow the last chunk."""
    keys = make_keys(SUITE_X25519)
    write(tmp_path / "ok.env", [voter(1)], keys)
    (tmp_path / "pad.env").write_bytes((tmp_path / "ok.env").read_bytes() + tail)
    assert outcome(tmp_path / "pad.env", keys) == "malformed"


@pytest.mark.parametrize(
    ("edit", "code"),
    [
        (lambda c: [c[1], c[0], *c[2:]], "signature-invalid"),  # reordered
        (lambda c: [c[0], c[0], *c[2:]], "signature-invalid"),  # duplicated over its neighbour
        (lambda c: [c[0], *c[2:]], "malformed"),  # removed
        (lambda c: [*c, c[-1]], "malformed"),  # repeated at the end
        (lambda c: c[:-1], "malformed"),  # last chunk cut off
    ],
    ids=["reordered", "duplicated", "removed", "appended", "last-removed"],
)
def test_chunk_edits_are_refused(tmp_path: Path, keys: Keys, edit: forge.ChunkEdit, code: str) -> None:
    """R-SYN-2: chunks cannot be moved, repeated or dropped."""
    write(tmp_path / "ok.env", [voter(i) for i in range(4)], keys)
    head, chunks = chunks_of(tmp_path / "ok.env")
    (tmp_path / "bad.env").write_bytes(head + b"".join(edit(chunks)))
    assert outcome(tmp_path / "bad.env", keys) == code


def test_chunk_from_another_envelope_is_refused(tmp_path: Path, keys: Keys) -> None:
    """R-SYN-2: a chunk of the same size from another envelope to the same recipient does not fit."""
    write(tmp_path / "a.env", [voter(i) for i in range(3)], keys)
    write(tmp_path / "b.env", [voter(i + 10) for i in range(3)], keys)
    head, chunks = chunks_of(tmp_path / "a.env")
    _head, others = chunks_of(tmp_path / "b.env")
    assert len(others[1]) == len(chunks[1])
    (tmp_path / "mix.env").write_bytes(head + b"".join([chunks[0], others[1], *chunks[2:]]))
    assert outcome(tmp_path / "mix.env", keys) == "signature-invalid"


def test_stream_cut_at_a_chunk_boundary_under_a_consistent_header_is_refused(tmp_path: Path, x_keys: Keys) -> None:
    """R-SYN-2: even if sizes agree with the header, a stream that ends without its last chunk fails."""
    payload = b"".join(b'{"key":"k","t":"meta","value":"' + b"v" * 30 + b'"}\n' for _ in range(3))
    cut = payload[:128]
    forge.forge(tmp_path / "cut.env", payload, x_keys, edit_chunks=lambda c: c[:2], payload_size=128, chunks=2,
                records=2, payload_sha256=hashlib.sha256(cut).hexdigest())  # fmt: skip
    assert outcome(tmp_path / "cut.env", x_keys) == "signature-invalid"


def _stream(pieces: list[bytes], key: bytes, header_hash: bytes, size: int = 64) -> list[bytes]:
    aead = AESGCM(key)
    return [seal_chunk(aead, header_hash, i, i == len(pieces) - 1, p) for i, p in enumerate(pieces)]


def _open(chunks: list[bytes], key: bytes, header_hash: bytes, payload_size: int) -> list[bytes]:
    return list(open_chunks(io.BytesIO(b"".join(chunks)), key, header_hash, payload_size, 64))


def test_stream_construction_detects_each_misuse() -> None:
    """R-SYN-2: the chunk layer alone (STREAM: index and last flag in nonce and AAD, header hash in AAD)."""
    key, hh, pieces = os.urandom(32), os.urandom(32), [bytes([i]) * 64 for i in range(3)]
    chunks = _stream(pieces, key, hh)
    assert _open(chunks, key, hh, 192) == pieces
    attacks = {
        "truncated at a boundary": (chunks[:2], 128),
        "reordered": ([chunks[1], chunks[0], chunks[2]], 192),
        "duplicated": ([chunks[0], chunks[0], chunks[2]], 192),
        "from another header": ([chunks[0], _stream(pieces, key, os.urandom(32))[1], chunks[2]], 192),
        "under another key": ([chunks[0], _stream(pieces, os.urandom(32), hh)[1], chunks[2]], 192),
    }
    for name, (edited, size) in attacks.items():
        with refused("signature-invalid"):
            _open(edited, key, hh, size)
            pytest.fail(name)
    with refused("malformed"):
        _open([chunks[0], chunks[1][:-1]], key, hh, 128)


def _replace_header(data: bytes, old: bytes, new: bytes) -> bytes:
    start = 12
    assert data[start : start + len(old)] == old
    return data[:8] + struct.pack(">I", len(new)) + new + data[start + len(old) :]


@pytest.mark.parametrize(
    ("old", "new"),
    [(b'"precinct":"1001"', b'"precinct":"1002"'), (b'"seq":1', b'"seq":2'), (b'"kind":"package"', b'"kind":"update"')],
)
def test_header_altered_after_signing_is_refused(tmp_path: Path, keys: Keys, old: bytes, new: bytes) -> None:
    """R-SYN-2: the signature covers every header byte (seq, precinct, kind ...)."""
    write(tmp_path / "ok.env", [voter(1)], keys)
    _header, raw = read_header(tmp_path / "ok.env")
    altered = raw.replace(old, new)
    if new == b'"seq":2':
        altered = altered.replace(b'"prev":"' + b"0" * 64, b'"prev":"' + b"1" * 64)
    (tmp_path / "bad.env").write_bytes(_replace_header((tmp_path / "ok.env").read_bytes(), raw, altered))
    assert outcome(tmp_path / "bad.env", keys) == "signature-invalid"


def test_header_signed_by_another_key_is_refused(tmp_path: Path, x_keys: Keys) -> None:
    """R-SYN-2: a forger's signature fails; naming the forger's key makes it untrusted."""
    mallory = Ed25519PrivateKey.generate()
    forge.forge(tmp_path / "same-id.env", b"", x_keys, signer=mallory)
    forge.forge(tmp_path / "own-id.env", b"", x_keys, signer=mallory, sender=signer_id(mallory.public_key()))
    assert outcome(tmp_path / "same-id.env", x_keys) == "signature-invalid"
    assert outcome(tmp_path / "own-id.env", x_keys) == "untrusted-signer"


def test_wrong_signer_key_is_refused(tmp_path: Path, keys: Keys) -> None:
    """R-SYN-2: verifying with a key other than the sender's is refused as untrusted."""
    write(tmp_path / "ok.env", [voter(1)], keys)
    other = make_keys(keys.recipient.suite, n=2)
    assert outcome(tmp_path / "ok.env", Keys(other.signer, keys.recipient)) == "untrusted-signer"


def test_wrong_recipient_key_is_refused(tmp_path: Path, keys: Keys) -> None:
    """R-SYN-2: another device's key, of either suite, cannot open the envelope."""
    write(tmp_path / "ok.env", [voter(1)], keys)
    for suite in (SUITE_X25519, SUITE_HYBRID):
        other = make_keys(suite, n=3)
        assert outcome(tmp_path / "ok.env", Keys(keys.signer, other.recipient)) == "wrong-recipient"


def test_capsule_with_another_content_key_is_refused_before_any_record(tmp_path: Path, keys: Keys) -> None:
    """R-SYN-2: anyone can seal a key to the recipient; the signed key commitment refuses theirs."""
    write(tmp_path / "ok.env", [voter(1)], keys)
    header, _raw = read_header(tmp_path / "ok.env")
    key = os.urandom(32)
    fake = forge.seal_chunks(b"x" * header.payload_size, key, header.hash, header.chunk_size)
    capsule = forge.capsule_for(keys, key, header.hash)
    head = head_bytes(header)[: -len(header.capsule)] + capsule
    (tmp_path / "bad.env").write_bytes(head + b"".join(fake))
    bad, _raw = read_header(tmp_path / "bad.env")
    with refused("signature-invalid"):
        open_payload(tmp_path / "bad.env", bad, keys.recipient, registry())


def test_file_replaced_after_its_header_was_read_is_refused(tmp_path: Path, x_keys: Keys) -> None:
    """R-SEC-11: the payload is read from the file whose header was checked, or not at all."""
    write(tmp_path / "a.env", [voter(1)], x_keys)
    header, _raw = read_header(tmp_path / "a.env")
    write(tmp_path / "a.env", [voter(2)], x_keys)
    with refused("malformed"):
        list(open_payload(tmp_path / "a.env", header, x_keys.recipient, registry()))


def test_damaged_chunk_stops_the_stream(tmp_path: Path, x_keys: Keys) -> None:
    """R-SYN-2: records of intact chunks come first, then the refusal; the importer must roll back."""
    write(tmp_path / "ok.env", [voter(i) for i in range(6)], x_keys)
    head, chunks = chunks_of(tmp_path / "ok.env")
    chunks[-1] = chunks[-1][:-1] + bytes([chunks[-1][-1] ^ 1])
    (tmp_path / "bad.env").write_bytes(head + b"".join(chunks))
    header, _raw = read_header(tmp_path / "bad.env")
    seen: list[Record] = []
    with refused("signature-invalid"):
        seen.extend(open_payload(tmp_path / "bad.env", header, x_keys.recipient, registry()))
    assert seen == [voter(i) for i in range(len(seen))] and len(seen) < 6


def test_oversized_header_is_refused_before_parsing(tmp_path: Path, x_keys: Keys) -> None:
    """R-SEC-11: the header length is checked against the limit before the header is read."""
    (tmp_path / "big.env").write_bytes(b"PECENV1\n" + struct.pack(">I", 65537) + b"{" * 70000)
    with refused("too-large"):
        read_header(tmp_path / "big.env")
    write(tmp_path / "ok.env", [voter(1)], x_keys)
    with refused("too-large"):
        read_header(tmp_path / "ok.env", Limits(max_header=200))


def test_oversized_file_is_refused_before_reading(tmp_path: Path, x_keys: Keys) -> None:
    """R-SEC-11: a file over the size limit is refused from its size alone."""
    write(tmp_path / "ok.env", [voter(i) for i in range(10)], x_keys)
    with refused("too-large"):
        read_header(tmp_path / "ok.env", Limits(max_file=1000))


def test_chunk_size_outside_the_limits_is_refused(tmp_path: Path, x_keys: Keys) -> None:
    """R-SEC-11: a reader never allocates a chunk larger than its limit."""
    write(tmp_path / "ok.env", [voter(1)], x_keys, chunk_size=4096)
    with refused("too-large"):
        read_header(tmp_path / "ok.env", Limits(max_chunk=1024))
    with refused("malformed"):
        read_header(tmp_path / "ok.env", Limits(min_chunk=8192, max_chunk=16384))


@pytest.mark.parametrize(
    "content",
    [b"", b"PECENV1\n", b"PECENV1\n\x00\x00\x00\x00", b"PECENV2\n\x00\x00\x00\x02{}", b"\x00" * 100, b"{}\n"],
    ids=["empty", "magic-only", "zero-header", "other-version", "zeros", "json"],
)
def test_files_that_are_not_envelopes_are_refused(tmp_path: Path, x_keys: Keys, content: bytes) -> None:
    """R-SEC-11: empty or foreign files are malformed."""
    (tmp_path / "x.env").write_bytes(content)
    assert outcome(tmp_path / "x.env", x_keys) == "malformed"


def test_directory_instead_of_a_file_is_refused(tmp_path: Path, x_keys: Keys) -> None:
    """R-SEC-11: a directory named like an envelope is refused, not read."""
    (tmp_path / "dir.env").mkdir()
    assert outcome(tmp_path / "dir.env", x_keys) == "malformed"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_instead_of_a_file_is_refused_without_hanging(tmp_path: Path, x_keys: Keys) -> None:
    """R-SEC-11: a FIFO under an envelope's name is refused, not waited on."""
    os.mkfifo(tmp_path / "pipe.env")
    assert outcome(tmp_path / "pipe.env", x_keys) == "malformed"
