"""The exchange through both command lines, as a TEC administrator would run it (CLI.md,
R-SYN-1, R-SYN-2): exit codes, reason codes, fingerprints, and nothing changed by a refusal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.models.synthetic import generate_voters, write_voters_csv
from tests.conftest import PLANTED, STRONG

ROOT = Path(__file__).resolve().parents[2]


def run(module: str, data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, "--data-dir", str(data), *args],
        input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )  # fmt: skip


def desk(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run("app.cli.desk", data, *args, stdin=stdin)


def central(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run("app.cli.central", data, *args)


def test_the_whole_path_through_both_command_lines(tmp_path: Path) -> None:
    """R-SYN-1: init → setup → enroll → issue-package → import → export → ingest → decide →
    issue-update → import; the refusals on the way exit 1 with their codes and change nothing."""
    cdir, ddir, box = tmp_path / "central", tmp_path / "desk", tmp_path / "box"
    box.mkdir()
    voters, users = tmp_path / "voters.csv", tmp_path / "users.csv"
    write_voters_csv([PLANTED, *generate_voters(300, seed=5)], voters)
    users.write_text("login,full_name,role\nsec,Асанова Гүлнара,secretary\nadmin,Токтогулов Эрмек,sysadmin\n")

    init = central(cdir, "init", "--json")
    assert init.returncode == 0, init.stderr
    root_file = json.loads(init.stdout)["root_file"]
    # Without the test root the device trusts only the pinned (placeholder) root.
    setup = desk(ddir, "setup", "--precinct", "1001", "--out", str(tmp_path / "req.json"), "--test-root", root_file)
    assert setup.returncode == 0, setup.stderr
    printed = setup.stdout.split("Device fingerprint: ")[1].splitlines()[0]
    enroll = central(cdir, "enroll", str(tmp_path / "req.json"), "--json")
    assert enroll.returncode == 0, enroll.stderr
    assert json.loads(enroll.stdout)["fingerprint"] == printed

    issued = central(cdir, "issue-package", "--precinct", "1001", "--voters", str(voters), "--users", str(users),
                     "--out", str(box), "--json")  # fmt: skip
    assert issued.returncode == 0, issued.stderr
    package = Path(json.loads(issued.stdout)["path"])
    passwords = {a["login"]: a["password"] for a in json.loads(issued.stdout)["accounts"]}
    preview = desk(ddir, "import", str(package), "--preview", "--json")
    assert preview.returncode == 0, preview.stderr
    assert json.loads(preview.stdout)["new_voters"] == 301
    assert not (ddir / "precinct.db").exists()  # a preview changes nothing
    imported = desk(ddir, "import", str(package), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["accounts"] == 2

    sec = f"{passwords['sec']}\n{STRONG}\n"
    assert desk(ddir, "passwd", "--user", "sec", "--password-stdin", stdin=sec).returncode == 0
    again = desk(ddir, "import", str(package), "--user", "sec", "--password-stdin", stdin=STRONG + "\n")
    assert again.returncode == 0 and "already applied" in again.stdout

    exported = desk(
        ddir, "export", "--out", str(box), "--user", "sec", "--password-stdin", "--json", stdin=STRONG + "\n"
    )
    assert exported.returncode == 0, exported.stderr
    batch = box / json.loads(exported.stdout)["file_name"]
    # The batch lost before central read it is written again, byte for byte (docs/sync.md).
    again_box = tmp_path / "again"
    again_box.mkdir()
    again = desk(ddir, "export", "--out", str(again_box), "--resend", "1", "--user", "sec", "--password-stdin",
                 stdin=STRONG + "\n")  # fmt: skip
    assert again.returncode == 0 and again.stdout.strip() == batch.name, again.stderr
    assert (again_box / batch.name).read_bytes() == batch.read_bytes()
    unknown = desk(ddir, "export", "--out", str(again_box), "--resend", "9", "--user", "sec", "--password-stdin",
                   stdin=STRONG + "\n")  # fmt: skip
    assert unknown.returncode == 2 and unknown.stderr.startswith("[usage]"), unknown.stderr
    # A forged batch (one byte flipped) is refused with its code, and the central side is unchanged:
    # the genuine batch is still accepted afterwards.
    forged = tmp_path / "forged.pecenv"
    data = bytearray(batch.read_bytes())
    data[-5] ^= 1
    forged.write_bytes(bytes(data))
    refused = central(cdir, "ingest", str(forged))
    assert refused.returncode == 1 and refused.stderr.startswith("[signature-invalid]"), refused.stderr

    ingested = central(cdir, "ingest", str(batch), "--json")
    assert ingested.returncode == 0, ingested.stderr
    assert json.loads(ingested.stdout)["audit_ok"] is True

    update = central(cdir, "issue-update", "--precinct", "1001", "--out", str(box), "--json")
    assert update.returncode == 0, update.stderr
    upath = Path(json.loads(update.stdout)["path"])
    assert json.loads(update.stdout)["acks"] == 1
    member_refused = desk(ddir, "import", str(upath), "--user", "admin", "--password-stdin",
                          stdin=passwords["admin"] + "\n")  # fmt: skip
    assert member_refused.returncode == 1 and member_refused.stderr.startswith("[password-change-required]")
    applied = desk(ddir, "import", str(upath), "--user", "sec", "--password-stdin", "--json", stdin=STRONG + "\n")
    assert applied.returncode == 0, applied.stderr
    assert json.loads(applied.stdout)["acks"] == 1

    # An altered copy of the package is older than what is applied now: a replay.
    package_copy = tmp_path / "copy" / package.name
    package_copy.parent.mkdir()
    package_copy.write_bytes(package.read_bytes()[:-1] + bytes([package.read_bytes()[-1] ^ 1]))
    old = desk(ddir, "import", str(package_copy), "--user", "sec", "--password-stdin", stdin=STRONG + "\n")
    assert old.returncode == 1 and old.stderr.startswith("[replayed]"), old.stderr


def test_central_refuses_bad_inputs_with_clear_codes(tmp_path: Path) -> None:
    """Bad input: missing keys, a forged enrollment request, a bad users file (CLI.md)."""
    cdir = tmp_path / "central"
    not_init = central(cdir, "enroll", str(tmp_path / "nothing.json"))
    assert not_init.returncode == 2
    assert central(cdir, "init").returncode == 0
    assert central(cdir, "init").stderr.startswith("[data-dir-in-use]")
    bad = tmp_path / "req.json"
    bad.write_text('{"request": {"v": 1}, "signature": "00"}')
    refused = central(cdir, "enroll", str(bad))
    assert refused.returncode == 1 and refused.stderr.startswith("[malformed]")
    users = tmp_path / "users.csv"
    users.write_text("login,full_name,role\nбашка,Ким,boss\n")
    voters = tmp_path / "voters.csv"
    write_voters_csv(list(generate_voters(3, seed=1)), voters)
    issued = central(cdir, "issue-package", "--precinct", "1001", "--voters", str(voters), "--users", str(users),
                     "--out", str(tmp_path))  # fmt: skip
    assert issued.returncode == 1 and issued.stderr.startswith("[malformed]")
    assert "line 2" in issued.stderr


def test_setup_refuses_a_damaged_root_key_file_and_creates_nothing(tmp_path: Path) -> None:
    """Bad input: a --test-root file that is not a root key is refused with [malformed]; no device."""
    for content in ("not json", '{"root": "zz"}', '{"name": "x"}'):
        root = tmp_path / "root.json"
        root.write_text(content)
        done = desk(tmp_path / "data", "setup", "--precinct", "1001", "--out", str(tmp_path / "req.json"),
                    "--test-root", str(root))  # fmt: skip
        assert done.returncode == 1 and done.stderr.startswith("[malformed]"), done.stderr
        assert "root.json" in done.stderr
        assert not (tmp_path / "data" / "device.json").exists() and not (tmp_path / "req.json").exists()
