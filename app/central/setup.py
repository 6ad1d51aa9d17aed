"""Setting up the central side: its keys and trust bundle, revocations, enrolled devices."""

from __future__ import annotations

import datetime as dt
import os

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.central.store import CentralBase
from app.clock import iso
from app.errors import AppError, Defect, Reason
from app.security.atomic import atomic_write_bytes
from app.sync.enrollment import read_request
from app.sync.header import stamp
from app.sync.recipient_keys import RecipientPrivateKey
from app.sync.trust import (
    ROLE_RECEIVE,
    ROLE_RECOVERY,
    ROLE_SIGN,
    Revocation,
    TrustBundle,
    certify,
    fingerprint,
    root_file_bytes,
    sign_bundle,
)

KEY_VALIDITY = dt.timedelta(days=3 * 365)


class CentralSetup(CentralBase):
    def init(self) -> str:
        """Root, signing, receiving and recovery keys, and the first trust bundle; the root fingerprint."""
        if self.is_initialised():
            raise AppError(Reason.DATA_DIR_IN_USE, path=str(self.root))
        self.keys.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.root, 0o700)
        root, signer = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
        receive, recovery = RecipientPrivateKey.generate(), X25519PrivateKey.generate()
        for name, raw in (("root", root.private_bytes_raw()), ("signer", signer.private_bytes_raw()),
                          ("receive", receive.to_bytes()), ("recovery", recovery.private_bytes_raw())):  # fmt: skip
            atomic_write_bytes(self.keys / f"{name}.key", raw)
        now = self.clock.now()
        certs = [
            certify(signer.public_key().public_bytes_raw(), ROLE_SIGN, now, now + KEY_VALIDITY),
            certify(receive.public_key().to_bytes(), ROLE_RECEIVE, now, now + KEY_VALIDITY),
            certify(recovery.public_key().public_bytes_raw(), ROLE_RECOVERY, now, now + KEY_VALIDITY),
        ]
        self._save_bundle(sign_bundle(root, 1, now, certs))
        atomic_write_bytes(self.root / "root.json", root_file_bytes(root.public_key(), "pec-central root"))
        self.db  # noqa: B018 - creates the store
        return fingerprint(root.public_key().public_bytes_raw())

    def revoke(self, key_id: str, reason: str) -> TrustBundle:
        """A new bundle with `key_id` revoked (it travels beside and inside the next envelopes)."""
        old = self.bundle()
        revoked = (*old.revoked, Revocation(key_id, stamp(self.clock.now()), reason))
        bundle = sign_bundle(self.root_key(), old.serial + 1, self.clock.now(), old.certs, revoked)
        self._save_bundle(bundle)
        return bundle

    def enroll(self, request_bytes: bytes) -> tuple[str, str]:
        """Registers a device for its precinct; returns (precinct, fingerprint)."""
        request = read_request(request_bytes)
        known = self.db.execute("SELECT device_id FROM device WHERE precinct = ?", (request.precinct,)).fetchone()
        if known is not None and known[0] != request.device_id:
            raise AppError(Reason.DUPLICATE, defect=Defect.DEVICE_ENROLLED, precinct=request.precinct)
        self.db.execute(
            "INSERT OR REPLACE INTO device VALUES (?, ?, ?, ?, ?, ?, ?)",
            (request.precinct, request.device_id, request.workstation, request.signing_public.hex(),
             request.kem_public.hex(), request.fingerprint, iso(self.clock.now())),
        )  # fmt: skip
        return request.precinct, request.fingerprint
