"""Importing an envelope from the central system: a package, then updates (R-SYN-1, R-SYN-2).

Order (DESIGN.md "Envelopes"), each step refusing with its own reason before the next runs:
  1. limits and the strict header (nothing decrypted)        malformed, too-large
  2. who may import: the first package on a device set up and waiting for it needs no login (there
     are no accounts yet); every later envelope needs a user allowed `sync.import`
  3. sender: certified by the pinned root for signing, not revoked, valid    untrusted-signer
     (a `central-trust.json` beside the file is verified against the root and may bring newer keys)
  4. the header signature                                    signature-invalid
  5. addressing: our KEM key, our precinct, our election      wrong-recipient
  6. sequence: the next of the central stream (same file again: already applied, exit 0)
                                                              replayed, sequence-gap
  7. time: not expired, not dated in the future              expired, not-yet-valid
  8. decrypt, checking every chunk; strict records; each record's meaning (valid PIN, known role,
     known claim ...)                                        malformed, signature-invalid
  9. apply in one transaction with the stream state and the applied-file record; commit only after
     the last record checked out. A first package creates the precinct store and removes it again
     if anything fails.
 10. audit: the import, or the refusal with its reason code (the refusal is the only change).
`preview` runs steps 1–8 and counts what would change (the window shows it before applying).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.clock import iso
from app.errors import AppError, Defect, Part, Reason, os_defect
from app.models.accounts import CENTRAL_LOGIN, login_reserved
from app.models.calendar import DEFAULT_DEADLINES
from app.models.db import Connection, new_key, transaction
from app.models.positions import apply_ack, issued_here
from app.models.records import VoterRow, VoterStatus
from app.models.vocabulary import Role
from app.models.voter_csv import row_problems
from app.security.audit import Actor, AuditAction
from app.security.filelock import exclusive
from app.security.passwords import make_verifier
from app.security.permissions import Action
from app.security.session import Session
from app.services.context import DeskContext
from app.services.guard import authorize
from app.services.staging import PACKAGE_APPLIED, discard_store, publish_store, settle_slots, staged_slots
from app.sync.avsig import SignatureSink
from app.sync.envelope import file_sha256, open_payload, read_header, verify_signature
from app.sync.header import Header, Limits
from app.sync.payloads import KIND_PACKAGE, KIND_UPDATE, central_registry
from app.sync.recipient_keys import RecipientPrivateKey
from app.sync.records import Record
from app.sync.streams import ZERO_HASH, StreamState, check_sequence, check_times
from app.sync.strict import reason_code
from app.sync.trust import BUNDLE_FILE, TrustBundle, TrustView, parse_bundle

CENTRAL_STREAM = "central"
INSTALLED_SIGNATURES, INCOMING_SIGNATURES = (
    "av",
    "av.incoming",
)  # in the data dir  # who changed a voter, in the voter history, when a central list did
Progress = Callable[[int, int], None]
_META_KEYS = ("election_id", "election_name", "voting_day", "decision_days", "retention_days", "idle_minutes",
              "hotline", "precinct_name")  # fmt: skip
_DEADLINES = tuple(DEFAULT_DEADLINES)
_PACKAGE_ORDER = ("trust", "meta", "regpoint", "account", "avsig", "voter")
_ROLES = frozenset(r.value for r in Role)


@dataclass
class ImportSummary:
    kind: str
    seq: int
    file_name: str
    sha256: str
    already_applied: bool = False
    new_voters: int = 0
    changed_voters: int = 0
    removed_voters: int = 0
    decisions: int = 0
    accounts: int = 0
    acks: int = 0
    regpoints: int = 0
    trust_serial: int = 0
    settings: int = 0
    signature_files: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, int) and not isinstance(v, bool) and k != "seq"}


@dataclass
class _Checked:
    header: Header
    sha256: str
    kem: RecipientPrivateKey
    signing: Ed25519PrivateKey
    trust: TrustView
    new_bundle: TrustBundle | None
    fresh: bool  # a first package on a device waiting for it
    precinct: str
    applied: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class EnvelopeImport:
    def __init__(
        self,
        ctx: DeskContext,
        session: Session | None,
        *,
        limits: Limits | None = None,
        progress: Progress | None = None,
    ) -> None:
        self._ctx = ctx
        self._session = session
        self._limits = limits or Limits()
        self._progress = progress

    # ---- the public steps -------------------------------------------------------------
    def preview(self, path: Path) -> ImportSummary:
        """Everything `apply` checks, and what it would change; nothing is changed or logged."""
        try:
            return self._preview(Path(path))
        except OSError as exc:
            raise medium_error(exc) from exc

    def _preview(self, path: Path) -> ImportSummary:
        again = self._package_again(path)
        if again is not None:
            return again
        checked = self._check(Path(path))
        summary = self._summary(checked, Path(path))
        if checked.applied:
            summary.already_applied = True
            return summary
        if checked.fresh:  # the package's own rules (order, settings, accounts) as apply checks them
            sink = SignatureSink(None)
            stream = _PackageStream(self._records(Path(path), checked), checked, summary, [], None, sink=sink)
            summary.new_voters = sum(1 for _row in stream.voter_rows())
            stream.finish()
            return summary
        for record in self._records(Path(path), checked):
            self._count(record, summary, checked)
        if "sink" in checked.extra:  # a signature file cut short is refused here as in apply
            checked.extra["sink"].finish()
        return summary

    def apply(self, path: Path) -> ImportSummary:
        path = Path(path)
        try:
            again = self._package_again(path)
            if again is not None:
                self._audit(AuditAction.IMPORT, path, "already-applied", {"seq": again.seq})
                return again
            checked = self._check(path)
            summary = self._summary(checked, path)
            if checked.applied:
                summary.already_applied = True
                self._audit(AuditAction.IMPORT, path, "already-applied", {"seq": checked.header.seq})
                return summary
            if checked.fresh:
                self._apply_package(path, checked, summary)
            elif not self._apply_update(path, checked, summary):
                summary.already_applied = True
                self._audit(AuditAction.IMPORT, path, "already-applied", {"seq": checked.header.seq})
        except AppError as exc:
            self._audit(AuditAction.IMPORT, path, "refused", {"reason": exc.reason.value})
            raise
        except OSError as exc:
            self._audit(AuditAction.IMPORT, path, "refused", {"reason": Reason.MEDIUM_ERROR.value})
            raise medium_error(exc) from exc
        except Exception as exc:
            code = reason_code(exc)
            if code is None:
                raise
            self._audit(AuditAction.IMPORT, path, "refused", {"reason": code})
            raise
        return summary

    # ---- steps 1–7 --------------------------------------------------------------------
    def _package_again(self, path: Path) -> ImportSummary | None:
        """The first package again, without a login, once it made the precinct (also when a kill
        interrupted it and the next open finished it): already applied, as for any envelope."""
        ctx = self._ctx
        ctx.open_device()
        if self._session is not None or not ctx.has_precinct() or not path.is_file():
            return None
        header, _raw = read_header(path, self._limits)
        if header.kind != KIND_PACKAGE or ctx.device_meta(PACKAGE_APPLIED) != (sha := file_sha256(path)):
            return None
        return ImportSummary(header.kind, header.seq, path.name, sha, already_applied=True)

    def _check(self, path: Path) -> _Checked:
        ctx = self._ctx
        ctx.open_device()
        if not path.exists():
            raise AppError(Reason.USAGE, defect=Defect.NOT_FOUND, part=Part.FILE, path=str(path))
        header, _raw = read_header(path, self._limits)
        now = ctx.clock.now()
        fresh = not ctx.has_precinct()
        if fresh:
            pending = ctx.pending_keys()
            if pending is None:
                raise AppError(Reason.NOT_SET_UP, defect=Defect.NO_DEVICE_KEYS)
            precinct, signing, kem = pending
            election = header.election if header.kind == KIND_PACKAGE else ""
            stored: TrustBundle | None = None
        else:
            if self._session is None:
                raise AppError(Reason.NOT_PERMITTED, defect=Defect.NOT_LOGGED_IN)
            authorize(ctx, self._session, Action.SYNC_IMPORT)
            signing, kem = ctx.device_keys()
            precinct, election = ctx.meta.get("precinct"), ctx.meta.get("election_id")
            stored = _stored_bundle(ctx)
        trust, new_bundle = _trust_with_sidecar(ctx.trust_root(), stored, path)
        verify_signature(header, trust.signer(header.sender, header.created_at))
        _check_addressing(header, kem, precinct, election)
        sha = file_sha256(path)
        state, applied = (StreamState(), False) if fresh else _stream_state(ctx.precinct, sha)
        is_next = check_sequence(header, state, sha, applied)
        if is_next and (header.kind == KIND_PACKAGE) != (header.seq == 1):
            raise AppError(Reason.MALFORMED, defect=Defect.KIND_NOT_HERE, part=Part.ENVELOPE, kind=header.kind)
        if is_next:
            check_times(header, now)
        checked = _Checked(header, sha, kem, signing, trust, new_bundle, fresh, precinct, applied=not is_next)
        return checked

    def _summary(self, checked: _Checked, path: Path) -> ImportSummary:
        return ImportSummary(checked.header.kind, checked.header.seq, path.name, checked.sha256)

    def _records(self, path: Path, checked: _Checked) -> Iterator[Record]:
        header = checked.header
        total = max(header.records, 1)
        for number, record in enumerate(open_payload(path, header, checked.kem, central_registry(), self._limits), 1):
            if self._progress is not None and (number % 2000 == 0 or number == header.records):
                self._progress(number, total)
            yield record

    def _count(self, record: Record, summary: ImportSummary, checked: _Checked) -> None:
        kind = record["t"]
        _check_meaning(record, checked)
        if kind == "voter":
            exists = not checked.fresh and self._ctx.voters.find_pin(str(record["pin"])) is not None
            checked.extra.setdefault("pins", set()).add(str(record["pin"]))
            if exists:
                summary.changed_voters += 1
            else:
                summary.new_voters += 1
        elif kind == "avsig":
            sink = checked.extra.setdefault("sink", SignatureSink(None))
            sink.feed(record)
            summary.signature_files = len(sink.files)
        else:
            self._check_references(record, checked)
            _tally(kind, summary)

    def _check_references(self, record: Record, checked: _Checked) -> None:
        """What apply refuses only when it meets the record: a removal or a decision naming what
        this precinct does not have, a trust bundle not signed by the root (preview = apply)."""
        kind = record["t"]
        if kind == "trust":
            parse_bundle(str(record["bundle"]).encode(), checked.trust.root)
        elif kind == "removed" and str(record["pin"]) not in checked.extra.get("pins", ()):
            if self._ctx.voters.find_pin(str(record["pin"])) is None:
                raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_VOTER)
        elif kind == "decision":
            number = str(record["claim"])
            if self._ctx.precinct.execute("SELECT 1 FROM claim WHERE number = ?", (number,)).fetchone() is None:
                raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_CLAIM, claim=number)

    # ---- applying ---------------------------------------------------------------------
    def _apply_package(self, path: Path, checked: _Checked, summary: ImportSummary) -> None:
        """R-SEC-10: the first package completes or leaves nothing that looks like a precinct. Its
        store is built as `.precinct.db.new`; one transaction fills it and, in the device store,
        records the events, stages the key slots and removes the pending keys; then the slots and
        last the store take their names (staging.py; a kill in between is finished at the next
        open). One process at a time (the package lock; a second is refused as store-in-use)."""
        ctx = self._ctx
        with exclusive(ctx.paths.package_lock):
            if ctx.has_precinct() or ctx.pending_keys() is None:  # another process got here first
                raise AppError(Reason.STORE_IN_USE, path=str(ctx.paths.root))
            discard_store(ctx)  # a killed attempt that never committed
            store_key = new_key()
            sink = SignatureSink(ctx.paths.root / INCOMING_SIGNATURES)
            try:
                self._build_package(path, checked, summary, store_key, sink)
            except BaseException:
                sink.discard()
                ctx.close_precinct()
                discard_store(ctx)
                settle_slots(ctx)  # the staged slot file of the rolled-back transaction goes too
                raise
            ctx.close_precinct()
            settle_slots(ctx, required=True)  # the slots before the store: precinct.db comes last
            publish_store(ctx)
            ctx.open_precinct(store_key)
            ctx.publish_checkpoint()  # the file, then the keyring's high-water record (needs the store open)
        _install_signatures(ctx, sink, ctx.system_actor())

    def _build_package(
        self, path: Path, checked: _Checked, summary: ImportSummary, store_key: bytes, sink: SignatureSink
    ) -> None:
        ctx = self._ctx
        accounts: list[tuple[str, str, str, str]] = []
        conn = ctx.open_precinct(store_key, create=True, path=ctx.paths.staged_precinct)
        now = iso(ctx.clock.now())
        with transaction(conn):
            conn.execute(
                "INSERT INTO device_key (id, signing_private, created_at, kem_private) VALUES (1, ?, ?, ?)",
                (checked.signing.private_bytes_raw(), now, checked.kem.to_bytes()),
            )
            ctx.meta.set("precinct", checked.precinct)
            ctx.meta.set("created_at", now)
            voters = _PackageStream(self._records(path, checked), checked, summary, accounts, conn, sink=sink)
            count = ctx.voters.add_many(voters.voter_rows(), now)
            voters.finish()
            _note_signatures(ctx, sink, checked.header)
            summary.new_voters = count
            if checked.new_bundle is not None:
                _store_bundle(conn, checked.new_bundle)
                summary.trust_serial = checked.new_bundle.serial
            for login, full_name, role, password in accounts:
                ctx.accounts.add(login, full_name, role, now)
                entry = make_verifier(password)
                ctx.accounts.push_history(login, now, entry.params.to_json(), entry.params.salt, entry.verifier)
                ctx.accounts.set_password_state(login, must_change=True, at=now)
            _record_applied(conn, checked, summary, now)
            self._audit_package(path, checked, summary, accounts, count)
            self._package_keys(checked, store_key, accounts)

    def _audit_package(
        self, path: Path, checked: _Checked, summary: ImportSummary, accounts: list[tuple[str, str, str, str]],
        count: int,
    ) -> None:  # fmt: skip
        ctx, actor = self._ctx, self._ctx.system_actor()
        ctx.audit.append(actor, AuditAction.PRECINCT_CREATED, obj=checked.precinct,
                         details={"election": checked.header.election})  # fmt: skip
        ctx.audit.append(actor, AuditAction.VOTERS_LOADED, obj=checked.precinct, details={"count": count})
        for login, _name, role, _pw in accounts:
            ctx.audit.append(actor, AuditAction.ACCOUNT_CREATED, obj=login, details={"role": role})
        ctx.audit.append(actor, AuditAction.IMPORT, obj=path.name, details=_details(summary))

    def _package_keys(self, checked: _Checked, store_key: bytes, accounts: list[tuple[str, str, str, str]]) -> None:
        """Inside the package's transaction: the key slots staged, the device keys no longer
        pending, the package recorded (a rerun says already applied) and a checkpoint."""
        ctx = self._ctx
        slots = staged_slots(ctx, empty=True)
        slots.put(*(slots.wrap(login, password, store_key) for login, _name, _role, password in accounts))
        with contextlib.suppress(AppError):
            slots.set_recovery(store_key, checked.trust.recovery_key(ctx.clock.now()))
        ctx.audit.append(ctx.system_actor(), AuditAction.KEY_SLOT_ADDED, details={"slots": len(accounts)})
        ctx.precinct.execute("DELETE FROM device.pending_device")
        ctx.set_device_meta(PACKAGE_APPLIED, checked.sha256)
        ctx.write_checkpoint()

    def _apply_update(self, path: Path, checked: _Checked, summary: ImportSummary) -> bool:
        """The update in one transaction; False when, under the write lock, it turns out applied
        already (another process imported it meanwhile: R-SYN-2, nothing changes)."""
        ctx = self._ctx
        assert self._session is not None
        actor = self._session.actor
        conn = ctx.precinct
        now = iso(ctx.clock.now())
        sink: SignatureSink | None = None
        try:
            with ctx.transaction():
                state, applied = _stream_state(conn, checked.sha256)
                if not check_sequence(checked.header, state, checked.sha256, applied):
                    return False
                sink = checked.extra["sink"] = SignatureSink(ctx.paths.root / INCOMING_SIGNATURES)
                new_accounts: list[tuple[str, str]] = []
                for record in self._records(path, checked):
                    _check_meaning(record, checked)
                    self._apply_record(record, checked, summary, now, new_accounts)
                sink.finish()
                summary.signature_files = len(sink.files)
                _note_signatures(ctx, sink, checked.header)
                if checked.new_bundle is not None and checked.new_bundle.serial > _bundle_serial(conn):
                    _store_bundle(conn, checked.new_bundle)
                    summary.trust_serial = checked.new_bundle.serial
                _record_applied(conn, checked, summary, now)
                ctx.audit.append(actor, AuditAction.IMPORT, obj=path.name, details=_details(summary))
                if summary.trust_serial:
                    ctx.audit.append(actor, AuditAction.TRUST_UPDATED, details={"serial": summary.trust_serial})
                self._add_slots(new_accounts, actor)
                ctx.write_checkpoint()
        except BaseException:
            if sink is not None:
                sink.discard()
            raise
        assert sink is not None
        _install_signatures(ctx, sink, actor)
        return True

    def _add_slots(self, new_accounts: list[tuple[str, str]], actor: Actor) -> None:
        """Inside the update's transaction: the slots of the accounts it brought, staged."""
        ctx = self._ctx
        if not new_accounts:
            return
        slots = staged_slots(ctx)
        for login, password in new_accounts:
            slots.put(slots.wrap(login, password, ctx.store_key))
            ctx.audit.append(actor, AuditAction.KEY_SLOT_ADDED, obj=login)

    def _apply_record(
        self, record: Record, checked: _Checked, summary: ImportSummary, now: str, new_accounts: list[tuple[str, str]]
    ) -> None:
        ctx, kind = self._ctx, record["t"]
        if kind == "voter":
            self._apply_voter(record, summary, now)
        elif kind == "removed":
            self._apply_removal(record, summary, now)
        elif kind == "decision":
            _apply_decision(ctx, record, now)
            summary.decisions += 1
        elif kind == "ack":
            summary.acks += apply_ack(ctx.precinct, record)  # also what the central side holds (R-SYN-2)
        elif kind == "trust":
            bundle = parse_bundle(str(record["bundle"]).encode(), checked.trust.root)
            if bundle.serial > max(_bundle_serial(ctx.precinct), summary.trust_serial):
                _store_bundle(ctx.precinct, bundle)
                summary.trust_serial = bundle.serial
        elif kind == "meta":
            ctx.meta.set(str(record["key"]), str(record["value"]))
            summary.settings += 1
        elif kind == "regpoint":
            _insert_regpoint(ctx.precinct, record)
            summary.regpoints += 1
        elif kind == "account":
            self._apply_account(record, summary, now, new_accounts)
        elif kind == "avsig":
            checked.extra["sink"].feed(record)

    def _apply_voter(self, record: Record, summary: ImportSummary, now: str) -> None:
        voters = self._ctx.voters
        row = _voter_row(record)
        found = voters.find_pin(row.pin)
        if found is None:
            voters.add_many([row], now)
            summary.new_voters += 1
        elif voters.update_row(found.id, row, at=now, login=CENTRAL_LOGIN) or found.status is VoterStatus.REMOVED:
            if found.status is VoterStatus.REMOVED:
                voters.set_status(found.id, VoterStatus.ACTIVE, at=now, login=CENTRAL_LOGIN, reason="restored")
            summary.changed_voters += 1

    def _apply_removal(self, record: Record, summary: ImportSummary, now: str) -> None:
        voters = self._ctx.voters
        found = voters.find_pin(str(record["pin"]))
        if found is None:
            raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_VOTER)
        if found.status is not VoterStatus.REMOVED:
            voters.set_status(found.id, VoterStatus.REMOVED, at=now, login=CENTRAL_LOGIN, reason=str(record["reason"]))
            summary.removed_voters += 1

    def _apply_account(
        self, record: Record, summary: ImportSummary, now: str, new_accounts: list[tuple[str, str]]
    ) -> None:
        ctx = self._ctx
        login = str(record["login"])
        if ctx.accounts.get(login) is not None:
            return
        password = str(record["password"])
        ctx.accounts.add(login, str(record["full_name"]), str(record["role"]), now)
        entry = make_verifier(password)
        ctx.accounts.push_history(login, now, entry.params.to_json(), entry.params.salt, entry.verifier)
        ctx.accounts.set_password_state(login, must_change=True, at=now)
        ctx.audit.append(self._actor(), AuditAction.ACCOUNT_CREATED, obj=login,
                         details={"role": record["role"], "by": "central"})  # fmt: skip
        new_accounts.append((login, password))
        summary.accounts += 1

    def _actor(self) -> Actor:
        return self._session.actor if self._session is not None else self._ctx.system_actor()

    def _audit(self, action: AuditAction, path: Path, outcome: str, details: dict[str, Any]) -> None:
        ctx = self._ctx
        with contextlib.suppress(AppError):
            ctx.open_device()
            ctx.audit.append(self._actor(), action, obj=path.name[:200], outcome=outcome, details=details)


class _PackageStream:
    """The records of a package in their fixed order; voters are handed on as a stream to the
    bulk load, everything before them is applied as it comes (with `conn` None, for a preview,
    only checked)."""

    def __init__(
        self, records: Iterator[Record], checked: _Checked, summary: ImportSummary,
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
            _check_meaning(record, self._checked)
            if kind == "voter":
                yield _voter_row(record)
            else:
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
                self._conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (record["key"], record["value"]))
            self._summary.settings += 1
        elif kind == "regpoint":
            if self._conn is not None:
                _insert_regpoint(self._conn, record)
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


def _trust_with_sidecar(
    root: Ed25519PublicKey, stored: TrustBundle | None, path: Path
) -> tuple[TrustView, TrustBundle | None]:
    """What this device trusts, with a newer root-signed bundle from beside the file if there is one."""
    trust = TrustView(root, stored)
    sidecar = path.parent / BUNDLE_FILE
    if not sidecar.is_file():
        return trust, None
    candidate = parse_bundle(sidecar.read_bytes()[: 1 << 20], root)
    adopted = trust.adopt(candidate)
    return (adopted, candidate) if adopted is not trust else (trust, None)


def _check_addressing(header: Header, kem: RecipientPrivateKey, precinct: str, election: str) -> None:
    if header.kind not in (KIND_PACKAGE, KIND_UPDATE):
        raise AppError(Reason.MALFORMED, defect=Defect.KIND_NOT_HERE, part=Part.ENVELOPE, kind=header.kind)
    if header.recipient != kem.public_key().key_id:
        raise AppError(Reason.WRONG_RECIPIENT, defect=Defect.OTHER_RECIPIENT, part=Part.ENVELOPE)
    if header.precinct != precinct:
        raise AppError(Reason.WRONG_RECIPIENT, defect=Defect.OTHER_PRECINCT, found=header.precinct, expected=precinct)
    if election and header.election != election:
        raise AppError(Reason.WRONG_RECIPIENT, defect=Defect.OTHER_ELECTION, found=header.election, expected=election)


def _note_signatures(ctx: DeskContext, sink: SignatureSink, header: Header) -> None:
    """Inside the import's transaction: when the installed signatures were issued, and which."""
    if sink.files:
        ctx.meta.set("av_signatures_at", header.created)
        ctx.meta.set("av_signatures", ",".join(sink.files))


def _install_signatures(ctx: DeskContext, sink: SignatureSink, actor: Actor) -> None:
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


# ---- record meaning -------------------------------------------------------------------
def _check_account(record: Record) -> None:
    if record["role"] not in _ROLES:
        raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_ROLE, login=str(record["login"]))
    if len(str(record.get("password", ""))) < 12:
        raise AppError(Reason.MALFORMED, defect=Defect.SHORT_PASSWORD, login=str(record["login"]), minimum=12)
    if not str(record["login"]).isascii() or not str(record["login"]).isidentifier():
        raise AppError(Reason.MALFORMED, defect=Defect.BAD_LOGIN, login=str(record["login"]))
    if login_reserved(str(record["login"])):  # no person acts as the system (R-AUD-3)
        raise AppError(Reason.RESERVED_LOGIN, login=str(record["login"]))


def _check_meaning(record: Record, checked: _Checked) -> None:
    """What the envelope's schema cannot say: a valid voter, a known role, a sane setting."""
    kind = record["t"]
    if kind == "voter":
        problems = row_problems(_voter_fields(record))
        if str(record["precinct"]) != checked.precinct:
            raise AppError(Reason.MALFORMED, defect=Defect.OTHER_PRECINCT, found=str(record["precinct"]),
                           expected=checked.precinct)  # fmt: skip
        if problems:  # each problem names its field first (app.models.voter_csv)
            keys = sorted({str(getattr(p, "field", p)).split()[0] for p in problems})
            raise AppError(Reason.MALFORMED, defect=Defect.BAD_VOTER, pin=str(record["pin"])[:4], keys=", ".join(keys))
    elif kind == "account":
        _check_account(record)
    elif kind == "meta":
        key = str(record["key"])
        if key not in _META_KEYS and not (key.startswith("deadline.") and key[9:] in _DEADLINES):
            raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_SETTING, key=key[:40])
        if (key.startswith("deadline.") or key.endswith("_days") or key == "idle_minutes") and not _small_int(
            str(record["value"])
        ):
            raise AppError(Reason.MALFORMED, defect=Defect.NOT_WHOLE_NUMBER, part=Part.SETTING, key=key,
                           value=str(record["value"])[:40])  # fmt: skip
    elif kind == "decision" and record["decision"] not in ("accepted", "rejected"):
        raise AppError(Reason.MALFORMED, defect=Defect.BAD_DECISION)
    elif kind in ("decision", "ack", "removed") and checked.fresh:
        raise AppError(Reason.MALFORMED, defect=Defect.KIND_NOT_HERE, part=Part.PACKAGE, kind=str(kind))


def _small_int(text: str) -> bool:
    return text.isdigit() and len(text) <= 4


def _voter_fields(record: Record) -> dict[str, str]:
    fields = ("pin", "last_name", "first_name", "patronymic", "birth_date", "sex", "address", "precinct")
    values = {k: str(record[k]) for k in fields}
    values["special_category"] = str(record.get("special_category", ""))
    return values


def _voter_row(record: Record) -> VoterRow:
    return VoterRow(**_voter_fields(record))


def _tally(kind: object, summary: ImportSummary) -> None:
    names = {"removed": "removed_voters", "decision": "decisions", "ack": "acks", "regpoint": "regpoints",
             "account": "accounts", "meta": "settings"}  # fmt: skip
    if kind in names:
        name = names[str(kind)]
        setattr(summary, name, getattr(summary, name) + 1)


def _apply_decision(ctx: DeskContext, record: Record, now: str) -> None:
    number = str(record["claim"])
    row = ctx.precinct.execute("SELECT pin, status FROM claim WHERE number = ?", (number,)).fetchone()
    if row is None and issued_here(ctx.precinct, number):  # lost with an older restore or a rollback
        ctx.audit.append(ctx.system_actor(), AuditAction.CLAIM_DECIDED, obj=number, outcome="not-in-store",
                         details={"decision": record["decision"]})  # fmt: skip
        return
    if row is None:
        raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_CLAIM, claim=number)
    if row[1] in ("decided", "informed"):
        return
    ctx.precinct.execute(
        "UPDATE claim SET status = 'decided', decision = ?, decision_reason = ?, decided_at = ? WHERE number = ?",
        (record["decision"], record["reason"], record["decided_at"], number),
    )
    voter = ctx.voters.find_pin(str(row[0]))
    if record.get("destroy") and voter is not None:
        _destroy_unlawful(ctx, number, voter.id, voter.full_name, now)
        return
    if voter is not None and voter.status is VoterStatus.BLOCKED and voter.block_claim == number:
        ctx.voters.set_status(voter.id, VoterStatus.ACTIVE, at=now, login=CENTRAL_LOGIN, reason=f"decision {number}")
        ctx.audit.append(ctx.system_actor(), AuditAction.VOTER_UNBLOCKED, obj=str(voter.id), details={"claim": number})
    ctx.audit.append(
        ctx.system_actor(), AuditAction.CLAIM_DECIDED, obj=number, details={"decision": record["decision"]}
    )


def _destroy_unlawful(ctx: DeskContext, number: str, voter_id: int, name: str, now: str) -> None:
    """R-CLM-4: the TEC found the listed data collected unlawfully: the record, its history and its
    search postings are destroyed; the claim keeps only whom to notify (the notice is printed
    from the claims list)."""
    ctx.voters.destroy(voter_id)
    ctx.precinct.execute(
        "UPDATE claim SET destroyed_at = ?, destroyed_name = ?, pin = '' WHERE number = ?", (now, name, number)
    )
    ctx.audit.append(ctx.system_actor(), AuditAction.VOTER_DELETED, obj=str(voter_id),
                     details={"claim": number, "reason": "unlawful"})  # fmt: skip
    ctx.audit.append(ctx.system_actor(), AuditAction.CLAIM_DECIDED, obj=number, details={"decision": "destroy"})


def _insert_regpoint(conn: Connection, record: Record) -> None:
    conn.execute(
        "INSERT INTO regpoint (name, address, phone) VALUES (?, ?, ?)",
        (record["name"], record["address"], record.get("phone", "")),
    )


# ---- stream state and trust in the precinct store --------------------------------------
def _stream_state(conn: Connection, sha: str) -> tuple[StreamState, bool]:
    row = conn.execute("SELECT last_seq, last_hash FROM sync_stream WHERE stream = ?", (CENTRAL_STREAM,)).fetchone()
    state = StreamState(int(row[0]), str(row[1])) if row else StreamState(0, ZERO_HASH)
    applied = conn.execute("SELECT 1 FROM sync_applied WHERE sha256 = ?", (sha,)).fetchone() is not None
    return state, applied


def _record_applied(conn: Connection, checked: _Checked, summary: ImportSummary, now: str) -> None:
    header = checked.header
    conn.execute(
        "INSERT INTO sync_stream VALUES (?, ?, ?, ?) ON CONFLICT (stream) DO UPDATE"
        " SET last_seq = excluded.last_seq, last_hash = excluded.last_hash, last_at = excluded.last_at",
        (CENTRAL_STREAM, header.seq, checked.sha256, now),
    )
    conn.execute(
        "INSERT INTO sync_applied VALUES (?, ?, ?, ?, ?, ?)",
        (checked.sha256, CENTRAL_STREAM, header.seq, header.kind, now, json.dumps(summary.counts())),
    )


def _stored_bundle(ctx: DeskContext) -> TrustBundle | None:
    row = ctx.precinct.execute("SELECT data FROM trust_bundle WHERE id = 1").fetchone()
    return None if row is None else parse_bundle(bytes(row[0]), ctx.trust_root())


def _bundle_serial(conn: Connection) -> int:
    row = conn.execute("SELECT serial FROM trust_bundle WHERE id = 1").fetchone()
    return 0 if row is None else int(row[0])


def _store_bundle(conn: Connection, bundle: TrustBundle) -> None:
    conn.execute("INSERT OR REPLACE INTO trust_bundle VALUES (1, ?, ?)", (bundle.serial, bundle.to_bytes()))


def _details(summary: ImportSummary) -> dict[str, Any]:
    return {"kind": summary.kind, "seq": summary.seq, "sha256": summary.sha256[:16], **summary.counts()}
