"""The TEC's side of a claim: reading what was received or held back, and deciding (R-CLM-5)."""

from __future__ import annotations

from typing import Any

from app.central.quarantine import Quarantined, quarantined_of
from app.central.store import CentralBase
from app.errors import AppError, Defect, Reason
from app.models import bounds
from app.models.field_rules import text_problems
from app.models.fields import raise_problems
from app.models.vocabulary import ClaimStatus, Decision, Field
from app.sync.header import stamp


class CentralDecisions(CentralBase):
    def decide(self, number: str, accept: bool, reason: str, *, destroy: bool = False) -> None:
        """The TEC's decision; `destroy`: the listed data was collected unlawfully and must be
        destroyed at the precinct, with a notice to the voter (R-CLM-4). The reason travels in
        the next update, so it is held to the rules of a text field (R-SYN-1)."""
        reason = reason.strip()
        raise_problems(text_problems(Field.REASON, reason, bounds.TEXT, required=True))
        row = self.db.execute("SELECT status FROM claim WHERE number = ?", (number,)).fetchone()
        if row is None:
            raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_CLAIM, claim=number)
        if row[0] == ClaimStatus.DECIDED:
            raise AppError(Reason.DUPLICATE, defect=Defect.ALREADY_DECIDED, claim=number)
        decision = Decision.ACCEPTED if accept else Decision.REJECTED
        self.db.execute(
            "UPDATE claim SET status = ?, decision = ?, reason = ?, decided_at = ?, destroy = ? WHERE number = ?",
            (ClaimStatus.DECIDED.value, decision.value, reason, stamp(self.clock.now()), int(destroy), number),
        )
        if destroy:  # the central copy of the entry goes too
            self.db.execute(
                "DELETE FROM list_voter WHERE (precinct, pin) IN (SELECT precinct, pin FROM claim WHERE number = ?)",
                (number,),
            )

    def attachments(self, number: str) -> list[tuple[str, str, bytes]]:
        rows = self.db.execute("SELECT name, kind, data FROM claim_attachment WHERE claim = ? ORDER BY name", (number,))
        return [(r[0], r[1], bytes(r[2])) for r in rows]

    def alerts(self, precinct: str) -> list[dict[str, Any]]:
        cursor = self.db.execute(
            "SELECT batch_seq, rule, at, subject, detail FROM alert WHERE precinct = ? ORDER BY rowid", (precinct,)
        )
        return [dict(zip(("batch_seq", "rule", "at", "subject", "detail"), r, strict=True)) for r in cursor]

    def findings(self, precinct: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT detail FROM finding WHERE precinct = ? ORDER BY id", (precinct,))]

    def quarantined(self, precinct: str) -> list[Quarantined]:
        """The claims held back at ingest, oldest first, each with its field problems."""
        rows = self.db.execute(
            "SELECT number, precinct, batch_seq, at, record, problems FROM quarantine WHERE precinct = ? ORDER BY id",
            (precinct,),
        )
        return [quarantined_of(tuple(r)) for r in rows]

    def claims(self, precinct: str) -> list[dict[str, Any]]:
        cursor = self.db.execute(
            "SELECT number, type, pin, status, decision FROM claim WHERE precinct = ? ORDER BY number", (precinct,)
        )
        return [dict(zip(("number", "type", "pin", "status", "decision"), r, strict=True)) for r in cursor]
