"""The precinct the fault harness breaks, made once through both command lines and copied back
before every trial (issue 10, point 7).

Layout of the live world (always the same absolute path, so paths recorded inside the stores stay
true): `data/` the desk's data dir, `central/` the reference central side, `box/` what central wrote
(package, updates), `out/` where the desk writes (batches, backups, receipts). A template is a copy
of that tree plus the device's keyring entry (the device secret, and whatever else the device keeps
beside it): the private D-Bus session of scripts/with-keyring.sh holds one keyring for the run.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import keyring.errors

from app.models.synthetic import generate_voters, write_voters_csv
from app.security.device_secret import SERVICE

ROOT = Path(__file__).resolve().parents[2]
STRONG = "Zx!9-qPlm#4T"  # the password every account has once the template is made
NEW_PASSWORD = "Qw!8-zPlm#5R"  # what passwd changes member1's to
SIGNATURES = ROOT / "resources" / "av" / "test-signatures"
USERS = (
    ("chair", "Асанова Гүлнара", "chair"),
    ("sec", "Өмүрбеков Нурлан", "secretary"),
    ("m1", "Жээнбекова Айпери", "member"),
    ("m2", "Үсөнов Бакыт", "member"),
    ("admin", "Токтогулов Эрмек", "sysadmin"),
    ("aud", "Сыдыкова Жаңыл", "auditor"),
)
TIMEOUT = 120


@dataclass(frozen=True)
class Run:
    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    seconds: float = 0.0

    @property
    def killed(self) -> bool:
        return self.returncode == -9


def child_env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PEC_DESK_LANG="en", PYTHONUNBUFFERED="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run(argv: Sequence[str], stdin: str = "", prefix: Sequence[str] = ()) -> Run:
    """One command to its end (or its kill); never raises for the command's own failure."""
    import time

    start = time.monotonic()
    try:
        done = subprocess.run([*prefix, *argv], input=stdin, capture_output=True, text=True, cwd=ROOT,
                              env=child_env(), timeout=TIMEOUT, check=False)  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        return Run(tuple(argv), -999, out, f"timeout after {TIMEOUT} s", time.monotonic() - start)
    return Run(tuple(argv), done.returncode, done.stdout, done.stderr, time.monotonic() - start)


def start(argv: Sequence[str], stdin: str) -> subprocess.Popen[str]:
    """A command started with its standard input already written and closed, so that two started
    one after the other run at the same time (a password it waits for would serialise them)."""
    proc = subprocess.Popen(list(argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=child_env(), cwd=ROOT)  # fmt: skip
    assert proc.stdin is not None
    proc.stdin.write(stdin)
    proc.stdin.close()
    proc.stdin = None  # written and closed: communicate() must not flush it
    return proc


def finish(proc: subprocess.Popen[str], argv: Sequence[str]) -> Run:
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        err += f"\ntimeout after {TIMEOUT} s"
    return Run(tuple(argv), proc.returncode, out, err)


@dataclass
class World:
    base: Path
    passwords: dict[str, str] = field(default_factory=lambda: {u[0]: STRONG for u in USERS})
    templates: dict[str, tuple[Path, str | None]] = field(default_factory=dict)
    first_passwords: dict[str, str] = field(default_factory=dict)
    pins: list[str] = field(default_factory=list)

    @property
    def live(self) -> Path:
        return self.base / "w"

    @property
    def data(self) -> Path:
        return self.live / "data"

    @property
    def central_dir(self) -> Path:
        return self.live / "central"

    @property
    def box(self) -> Path:
        return self.live / "box"

    @property
    def out(self) -> Path:
        return self.live / "out"

    def desk_argv(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "app.cli.desk", "--data-dir", str(self.data), *args]

    def desk(self, *args: str, stdin: str = "") -> Run:
        return run(self.desk_argv(*args), stdin)

    def as_user(self, login: str, *args: str) -> Run:
        return self.desk(*args, "--user", login, "--password-stdin", stdin=self.passwords[login] + "\n")

    def central(self, *args: str) -> Run:
        return run([sys.executable, "-m", "app.cli.central", "--data-dir", str(self.central_dir), *args])

    def device_entry(self) -> str | None:
        device = self.data / "device.json"
        if not device.is_file():
            return None
        return f"device-{json.loads(device.read_text(encoding='utf-8'))['device_id']}"

    def save(self, name: str) -> None:
        """Keeps the live tree and its keyring entry as template `name`."""
        target = self.base / f"tpl-{name}"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(self.live, target, symlinks=True)
        entry = self.device_entry()
        blob = keyring.get_password(SERVICE, entry) if entry else None
        self.templates[name] = (target, blob)

    def restore(self, name: str) -> None:
        """The live tree and keyring entry exactly as template `name` was saved."""
        target, blob = self.templates[name]
        clear(self.live)
        shutil.copytree(target, self.live, symlinks=True, dirs_exist_ok=True)
        entry = self.device_entry()
        if entry and blob is not None:
            keyring.set_password(SERVICE, entry, blob)
        self.passwords = {u[0]: STRONG for u in USERS}

    def update_file(self, seq: int) -> Path:
        return self.box / f"1001-update-{seq:06d}.pecenv"

    def package_file(self) -> Path:
        return self.box / "1001-package-000001.pecenv"


def clear(live: Path) -> None:
    """Empties the live tree (keeps mount points: the full/read-only trials mount over its dirs)."""
    live.mkdir(parents=True, exist_ok=True)
    for child in live.iterdir():
        if child.is_dir() and not child.is_symlink():
            if os.path.ismount(child):
                clear(child)
                continue
            shutil.rmtree(child)
        else:
            child.unlink()


class WorldError(RuntimeError):
    """The template could not be made: the harness cannot start (not a violation of a command)."""


def must(done: Run) -> Run:
    if done.returncode != 0:
        raise WorldError(f"{' '.join(done.argv[2:])}: exit {done.returncode}: {done.stderr.strip()[-600:]}")
    return done


def build_world(voters: int = 60) -> World:
    """Templates: `first` (set up, enrolled, the package waiting), `main` (imported, every
    password STRONG, a claim sent and decided, update 2 waiting, a backup in out/), `sig` (update 2
    applied, update 3 carrying the test ClamAV signatures waiting)."""
    world = World(Path(tempfile.mkdtemp(prefix="pec-faults-")))
    for sub in (world.box, world.out):
        sub.mkdir(parents=True)
    _first(world, voters)
    world.save("first")
    _main(world)
    world.save("main")
    must(world.as_user("sec", "import", str(world.update_file(2))))
    must(world.central("issue-update", "--precinct", "1001", "--signatures", str(SIGNATURES), "--out", str(world.box)))
    world.save("sig")
    return world


def _first(world: World, voters: int) -> None:
    rows = list(generate_voters(voters, seed=11, precinct="1001"))
    world.pins = [r.pin for r in rows]
    csv_path, users = world.live / "voters.csv", world.live / "users.csv"
    write_voters_csv(rows, csv_path)
    users.write_text("login,full_name,role\n" + "".join(f"{a},{b},{c}\n" for a, b, c in USERS), encoding="utf-8")
    root_file = json.loads(must(world.central("init", "--json")).stdout)["root_file"]
    must(world.desk("setup", "--precinct", "1001", "--out", str(world.live / "req.json"), "--test-root", root_file))
    must(world.central("enroll", str(world.live / "req.json")))
    issued = must(world.central("issue-package", "--precinct", "1001", "--voters", str(csv_path), "--users",
                                str(users), "--out", str(world.box), "--json"))  # fmt: skip
    world.first_passwords = {a["login"]: a["password"] for a in json.loads(issued.stdout)["accounts"]}


def _main(world: World) -> None:
    must(world.desk("import", str(world.package_file())))
    for login, once in world.first_passwords.items():
        must(world.desk("passwd", "--user", login, "--password-stdin", stdin=f"{once}\n{STRONG}\n"))
    number = must(world.as_user("m1", *claim_args(world, world.pins[0], world.out / "r0.pdf"))).stdout.strip()
    batch = json.loads(must(world.as_user("sec", "export", "--out", str(world.out), "--json")).stdout)
    must(world.central("ingest", str(world.out / batch["file_name"])))
    must(world.central("decide", number, "--accept", "--reason", "checked"))
    must(world.central("issue-update", "--precinct", "1001", "--out", str(world.box)))
    must(world.as_user("m1", *claim_args(world, world.pins[3], world.out / "r1.pdf")))  # one not sent yet
    must(world.as_user("admin", "backup", "--out", str(world.out / "base.pecbak")))


def claim_args(world: World, pin: str, receipt: Path) -> list[str]:
    return ["claims", "add", "--type", "correction", "--voter", pin, "--set", "last_name=Тестова", "--contact",
            "тел 0555 123 456", "--passport-checked", "--identified", "--receipt", str(receipt)]  # fmt: skip


def remove_world(world: World) -> None:
    entry = world.device_entry()
    if entry:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(SERVICE, entry)
    shutil.rmtree(world.base, ignore_errors=True)
