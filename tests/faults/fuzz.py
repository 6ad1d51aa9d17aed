"""(d) A bounded Hypothesis fuzz of the readers that take bytes from a drive (R-SEC-11, issue 10
point 7): the envelope reader (app/sync/envelope.py, header.py), the backup reader
(app/sync/backup_file.py) and the voter CSV reader (app/models/voter_csv.py). Only a refusal
with a reason code may come out (AppError; VoterCsvError, which lists the lines, for the CSV
reader, which the callers turn into `[malformed]`), never another exception."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import AppError
from app.models.voter_csv import HEADER, VoterCsvError, read_voters_csv
from app.sync import EnvelopeWriter, Limits, open_payload, read_header, verify_signature
from app.sync.backup_file import BackupHeader, new_salt, write_backup
from app.sync.backup_file import open_payload as open_backup
from app.sync.backup_file import read_header as read_backup_header
from app.sync.header import parse_header
from tests.faults.report import Report
from tests.sync.support import fields, make_keys, voter

KEYS = make_keys("x25519", 7)
STORE_KEY = bytes(range(32))
EDITS = st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(0, 255)), max_size=6)
CUT = st.one_of(st.none(), st.integers(0, 1 << 16))


def mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None, tail: bytes) -> bytes:
    """Byte edits at positions (modulo the length), an optional truncation, appended bytes."""
    raw = bytearray(data)
    for where, value in edits:
        if raw:
            raw[where % len(raw)] = value
    if cut is not None:
        raw = raw[: cut % (len(raw) + 1)]
    return bytes(raw) + tail


def sample_envelope(folder: Path) -> bytes:
    path = folder / "sample.pecenv"
    with EnvelopeWriter(path, fields(), signing_key=KEYS.signer, recipient_public=KEYS.recipient.public_key(),
                        chunk_size=256) as writer:  # fmt: skip
        for i in range(1, 6):
            writer.write_record(voter(i))
    return path.read_bytes()


def sample_backup(folder: Path) -> bytes:
    snapshot = folder / "snapshot.db"
    snapshot.write_bytes(os.urandom(3000))
    header = BackupHeader("1001", "test-2026", "0" * 8 + "-0000-4000-8000-" + "0" * 12, "2026-09-01T09:00:00+00:00",
                          8, 3000, new_salt(), "0" * 32, hashlib.sha256(snapshot.read_bytes()).hexdigest(), 1, 1, 1,
                          None, 1024)  # fmt: skip
    out = io.BytesIO()
    write_backup(out, header, STORE_KEY, snapshot)
    return out.getvalue()


def read_envelope(path: Path) -> None:
    header, _raw = read_header(path, Limits())
    verify_signature(header, KEYS.signer.public_key())
    for _record in open_payload(path, header, KEYS.recipient):
        pass


def read_backup(path: Path) -> None:
    with path.open("rb") as stream:
        header, raw = read_backup_header(stream)
        for _chunk in open_backup(stream, header, raw, STORE_KEY):
            pass


def csv_text(rows: list[list[str]], header: bool) -> str:
    lines = [",".join(HEADER)] if header else []
    return "\n".join(lines + [",".join(row) for row in rows]) + "\n"


class Fuzzer:
    def __init__(self, report: Report, folder: Path) -> None:
        self.report, self.folder = report, folder

    def check(self, target: str, reader: Callable[[Path], None], data: bytes, allowed: tuple[type, ...]) -> None:
        self.report.bump(self.report.fuzz, target)
        path = self.folder / f"case-{target}"
        path.write_bytes(data)
        try:
            reader(path)
        except allowed as exc:
            if isinstance(exc, AppError) and not exc.reason.value:
                raise AssertionError("an AppError without a reason code") from exc


def _run(name: str, test: Callable[[], None], report: Report) -> None:
    try:
        test()
    except BaseException as exc:
        found = exc.exceptions if isinstance(exc, BaseExceptionGroup) else (exc,)
        for one in found:
            cause = one.__cause__ or one
            where = traceback.extract_tb(cause.__traceback__)[-1] if cause.__traceback__ else None
            at = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
            report.violate(f"fuzz {name}", "hypothesis", [f"{type(cause).__name__}: {str(cause)[:160]}{at}"])


def run_fuzz(examples: int, report: Report, seed: int) -> None:
    with tempfile.TemporaryDirectory(prefix="pec-fuzz-") as tmp:
        folder = Path(tmp)
        fuzzer = Fuzzer(report, folder)
        envelope, backup = sample_envelope(folder), sample_backup(folder)
        config = settings(max_examples=examples, deadline=None, database=None, derandomize=False,
                          suppress_health_check=list(HealthCheck), report_multiple_bugs=True)  # fmt: skip
        for name, test in _tests(fuzzer, envelope, backup).items():
            _run(name, config(test), report)


def _tests(fuzzer: Fuzzer, envelope: bytes, backup: bytes) -> dict[str, Callable[[], None]]:
    app_only = (AppError,)

    @given(edits=EDITS, cut=CUT, tail=st.binary(max_size=64))
    def envelope_bytes(edits: list[tuple[int, int]], cut: int | None, tail: bytes) -> None:
        fuzzer.check("envelope", read_envelope, mutate(envelope, edits, cut, tail), app_only)

    @given(raw=st.one_of(st.binary(max_size=512), st.text(max_size=300).map(str.encode)))
    def envelope_header(raw: bytes) -> None:
        fuzzer.report.bump(fuzzer.report.fuzz, "envelope header")
        with contextlib.suppress(AppError):
            parse_header(raw, Limits())

    @given(edits=EDITS, cut=CUT, tail=st.binary(max_size=64))
    def backup_bytes(edits: list[tuple[int, int]], cut: int | None, tail: bytes) -> None:
        fuzzer.check("backup", read_backup, mutate(backup, edits, cut, tail), app_only)

    cell = st.one_of(st.text(max_size=20), st.sampled_from(["", "F", "M", "1990-03-15", "11503199000123", '"', "\r"]))
    rows = st.lists(st.lists(cell, min_size=0, max_size=11), max_size=6)

    @given(rows=rows, header=st.booleans(), junk=st.binary(max_size=16))
    def voter_csv(rows: list[list[str]], header: bool, junk: bytes) -> None:
        data = csv_text(rows, header).encode("utf-8", "surrogatepass") + junk
        fuzzer.check("voter csv", read_voters_csv, data, (AppError, VoterCsvError))

    return {"envelope": envelope_bytes, "envelope header": envelope_header, "backup": backup_bytes,
            "voter csv": voter_csv}  # fmt: skip
