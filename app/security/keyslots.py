"""Key slots: the database key wrapped once per user and once for central recovery.

Like LUKS or KeePassXC: the random store key is encrypted (AES-256-GCM) under a
key-encryption key derived from the user's password with Argon2id, with the device
secret from the OS keyring as Argon2's secret input, so a slot opens only with the
right password *on this device*. Slots are indexed by HMAC(device secret, login):
the file reveals no logins. The recovery slot is the store key sealed with HPKE
(X25519, HKDF-SHA256, AES-256-GCM) to the central recovery public key.
The file is written atomically with owner-only permissions.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import AppError, Defect, Part, Reason
from app.security.atomic import atomic_write_bytes
from app.security.kdf import ONE_TIME_PARAMS, KdfParams, derive
from app.security.passwords import random_enough

FORMAT = "pec-desk-keyslots"
VERSION = 1
SLOT_CONTEXT = b"pec-desk/keyslot/v1"
RECOVERY_INFO = b"pec-desk/recovery-slot/v1"
_RECOVERY_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)


def slot_id(device_secret: bytes, login: str) -> str:
    return hmac.new(device_secret, b"slot-id\0" + login.casefold().encode(), "sha256").hexdigest()


@dataclass
class Slot:
    id: str
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes


@dataclass
class SlotFile:
    slots: dict[str, Slot] = field(default_factory=dict)
    recovery: dict[str, str] | None = None

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "slots": [
                {"id": s.id, "kdf": s.kdf.to_json(), "nonce": _b64(s.nonce), "wrapped": _b64(s.wrapped)}
                for s in sorted(self.slots.values(), key=lambda s: s.id)
            ],
            "recovery": self.recovery,
        }
        return json.dumps(data, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> SlotFile:
        try:
            data = json.loads(raw)
            if data["format"] != FORMAT or data["version"] != VERSION:
                raise ValueError("unknown key-slot format")
            slots = {
                s["id"]: Slot(s["id"], KdfParams.from_json(s["kdf"]), _unb64(s["nonce"]), _unb64(s["wrapped"]))
                for s in data["slots"]
            }
            return cls(slots, data.get("recovery"))
        except (ValueError, KeyError, TypeError) as exc:
            raise AppError(
                Reason.STORE_DAMAGED, defect=Defect.DAMAGED, part=Part.KEY_SLOTS, code=type(exc).__name__
            ) from exc


def open_recovery(slot: dict[str, str], recovery_private: X25519PrivateKey) -> bytes:
    """The store key sealed in a recovery slot (also carried in backups), opened by the CEC."""
    sealed = _unb64(slot["sealed"])
    return _RECOVERY_SUITE.decrypt(sealed, recovery_private, info=RECOVERY_INFO)


def recovery_recipient(recovery_public: X25519PublicKey) -> str:
    return hashlib.sha256(recovery_public.public_bytes_raw()).hexdigest()


class KeySlots:
    """The slot file beside a store; every change is written through at once, to the file itself
    or, with `save`, handed to the caller (which stages it until a transaction commits)."""

    def __init__(
        self, path: Path, device_secret: bytes, base_params: KdfParams | None = None, *,
        save: Callable[[bytes], None] | None = None, empty: bool = False,
    ) -> None:  # fmt: skip
        self._path = path
        self._secret = device_secret
        self._params = base_params or KdfParams()
        self._file = SlotFile.from_bytes(path.read_bytes()) if path.exists() and not empty else SlotFile()
        self._write = save or (lambda data: atomic_write_bytes(path, data))

    def has_slot(self, login: str) -> bool:
        return slot_id(self._secret, login) in self._file.slots

    def is_one_time(self, login: str) -> bool:
        """Is `login`'s slot the fast one of a one-time password?"""
        slot = self._file.slots.get(slot_id(self._secret, login))
        return slot is not None and slot.kdf.one_time

    def __len__(self) -> int:
        return len(self._file.slots)

    def add(self, login: str, password: str, store_key: bytes) -> None:
        self.put(self.wrap(login, password, store_key))

    def wrap(self, login: str, password: str, store_key: bytes, *, one_time: bool = False) -> Slot:
        """The store key wrapped for `login` (the slow Argon2 step), not yet in the file. A
        `one_time` password that is `random_enough` gets the fast slot (HKDF); the person's own
        password, set at the first change, replaces it with an Argon2 slot."""
        sid = slot_id(self._secret, login)
        fast = one_time and random_enough(password)
        params = (ONE_TIME_PARAMS if fast else self._params).with_new_salt()
        kek = derive(password, params, secret=self._secret, context=SLOT_CONTEXT)
        nonce = os.urandom(12)
        return Slot(sid, params, nonce, AESGCM(kek).encrypt(nonce, store_key, sid.encode()))

    def put(self, *slots: Slot) -> None:
        """Slots made by `wrap` (of this device secret) into the file, replacing a login's old one."""
        for slot in slots:
            self._file.slots[slot.id] = slot
        self._save()

    def unwrap(self, login: str, password: str) -> bytes | None:
        """The store key, or None for a wrong password or an unknown login (same cost). A
        one-time slot opens with HKDF but still spends one Argon2 derivation, so the time of the
        answer does not tell which accounts still have their one-time password."""
        sid = slot_id(self._secret, login)
        slot = self._file.slots.get(sid)
        params = slot.kdf if slot else self._params.with_new_salt()
        if params.one_time:
            derive(password, self._params.with_new_salt(), secret=self._secret, context=SLOT_CONTEXT)
        kek = derive(password, params, secret=self._secret, context=SLOT_CONTEXT)
        if slot is None:
            return None
        try:
            return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, sid.encode())
        except InvalidTag:
            return None

    def remove(self, login: str) -> bool:
        removed = self._file.slots.pop(slot_id(self._secret, login), None) is not None
        if removed:
            self._save()
        return removed

    def set_recovery(self, store_key: bytes, recovery_public: X25519PublicKey) -> None:
        raw = recovery_public.public_bytes_raw()
        sealed = _RECOVERY_SUITE.encrypt(store_key, recovery_public, info=RECOVERY_INFO)
        self._file.recovery = {
            "suite": "hpke-x25519-hkdf-sha256-aes256gcm",
            "recipient": hashlib.sha256(raw).hexdigest(),
            "sealed": _b64(sealed),
        }
        self._save()

    @property
    def recovery(self) -> dict[str, str] | None:
        """The central recovery slot as stored (sealed to the CEC; reveals nothing here)."""
        return dict(self._file.recovery) if self._file.recovery else None

    @property
    def recovery_recipient(self) -> str | None:
        return self._file.recovery["recipient"] if self._file.recovery else None

    def recover(self, recovery_private: X25519PrivateKey) -> bytes:
        """The store key opened with the central recovery private key (CEC side)."""
        if not self._file.recovery:
            raise AppError(Reason.STORE_DAMAGED, defect=Defect.MISSING_FIELD, part=Part.KEY_SLOTS, key="recovery")
        return open_recovery(self._file.recovery, recovery_private)

    def _save(self) -> None:
        self._write(self._file.to_bytes())
