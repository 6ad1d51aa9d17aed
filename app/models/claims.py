"""The claims table (R-CLM-1..9): claims as filed, their status, decision and what the batches carry.

Only this repository reads or writes `claim`; the services decide what may change.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.models.attachments import AttachmentRepository, StoredAttachment
from app.models.calendar import local_date
from app.models.db import Connection

_COLUMNS = (
    "number, type, pin, fields, contact, filed_at, filed_by, status, decision, decision_reason, place, "
    "institution, contact_check, decided_at, informed_at, informed_how, informed_by, receipts"
)
_UNSENT = "number, type, pin, fields, contact, filed_at, filed_by, place, institution, contact_check"


@dataclass(frozen=True)
class Claim:
    number: str
    type: str
    pin: str
    fields: dict[str, str]
    contact: str
    filed_at: str
    filed_by: str
    status: str
    decision: str
    decision_reason: str
    place: str = "PEC"
    institution: str = ""
    contact_check: str = ""
    decided_at: str = ""
    informed_at: str = ""
    informed_how: str = ""
    informed_by: str = ""
    receipts: int = 0
    attachments: tuple[StoredAttachment, ...] = field(default_factory=tuple)

    @property
    def filed_on(self) -> dt.date:
        """The Bishkek date of intake."""
        return local_date(dt.datetime.fromisoformat(self.filed_at))

    @property
    def open(self) -> bool:
        return self.status in ("received", "sent")


@dataclass(frozen=True)
class NewClaim:
    """A claim as it is first stored (`fields` is the stored JSON of the corrections)."""

    number: str
    type: str
    pin: str
    voter_id: int | None
    fields: str
    contact: str
    filed_at: str
    filed_by: str
    place: str
    institution: str
    contact_check: str


@dataclass(frozen=True)
class UnsentClaim:
    """A claim as the next batch carries it (`fields` as stored, JSON)."""

    number: str
    type: str
    pin: str
    fields: str
    contact: str
    filed_at: str
    filed_by: str
    place: str
    institution: str
    contact_check: str


@dataclass(frozen=True)
class Informed:
    """A voter told of the decision, not yet reported in a batch."""

    number: str
    at: str
    how: str
    by: str


@dataclass(frozen=True)
class AnswerFacts:
    """What the answer letter of a decided claim needs."""

    number: str
    filed_at: str
    type: str
    contact: str
    decision: str
    decision_reason: str
    decided_at: str
    fields: dict[str, str]
    voter_id: int | None
    destroyed_name: str


@dataclass(frozen=True)
class Destruction:
    """What was destroyed on a claim (R-CLM-4), for the notice."""

    destroyed_at: str
    destroyed_name: str
    contact: str
    decided_at: str


class ClaimEventKind(enum.StrEnum):
    """What happened to a claim, as its history in the window lists it."""

    FILED = "filed"
    BLOCKED = "blocked"  # the voter's record blocked until the decision (R-CLM-4)
    SENT = "sent"  # carried to the TEC in batch `batch`
    ACKNOWLEDGED = "acknowledged"  # the central side confirmed that batch
    OVERDUE = "overdue"  # the claim-overdue alert raised (R-CLM-5)
    DECIDED = "decided"  # the TEC's decision (`value`), as the central side dated it
    UNBLOCKED = "unblocked"  # the decision arrived here and released the record
    DESTROYED = "destroyed"  # the voter's unlawfully collected data destroyed (R-CLM-4)
    INFORMED = "informed"  # the voter told the decision (`value`: how)
    INFORMED_SENT = "informed-sent"  # that report carried in batch `batch`


@dataclass(frozen=True)
class ClaimEvent:
    """One step of a claim's history: when (UTC, as stored), what, who, and the batch or value."""

    at: str
    kind: ClaimEventKind
    by: str = ""
    batch: int = 0
    value: str = ""


_HISTORY = (
    "SELECT filed_at, filed_by, place, batch_seq, decided_at, decision, informed_at, informed_by, informed_how,"
    " informed_batch, destroyed_at, voter_id FROM claim WHERE number = ?"
)


class ClaimRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    @property
    def attachments(self) -> AttachmentRepository:
        return AttachmentRepository(self._conn)

    # ---- writing ---------------------------------------------------------------------
    def add(self, claim: NewClaim) -> None:
        self._conn.execute(
            "INSERT INTO claim (number, type, pin, voter_id, fields, contact, filed_at, filed_by, place,"
            " institution, contact_check) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (claim.number, claim.type, claim.pin, claim.voter_id, claim.fields, claim.contact, claim.filed_at,
             claim.filed_by, claim.place, claim.institution, claim.contact_check),
        )  # fmt: skip

    def mark_informed(self, number: str, at: str, how: str, by: str) -> bool:
        """A decided claim becomes informed; False when it was not decided (any more)."""
        return self._changed(
            "UPDATE claim SET status = 'informed', informed_at = ?, informed_how = ?, informed_by = ?"
            " WHERE number = ? AND status = 'decided'",
            (at, how, by, number),
        )

    def mark_overdue_alerted(self, number: str) -> bool:
        """The overdue alert of `number` is raised once: True the first time."""
        return self._changed("UPDATE claim SET overdue_alerted = 1 WHERE number = ? AND overdue_alerted = 0", (number,))

    def count_receipt(self, number: str) -> None:
        self._conn.execute("UPDATE claim SET receipts = receipts + 1 WHERE number = ?", (number,))

    def decide(self, number: str, decision: str, reason: str, decided_at: str) -> None:
        self._conn.execute(
            "UPDATE claim SET status = 'decided', decision = ?, decision_reason = ?, decided_at = ? WHERE number = ?",
            (decision, reason, decided_at, number),
        )

    def destroy_personal(self, number: str, at: str, name: str) -> None:
        """R-CLM-4: the claim keeps only whom to notify of the destruction."""
        self._conn.execute(
            "UPDATE claim SET destroyed_at = ?, destroyed_name = ?, pin = '' WHERE number = ?", (at, name, number)
        )

    def mark_sent(self, seq: int, informed: Sequence[str]) -> None:
        """Every unsent claim went in batch `seq` (received → sent), and the informed ones named."""
        self._conn.execute(
            "UPDATE claim SET batch_seq = ?, status = CASE status WHEN 'received' THEN 'sent' ELSE status END"
            " WHERE batch_seq = 0",
            (seq,),
        )
        self._conn.executemany("UPDATE claim SET informed_batch = ? WHERE number = ?", [(seq, n) for n in informed])

    def _changed(self, sql: str, args: tuple[object, ...]) -> bool:
        return bool(self._conn.execute(sql, args).rowcount)

    # ---- reading ---------------------------------------------------------------------
    def get(self, number: str) -> Claim | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM claim WHERE number = ?", (number,)).fetchone()
        return None if row is None else self._claim(row)

    def exists(self, number: str) -> bool:
        return self._conn.execute("SELECT 1 FROM claim WHERE number = ?", (number,)).fetchone() is not None

    def pin_and_status(self, number: str) -> tuple[str, str] | None:
        row = self._conn.execute("SELECT pin, status FROM claim WHERE number = ?", (number,)).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def all(self, status: str | None = None) -> list[Claim]:
        """Newest first; only `status` when given."""
        where, args = ("WHERE status = ?", (status,)) if status else ("", ())
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM claim {where} ORDER BY filed_at DESC, number DESC", args
        ).fetchall()
        return [self._claim(r) for r in rows]

    def open_filed_before(self, cutoff: str) -> list[Claim]:
        """Undecided claims filed before `cutoff` whose overdue alert is not raised yet."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM claim WHERE status IN ('received', 'sent') AND overdue_alerted = 0"
            " AND filed_at < ?",
            (cutoff,),
        ).fetchall()
        return [self._claim(r) for r in rows]

    def of_pin(self, pin: str) -> list[tuple[str, str, str, str]]:
        """(number, type, status, decision) of every claim about `pin`, by number."""
        rows = self._conn.execute(
            "SELECT number, type, status, decision FROM claim WHERE pin = ? ORDER BY number", (pin,)
        )
        return [(str(n), str(t), str(s), str(d)) for n, t, s, d in rows]

    def answer_facts(self, number: str) -> AnswerFacts | None:
        row = self._conn.execute(
            "SELECT number, filed_at, type, contact, decision, decision_reason, decided_at, fields, voter_id,"
            " destroyed_name FROM claim WHERE number = ?",
            (number,),
        ).fetchone()
        if row is None:
            return None
        n, filed, kind, contact, decision, reason, decided, fields, voter_id, destroyed = row
        return AnswerFacts(str(n), str(filed), str(kind), str(contact), str(decision), str(reason), str(decided),
                           json.loads(fields), None if voter_id is None else int(voter_id), str(destroyed))  # fmt: skip

    def destruction(self, number: str) -> Destruction | None:
        """What was destroyed on `number`, or None when nothing was."""
        row = self._conn.execute(
            "SELECT destroyed_at, destroyed_name, contact, decided_at FROM claim WHERE number = ?", (number,)
        ).fetchone()
        if row is None or not row[0]:
            return None
        return Destruction(str(row[0]), str(row[1]), str(row[2]), str(row[3]))

    def unsent(self) -> list[UnsentClaim]:
        rows = self._conn.execute(f"SELECT {_UNSENT} FROM claim WHERE batch_seq = 0 ORDER BY number")
        return [UnsentClaim(*(str(v) for v in r)) for r in rows]

    def informed_unsent(self) -> list[Informed]:
        rows = self._conn.execute(
            "SELECT number, informed_at, informed_how, informed_by FROM claim"
            " WHERE informed_at != '' AND informed_batch = 0 ORDER BY number"
        )
        return [Informed(*(str(v) for v in r)) for r in rows]

    def count(self, *, unsent_only: bool = False) -> int:
        where = "WHERE batch_seq = 0" if unsent_only else ""
        return int(self._conn.execute(f"SELECT count(*) FROM claim {where}").fetchone()[0])

    def history(self, number: str) -> list[ClaimEvent]:
        """Every recorded step of `number`, oldest first: from the claim, the voter's status
        history, the batches that carried it and the overdue alert (empty for no such claim)."""
        row = self._conn.execute(_HISTORY, (number,)).fetchone()
        if row is None:
            return []
        filed_at, filed_by, place, batch, decided_at, decision, informed_at, informed_by, how = row[:9]
        informed_batch, destroyed_at, voter_id = row[9:]
        events = [ClaimEvent(str(filed_at), ClaimEventKind.FILED, str(filed_by), value=str(place))]
        events += self._batch_events(int(batch), ClaimEventKind.SENT, with_ack=True)
        if decided_at:
            events.append(ClaimEvent(str(decided_at), ClaimEventKind.DECIDED, value=str(decision)))
        if destroyed_at:
            events.append(ClaimEvent(str(destroyed_at), ClaimEventKind.DESTROYED))
        if informed_at:
            events.append(ClaimEvent(str(informed_at), ClaimEventKind.INFORMED, str(informed_by), value=str(how)))
        events += self._batch_events(int(informed_batch), ClaimEventKind.INFORMED_SENT, with_ack=False)
        alerts = self._conn.execute(
            "SELECT at FROM alert WHERE rule = 'claim-overdue' AND subject = ? ORDER BY id", (number,)
        )
        events += [ClaimEvent(str(at), ClaimEventKind.OVERDUE) for (at,) in alerts]
        if voter_id is not None:
            events += self._status_events(number, int(voter_id))
        steps = list(ClaimEventKind)  # at the same instant, the order in which a claim moves on
        return sorted(events, key=lambda e: (e.at, steps.index(e.kind)))

    def _batch_events(self, seq: int, kind: ClaimEventKind, *, with_ack: bool) -> list[ClaimEvent]:
        if not seq:
            return []
        row = self._conn.execute("SELECT created_at, acked_at FROM sync_export WHERE seq = ?", (seq,)).fetchone()
        if row is None:  # a batch row lost with a restore: the claim still says which batch carried it
            return []
        events = [ClaimEvent(str(row[0]), kind, batch=seq)]
        if with_ack and row[1]:
            events.append(ClaimEvent(str(row[1]), ClaimEventKind.ACKNOWLEDGED, batch=seq))
        return events

    def _status_events(self, number: str, voter_id: int) -> list[ClaimEvent]:
        """The voter's record blocked by `number`, and released by its decision."""
        rows = self._conn.execute(
            "SELECT at, login, change FROM voter_history WHERE voter_id = ? AND action = 'status' ORDER BY id",
            (voter_id,),
        )
        events = []
        for at, login, change in rows:
            facts = json.loads(change)
            if facts.get("claim") == number and facts.get("status", ["", ""])[1] == "blocked":
                events.append(ClaimEvent(str(at), ClaimEventKind.BLOCKED, str(login)))
            elif facts.get("reason") == f"decision {number}":
                events.append(ClaimEvent(str(at), ClaimEventKind.UNBLOCKED, str(login)))
        return events

    def _claim(self, row: Sequence[object]) -> Claim:
        number = str(row[0])
        text = [str(v) for v in row]
        return Claim(
            number=number, type=text[1], pin=text[2], fields=json.loads(text[3]), contact=text[4],
            filed_at=text[5], filed_by=text[6], status=text[7], decision=text[8], decision_reason=text[9],
            place=text[10], institution=text[11], contact_check=text[12], decided_at=text[13],
            informed_at=text[14], informed_how=text[15], informed_by=text[16], receipts=int(text[17]),
            attachments=tuple(self.attachments.of_claim(number)),
        )  # fmt: skip
