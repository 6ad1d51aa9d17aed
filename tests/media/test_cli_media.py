"""`pec-desk scan`, `media` and drive transfers through the command line (CLI.md; R-SEC-6, R-SEC-11).
Directories stand in for drives through PEC_DESK_VOLUMES_FILE; the scan is real (policy + clamscan
with the TEST signatures the demo's package carried)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import STRONG

ROOT = Path(__file__).resolve().parents[2]
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def run(module: str, data: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", module, "--data-dir", str(data), *args], input=stdin, capture_output=True,
        text=True, cwd=ROOT, timeout=300, check=False, env={**os.environ, **(env or {})},
    )  # fmt: skip


def test_scan_register_import_and_export_through_drives(tmp_path: Path) -> None:
    """R-SEC-11: scan exit codes 0/1/2; only a registered drive carries data in and out."""
    data, central = tmp_path / "data", tmp_path / "data-central"
    demo = run("app.cli.desk", data, "demo", "--voters", "50", "--json")
    assert demo.returncode == 0, demo.stderr
    assert "TEST signatures" not in demo.stdout  # --json prints JSON only
    password = {u["login"]: u["password"] for u in json.loads(demo.stdout)["users"]}["secretary"]
    assert run("app.cli.desk", data, "passwd", "--user", "secretary", "--password-stdin",
               stdin=f"{password}\n{STRONG}\n").returncode == 0  # fmt: skip

    drive, other = tmp_path / "drive", tmp_path / "other"
    drive.mkdir()
    other.mkdir()
    listing = tmp_path / "volumes.json"
    listing.write_text(json.dumps([
        {"path": str(drive), "serial": "408D5C1E", "volume_id": "1A2B-3C4D", "label": "PEC-1001"},
        {"path": str(other), "serial": "FFFF0000", "volume_id": "9999-0000", "label": "HOLIDAY"},
    ]))  # fmt: skip
    env = {"PEC_DESK_VOLUMES_FILE": str(listing)}

    def desk(*args: str) -> subprocess.CompletedProcess[str]:
        return run("app.cli.desk", data, *args, "--user", "secretary", "--password-stdin", stdin=STRONG + "\n", env=env)

    volumes = json.loads(desk("media", "volumes", "--json").stdout)
    assert [v["registered"] for v in volumes] == [False, False]
    registered = desk("media", "register", str(drive), "--holder", "Өмүрбеков Нурлан")
    assert registered.returncode == 0, registered.stderr

    update = run("app.cli.central", central, "issue-update", "--precinct", "1001", "--out", str(drive), "--json")
    assert update.returncode == 0, update.stderr
    name = Path(json.loads(update.stdout)["path"]).name

    clean = desk("scan", str(drive), "--json")
    assert clean.returncode == 0, clean.stderr
    report = json.loads(clean.stdout)
    assert report["outcome"] == "clean" and report["registered_medium"] == 1
    assert report["engines"][0]["signatures"].startswith("test:")

    (other / "readme.pecenv").write_bytes(b"PECENV1\n" + EICAR)
    infected = desk("scan", str(other))
    assert infected.returncode == 1
    assert "infected" in infected.stdout and "registered drive: no" in infected.stdout

    refused = desk("import", str(other / "readme.pecenv"))
    assert refused.returncode == 1 and refused.stderr.startswith("[unregistered-medium]"), refused.stderr
    exported = desk("export", "--out", str(other))
    assert exported.returncode == 1 and exported.stderr.startswith("[unregistered-medium]")

    # Issue 10, reproduction 9a: a link on the registered drive named like an envelope, to the same
    # update off the drive, is refused and never imported unscanned (R-SEC-11).
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for part in (name, "central-trust.json"):
        shutil.copy(drive / part, elsewhere / part)
    (drive / "evil.pecenv").symlink_to(elsewhere / name)
    linked = desk("import", str(drive / "evil.pecenv"))
    assert linked.returncode == 1 and linked.stderr.startswith("[policy-violation]"), linked.stderr
    (drive / "evil.pecenv").unlink()

    imported = desk("import", str(drive / name), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["seq"] == 2
    assert not any((data / "staging").iterdir())
    batch = desk("export", "--out", str(drive))
    assert batch.returncode == 0, batch.stderr
    assert (drive / batch.stdout.strip()).is_file()

    shutil.rmtree(data / "av")
    unavailable = desk("scan", str(drive))
    assert unavailable.returncode == 2
    assert "signatures" in unavailable.stdout


def test_a_damaged_volumes_file_is_a_usage_refusal(tmp_path: Path) -> None:
    """Bad input: PEC_DESK_VOLUMES_FILE that is not the expected JSON list is refused with [usage]."""
    from app.errors import AppError, Reason
    from app.security.scanner.volumes import VOLUMES_FILE_ENV, volume_source

    listing = tmp_path / "volumes.json"
    for content in ("[{", '[{"path": "/x"}]', '{"path": 1}'):
        listing.write_text(content)
        os.environ[VOLUMES_FILE_ENV] = str(listing)
        try:
            try:
                volume_source()
            except AppError as exc:
                assert exc.reason is Reason.USAGE and exc.params["name"] == VOLUMES_FILE_ENV
            else:
                raise AssertionError(f"{content!r} was accepted")
        finally:
            del os.environ[VOLUMES_FILE_ENV]
