"""Central → PEC: the precinct package and its updates (R-SYN-1, R-SYN-2).

An update must always be writable: a claim held back at ingest never reaches a decision, and an
accepted correction whose result would not be a valid voter record (by the voter rules, the age
rule on the election's voting day included) is not merged into the list: its decision still goes
out, and a finding tells the TEC to correct the voter through the list instead.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.central.election import Election, demo_election
from app.central.lists import read_users_csv, read_voters
from app.central.store import CentralBase
from app.clock import iso
from app.errors import AppError, Defect, Part, Reason
from app.models.calendar import local_date
from app.models.field_rules import Days
from app.models.fields import FieldProblem
from app.models.records import VoterRow
from app.models.vocabulary import ClaimStatus, ClaimType, Decision, values
from app.models.voter_csv import row_problems
from app.models.voters import list_order
from app.security.atomic import atomic_write_bytes
from app.security.passwords import one_time_password
from app.sync.avsig import signature_records
from app.sync.envelope import EnvelopeWriter
from app.sync.header import HeaderFields
from app.sync.payloads import KIND_PACKAGE, KIND_UPDATE, central_registry
from app.sync.streams import ZERO_HASH
from app.sync.trust import BUNDLE_FILE

ENVELOPE_VALIDITY = dt.timedelta(days=30)
_BATCH_ROWS = 10_000
_FIXED = ("t", "pin", "precinct")  # what no correction changes in a voter record
Record = dict[str, Any]


@dataclass(frozen=True)
class IssuedAccount:
    login: str
    full_name: str
    role: str
    password: str


@dataclass
class Issued:
    path: Path
    seq: int
    voters: int = 0
    removed: int = 0
    decisions: int = 0
    acks: int = 0
    accounts: list[IssuedAccount] = field(default_factory=list)
    held_back: list[str] = field(default_factory=list)  # accepted claims whose corrections were not merged

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path)
        return data


@dataclass
class _Update:
    """What the next update carries."""

    changed: dict[str, Record]
    removed: list[tuple[str, str]]
    decisions: list[tuple[Any, ...]]
    acks: list[tuple[Any, ...]]
    held_back: list[str]


def voter_record(row: VoterRow) -> Record:
    return {"t": "voter", "pin": row.pin, "last_name": row.last_name, "first_name": row.first_name,
            "patronymic": row.patronymic, "birth_date": row.birth_date, "sex": row.sex, "address": row.address,
            "precinct": row.precinct, "special_category": row.special_category}  # fmt: skip


def _remember(db: sqlite3.Connection, remembered: list[tuple[str, str, str]], keys: list[tuple[bytes, str]]) -> None:
    db.executemany("INSERT INTO list_voter VALUES (?, ?, ?)", remembered)
    db.executemany("INSERT INTO temp.package_order VALUES (?, ?)", keys)
    remembered.clear()
    keys.clear()


def _ack_records(db: sqlite3.Connection, precinct: str, acks: list[Any]) -> Iterator[Record]:
    """The acks, each with the newest claim number held here for the precinct, and the newest one
    with the audit seq the stream has reached: a precinct put back to an older store learns from
    them where to resume its numbering and its stream (R-SYN-2; docs/decisions.md)."""
    stream = db.execute("SELECT seq, audit_seq FROM in_stream WHERE precinct = ?", (precinct,)).fetchone()
    top = db.execute("SELECT max(number) FROM claim WHERE precinct = ?", (precinct,)).fetchone()[0]
    for seq, sha, received in acks:
        record: Record = {"t": "ack", "seq": seq, "sha256": sha, "received_at": received}
        if top:
            record["claims_to"] = top
        if stream is not None and int(stream[0]) == seq:
            record["audit_seq"] = int(stream[1])
        yield record


class CentralIssuing(CentralBase):
    # ---- the package ------------------------------------------------------------------
    def issue_package(
        self, precinct: str, voters_csv: Path, users_csv: Path, election: Election | None, out_dir: Path, *,
        signatures: Path | None = None,
    ) -> Issued:  # fmt: skip
        election = election or demo_election()
        voters = read_voters(voters_csv, election.voting_day, self.clock.now())
        users = read_users_csv(users_csv)
        return self.issue_package_rows(precinct, voters, users, election, out_dir, signatures=signatures)

    def issue_package_rows(
        self, precinct: str, voters: Iterable[VoterRow], users: list[tuple[str, str, str]], election: Election,
        out_dir: Path, *, signatures: Path | None = None,
    ) -> Issued:  # fmt: skip
        """The package, streaming: each voter is checked and remembered as it passes, then all are
        written in Kyrgyz order, so a list of any size needs memory for one batch of rows only."""
        if self.db.execute("SELECT 1 FROM out_stream WHERE precinct = ?", (precinct,)).fetchone():
            raise AppError(Reason.DUPLICATE, defect=Defect.PACKAGE_ISSUED, precinct=precinct)
        accounts = [IssuedAccount(login, name, role, one_time_password()) for login, name, role in users]
        db = self._begin()
        counted = [0]
        try:
            records = self._package_records(precinct, voters, election, accounts, signatures=signatures,
                                            counted=counted)  # fmt: skip
            issued = self._write(precinct, election.id, KIND_PACKAGE, records, out_dir)
            db.execute("INSERT OR REPLACE INTO election VALUES (?, ?)", (precinct, json.dumps(election.to_json())))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        issued.voters, issued.accounts = counted[0], accounts
        return issued

    def _package_records(
        self, precinct: str, voters: Iterable[VoterRow], election: Election, accounts: list[IssuedAccount], *,
        signatures: Path | None, counted: list[int],
    ) -> Iterator[Record]:  # fmt: skip
        yield {"t": "trust", "bundle": self.bundle().to_bytes().decode()}
        for key, value in election.meta():
            yield {"t": "meta", "key": key, "value": value}
        for point in election.registration_points:
            yield {"t": "regpoint", **point}
        for a in accounts:
            yield {"t": "account", "login": a.login, "full_name": a.full_name, "role": a.role, "password": a.password}
        if signatures is not None:
            yield from signature_records(signatures)
        yield from self._voters_in_order(precinct, voters, counted)

    def _voters_in_order(self, precinct: str, voters: Iterable[VoterRow], counted: list[int]) -> Iterator[Record]:
        """Remembered first, then sent in Kyrgyz order (name sort key, then PIN): the precinct writes
        voters as they come, so its voter ids follow the alphabet and one search's results sit on
        neighbouring pages. Memory: one batch; SQLite sorts the rest."""
        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS package_order (sort_key BLOB NOT NULL, pin TEXT NOT NULL)")
        db.execute("DELETE FROM temp.package_order")
        remembered: list[tuple[str, str, str]] = []
        keys: list[tuple[bytes, str]] = []
        for row in voters:
            if row.precinct != precinct:
                raise AppError(
                    Reason.MALFORMED, defect=Defect.OTHER_PRECINCT_VOTER, pin=row.pin[:4], found=row.precinct
                )
            remembered.append((precinct, row.pin, json.dumps(voter_record(row), ensure_ascii=False)))
            keys.append(list_order(row))
            if len(remembered) >= _BATCH_ROWS:
                _remember(db, remembered, keys)
            counted[0] += 1
        _remember(db, remembered, keys)
        ordered = db.execute(
            "SELECT l.data FROM temp.package_order o JOIN list_voter l ON l.precinct = ? AND l.pin = o.pin"
            " ORDER BY o.sort_key, o.pin",
            (precinct,),
        )
        for (data,) in ordered:
            yield json.loads(data)
        db.execute("DELETE FROM temp.package_order")

    # ---- updates ----------------------------------------------------------------------
    def issue_update(
        self, precinct: str, voters_csv: Path | None, out_dir: Path, signatures: Path | None = None
    ) -> Issued:
        """List changes against the last issued list, decisions, acknowledgements, the trust bundle."""
        row = self.db.execute("SELECT data FROM election WHERE precinct = ?", (precinct,)).fetchone()
        if row is None:
            raise AppError(Reason.NOT_SET_UP, defect=Defect.NO_PACKAGE_YET, precinct=precinct)
        election = json.loads(row[0])
        days = Days.of(local_date(self.clock.now()), str(election["voting_day"]))
        new_list = None if voters_csv is None else read_voters(voters_csv, days.voting_day, self.clock.now())
        db = self._begin()
        try:
            update = self._update(precinct, new_list, days)
            records = self._update_records(precinct, update, signatures)
            issued = self._write(precinct, str(election["id"]), KIND_UPDATE, records, out_dir)
            self._mark_sent(precinct, update, issued.seq)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        issued.voters, issued.removed = len(update.changed), len(update.removed)
        issued.decisions, issued.acks, issued.held_back = len(update.decisions), len(update.acks), update.held_back
        return issued

    def _update(self, precinct: str, new_list: list[VoterRow] | None, days: Days) -> _Update:
        db = self.db
        changed, removed = self._diff(precinct, new_list) if new_list is not None else ({}, [])
        decisions = db.execute(
            "SELECT number, decision, reason, decided_at, pin, fields, type, destroy FROM claim"
            " WHERE precinct = ? AND status = ? AND sent_in = 0 ORDER BY number",
            (precinct, ClaimStatus.DECIDED.value),
        ).fetchall()
        held_back: list[str] = []
        for number, decision, _r, _d, pin, fields, kind, _destroy in decisions:
            if decision != Decision.ACCEPTED or kind not in values(ClaimType) or not ClaimType(kind).blocking:
                continue
            if pin in changed:
                continue
            corrected = self._corrected(precinct, pin, fields, days)
            if isinstance(corrected, dict):
                changed[pin] = corrected
            elif corrected:
                held_back.append(str(number))
                self._find(precinct, f"claim {number}: accepted, but its corrections would make the voter record"
                           f" invalid ({', '.join(corrected)}); correct the voter through the list")  # fmt: skip
        acks = db.execute(
            "SELECT seq, sha256, received_at FROM batch WHERE precinct = ? AND acked_in = 0 ORDER BY seq", (precinct,)
        ).fetchall()
        return _Update(changed, removed, decisions, acks, held_back)

    def _update_records(self, precinct: str, update: _Update, signatures: Path | None) -> Iterator[Record]:
        yield {"t": "trust", "bundle": self.bundle().to_bytes().decode()}
        yield from update.changed.values()
        for pin, reason in update.removed:
            yield {"t": "removed", "pin": pin, "reason": reason}
        for number, decision, reason, decided_at, *_, destroy in update.decisions:
            yield {"t": "decision", "claim": number, "decision": decision, "reason": reason,
                   "decided_at": decided_at, "destroy": bool(destroy)}  # fmt: skip
        yield from _ack_records(self.db, precinct, update.acks)
        if signatures is not None:
            yield from signature_records(signatures)

    def _mark_sent(self, precinct: str, update: _Update, seq: int) -> None:
        db = self.db
        for pin, record in update.changed.items():
            db.execute("INSERT OR REPLACE INTO list_voter VALUES (?, ?, ?)",
                       (precinct, pin, json.dumps(record, ensure_ascii=False)))  # fmt: skip
        gone = [(precinct, pin) for pin, _reason in update.removed]
        db.executemany("DELETE FROM list_voter WHERE precinct = ? AND pin = ?", gone)
        db.executemany("UPDATE claim SET sent_in = ? WHERE number = ?", [(seq, d[0]) for d in update.decisions])
        db.executemany("UPDATE batch SET acked_in = ? WHERE sha256 = ?", [(seq, a[1]) for a in update.acks])

    def _diff(self, precinct: str, rows: list[VoterRow]) -> tuple[dict[str, Record], list[tuple[str, str]]]:
        wrong = [v for v in rows if v.precinct != precinct][:5]
        if wrong:
            pins, found = ", ".join(v.pin[:4] for v in wrong), ", ".join(sorted({v.precinct for v in wrong}))
            raise AppError(Reason.MALFORMED, defect=Defect.OTHER_PRECINCT_VOTER, pin=pins, found=found)
        old = {pin: data for pin, data in self.db.execute(
            "SELECT pin, data FROM list_voter WHERE precinct = ?", (precinct,))}  # fmt: skip
        changed: dict[str, Record] = {}
        for row in rows:
            record = voter_record(row)
            if old.get(row.pin) != json.dumps(record, ensure_ascii=False):
                changed[row.pin] = record
        present = {row.pin for row in rows}
        removed = [(pin, "not on the new list") for pin in old if pin not in present]
        return changed, removed

    def _corrected(self, precinct: str, pin: str, fields: str, days: Days) -> Record | list[str] | None:
        """The listed voter's record with the accepted corrections, or the problems (as
        `field:problem`) that keep them out, or None when there is nothing to correct."""
        row = self.db.execute("SELECT data FROM list_voter WHERE precinct = ? AND pin = ?", (precinct, pin)).fetchone()
        try:
            asked = json.loads(fields)
        except ValueError:
            asked = None
        if row is None or not isinstance(asked, dict) or not asked:
            return None
        record: Record = json.loads(row[0])
        record.update({k: v for k, v in asked.items() if k in record and k not in _FIXED and isinstance(v, str)})
        values = {k: v if isinstance(v, str) else "" for k, v in record.items() if k != "t"}
        problems: list[FieldProblem] = row_problems(values, days)
        return [f"{p.field.value}:{p.problem.value}" for p in problems] if problems else record

    def _find(self, precinct: str, detail: str) -> None:
        self.db.execute("INSERT INTO finding (precinct, batch_seq, at, detail) VALUES (?,?,?,?)",
                        (precinct, 0, iso(self.clock.now()), detail))  # fmt: skip

    def _write(self, precinct: str, election: str, kind: str, records: Iterator[Record], out_dir: Path) -> Issued:
        _device_id, recipient, _signing = self._device(precinct)
        out_dir = Path(out_dir)
        if not out_dir.is_dir():
            raise AppError(Reason.USAGE, defect=Defect.NOT_A_DIRECTORY, part=Part.FILE, path=str(out_dir))
        last = self.db.execute("SELECT seq, sha256 FROM out_stream WHERE precinct = ?", (precinct,)).fetchone()
        seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, ZERO_HASH)
        now = self.clock.now()
        name = f"{precinct}-{kind}-{seq:06d}.pecenv"
        fields = HeaderFields(kind, election, precinct, seq, prev, now, now + ENVELOPE_VALIDITY)
        with EnvelopeWriter(out_dir / name, fields, signing_key=self.signer(), recipient_public=recipient,
                            registry=central_registry()) as writer:  # fmt: skip
            for record in records:
                writer.write_record(record)
        atomic_write_bytes(out_dir / BUNDLE_FILE, self.bundle().to_bytes())
        self.db.execute("INSERT OR REPLACE INTO out_stream VALUES (?, ?, ?)", (precinct, seq, writer.sha256))
        self.db.execute(
            "INSERT INTO issued VALUES (?, ?, ?, ?, ?, ?)", (precinct, seq, kind, writer.sha256, name, iso(now))
        )
        return Issued(out_dir / name, seq)
