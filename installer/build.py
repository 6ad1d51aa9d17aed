"""Builds PEC Desk for an operating system (issue 13), as Dangerzone's install/<os>/ do:

    python installer/build.py --target linux     # the bundle, then build/pec-desk_<version>_amd64.deb
    python installer/build.py --target windows   # on Windows: the bundle, then the Inno Setup installer

The bundle is one PyInstaller one-folder build (installer/pec-desk.spec) with `pec-desk` and
`pec-central`. The Linux package puts it under /opt/pec-desk, the commands in /usr/bin, a desktop
entry and an icon; removing it leaves every data directory and says so (installer/linux/postrm).
Run from the repository root inside its virtualenv (`make package` does both)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
LINUX = ROOT / "installer" / "linux"
# What the bundle loads from the system (Qt's platform plugins, fonts, D-Bus) and what the app
# needs beside it at run time: a Secret Service keyring for the device secret, ClamAV for drives.
DEPENDS = ("libc6 (>= 2.31), libfontconfig1, libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3,"
           " libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0,"
           " libxcb-xinerama0, fonts-dejavu-core")  # fmt: skip
RECOMMENDS = "gnome-keyring | kwalletmanager, clamav-daemon, clamav"


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def bundle() -> Path:
    """The one-folder bundle in build/dist/pec-desk (translations compiled first)."""
    subprocess.run(["make", "-s", "translations"], cwd=ROOT, check=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "work"),
                    str(ROOT / "installer" / "pec-desk.spec")], cwd=ROOT, check=True)  # fmt: skip
    return BUILD / "dist" / "pec-desk"


def deb(bundle_dir: Path) -> Path:
    """The .deb of `bundle_dir`: /opt/pec-desk, /usr/bin links, desktop entry, icon, scripts."""
    stage = BUILD / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle_dir, stage / "opt" / "pec-desk", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    for command in ("pec-desk", "pec-central"):
        (stage / "usr" / "bin" / command).symlink_to(f"/opt/pec-desk/{command}")
    share = stage / "usr" / "share"
    _install(LINUX / "pec-desk.desktop", share / "applications" / "pec-desk.desktop")
    _install(LINUX / "pec-desk.svg", share / "icons" / "hicolor" / "scalable" / "apps" / "pec-desk.svg")
    control = stage / "DEBIAN"
    control.mkdir()
    _install(LINUX / "postrm", control / "postrm", mode=0o755)
    size_kib = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (control / "control").write_text(_control(size_kib), encoding="utf-8")
    out = BUILD / f"pec-desk_{version()}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(out)], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    return out


def _control(size_kib: int) -> str:
    return (
        f"Package: pec-desk\nVersion: {version()}\nArchitecture: amd64\nSection: misc\nPriority: optional\n"
        f"Maintainer: PEC Desk team <pec-desk@localhost>\nInstalled-Size: {size_kib}\n"
        f"Depends: {DEPENDS}\nRecommends: {RECOMMENDS}\n"
        "Description: precinct election commission workstation\n"
        " The voter list in an encrypted store, voters' claims with receipts and deadlines, the\n"
        " tamper-evident audit log and the exchange with the central system on removable media.\n"
    )


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--target", choices=("linux", "windows"), required=True)
    args = parser.parse_args()
    if args.target == "windows":
        print("build.py --target windows runs on Windows: see installer/README.md", file=sys.stderr)
        return 2
    built = bundle()
    out = deb(built)
    print(f"bundle {built} ({_size_mib(built):.0f} MiB); package {out} ({out.stat().st_size / 2**20:.0f} MiB)")
    return 0


def _size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


if __name__ == "__main__":
    raise SystemExit(main())
