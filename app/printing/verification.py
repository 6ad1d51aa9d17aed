"""The receipt's verification code (issue 5): proof that a receipt came from this PEC's device.

The code is an Ed25519 signature by the device key (the one enrolled with the TEC) over

    b"pec-desk/receipt/v1\\0" + field(number) + field(filed_at) + field(precinct)

where field(x) is the UTF-8 bytes of x preceded by their length (2 bytes, big-endian), so no two
different triples sign the same bytes. `filed_at` is canonicalised first (UTC, microseconds,
"Z"), so "2026-09-01T09:00:00Z" and "2026-09-01T15:00:00+06:00" sign alike.

Printed form: the 64 signature bytes in RFC 4648 base32 (A-Z, 2-7: no 0/1/8/9 to misread),
without padding, 103 characters in groups of 4 joined by "-". Reading it back ignores case,
spaces and hyphens, and accepts only the canonical encoding: the last base32 character carries 3
spare bits, and a code whose spare bits are not zero is refused (otherwise a changed last
character could still decode to the same signature).

Ed25519 is deterministic, so a reprint (DUPLICATE) carries the same code as the original. A
flipped character fails, and a code copied from another claim fails, since the number, the time
and the precinct are all signed.

The QR code on the receipt holds `PECR1|<number>|<filed_at>|<code without hyphens>`.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.printing.base import parse_utc

DOMAIN = b"pec-desk/receipt/v1\0"
QR_PREFIX = "PECR1"
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # RFC 4648 base32
GROUP = 4
SIGNATURE_BYTES = 64


def canonical_time(filed_at: str) -> str:
    return parse_utc(filed_at).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def signed_message(number: str, filed_at: str, precinct: str) -> bytes:
    parts = [DOMAIN]
    for value in (number, canonical_time(filed_at), precinct):
        data = value.encode("utf-8")
        if not data or len(data) > 0xFFFF:
            raise ValueError("receipt fields must be non-empty and shorter than 64 KiB")
        parts.append(len(data).to_bytes(2, "big") + data)
    return b"".join(parts)


def receipt_code(signing_key: Ed25519PrivateKey, number: str, filed_at: str, precinct: str) -> str:
    """The verification code printed on the receipt, grouped for reading ("ABCD-EFGH-...")."""
    signature = signing_key.sign(signed_message(number, filed_at, precinct))
    return group(base64.b32encode(signature).decode("ascii").rstrip("="))


def group(code: str) -> str:
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def compact(code: str) -> str:
    """The code as typed or scanned, without case, spaces or hyphens."""
    return "".join(code.split()).replace("-", "").upper()


def decode_code(code: str) -> bytes | None:
    """The signature bytes of a code, or None if it is not a canonical 64-byte code."""
    text = compact(code)
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError):
        return None
    if len(raw) != SIGNATURE_BYTES or base64.b32encode(raw).decode("ascii").rstrip("=") != text:
        return None
    return raw


def check_receipt_code(public: Ed25519PublicKey, number: str, filed_at: str, precinct: str, code: str) -> bool:
    """True only if `code` is this device's signature over exactly these claim fields."""
    signature = decode_code(code)
    if signature is None:
        return False
    try:
        message = signed_message(number, filed_at, precinct)
        public.verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class QrPayload:
    number: str
    filed_at: str
    code: str  # compact, without hyphens


def qr_payload(number: str, filed_at: str, code: str) -> str:
    """The text of the receipt's QR code."""
    for value in (number, filed_at):
        if "|" in value or not value:
            raise ValueError("claim number and time must be non-empty and hold no '|'")
    return f"{QR_PREFIX}|{number}|{filed_at}|{compact(code)}"


def parse_qr_payload(text: str) -> QrPayload:
    """Reads a scanned receipt QR code; ValueError if it is not one."""
    parts = text.strip().split("|")
    if len(parts) != 4 or parts[0] != QR_PREFIX or not all(parts[1:]):
        raise ValueError("not a PEC Desk receipt code")
    _, number, filed_at, code = parts
    parse_utc(filed_at)  # ValueError if it is no time
    if decode_code(code) is None:
        raise ValueError("the verification code is malformed")
    return QrPayload(number, filed_at, compact(code))
