"""The audit segment of a batch must continue the chain the central side saw last (R-AUD-3):
truncation, rewriting or a fork of a precinct's log is found here and kept as a finding."""

from __future__ import annotations

from typing import Any

from app.security.audit import Checkpoint, event_hash


class ChainCheck:
    """The audit segment of a batch must continue the chain the central side saw last."""

    def __init__(self, seq: int, last_hash: str) -> None:
        self.seq, self.hash = seq, last_hash
        self.problems: list[str] = []
        self._head_seen = False

    def event(self, record: dict[str, Any]) -> None:
        content = [record[k] for k in ("seq", "at", "session_id", "login", "full_name", "role", "workstation",
                                        "action", "object", "outcome", "details", "prev_hash")]  # fmt: skip
        if record["seq"] != self.seq + 1:
            self.problems.append(f"audit event {record['seq']} follows {self.seq}: events missing or repeated")
        if record["prev_hash"] != self.hash:
            self.problems.append(f"audit event {record['seq']} does not continue the chain (rewritten or forked)")
        if event_hash(content) != record["hash"]:
            self.problems.append(f"audit event {record['seq']} was altered after it was written")
        self.seq, self.hash = int(record["seq"]), str(record["hash"])

    def head(self, record: dict[str, Any], device_id: str, key: Any) -> None:
        checkpoint = Checkpoint(
            int(record["seq"]), str(record["head_hash"]), str(record["at"]), str(record["signature"])
        )
        self._head_seen = True
        if not checkpoint.verifies(device_id, key):
            self.problems.append("the signed chain head does not verify")
        elif (checkpoint.seq, checkpoint.head_hash) != (self.seq, self.hash):
            self.problems.append(f"the signed chain head ({checkpoint.seq}) is not where the events end ({self.seq})")

    def finish(self) -> None:
        if not self._head_seen:
            self.problems.append("the batch carries no signed chain head")
