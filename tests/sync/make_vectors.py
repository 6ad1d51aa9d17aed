"""Writes the committed test vectors: `python -m tests.sync.make_vectors` (from the repository root).

Run it only when the format changes on purpose (then bump `v` and document it): the vectors exist
so that an accidental change of the format fails `test_vectors.py`. HPKE draws its own ephemeral
key, so a rerun changes the capsule (and the file hash) but nothing else.
"""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path
from typing import Any

from app.sync import SUITE_HYBRID, SUITE_X25519, Record, read_header
from tests.sync.support import FixedEntropy, make_keys, write

VECTORS = Path(__file__).resolve().parent / "vectors"
CONTENT_KEY = bytes(range(32))
SPOOL_KEY = bytes(range(32, 64))
CHUNK_SIZE = 64
RECORDS: list[Record] = [
    {"t": "meta", "key": "format", "value": "test vector"},
    {
        "t": "voter",
        "pin": "11503199000123",
        "last_name": "Өмүрбекова",
        "first_name": "Айнура",
        "patronymic": "Ңурлановна",
        "birth_date": "1990-03-15",
        "sex": "F",
        "address": "Бишкек ш., Үлгү көчөсү 7",
        "precinct": "1001",
        "special_category": "",
    },
    {"t": "account", "login": "chair", "full_name": "Төрага Т.", "role": "chair"},
    {"t": "tally", "name": 'quote " backslash \\ tab \t nl \n', "count": -9223372036854775808, "final": True},
    {"t": "tally", "name": "emoji 🗳 ls \u2028 del \x7f", "count": 0},
]


def vector_path(suite: str) -> tuple[Path, Path]:
    return VECTORS / f"{suite}.env", VECTORS / f"{suite}.json"


def build(suite: str, path: Path) -> None:
    """The vector envelope of `suite`, from fixed keys and the fixed content and spool keys."""
    write(path, RECORDS, make_keys(suite), chunk_size=CHUNK_SIZE, entropy=FixedEntropy(CONTENT_KEY, SPOOL_KEY))


def description(suite: str, path: Path) -> dict[str, Any]:
    keys = make_keys(suite)
    header, raw = read_header(path)
    nonce0 = struct.pack(">QI", 0, 1 if header.chunks == 1 else 0)
    return {
        "about": "docs/envelope.md test vector; every value is hex unless it is JSON",
        "suite": suite,
        "file": path.name,
        "signer_private_ed25519": keys.signer.private_bytes_raw().hex(),
        "signer_public_ed25519": keys.signer.public_key().public_bytes_raw().hex(),
        "recipient_private": keys.recipient.to_bytes().hex(),
        "recipient_public": keys.recipient.public_key().to_bytes().hex(),
        "content_key": CONTENT_KEY.hex(),
        "header_json": raw.decode("ascii"),
        "header_sha256": header.hash.hex(),
        "signature": header.signature.hex(),
        "capsule_length": len(header.capsule),
        "chunk_0_nonce": nonce0.hex(),
        "chunk_0_aad": (header.hash + nonce0).hex(),
        "payload_offset": header.payload_offset,
        "file_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "schemas": {"tally": {"name": ["str", 40, True], "count": ["int", None, True], "final": ["bool", None, False]}},
        "records": RECORDS,
    }


def main() -> None:
    VECTORS.mkdir(exist_ok=True)
    for suite in (SUITE_X25519, SUITE_HYBRID):
        envelope, about = vector_path(suite)
        build(suite, envelope)
        text = json.dumps(description(suite, envelope), ensure_ascii=False, indent=1)
        about.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
