"""The payload's chunked AES-256-GCM (STREAM construction; docs/envelope.md, "Chunks").

The plaintext is cut into chunks of exactly `chunk_size` bytes, the last one shorter or equal
(an empty payload is one empty chunk). Chunk i is sealed with the content key, nonce = i as 8 bytes
big-endian + flags as 4 bytes big-endian (1 for the last chunk, else 0), AAD = SHA-256(header) +
the same 12 bytes. Removing, repeating, reordering or swapping chunks, or cutting the stream at a
chunk boundary, breaks a tag. On disk each chunk is a 4-byte big-endian length + the ciphertext.

The writer cannot know the header (and so the AAD) before the last record, and plaintext must
never touch the disk, so it spools chunks sealed under a throw-away key and re-seals them when the
header is final (`Spool`). Memory holds one chunk at a time either way.
"""

from __future__ import annotations

import contextlib
import os
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import Defect, Part
from app.sync.strict import MALFORMED, SIGNATURE_INVALID, refusal

TAG_SIZE = 16
LENGTH = struct.Struct(">I")
LAST = 1


def chunk_count(payload_size: int, chunk_size: int) -> int:
    """How many chunks a payload has: at least one, even when it is empty."""
    return max(1, -(-payload_size // chunk_size))


def plain_size(index: int, payload_size: int, chunk_size: int) -> int:
    """Plaintext bytes in chunk `index`."""
    return min(chunk_size, payload_size - index * chunk_size)


def chunk_nonce(index: int, last: bool) -> bytes:
    return struct.pack(">QI", index, LAST if last else 0)


def chunk_aad(header_hash: bytes, index: int, last: bool) -> bytes:
    return header_hash + chunk_nonce(index, last)


def seal_chunk(key: AESGCM, header_hash: bytes, index: int, last: bool, plain: bytes) -> bytes:
    """The chunk as stored: 4-byte length + ciphertext with its tag."""
    sealed = key.encrypt(chunk_nonce(index, last), plain, chunk_aad(header_hash, index, last))
    return LENGTH.pack(len(sealed)) + sealed


def read_exact(stream: BinaryIO, size: int, part: Part, **where: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise refusal(MALFORMED, Defect.TRUNCATED, part=part, **where)
    return data


def open_chunks(
    stream: BinaryIO, key: bytes, header_hash: bytes, payload_size: int, chunk_size: int
) -> Iterator[bytes]:
    """Plaintext chunks, each authenticated before it is returned."""
    aead = AESGCM(key)
    count = chunk_count(payload_size, chunk_size)
    for index in range(count):
        expected = plain_size(index, payload_size, chunk_size) + TAG_SIZE
        (length,) = LENGTH.unpack(read_exact(stream, LENGTH.size, Part.CHUNK, chunk=index))
        if length != expected:
            raise refusal(MALFORMED, Defect.SIZE_MISMATCH, part=Part.CHUNK, chunk=index, size=length, expected=expected)
        yield _open_chunk(
            aead, header_hash, index, index == count - 1, read_exact(stream, length, Part.CHUNK, chunk=index)
        )


def _open_chunk(aead: AESGCM, header_hash: bytes, index: int, last: bool, sealed: bytes) -> bytes:
    try:
        return aead.decrypt(chunk_nonce(index, last), sealed, chunk_aad(header_hash, index, last))
    except InvalidTag as exc:
        raise refusal(SIGNATURE_INVALID, Defect.ALTERED, part=Part.CHUNK, chunk=index) from exc


class Spool:
    """Plaintext cut into chunks and kept in a temporary file sealed under a throw-away key."""

    def __init__(self, directory: Path, key: bytes, chunk_size: int) -> None:
        fd, name = tempfile.mkstemp(prefix=".pec-envelope-", suffix=".spool", dir=directory)
        self.path = Path(name)
        self._file = os.fdopen(fd, "w+b")
        self._aead = AESGCM(key)
        self._chunk_size = chunk_size
        self._buffer = bytearray()
        self._written = 0

    def write(self, data: bytes) -> None:
        self._buffer += data
        while len(self._buffer) >= self._chunk_size:
            self._seal(bytes(self._buffer[: self._chunk_size]))
            del self._buffer[: self._chunk_size]

    def _seal(self, plain: bytes) -> None:
        self._file.write(self._aead.encrypt(struct.pack(">Q4x", self._written), plain, None))
        self._written += 1

    def replay(self, payload_size: int) -> Iterator[bytes]:
        """Every chunk's plaintext again, in order, after the last write."""
        if self._buffer or self._written == 0:
            self._seal(bytes(self._buffer))
            self._buffer.clear()
        self._file.flush()
        self._file.seek(0)
        for index in range(self._written):
            size = plain_size(index, payload_size, self._chunk_size) + TAG_SIZE
            yield self._aead.decrypt(struct.pack(">Q4x", index), self._file.read(size), None)

    def discard(self) -> None:
        self._file.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
