"""Sync with the central system: the envelope format (docs/envelope.md); packages, batches, trust
store and sequence tracking build on it. Plain Python, no Qt."""

from app.sync.envelope import (
    EnvelopeWriter,
    file_sha256,
    open_envelope,
    open_payload,
    read_header,
    verify_signature,
)
from app.sync.header import DEFAULT_CHUNK_SIZE, Header, HeaderFields, Limits
from app.sync.recipient_keys import (
    SUITE_HYBRID,
    SUITE_X25519,
    RecipientPrivateKey,
    RecipientPublicKey,
    signer_id,
)
from app.sync.records import Field, Record, RecordSchema, SchemaRegistry, base_registry
from app.sync.strict import EnvelopeError, reason_code

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "SUITE_HYBRID",
    "SUITE_X25519",
    "EnvelopeError",
    "EnvelopeWriter",
    "Field",
    "Header",
    "HeaderFields",
    "Limits",
    "RecipientPrivateKey",
    "RecipientPublicKey",
    "Record",
    "RecordSchema",
    "SchemaRegistry",
    "base_registry",
    "file_sha256",
    "open_envelope",
    "open_payload",
    "read_header",
    "reason_code",
    "signer_id",
    "verify_signature",
]
