"""The device secret, kept in the OS keyring and nowhere else.

The secret is 32 random bytes stored by `keyring` (Windows Credential Manager, macOS
Keychain, Secret Service). It is combined with each user's password to wrap the
database key, and derives the key of the device store. Failure is closed and says
why: no usable keyring backend, a locked keyring, or a missing entry are three
distinct errors. A plaintext or "null" backend is never accepted.
"""

from __future__ import annotations

import base64
import json
import os
import time
from typing import Any

import keyring
import keyring.backend
import keyring.errors

from app.errors import AppError, Reason

SERVICE = "pec-desk"
SECRET_BYTES = 32
# A keyring that does not answer is asked again after these pauses before the call fails: a
# Secret Service daemon that crashed is started again by the session within a moment, and a
# login should not fail in that moment (gnome-keyring aborts on a known race of short clients).
RETRY_PAUSES_S = (0.05, 0.1, 0.2, 0.4, 0.8)

# Backends that would keep the secret in a plain or reversible file, or nowhere.
_REFUSED_BACKENDS = (
    "keyring.backends.fail.",
    "keyring.backends.null.",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",
    "keyrings.alt.Gnome.",
    "keyrings.alt.pyfs.",
    "keyrings.alt.multi.",
)


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


class DeviceSecretStore:
    """Reads and writes the device secret; `backend` is injectable for tests."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> keyring.backend.KeyringBackend:
        try:
            backend = self._backend or keyring.get_keyring()
        except Exception as exc:  # a configured backend that does not load, D-Bus down ...
            configured = os.environ.get("PYTHON_KEYRING_BACKEND") or "keyring"
            raise AppError(Reason.KEYRING_UNAVAILABLE, backend=configured, kind=type(exc).__name__) from exc
        name = _backend_name(backend)
        if name.startswith(_REFUSED_BACKENDS) or _is_empty_chain(backend):
            raise AppError(Reason.KEYRING_UNAVAILABLE, backend=name)
        return backend

    def create(self, device_id: str, **public: Any) -> bytes:
        secret = os.urandom(SECRET_BYTES)
        blob = {"v": 1, "secret": base64.b64encode(secret).decode(), **public}
        self._call("set_password", SERVICE, _entry(device_id), json.dumps(blob))
        return secret

    def load(self, device_id: str) -> tuple[bytes, dict[str, Any]]:
        """The secret and the public values stored with it (e.g. the signing public key)."""
        raw = self._call("get_password", SERVICE, _entry(device_id))
        if raw is None:
            raise AppError(Reason.DEVICE_SECRET_MISSING, device=device_id)
        try:
            blob = json.loads(raw)
            secret = base64.b64decode(blob.pop("secret"), validate=True)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise AppError(Reason.DEVICE_SECRET_MISSING, device=device_id) from exc
        if len(secret) != SECRET_BYTES:
            raise AppError(Reason.DEVICE_SECRET_MISSING, device=device_id)
        return secret, blob

    def update(self, device_id: str, **public: Any) -> None:
        """Sets public values beside the secret (e.g. the high-water record); the secret stays."""
        raw = self._call("get_password", SERVICE, _entry(device_id))
        if raw is None:
            raise AppError(Reason.DEVICE_SECRET_MISSING, device=device_id)
        try:
            blob = json.loads(raw)
            if not isinstance(blob, dict) or "secret" not in blob:
                raise ValueError("no secret in the entry")
        except ValueError as exc:
            raise AppError(Reason.DEVICE_SECRET_MISSING, device=device_id) from exc
        blob.update(public)
        self._call("set_password", SERVICE, _entry(device_id), json.dumps(blob))

    def delete(self, device_id: str) -> None:
        try:
            self._call("delete_password", SERVICE, _entry(device_id))
        except AppError as exc:
            if exc.reason is not Reason.DEVICE_SECRET_MISSING:
                raise

    def _call(self, method: str, *args: str) -> Any:
        backend = self._keyring()
        for pause in (*RETRY_PAUSES_S, None):  # the Secret Service restarting after a crash: ask again
            try:
                return getattr(backend, method)(*args)
            except keyring.errors.KeyringLocked as exc:
                raise AppError(Reason.KEYRING_LOCKED, kind=type(exc).__name__) from exc
            except keyring.errors.PasswordDeleteError as exc:
                raise AppError(Reason.DEVICE_SECRET_MISSING, kind=type(exc).__name__) from exc
            except Exception as exc:
                # InitError, NoKeyringError, D-Bus failures, a backend's own errors: no usable keyring.
                if pause is None:
                    raise AppError(
                        Reason.KEYRING_UNAVAILABLE, backend=_backend_name(backend), kind=type(exc).__name__
                    ) from exc
                time.sleep(pause)
        raise AssertionError("unreachable: the last pass returns or raises")


def _entry(device_id: str) -> str:
    return f"device-{device_id}"


def _is_empty_chain(backend: keyring.backend.KeyringBackend) -> bool:
    backends = getattr(backend, "backends", None)
    return backends is not None and not list(backends)
