"""`pec-desk backup`, `restore`, `destroy` and the retention notice through the command line
(CLI.md: exit 0 done, 1 refused, 2 usage or environment; `[code]` first on stderr), on a demo
precinct built through the real exchange (R-SEC-10, R-DATA-5, R-AUD-6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import STRONG
from tests.test_backup import plaintext_hits, with_header
from tests.test_cli import cli_demo, pec


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("cli-backup")
    data, _users = cli_demo(base, 60, seed=5, ready=("sysadmin", "chair", "member1"))
    return data, base


def as_user(data: Path, login: str, *args: str) -> tuple[int, str, str]:
    done = pec(data, *args, "--user", login, "--password-stdin", stdin=STRONG + "\n")
    return done.returncode, done.stdout, done.stderr


def test_backup_restore_destroy_through_the_cli(desk: tuple[Path, Path]) -> None:
    """The whole life: backup (sysadmin only, never over a file), restore refusals with their codes,
    restore after the store is lost, the retention notice, destruction by the chair, verify after."""
    data, base = desk
    out = base / "precinct.pecbak"
    code, stdout, stderr = as_user(data, "sysadmin", "backup", "--out", str(out), "--json")
    assert code == 0, stderr
    assert json.loads(stdout)["sha256"] and out.is_file() and plaintext_hits(out) == []
    code, _, stderr = as_user(data, "member1", "backup", "--out", str(base / "m.pecbak"))
    assert (code, stderr[:15]) == (1, "[not-permitted]") and not (base / "m.pecbak").exists()
    code, _, stderr = as_user(data, "sysadmin", "backup", "--out", str(out))
    assert (code, stderr[:7]) == (2, "[usage]")

    tampered = base / "tampered.pecbak"
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0x80
    tampered.write_bytes(bytes(raw))
    code, _, stderr = as_user(data, "sysadmin", "restore", str(tampered))
    assert (code, stderr[:16]) == (1, "[backup-invalid]")
    bad_salt = base / "bad-salt.pecbak"  # R-SEC-11: a damaged header field is refused, not a traceback
    bad_salt.write_bytes(with_header(out, lambda h: h.__setitem__("salt", "z" * 64)))
    code, _, stderr = as_user(data, "sysadmin", "restore", str(bad_salt))
    assert (code, stderr[:16]) == (1, "[backup-invalid]"), stderr
    code, _, stderr = as_user(data, "sysadmin", "restore", str(base))
    assert (code, stderr[:7]) == (2, "[usage]")
    code, _, stderr = as_user(data, "member1", "restore", str(out))
    assert (code, stderr[:15]) == (1, "[not-permitted]")

    (data / "precinct.db").unlink()
    code, stdout, stderr = as_user(data, "sysadmin", "restore", str(out), "--json")
    assert code == 0, stderr
    assert json.loads(stdout)["changes_lost"] == 0
    code, stdout, stderr = as_user(data, "member1", "search", "тестова", "--json")
    assert code == 0, stderr
    assert [v["full_name"] for v in json.loads(stdout)] == ["Тестова Айзада"]

    code, stdout, stderr = as_user(data, "chair", "selfcheck", "--json")
    assert code == 0, stderr
    assert json.loads(stdout)["retention"]["passed"] is False

    code, _, stderr = as_user(data, "chair", "destroy")
    assert (code, stderr[:7]) == (2, "[usage]")  # no terminal and no --confirm
    code, _, stderr = as_user(data, "member1", "destroy", "--confirm", "1001")
    assert (code, stderr[:15]) == (1, "[not-permitted]")
    code, _, stderr = as_user(data, "chair", "destroy", "--confirm", "1001")
    assert (code, stderr[:22]) == (1, "[retention-not-passed]")
    code, stdout, stderr = as_user(data, "chair", "destroy", "--confirm", "1001", "--early-reason", "test", "--json")
    assert code == 0, stderr
    assert json.loads(stdout)["voters"] == 61
    assert not (data / "precinct.db").exists() and not (data / "keyslots.json").exists()
    assert plaintext_hits(data) == []

    verified = pec(data, "audit", "verify", "--json")
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)["destroyed_at"]
    code, _, stderr = as_user(data, "member1", "search", "тестова")
    assert (code, stderr[:20]) == (1, "[precinct-destroyed]")
    code, _, stderr = as_user(data, "sysadmin", "restore", str(out))
    assert (code, stderr[:20]) == (1, "[precinct-destroyed]")
