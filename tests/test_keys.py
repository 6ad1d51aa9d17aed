"""Key slots and the device secret (DESIGN.md "Keys", R-SEC-1, R-SEC-10)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from keyring.backends import fail

from app.errors import AppError, Reason
from app.models.db import new_key
from app.security.device_secret import DeviceSecretStore
from app.security.keyslots import KeySlots
from app.services.auth import AuthService
from app.services.context import DeskContext
from tests.conftest import STRONG, Precinct

ROOT = Path(__file__).resolve().parent.parent
FAST = None  # real parameters everywhere: the slot test measures nothing, it only checks


def in_own_keyring(code: str) -> subprocess.CompletedProcess[str]:
    """`code` run by Python inside its own scripts/with-keyring.sh session (its own D-Bus and
    gnome-keyring), so a test may lock or kill that keyring without touching the suite's."""
    return subprocess.run(
        ["bash", "scripts/with-keyring.sh", sys.executable, "-c", code],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_keyring_backend_is_the_real_secret_service() -> None:
    """Tests run against gnome-keyring over D-Bus, not a mock or a file."""
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"


def test_slot_opens_only_with_the_right_password_and_device_secret(tmp_path: Path) -> None:
    key, secret = new_key(), b"s" * 32
    slots = KeySlots(tmp_path / "slots.json", secret)
    slots.add("member1", STRONG, key)
    assert slots.unwrap("member1", STRONG) == key
    assert slots.unwrap("member1", STRONG + "x") is None
    assert slots.unwrap("nobody", STRONG) is None
    other_device = KeySlots(tmp_path / "slots.json", b"t" * 32)
    assert other_device.unwrap("member1", STRONG) is None


def test_slot_file_reveals_no_login_and_records_kdf_version(tmp_path: Path) -> None:
    slots = KeySlots(tmp_path / "slots.json", b"s" * 32)
    slots.add("member1", STRONG, new_key())
    raw = (tmp_path / "slots.json").read_text()
    assert "member1" not in raw
    kdf = json.loads(raw)["slots"][0]["kdf"]
    assert kdf["version"] == 1 and kdf["memory_kib"] >= 65536 and kdf["iterations"] >= 3
    assert (tmp_path / "slots.json").stat().st_mode & 0o077 == 0


def test_removed_slot_no_longer_opens(tmp_path: Path) -> None:
    slots = KeySlots(tmp_path / "slots.json", b"s" * 32)
    slots.add("member1", STRONG, new_key())
    assert slots.remove("member1")
    assert KeySlots(tmp_path / "slots.json", b"s" * 32).unwrap("member1", STRONG) is None


def test_recovery_slot_opens_with_the_central_private_key(tmp_path: Path) -> None:
    key, central = new_key(), X25519PrivateKey.generate()
    slots = KeySlots(tmp_path / "slots.json", b"s" * 32)
    slots.set_recovery(key, central.public_key())
    reread = KeySlots(tmp_path / "slots.json", b"s" * 32)
    assert reread.recover(central) == key
    with pytest.raises(Exception):  # noqa: B017 - any failure: the wrong key must not open it
        reread.recover(X25519PrivateKey.generate())


def test_password_change_rewraps_the_slot(precinct: Precinct) -> None:
    """DESIGN.md: a password change re-wraps the user's slot; the old password stops working."""
    old = precinct.password("member1")
    precinct.ready_session("member1")
    assert precinct.ctx.slots.unwrap("member1", old) is None
    assert precinct.ctx.slots.unwrap("member1", STRONG) == precinct.ctx.store_key


def test_missing_device_secret_fails_closed(precinct: Precinct) -> None:
    device_id = precinct.ctx.device_id
    precinct.ctx.close()
    DeviceSecretStore().delete(device_id)
    with pytest.raises(AppError) as err:
        AuthService(DeskContext(precinct.data_dir)).login("member1", precinct.password("member1"))
    assert err.value.reason is Reason.DEVICE_SECRET_MISSING


def test_no_keyring_backend_fails_closed(precinct: Precinct) -> None:
    precinct.ctx.close()
    ctx = DeskContext(precinct.data_dir, secrets=DeviceSecretStore(fail.Keyring()))
    with pytest.raises(AppError) as err:
        AuthService(ctx).login("member1", precinct.password("member1"))
    assert err.value.reason is Reason.KEYRING_UNAVAILABLE


def test_plaintext_backend_is_refused() -> None:
    """Never a plaintext fallback (STYLE.md, Vorta's lesson)."""

    class PlaintextKeyring(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("must not be called")

        def delete_password(self, service: str, username: str) -> None:
            return None

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    PlaintextKeyring.__qualname__ = "PlaintextKeyring"
    with pytest.raises(AppError) as err:
        DeviceSecretStore(PlaintextKeyring()).create("x")
    assert err.value.reason is Reason.KEYRING_UNAVAILABLE


def test_locked_keyring_is_its_own_error() -> None:
    """A locked Secret Service collection: a distinct, explained refusal (run in its own D-Bus)."""
    code = (
        "import secretstorage\n"
        "from app.security.device_secret import DeviceSecretStore\n"
        "from app.errors import AppError\n"
        "store = DeviceSecretStore(); store.create('dev1')\n"
        "secretstorage.get_default_collection(secretstorage.dbus_init()).lock()\n"
        "try:\n    store.load('dev1')\nexcept AppError as e:\n    print('REASON', e.reason.value)\n"
    )
    out = in_own_keyring(code)
    assert "REASON keyring-locked" in out.stdout, out.stderr


@pytest.mark.parametrize(
    ("name", "garbage"),
    [
        ("device.json", b"\xff\xfe not json"),
        ("device.json", b'{"device_id": "../../etc"}'),
        ("device.json", b"[1, 2]"),
        ("keyslots.json", b"{}"),
        ("keyslots.json", b'{"format": "pec-desk-keyslots", "version": 1, "slots": [{"id": 1}]}'),
        ("keyslots.json", b"\x00" * 64),
    ],
)
def test_damaged_files_beside_the_store_are_refused_and_left_alone(
    precinct: Precinct, name: str, garbage: bytes
) -> None:
    """Bad input: a damaged device.json or key-slot file gives [store-damaged]; nothing is
    rewritten, so a backup or the recovery slot can still bring the precinct back."""
    precinct.ctx.close()
    path = precinct.data_dir / name
    path.write_bytes(garbage)
    before = {p.name: p.read_bytes() for p in precinct.data_dir.iterdir() if p.suffix == ".json"}
    with pytest.raises(AppError) as err:
        AuthService(DeskContext(precinct.data_dir)).login("member1", precinct.password("member1"))
    assert err.value.reason is Reason.STORE_DAMAGED
    after = {p.name: p.read_bytes() for p in precinct.data_dir.iterdir() if p.suffix == ".json"}
    assert after == before


def test_the_keyring_wrapper_never_hands_its_bus_a_display() -> None:
    """Issue 11 point 8: gnome-keyring cannot open an unlock prompt, so nothing waits for a person."""
    bus_pid = (
        "dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus "
        "org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.DBus | awk '{print $2}'"
    )
    show = f'echo "[${{DISPLAY:-}}|$(tr "\\0" "\\n" < /proc/$({bus_pid})/environ | grep -c ^DISPLAY=)]"'
    env = {**os.environ, "DISPLAY": ":77"}
    out = subprocess.run(
        ["bash", "scripts/with-keyring.sh", "bash", "-c", show],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert out.stdout.strip() == "[|0]", out.stderr
