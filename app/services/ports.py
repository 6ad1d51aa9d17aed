"""The few things a service needs of the open stores, each as a narrow interface.

The runtime of a data dir (`app.services.context`) provides all of them; a service names only the
one it uses, so what it can reach is visible in its signature, and a test may hand it something
smaller. A port that calls another service's function is the union of both (mypy strict proves
each is enough).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.clock import Clock
from app.models.accounts import AccountRepository, LoginGuardRepository, MetaRepository
from app.models.db import Connection
from app.models.voters import VoterRepository
from app.security.audit import Actor, AuditLog, Checkpoint
from app.security.device_secret import DeviceSecretStore
from app.security.keyslots import KeySlots
from app.security.throttle import ThrottlePolicy
from app.services.data_dir import Paths
from app.sync.recipient_keys import RecipientPrivateKey


class Audited(Protocol):
    """Where refusals and actions are recorded (the permission check needs only this)."""

    @property
    def audit(self) -> AuditLog: ...


class PrecinctData(Audited, Protocol):
    """The open precinct store's connection, its settings and voters, and the time."""

    @property
    def clock(self) -> Clock: ...

    @property
    def precinct(self) -> Connection: ...

    @property
    def meta(self) -> MetaRepository: ...

    @property
    def voters(self) -> VoterRepository: ...


class PrecinctStore(PrecinctData, Protocol):
    """The open precinct store (device store attached), its repositories, and the time."""

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


class Transacting(Protocol):
    """One transaction over the open stores; the files it staged are published after its COMMIT."""

    def transaction(self) -> contextlib.AbstractContextManager[Connection]: ...


class Checkpointing(Transacting, Protocol):
    """A transaction and the signed checkpoint recorded inside it."""

    def write_checkpoint(self) -> Checkpoint: ...


class CheckpointFile(Protocol):
    """The newest checkpoint written to its file (known writable before a last step)."""

    def copy_checkpoint(self) -> Checkpoint | None: ...


class ExportStore(SigningStore, ChainStore, TrustedStore, Checkpointing, Protocol):
    """What writing a batch needs: one transaction over both stores and a signed checkpoint in it."""


class DeviceOpening(Protocol):
    """Opening the device store (`check_rollback=False`: `audit verify` and the recovery)."""

    def open_device(self, *, check_rollback: bool = True) -> None: ...


class StoreOpening(DeviceOpening, Protocol):
    """Opening and closing the precinct store with a store key (a login, a restore, a recovery)."""

    def open_precinct(
        self, store_key: bytes, *, create: bool = False, check_rollback: bool = True, path: Path | None = None
    ) -> Connection: ...

    def close_precinct(self) -> None: ...


class SignatureInstall(Checkpointing, Audited, Protocol):
    """Installing the antivirus databases a package brought (import_apply.install_signatures)."""

    @property
    def paths(self) -> Paths: ...


class PasswordStore(StagingStore, Transacting, Audited, Protocol):
    """What makes and keeps a password (auth.py's helpers): the slots, the accounts, the store key."""

    @property
    def clock(self) -> Clock: ...

    @property
    def accounts(self) -> AccountRepository: ...

    @property
    def slots(self) -> KeySlots: ...

    @property
    def store_key(self) -> bytes: ...


class LoginStore(PasswordStore, StoreOpening, Checkpointing, Protocol):
    """What a login, a lock, an approval and a password change reach (auth.AuthService)."""

    @property
    def meta(self) -> MetaRepository: ...

    @property
    def workstation(self) -> str: ...

    @property
    def cipher_version(self) -> str: ...

    @property
    def common_passwords(self) -> frozenset[str]: ...

    @property
    def guards(self) -> LoginGuardRepository: ...

    @property
    def throttle(self) -> ThrottlePolicy: ...

    def device_transaction(self) -> contextlib.AbstractContextManager[Connection]: ...

    def typed_login_tag(self, login: str) -> str: ...


class AccountStore(PasswordStore, Protocol):
    """The accounts, their slots and their login guards (accounts.py)."""

    @property
    def guards(self) -> LoginGuardRepository: ...

    @property
    def precinct(self) -> Connection: ...


class AuditStore(DeviceOpening, Audited, Protocol):
    """The chain, what verifies it and the keyring's record of it (audit.py)."""

    @property
    def precinct(self) -> Connection: ...

    @property
    def device_id(self) -> str: ...

    @property
    def device_public_key(self) -> Ed25519PublicKey: ...

    @property
    def secrets(self) -> DeviceSecretStore: ...

    def checkpoints(self) -> list[Checkpoint]: ...

    def system_actor(self) -> Actor: ...


class BackupStore(DeviceFiles, Audited, Protocol):
    """The open store copied under its own key, and the slots' recovery entry (backup.BackupService)."""

    @property
    def clock(self) -> Clock: ...

    @property
    def precinct(self) -> Connection: ...

    @property
    def store_key(self) -> bytes: ...

    @property
    def device_id(self) -> str: ...

    @property
    def slots(self) -> KeySlots: ...


class RecoveryStore(LoginStore, KeyringMarks, Protocol):
    """A store put back (a restore, the CEC's recovery from a rollback): the login that checks the
    key, the stores reopened, and the streams resumed past the keyring's record."""


class RestoreStore(RecoveryStore, CheckpointFile, Protocol):
    """What a restore swaps and records (backup.RestoreJob)."""


class DestructionStore(Checkpointing, CheckpointFile, DeviceFiles, PrecinctData, Protocol):
    """The precinct's data and the files it is kept in, removed with the last event (destruction.py)."""

    def close_precinct(self) -> None: ...


class SetupStore(PasswordStore, Checkpointing, Protocol):
    """A new device and, for a demo or a test, a precinct made here (setup.py)."""

    @property
    def meta(self) -> MetaRepository: ...

    @property
    def voters(self) -> VoterRepository: ...

    @property
    def device_id(self) -> str: ...

    @property
    def workstation(self) -> str: ...

    def has_precinct(self) -> bool: ...

    def create_device(self) -> Ed25519PrivateKey: ...

    def open_precinct(
        self, store_key: bytes, *, create: bool = False, check_rollback: bool = True, path: Path | None = None
    ) -> Connection: ...

    def system_actor(self) -> Actor: ...

    def device_transaction(self) -> contextlib.AbstractContextManager[Connection]: ...


class ImportStore(SigningStore, StagingStore, TrustedStore, StoreOpening, Checkpointing, Protocol):
    """What checking and applying an envelope reaches, the first package's new store included
    (sync_import.EnvelopeImport)."""

    @property
    def store_key(self) -> bytes: ...

    def publish_checkpoint(self) -> Checkpoint | None: ...


class TransferStore(ImportStore, ExportStore, Protocol):
    """Envelopes both ways through a scanned, registered medium (transfer.py)."""


class DocumentStore(LoginStore, Protocol):
    """The printed documents' data, and a second person's approval for an extract (documents.py)."""

    @property
    def precinct(self) -> Connection: ...

    @property
    def voters(self) -> VoterRepository: ...
