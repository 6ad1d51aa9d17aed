"""What of the installers can be tried without building them (issue 13 points 1, 3 and 4): the
spec's bundle for each target and build kind, the Windows script's files against it, and the
commands `installer/build.py` generates. The bundle and the .deb themselves are built and run by
`make test-package` (tests/package).

The spec is run with PyInstaller's build steps recorded instead of taken (Analysis, EXE, COLLECT):
what it would put into the bundle is then plain data to check.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "pec-desk.spec"
ISS = ROOT / "installer" / "windows" / "pec-desk.iss"
BUILD_PY = ROOT / "installer" / "build.py"
_SPEC = importlib.util.spec_from_file_location("installer_build", BUILD_PY)
assert _SPEC is not None and _SPEC.loader is not None
build = importlib.util.module_from_spec(_SPEC)  # installer/build.py, without touching sys.path
_SPEC.loader.exec_module(build)


@dataclass
class Recorded:
    exes: list[str] = field(default_factory=list)
    collect_name: str = ""
    datas: list[tuple[str, str]] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    pathex: list[str] = field(default_factory=list)


def run_spec(monkeypatch: pytest.MonkeyPatch, stage: Path, target: str) -> Recorded:
    """The spec as PyInstaller runs it, its build steps recorded."""
    seen = Recorded()
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda name: [f"{name}.recorded"]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda name: []  # type: ignore[attr-defined]
    for name, module in (("PyInstaller", types.ModuleType("PyInstaller")),
                         ("PyInstaller.utils", types.ModuleType("PyInstaller.utils")),
                         ("PyInstaller.utils.hooks", hooks)):  # fmt: skip
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setenv("PEC_DESK_STAGE", str(stage))
    monkeypatch.setenv("PEC_DESK_TARGET", target)

    def analysis(scripts: list[str], **kw: Any) -> types.SimpleNamespace:
        seen.datas, seen.hidden, seen.pathex = kw["datas"], kw["hiddenimports"], kw["pathex"]
        return types.SimpleNamespace(pure=[], scripts=scripts, binaries=[], datas=[])

    def exe(*args: Any, name: str, **kw: Any) -> str:
        seen.exes.append(name)
        return name

    def collect(*args: Any, name: str, **kw: Any) -> None:
        seen.collect_name = name

    namespace = {"SPECPATH": str(SPEC.parent), "Analysis": analysis, "EXE": exe, "PYZ": lambda pure: pure,
                 "COLLECT": collect, "__name__": "__main__"}  # fmt: skip
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)  # noqa: S102 - our own spec
    return seen


@pytest.fixture
def staged(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    monkeypatch.setattr(build, "BUILD", tmp_path / "build")

    def make(kind: str, root: Path = build.PLACEHOLDER_ROOT) -> Path:
        return build.stage(kind, root)

    return make


def bundled(seen: Recorded) -> set[str]:
    return {f"{target}/{Path(source).name}" for source, target in seen.datas}


@pytest.mark.parametrize("kind", ["production", "development"])
def test_the_bundle_carries_the_staged_root_and_flag_and_test_signatures_only_in_development(
    kind: str, staged: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cec = tmp_path / "cec.json"
    cec.write_text(json.dumps({"name": "CEC", "root": "11" * 32}), encoding="utf-8")
    stage = staged(kind, cec)
    seen = run_spec(monkeypatch, stage, "linux")
    assert seen.exes == ["pec-desk", "pec-central"] and seen.collect_name == "pec-desk"
    roots = [source for source, target in seen.datas if target == "resources/trust"]
    assert roots == [str(stage / "root.json")] and json.loads(Path(roots[0]).read_text())["root"] == "11" * 32
    assert (stage / "pec_desk_build_flag.py").read_text().endswith(f'KIND = "{kind}"\n')
    assert "pec_desk_build_flag" in seen.hidden and str(stage) in seen.pathex
    files = bundled(seen)
    assert "resources/policy/common-passwords.txt" in files
    assert any(f.startswith("resources/fonts/") for f in files) and not any(f.endswith(".ts") for f in files)
    signatures = [f for f in files if f.startswith("resources/av/test-signatures")]
    assert bool(signatures) is (kind == "development")


def test_the_windows_script_installs_what_the_spec_bundles(staged: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 13 point 3: the .iss takes the bundle folder the spec makes, starts a program the spec
    builds, leaves every program of the bundle out of Windows Error Reporting, and knows every
    define that build.py passes."""
    seen = run_spec(monkeypatch, staged("production"), "windows")
    exes = {f"{name}.exe" for name in seen.exes}
    assert exes == {"pec-desk.exe", "pec-desk-gui.exe", "pec-central.exe"}
    iss = ISS.read_text(encoding="utf-8")
    command = build.pyinstaller_command()
    assert Path(command[command.index("--distpath") + 1]) == build.BUILD / "dist"  # build.py's dist folder
    sources = re.findall(r'^Source: "([^"]+)"', iss, re.M)
    assert len(sources) == 1 and sources[0].endswith(rf"\{seen.collect_name}\*")
    bundle_folder = (ISS.parent / sources[0].replace("\\", "/")[: -len("/*")]).resolve()
    assert bundle_folder == ROOT / "build" / "dist" / seen.collect_name  # the same folder, unpatched
    started = set(re.findall(r"\{app\}\\([\w-]+\.exe)", iss))
    assert started and started <= exes
    excluded = set(re.findall(r'ExcludedApplications"; ValueType: dword; ValueName: "([\w.-]+)"', iss))
    assert excluded == exes
    defines = set(re.findall(r"^#ifndef (\w+)", iss, re.M))
    passed = {arg[2:].split("=")[0] for arg in build.iscc_command("production") if arg.startswith("/D")}
    assert passed <= defines
    assert 'Subkey: "Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\Explorer"' in iss
    assert "Check: PolicyDisablesAutoRun" in iss and "PrivilegesRequired=admin" in iss


def test_build_py_prints_the_windows_commands(tmp_path: Path) -> None:
    """`--target windows --dry-run` (any OS): PyInstaller on the spec, then ISCC with the version,
    the build kind and the AutoRun policy; `--autorun keep` turns the policy off."""
    out = subprocess.run([sys.executable, str(BUILD_PY), "--target", "windows", "--dry-run"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60, check=True).stdout.splitlines()  # fmt: skip
    assert "-m PyInstaller" in out[0] and out[0].endswith("installer/pec-desk.spec")
    assert out[1].startswith("ISCC /DAppVersion=") and "/DBuildKind=production" in out[1]
    assert "/DDisableAutoRun=1" in out[1] and out[1].endswith("pec-desk.iss")
    keep = subprocess.run([sys.executable, str(BUILD_PY), "--target", "windows", "--dry-run", "--autorun", "keep",
                           "--kind", "development"], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          check=True).stdout  # fmt: skip
    assert "/DDisableAutoRun=0" in keep and "/DBuildKind=development" in keep


def test_a_production_build_with_the_placeholder_warns_and_a_bad_root_stops_it(
    staged: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    staged("production")
    assert "this production bundle will refuse to start" in capsys.readouterr().err
    staged("development")
    assert capsys.readouterr().err == ""
    bad = tmp_path / "bad.json"
    bad.write_text('{"root": "abcd"}', encoding="utf-8")
    with pytest.raises(SystemExit, match="not an Ed25519 root public key"):
        staged("production", bad)


def test_a_development_package_says_so_in_its_version() -> None:
    assert build.deb_version("production") == build.version()
    assert build.deb_version("development").endswith("+development")
