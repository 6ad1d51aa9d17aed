"""The envelope file: one format for everything that travels (DESIGN.md "Envelopes", docs/envelope.md).

    MAGIC "PECENV1\\n" · u32 header length · header JSON · u16 64 · Ed25519 signature
    · u16 capsule length · HPKE capsule · chunks (u32 length · AES-256-GCM ciphertext)...

Reading follows the import order: `read_header` (sizes, then the strict header, nothing decrypted),
`verify_signature` (the caller picks the trusted key by `header.sender`), `open_payload` (recipient,
capsule, key commitment, then chunk by chunk: authenticate, parse records, and at the end the
payload hash, size and record count). `open_envelope` does all three. Memory stays bounded by one
chunk and one line, whatever the payload's size.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import struct
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import Defect, Part
from app.security.atomic import fsync_dir
from app.sync.chunks import Spool, chunk_count, open_chunks, read_exact, seal_chunk
from app.sync.header import (
    DEFAULT_CHUNK_SIZE,
    MAGIC,
    SIGNATURE_PREFIX,
    SIGNATURE_SIZE,
    ZERO_HASH,
    Header,
    HeaderFields,
    Limits,
    header_dict,
    key_commitment,
    make_header,
    parse_header,
)
from app.sync.recipient_keys import (
    CONTENT_KEY_SIZE,
    RecipientPrivateKey,
    RecipientPublicKey,
    capsule_size,
    check_recipient,
    open_content_key,
    seal_content_key,
    signer_id,
)
from app.sync.records import Record, SchemaRegistry, base_registry, encode_record, parse_records
from app.sync.strict import MALFORMED, SIGNATURE_INVALID, TOO_LARGE, UNTRUSTED_SIGNER, canonical, refusal

_U32 = struct.Struct(">I")
_U16 = struct.Struct(">H")
SPOOL_KEY_SIZE = 32

RecipientPublic = RecipientPublicKey | X25519PublicKey
RecipientPrivate = RecipientPrivateKey | X25519PrivateKey


def _as_public(key: RecipientPublic) -> RecipientPublicKey:
    return RecipientPublicKey(key) if isinstance(key, X25519PublicKey) else key


def _as_private(key: RecipientPrivate) -> RecipientPrivateKey:
    return RecipientPrivateKey(key) if isinstance(key, X25519PrivateKey) else key


def head_bytes(header: Header) -> bytes:
    """Everything before the chunks: magic, header, signature, capsule, each with its length."""
    return b"".join(
        (
            MAGIC,
            _U32.pack(len(header.raw)),
            header.raw,
            _U16.pack(len(header.signature)),
            header.signature,
            _U16.pack(len(header.capsule)),
            header.capsule,
        )
    )


class EnvelopeWriter:
    """Writes one envelope, streaming: `with EnvelopeWriter(...) as w: w.write_record({...})`.

    Records are spooled (sealed under a throw-away key) next to `path` or in `spool_dir`; at close
    the header is completed, signed and the chunks re-sealed into a temporary file that is fsynced
    and renamed to `path`. An exception inside the `with` block leaves no file behind.
    `entropy` is a test seam for fixed test vectors; production code never passes it.
    """

    def __init__(
        self,
        path: Path,
        fields: HeaderFields,
        *,
        signing_key: Ed25519PrivateKey,
        recipient_public: RecipientPublic,
        registry: SchemaRegistry | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        limits: Limits | None = None,
        spool_dir: Path | None = None,
        entropy: Callable[[int], bytes] = os.urandom,
    ) -> None:
        self.path = Path(path)
        self._fields, self._signing_key = fields, signing_key
        self._registry = registry or base_registry()
        self._recipient = _as_public(recipient_public)
        self._limits = limits or Limits()
        self._chunk_size = chunk_size
        self._content_key = entropy(CONTENT_KEY_SIZE)
        parse_header(canonical(self._header_obj(ZERO_HASH, 0, 0)), self._limits)  # refuse bad fields now
        self._spool = Spool(spool_dir or self.path.parent, entropy(SPOOL_KEY_SIZE), chunk_size)
        self._digest = hashlib.sha256()
        self._size = 0
        self._records = 0
        self._done = False
        self.header: Header | None = None
        self.sha256: str | None = None  # of the whole file, for the next envelope's `prev`

    def __enter__(self) -> EnvelopeWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def write_record(self, record: Mapping[str, object]) -> None:
        """Adds one record; refuses (malformed / too-large) what a reader would refuse."""
        if self._done:
            raise ValueError("the envelope is already closed")
        line = encode_record(record, self._registry, self._limits.max_line, self._records + 1)
        if self._size + len(line) > self._limits.max_file:
            raise refusal(TOO_LARGE, Defect.OVER_LIMIT, part=Part.PAYLOAD, limit=self._limits.max_file)
        self._digest.update(line)
        self._size += len(line)
        self._records += 1
        self._spool.write(line)

    def close(self) -> Header:
        """Completes, signs and writes the envelope; returns its header."""
        if self.header is not None:
            return self.header
        if self._done:
            raise ValueError("the envelope was aborted")
        self._done = True
        try:
            header = self._seal_header()
            self.sha256 = self._write_file(header)
        finally:
            self._spool.discard()
        self.header = header
        return header

    def abort(self) -> None:
        """Drops everything written so far; no file appears."""
        self._done = True
        self._spool.discard()

    def _header_obj(self, digest: str, size: int, records: int) -> dict[str, Any]:
        return header_dict(
            self._fields,
            sender=signer_id(self._signing_key.public_key()),
            recipient=self._recipient.key_id,
            suite=self._recipient.suite,
            payload_sha256=digest,
            payload_size=size,
            records=records,
            chunk_size=self._chunk_size,
            chunks=chunk_count(size, self._chunk_size),
            key_commit=key_commitment(self._content_key),
        )

    def _seal_header(self) -> Header:
        obj = self._header_obj(self._digest.hexdigest(), self._size, self._records)
        raw = canonical(obj)
        parse_header(raw, self._limits)
        signature = self._signing_key.sign(SIGNATURE_PREFIX + raw)
        capsule = seal_content_key(self._content_key, self._recipient, hashlib.sha256(raw).digest())
        return make_header(obj, raw, signature, capsule)

    def _write_file(self, header: Header) -> str:
        fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        temporary = Path(name)
        try:
            with os.fdopen(fd, "wb") as out:
                digest = self._write_body(out, header)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
            raise
        fsync_dir(self.path.parent)
        return digest

    def _write_body(self, out: BinaryIO, header: Header) -> str:
        digest = hashlib.sha256(head := head_bytes(header))
        out.write(head)
        aead, header_hash = AESGCM(self._content_key), header.hash
        for index, plain in enumerate(self._spool.replay(header.payload_size)):
            chunk = seal_chunk(aead, header_hash, index, index == header.chunks - 1, plain)
            digest.update(chunk)
            out.write(chunk)
        return digest.hexdigest()


POLICY_VIOLATION = "policy-violation"  # a link where an envelope should be
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)


@contextlib.contextmanager
def _open_file(path: Path, limits: Limits) -> Iterator[tuple[BinaryIO, int]]:
    """The file opened for reading, refused unless it is a regular file within the size limit.

    O_NONBLOCK: opening a FIFO planted under the envelope's name must not hang the reader."""
    if path.is_symlink():  # never followed (R-SEC-11); O_NOFOLLOW closes the race
        raise refusal(POLICY_VIOLATION, Defect.SYMLINK, part=Part.FILE, path=path.name)
    if path.is_dir():
        raise refusal(MALFORMED, Defect.NOT_A_FILE, part=Part.FILE, path=path.name)
    fd = os.open(path, _READ_FLAGS)
    with os.fdopen(fd, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise refusal(MALFORMED, Defect.NOT_A_FILE, part=Part.FILE, path=path.name)
        if info.st_size > limits.max_file:
            raise refusal(TOO_LARGE, Defect.OVER_LIMIT, part=Part.FILE, path=path.name, limit=limits.max_file)
        yield stream, info.st_size


def _read_head(stream: BinaryIO, size: int, limits: Limits) -> Header:
    if size < len(MAGIC) + _U32.size:
        raise refusal(MALFORMED, Defect.TOO_SHORT, part=Part.ENVELOPE, size=size)
    if stream.read(len(MAGIC)) != MAGIC:
        raise refusal(MALFORMED, Defect.WRONG_MAGIC, part=Part.ENVELOPE)
    (length,) = _U32.unpack(read_exact(stream, _U32.size, Part.HEADER))
    if length > limits.max_header:
        raise refusal(TOO_LARGE, Defect.OVER_LIMIT, part=Part.HEADER, limit=limits.max_header)
    if not 0 < length <= size - len(MAGIC) - _U32.size:
        raise refusal(MALFORMED, Defect.TRUNCATED, part=Part.HEADER)
    raw = read_exact(stream, length, Part.HEADER)
    obj = parse_header(raw, limits)
    signature = _read_block(stream, SIGNATURE_SIZE, Part.SIGNATURE)
    capsule = _read_block(stream, capsule_size(obj["suite"]), Part.CONTENT_KEY)
    header = make_header(obj, raw, signature, capsule)
    if header.file_size != size:
        raise refusal(MALFORMED, Defect.SIZE_MISMATCH, part=Part.ENVELOPE, size=size, expected=header.file_size)
    return header


def _read_block(stream: BinaryIO, expected: int, part: Part) -> bytes:
    (length,) = _U16.unpack(read_exact(stream, _U16.size, part))
    if length != expected:
        raise refusal(MALFORMED, Defect.SIZE_MISMATCH, part=part, size=length, expected=expected)
    return read_exact(stream, length, part)


def read_header(path: Path, limits: Limits | None = None) -> tuple[Header, bytes]:
    """The parsed header and its signed bytes; checks sizes and structure, decrypts nothing."""
    limits = limits or Limits()
    with _open_file(Path(path), limits) as (stream, size):
        header = _read_head(stream, size, limits)
    return header, header.raw


def verify_signature(header: Header, sender_public: Ed25519PublicKey) -> None:
    """Refuses unless `sender_public` is the header's sender and its signature is valid."""
    if signer_id(sender_public) != header.sender:
        raise refusal(UNTRUSTED_SIGNER, Defect.OTHER_SIGNER, part=Part.HEADER)
    try:
        sender_public.verify(header.signature, SIGNATURE_PREFIX + header.raw)
    except InvalidSignature as exc:
        raise refusal(SIGNATURE_INVALID, Defect.BAD_SIGNATURE, part=Part.HEADER) from exc


def open_payload(
    path: Path,
    header: Header,
    recipient_private: RecipientPrivate,
    registry: SchemaRegistry | None = None,
    limits: Limits | None = None,
) -> Iterator[Record]:
    """The records, streaming, checked against `registry` (default: `base_registry()`).

    The recipient, the capsule and the key commitment are checked at once; each chunk before its
    records are yielded; the payload hash, size and record count after the last one. Apply the
    records in one transaction and commit only when the iterator ends without an error."""
    private = _as_private(recipient_private)
    check_recipient(private, header.recipient, header.suite)
    key = open_content_key(header.capsule, private, header.hash)
    if key_commitment(key) != header.key_commit:
        raise refusal(SIGNATURE_INVALID, Defect.ALTERED, part=Part.CONTENT_KEY)
    return _records(Path(path), header, key, registry or base_registry(), limits or Limits())


def _records(path: Path, header: Header, key: bytes, registry: SchemaRegistry, limits: Limits) -> Iterator[Record]:
    with _open_file(path, limits) as (stream, size):
        if _read_head(stream, size, limits) != header:
            raise refusal(MALFORMED, Defect.CHANGED, part=Part.ENVELOPE)
        tally = _Tally(header)
        chunks = open_chunks(stream, key, header.hash, header.payload_size, header.chunk_size)
        count = 0
        for record in parse_records(tally.feed(chunks), registry, limits.max_line):
            count += 1
            if count > header.records:
                raise refusal(MALFORMED, Defect.COUNT_MISMATCH, part=Part.PAYLOAD, count=count, expected=header.records)
            yield record
        if stream.read(1):
            raise refusal(MALFORMED, Defect.TRAILING_DATA, part=Part.ENVELOPE)
        tally.finish(count)


class _Tally:
    """Hash and size of the plaintext as it streams past, checked against the header at the end."""

    def __init__(self, header: Header) -> None:
        self._header = header
        self._digest = hashlib.sha256()
        self._size = 0

    def feed(self, chunks: Iterator[bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            self._digest.update(chunk)
            self._size += len(chunk)
            yield chunk

    def finish(self, records: int) -> None:
        header = self._header
        if self._size != header.payload_size or records != header.records:
            if records != header.records:
                raise refusal(
                    MALFORMED, Defect.COUNT_MISMATCH, part=Part.PAYLOAD, count=records, expected=header.records
                )
            raise refusal(
                MALFORMED, Defect.SIZE_MISMATCH, part=Part.PAYLOAD, size=self._size, expected=header.payload_size
            )
        if self._digest.hexdigest() != header.payload_sha256:
            raise refusal(SIGNATURE_INVALID, Defect.HASH_MISMATCH, part=Part.PAYLOAD)


def open_envelope(
    path: Path,
    sender_public: Ed25519PublicKey,
    recipient_private: RecipientPrivate,
    registry: SchemaRegistry | None = None,
    limits: Limits | None = None,
) -> tuple[Header, Iterator[Record]]:
    """`read_header`, `verify_signature` and `open_payload` in that order."""
    header, _raw = read_header(path, limits)
    verify_signature(header, sender_public)
    return header, open_payload(path, header, recipient_private, registry, limits)


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a whole envelope file: the next envelope of the stream names it as `prev`."""
    with os.fdopen(os.open(path, _READ_FLAGS), "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()
