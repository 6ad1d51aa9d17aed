"""Enrollment: a new device asks the central system to know its keys (DESIGN.md "Trust").

`pec-desk setup` makes the device's Ed25519 signing key and KEM key (hybrid ML-KEM-768 + X25519)
and writes a request: the precinct, the device id, both public keys and the time, signed by the new
signing key (proof of possession) under its own domain prefix. `pec-central enroll` checks the
signature and prints the same fingerprint the device printed; a person compares the two before the
TEC accepts the device. The request holds no secret.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import AppError, Defect, Part, Reason
from app.sync.recipient_keys import RecipientPublicKey
from app.sync.strict import StrictJsonError, canonical, loads_object
from app.sync.trust import fingerprint

ENROLL_PREFIX = b"pec-desk/enrollment/v1\0"
MAX_REQUEST = 16 << 10
_FIELDS = {"v", "precinct", "device_id", "workstation", "signing_public", "kem_public", "created"}
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass(frozen=True)
class EnrollmentRequest:
    precinct: str
    device_id: str
    workstation: str
    signing_public: bytes
    kem_public: bytes
    created: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_public)

    @property
    def recipient(self) -> RecipientPublicKey:
        return RecipientPublicKey.from_bytes(self.kem_public)

    def body(self) -> dict[str, Any]:
        return {
            "v": 1,
            "precinct": self.precinct,
            "device_id": self.device_id,
            "workstation": self.workstation,
            "signing_public": self.signing_public.hex(),
            "kem_public": self.kem_public.hex(),
            "created": self.created,
        }


def write_request(request: EnrollmentRequest, signing: Ed25519PrivateKey) -> bytes:
    signature = signing.sign(ENROLL_PREFIX + canonical(request.body()))
    return canonical({"request": request.body(), "signature": signature.hex()}) + b"\n"


def read_request(data: bytes) -> EnrollmentRequest:
    """A request parsed strictly with its proof of possession checked."""
    if len(data) > MAX_REQUEST:
        raise AppError(Reason.TOO_LARGE, defect=Defect.OVER_LIMIT, part=Part.ENROLLMENT_REQUEST, limit=MAX_REQUEST)
    try:
        outer = loads_object(data.rstrip(b"\n"))
        body, signature = outer["request"], bytes.fromhex(outer["signature"])
        if set(outer) != {"request", "signature"} or not isinstance(body, dict) or set(body) != _FIELDS:
            raise ValueError("unexpected fields")
        if body["v"] != 1 or not all(isinstance(body[k], str) for k in _FIELDS - {"v"}):
            raise ValueError("wrong version or field types")
        if not _NAME.fullmatch(body["precinct"]) or len(body["workstation"]) > 128:
            raise ValueError("bad precinct or workstation name")
        request = EnrollmentRequest(
            body["precinct"], body["device_id"], body["workstation"],
            bytes.fromhex(body["signing_public"]), bytes.fromhex(body["kem_public"]), body["created"],
        )  # fmt: skip
        public = Ed25519PublicKey.from_public_bytes(request.signing_public)
        request.recipient  # noqa: B018 - the KEM key must parse
    except (StrictJsonError, KeyError, TypeError, ValueError, AppError) as exc:
        found = exc.params if isinstance(exc, StrictJsonError | AppError) and "defect" in exc.params else {}
        raise AppError(
            Reason.MALFORMED, **{"defect": Defect.BAD_FIELDS, **found, "part": Part.ENROLLMENT_REQUEST}
        ) from exc
    try:
        public.verify(signature, ENROLL_PREFIX + canonical(body))
    except InvalidSignature as exc:
        raise AppError(Reason.SIGNATURE_INVALID, defect=Defect.BAD_SIGNATURE, part=Part.ENROLLMENT_REQUEST) from exc
    return request
