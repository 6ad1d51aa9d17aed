"""Key ids and the recipient's KEM keys (docs/envelope.md, "Keys").

A key id is the lowercase hex SHA-256 of the raw public key: the 32 bytes of an Ed25519 key for a
sender; for a recipient, the 32 bytes of an X25519 key (suite "x25519") or the 1184-byte ML-KEM-768
encapsulation key followed by the 32-byte X25519 key (suite "mlkem768-x25519", the HPKE hybrid KEM).
The recipient's key decides the suite. The content key travels in an HPKE capsule (RFC 9180, base
mode, single shot) whose info binds the header hash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey, MLKEM768PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.errors import Defect, Part
from app.sync.strict import MALFORMED, SIGNATURE_INVALID, WRONG_RECIPIENT, refusal

SUITE_X25519 = "x25519"
SUITE_HYBRID = "mlkem768-x25519"
SUITES = (SUITE_X25519, SUITE_HYBRID)
HPKE_INFO = b"pec-desk/envelope/v1"
CONTENT_KEY_SIZE = 32
_X25519_SIZE = 32
_MLKEM_PUBLIC_SIZE = 1184
_MLKEM_SEED_SIZE = 64
_SEALED_KEY_SIZE = CONTENT_KEY_SIZE + 16


def key_id(raw_public: bytes) -> str:
    return hashlib.sha256(raw_public).hexdigest()


def signer_id(public: Ed25519PublicKey) -> str:
    """The key id of an Ed25519 public key (the header's `sender`)."""
    return key_id(public.public_bytes_raw())


def hpke_suite(suite: str) -> hpke.Suite:
    kem = hpke.KEM.MLKEM768_X25519 if suite == SUITE_HYBRID else hpke.KEM.X25519
    return hpke.Suite(kem, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def capsule_size(suite: str) -> int:
    """enc (32 or 1120 bytes) followed by the sealed content key (32 + 16 bytes)."""
    kem = hpke.KEM.MLKEM768_X25519 if suite == SUITE_HYBRID else hpke.KEM.X25519
    return kem.enc_length() + _SEALED_KEY_SIZE


@dataclass(frozen=True)
class RecipientPublicKey:
    """A recipient's KEM public key: X25519 alone, or ML-KEM-768 with X25519 (hybrid)."""

    x25519: X25519PublicKey
    mlkem: MLKEM768PublicKey | None = None

    @property
    def suite(self) -> str:
        return SUITE_X25519 if self.mlkem is None else SUITE_HYBRID

    @property
    def key_id(self) -> str:
        return key_id(self.to_bytes())

    def to_bytes(self) -> bytes:
        prefix = b"" if self.mlkem is None else self.mlkem.public_bytes_raw()
        return prefix + self.x25519.public_bytes_raw()

    @classmethod
    def from_bytes(cls, data: bytes) -> RecipientPublicKey:
        if len(data) == _X25519_SIZE:
            return cls(X25519PublicKey.from_public_bytes(data))
        if len(data) == _MLKEM_PUBLIC_SIZE + _X25519_SIZE:
            mlkem = MLKEM768PublicKey.from_public_bytes(data[:_MLKEM_PUBLIC_SIZE])
            return cls(X25519PublicKey.from_public_bytes(data[_MLKEM_PUBLIC_SIZE:]), mlkem)
        raise refusal(
            MALFORMED,
            Defect.SIZE_MISMATCH,
            part=Part.RECIPIENT_KEY,
            size=len(data),
            expected=_MLKEM_PUBLIC_SIZE + _X25519_SIZE,
        )

    def hpke_key(self) -> X25519PublicKey | hpke.MLKEM768X25519PublicKey:
        if self.mlkem is None:
            return self.x25519
        return hpke.MLKEM768X25519PublicKey(self.mlkem, self.x25519)


@dataclass(frozen=True, eq=False)
class RecipientPrivateKey:
    """A recipient's KEM private key. Serialised as [ML-KEM seed (64)] + X25519 private key (32)."""

    x25519: X25519PrivateKey
    mlkem: MLKEM768PrivateKey | None = None

    @classmethod
    def generate(cls, suite: str = SUITE_HYBRID) -> RecipientPrivateKey:
        if suite not in SUITES:
            raise ValueError(f"unknown suite {suite!r}")
        mlkem = MLKEM768PrivateKey.generate() if suite == SUITE_HYBRID else None
        return cls(X25519PrivateKey.generate(), mlkem)

    @property
    def suite(self) -> str:
        return SUITE_X25519 if self.mlkem is None else SUITE_HYBRID

    def public_key(self) -> RecipientPublicKey:
        mlkem = None if self.mlkem is None else self.mlkem.public_key()
        return RecipientPublicKey(self.x25519.public_key(), mlkem)

    def to_bytes(self) -> bytes:
        prefix = b"" if self.mlkem is None else self.mlkem.private_bytes_raw()
        return prefix + self.x25519.private_bytes_raw()

    @classmethod
    def from_bytes(cls, data: bytes) -> RecipientPrivateKey:
        if len(data) == _X25519_SIZE:
            return cls(X25519PrivateKey.from_private_bytes(data))
        if len(data) == _MLKEM_SEED_SIZE + _X25519_SIZE:
            mlkem = MLKEM768PrivateKey.from_seed_bytes(data[:_MLKEM_SEED_SIZE])
            return cls(X25519PrivateKey.from_private_bytes(data[_MLKEM_SEED_SIZE:]), mlkem)
        raise refusal(
            MALFORMED,
            Defect.SIZE_MISMATCH,
            part=Part.RECIPIENT_KEY,
            size=len(data),
            expected=_MLKEM_SEED_SIZE + _X25519_SIZE,
        )

    def hpke_key(self) -> X25519PrivateKey | hpke.MLKEM768X25519PrivateKey:
        if self.mlkem is None:
            return self.x25519
        return hpke.MLKEM768X25519PrivateKey(self.mlkem, self.x25519)


def seal_content_key(content_key: bytes, recipient: RecipientPublicKey, header_hash: bytes) -> bytes:
    """The capsule: HPKE single-shot encryption of the content key, info = HPKE_INFO + header hash."""
    return hpke_suite(recipient.suite).encrypt(content_key, recipient.hpke_key(), info=HPKE_INFO + header_hash)


def open_content_key(capsule: bytes, recipient: RecipientPrivateKey, header_hash: bytes) -> bytes:
    try:
        key = hpke_suite(recipient.suite).decrypt(capsule, recipient.hpke_key(), info=HPKE_INFO + header_hash)
    except (InvalidTag, ValueError) as exc:
        raise refusal(SIGNATURE_INVALID, Defect.ALTERED, part=Part.CONTENT_KEY) from exc
    if len(key) != CONTENT_KEY_SIZE:
        raise refusal(SIGNATURE_INVALID, Defect.ALTERED, part=Part.CONTENT_KEY)
    return key


def check_recipient(recipient: RecipientPrivateKey, recipient_id: str, suite: str) -> None:
    """Refuses with wrong-recipient unless the envelope names this key and its suite."""
    if recipient.public_key().key_id != recipient_id or recipient.suite != suite:
        raise refusal(WRONG_RECIPIENT, Defect.OTHER_RECIPIENT, part=Part.ENVELOPE)
