"""The high-water mark: a monotonic record of how far this device's data has gone, kept in the
OS keyring beside the device secret, outside the data dir (R-SEC-10, R-AUD-3, R-AUD-6).

A copy of the data dir put back over the current one (or an old `device.db`) carries a hash
chain that verifies and checkpoints that match it: nothing inside the dir can tell it is old.
The keyring entry is not in the dir, so it remembers:
  audit  the chain head (seq and hash) of the newest checkpoint: a store whose chain lacks that
         seq, or holds another event there, is behind the device's own past (`rollback-detected`);
  claims the highest claim number issued per year prefix ("1001-2026-": 7): numbers never repeat;
  batch  the newest change batch written (seq, file hash, the audit seq it led to, its name): the
         outgoing stream can be re-based on it when the store forgot it.
The record only grows (`merged`), except when the CEC's recovery re-bases the audit head
(`rebased`). Decisions: docs/decisions.md, "Rollback is detected".
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from app.errors import AppError, Defect, Part, Reason
from app.security.audit import AuditLog
from app.security.device_secret import DeviceSecretStore

KEY = "high_water"


@dataclass(frozen=True)
class BatchMark:
    seq: int = 0
    sha256: str = ""
    audit_to: int = 0
    file_name: str = ""


@dataclass(frozen=True)
class HighWater:
    audit_seq: int = 0
    audit_hash: str = ""
    claims: dict[str, int] = field(default_factory=dict)
    batch: BatchMark = BatchMark()

    def to_json(self) -> dict[str, Any]:
        return {"audit": {"seq": self.audit_seq, "hash": self.audit_hash}, "claims": dict(sorted(self.claims.items())),
                "batch": vars(self.batch)}  # fmt: skip

    @classmethod
    def from_json(cls, data: object) -> HighWater:
        """A record as stored; a damaged one counts as absent at the keys that cannot be read."""
        if not isinstance(data, dict):
            return cls()
        audit, claims, batch = data.get("audit") or {}, data.get("claims") or {}, data.get("batch") or {}
        try:
            return cls(
                int(audit.get("seq", 0)), str(audit.get("hash", "")),
                {str(k): int(v) for k, v in claims.items()},
                BatchMark(int(batch.get("seq", 0)), str(batch.get("sha256", "")), int(batch.get("audit_to", 0)),
                          str(batch.get("file_name", ""))),
            )  # fmt: skip
        except (AttributeError, TypeError, ValueError):
            return cls()

    def merged(self, newer: HighWater) -> HighWater:
        """The higher of each part: the record never moves back."""
        audit = (newer.audit_seq, newer.audit_hash) if newer.audit_seq >= self.audit_seq else (
            self.audit_seq, self.audit_hash)  # fmt: skip
        claims = dict(self.claims)
        for prefix, number in newer.claims.items():
            claims[prefix] = max(number, claims.get(prefix, 0))
        batch = newer.batch if newer.batch.seq >= self.batch.seq else self.batch
        return HighWater(audit[0], audit[1], claims, batch)

    def rebased(self, seq: int, head: str) -> HighWater:
        """The audit head moved back to `seq` (the CEC's recovery accepted the store as it is);
        the claim numbers and the batch stay, as they are what the central side may hold."""
        return replace(self, audit_seq=seq, audit_hash=head)


def rollback_detail(record: HighWater, log: AuditLog) -> dict[str, Any] | None:
    """Why the chain of `log` is behind the record (a `defect=` with its values), or None if it
    holds the recorded head."""
    if record.audit_seq <= 0:
        return None
    found = log.hash_at(record.audit_seq)
    head_seq = log.head()[0]
    if found is None:
        return {"defect": Defect.AUDIT_ENDS_EARLY, "found": head_seq, "seq": record.audit_seq}
    if found != record.audit_hash:
        return {"defect": Defect.AUDIT_REPLACED, "seq": record.audit_seq}
    return None


def precinct_behind(record: HighWater, highest: dict[str, int], last_batch: int) -> dict[str, Any] | None:
    """Why a precinct store (its claim numbers, its newest batch) is behind the record, or None."""
    for prefix, number in sorted(record.claims.items()):
        if highest.get(prefix, 0) < number:
            return {"defect": Defect.CLAIMS_BEHIND, "part": Part.STORE, "prefix": prefix,
                    "found": highest.get(prefix, 0), "expected": number}  # fmt: skip
    if last_batch < record.batch.seq:
        return {"defect": Defect.BATCHES_BEHIND, "part": Part.STORE, "found": last_batch, "expected": record.batch.seq}
    return None


def check_not_rolled_back(record: HighWater, log: AuditLog) -> None:
    detail = rollback_detail(record, log)
    if detail is not None:
        raise AppError(Reason.ROLLBACK_DETECTED, **{**detail, "seq": record.audit_seq})


class HighWaterStore:
    """The record inside the device's keyring entry (the JSON blob beside the secret)."""

    def __init__(self, secrets: DeviceSecretStore) -> None:
        self._secrets = secrets

    def load(self, device_id: str) -> HighWater:
        _secret, public = self._secrets.load(device_id)
        return HighWater.from_json(public.get(KEY))

    def raise_to(self, device_id: str, newer: HighWater) -> HighWater:
        """Stores the merge of the record and `newer` (read, merged, written: a record written by
        another process in between is kept where higher, as every part is a maximum)."""
        current = self.load(device_id)
        merged = current.merged(newer)
        if merged != current:
            self._secrets.update(device_id, **{KEY: merged.to_json()})
        return merged

    def replace(self, device_id: str, record: HighWater) -> None:
        self._secrets.update(device_id, **{KEY: record.to_json()})
