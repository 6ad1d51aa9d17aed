"""A precinct backup opens with the central recovery key when every password and the device are
lost (R-SEC-10, R-SEC-11: recovery of data destroyed), verified as strictly as a restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.central.backups import check_backup
from app.cli.demo_precinct import DEMO_ACCOUNTS
from app.errors import AppError, Reason
from app.services.auth import AuthService
from tests.exchange.conftest import Exchange
from tests.exchange.test_cli_exchange import central
from tests.test_backup import backups, with_header


def _backup(exchange: Exchange, out: Path) -> Path:
    session = exchange.desk.ready_session("sysadmin")
    backups(exchange.ctx).backup(session, out)
    AuthService(exchange.ctx).logout(session)
    return out


def test_the_cec_opens_a_backup_with_the_recovery_key(exchange: Exchange, tmp_path: Path) -> None:
    backup = _backup(exchange, tmp_path / "b.pecbak")
    exchange.ctx.close()
    exchange.ctx.secrets.delete(exchange.ctx.device_id)  # the device is gone: keyring and all
    found = check_backup(backup, exchange.central.recovery_private(), tmp_path)
    assert (found.precinct, found.voters, found.accounts) == ("1001", 401, len(DEMO_ACCOUNTS))
    done = central(exchange.central.root, "check-backup", str(backup), "--json")
    assert done.returncode == 0, done.stderr
    assert '"voters": 401' in done.stdout
    assert not list(tmp_path.glob(".backup-check-*"))


def test_a_damaged_backup_or_another_key_is_refused(exchange: Exchange, tmp_path: Path) -> None:
    backup = _backup(exchange, tmp_path / "b.pecbak")
    with pytest.raises(AppError) as other:
        check_backup(backup, X25519PrivateKey.generate(), tmp_path)
    assert other.value.reason is Reason.BACKUP_MISMATCH
    bad_salt = tmp_path / "bad-salt.pecbak"
    bad_salt.write_bytes(with_header(backup, lambda h: h.__setitem__("salt", "z" * 64)))
    with pytest.raises(AppError) as damaged_header:
        check_backup(bad_salt, exchange.central.recovery_private(), tmp_path)
    assert damaged_header.value.reason is Reason.BACKUP_INVALID  # R-SEC-11: not a raw ValueError
    done = central(exchange.central.root, "check-backup", str(bad_salt))
    assert done.returncode == 1 and done.stderr.startswith("[backup-invalid]"), done.stderr
    raw = bytearray(backup.read_bytes())
    raw[-5] ^= 1
    backup.write_bytes(bytes(raw))
    with pytest.raises(AppError) as damaged:
        check_backup(backup, exchange.central.recovery_private(), tmp_path)
    assert damaged.value.reason is Reason.BACKUP_INVALID
    done = central(exchange.central.root, "check-backup", str(backup))
    assert done.returncode == 1 and done.stderr.startswith("[backup-invalid]")
