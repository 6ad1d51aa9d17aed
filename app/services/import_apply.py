"""Applying what an envelope brings, record by record: the package's records before its voters, the
decisions, the registration points, the stream state and the trust bundle, the AV signatures."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from app.errors import AppError, Defect, Part, Reason, os_defect
from app.models.accounts import CENTRAL_LOGIN, MetaRepository
from app.models.claims import ClaimRepository
from app.models.db import Connection
from app.models.positions import issued_here
from app.models.records import VoterRow, VoterStatus
from app.models.sync_state import (
    CENTRAL_STREAM,
    RegpointRepository,
    StreamRepository,
    TrustBundleRepository,
)
from app.models.vocabulary import ClaimStatus, Role
from app.security.audit import Actor, AuditAction
from app.services.import_checks import Checked, ImportSummary, check_meaning, checked_voter
from app.services.ports import PrecinctStore, SignatureInstall, TrustedStore
from app.sync.avsig import SignatureSink
from app.sync.header import Header
from app.sync.records import Record
from app.sync.streams import ZERO_HASH, StreamState
from app.sync.trust import TrustBundle, parse_bundle

INSTALLED_SIGNATURES, INCOMING_SIGNATURES = "av", "av.incoming"  # in the data dir
_PACKAGE_ORDER = ("trust", "meta", "regpoint", "account", "avsig", "voter")


class PackageStream:
    """The records of a package in their fixed order; voters are handed on as a stream to the
    bulk load, everything before them is applied as it comes (with `conn` None, for a preview,
    only checked)."""

    def __init__(
        self, records: Iterator[Record], checked: Checked, summary: ImportSummary,
        accounts: list[tuple[str, str, str, str]], conn: Connection | None, *, sink: SignatureSink,
    ) -> None:  # fmt: skip
        self._sink = sink
        self._records = records
        self._checked = checked
        self._summary = summary
        self._accounts = accounts
        self._conn = conn
        self._phase = 0
        self._done = False

    def voter_rows(self) -> Iterator[VoterRow]:
        meta: dict[str, str] = {}
        for record in self._records:
            kind = str(record["t"])
            phase = _PACKAGE_ORDER.index(kind) if kind in _PACKAGE_ORDER else -1
            if phase < self._phase:
                raise AppError(Reason.MALFORMED, defect=Defect.OUT_OF_ORDER, part=Part.PACKAGE, kind=kind)
            self._phase = phase
            if kind == "voter":
                yield checked_voter(record, self._checked)
            else:
                check_meaning(record, self._checked)
                self._setup_record(kind, record, meta)
        self._sink.finish()
        self._summary.signature_files = len(self._sink.files)
        missing = [k for k in ("election_id", "election_name", "voting_day") if k not in meta]
        if missing:
            raise AppError(Reason.MALFORMED, defect=Defect.MISSING_RECORDS, part=Part.PACKAGE, keys=", ".join(missing))
        if meta["election_id"] != self._checked.header.election:
            raise AppError(Reason.MALFORMED, defect=Defect.OTHER_ELECTION, part=Part.PACKAGE,
                           found=meta["election_id"], expected=self._checked.header.election)  # fmt: skip
        self._done = True

    def _setup_record(self, kind: str, record: Record, meta: dict[str, str]) -> None:
        """A record before the voters: applied as it comes (or, with `conn` None, only checked)."""
        if kind == "meta":
            meta[str(record["key"])] = str(record["value"])
            if self._conn is not None:
                MetaRepository(self._conn).set(str(record["key"]), str(record["value"]))
            self._summary.settings += 1
        elif kind == "regpoint":
            if self._conn is not None:
                insert_regpoint(self._conn, record)
            self._summary.regpoints += 1
        elif kind == "account":
            self._add_account(record)
        elif kind == "avsig":
            self._sink.feed(record)
        elif kind == "trust":
            bundle = parse_bundle(str(record["bundle"]).encode(), self._checked.trust.root)
            if self._checked.new_bundle is None or bundle.serial > self._checked.new_bundle.serial:
                self._checked.new_bundle = bundle

    def _add_account(self, record: Record) -> None:
        login = str(record["login"])
        if any(a[0] == login for a in self._accounts):
            raise AppError(Reason.MALFORMED, defect=Defect.DUPLICATE_ACCOUNT, login=login)
        self._accounts.append((login, str(record["full_name"]), str(record["role"]), str(record["password"])))
        self._summary.accounts += 1

    def finish(self) -> None:
        if not self._done:
            raise AppError(Reason.MALFORMED, defect=Defect.TRUNCATED, part=Part.PACKAGE)
        if not any(a[2] == Role.SYSADMIN.value for a in self._accounts):
            raise AppError(Reason.MALFORMED, defect=Defect.NO_SYSADMIN, part=Part.PACKAGE)


def note_signatures(ctx: PrecinctStore, sink: SignatureSink, header: Header) -> None:
    """Inside the import's transaction: when the installed signatures were issued, and which."""
    if sink.files:
        ctx.meta.set("av_signatures_at", header.created)
        ctx.meta.set("av_signatures", ",".join(sink.files))


def install_signatures(ctx: SignatureInstall, sink: SignatureSink, actor: Actor) -> None:
    """After the commit: the new databases replace the installed ones (or nothing came)."""
    if not sink.files:
        sink.discard()
        return
    sink.install(ctx.paths.root / INSTALLED_SIGNATURES)
    with ctx.transaction():
        ctx.audit.append(actor, AuditAction.SIGNATURES_INSTALLED, details={"files": sink.files[:50]})
        ctx.write_checkpoint()


def medium_error(exc: OSError) -> AppError:
    """An OS error reading or writing an envelope (a drive pulled out, read-only or full)."""
    return AppError(Reason.MEDIUM_ERROR, **os_defect(exc))


def apply_decision(ctx: PrecinctStore, record: Record, now: str) -> None:
    number = str(record["claim"])
    claims = ClaimRepository(ctx.precinct)
    row = claims.pin_and_status(number)
    if row is None and issued_here(ctx.precinct, number):  # lost with an older restore or a rollback
        ctx.audit.append(ctx.system_actor(), AuditAction.CLAIM_DECIDED, obj=number, outcome="not-in-store",
                         details={"decision": record["decision"]})  # fmt: skip
        return
    if row is None:
        raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_CLAIM, claim=number)
    if row[1] in (ClaimStatus.DECIDED, ClaimStatus.INFORMED):
        return
    claims.decide(number, str(record["decision"]), str(record["reason"]), str(record["decided_at"]))
    voter = ctx.voters.find_pin(str(row[0]))
    if record.get("destroy") and voter is not None:
        destroy_unlawful(ctx, number, voter.id, voter.full_name, now)
        return
    if voter is not None and voter.status is VoterStatus.BLOCKED and voter.block_claim == number:
        ctx.voters.set_status(voter.id, VoterStatus.ACTIVE, at=now, login=CENTRAL_LOGIN, reason=f"decision {number}")
        ctx.audit.append(ctx.system_actor(), AuditAction.VOTER_UNBLOCKED, obj=str(voter.id), details={"claim": number})
    ctx.audit.append(
        ctx.system_actor(), AuditAction.CLAIM_DECIDED, obj=number, details={"decision": record["decision"]}
    )


def destroy_unlawful(ctx: PrecinctStore, number: str, voter_id: int, name: str, now: str) -> None:
    """R-CLM-4: the TEC found the listed data collected unlawfully: the record, its history and its
    search postings are destroyed; the claim keeps only whom to notify (the notice is printed
    from the claims list)."""
    ctx.voters.destroy(voter_id)
    ClaimRepository(ctx.precinct).destroy_personal(number, now, name)
    ctx.audit.append(ctx.system_actor(), AuditAction.VOTER_DELETED, obj=str(voter_id),
                     details={"claim": number, "reason": "unlawful"})  # fmt: skip
    ctx.audit.append(ctx.system_actor(), AuditAction.CLAIM_DECIDED, obj=number, details={"decision": "destroy"})


def insert_regpoint(conn: Connection, record: Record) -> None:
    RegpointRepository(conn).add(str(record["name"]), str(record["address"]), str(record.get("phone", "")))


# ---- stream state and trust in the precinct store --------------------------------------
def stream_state(conn: Connection, sha: str) -> tuple[StreamState, bool]:
    streams = StreamRepository(conn)
    position = streams.position(CENTRAL_STREAM)
    state = StreamState(position.last_seq, position.last_hash) if position else StreamState(0, ZERO_HASH)
    return state, streams.applied(sha)


def record_applied(conn: Connection, checked: Checked, summary: ImportSummary, now: str) -> None:
    header = checked.header
    StreamRepository(conn).record(CENTRAL_STREAM, header.seq, checked.sha256, kind=header.kind, at=now,
                                  summary=json.dumps(summary.counts()))  # fmt: skip


def stored_bundle(ctx: TrustedStore) -> TrustBundle | None:
    row = TrustBundleRepository(ctx.precinct).get()
    return None if row is None else parse_bundle(row[1], ctx.trust_root())


def bundle_serial(conn: Connection) -> int:
    return TrustBundleRepository(conn).serial()


def store_bundle(conn: Connection, bundle: TrustBundle) -> None:
    TrustBundleRepository(conn).put(bundle.serial, bundle.to_bytes())


def import_details(summary: ImportSummary) -> dict[str, Any]:
    return {"kind": summary.kind, "seq": summary.seq, "sha256": summary.sha256[:16], **summary.counts()}
