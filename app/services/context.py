"""The runtime of one data directory: paths, device secret, stores and the audit log.

Layout of a data dir (all files owner-only):
  device.json            device id and workstation name (no secrets)
  device.db              SQLCipher: audit chain, checkpoints, login guards (key from the device secret)
  precinct.db            SQLCipher: voters, accounts, device signing key (key in the slots)
  keyslots.json          the store key wrapped per user and for central recovery
  audit-checkpoint.json  the newest signed chain head, outside the chain itself
and, only for a moment or after a crash (docs/decisions.md, "Crash-atomic writes"):
  keyslots.json.next     the slot file a transaction staged; published once its hash is committed
  .precinct.db.new       the first package's store while it is built (services/staging.py)
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.clock import Clock, SystemClock
from app.models.accounts import AccountRepository, LoginGuardRepository, MetaRepository
from app.models.db import Connection
from app.models.voters import VoterRepository
from app.security.audit import Actor, AuditAction, AuditLog, Checkpoint
from app.security.device_secret import DeviceSecretStore
from app.security.keyslots import KeySlots
from app.security.throttle import ThrottlePolicy
from app.services.data_dir import Paths, device_store_key
from app.services.device import Device
from app.services.store import Store
from app.sync.recipient_keys import RecipientPrivateKey


class DeskContext:
    """The runtime of one data dir: its `paths`, this `device` and its `store`, composed.

    Every member below forwards to one of the three, so a service can be handed this object for
    any of the narrow ports in ports.py; the work itself is done by `Device` and `Store`."""

    def __init__(
        self,
        data_dir: Path,
        *,
        secrets: DeviceSecretStore | None = None,
        clock: Clock | None = None,
        throttle: ThrottlePolicy | None = None,
    ) -> None:
        self.paths = Paths(data_dir)
        self.device = Device(self.paths, secrets or DeviceSecretStore())
        self.store = Store(self.paths, self.device, clock or SystemClock())
        self.throttle = throttle or ThrottlePolicy()

    @property
    def clock(self) -> Clock:
        return self.store.clock

    @property
    def cipher_version(self) -> str:
        """The SQLCipher version the precinct store was last opened with ("" before)."""
        return self.store.cipher_version

    # ---- this device (no store needed) ---------------------------------------------
    @property
    def device_id(self) -> str:
        return self.device.id

    @property
    def workstation(self) -> str:
        return self.device.workstation

    @property
    def secrets(self) -> DeviceSecretStore:
        return self.device.secrets

    @property
    def device_public_key(self) -> Ed25519PublicKey:
        return self.device.public_key

    @property
    def common_passwords(self) -> frozenset[str]:
        return self.device.common_passwords

    @property
    def slots(self) -> KeySlots:
        """The slot file as published (to read; changes go through `staging.staged_slots`)."""
        return self.device.slot_file()

    def slot_file(self, *, save: Callable[[bytes], None] | None = None, empty: bool = False) -> KeySlots:
        return self.device.slot_file(save=save, empty=empty)

    def has_precinct(self) -> bool:
        return self.device.has_precinct()

    def is_set_up(self) -> bool:
        """A device exists here (keys made by setup), with or without its precinct yet."""
        return self.device.is_set_up()

    def system_actor(self) -> Actor:
        return self.device.system_actor()

    def typed_login_tag(self, login: str) -> str:
        """How a login that names no account here is counted and audited (keyed by the device secret)."""
        return self.device.typed_login_tag(login)

    # ---- the device store ----------------------------------------------------------
    def open_device(self, *, check_rollback: bool = True) -> None:
        self.store.open_device(check_rollback=check_rollback)

    def create_device(self) -> Ed25519PrivateKey:
        return self.store.create_device()

    def device_connection(self) -> Connection:
        return self.store.device_connection()

    def device_transaction(self) -> contextlib.AbstractContextManager[Connection]:
        return self.store.device_transaction()

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        return self.store.transaction()

    def publish(self) -> None:
        self.store.publish()

    @property
    def audit(self) -> AuditLog:
        return self.store.audit

    @property
    def guards(self) -> LoginGuardRepository:
        return self.store.guards

    def device_meta(self, key: str) -> str | None:
        return self.store.device_meta(key)

    def set_device_meta(self, key: str, value: str) -> None:
        self.store.set_device_meta(key, value)

    def trust_root(self) -> Ed25519PublicKey:
        return self.store.trust_root()

    def uses_test_root(self) -> bool:
        return self.store.uses_test_root()

    def pending_keys(self) -> tuple[str, Ed25519PrivateKey, RecipientPrivateKey] | None:
        return self.store.pending_keys()

    # ---- the precinct store --------------------------------------------------------
    def open_precinct(
        self, store_key: bytes, *, create: bool = False, check_rollback: bool = True, path: Path | None = None
    ) -> Connection:
        return self.store.open_precinct(store_key, create=create, check_rollback=check_rollback, path=path)

    @property
    def precinct(self) -> Connection:
        return self.store.precinct

    def precinct_if_open(self) -> Connection | None:
        return self.store.precinct_if_open()

    @property
    def store_key(self) -> bytes:
        return self.store.store_key

    @property
    def voters(self) -> VoterRepository:
        return self.store.voters

    @property
    def accounts(self) -> AccountRepository:
        return self.store.accounts

    @property
    def meta(self) -> MetaRepository:
        return self.store.meta

    def device_keys(self) -> tuple[Ed25519PrivateKey, RecipientPrivateKey]:
        return self.store.device_keys()

    def close_precinct(self) -> None:
        self.store.close_precinct()

    def close(self) -> None:
        self.store.close()

    # ---- checkpoints ---------------------------------------------------------------
    def write_checkpoint(self) -> Checkpoint:
        return self.store.write_checkpoint()

    def publish_checkpoint(self) -> Checkpoint | None:
        return self.store.publish_checkpoint()

    def copy_checkpoint(self) -> Checkpoint | None:
        return self.store.copy_checkpoint()

    def checkpoints(self) -> list[Checkpoint]:
        return self.store.checkpoints()


__all__ = ["AuditAction", "DeskContext", "Paths", "device_store_key"]
