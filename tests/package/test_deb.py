"""The Linux package (issue 13 points 1, 2, 4 and 6): a production .deb built by `make
test-package`, pinned to the root key of a central made for the run (PEC_DESK_PACKAGE_CENTRAL; the
suite proper does not build it: PyInstaller takes minutes). The package is installed with the real
dpkg into a scratch root (its own dpkg database; the scripts run without a chroot); its bundle is
set up as a precinct is in the field (setup, enrolment and the first package from that central,
no test switch), opened offscreen up to the login window, made to refuse every test switch and a
placeholder root, and removed again, leaving the data."""

from __future__ import annotations

import json
import os
import secrets
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_hardening import _cores_wanted

DEB = Path(os.environ.get("PEC_DESK_DEB", "build/missing.deb")).resolve()
CENTRAL = Path(os.environ.get("PEC_DESK_PACKAGE_CENTRAL", "build/package-central")).resolve()
SOURCE = Path(__file__).resolve().parents[2]
DPKG = ["dpkg", "--force-depends", "--force-script-chrootless", "--force-not-root"]
MARKER = "Маркер көчөсү"  # the planted voter's address (tests.conftest.PLANTED)
USERS = "login,full_name,role\nsec,Асанова Гүлнара,secretary\nadmin,Токтогулов Эрмек,sysadmin\n"


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A scratch root with the package installed by dpkg."""
    root = tmp_path_factory.mktemp("root")
    for folder in ("info", "updates", "triggers"):
        (root / "var" / "lib" / "dpkg" / folder).mkdir(parents=True)
    (root / "var" / "lib" / "dpkg" / "status").touch()
    subprocess.run([*DPKG, f"--root={root}", "-i", str(DEB)], check=True, capture_output=True, timeout=300)
    yield root


def installed(root: Path, command: str = "pec-desk") -> str:
    return str(root / "opt" / "pec-desk" / command)


def run(*argv: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), capture_output=True, text=True, timeout=300, check=False, cwd=cwd,
                          env={**os.environ, "PEC_DESK_LANG": "ky", **(env or {})})  # fmt: skip


def central(*argv: str) -> dict[str, object]:
    done = run(sys.executable, "-m", "app.cli.central", "--data-dir", str(CENTRAL), *argv, "--json", cwd=SOURCE)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def test_the_package_says_what_it_needs_and_holds_what_it_should() -> None:
    info = subprocess.run(["dpkg-deb", "-I", str(DEB)], check=True, capture_output=True, text=True).stdout
    assert "Package: pec-desk" in info and "Architecture: amd64" in info and "+development" not in info
    assert "libxkbcommon-x11-0" in info.split("Depends:")[1].split("\n")[0]
    assert "gnome-keyring" in info and "clamav-daemon" in info.split("Recommends:")[1]
    files = subprocess.run(["dpkg-deb", "-c", str(DEB)], check=True, capture_output=True, text=True).stdout
    for path in ("./opt/pec-desk/pec-desk", "./opt/pec-desk/pec-central",
                 "./usr/bin/pec-desk -> /opt/pec-desk/pec-desk", "./usr/bin/pec-central -> /opt/pec-desk/pec-central",
                 "./usr/share/applications/pec-desk.desktop",
                 "./usr/share/icons/hicolor/scalable/apps/pec-desk.svg",
                 "/_internal/resources/i18n/pecdesk_ky.qm", "/_internal/resources/trust/root.json"):  # fmt: skip
        assert path in files, path
    assert "test-signatures" not in files  # a production build carries no TEST antivirus signatures


def test_the_installed_bundle_is_a_production_build_whatever_the_environment(root: Path, tmp_path: Path) -> None:
    """`--version` names the production build; a development flag module on PYTHONPATH changes
    nothing, because a bundle reads only its own archive."""
    flag = tmp_path / "flag"
    flag.mkdir()
    (flag / "pec_desk_build_flag.py").write_text('KIND = "development"\n', encoding="utf-8")
    for command in ("pec-desk", "pec-central"):
        out = run(installed(root, command), "--version", env={"PYTHONPATH": str(flag)}, cwd=root)
        lines = out.stdout.splitlines()
        assert out.returncode == 0 and lines[0].startswith(f"{command} ") and lines[0].endswith("(production build)")
        assert lines[1].startswith("SQLCipher 4.") and lines[2].startswith("Qt 6.")


def test_the_installed_bundle_refuses_every_test_switch(root: Path, tmp_path: Path) -> None:
    """Each with its code and its words (Kyrgyz, the default), and no data dir made."""
    desk, data = installed(root), tmp_path / "data"
    listing = tmp_path / "volumes.json"
    listing.write_text("[]", encoding="utf-8")
    cases = [
        ([desk, "--data-dir", str(data), "demo", "--voters", "10"], {}, "pec-desk demo"),
        ([desk, "--data-dir", str(data), "setup", "--precinct", "1001", "--out", str(tmp_path / "r.json"),
          "--test-root", str(CENTRAL / "root.json")], {}, "--test-root"),
        ([desk, "--data-dir", str(data), "audit", "verify"], {"PEC_DESK_VOLUMES_FILE": str(listing)},
         "PEC_DESK_VOLUMES_FILE"),
        ([desk, "--data-dir", str(data), "audit", "verify"], {"PEC_DESK_CLAMD": str(tmp_path / "s")}, "PEC_DESK_CLAMD"),
    ]  # fmt: skip
    for argv, env, switch in cases:
        done = run(*argv, env=env)
        assert done.returncode == 2 and done.stderr.startswith("[production-build] "), done.stderr
        assert switch in done.stderr and "сыноо жөндөөсү анда өчүрүлгөн" in done.stderr
    assert not data.exists() and not (tmp_path / "r.json").exists()


def test_the_installed_window_opens_on_a_precinct_set_up_as_in_the_field(root: Path, tmp_path: Path) -> None:
    """setup (no test root) → central enrols the device and issues the first package → the bundle
    imports it (real SQLCipher, the session's keyring) → the window opens offscreen up to the
    login dialog (Qt's offscreen plugin says so when a window shows). Prints the cold start."""
    desk, data, box = installed(root), tmp_path / "data", tmp_path / "box"
    box.mkdir()
    precinct = f"P{secrets.token_hex(4)}"  # the central of the run may have enrolled others
    setup = run(desk, "--data-dir", str(data), "setup", "--precinct", precinct, "--out", str(tmp_path / "req.json"))
    assert setup.returncode == 0, setup.stderr
    central("enroll", str(tmp_path / "req.json"))
    voters, users = tmp_path / "voters.csv", tmp_path / "users.csv"
    write = (
        "import sys, pathlib, dataclasses; from app.models.synthetic import generate_voters, write_voters_csv; "
        "from tests.conftest import PLANTED; p = sys.argv[2]; write_voters_csv([dataclasses.replace(PLANTED, "
        "precinct=p), *generate_voters(300, seed=3, precinct=p)], pathlib.Path(sys.argv[1]))"
    )
    subprocess.run([sys.executable, "-c", write, str(voters), precinct], cwd=SOURCE, check=True, timeout=120)
    users.write_text(USERS, encoding="utf-8")
    issued = central("issue-package", "--precinct", precinct, "--voters", str(voters), "--users", str(users),
                     "--out", str(box))  # fmt: skip
    imported = run(desk, "--data-dir", str(data), "import", str(issued["path"]), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["accounts"] == 2
    seconds = [_seconds_to_login(desk, data) for _ in range(3)]
    print(f"installed bundle, cold start to the login window: {sorted(seconds)[1]:.2f} s (median of 3)")
    _crash_leaves_no_core(desk, data, tmp_path / "cwd")


def _crash_leaves_no_core(desk: str, data: Path, cwd: Path) -> None:
    """R-DATA-3, issue 13 point 5: the installed window, with core dumps asked for, killed by
    SIGABRT once it shows: no core in its working directory, Python's frames in the crash log,
    and the marker voter of the precinct in no file."""
    cwd.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    gui = subprocess.Popen([desk, "--data-dir", str(data), "gui"], stderr=subprocess.PIPE, text=True, env=env,
                           cwd=cwd, preexec_fn=_cores_wanted)  # noqa: PLW1509  # fmt: skip
    try:
        assert any("propagateSizeHints" in line for line in _lines_for(gui, seconds=60))
        gui.send_signal(signal.SIGABRT)
        assert gui.wait(timeout=60) == -signal.SIGABRT
    finally:
        gui.kill()
        gui.wait()
    assert list(cwd.iterdir()) == []
    assert "Fatal Python error: Aborted" in (data / "logs" / "crash.log").read_text(encoding="utf-8")
    for folder in (data, cwd):
        leaks = [p for p in folder.rglob("*") if p.is_file() and MARKER.encode() in p.read_bytes()]
        assert leaks == []


def _seconds_to_login(desk: str, data: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    gui = subprocess.Popen([desk, "--data-dir", str(data), "gui"], stderr=subprocess.PIPE, text=True, env=env)
    try:
        shown = any("propagateSizeHints" in line for line in _lines_for(gui, seconds=60))
        elapsed = time.perf_counter() - started
    finally:
        gui.kill()
        gui.wait()
    assert shown, "the login window was not shown"
    return elapsed


def test_the_installed_bundle_refuses_to_start_with_the_placeholder_root(root: Path, tmp_path: Path) -> None:
    """The bundle's pinned root replaced by the repository's placeholder: every command, the window
    too, is refused with `[root-not-pinned]` and says why."""
    pinned = root / "opt" / "pec-desk" / "_internal" / "resources" / "trust" / "root.json"
    kept = tmp_path / "kept.json"
    shutil.copyfile(pinned, kept)
    try:
        shutil.copyfile(SOURCE / "resources" / "trust" / "root.json", pinned)
        done = run(installed(root), "--data-dir", str(tmp_path / "d"), "audit", "verify")
        assert done.returncode == 2 and done.stderr.startswith("[root-not-pinned] "), done.stderr
        assert "түпкү ачкычы бекитилген эмес" in done.stderr
        # The window says it in a message box (nobody reads stderr on the desktop) and on stderr.
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PEC_DESK_LANG": "ky"}
        gui = subprocess.Popen([installed(root), "--data-dir", str(tmp_path / "d"), "gui"], stderr=subprocess.PIPE,
                               text=True, env=env)  # fmt: skip
        try:
            said = next((line for line in _lines_for(gui, seconds=60) if line.startswith("[root-not-pinned] ")), "")
            boxed = gui.poll() is None  # the message box holds the process until it is closed
        finally:
            gui.kill()
            gui.wait()
        assert said and boxed
        assert not (tmp_path / "d").exists()
    finally:
        shutil.copyfile(kept, pinned)


def test_removing_the_package_leaves_the_data_and_says_so(root: Path, tmp_path: Path) -> None:
    data = tmp_path / "kept"
    data.mkdir()
    (data / "precinct.db").write_bytes(b"encrypted")
    out = subprocess.run([*DPKG, f"--root={root}", "-r", "pec-desk"], check=True, capture_output=True, text=True)
    assert "data directories" in out.stdout and "left in place" in out.stdout
    assert not (root / "opt" / "pec-desk").exists() and not (root / "usr" / "bin" / "pec-desk").exists()
    assert (data / "precinct.db").read_bytes() == b"encrypted"


def _lines_for(process: subprocess.Popen[str], seconds: float) -> Iterator[str]:
    """The process's stderr lines until `seconds` pass: a window that never shows and never
    writes ends the wait too (select with a deadline, never a blocking read)."""
    end = time.monotonic() + seconds
    assert process.stderr is not None
    while (left := end - time.monotonic()) > 0:
        ready, _, _ = select.select([process.stderr], [], [], left)
        if not ready:
            return
        line = process.stderr.readline()
        if not line:
            return
        yield line
