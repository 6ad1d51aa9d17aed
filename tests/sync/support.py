"""Shared helpers for the envelope tests: fixed keys, a writer/reader pair, refusal checks."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.sync import (
    SUITE_HYBRID,
    EnvelopeWriter,
    HeaderFields,
    Limits,
    RecipientPrivateKey,
    Record,
    RecordSchema,
    SchemaRegistry,
    base_registry,
    open_payload,
    read_header,
    reason_code,
    verify_signature,
)
from app.sync.header import ZERO_HASH

T0 = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)
SMALL_CHUNK = 64
ENVELOPE_CODES = {"malformed", "too-large", "signature-invalid", "untrusted-signer", "wrong-recipient"}
TALLY = RecordSchema("tally", {"name": (str, 40, True), "count": (int, None, True), "final": (bool, None, False)})


@dataclass(frozen=True)
class Keys:
    signer: Ed25519PrivateKey
    recipient: RecipientPrivateKey


def make_keys(suite: str, n: int = 1) -> Keys:
    """Deterministic keys: the same `n` always gives the same pair (fast, reproducible)."""
    signer = Ed25519PrivateKey.from_private_bytes(bytes([n]) * 32)
    x25519 = X25519PrivateKey.from_private_bytes(bytes([n + 100]) * 32)
    mlkem = MLKEM768PrivateKey.from_seed_bytes(bytes([n + 200]) * 64) if suite == SUITE_HYBRID else None
    return Keys(signer, RecipientPrivateKey(x25519, mlkem))


def registry() -> SchemaRegistry:
    reg = base_registry()
    reg.register(TALLY)
    return reg


def fields(seq: int = 1, prev: str = ZERO_HASH, kind: str = "package") -> HeaderFields:
    return HeaderFields(kind, "test-2026", "1001", seq, prev, T0, T0 + dt.timedelta(days=30))


def voter(i: int) -> Record:
    return {
        "t": "voter",
        "pin": f"{i:014d}",
        "last_name": "Өмүрбекова",
        "first_name": "Айзада",
        "patronymic": "Ңурлановна" if i % 2 else "",
        "birth_date": "1990-03-15",
        "sex": "F",
        "address": f"Бишкек ш., Маркер көчөсү {i}",
        "precinct": "1001",
    }


def write(
    path: Path,
    records: Iterable[Mapping[str, object]],
    keys: Keys,
    *,
    chunk_size: int = SMALL_CHUNK,
    header_fields: HeaderFields | None = None,
    entropy: Callable[[int], bytes] | None = None,
) -> EnvelopeWriter:
    writer = EnvelopeWriter(
        path,
        header_fields or fields(),
        signing_key=keys.signer,
        recipient_public=keys.recipient.public_key(),
        registry=registry(),
        chunk_size=chunk_size,
        entropy=entropy or os.urandom,
    )
    with writer:
        for record in records:
            writer.write_record(record)
    return writer


def decode(path: Path, keys: Keys, limits: Limits | None = None) -> list[Record]:
    """The whole import order of the envelope layer: header, signature, payload."""
    header, _raw = read_header(path, limits)
    verify_signature(header, keys.signer.public_key())
    return list(open_payload(path, header, keys.recipient, registry(), limits))


@contextlib.contextmanager
def refused(*codes: str) -> Iterator[None]:
    """The block must raise an envelope refusal with one of `codes` (any envelope code if none)."""
    with pytest.raises(Exception) as caught:  # the code is checked below
        yield
    code = reason_code(caught.value)
    assert code in (set(codes) or ENVELOPE_CODES), f"{type(caught.value).__name__}: {caught.value}"


class FixedEntropy:
    """The writer's test seam: returns the given byte strings in order (content key, spool key)."""

    def __init__(self, *values: bytes) -> None:
        self._values = list(values)

    def __call__(self, size: int) -> bytes:
        value = self._values.pop(0)
        assert len(value) == size
        return value
