"""Every failure is a code (issue 10, point 5 and reproduction 8), through the real command line:
a lock another process holds, a full disk, a keyring backend that does not load or answer, a
device secret that is not this data dir's, and a bug all end in one `[code]` line with what to do,
exit 2, never a traceback, and leave the store as it was (R-SEC-11: control of records and of
changes to them; R-AUD-1: the audit chain still verifies afterwards)."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.conftest import STRONG
from tests.test_cli import ROOT, cli_demo

UNLISTED_PIN = "21204198500456"  # valid, not on the demo list


def claim(receipt: Path) -> tuple[str, ...]:
    """`claims add` of a claim that would be filed, as member1 (password on stdin)."""
    return (
        "claims", "add", "--type", "missing", "--voter", UNLISTED_PIN, "--set", "last_name=Асанов",
        "--set", "first_name=Үмүт", "--contact", "+996 555 000 111", "--passport-checked", "--identified",
        "--receipt", str(receipt), "--user", "member1", "--password-stdin",
    )  # fmt: skip


# A second process that logs in and then holds a write transaction on the precinct store.
HOLD = """
import sys, time
from pathlib import Path
from app.models.db import open_store
from app.services.auth import AuthService
from app.services.context import DeskContext
ctx = DeskContext(Path(sys.argv[1]))
auth = AuthService(ctx)
session = auth.login("member1", sys.argv[2])
key = ctx.store_key
auth.logout(session)
ctx.close()
conn = open_store(ctx.paths.precinct_db, key)
conn.execute("BEGIN IMMEDIATE")
conn.execute("CREATE TABLE held_by_another_process (a)")
print("held", flush=True)
time.sleep(120)
"""
# The real command line with a bug planted in it: the value of the exception must go nowhere.
BUG = "PERSONAL-VALUE-Тестова-11503199000123"
BUGGY = f"""
import sys
import app.services.audit
import app.cli.desk
def verify(self):
    raise RuntimeError({BUG!r})
app.services.audit.AuditService.verify = verify
sys.exit(app.cli.desk.main(sys.argv[1:]))
"""


def run(
    data: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "app.cli.desk", "--data-dir", str(data), *args],
        input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
        env={**os.environ, "PEC_DESK_LANG": "en", **(env or {})},
    )  # fmt: skip


def assert_one_code_line(done: subprocess.CompletedProcess[str], code: str) -> None:
    """Exit 2, `[code] explanation` as the only line on stderr, no traceback anywhere."""
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"[{code}] "), done.stderr
    assert done.stderr.count("\n") == 1, done.stderr


def claims(data: Path) -> list[str]:
    done = run(data, "claims", "list", "--json", "--user", "member1", "--password-stdin", stdin=STRONG + "\n")
    assert done.returncode == 0, done.stderr
    return sorted(c["number"] for c in json.loads(done.stdout))


def assert_store_sound(data: Path) -> None:
    """The store opens, every page's HMAC checks, and the audit chain verifies (R-AUD-1)."""
    check = run(
        data, "selfcheck", "--integrity", "--json", "--user", "sysadmin", "--password-stdin", stdin=STRONG + "\n"
    )
    assert check.returncode == 0 and json.loads(check.stdout)["ok"], check.stderr
    verify = run(data, "audit", "verify", "--json")
    assert verify.returncode == 0 and json.loads(verify.stdout)["ok"], verify.stdout + verify.stderr


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data, _users = cli_demo(tmp_path_factory.mktemp("failures"), 40, seed=11, ready=("member1", "sysadmin"))
    return data


@pytest.fixture(autouse=True)
def _device_as_desk_left_it(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that runs a command on a copy of `desk` moves the device's keyring record (its
    high-water mark) past `desk` itself, which would then be a rolled-back data dir: the record
    is put back after each test as `desk` had it (R-AUD-3)."""
    if "desk" not in request.fixturenames:
        yield
        return
    desk: Path = request.getfixturevalue("desk")
    entry = f"device-{json.loads((desk / 'device.json').read_text(encoding='utf-8'))['device_id']}"
    blob = keyring.get_password("pec-desk", entry)
    yield
    if blob is not None:
        keyring.set_password("pec-desk", entry, blob)


def test_a_write_transaction_in_another_process_is_store_in_use(desk: Path, tmp_path: Path) -> None:
    """Reproduction 8: `claims add` while another process writes printed `database is locked` with
    a traceback. Now it waits the busy timeout, then says another window or command is using the
    precinct; nothing is filed and the chain verifies (R-SEC-11, R-AUD-1)."""
    before = claims(desk)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(desk), STRONG], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        done = run(desk, *claim(tmp_path / "r.pdf"), stdin=STRONG + "\n", env={"PEC_DESK_BUSY_MS": "1000"})
    finally:
        holder.kill()
        holder.wait()
    assert_one_code_line(done, "store-in-use")
    assert "Another window or command is using the precinct store" in done.stderr
    assert claims(desk) == before
    assert_store_sound(desk)


def _strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-f", "-o", os.devnull, "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _strace_works(), reason="needs strace with ptrace allowed (fault injection)")
@pytest.mark.parametrize("full", ["device.db-wal", "precinct.db-wal"])
def test_a_full_disk_is_disk_full_and_nothing_is_half_written(desk: Path, tmp_path: Path, full: str) -> None:
    """Reproduction 8: with the disk full the store's writes failed with `database or disk is full`
    and a traceback. Every write to one store's log fails with ENOSPC (strace fault injection):
    `[disk-full]` names the data dir to free space in; the store still opens, its pages check,
    the chain verifies and no claim was half-filed (R-SEC-11, R-AUD-1)."""
    data = tmp_path / "data"
    shutil.copytree(desk, data)  # the same device: the same keyring entry
    before = claims(data)
    inject = ("strace", "-f", "-o", os.devnull, "-P", str(data / full), "-e", "trace=pwrite64",
              "-e", "inject=pwrite64:error=ENOSPC")  # fmt: skip
    done = run(data, *claim(tmp_path / "r.pdf"), stdin=STRONG + "\n", prefix=inject)
    assert_one_code_line(done, "disk-full")
    assert f"the disk that holds {data}." in done.stderr
    assert claims(data) == before
    assert_store_sound(data)


def _can_mount() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount(), reason="needs a private mount namespace (root) for a read-only bind mount")
def test_a_read_only_data_dir_is_not_writable(desk: Path, tmp_path: Path) -> None:
    """Point 5: a data dir on a read-only disk is `[not-writable]` naming it, not a traceback; the
    same dir, writable again, is intact (R-SEC-11, R-AUD-1)."""
    data = tmp_path / "data"
    shutil.copytree(desk, data)
    before = claims(data)
    read_only = ("unshare", "-m", "sh", "-c",
                 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" && exec "$@"', str(data))  # fmt: skip
    done = run(data, *claim(tmp_path / "r.pdf"), stdin=STRONG + "\n", prefix=read_only)
    assert_one_code_line(done, "not-writable")
    assert f"{data} cannot be written" in done.stderr
    assert claims(data) == before
    assert_store_sound(data)


# In a private mount namespace: a 2 MiB tmpfs holding a copy of the data dir and a file filling
# it up to $FREE KiB free; the command runs there, then the data dir is copied out to be checked.
FULL_DISK = """
set -e
mount -t tmpfs -o size=2m tmpfs "$MNT"
cp -a "$SRC" "$MNT/data"
avail=$(df -k --output=avail "$MNT" | tail -1)
dd if=/dev/zero of="$MNT/filler" bs=1k count=$((avail - FREE)) status=none
set +e
"$@"
rc=$?
rm "$MNT/filler"
cp -a "$MNT/data" "$OUT"
exit $rc
"""


@pytest.mark.skipif(not _can_mount(), reason="needs a private mount namespace (root) for a small tmpfs")
def test_a_really_full_disk_is_disk_full(desk: Path, tmp_path: Path) -> None:
    """Reproduction 8 on a real full file system (16 KiB free on a tmpfs): `[disk-full]` naming the
    data dir, and the store as it was (R-SEC-11, R-AUD-1)."""
    mnt, out = tmp_path / "mnt", tmp_path / "after"
    mnt.mkdir()
    before = claims(desk)
    env = {"MNT": str(mnt), "SRC": str(desk), "OUT": str(out), "FREE": "16"}
    done = run(mnt / "data", *claim(tmp_path / "r.pdf"), stdin=STRONG + "\n", env=env,
               prefix=("unshare", "-m", "sh", "-c", FULL_DISK, "full-disk"))  # fmt: skip
    assert_one_code_line(done, "disk-full")
    assert f"the disk that holds {mnt / 'data'}." in done.stderr
    assert claims(out) == before
    assert_store_sound(out)


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHON_KEYRING_BACKEND": "no_such_module.Keyring"},  # a configured backend that does not import
        {  # the Secret Service configured, its D-Bus session gone
            "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/pec-desk-bus",
        },
    ],
)
def test_a_keyring_backend_that_fails_is_keyring_unavailable(desk: Path, tmp_path: Path, env: dict[str, str]) -> None:
    """Reproduction 8: an unknown PYTHON_KEYRING_BACKEND printed a ModuleNotFoundError traceback."""
    for args in (("audit", "verify"), claim(tmp_path / "r.pdf")):
        done = run(desk, *args, stdin=STRONG + "\n", env=env)
        assert_one_code_line(done, "keyring-unavailable")


def test_another_device_secret_says_so_without_sqlcipher_noise(tmp_path: Path) -> None:
    """Reproduction 8: a device secret that is not this data dir's (the keyring entry replaced, or
    the data dir copied from another computer) printed three SQLCipher `hmac check failed` lines
    and `[store-damaged] … restore it from a backup`. Now one line says the keyring's secret does
    not belong to this data dir and what to do; putting the entry back opens it again (R-SEC-11)."""
    data, _users = cli_demo(tmp_path, 20, seed=12, ready=("member1", "sysadmin"))
    device = json.loads((data / "device.json").read_text(encoding="utf-8"))["device_id"]
    entry = f"device-{device}"
    original = keyring.get_password("pec-desk", entry)
    assert original is not None
    other = {**json.loads(original), "secret": base64.b64encode(os.urandom(32)).decode()}
    keyring.set_password("pec-desk", entry, json.dumps(other))
    try:
        for args in (("audit", "verify"), claim(tmp_path / "r.pdf")):
            done = run(data, *args, stdin=STRONG + "\n")
            assert_one_code_line(done, "device-secret-mismatch")
            assert "hmac" not in done.stderr.lower() and "restore it from a backup" not in done.stderr
            assert f"does not belong to the data in {data}" in done.stderr
    finally:
        keyring.set_password("pec-desk", entry, original)
    assert_store_sound(data)
    keyring.delete_password("pec-desk", entry)


def test_a_bug_is_internal_error_and_its_values_go_nowhere(desk: Path) -> None:
    """The last safety net: an unexpected exception is `[internal-error]` with its type and the time
    to report, exit 2; its message (which could hold a voter's data) is printed nowhere and written
    nowhere (no traceback file in the data dir)."""
    done = subprocess.run(
        [sys.executable, "-c", BUGGY, "--data-dir", str(desk), "audit", "verify"],
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
        env={**os.environ, "PEC_DESK_LANG": "en"},
    )  # fmt: skip
    assert_one_code_line(done, "internal-error")
    assert "RuntimeError" in done.stderr and "Note the time" in done.stderr
    assert BUG not in done.stderr + done.stdout
    assert [p for p in desk.rglob("*") if p.is_file() and BUG.encode() in p.read_bytes()] == []


def test_undecodable_text_on_the_command_line_is_a_code_line(desk: Path, tmp_path: Path) -> None:
    """Reproduction 8: `--contact $'abc\\xff\\xfe'` ended in a UnicodeEncodeError traceback. Whatever
    layer refuses it (the bounds at the door, or the last safety net), the user reads the code
    line with each field's problem under it, and no claim is filed (R-SEC-11)."""
    before = claims(desk)
    args = [os.fsencode(a) for a in claim(tmp_path / "r.pdf")]
    contact = args.index(b"--contact") + 1
    args[contact] = b"abc\xff\xfe"
    done = subprocess.run(
        [sys.executable, "-m", "app.cli.desk", "--data-dir", str(desk), *args],
        input=STRONG + "\n", capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
        env={**os.environ, "PEC_DESK_LANG": "en"},
    )  # fmt: skip
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    head, *problems = done.stderr.splitlines()
    assert done.returncode in (1, 2) and head.startswith("[malformed] ")
    assert problems and all(line.startswith("- ") for line in problems)  # one line per field problem
    assert claims(desk) == before


def test_the_safety_net_maps_each_kind_of_failure(tmp_path: Path) -> None:
    """OS errors by errno (the directory to free or fix), driver errors by SQLite's code, text that
    cannot be encoded as `malformed` without the text, anything else as `internal-error`."""
    import errno
    import sqlite3

    import sqlcipher3

    from app.errors import Reason
    from app.services.failures import as_app_error

    target = tmp_path / "file.tmp"
    cases = [
        (OSError(errno.ENOSPC, "No space left on device", str(target)), Reason.DISK_FULL, str(tmp_path)),
        (OSError(errno.EDQUOT, "Disk quota exceeded", str(target)), Reason.DISK_FULL, str(tmp_path)),
        (OSError(errno.EROFS, "Read-only file system", str(target)), Reason.NOT_WRITABLE, str(tmp_path)),
        (PermissionError(errno.EACCES, "Permission denied", str(target)), Reason.NOT_WRITABLE, str(tmp_path)),
        (sqlcipher3.OperationalError("database is locked"), Reason.STORE_IN_USE, str(tmp_path)),
        (sqlite3.OperationalError("database or disk is full"), Reason.DISK_FULL, str(tmp_path)),
    ]
    for exc, reason, path in cases:
        error = as_app_error(exc, tmp_path)
        assert (error.reason, error.params["path"]) == (reason, path), exc
    secret = "Тестова\udcff"
    unicode = as_app_error(UnicodeEncodeError("utf-8", secret, 7, 8, "surrogates not allowed"))
    assert unicode.reason is Reason.MALFORMED and "Тестова" not in str(unicode.params)
    bug = as_app_error(KeyError("11503199000123"))
    assert bug.reason is Reason.INTERNAL_ERROR and bug.params["kind"] == "KeyError"
    assert "11503199000123" not in str(bug.params) and bug.exit_code == 2


def test_stores_wait_for_a_lock_then_say_store_in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sensible busy timeout by default; a write lock still held after it is `store-in-use`, and
    the waiting connection is left usable (R-SEC-11)."""
    from app.errors import AppError, Reason
    from app.models.db import BUSY_TIMEOUT_MS, new_key, open_store, transaction

    monkeypatch.delenv("PEC_DESK_BUSY_MS", raising=False)
    key, path = new_key(), tmp_path / "s.db"
    first = open_store(path, key, create=True)
    assert first.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS >= 5000
    first.execute("CREATE TABLE t (a)")
    monkeypatch.setenv("PEC_DESK_BUSY_MS", "200")
    second = open_store(path, key)
    with transaction(first):
        first.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(AppError) as refused, transaction(second):
            second.execute("INSERT INTO t VALUES (2)")
    assert refused.value.reason is Reason.STORE_IN_USE
    with transaction(second):
        second.execute("INSERT INTO t VALUES (3)")
    assert [r[0] for r in second.execute("SELECT a FROM t ORDER BY a")] == [1, 3]
    first.close()
    second.close()


# In a private mount namespace: a 1 MiB tmpfs as the receipt's folder, filled up to 16 KiB free.
FULL_FOLDER = """
set -e
mount -t tmpfs -o size=1m tmpfs "$MNT"
avail=$(df -k --output=avail "$MNT" | tail -1)
dd if=/dev/zero of="$MNT/filler" bs=1k count=$((avail - 16)) status=none
set +e
"$@"
"""


@pytest.mark.skipif(not _can_mount(), reason="needs a private mount namespace (root) for a small tmpfs")
@pytest.mark.parametrize("folder", ["full", "read-only"])
def test_a_receipt_folder_that_cannot_take_it_refuses_the_claim(desk: Path, tmp_path: Path, folder: str) -> None:
    """Issue 10 (fault harness finding): with the receipt's folder full, the claim was filed and
    the command then failed on the receipt. The name and the room for the receipt are claimed
    before the claim is filed, so the command refuses with nothing filed (R-CLM-2, R-SEC-11)."""
    mnt = tmp_path / "box"
    mnt.mkdir()
    before = claims(desk)
    script = FULL_FOLDER if folder == "full" else 'mount -t tmpfs -o ro tmpfs "$MNT" && exec "$@"'
    done = run(desk, *claim(mnt / "r.pdf"), stdin=STRONG + "\n", env={"MNT": str(mnt)},
               prefix=("unshare", "-m", "sh", "-c", script, "receipt-folder"))  # fmt: skip
    assert_one_code_line(done, "disk-full" if folder == "full" else "not-writable")
    assert claims(desk) == before
