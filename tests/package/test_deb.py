"""The Linux package (issue 13 points 1, 2 and 6): built by `make package`, run by `make
test-package` (the suite proper does not build it: PyInstaller takes minutes). The package is
installed with the real dpkg into a scratch root (its own dpkg database; the scripts run without a
chroot), its bundle started from there, and removed again, leaving the data."""

from __future__ import annotations

import os
import select
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

DEB = Path(os.environ.get("PEC_DESK_DEB", "build/missing.deb")).resolve()
DPKG = ["dpkg", "--force-depends", "--force-script-chrootless", "--force-not-root"]


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A scratch root with the package installed by dpkg."""
    root = tmp_path_factory.mktemp("root")
    for folder in ("info", "updates", "triggers"):
        (root / "var" / "lib" / "dpkg" / folder).mkdir(parents=True)
    (root / "var" / "lib" / "dpkg" / "status").touch()
    subprocess.run([*DPKG, f"--root={root}", "-i", str(DEB)], check=True, capture_output=True, timeout=300)
    yield root


def test_the_package_says_what_it_needs_and_holds_what_it_should() -> None:
    info = subprocess.run(["dpkg-deb", "-I", str(DEB)], check=True, capture_output=True, text=True).stdout
    assert "Package: pec-desk" in info and "Architecture: amd64" in info
    assert "libxkbcommon-x11-0" in info.split("Depends:")[1].split("\n")[0]
    assert "gnome-keyring" in info and "clamav-daemon" in info.split("Recommends:")[1]
    files = subprocess.run(["dpkg-deb", "-c", str(DEB)], check=True, capture_output=True, text=True).stdout
    for path in ("./opt/pec-desk/pec-desk", "./opt/pec-desk/pec-central",
                 "./usr/bin/pec-desk -> /opt/pec-desk/pec-desk", "./usr/bin/pec-central -> /opt/pec-desk/pec-central",
                 "./usr/share/applications/pec-desk.desktop",
                 "./usr/share/icons/hicolor/scalable/apps/pec-desk.svg",
                 "/_internal/resources/i18n/pecdesk_ky.qm", "/_internal/resources/trust/root.json"):  # fmt: skip
        assert path in files, path


def test_the_installed_bundle_reports_its_version(root: Path) -> None:
    for command in ("pec-desk", "pec-central"):
        out = subprocess.run([str(root / "opt" / "pec-desk" / command), "--version"], cwd=root,
                             capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
        lines = out.stdout.splitlines()
        assert lines[0].startswith(f"{command} ") and "build)" in lines[0]
        assert lines[1].startswith("SQLCipher 4.") and lines[2].startswith("Qt 6.")


def test_the_installed_window_opens_on_a_demo_precinct(root: Path, tmp_path: Path) -> None:
    """The bundle makes a demo precinct (real SQLCipher, the session's keyring) and opens the
    window offscreen up to the login dialog (Qt's offscreen plugin says so when a window shows)."""
    bundle, data = root / "opt" / "pec-desk" / "pec-desk", tmp_path / "data"
    subprocess.run([str(bundle), "--data-dir", str(data), "demo", "--voters", "200"], check=True,
                   capture_output=True, timeout=300)  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    gui = subprocess.Popen([str(bundle), "--data-dir", str(data), "gui"], stderr=subprocess.PIPE, text=True, env=env)
    try:
        shown = any("propagateSizeHints" in line for line in _lines_for(gui, seconds=60))
    finally:
        gui.kill()
        gui.wait()
    assert shown, "the login window was not shown"
    assert time.perf_counter() - started < 60


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
