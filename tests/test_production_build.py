"""A production build is not a development build (issue 13 point 4; R-SEC-6, R-SEC-7, R-SYN-1).

The kind comes from the module `pec_desk_build_flag` that installer/build.py compiles into a
bundle. Here the source tree is run as a production build by putting such a module first: on
`PYTHONPATH` for a real `pec-desk` process, in `sys.modules` for a call in this process. Each test
switch is refused with its own code and words, before anything is changed; the development build
(the source tree as it is) takes them all, as the rest of the suite shows and the last test here
checks once more.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import build_info
from app.cli import desk
from app.errors import AppError, Reason
from app.messages import explain
from app.security.scanner.types import EngineUnavailable
from app.security.scanner.volumes import volume_source
from app.services.scanning import device_engines
from app.sync import trust
from tests.conftest import Precinct

ROOT = Path(__file__).resolve().parent.parent


def flag_module(kind: str) -> types.ModuleType:
    module = types.ModuleType(build_info.FLAG_MODULE)
    module.KIND = kind  # type: ignore[attr-defined]
    return module


@pytest.fixture
def production(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """This process as a production build with a real (test-made) CEC root pinned: its file."""
    monkeypatch.setitem(sys.modules, build_info.FLAG_MODULE, flag_module(build_info.PRODUCTION))
    root = tmp_path / "cec-root.json"
    root.write_bytes(trust.root_file_bytes(Ed25519PrivateKey.generate().public_key(), "CEC root (test)"))
    monkeypatch.setattr(trust, "pinned_root_file", lambda: root)
    monkeypatch.setattr(desk, "harden_process", lambda: None)  # not this test process's umask and limits
    for name in build_info.SWITCH_ENVS:
        monkeypatch.delenv(name, raising=False)
    yield root


def run_desk(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = desk.main(list(argv))
    return code, capsys.readouterr().err


def tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def test_the_kind_comes_from_the_embedded_flag_and_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    assert build_info.build_kind() == "development"  # the source tree
    monkeypatch.setitem(sys.modules, build_info.FLAG_MODULE, flag_module("production"))
    assert build_info.build_kind() == "production"
    monkeypatch.setitem(sys.modules, build_info.FLAG_MODULE, flag_module("nightly"))
    assert build_info.build_kind() == "production"  # an unknown word is not a development build
    monkeypatch.setitem(sys.modules, build_info.FLAG_MODULE, flag_module("development"))
    assert build_info.build_kind() == "development"
    monkeypatch.setitem(sys.modules, build_info.FLAG_MODULE, None)  # a bundle that lost its flag
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert build_info.build_kind() == "production"


@pytest.mark.parametrize("root_text", ["placeholder", "missing", "damaged"])
def test_a_production_build_without_a_real_root_refuses_to_start(
    root_text: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The repository's placeholder root, no root file, or a broken one: every command is
    `[root-not-pinned]` (exit 2) and says why in the user's language; no data dir is made."""
    monkeypatch.setitem(sys.modules, build_info.FLAG_MODULE, flag_module("production"))
    monkeypatch.setattr(desk, "harden_process", lambda: None)
    root = tmp_path / "root.json"
    if root_text == "placeholder":
        root = ROOT / "resources" / "trust" / "root.json"
    elif root_text == "damaged":
        root.write_text('{"root": "00"}', encoding="utf-8")
    monkeypatch.setattr(trust, "pinned_root_file", lambda: root)
    monkeypatch.setenv("PEC_DESK_LANG", "ky")
    data = tmp_path / "data"
    code, err = run_desk(capsys, "--data-dir", str(data), "audit", "verify")
    assert code == 2 and err.startswith("[root-not-pinned] "), err
    assert "түпкү ачкычы бекитилген эмес" in err and str(root) in err
    assert not data.exists()


def test_the_placeholder_root_is_the_one_in_the_repository() -> None:
    """The placeholder list names the root file the repository ships: a production build made
    without the CEC's root can never start."""
    shipped = trust.load_root(ROOT / "resources" / "trust" / "root.json").public_bytes_raw().hex()
    assert shipped in build_info.PLACEHOLDER_ROOTS


def test_production_refuses_demo_before_anything_is_wiped(
    production: Path, precinct: Precinct, capsys: pytest.CaptureFixture[str]
) -> None:
    """`demo --force` on a precinct would wipe it: refused first, every file as it was."""
    precinct.ctx.close()
    before = tree_digest(precinct.data_dir)
    code, err = run_desk(capsys, "--data-dir", str(precinct.data_dir), "demo", "--force", "--voters", "10")
    assert code == 2 and err.startswith("[production-build] ") and "demo" in err, err
    assert tree_digest(precinct.data_dir) == before


def test_production_refuses_a_test_root_and_makes_no_device(
    production: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, request = tmp_path / "data", tmp_path / "req.json"
    code, err = run_desk(capsys, "--data-dir", str(data), "setup", "--precinct", "1001", "--out", str(request),
                         "--test-root", str(production))  # fmt: skip
    assert code == 2 and err.startswith("[production-build] ") and "--test-root" in err, err
    assert not request.exists() and not (data / "device.json").exists()
    # The pinned root itself is what a production setup trusts.
    code, err = run_desk(capsys, "--data-dir", str(data), "setup", "--precinct", "1001", "--out", str(request))
    assert code == 0, err
    assert request.is_file()


@pytest.mark.parametrize("name", build_info.SWITCH_ENVS)
def test_production_refuses_the_environments_switches_at_start(
    name: str, production: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`PEC_DESK_VOLUMES_FILE` and `PEC_DESK_CLAMD` are refused by every command, even one that
    would not read them, in Kyrgyz and in Russian."""
    listing = tmp_path / "volumes.json"
    listing.write_text(json.dumps([]), encoding="utf-8")
    monkeypatch.setenv(name, str(listing))
    for lang, words in (("ky", "сыноо жөндөөсү анда өчүрүлгөн"), ("ru", "тестовый переключатель")):
        monkeypatch.setenv("PEC_DESK_LANG", lang)
        code, err = run_desk(capsys, "--data-dir", str(tmp_path / "data"), "audit", "verify")
        assert code == 2 and err.startswith("[production-build] ") and name in err and words in err, err
    with pytest.raises(AppError) as refused:  # and where each is read, should a caller skip the start
        volume_source() if name == build_info.VOLUMES_FILE_ENV else device_engines(_NoTestRoot())
    assert refused.value.reason is Reason.PRODUCTION_BUILD and refused.value.params["switch"] == name


class _NoTestRoot:
    def uses_test_root(self) -> bool:
        return False


def test_production_takes_neither_a_test_devices_root_nor_the_test_signatures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A demo device (set up with a test root by a development build, the TEST antivirus signatures
    installed) is development-only: a production build trusts no package by its test root, and
    refuses the TEST signatures as protection, each saying so."""
    from app.cli.demo_precinct import build_demo, demo_voters, election_from
    from app.services.context import DeskContext

    ctx = DeskContext(tmp_path / "demo")
    try:
        build_demo(ctx, demo_voters(5, 1), election_from(None), force=False)
        assert ctx.uses_test_root()
        monkeypatch.setitem(sys.modules, build_info.FLAG_MODULE, flag_module("production"))
        assert not ctx.uses_test_root()
        with pytest.raises(AppError) as refused:
            ctx.store.trust_root()
        assert refused.value.reason is Reason.PRODUCTION_BUILD and refused.value.params["switch"] == "--test-root"
        engines, why = device_engines(ctx)
        assert engines, why
        with pytest.raises(EngineUnavailable, match=r"\[test-signatures-only\]"):
            engines[0].info()
        monkeypatch.setitem(sys.modules, build_info.FLAG_MODULE, flag_module("development"))
        engines, _ = device_engines(ctx)
        assert engines[0].info().signatures.startswith("test:")
    finally:
        ctx.close()


def test_the_refusals_have_words_in_every_language() -> None:
    for reason, params in ((Reason.PRODUCTION_BUILD, {"switch": "demo"}), (Reason.ROOT_NOT_PINNED, {"path": "/x"})):
        for lang in ("ky", "ru", "en"):
            text = explain(AppError(reason, **params), lang)
            assert ("demo" in text or "/x" in text) and "{" not in text


def test_a_production_process_from_the_source_tree(tmp_path: Path) -> None:
    """A real process with the flag module first on its path: `--version` says production, and with
    the repository's placeholder root every command is refused; without the flag, development."""
    flag = tmp_path / "flag"
    flag.mkdir()
    (flag / f"{build_info.FLAG_MODULE}.py").write_text('KIND = "production"\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(flag), str(ROOT)]), "PEC_DESK_LANG": "ru"}
    version = subprocess.run([sys.executable, "-m", "app.cli.desk", "--version"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
    assert version.stdout.splitlines()[0].endswith("(production build)")
    users = subprocess.run([sys.executable, "-m", "app.cli.desk", "--data-dir", str(tmp_path / "d"), "audit", "verify"],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert users.returncode == 2 and users.stderr.startswith("[root-not-pinned] ")
    assert "не закреплён настоящий корневой ключ" in users.stderr


def test_the_development_build_keeps_its_switches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The source tree is a development build: the start checks pass with both variables set."""
    listing = tmp_path / "volumes.json"
    listing.write_text("[]", encoding="utf-8")
    monkeypatch.setenv(build_info.VOLUMES_FILE_ENV, str(listing))
    monkeypatch.setenv(build_info.CLAMD_ENV, str(tmp_path / "clamd.sock"))
    from app.cli.common import check_build

    check_build("demo", types.SimpleNamespace(test_root=tmp_path / "root.json"))  # raises nothing
    assert volume_source() is not None
