"""Reproduction 6 of issue 10 through the command line, as it was found: copy the data dir, file
two claims and hand out receipts, copy the old dir back (the keyring stays). Before, `audit verify`
said ok and every command went on; now every command is refused with `[rollback-detected]`, verify
names the rollback, and `recover-rollback` (sysadmin, the CEC's instruction) opens the store again,
listing the claim numbers the store lost (R-SEC-10, R-AUD-3, R-AUD-6)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import STRONG
from tests.test_cli import cli_demo, pec


def _as(data: Path, login: str, *args: str) -> tuple[int, str, str]:
    done = pec(data, *args, "--user", login, "--password-stdin", stdin=STRONG + "\n")
    return done.returncode, done.stdout, done.stderr


def _claim(data: Path, base: Path, pin: str) -> str:
    code, out, err = _as(data, "member1", "claims", "add", "--type", "missing", "--voter", pin, "--set",
                         "last_name=Жок", "--contact", "+996 555 000 001", "--passport-checked", "--identified",
                         "--receipt", str(base / f"receipt-{pin}.pdf"), "--json")  # fmt: skip
    assert code == 0, err
    return str(json.loads(out)["number"])


def test_a_data_dir_copied_back_is_refused_through_the_cli(tmp_path: Path) -> None:
    data, _users = cli_demo(tmp_path, 40, seed=9, ready=("sysadmin", "member1"))
    copy = tmp_path / "copy"
    shutil.copytree(data, copy)
    lost = [_claim(data, tmp_path, "21204198500456"), _claim(data, tmp_path, "21204198500457")]
    shutil.rmtree(data)
    shutil.copytree(copy, data)

    code, _out, err = _as(data, "member1", "search", "тестова")
    assert (code, err[:19]) == (1, "[rollback-detected]"), err
    done = pec(data, "audit", "verify", "--json")
    assert done.returncode == 1 and done.stderr.startswith("[audit-broken]")
    assert "rolled-back" in {p["problem"] for p in json.loads(done.stdout)["problems"]}
    code, _out, err = _as(data, "member1", "recover-rollback", "--reason", "ЦИК, кат № 12")
    assert (code, err[:15]) == (1, "[not-permitted]"), err

    code, out, err = _as(data, "sysadmin", "recover-rollback", "--reason", "ЦИК, кат № 12")
    assert code == 0, err
    assert " ".join(lost) in out
    assert pec(data, "audit", "verify").returncode == 0
    code, _out, err = _as(data, "member1", "search", "тестова")
    assert code == 0, err
    assert _claim(data, tmp_path, "21204198500458") > max(lost)  # never a number a voter holds a receipt for
