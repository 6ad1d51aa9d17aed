"""Antivirus signature databases travel inside central envelopes and are installed only when the
envelope was applied (R-SEC-6; issue 4 point 5)."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

from app.errors import AppError, Reason
from app.services.sync_import import EnvelopeImport
from app.sync.avsig import PART_BYTES, signature_records
from app.sync.payloads import KIND_UPDATE
from tests.exchange.conftest import ELECTION, Exchange


def _databases(folder: Path, marker: str) -> dict[str, bytes]:
    folder.mkdir()
    files = {
        "pec-test.hdb": f"44d88612fea8a8f36de82e1278abb02f:68:{marker}\n".encode(),
        "big.ndb": (f"{marker}:0:*:" + "50" * 40 + "\n").encode() * (2 * PART_BYTES // 100 + 7),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "notes.txt").write_text("not a database: not carried")
    return files


def test_signatures_arrive_in_an_update_and_replace_the_installed_ones(exchange: Exchange, tmp_path: Path) -> None:
    """R-SEC-6: databases from a signed update are installed whole; the next update replaces them."""
    ctx = exchange.ctx
    secretary = exchange.desk.ready_session("secretary")
    first = _databases(tmp_path / "sig1", "Pec.Test.One")
    update = exchange.central.issue_update("1001", None, exchange.outbox, signatures=tmp_path / "sig1")
    summary = EnvelopeImport(ctx, secretary).apply(update.path)
    assert summary.signature_files == 2
    installed = ctx.paths.root / "av"
    assert {p.name: p.read_bytes() for p in installed.iterdir()} == first
    assert ctx.meta.get("av_signatures_at") == "2026-09-01T09:00:00Z"
    assert not (ctx.paths.root / "av.incoming").exists()
    assert "av.signatures-installed" in [e.action for e in ctx.audit.events()]

    exchange.clock.advance(3600)
    second = _databases(tmp_path / "sig2", "Pec.Test.Two")
    (tmp_path / "sig2" / "big.ndb").unlink()
    del second["big.ndb"]
    update2 = exchange.central.issue_update("1001", None, exchange.outbox, signatures=tmp_path / "sig2")
    EnvelopeImport(ctx, secretary).apply(update2.path)
    assert {p.name: p.read_bytes() for p in installed.iterdir()} == second
    assert ctx.meta.get("av_signatures_at") == "2026-09-01T10:00:00Z"


def test_a_signature_file_that_does_not_add_up_is_refused_and_nothing_is_installed(
    exchange: Exchange, tmp_path: Path
) -> None:
    """R-SEC-6: a part missing or a hash that differs refuses the whole update; the installed
    databases stay, and no half-written file is left."""
    ctx = exchange.ctx
    secretary = exchange.desk.ready_session("secretary")
    _databases(tmp_path / "sig", "Pec.Test.One")
    records = list(signature_records(tmp_path / "sig"))
    good = exchange.central.issue_update("1001", None, exchange.outbox, signatures=tmp_path / "sig")
    EnvelopeImport(ctx, secretary).apply(good.path)
    before = {p.name: p.read_bytes() for p in (ctx.paths.root / "av").iterdir()}

    central = exchange.central
    for name, broken in (
        ("hash", [dict(r, sha256=hashlib.sha256(b"x").hexdigest()) for r in records]),
        ("part-missing", [r for r in records if not (r["name"] == "big.ndb" and r["part"] == 2)]),
        ("path", [dict(records[0], name="../evil.hdb")]),
        ("not-base64", [dict(records[0], data="%%%")]),
    ):
        box = tmp_path / f"box-{name}"
        box.mkdir()
        issued = central._write("1001", ELECTION.id, KIND_UPDATE, iter(broken), box)
        with pytest.raises(AppError) as refused:
            EnvelopeImport(ctx, secretary).apply(issued.path)
        assert refused.value.reason in (Reason.MALFORMED, Reason.SIGNATURE_INVALID), name
        assert {p.name: p.read_bytes() for p in (ctx.paths.root / "av").iterdir()} == before, name
        assert not (ctx.paths.root / "av.incoming").exists(), name
        central.db.execute("DELETE FROM out_stream WHERE precinct = '1001'")  # let the next test envelope be seq 3
        central.db.execute(
            "INSERT INTO out_stream SELECT precinct, seq, sha256 FROM issued WHERE precinct = '1001' AND seq = 2"
        )
        central.db.execute("DELETE FROM issued WHERE seq > 2")
    assert base64.b64decode(str(records[0]["data"]))  # the records themselves were fine
