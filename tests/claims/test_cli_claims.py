"""`pec-desk claims` end to end through the command line (CLI.md; R-CLM-2, R-CLM-3, R-CLM-5):
a demo precinct, a claim with an attachment and its receipt, the listing, a duplicate."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest

from tests.claims.conftest import pdf
from tests.conftest import PLANTED, STRONG
from tests.test_cli import cli_demo, pec

MARKER = "CLI-ATTACHMENT-MARKER-51c2"


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("claims-cli")
    data, _users = cli_demo(base, 200, seed=5, ready=("member1",))
    return data, base


def _as_member(data: Path, *args: str) -> tuple[int, str, str]:
    done = pec(data, *args, "--user", "member1", "--password-stdin", stdin=STRONG + "\n")
    return done.returncode, done.stdout, done.stderr


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_claim_with_attachment_receipt_list_show_and_duplicate(desk: tuple[Path, Path]) -> None:
    data, base = desk
    scan = base / "passport.pdf"
    scan.write_bytes(pdf(MARKER))
    receipt = base / "receipt.pdf"
    code, out, err = _as_member(
        data, "claims", "add", "--type", "correction", "--voter", PLANTED.pin, "--set", "first_name=Айгерим",
        "--set", "patronymic=Асановна", "--contact", "+996 555 123 456", "--passport-checked", "--identified",
        "--attach", str(scan), "--receipt", str(receipt), "--json",
    )  # fmt: skip
    assert code == 0, err
    added = json.loads(out)
    number = added["number"]
    assert number.startswith("1001-") and added["attachments"] == 1 and added["pages"] >= 1
    assert number in _text(receipt) and "Айгерим" in _text(receipt)
    assert PLANTED.pin not in _text(receipt)
    scan.unlink()
    hits = [p for p in data.rglob("*") if p.is_file() and MARKER.encode() in p.read_bytes()]
    assert hits == []  # R-CLM-3: the attachment is only inside the encrypted store

    code, out, err = _as_member(data, "claims", "list", "--json")
    assert code == 0, err
    listed = {c["number"]: c for c in json.loads(out)}
    assert listed[number]["status"] == "received" and listed[number]["flag"] == ""
    assert "pin" not in listed[number]  # the listing shows no confidential field
    code, out, err = _as_member(data, "claims", "show", number, "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["fields"] == {"first_name": "Айгерим", "patronymic": "Асановна"}
    assert [a["kind"] for a in shown["attachments"]] == ["pdf"]

    duplicate = base / "again.pdf"
    code, out, err = _as_member(data, "claims", "receipt", number, "--out", str(duplicate), "--json")
    assert code == 0, err
    assert json.loads(out)["duplicate"] is True
    assert "ДУБЛИКАТ" in _text(duplicate) and number in _text(duplicate)

    code, out, err = _as_member(data, "claims", "list")
    assert code == 0 and number in out


def test_refusals_through_the_command_line(desk: tuple[Path, Path]) -> None:
    data, base = desk
    receipt = base / "refused.pdf"
    common = ["--contact", "x", "--receipt", str(receipt)]
    code, _out, err = _as_member(data, "claims", "add", "--type", "missing", "--voter", "21204198500456",
                                 "--set", "last_name=Жок", "--identified", *common)  # fmt: skip
    assert code == 1 and err.startswith("[malformed]") and "\n- Passport checked: " in err  # field by field
    text = base / "note.pdf"
    text.write_text("not a scan")
    code, _out, err = _as_member(data, "claims", "add", "--type", "missing", "--voter", "21204198500456",
                                 "--set", "last_name=Жок", "--passport-checked", "--identified",
                                 "--attach", str(text), *common)  # fmt: skip
    assert code == 1 and err.startswith("[policy-violation]")  # the attachments scan refuses it (R-SEC-6)
    code, _out, err = _as_member(data, "claims", "add", "--type", "missing", "--voter", "21204198500456",
                                 "--set", "nonsense", "--passport-checked", "--identified", *common)  # fmt: skip
    assert code == 2 and err.startswith("[usage]")
    assert not receipt.exists()


def test_a_receipt_never_overwrites_anything(desk: tuple[Path, Path]) -> None:
    """Issue 10, reproduction 9b (R-SEC-11, R-SEC-10): `--receipt` or `--out` naming an existing file,
    a link (even a dangling one) is refused with [file-exists] before anything is filed, and what
    is there is left as it was; a new receipt is created owner-only (0600)."""
    data, base = desk
    existing, target = base / "existing.pdf", base / "target.txt"
    existing.write_bytes(b"keep me")
    target.write_bytes(b"target")
    (base / "link.pdf").symlink_to(target)
    (base / "dangling.pdf").symlink_to(base / "nowhere.pdf")
    before = _as_member(data, "claims", "list")[1]
    add = ["claims", "add", "--type", "missing", "--voter", "21204198500456", "--set", "last_name=Жок",
           "--contact", "x", "--passport-checked", "--identified", "--receipt"]  # fmt: skip
    for out in ("existing.pdf", "link.pdf", "dangling.pdf"):
        code, _out, err = _as_member(data, *add, str(base / out))
        assert code == 2 and err.startswith("[file-exists]"), (out, err)
    assert existing.read_bytes() == b"keep me" and target.read_bytes() == b"target"
    assert not (base / "nowhere.pdf").exists()
    assert _as_member(data, "claims", "list")[1] == before  # nothing was filed
    code, out, err = _as_member(data, *add, str(base / "fresh.pdf"), "--json")
    assert code == 0, err
    number = json.loads(out)["number"]
    assert (base / "fresh.pdf").stat().st_mode & 0o777 == 0o600 and number in _text(base / "fresh.pdf")
    code, _out, err = _as_member(data, "claims", "receipt", number, "--out", str(existing))
    assert code == 2 and err.startswith("[file-exists]") and existing.read_bytes() == b"keep me"
