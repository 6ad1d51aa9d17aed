"""An independent envelope builder written from docs/envelope.md alone (no app.sync code).

It proves the document is enough to write a compatible implementation, and it makes envelopes
the real writer refuses to make: malformed payloads, wrong counts, foreign capsules.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tests.sync.support import Keys

ChunkEdit = Callable[[list[bytes]], list[bytes]]


def canonical(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def recipient_raw(keys: Keys) -> bytes:
    mlkem = keys.recipient.mlkem
    prefix = b"" if mlkem is None else mlkem.public_key().public_bytes_raw()
    return prefix + keys.recipient.x25519.public_key().public_bytes_raw()


def header_for(payload: bytes, keys: Keys, content_key: bytes, chunk_size: int, **overrides: Any) -> dict[str, Any]:
    hybrid = keys.recipient.mlkem is not None
    header: dict[str, Any] = {
        "v": 1, "kind": "package", "election": "test-2026", "precinct": "1001",
        "sender": hashlib.sha256(keys.signer.public_key().public_bytes_raw()).hexdigest(),
        "recipient": hashlib.sha256(recipient_raw(keys)).hexdigest(),
        "suite": "mlkem768-x25519" if hybrid else "x25519", "seq": 1, "prev": "0" * 64,
        "created": "2026-09-01T09:00:00Z", "expires": "2026-10-01T09:00:00Z",
        "payload_sha256": hashlib.sha256(payload).hexdigest(), "payload_size": len(payload),
        "records": payload.count(b"\n"), "chunk_size": chunk_size,
        "chunks": max(1, -(-len(payload) // chunk_size)),
        "key_commit": hashlib.sha256(b"pec-desk/content-key/v1\0" + content_key).hexdigest(),
    }  # fmt: skip
    header.update(overrides)
    return header


def capsule_for(keys: Keys, content_key: bytes, header_hash: bytes) -> bytes:
    hybrid = keys.recipient.mlkem is not None
    kem = hpke.KEM.MLKEM768_X25519 if hybrid else hpke.KEM.X25519
    suite = hpke.Suite(kem, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
    return suite.encrypt(
        content_key, keys.recipient.public_key().hpke_key(), info=b"pec-desk/envelope/v1" + header_hash
    )


def seal_chunks(payload: bytes, content_key: bytes, header_hash: bytes, chunk_size: int) -> list[bytes]:
    pieces = [payload[i : i + chunk_size] for i in range(0, len(payload), chunk_size)] or [b""]
    aead, sealed = AESGCM(content_key), []
    for index, piece in enumerate(pieces):
        nonce = struct.pack(">QI", index, 1 if index == len(pieces) - 1 else 0)
        ciphertext = aead.encrypt(nonce, piece, header_hash + nonce)
        sealed.append(struct.pack(">I", len(ciphertext)) + ciphertext)
    return sealed


def forge(
    path: Path,
    payload: bytes,
    keys: Keys,
    *,
    chunk_size: int = 64,
    content_key: bytes | None = None,
    signer: Ed25519PrivateKey | None = None,
    edit_chunks: ChunkEdit | None = None,
    **overrides: Any,
) -> dict[str, Any]:
    """Writes an envelope holding exactly `payload` (no record checks); returns its header."""
    key = content_key or os.urandom(32)
    header = header_for(payload, keys, key, chunk_size, **overrides)
    raw = canonical(header)
    signature = (signer or keys.signer).sign(b"pec-desk/envelope-header/v1\0" + raw)
    header_hash = hashlib.sha256(raw).digest()
    capsule = capsule_for(keys, key, header_hash)
    chunks = seal_chunks(payload, key, header_hash, chunk_size)
    if edit_chunks is not None:
        chunks = edit_chunks(chunks)
    head = b"PECENV1\n" + struct.pack(">I", len(raw)) + raw + struct.pack(">H", 64) + signature
    path.write_bytes(head + struct.pack(">H", len(capsule)) + capsule + b"".join(chunks))
    return header
