"""The keyring may crash and come back (R-SEC-1: the device secret lives only there).

gnome-keyring aborts on a known race when clients connect and leave quickly; the session starts it
again (systemd on a desktop, the keeper in scripts/with-keyring.sh here). The device secret store
asks again for a moment before it says the keyring is unavailable; a locked keyring or a missing
entry is an answer and is said at once."""

from __future__ import annotations

import keyring.backend
import keyring.errors
import pytest

from app.errors import AppError, Reason
from app.security import device_secret
from app.security.device_secret import DeviceSecretStore
from tests.test_keys import in_own_keyring


class Flaky(keyring.backend.KeyringBackend):
    """A backend whose first `failures` calls fail as a vanished D-Bus service does."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, failures: int, error: Exception | None = None) -> None:
        super().__init__()
        self.failures, self.calls, self.error = failures, 0, error or ConnectionError("no reply")
        self.items: dict[tuple[str, str], str] = {}

    def _maybe_fail(self) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_fail()
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_fail()
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._maybe_fail()
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(device_secret, "RETRY_PAUSES_S", (0.0,) * len(device_secret.RETRY_PAUSES_S))


def test_a_keyring_coming_back_is_asked_again() -> None:
    """R-SEC-1: two failed calls (the daemon restarting), then the secret is there."""
    backend = Flaky(failures=0)
    secret = DeviceSecretStore(backend).create("dev1")
    backend.failures, backend.calls = 2, 0
    assert DeviceSecretStore(backend).load("dev1")[0] == secret
    assert backend.calls == 3


def test_a_keyring_that_stays_away_is_unavailable_after_the_pauses() -> None:
    backend = Flaky(failures=100)
    with pytest.raises(AppError) as err:
        DeviceSecretStore(backend).load("dev1")
    assert err.value.reason is Reason.KEYRING_UNAVAILABLE
    assert backend.calls == len(device_secret.RETRY_PAUSES_S) + 1


def test_a_locked_keyring_is_said_at_once() -> None:
    """A locked keyring is an answer, not an absence: said at once, no retry."""
    backend = Flaky(failures=100, error=keyring.errors.KeyringLocked())
    with pytest.raises(AppError) as err:
        DeviceSecretStore(backend).load("dev1")
    assert err.value.reason is Reason.KEYRING_LOCKED
    assert backend.calls == 1


def test_deleting_a_missing_entry_is_not_retried() -> None:
    backend = Flaky(failures=100, error=keyring.errors.PasswordDeleteError())
    DeviceSecretStore(backend).delete("dev1")  # already gone: nothing to do
    assert backend.calls == 1


def test_the_real_daemon_aborting_loses_nothing() -> None:
    """R-SEC-1 with the real gnome-keyring in its own session: the daemon is killed with SIGABRT
    (as its assertion failure does); the keeper starts it again, unlocked, and the secret is read."""
    code = (
        "import os, signal\n"
        "from pathlib import Path\n"
        "from app.security.device_secret import DeviceSecretStore\n"
        "store = DeviceSecretStore(); secret = store.create('dev1')\n"
        "pid = int((Path(os.environ['XDG_RUNTIME_DIR']) / 'keyring.pid').read_text())\n"
        "os.kill(pid, signal.SIGABRT)\n"
        "print('SAME', store.load('dev1')[0] == secret)\n"
    )
    out = in_own_keyring(code)
    assert "SAME True" in out.stdout, out.stderr
    assert "gnome-keyring-daemon ended (status 134); starting it again" in out.stderr
