"""The receipt's verification code: an Ed25519 signature by the device key (issue 5)."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.printing.verification import (
    ALPHABET,
    DOMAIN,
    check_receipt_code,
    compact,
    parse_qr_payload,
    qr_payload,
    receipt_code,
    signed_message,
)

NUMBER, FILED, PRECINCT = "1001-2026-000042", "2026-09-01T09:15:00Z", "1001"


def test_code_is_grouped_base32_of_a_signature(device_key: Ed25519PrivateKey) -> None:
    code = receipt_code(device_key, NUMBER, FILED, PRECINCT)
    groups = code.split("-")
    assert all(len(g) == 4 for g in groups[:-1]) and 1 <= len(groups[-1]) <= 4
    assert len(compact(code)) == 103 and set(compact(code)) <= set(ALPHABET)
    assert signed_message(NUMBER, FILED, PRECINCT).startswith(DOMAIN)
    assert check_receipt_code(device_key.public_key(), NUMBER, FILED, PRECINCT, code)
    # read back as typed: lower case, spaces instead of hyphens
    assert check_receipt_code(device_key.public_key(), NUMBER, FILED, PRECINCT, code.lower().replace("-", " "))
    # the same instant written another way signs alike
    assert check_receipt_code(device_key.public_key(), NUMBER, "2026-09-01T15:15:00+06:00", PRECINCT, code)


def test_every_flipped_character_fails(device_key: Ed25519PrivateKey) -> None:
    public = device_key.public_key()
    code = compact(receipt_code(device_key, NUMBER, FILED, PRECINCT))
    for i, char in enumerate(code):
        for other in {ALPHABET[(ALPHABET.index(char) + 1) % 32], ALPHABET[(ALPHABET.index(char) + 17) % 32]}:
            flipped = code[:i] + other + code[i + 1 :]
            assert not check_receipt_code(public, NUMBER, FILED, PRECINCT, flipped), (i, other)


def test_non_canonical_last_character_fails(device_key: Ed25519PrivateKey) -> None:
    """The last base32 character has 3 spare bits: a code with them set decodes to the same
    signature, and must still be refused."""
    code = compact(receipt_code(device_key, NUMBER, FILED, PRECINCT))
    last = ALPHABET.index(code[-1])
    for spare in range(1, 8):
        twin = code[:-1] + ALPHABET[last | spare] if last | spare != last else None
        if twin:
            assert base64.b32decode(twin + "=" * (-len(twin) % 8)) == base64.b32decode(code + "=" * (-len(code) % 8))
            assert not check_receipt_code(device_key.public_key(), NUMBER, FILED, PRECINCT, twin)


def test_a_code_copied_onto_another_claim_fails(device_key: Ed25519PrivateKey) -> None:
    public = device_key.public_key()
    code = receipt_code(device_key, NUMBER, FILED, PRECINCT)
    assert not check_receipt_code(public, "1001-2026-000043", FILED, PRECINCT, code)  # another number
    assert not check_receipt_code(public, NUMBER, "2026-09-01T09:16:00Z", PRECINCT, code)  # another time
    assert not check_receipt_code(public, NUMBER, FILED, "1002", code)  # another precinct
    other_device = Ed25519PrivateKey.generate()
    assert not check_receipt_code(other_device.public_key(), NUMBER, FILED, PRECINCT, code)  # forged elsewhere
    assert not check_receipt_code(public, NUMBER, FILED, PRECINCT, "")
    assert not check_receipt_code(public, NUMBER, FILED, PRECINCT, "not a code!")
    assert not check_receipt_code(public, NUMBER, "yesterday", PRECINCT, code)


def test_fields_are_length_prefixed() -> None:
    """No two different triples sign the same bytes ("10" + "01-..." vs "100" + "1-...")."""
    assert signed_message("10", FILED, "01") != signed_message("100", FILED, "1")


def test_qr_payload_round_trip(device_key: Ed25519PrivateKey) -> None:
    code = receipt_code(device_key, NUMBER, FILED, PRECINCT)
    text = qr_payload(NUMBER, FILED, code)
    assert text == f"PECR1|{NUMBER}|{FILED}|{compact(code)}"
    parsed = parse_qr_payload(text)
    assert (parsed.number, parsed.filed_at, parsed.code) == (NUMBER, FILED, compact(code))
    for bad in ("", "PECR2|a|b|c", f"PECR1|{NUMBER}|{FILED}", f"PECR1|{NUMBER}|noon|{compact(code)}",
                f"PECR1|{NUMBER}|{FILED}|ABCD", f"PECR1||{FILED}|{compact(code)}"):  # fmt: skip
        with pytest.raises(ValueError):
            parse_qr_payload(bad)
