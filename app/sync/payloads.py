"""What the envelopes carry: the record types of packages, updates and change batches.

Central → PEC (`package` with seq 1, then `update`s):
  trust      the root-signed trust bundle (new central keys, revocations)
  meta       election and policy settings: election_id, election_name, voting_day, deadline.<name>
             (days before voting day, CLI.md "Election file"), decision_days, idle_minutes, hotline
  regpoint   a biometric registration point (R-CLM-6)
  account    a commission account with its one-time password (R-SEC-1); a package only
  voter      a voter as in the voter CSV: the whole list in a package, new or changed rows in an update
  removed    a voter taken off the list (update)
  decision   the TEC's decision on a claim (update)
  ack        the central system received a change batch (update); with the newest claim number it
             holds for the precinct and, on the newest batch, the audit seq the stream reached
  avsig      a part of an antivirus signature database file (app.sync.avsig)
PEC → central (`batch`):
  claim      a claim as filed, with its requested corrections
  status     a local change of a voter's status (blocked, unblocked)
  informed   the voter was told the decision (R-CLM-5): when, how, by whom
  attachment a part of a claim's attachment (scanned passport copy, institution form)
  audit      one audit event, every field, in chain order, since the last batch
  audit_head the signed chain head (checkpoint) the events lead to
  alert      an anomaly alert raised by the rules over the log (app.security.anomaly)
"""

from __future__ import annotations

from app.models import bounds
from app.models.bounds import ALERT, AUDIT, CLAIM
from app.sync.records import RecordSchema, SchemaRegistry, base_registry

KIND_PACKAGE, KIND_UPDATE, KIND_BATCH = "package", "update", "batch"
CENTRAL_KINDS = (KIND_PACKAGE, KIND_UPDATE)

# Every limit comes from app.models.bounds, where the services that write these values find them.
_TEXT = (str, bounds.TEXT, True)
_HEX64 = (str, bounds.HEX64, True)
_TIME = (str, bounds.TIME, True)
_LOGIN = (str, bounds.LOGIN, True)
_NUMBER = (str, bounds.CLAIM_NUMBER, True)
_CODE = (str, bounds.CODE, True)
_PIN = (str, bounds.PIN, True)


def central_registry() -> SchemaRegistry:
    """Record types of packages and updates."""
    registry = base_registry()
    registry.register(RecordSchema("trust", {"bundle": (str, 60000, True)}))
    registry.register(RecordSchema("regpoint", {"name": _TEXT, "address": _TEXT, "phone": (str, 64, False)}))
    registry.register(RecordSchema("removed", {"pin": _PIN, "reason": _TEXT}))
    registry.register(
        RecordSchema(
            "decision",
            {
                "claim": _NUMBER,
                "decision": _CODE,
                "reason": _TEXT,
                "decided_at": _TIME,
                "destroy": (bool, None, False),
            },
        )
    )
    registry.register(
        RecordSchema(
            "ack",
            {"seq": (int, None, True), "sha256": _HEX64, "received_at": _TIME,
             "claims_to": (str, 40, False), "audit_seq": (int, None, False)},
        )
    )  # fmt: skip
    registry.register(
        RecordSchema(
            "avsig",
            {"name": (str, 64, True), "part": (int, None, True), "parts": (int, None, True),
             "size": (int, None, True), "sha256": _HEX64, "data": (str, 48_000, True)},
        )
    )  # fmt: skip
    return registry


def batch_registry() -> SchemaRegistry:
    """Record types of change batches."""
    registry = SchemaRegistry()
    claim = {name: (str, limit, name not in ("institution", "contact_check")) for name, limit in CLAIM.items()}
    registry.register(RecordSchema("claim", claim))
    registry.register(RecordSchema("informed", {"claim": _NUMBER, "at": _TIME, "how": _CODE, "by": _LOGIN}))
    registry.register(
        RecordSchema(
            "attachment",
            {"claim": _NUMBER, "name": (str, 255, True), "kind": (str, 8, True), "part": (int, None, True),
             "parts": (int, None, True), "size": (int, None, True), "sha256": _HEX64, "data": (str, 48_000, True)},
        )
    )  # fmt: skip
    registry.register(
        RecordSchema(
            "status",
            {"pin": _PIN, "status": _CODE, "reason": _TEXT, "claim": _NUMBER, "at": _TIME, "login": _LOGIN},
        )
    )
    audit = {name: (str, limit, True) for name, limit in AUDIT.items()}
    registry.register(RecordSchema("audit", {"seq": (int, None, True), **audit, "prev_hash": _HEX64, "hash": _HEX64}))
    alert = {name: (str, limit, True) for name, limit in ALERT.items()}
    registry.register(RecordSchema("alert", {**alert, "first_seq": (int, None, True), "last_seq": (int, None, True)}))
    registry.register(
        RecordSchema(
            "audit_head",
            {"seq": (int, None, True), "head_hash": _HEX64, "at": _TIME, "signature": (str, 128, True)},
        )
    )
    return registry
