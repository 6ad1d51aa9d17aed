"""This device: its id, the workstation's name, the device secret in the OS keyring and the
signing public key beside it. What is derived from the secret (the device store's key, the key
slots' wrapping, the keyed tag of a typed login) is derived here and nowhere else."""

from __future__ import annotations

import json
import os
import socket
import uuid
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import AppError, Reason
from app.models.accounts import SYSTEM_LOGIN, SYSTEM_ROLE
from app.models.bounds import typed_login_tag
from app.security.atomic import atomic_write_bytes
from app.security.audit import Actor
from app.security.device_secret import DeviceSecretStore
from app.security.keyslots import KeySlots
from app.security.passwords import load_common_passwords
from app.services.data_dir import Paths, device_store_key, read_device_id


class Device:
    def __init__(self, paths: Paths, secrets: DeviceSecretStore) -> None:
        self.paths = paths
        self.secrets = secrets
        self.workstation = socket.gethostname()
        self.id = ""
        self._secret = b""
        self._public: Ed25519PublicKey | None = None
        self._common: frozenset[str] | None = None

    def is_set_up(self) -> bool:
        """A device exists here (keys made by setup), with or without its precinct yet."""
        return self.paths.device_json.is_file() and self.paths.device_db.is_file()

    def has_precinct(self) -> bool:
        return self.paths.precinct_db.is_file() and self.paths.device_json.is_file()

    def load(self) -> dict[str, Any]:
        """This device's id (device.json) and its secret (keyring); returns the keyring's public part."""
        self.id = read_device_id(self.paths.device_json)
        secret, public = self.secrets.load(self.id)
        try:
            signing_public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(str(public["signing_public"])))
        except (KeyError, ValueError) as exc:
            raise AppError(Reason.DEVICE_SECRET_MISSING, device=self.id) from exc
        self._secret, self._public = secret, signing_public
        return dict(public)

    def create(self, created_at: str) -> Ed25519PrivateKey:
        """A new device: id, signing key, secret in the keyring, device.json (owner-only folder)."""
        self.paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.paths.root, 0o700)
        self.id = str(uuid.uuid4())
        signing = Ed25519PrivateKey.generate()
        public = signing.public_key()
        self._secret = self.secrets.create(self.id, signing_public=public.public_bytes_raw().hex())
        self._public = public
        info = {"device_id": self.id, "workstation": self.workstation, "created_at": created_at}
        atomic_write_bytes(self.paths.device_json, json.dumps(info, indent=1).encode())
        return signing

    def high_water_record(self) -> dict[str, Any]:
        """What the keyring keeps beside the secret (the high-water record among it)."""
        return dict(self.secrets.load(self.id)[1])

    @property
    def public_key(self) -> Ed25519PublicKey:
        assert self._public is not None, "open_device() first"
        return self._public

    def store_key(self) -> bytes:
        """The key of the device store."""
        return device_store_key(self._secret, self.id)

    def slot_file(self, *, save: Callable[[bytes], None] | None = None, empty: bool = False) -> KeySlots:
        return KeySlots(self.paths.keyslots, self._secret, save=save, empty=empty)

    def typed_login_tag(self, login: str) -> str:
        """How a login that names no account here is counted and audited (keyed by the device secret)."""
        return typed_login_tag(self._secret, login)

    def system_actor(self) -> Actor:
        return Actor("-", SYSTEM_LOGIN, "", SYSTEM_ROLE, self.workstation)

    @property
    def common_passwords(self) -> frozenset[str]:
        if self._common is None:
            self._common = load_common_passwords()
        return self._common
