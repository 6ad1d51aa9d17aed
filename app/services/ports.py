"""The few things a service needs of the open stores, each as a narrow interface.

`DeskContext` (the runtime of a data dir) provides all of them; a service names only the one it
uses, so what it can reach is visible in its signature, and a test may hand it something smaller.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.clock import Clock
from app.models.accounts import AccountRepository, MetaRepository
from app.models.db import Connection
from app.models.voters import VoterRepository
from app.security.audit import Actor, AuditLog, Checkpoint
from app.security.device_secret import DeviceSecretStore
from app.security.keyslots import KeySlots
from app.services.data_dir import Paths
from app.sync.recipient_keys import RecipientPrivateKey


class Audited(Protocol):
    """Where refusals and actions are recorded (the permission check needs only this)."""

    @property
    def audit(self) -> AuditLog: ...


class PrecinctStore(Audited, Protocol):
    """The open precinct store (device store attached), its repositories, and the time."""

    @property
    def clock(self) -> Clock: ...

    @property
    def precinct(self) -> Connection: ...

    @property
    def meta(self) -> MetaRepository: ...

    @property
    def voters(self) -> VoterRepository: ...

    @property
    def accounts(self) -> AccountRepository: ...

    def system_actor(self) -> Actor: ...

    def has_precinct(self) -> bool: ...


class SigningStore(PrecinctStore, Protocol):
    """The precinct store and the device's private keys in it (receipts' codes, batches)."""

    def device_keys(self) -> tuple[Ed25519PrivateKey, RecipientPrivateKey]: ...


class DeviceFiles(Protocol):
    """The data dir's files and the device store's own settings (a restore's journal)."""

    @property
    def paths(self) -> Paths: ...

    def device_meta(self, key: str) -> str | None: ...

    def set_device_meta(self, key: str, value: str) -> None: ...


class StagingStore(DeviceFiles, Protocol):
    """What publishing a staged slot file or first store needs (staging.py)."""

    def device_connection(self) -> Connection: ...

    def pending_keys(self) -> tuple[str, Ed25519PrivateKey, RecipientPrivateKey] | None: ...

    def slot_file(self, *, save: Callable[[bytes], None] | None = None, empty: bool = False) -> KeySlots: ...


class KeyringMarks(Audited, Protocol):
    """The chain and streams as far as they went, and the keyring that keeps that mark (high_water.py)."""

    @property
    def secrets(self) -> DeviceSecretStore: ...

    @property
    def device_id(self) -> str: ...

    @property
    def precinct(self) -> Connection: ...

    def precinct_if_open(self) -> Connection | None: ...


class ChainStore(PrecinctStore, Protocol):
    """The precinct store and what checks the audit chain: this device's id, key and checkpoints."""

    @property
    def device_id(self) -> str: ...

    @property
    def device_public_key(self) -> Ed25519PublicKey: ...

    def checkpoints(self) -> list[Checkpoint]: ...


class ScanHost(PrecinctStore, Protocol):
    """The precinct store and where this device keeps its scans and signatures (scanning.py)."""

    @property
    def device_id(self) -> str: ...

    @property
    def paths(self) -> Paths: ...

    def uses_test_root(self) -> bool: ...


class TrustedStore(Protocol):
    """The precinct store and the root this device trusts (the stored trust bundle is read with it)."""

    @property
    def precinct(self) -> Connection: ...

    def trust_root(self) -> Ed25519PublicKey: ...


class ExportStore(SigningStore, ChainStore, TrustedStore, Protocol):
    """What writing a batch needs: one transaction over both stores and a signed checkpoint in it."""

    def transaction(self) -> contextlib.AbstractContextManager[Connection]: ...

    def write_checkpoint(self) -> Checkpoint: ...
