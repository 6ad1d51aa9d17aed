"""Committed test vectors: the format cannot drift unnoticed (R-SYN-1, R-SYN-2).

`vectors/<suite>.env` was written by `make_vectors.py` with fixed keys and a fixed content key
(the writer's `entropy` test seam); `vectors/<suite>.json` holds the keys and intermediate values.
"""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.sync import SUITE_HYBRID, SUITE_X25519, RecipientPrivateKey, file_sha256, open_envelope
from tests.sync.make_vectors import build, vector_path
from tests.sync.support import Keys, decode, make_keys, registry

SUITES = [SUITE_X25519, SUITE_HYBRID]


def load(suite: str) -> tuple[bytes, dict[str, Any]]:
    envelope, about = vector_path(suite)
    return envelope.read_bytes(), json.loads(about.read_text(encoding="utf-8"))


@pytest.mark.parametrize("suite", SUITES)
def test_committed_vector_decodes(suite: str) -> None:
    """R-SYN-1: the committed envelope opens with the committed keys and yields the committed records."""
    data, about = load(suite)
    keys = Keys(
        Ed25519PrivateKey.from_private_bytes(bytes.fromhex(about["signer_private_ed25519"])),
        RecipientPrivateKey.from_bytes(bytes.fromhex(about["recipient_private"])),
    )
    envelope = vector_path(suite)[0]
    header, records = open_envelope(envelope, keys.signer.public_key(), keys.recipient, registry())
    assert list(records) == about["records"]
    assert header.raw.decode("ascii") == about["header_json"] and header.hash.hex() == about["header_sha256"]
    assert header.signature.hex() == about["signature"] and header.payload_offset == about["payload_offset"]
    assert file_sha256(envelope) == about["file_sha256"] == hashlib.sha256(data).hexdigest()
    assert keys.recipient.public_key().to_bytes().hex() == about["recipient_public"]


@pytest.mark.parametrize("suite", SUITES)
def test_writer_reproduces_the_vector_except_the_hpke_capsule(tmp_path: Path, suite: str) -> None:
    """R-SYN-2: same keys, same content key, same records: the same bytes (HPKE's ephemeral key aside)."""
    data, about = load(suite)
    build(suite, tmp_path / "again.env")
    again = (tmp_path / "again.env").read_bytes()
    capsule_start = about["payload_offset"] - about["capsule_length"]
    assert len(again) == len(data)
    assert again[:capsule_start] == data[:capsule_start]
    assert again[about["payload_offset"] :] == data[about["payload_offset"] :]
    assert decode(tmp_path / "again.env", make_keys(suite)) == about["records"]


def _hpke_private(suite: str, raw: bytes) -> X25519PrivateKey | hpke.MLKEM768X25519PrivateKey:
    if suite == SUITE_X25519:
        return X25519PrivateKey.from_private_bytes(raw)
    mlkem = MLKEM768PrivateKey.from_seed_bytes(raw[:64])
    return hpke.MLKEM768X25519PrivateKey(mlkem, X25519PrivateKey.from_private_bytes(raw[64:]))


@pytest.mark.parametrize("suite", SUITES)
def test_vector_opens_with_the_documented_steps_alone(suite: str) -> None:
    """R-SYN-2: docs/envelope.md is enough: parse, verify, open the capsule, open each chunk."""
    data, about = load(suite)
    (length,) = struct.unpack(">I", data[8:12])
    raw, rest = data[12 : 12 + length], data[12 + length :]
    signature, rest = rest[2:66], rest[66:]
    Ed25519PublicKey.from_public_bytes(bytes.fromhex(about["signer_public_ed25519"])).verify(
        signature, b"pec-desk/envelope-header/v1\0" + raw
    )
    header, header_hash = json.loads(raw), hashlib.sha256(raw).digest()
    (capsule_length,) = struct.unpack(">H", rest[:2])
    capsule, rest = rest[2 : 2 + capsule_length], rest[2 + capsule_length :]
    kem = hpke.KEM.X25519 if suite == SUITE_X25519 else hpke.KEM.MLKEM768_X25519
    private = _hpke_private(suite, bytes.fromhex(about["recipient_private"]))
    content_key = hpke.Suite(kem, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM).decrypt(
        capsule, private, info=b"pec-desk/envelope/v1" + header_hash
    )
    assert content_key.hex() == about["content_key"]
    assert hashlib.sha256(b"pec-desk/content-key/v1\0" + content_key).hexdigest() == header["key_commit"]
    payload = b""
    for index in range(header["chunks"]):
        (size,) = struct.unpack(">I", rest[:4])
        nonce = struct.pack(">QI", index, 1 if index == header["chunks"] - 1 else 0)
        payload += AESGCM(content_key).decrypt(nonce, rest[4 : 4 + size], header_hash + nonce)
        rest = rest[4 + size :]
    assert rest == b"" and hashlib.sha256(payload).hexdigest() == header["payload_sha256"]
    lines = payload.split(b"\n")  # only 0x0A ends a record: U+2028 or U+0085 are text
    assert lines[-1] == b"" and [json.loads(line) for line in lines[:-1]] == about["records"]
