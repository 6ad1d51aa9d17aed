"""The audit log exported in the NIST SP 1500-101 election event log format (issue 12 point 5;
R-AUD-5 evidence preserved, R-AUD-6 the commission can show it complied).

The export is validated against NIST's own JSON schema, vendored in tests/data/nist_1500_101/
(README there: source and version). `jsonschema` is not installed in this project's environment,
so `validate` below is a small strict validator of exactly the draft-04 keywords that schema uses;
`test_the_validator_knows_every_keyword_and_refuses_bad_logs` proves it covers the whole schema
and that it fails on what the schema forbids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.errors import AppError, Reason
from app.models.db import open_store
from app.security.audit import CHECKPOINT_DOMAIN
from app.security.device_secret import DeviceSecretStore
from app.security.scanner.volumes import DirectoryVolumes
from app.services.audit_export import FORMAT, NistExport
from app.services.auth import AuthService
from app.services.context import DeskContext, device_store_key
from app.services.media import MediaService
from app.services.voters import VoterService
from tests.conftest import PLANTED, STRONG, Precinct

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILE = ROOT / "tests" / "data" / "nist_1500_101" / "NIST_V1_election_event_logging.json"
SCHEMA_SHA256 = "55563d1a0d78b8a343a13e17f7d93abbac0134bce798802ad4e49e71e36ceb67"
KEYWORDS = {"$schema", "$ref", "definitions", "oneOf", "type", "enum", "required", "additionalProperties",
            "properties", "items", "minItems", "format"}  # fmt: skip
_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)\Z")
_DATE = re.compile(r"\d{4}-\d\d-\d\d\Z")
_TYPES: dict[str, type | tuple[type, ...]] = {"string": str, "object": dict, "array": list}


# ---- a strict validator of the keywords NIST's schema uses ----------------------------------------
def schema() -> dict[str, Any]:
    data = SCHEMA_FILE.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SCHEMA_SHA256, "the vendored schema was changed"
    loaded: dict[str, Any] = json.loads(data)
    return loaded


def validate(instance: Any, node: dict[str, Any] | None = None, root: dict[str, Any] | None = None,
             where: str = "$") -> list[str]:  # fmt: skip
    """Every way `instance` breaks the schema (empty: valid)."""
    root = schema() if root is None else root
    node = root if node is None else node
    if "$ref" in node:
        name = node["$ref"].removeprefix("#/definitions/")
        return validate(instance, root["definitions"][name], root, where)
    if "oneOf" in node:
        fits = [alt for alt in node["oneOf"] if not validate(instance, alt, root, where)]
        return [] if len(fits) == 1 else [f"{where}: matches {len(fits)} of oneOf"]
    wanted = node.get("type")
    if wanted is not None and not isinstance(instance, _TYPES[wanted]):
        return [f"{where}: not {wanted}"]
    problems = [f"{where}: {instance!r} not in enum"] if "enum" in node and instance not in node["enum"] else []
    problems += _format_problems(instance, node.get("format"), where)
    if isinstance(instance, dict):
        problems += _object_problems(instance, node, root, where)
    if isinstance(instance, list):
        if len(instance) < node.get("minItems", 0):
            problems.append(f"{where}: too few items")
        for index, item in enumerate(instance):
            problems += validate(item, node.get("items", {}), root, f"{where}[{index}]")
    return problems


def _format_problems(instance: Any, fmt: str | None, where: str) -> list[str]:
    if fmt is None or not isinstance(instance, str):
        return []
    pattern = {"date-time": _DATE_TIME, "date": _DATE}[fmt]
    if not pattern.match(instance):
        return [f"{where}: not a {fmt}"]
    try:
        (dt.datetime.fromisoformat if fmt == "date-time" else dt.date.fromisoformat)(instance)
    except ValueError:
        return [f"{where}: not a {fmt}"]
    return []


def _object_problems(instance: dict[str, Any], node: dict[str, Any], root: dict[str, Any], where: str) -> list[str]:
    properties = node.get("properties", {})
    problems = [f"{where}: {name} missing" for name in node.get("required", []) if name not in instance]
    if node.get("additionalProperties", True) is False:
        problems += [f"{where}: {name} not allowed" for name in instance if name not in properties]
    for name, value in instance.items():
        if name in properties:
            problems += validate(value, properties[name], root, f"{where}.{name}")
    return problems


def _keywords(node: Any, inside_properties: bool = False) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if not inside_properties:
                found.add(key)
            found |= _keywords(value, inside_properties=key in ("properties", "definitions") and not inside_properties)
    elif isinstance(node, list):
        for item in node:
            found |= _keywords(item)
    return found


# ---- helpers ------------------------------------------------------------------------------------
def busy_log(precinct: Precinct) -> None:
    """Logins, searches, a confidential view of the planted voter, a refusal, log-outs."""
    auth, voters = AuthService(precinct.ctx), VoterService(precinct.ctx)
    member = precinct.ready_session("member1")
    found = voters.search(member, PLANTED.last_name)
    voters.pin(member, found.voters[0].id)
    auth.logout(member)
    with pytest.raises(AppError):
        auth.login("chair", "Wrong!pass-1")


def export(precinct: Precinct, out: Path, login: str = "auditor", volumes: DirectoryVolumes | None = None) -> Any:
    session = precinct.ready_session(login)
    media = MediaService(precinct.ctx, volumes or DirectoryVolumes())
    try:
        return NistExport(precinct.ctx, media).export(session, out)
    finally:
        AuthService(precinct.ctx).logout(session)


def recompute(event: dict[str, Any]) -> str:
    """What the export documents: SHA-256, hex, of the UTF-8 bytes of the event's Details."""
    return hashlib.sha256(event["Details"].encode("utf-8")).hexdigest()


# ---- tests --------------------------------------------------------------------------------------
def test_the_validator_knows_every_keyword_and_refuses_bad_logs() -> None:
    assert _keywords(schema()) <= KEYWORDS
    good = {"@type": "EventLogging.ElectionEventLog", "GeneratedTime": "2026-09-01T09:00:00+00:00"}
    assert validate(good) == []
    event = {"@type": "EventLogging.Event", "Id": "x", "Sequence": "1", "TimeStamp": "2026-09-01T09:00:00Z",
             "Type": "t", "Disposition": "success"}  # fmt: skip
    device = {"@type": "EventLogging.Device", "Id": "d", "Event": [event], "HashType": "sha-256"}
    assert validate({**good, "Device": [device]}) == []
    bad = [
        {**good, "GeneratedTime": "yesterday"},
        {"@type": "EventLogging.ElectionEventLog"},
        {**good, "Extra": "x"},
        {**good, "Device": [{**device, "Type": "laptop"}]},
        {**good, "Device": [{**device, "Event": [{**event, "Sequence": 1}]}]},
        {**good, "Device": [{**device, "Event": [{**event, "Disposition": "ok"}]}]},
        {**good, "Device": [{**device, "HashType": "sha-1"}]},
    ]
    assert all(validate(doc) for doc in bad)


def test_export_validates_against_the_nist_schema_and_is_owner_only(precinct: Precinct, tmp_path: Path) -> None:
    """R-AUD-6: the whole chain, one device block, every event; a new file, mode 0600."""
    busy_log(precinct)
    out = tmp_path / "audit.json"
    result = export(precinct, out)
    doc = json.loads(out.read_text("utf-8"))
    assert validate(doc) == []
    assert out.stat().st_mode & 0o777 == 0o600
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest() and result.size == out.stat().st_size
    assert doc["ElectionId"] == "test-2026"
    [device] = doc["Device"]
    assert device["Id"] == precinct.ctx.device_id and device["HashType"] == "sha-256"
    events = device["Event"]
    assert [int(e["Sequence"]) for e in events] == list(range(1, result.last_seq + 1))
    assert len(events) == result.events
    ids = {e["Id"] for e in events}
    assert {"session.login", "voter.search", "voter.view-confidential", "session.login-failed"} <= ids
    failed = next(e for e in events if e["Id"] == "session.login-failed")
    assert failed["Disposition"] == "failure"
    exported = precinct.ctx.audit.events(after=result.last_seq)
    assert [e.action for e in exported] == ["data.export", "session.logout"]  # R-AUD-1: the export is audited
    assert json.loads(exported[0].details)["sha256"] == result.sha256


def test_each_event_hash_recomputes_from_the_event_and_links_the_chain(precinct: Precinct, tmp_path: Path) -> None:
    """R-AUD-3, R-AUD-6: Hash = SHA-256(UTF-8 of Details); Details names the same event as the NIST
    fields; each event's prev_hash is the previous Hash from the device's genesis; the signed
    checkpoint verifies with the device's public key."""
    busy_log(precinct)
    out = tmp_path / "audit.json"
    export(precinct, out)
    doc = json.loads(out.read_text("utf-8"))
    [device] = doc["Device"]
    chain = json.loads(device["Details"])
    prev = hashlib.sha256(f"pec-desk/audit/genesis/{device['Id']}".encode()).hexdigest()
    assert chain["genesis_hash"] == prev
    for event in device["Event"]:
        assert recompute(event) == event["Hash"], event["Sequence"]
        seq, at, _sid, login, _name, _role, _ws, action, *_rest, prev_hash = json.loads(event["Details"])
        assert (str(seq), at, login, action) == (event["Sequence"], event["TimeStamp"], event["UserId"], event["Id"])
        assert prev_hash == prev
        prev = event["Hash"]
    assert chain["head_hash"] == prev
    cp = chain["checkpoint"]
    key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(chain["public_key"]))
    key.verify(bytes.fromhex(cp["signature"]),
               CHECKPOINT_DOMAIN + f"{device['Id']}\0{cp['seq']}\0{cp['head_hash']}\0{cp['at']}".encode())  # fmt: skip
    assert device["Event"][int(cp["seq"]) - 1]["Hash"] == cp["head_hash"]


def test_an_edited_event_is_exported_as_stored_and_its_hash_no_longer_recomputes(
    precinct: Precinct, tmp_path: Path
) -> None:
    """R-AUD-5: evidence kept as found: the export shows which event was changed after the fact."""
    busy_log(precinct)
    ctx = precinct.ctx
    device_id = ctx.device_id
    ctx.close()
    secret, _ = DeviceSecretStore().load(device_id)
    raw = open_store(ctx.paths.device_db, device_store_key(secret, device_id))
    raw.execute("UPDATE audit_event SET login = 'someone' WHERE seq = 5")
    raw.commit()
    raw.close()
    precinct.ctx = DeskContext(precinct.data_dir, clock=precinct.clock)
    out = tmp_path / "audit.json"
    export(precinct, out)
    events = json.loads(out.read_text("utf-8"))["Device"][0]["Event"]
    broken = [e["Sequence"] for e in events if recompute(e) != e["Hash"]]
    assert broken == ["5"]
    assert events[4]["UserId"] == "someone"


def test_export_adds_no_personal_data(precinct: Precinct, tmp_path: Path) -> None:
    """The export holds the log's fields only: a voter seen in full is named by record id."""
    busy_log(precinct)
    out = tmp_path / "audit.json"
    export(precinct, out)
    text = out.read_text("utf-8")
    for value in (PLANTED.pin, PLANTED.last_name, PLANTED.first_name, PLANTED.address, PLANTED.birth_date):
        assert value not in text
    for event in json.loads(text)["Device"][0]["Event"]:
        fields = json.loads(event["Details"])
        assert set(event) <= {"@type", "Id", "Sequence", "TimeStamp", "Type", "Description", "Disposition",
                              "OtherDisposition", "UserId", "Hash", "Details"}  # fmt: skip
        assert event["Description"].startswith(fields[7])


def test_export_refuses_a_taken_name_a_link_a_folder_and_a_role_without_audit_view(
    precinct: Precinct, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.json"
    taken.write_text("keep me")
    with pytest.raises(AppError) as refused:
        export(precinct, taken)
    assert refused.value.reason is Reason.FILE_EXISTS and taken.read_text() == "keep me"
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "elsewhere.json")
    with pytest.raises(AppError) as refused:
        export(precinct, link)
    assert refused.value.reason is Reason.FILE_EXISTS and not (tmp_path / "elsewhere.json").exists()
    with pytest.raises(AppError) as refused:
        export(precinct, tmp_path)
    assert refused.value.reason is Reason.USAGE
    with pytest.raises(AppError) as refused:
        export(precinct, tmp_path / "member.json", login="member1")
    assert refused.value.reason is Reason.NOT_PERMITTED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "link.json", "taken.json"]


def test_export_to_a_drive_only_when_registered(precinct: Precinct, tmp_path: Path) -> None:
    """R-SEC-6: like a backup, the log goes only to a registered work drive."""
    drive = tmp_path / "drive"
    drive.mkdir()
    volumes = DirectoryVolumes()
    volume = volumes.plug(drive, "SER-1", "VOL-1", "WORK")
    with pytest.raises(AppError) as refused:
        export(precinct, drive / "audit.json", volumes=volumes)
    assert refused.value.reason is Reason.UNREGISTERED_MEDIUM and list(drive.iterdir()) == []
    chair = precinct.ready_session("chair")
    MediaService(precinct.ctx, volumes).register(chair, volume, "Чоң Төрага")
    AuthService(precinct.ctx).logout(chair)
    export(precinct, drive / "audit.json", volumes=volumes)
    assert validate(json.loads((drive / "audit.json").read_text("utf-8"))) == []


# ---- the command line (CLI.md) --------------------------------------------------------------------
def pec(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli.desk", "--data-dir", str(data), *args],
        input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )  # fmt: skip


def test_cli_audit_export_round_trip_and_refusals(precinct: Precinct, tmp_path: Path) -> None:
    busy_log(precinct)
    for login in ("auditor", "member1"):
        AuthService(precinct.ctx).logout(precinct.ready_session(login))
    precinct.ctx.close()
    data, out = precinct.data_dir, tmp_path / "log.json"
    args = ("audit", "export", "--format", FORMAT, "--out", str(out), "--password-stdin", "--json")
    done = pec(data, *args, "--user", "auditor", stdin=STRONG + "\n")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    doc = json.loads(out.read_text("utf-8"))
    assert validate(doc) == [] and os.stat(out).st_mode & 0o777 == 0o600
    assert len(doc["Device"][0]["Event"]) == result["events"] and result["format"] == FORMAT
    assert all(recompute(e) == e["Hash"] for e in doc["Device"][0]["Event"])
    again = pec(data, *args, "--user", "auditor", stdin=STRONG + "\n")
    assert again.returncode == 2 and again.stderr.startswith("[file-exists]")
    assert json.loads(out.read_text("utf-8")) == doc
    member = pec(data, *args[:5], str(tmp_path / "m.json"), "--password-stdin", "--user", "member1",
                 stdin=STRONG + "\n")  # fmt: skip
    assert member.returncode == 1 and member.stderr.startswith("[not-permitted]")
    wrong = pec(data, "audit", "export", "--format", "csv", "--out", str(tmp_path / "x"), "--user", "auditor")
    assert wrong.returncode == 2 and not (tmp_path / "m.json").exists()
