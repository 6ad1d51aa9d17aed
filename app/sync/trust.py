"""Trust: the pinned central root, the keys it certifies, and the revocation list (R-SYN-2).

The central root key (Ed25519) is pinned: `resources/trust/root.json` holds the CEC's root public
key, built into the application. The root signs a *trust bundle*: a serial number, an issue time,
certificates of the central keys (each with its role and validity) and the revocation list. The
bundle travels beside every central envelope (`central-trust.json` in the same directory) and inside
update payloads (a `trust` record), so new keys and revocations reach the precinct before they are
needed. A device keeps the newest bundle it has verified (higher serial wins; an older one is
ignored, never a reason to forget a revocation).

Roles: `sign` (Ed25519: signs packages and updates), `receive` (KEM: change batches are encrypted to
it), `recovery` (X25519: the recovery key slot of a precinct store). A key is accepted only in its
role and inside its validity; the root itself signs bundles only, never envelopes.

A bundle file is canonical JSON `{"bundle": {...}, "signature": hex}` where the signature is
Ed25519 by the root over `"pec-desk/trust/v1\\0" ‖ canonical(bundle)`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from app.build_info import PLACEHOLDER_ROOTS, is_production
from app.errors import AppError, Defect, Part, Reason
from app.paths import resources_dir
from app.sync.header import parse_time, stamp
from app.sync.recipient_keys import RecipientPublicKey, key_id, signer_id
from app.sync.strict import StrictJsonError, canonical, loads_object

TRUST_PREFIX = b"pec-desk/trust/v1\0"
BUNDLE_FILE = "central-trust.json"
MAX_BUNDLE = 256 << 10
ROLE_SIGN, ROLE_RECEIVE, ROLE_RECOVERY = "sign", "receive", "recovery"
ROLES = (ROLE_SIGN, ROLE_RECEIVE, ROLE_RECOVERY)
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX = re.compile(r"(?:[0-9a-f]{2}){1,1216}")
_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")


def fingerprint(raw_public: bytes) -> str:
    """What a person compares on two screens: the key id's first 128 bits in groups of four."""
    digest = key_id(raw_public)[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class Certificate:
    public: str  # hex of the raw public key
    role: str
    not_before: str
    not_after: str

    @property
    def key_id(self) -> str:
        return key_id(bytes.fromhex(self.public))

    def valid_at(self, moment: dt.datetime) -> bool:
        return parse_time(self.not_before) <= moment <= parse_time(self.not_after)

    def to_json(self) -> dict[str, str]:
        return {"public": self.public, "role": self.role, "not_before": self.not_before, "not_after": self.not_after}


@dataclass(frozen=True)
class Revocation:
    key_id: str
    at: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"key_id": self.key_id, "at": self.at, "reason": self.reason}


@dataclass(frozen=True)
class TrustBundle:
    root: str  # key id of the root that signed it
    serial: int
    issued: str
    certs: tuple[Certificate, ...]
    revoked: tuple[Revocation, ...] = ()
    signature: str = field(default="", compare=False)

    def body(self) -> dict[str, Any]:
        return {
            "v": 1,
            "root": self.root,
            "serial": self.serial,
            "issued": self.issued,
            "certs": [c.to_json() for c in self.certs],
            "revoked": [r.to_json() for r in self.revoked],
        }

    def to_bytes(self) -> bytes:
        return canonical({"bundle": self.body(), "signature": self.signature})

    def revoked_ids(self) -> frozenset[str]:
        return frozenset(r.key_id for r in self.revoked)


def sign_bundle(
    root: Ed25519PrivateKey, serial: int, issued: dt.datetime, certs: Iterable[Certificate],
    revoked: Iterable[Revocation] = (),
) -> TrustBundle:  # fmt: skip
    bundle = TrustBundle(signer_id(root.public_key()), serial, stamp(issued), tuple(certs), tuple(revoked))
    signature = root.sign(TRUST_PREFIX + canonical(bundle.body())).hex()
    return TrustBundle(bundle.root, bundle.serial, bundle.issued, bundle.certs, bundle.revoked, signature)


def certify(public_raw: bytes, role: str, not_before: dt.datetime, not_after: dt.datetime) -> Certificate:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    return Certificate(public_raw.hex(), role, stamp(not_before), stamp(not_after))


def _bad(defect: Defect, **params: str) -> AppError:
    return AppError(Reason.UNTRUSTED_SIGNER, defect=defect, **params)


def parse_bundle(data: bytes, root: Ed25519PublicKey) -> TrustBundle:
    """A bundle signed by `root`, parsed strictly; anything else is refused (untrusted-signer)."""
    if len(data) > MAX_BUNDLE:
        raise AppError(Reason.TOO_LARGE, defect=Defect.OVER_LIMIT, part=Part.TRUST_BUNDLE, limit=MAX_BUNDLE)
    try:
        outer = loads_object(data)
    except StrictJsonError as exc:
        raise AppError(Reason.MALFORMED, defect=exc.defect, part=Part.TRUST_BUNDLE, **exc.params) from exc
    if set(outer) != {"bundle", "signature"} or not isinstance(outer["bundle"], dict):
        raise AppError(Reason.MALFORMED, defect=Defect.BAD_FIELD, part=Part.TRUST_BUNDLE, key="bundle")
    body, signature = outer["bundle"], outer["signature"]
    if not isinstance(signature, str) or not re.fullmatch(r"[0-9a-f]{128}", signature):
        raise AppError(Reason.MALFORMED, defect=Defect.BAD_FIELD, part=Part.TRUST_BUNDLE, key="signature")
    if body.get("root") != signer_id(root):
        raise _bad(Defect.OTHER_SIGNER, part=Part.TRUST_BUNDLE)
    try:
        root.verify(bytes.fromhex(signature), TRUST_PREFIX + canonical(body))
    except InvalidSignature as exc:
        raise AppError(Reason.SIGNATURE_INVALID, defect=Defect.BAD_SIGNATURE, part=Part.TRUST_BUNDLE) from exc
    return _bundle_from(body, signature)


def _bundle_from(body: dict[str, Any], signature: str) -> TrustBundle:
    if set(body) != {"v", "root", "serial", "issued", "certs", "revoked"} or body["v"] != 1:
        raise AppError(
            Reason.MALFORMED, defect=Defect.BAD_VERSION, part=Part.TRUST_BUNDLE, version=str(body.get("v"))[:8]
        )
    serial, issued = body["serial"], body["issued"]
    if type(serial) is not int or serial < 1 or not (isinstance(issued, str) and _TIME.fullmatch(issued)):
        raise AppError(Reason.MALFORMED, defect=Defect.BAD_FIELDS, part=Part.TRUST_BUNDLE)
    if not isinstance(body["certs"], list) or not isinstance(body["revoked"], list):
        raise AppError(Reason.MALFORMED, defect=Defect.WRONG_TYPE, part=Part.TRUST_BUNDLE, key="certs")
    certs = tuple(_cert(c) for c in body["certs"])
    revoked = tuple(_revocation(r) for r in body["revoked"])
    return TrustBundle(body["root"], serial, issued, certs, revoked, signature)


def _cert(obj: object) -> Certificate:
    if not isinstance(obj, dict) or set(obj) != {"public", "role", "not_before", "not_after"}:
        raise AppError(Reason.MALFORMED, defect=Defect.NOT_OBJECT, part=Part.CERTIFICATE)
    ok = (
        isinstance(obj["public"], str) and _HEX.fullmatch(obj["public"])
        and obj["role"] in ROLES
        and all(isinstance(obj[k], str) and _TIME.fullmatch(obj[k]) for k in ("not_before", "not_after"))
    )  # fmt: skip
    if not ok:
        raise AppError(Reason.MALFORMED, defect=Defect.BAD_FIELDS, part=Part.CERTIFICATE)
    return Certificate(obj["public"], obj["role"], obj["not_before"], obj["not_after"])


def _revocation(obj: object) -> Revocation:
    ok = (
        isinstance(obj, dict) and set(obj) == {"key_id", "at", "reason"}
        and isinstance(obj["key_id"], str) and _HEX64.fullmatch(obj["key_id"])
        and isinstance(obj["at"], str) and _TIME.fullmatch(obj["at"])
        and isinstance(obj["reason"], str) and len(obj["reason"]) <= 300
    )  # fmt: skip
    if not ok:
        raise AppError(Reason.MALFORMED, defect=Defect.BAD_FIELDS, part=Part.REVOCATION)
    assert isinstance(obj, dict)
    return Revocation(obj["key_id"], obj["at"], obj["reason"])


# ---- the pinned root ------------------------------------------------------------------
def pinned_root_file() -> Path:
    return resources_dir() / "trust" / "root.json"


def load_root(path: Path) -> Ed25519PublicKey:
    """A root public key file: `{"root": hex, "name": ...}`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        raw = bytes.fromhex(data["root"])
        return Ed25519PublicKey.from_public_bytes(raw)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AppError(Reason.MALFORMED, defect=Defect.NOT_FOUND if isinstance(exc, OSError) else Defect.BAD_FIELD,
                       part=Part.ROOT_KEY_FILE, name=path.name, key="root") from exc  # fmt: skip


def require_pinned_root() -> None:
    """A production build starts only with a real CEC root pinned (issue 13 point 4): a missing or
    damaged root file, or the repository's placeholder, is `[root-not-pinned]`."""
    if not is_production():
        return
    path = pinned_root_file()
    try:
        raw = load_root(path).public_bytes_raw().hex()
    except AppError:
        raw = ""
    if not raw or raw in PLACEHOLDER_ROOTS:
        raise AppError(Reason.ROOT_NOT_PINNED, path=str(path))


def root_file_bytes(root: Ed25519PublicKey, name: str) -> bytes:
    return json.dumps({"name": name, "root": root.public_bytes_raw().hex()}, indent=1).encode()


# ---- what a device trusts now ----------------------------------------------------------
@dataclass(frozen=True)
class TrustView:
    """The pinned root plus the newest verified bundle."""

    root: Ed25519PublicKey
    bundle: TrustBundle | None

    def adopt(self, candidate: TrustBundle) -> TrustView:
        """This view with `candidate` if it is newer; an older bundle changes nothing."""
        if self.bundle is not None and candidate.serial <= self.bundle.serial:
            return self
        return TrustView(self.root, candidate)

    def _cert(self, kid: str, role: str, at: dt.datetime) -> Certificate:
        if kid == signer_id(self.root):
            raise _bad(Defect.ROOT_KEY_MISUSED)
        if self.bundle is None:
            raise _bad(Defect.NO_CENTRAL_KEYS, name="central-trust.json")
        if kid in self.bundle.revoked_ids():
            raise _bad(Defect.KEY_REVOKED, key=kid[:16])
        matches = [c for c in self.bundle.certs if c.key_id == kid]
        if not matches:
            raise _bad(Defect.KEY_NOT_CERTIFIED, key=kid[:16])
        usable = [c for c in matches if c.role == role]
        if not usable:
            raise _bad(Defect.KEY_WRONG_USE, key=kid[:16])
        valid = [c for c in usable if c.valid_at(at)]
        if not valid:
            raise _bad(Defect.KEY_NOT_VALID, key=kid[:16], at=stamp(at))
        return valid[0]

    def signer(self, kid: str, at: dt.datetime) -> Ed25519PublicKey:
        cert = self._cert(kid, ROLE_SIGN, at)
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(cert.public))

    def _newest(self, role: str, at: dt.datetime) -> Certificate:
        if self.bundle is None:
            raise _bad(Defect.NO_CENTRAL_KEYS, name="central-trust.json")
        revoked = self.bundle.revoked_ids()
        found = [c for c in self.bundle.certs if c.role == role and c.key_id not in revoked and c.valid_at(at)]
        if not found:
            raise _bad(Defect.NO_VALID_KEY)
        return max(found, key=lambda c: c.not_before)

    def central_recipient(self, at: dt.datetime) -> RecipientPublicKey:
        return RecipientPublicKey.from_bytes(bytes.fromhex(self._newest(ROLE_RECEIVE, at).public))

    def recovery_key(self, at: dt.datetime) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(bytes.fromhex(self._newest(ROLE_RECOVERY, at).public))
