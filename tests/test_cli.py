"""The pec-desk command line contract (CLI.md): exit codes, reason codes, stdin passwords,
and no plaintext personal data anywhere under the data dir (R-SEC-10, DESIGN.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.synthetic import generate_voters, write_voters_csv
from tests.conftest import PLANTED, STRONG

ROOT = Path(__file__).resolve().parent.parent


def pec(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli.desk", "--data-dir", str(data), *args],
        input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )  # fmt: skip


def cli_demo(base: Path, voters: int, seed: int, ready: tuple[str, ...] = ()) -> tuple[Path, dict[str, str]]:
    """A demo precinct in base/data made through the command line with PLANTED among `voters`
    generated ones: the data dir and the one-time passwords; the `ready` logins have changed
    theirs to STRONG."""
    csv_path = base / "voters.csv"
    write_voters_csv([PLANTED, *generate_voters(voters, seed=seed)], csv_path)
    data = base / "data"
    done = pec(data, "demo", "--voters-csv", str(csv_path), "--json")
    assert done.returncode == 0, done.stderr
    csv_path.unlink()
    users = {u["login"]: u["password"] for u in json.loads(done.stdout)["users"]}
    for login in ready:
        changed = pec(data, "passwd", "--user", login, "--password-stdin", stdin=f"{users[login]}\n{STRONG}\n")
        assert changed.returncode == 0, changed.stderr
    return data, users


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    return cli_demo(tmp_path_factory.mktemp("cli"), 2000, seed=3)


def test_demo_prints_logins_and_refuses_an_existing_data_dir(demo: tuple[Path, dict[str, str]]) -> None:
    data, users = demo
    assert {"chair", "secretary", "member1", "sysadmin", "auditor"} <= set(users)
    again = pec(data, "demo", "--voters", "5")
    assert again.returncode == 1 and again.stderr.startswith("[data-dir-in-use]")


def test_one_time_password_must_be_changed_first(demo: tuple[Path, dict[str, str]]) -> None:
    """R-SEC-3 through the CLI: every command but passwd refuses the user."""
    data, users = demo
    refused = pec(data, "search", "тестова", "--user", "member2", "--password-stdin", stdin=users["member2"] + "\n")
    assert refused.returncode == 1 and refused.stderr.startswith("[password-change-required]")
    weak = pec(data, "passwd", "--user", "member2", "--password-stdin", stdin=f"{users['member2']}\nshort\n")
    assert weak.returncode == 1 and weak.stderr.startswith("[password-policy]")
    done = pec(data, "passwd", "--user", "member2", "--password-stdin", stdin=f"{users['member2']}\n{STRONG}\n")
    assert done.returncode == 0, done.stderr
    found = pec(data, "search", "testova ai", "--user", "member2", "--password-stdin", "--json", stdin=STRONG + "\n")
    assert found.returncode == 0, found.stderr
    assert [v["full_name"] for v in json.loads(found.stdout)] == ["Тестова Айзада"]
    assert "11503199000123" not in found.stdout  # R-DATA-3: public fields only


def test_wrong_password_then_throttled_across_processes(demo: tuple[Path, dict[str, str]]) -> None:
    data, users = demo
    for _ in range(5):
        wrong = pec(data, "search", "x", "--user", "auditor", "--password-stdin", stdin="Nope!nope-1\n")
        assert wrong.returncode == 1 and wrong.stderr.startswith("[wrong-password]")
    sixth = pec(data, "search", "x", "--user", "auditor", "--password-stdin", stdin=users["auditor"] + "\n")
    assert sixth.returncode == 1 and sixth.stderr.startswith("[throttled]")


def test_roles_refuse_with_not_permitted(demo: tuple[Path, dict[str, str]]) -> None:
    data, users = demo
    pec(data, "passwd", "--user", "member1", "--password-stdin", stdin=f"{users['member1']}\n{STRONG}\n")
    listed = pec(data, "users", "list", "--user", "member1", "--password-stdin", stdin=STRONG + "\n")
    assert listed.returncode == 1 and listed.stderr.startswith("[not-permitted]")


def test_audit_verify_needs_no_login_and_reports_json(demo: tuple[Path, dict[str, str]]) -> None:
    data, _ = demo
    done = pec(data, "audit", "verify", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] and report["events"] > 10


def test_usage_and_environment_errors_exit_2(tmp_path: Path) -> None:
    missing = pec(tmp_path / "none", "audit", "verify")
    assert missing.returncode == 2 and missing.stderr.startswith("[no-precinct]")
    bad = pec(tmp_path, "search")
    assert bad.returncode == 2


def test_bad_voter_csv_is_refused_whole_with_line_numbers(tmp_path: Path) -> None:
    """Bad input: the file is refused whole, nothing is created."""
    rows = list(generate_voters(3, seed=1))
    csv_path = tmp_path / "v.csv"
    write_voters_csv(rows, csv_path)
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(rows[1].pin, "12345")
    lines.append("not,enough,fields")
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = pec(tmp_path / "data", "demo", "--voters-csv", str(csv_path))
    assert done.returncode == 1 and done.stderr.startswith("[malformed]")
    assert "line 3" in done.stderr and "line 5" in done.stderr
    assert not (tmp_path / "data" / "precinct.db").exists()


def test_no_plaintext_personal_data_under_the_data_dir(demo: tuple[Path, dict[str, str]]) -> None:
    """R-SEC-10 / DESIGN.md: a planted voter's name, PIN and address appear in no file, in UTF-8
    or UTF-16, WAL and temporary files included; the search keys are not there either."""
    data, _ = demo
    markers = ["Тестова", "Айзада", PLANTED.pin, "Маркер көчөсү", "testova", "aizada"]
    patterns = [m.encode(enc) for m in markers for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    files = [p for p in data.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"precinct.db", "device.db", "keyslots.json"} <= names
    leaks = [(p.name, pat) for p in files for pat in patterns if pat in p.read_bytes()]
    assert leaks == []
    assert [p.name for p in files if p.stat().st_mode & 0o077] == []  # owner-only, WAL included
    for p in files:  # the detector itself works: the device id is in plain device.json
        if p.name == "device.json":
            assert json.loads(p.read_text())["device_id"].encode() in p.read_bytes()


def test_bad_election_file_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    """Bad input: an election file without a voting day is refused with [malformed]."""
    election = tmp_path / "election.json"
    election.write_text('{"id": "x", "name": "y", "voting_day": "next spring"}', encoding="utf-8")
    done = pec(tmp_path / "data", "demo", "--voters", "10", "--election", str(election))
    assert done.returncode == 1 and done.stderr.startswith("[malformed]")
    assert "election.json" in done.stderr
    assert not (tmp_path / "data" / "precinct.db").exists()


def test_selfcheck_reports_sqlcipher_4_and_is_audited(demo: tuple[Path, dict[str, str]]) -> None:
    """R-SEC-10: the store is SQLCipher 4, its pages verify; a member may not run the check."""
    data, users = demo
    pec(data, "passwd", "--user", "secretary", "--password-stdin", stdin=f"{users['secretary']}\n{STRONG}\n")
    done = pec(data, "selfcheck", "--integrity", "--user", "secretary", "--password-stdin", stdin=STRONG + "\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("sqlcipher 4.")
    pec(data, "passwd", "--user", "member1", "--password-stdin", stdin=f"{users['member1']}\n{STRONG}\n")
    member = pec(data, "selfcheck", "--user", "member1", "--password-stdin", stdin=STRONG + "\n")
    assert member.returncode == 1 and member.stderr.startswith("[not-permitted]")
