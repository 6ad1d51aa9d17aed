"""Builds PEC Desk for an operating system (issue 13), as Dangerzone's install/<os>/ do:

    python installer/build.py --target linux     # the bundle, then build/pec-desk_<version>_amd64.deb
    python installer/build.py --target windows   # on Windows: the bundle, then the Inno Setup installer

`--kind production` (the default) embeds the flag that turns every test switch off (app.build_info)
and leaves the TEST antivirus signatures out; `--kind development` keeps them, for training and
tests. `--root FILE` pins the CEC's root public key (`{"root": hex, "name": ...}`); without it the
repository's placeholder is pinned, and a production bundle then refuses to start and says why.

The bundle is one PyInstaller one-folder build (installer/pec-desk.spec) with `pec-desk` and
`pec-central`. The Linux package puts it under /opt/pec-desk, the commands in /usr/bin, a desktop
entry and an icon; removing it leaves every data directory and says so (installer/linux/postrm).
The Windows installer is installer/windows/pec-desk.iss, compiled by Inno Setup's ISCC. Run from the
repository root inside its virtualenv (`make package` does both). `--dry-run` prints the commands.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from app.build_info import PLACEHOLDER_ROOTS
from app.errors import AppError
from app.sync.trust import load_root

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
LINUX = ROOT / "installer" / "linux"
ISS = ROOT / "installer" / "windows" / "pec-desk.iss"
PLACEHOLDER_ROOT = ROOT / "resources" / "trust" / "root.json"
FLAG_MODULE = "pec_desk_build_flag"  # app.build_info reads it
# What the bundle loads from the system (Qt's platform plugins, fonts, D-Bus) and what the app
# needs beside it at run time: a Secret Service keyring for the device secret, ClamAV for drives.
DEPENDS = ("libc6 (>= 2.31), libfontconfig1, libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3,"
           " libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0,"
           " libxcb-xinerama0, fonts-dejavu-core")  # fmt: skip
RECOMMENDS = "gnome-keyring | kwalletmanager, clamav-daemon, clamav"


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def stage(kind: str, root_file: Path) -> Path:
    """build/stage: the flag module and the root key the spec puts into the bundle (checked as the
    app reads it: `app.sync.trust.load_root`)."""
    try:
        root = load_root(root_file).public_bytes_raw().hex()
    except AppError:
        raise SystemExit(f"{root_file}: not an Ed25519 root public key") from None
    folder = BUILD / "stage"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / f"{FLAG_MODULE}.py").write_text(f'"""Written by installer/build.py."""\n\nKIND = "{kind}"\n')
    shutil.copyfile(root_file, folder / "root.json")
    if kind == "production" and root in PLACEHOLDER_ROOTS:
        print("warning: the placeholder root is pinned: this production bundle will refuse to start "
              "(give --root with the CEC's root key)", file=sys.stderr)  # fmt: skip
    return folder


def pyinstaller_command() -> list[str]:
    return [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "work"),
            str(ROOT / "installer" / "pec-desk.spec")]  # fmt: skip


def bundle(folder: Path, target: str) -> Path:
    """The one-folder bundle in build/dist/pec-desk (translations compiled first on Linux; on
    Windows installer/README.md compiles them)."""
    if target == "linux":
        subprocess.run(["make", "-s", "translations"], cwd=ROOT, check=True)
    env = {**os.environ, "PEC_DESK_STAGE": str(folder), "PEC_DESK_TARGET": target}
    subprocess.run(pyinstaller_command(), cwd=ROOT, check=True, env=env)
    return BUILD / "dist" / "pec-desk"


def deb(bundle_dir: Path, kind: str) -> Path:
    """The .deb of `bundle_dir`: /opt/pec-desk, /usr/bin links, desktop entry, icon, scripts."""
    stage_dir = BUILD / "deb"
    shutil.rmtree(stage_dir, ignore_errors=True)
    shutil.copytree(bundle_dir, stage_dir / "opt" / "pec-desk", symlinks=True)
    (stage_dir / "usr" / "bin").mkdir(parents=True)
    for command in ("pec-desk", "pec-central"):
        (stage_dir / "usr" / "bin" / command).symlink_to(f"/opt/pec-desk/{command}")
    share = stage_dir / "usr" / "share"
    _install(LINUX / "pec-desk.desktop", share / "applications" / "pec-desk.desktop")
    _install(LINUX / "pec-desk.svg", share / "icons" / "hicolor" / "scalable" / "apps" / "pec-desk.svg")
    control = stage_dir / "DEBIAN"
    control.mkdir()
    _install(LINUX / "postrm", control / "postrm", mode=0o755)
    size_kib = _size(stage_dir) // 1024
    (control / "control").write_text(_control(size_kib, deb_version(kind)), encoding="utf-8")
    out = BUILD / f"pec-desk_{deb_version(kind)}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage_dir), str(out)], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    return out


def deb_version(kind: str) -> str:
    """A development package says so in its version: it can never pass for the production one."""
    return version() if kind == "production" else f"{version()}+development"


def iscc_command(kind: str, disable_autorun: bool = True) -> list[str]:
    """Inno Setup's compiler on the .iss, with the version, the build kind and the AutoRun policy."""
    return ["ISCC", f"/DAppVersion={version()}", f"/DBuildKind={kind}",
            f"/DDisableAutoRun={1 if disable_autorun else 0}", str(ISS)]  # fmt: skip


def _control(size_kib: int, package_version: str) -> str:
    return (
        f"Package: pec-desk\nVersion: {package_version}\nArchitecture: amd64\nSection: misc\nPriority: optional\n"
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


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def windows(kind: str, folder: Path, dry_run: bool, disable_autorun: bool) -> int:
    if dry_run:
        print(shlex.join(pyinstaller_command()))
        print(shlex.join(iscc_command(kind, disable_autorun)))
        return 0
    if sys.platform != "win32":
        print("build.py --target windows runs on Windows (installer/README.md); --dry-run prints its commands",
              file=sys.stderr)  # fmt: skip
        return 2
    bundle(folder, "windows")
    subprocess.run(iscc_command(kind, disable_autorun), cwd=ROOT, check=True)
    print(f"installer build/pec-desk-{version()}-setup.exe")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--target", choices=("linux", "windows"), required=True)
    parser.add_argument("--kind", choices=("production", "development"), default="production")
    parser.add_argument("--root", type=Path, default=PLACEHOLDER_ROOT, help="the CEC's root public key file")
    parser.add_argument("--autorun", choices=("off", "keep"), default="off", help="Windows: AutoRun policy")
    parser.add_argument("--dry-run", action="store_true", help="print the commands only")
    args = parser.parse_args()
    folder = stage(args.kind, args.root)
    if args.target == "windows":
        return windows(args.kind, folder, args.dry_run, args.autorun == "off")
    if args.dry_run:
        print(shlex.join(pyinstaller_command()))
        return 0
    built = bundle(folder, "linux")
    out = deb(built, args.kind)
    print(f"{args.kind} bundle {built} ({_size(built) / 2**20:.0f} MiB); package {out} "
          f"({out.stat().st_size / 2**20:.0f} MiB, installed {_size(BUILD / 'deb') // 1024} KiB)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
