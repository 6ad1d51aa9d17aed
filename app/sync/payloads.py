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

from app.sync.records import RecordSchema, SchemaRegistry, base_registry

KIND_PACKAGE, KIND_UPDATE, KIND_BATCH = "package", "update", "batch"
CENTRAL_KINDS = (KIND_PACKAGE, KIND_UPDATE)

_TEXT = (str, 300, True)
_HEX64 = (str, 64, True)
_TIME = (str, 40, True)


def central_registry() -> SchemaRegistry:
    """Record types of packages and updates."""
    registry = base_registry()
    registry.register(RecordSchema("trust", {"bundle": (str, 60000, True)}))
    registry.register(RecordSchema("regpoint", {"name": _TEXT, "address": _TEXT, "phone": (str, 64, False)}))
    registry.register(RecordSchema("removed", {"pin": (str, 14, True), "reason": _TEXT}))
    registry.register(
        RecordSchema(
            "decision",
            {
                "claim": (str, 40, True),
                "decision": (str, 16, True),
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
    registry.register(
        RecordSchema(
            "claim",
            {
                "number": (str, 40, True),
                "type": (str, 16, True),
                "pin": (str, 14, True),
                "fields": (str, 4000, True),
                "contact": _TEXT,
                "filed_at": _TIME,
                "filed_by": (str, 64, True),
                "place": (str, 16, True),
                "status": (str, 16, True),
                "institution": (str, 300, False),
                "contact_check": (str, 1, False),
            },
        )
    )
    registry.register(
        RecordSchema("informed", {"claim": (str, 40, True), "at": _TIME, "how": (str, 16, True), "by": (str, 64, True)})
    )
    registry.register(
        RecordSchema(
            "attachment",
            {"claim": (str, 40, True), "name": (str, 255, True), "kind": (str, 8, True), "part": (int, None, True),
             "parts": (int, None, True), "size": (int, None, True), "sha256": _HEX64, "data": (str, 48_000, True)},
        )
    )  # fmt: skip
    registry.register(
        RecordSchema(
            "status",
            {
                "pin": (str, 14, True),
                "status": (str, 16, True),
                "reason": _TEXT,
                "claim": (str, 40, True),
                "at": _TIME,
                "login": (str, 64, True),
            },
        )
    )
    text = (str, 4000, True)
    registry.register(
        RecordSchema(
            "audit",
            {
                "seq": (int, None, True),
                "at": (str, 40, True),
                "session_id": (str, 64, True),
                "login": (str, 64, True),
                "full_name": _TEXT,
                "role": (str, 16, True),
                "workstation": (str, 255, True),
                "action": (str, 64, True),
                "object": _TEXT,
                "outcome": (str, 32, True),
                "details": text,
                "prev_hash": _HEX64,
                "hash": _HEX64,
            },
        )
    )
    registry.register(
        RecordSchema(
            "alert",
            {"rule": (str, 40, True), "at": (str, 40, True), "subject": (str, 200, True), "detail": (str, 1000, True),
             "first_seq": (int, None, True), "last_seq": (int, None, True)},
        )
    )  # fmt: skip
    registry.register(
        RecordSchema(
            "audit_head",
            {"seq": (int, None, True), "head_hash": _HEX64, "at": (str, 40, True), "signature": (str, 128, True)},
        )
    )
    return registry
