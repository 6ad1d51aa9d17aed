"""Crashes and races of the writing commands, through the real command line (issue 10, points 2
and 3): two exports at once (R-SYN-2), the same update imported twice at once (R-SYN-2), the
first package killed at every rename and at fsyncs (R-SEC-10), kills during export, claims add
and update import (R-AUD-3: `audit verify` stays ok) and during a password change (R-AUD-1: the
password and its event go together).

Kills are real SIGKILLs injected by strace at the n-th rename (or fsync) of the command; a
process is held at a chosen point by a wrapper that patches one method in that process only."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

from app.errors import AppError, Reason
from app.models.synthetic import generate_voters, write_voters_csv
from app.security.audit import AuditAction
from app.security.device_secret import SERVICE
from app.services.audit import AuditService
from app.services.auth import AuthService
from app.services.context import DeskContext
from tests.conftest import PLANTED, STRONG

ROOT = Path(__file__).resolve().parents[2]
Done = subprocess.CompletedProcess[str]
Kill = tuple[str, int] | None
ENV = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PEC_DESK_LANG": "en"}
NEW = "Qw!7-rTzn#8Y"  # another password the policy takes
VOTERS = [PLANTED, *generate_voters(40, seed=11)]
HOLD = """
import pathlib, runpy, sys, time, importlib
module, owner, name, ready, go = sys.argv[1:6]
del sys.argv[1:6]
target = getattr(importlib.import_module(module), owner)
original = getattr(target, name)
def held(*args, **kwargs):
    pathlib.Path(ready).touch()
    end = time.monotonic() + 120
    while not pathlib.Path(go).exists() and time.monotonic() < end:
        time.sleep(0.05)
    return original(*args, **kwargs)
setattr(target, name, held)
runpy.run_module("app.cli.desk", run_name="__main__", alter_sys=True)
"""


def run(argv: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, input=stdin, capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300,
                          check=False)  # fmt: skip


def desk(
    data: Path, *args: str, stdin: str = "", kill: tuple[str, int] | None = None
) -> subprocess.CompletedProcess[str]:
    """pec-desk; with `kill` (call, n) SIGKILLed by strace at the n-th such call: "rename" (just
    before it), "dirsync" (an fsync of the data dir itself: just after a rename or a new file)."""
    prefix: list[str] = []
    if kill is not None:
        call, n = kill
        where = ["-P", str(data)] if call == "dirsync" else []
        call = "fsync" if call == "dirsync" else call
        prefix = ["strace", "-f", "-qq", "-o", os.devnull, *where, "-e", f"trace={call}", "-e",
                  f"inject={call}:signal=KILL:when={n}"]  # fmt: skip
    return run([*prefix, sys.executable, "-m", "app.cli.desk", "--data-dir", str(data), *args], stdin)


def central(cdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "app.cli.central", "--data-dir", str(cdir), *args])


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


@dataclass
class Site:
    """A central side and a device set up for precinct 1001, its package issued (not imported)."""

    base: Path
    cdir: Path
    data: Path
    box: Path
    package: Path
    passwords: dict[str, str]

    keyring_blob: str | None = None

    def copy(self, name: str) -> Path:
        """A copy of the device as it stands: the data dir and its keyring entry (the high-water
        record in it), saved at the first copy and put back at each later one, so that a command
        run on one copy does not make the next copy a rolled-back data dir (R-AUD-3)."""
        target = self.base / name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(self.data, target)
        entry = _keyring_entry(self.data)
        if self.keyring_blob is None:
            self.keyring_blob = keyring.get_password(SERVICE, entry)
        else:
            keyring.set_password(SERVICE, entry, self.keyring_blob)
        return target

    def as_sec(self, data: Path, *args: str, kill: Kill = None) -> Done:
        return desk(data, *args, "--user", "sec", "--password-stdin", stdin=STRONG + "\n", kill=kill)


def _keyring_entry(data: Path) -> str:
    return f"device-{json.loads((data / 'device.json').read_text())['device_id']}"


def issued(base: Path) -> Site:
    cdir, data, box = base / "central", base / "desk", base / "box"
    box.mkdir(parents=True)
    write_voters_csv(VOTERS, base / "voters.csv")
    (base / "users.csv").write_text("login,full_name,role\nsec,Асанова Гүлнара,secretary\n"
                                    "admin,Токтогулов Эрмек,sysadmin\n")  # fmt: skip
    root_file = json.loads(ok(central(cdir, "init", "--json")))["root_file"]
    ok(desk(data, "setup", "--precinct", "1001", "--out", str(base / "req.json"), "--test-root", root_file))
    ok(central(cdir, "enroll", str(base / "req.json")))
    out = json.loads(ok(central(cdir, "issue-package", "--precinct", "1001", "--voters", str(base / "voters.csv"),
                                "--users", str(base / "users.csv"), "--out", str(box), "--json")))  # fmt: skip
    return Site(base, cdir, data, box, Path(out["path"]), {a["login"]: a["password"] for a in out["accounts"]})


def imported(base: Path) -> Site:
    """The package imported and `sec` ready (password changed to STRONG)."""
    site = issued(base)
    ok(desk(site.data, "import", str(site.package)))
    ok(desk(site.data, "passwd", "--user", "sec", "--password-stdin", stdin=f"{site.passwords['sec']}\n{STRONG}\n"))
    site.passwords["sec"] = STRONG
    return site


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    made = imported(tmp_path)
    yield made
    forget(made.data)


def forget(data: Path) -> None:
    """The device secret out of the test keyring (copies of the data dir share it)."""
    ctx = DeskContext(data)
    with contextlib.suppress(Exception):
        ctx.open_device()
        ctx.secrets.delete(ctx.device_id)
    ctx.close()


def add_claim(
    site: Site, data: Path, pin: str, *, kill: tuple[str, int] | None = None
) -> subprocess.CompletedProcess[str]:
    receipt = site.base / f"receipt-{time.monotonic_ns()}.pdf"
    return site.as_sec(data, "claims", "add", "--type", "correction", "--voter", pin, "--set", "first_name=Айгерим",
                       "--contact", "+996 555 123 456", "--passport-checked", "--identified", "--receipt",
                       str(receipt), kill=kill)  # fmt: skip


def held(data: Path, hold: tuple[str, str, str], base: Path, *args: str) -> tuple[subprocess.Popen[str], Path]:
    """pec-desk as `sec` started and stopped at `hold` (module, class, method) until `go` exists."""
    ready, go = base / "ready", base / "go"
    ready.unlink(missing_ok=True)
    go.unlink(missing_ok=True)
    argv = [sys.executable, "-c", HOLD, *hold, str(ready), str(go), "--data-dir", str(data), *args,
            "--user", "sec", "--password-stdin"]  # fmt: skip
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env=ENV)  # fmt: skip
    assert proc.stdin is not None
    proc.stdin.write(STRONG + "\n")
    proc.stdin.close()
    proc.stdin = None  # written and closed: communicate() must not flush it
    end = time.monotonic() + 120
    while not ready.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < end
        time.sleep(0.05)
    return proc, go


def finish(proc: subprocess.Popen[str], go: Path) -> subprocess.CompletedProcess[str]:
    go.touch()
    out, err = proc.communicate(timeout=300)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def verified(data: Path) -> None:
    """R-AUD-3: `audit verify` as a script would run it, and nothing staged left behind."""
    done = desk(data, "audit", "verify", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["ok"], done.stdout + done.stderr
    assert not (data / "keyslots.json.next").exists()
    assert not (data / ".precinct.db.new").exists()


# ---- R-SYN-2: serialised by the store ---------------------------------------------------------
def test_two_exports_at_once_make_one_recorded_stream_and_central_gets_every_claim(site: Site) -> None:
    """Issue 10 reproduction 2: the first export is held after it starts (where the old code had
    already read the stream position), the second runs to its end, then the first goes on."""
    ok(add_claim(site, site.data, VOTERS[1].pin))
    ok(add_claim(site, site.data, VOTERS[2].pin))
    up = site.base / "up"
    up.mkdir()
    first, go = held(site.data, ("app.services.anomalies", "AnomalyService", "refresh"), site.base, "export",
                     "--out", str(up))  # fmt: skip
    second = site.as_sec(site.data, "export", "--out", str(up))
    ok(second)
    ok(finish(first, go))
    third = site.as_sec(site.data, "export", "--out", str(up))  # the stream goes on
    ok(third)
    names = sorted(p.name for p in up.iterdir())
    assert names == [f"1001-batch-{n:06d}.pecenv" for n in (1, 2, 3)]  # no pending, part or spool file
    for name in names:
        ok(central(site.cdir, "ingest", str(up / name)))
    claims = json.loads(ok(central(site.cdir, "claims", "--precinct", "1001", "--json")))
    assert len(claims) == 2


def test_the_same_update_imported_by_two_processes_at_once(site: Site) -> None:
    """Issue 10 reproduction 8 (IntegrityError on sync_applied.sha256): the first import is held
    after its checks; the second applies the update; the first then finds it applied."""
    out = json.loads(ok(central(site.cdir, "issue-update", "--precinct", "1001", "--out", str(site.box), "--json")))
    update = out["path"]
    first, go = held(site.data, ("app.services.sync_import", "EnvelopeImport", "_apply_update"), site.base,
                     "import", update)  # fmt: skip
    assert "applied" in ok(site.as_sec(site.data, "import", update))
    late = finish(first, go)
    assert "Traceback" not in late.stderr
    assert late.returncode == 0 and "already applied" in late.stdout, late.stderr
    verified(site.data)


# ---- R-SEC-10: the first package -----------------------------------------------------------
# Every rename is a kill point in `make test`; `make test-faults` (PEC_FAULTS_FULL=1) adds the
# fsyncs of the data dir that follow them (the harness in tests/faults kills at every one as well).
KILLS = ("rename", "dirsync") if os.environ.get("PEC_FAULTS_FULL") == "1" else ("rename",)


def test_first_import_killed_anywhere_recovers_on_the_rerun(tmp_path: Path) -> None:
    """Issue 10 reproduction 3: a SIGKILL at every rename (and at some fsyncs) of the first
    import; the rerun of the same command completes (or reports it applied), every account logs
    in with its one-time password, `audit verify` is ok and no staging file is left."""
    site = issued(tmp_path)
    try:
        for call in KILLS:
            for n in range(1, 20):
                data = site.copy(f"desk-{call}-{n}")
                killed = desk(data, "import", str(site.package), kill=(call, n))
                rerun = desk(data, "import", str(site.package), "--json")
                assert rerun.returncode == 0, f"{call} {n}: {rerun.stderr}"
                _all_log_in(data, site.passwords)
                verified(data)
                shutil.rmtree(data)
                if killed.returncode == 0:  # fewer such calls than n: every one was a kill point
                    break
    finally:
        forget(site.data)


def _all_log_in(data: Path, passwords: dict[str, str]) -> None:
    ctx = DeskContext(data)
    try:
        auth = AuthService(ctx)
        for login, password in passwords.items():
            session = auth.login(login, password)
            assert session.must_change
            auth.logout(session)
    finally:
        ctx.close()


# ---- R-AUD-3: a crash is not tampering -------------------------------------------------------
def test_kills_during_export_claims_add_and_update_import_leave_a_verifiable_chain(site: Site) -> None:
    """Issue 10 reproduction 4: `write_checkpoint` renamed the checkpoint file before the commit,
    so a kill looked like truncation. Every rename of each command is a kill point here."""
    up = site.base / "up"
    up.mkdir()
    commands = {
        "export": lambda data, kill: site.as_sec(data, "export", "--out", str(up), kill=kill),
        "claims": lambda data, kill: add_claim(site, data, VOTERS[10 + kill[1]].pin, kill=kill),  # a voter each
    }
    for (name, command), call in itertools.product(commands.items(), KILLS):
        for n in range(1, 20):
            killed = command(site.data, (call, n))
            verified(site.data)
            if killed.returncode == 0:
                break
        else:
            pytest.fail(f"{name} was killed at each of 19 {call}s: {killed.stderr}")
    out = json.loads(ok(central(site.cdir, "issue-update", "--precinct", "1001", "--out", str(site.box), "--json")))
    for call in KILLS:
        for n in range(1, 20):
            data = site.copy(f"update-{call}-{n}")
            killed = site.as_sec(data, "import", out["path"], kill=(call, n))
            verified(data)
            ok(site.as_sec(data, "import", out["path"]))  # the rerun applies it (or says it is applied)
            shutil.rmtree(data)
            if killed.returncode == 0:
                break


# ---- R-AUD-1: a password and its event -------------------------------------------------------
def test_a_killed_password_change_keeps_password_and_event_together(site: Site) -> None:
    """Issue 10 reproduction 5: the slot file was renamed before the transaction with the event."""
    for call in KILLS:  # every one of them, until the command runs through
        for n in range(1, 20):
            data = site.copy(f"passwd-{call}-{n}")
            killed = desk(data, "passwd", "--user", "sec", "--password-stdin", stdin=f"{STRONG}\n{NEW}\n",
                          kill=(call, n))  # fmt: skip
            _password_agrees_with_events(data, f"{call} {n}")
            shutil.rmtree(data)
            if killed.returncode == 0:
                break


def _password_agrees_with_events(data: Path, where: str) -> None:
    ctx = DeskContext(data)
    try:
        ctx.open_device()
        changed = sum(1 for e in ctx.audit.iter_events()
                      if e.action == AuditAction.PASSWORD_CHANGED.value and e.login == "sec")  # fmt: skip
        new_works = _opens(ctx, NEW)
        assert new_works == (changed == 2), f"{where}: new password works {new_works}, events {changed}"
        assert new_works or _opens(ctx, STRONG)
        assert AuditService(ctx).verify().ok, where
        assert not (data / "keyslots.json.next").exists()
    finally:
        ctx.close()


def _opens(ctx: DeskContext, password: str) -> bool:
    try:
        AuthService(ctx).store_key("sec", password)
    except AppError as exc:
        assert exc.reason is Reason.WRONG_PASSWORD
        return False
    return True
