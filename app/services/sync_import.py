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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from app.clock import iso
from app.errors import AppError, Defect, Part, Reason
from app.models.claims import ClaimRepository
from app.models.db import new_key, transaction
from app.models.device_store import DeviceKeyRepository, PendingDeviceRepository
from app.security.audit import Actor, AuditAction
from app.security.filelock import exclusive
from app.security.passwords import make_verifier
from app.security.permissions import Action
from app.security.session import Session
from app.services.guard import authorize
from app.services.import_apply import (
    INCOMING_SIGNATURES,
    PackageStream,
    bundle_serial,
    import_details,
    install_signatures,
    medium_error,
    note_signatures,
    record_applied,
    store_bundle,
    stored_bundle,
    stream_state,
)
from app.services.import_checks import (
    Checked,
    ImportSummary,
    check_addressing,
    check_meaning,
    tally,
    trust_with_sidecar,
)
from app.services.import_update import apply_record
from app.services.ports import ImportStore
from app.services.staging import PACKAGE_APPLIED, discard_store, publish_store, settle_slots, staged_slots
from app.sync.avsig import SignatureSink
from app.sync.envelope import file_sha256, open_payload, read_header, verify_signature
from app.sync.header import Limits
from app.sync.payloads import KIND_PACKAGE, central_registry
from app.sync.records import Record
from app.sync.streams import StreamState, check_sequence, check_times
from app.sync.strict import reason_code
from app.sync.trust import TrustBundle, parse_bundle

Progress = Callable[[int, int], None]


class EnvelopeImport:
    def __init__(
        self,
        ctx: ImportStore,
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
            stream = PackageStream(self._records(Path(path), checked), checked, summary, [], None, sink=sink)
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

    def _check(self, path: Path) -> Checked:
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
            stored = stored_bundle(ctx)
        trust, new_bundle = trust_with_sidecar(ctx.trust_root(), stored, path)
        verify_signature(header, trust.signer(header.sender, header.created_at))
        check_addressing(header, kem, precinct, election)
        sha = file_sha256(path)
        state, applied = (StreamState(), False) if fresh else stream_state(ctx.precinct, sha)
        is_next = check_sequence(header, state, sha, applied)
        if is_next and (header.kind == KIND_PACKAGE) != (header.seq == 1):
            raise AppError(Reason.MALFORMED, defect=Defect.KIND_NOT_HERE, part=Part.ENVELOPE, kind=header.kind)
        if is_next:
            check_times(header, now)
        extra: dict[str, Any] = {} if fresh else {"voting_day": ctx.meta.get("voting_day")}  # for the age rule
        checked = Checked(header, sha, kem, signing, trust, new_bundle, fresh, precinct, not is_next, extra)
        return checked

    def _summary(self, checked: Checked, path: Path) -> ImportSummary:
        return ImportSummary(checked.header.kind, checked.header.seq, path.name, checked.sha256)

    def _records(self, path: Path, checked: Checked) -> Iterator[Record]:
        header = checked.header
        total = max(header.records, 1)
        for number, record in enumerate(open_payload(path, header, checked.kem, central_registry(), self._limits), 1):
            if self._progress is not None and (number % 2000 == 0 or number == header.records):
                self._progress(number, total)
            yield record

    def _count(self, record: Record, summary: ImportSummary, checked: Checked) -> None:
        kind = record["t"]
        check_meaning(record, checked)
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
            tally(kind, summary)

    def _check_references(self, record: Record, checked: Checked) -> None:
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
            if not ClaimRepository(self._ctx.precinct).exists(number):
                raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_CLAIM, claim=number)

    # ---- applying ---------------------------------------------------------------------
    def _apply_package(self, path: Path, checked: Checked, summary: ImportSummary) -> None:
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
        install_signatures(ctx, sink, ctx.system_actor())

    def _build_package(
        self, path: Path, checked: Checked, summary: ImportSummary, store_key: bytes, sink: SignatureSink
    ) -> None:
        ctx = self._ctx
        accounts: list[tuple[str, str, str, str]] = []
        conn = ctx.open_precinct(store_key, create=True, path=ctx.paths.staged_precinct)
        now = iso(ctx.clock.now())
        with transaction(conn):
            DeviceKeyRepository(conn).put(checked.signing.private_bytes_raw(), checked.kem.to_bytes(), now)
            ctx.meta.set("precinct", checked.precinct)
            ctx.meta.set("created_at", now)
            voters = PackageStream(self._records(path, checked), checked, summary, accounts, conn, sink=sink)
            count = ctx.voters.add_many(voters.voter_rows(), now)
            voters.finish()
            note_signatures(ctx, sink, checked.header)
            summary.new_voters = count
            if checked.new_bundle is not None:
                store_bundle(conn, checked.new_bundle)
                summary.trust_serial = checked.new_bundle.serial
            for login, full_name, role, password in accounts:
                ctx.accounts.add(login, full_name, role, now)
                entry = make_verifier(password)
                ctx.accounts.push_history(login, now, entry.params.to_json(), entry.params.salt, entry.verifier)
                ctx.accounts.set_password_state(login, must_change=True, at=now)
            record_applied(conn, checked, summary, now)
            self._audit_package(path, checked, summary, accounts, count)
            self._package_keys(checked, store_key, accounts)

    def _audit_package(
        self, path: Path, checked: Checked, summary: ImportSummary, accounts: list[tuple[str, str, str, str]],
        count: int,
    ) -> None:  # fmt: skip
        ctx, actor = self._ctx, self._ctx.system_actor()
        ctx.audit.append(actor, AuditAction.PRECINCT_CREATED, obj=checked.precinct,
                         details={"election": checked.header.election})  # fmt: skip
        ctx.audit.append(actor, AuditAction.VOTERS_LOADED, obj=checked.precinct, details={"count": count})
        for login, _name, role, _pw in accounts:
            ctx.audit.append(actor, AuditAction.ACCOUNT_CREATED, obj=login, details={"role": role})
        ctx.audit.append(actor, AuditAction.IMPORT, obj=path.name, details=import_details(summary))

    def _package_keys(self, checked: Checked, store_key: bytes, accounts: list[tuple[str, str, str, str]]) -> None:
        """Inside the package's transaction: the key slots staged, the device keys no longer
        pending, the package recorded (a rerun says already applied) and a checkpoint."""
        ctx = self._ctx
        slots = staged_slots(ctx, empty=True)
        slots.put(*(slots.wrap(login, password, store_key, one_time=True) for login, _n, _r, password in accounts))
        with contextlib.suppress(AppError):
            slots.set_recovery(store_key, checked.trust.recovery_key(ctx.clock.now()))
        ctx.audit.append(ctx.system_actor(), AuditAction.KEY_SLOT_ADDED, details={"slots": len(accounts)})
        PendingDeviceRepository(ctx.precinct, "device").clear()
        ctx.set_device_meta(PACKAGE_APPLIED, checked.sha256)
        ctx.write_checkpoint()

    def _apply_update(self, path: Path, checked: Checked, summary: ImportSummary) -> bool:
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
                state, applied = stream_state(conn, checked.sha256)
                if not check_sequence(checked.header, state, checked.sha256, applied):
                    return False
                sink = checked.extra["sink"] = SignatureSink(ctx.paths.root / INCOMING_SIGNATURES)
                new_accounts: list[tuple[str, str]] = []
                with ctx.voters.index_batch():  # the search index written once, in rowid order
                    for record in self._records(path, checked):
                        check_meaning(record, checked)
                        apply_record(
                            ctx, actor, record, checked=checked, summary=summary, now=now, new_accounts=new_accounts
                        )
                sink.finish()
                summary.signature_files = len(sink.files)
                note_signatures(ctx, sink, checked.header)
                if checked.new_bundle is not None and checked.new_bundle.serial > bundle_serial(conn):
                    store_bundle(conn, checked.new_bundle)
                    summary.trust_serial = checked.new_bundle.serial
                record_applied(conn, checked, summary, now)
                ctx.audit.append(actor, AuditAction.IMPORT, obj=path.name, details=import_details(summary))
                if summary.trust_serial:
                    ctx.audit.append(actor, AuditAction.TRUST_UPDATED, details={"serial": summary.trust_serial})
                self._add_slots(new_accounts, actor)
                ctx.write_checkpoint()
        except BaseException:
            if sink is not None:
                sink.discard()
            raise
        assert sink is not None
        install_signatures(ctx, sink, actor)
        return True

    def _add_slots(self, new_accounts: list[tuple[str, str]], actor: Actor) -> None:
        """Inside the update's transaction: the slots of the accounts it brought, staged."""
        ctx = self._ctx
        if not new_accounts:
            return
        slots = staged_slots(ctx)
        for login, password in new_accounts:
            slots.put(slots.wrap(login, password, ctx.store_key, one_time=True))
            ctx.audit.append(actor, AuditAction.KEY_SLOT_ADDED, obj=login)

    def _actor(self) -> Actor:
        return self._session.actor if self._session is not None else self._ctx.system_actor()

    def _audit(self, action: AuditAction, path: Path, outcome: str, details: dict[str, Any]) -> None:
        ctx = self._ctx
        with contextlib.suppress(AppError):
            ctx.open_device()
            ctx.audit.append(self._actor(), action, obj=path.name[:200], outcome=outcome, details=details)


__all__ = ["EnvelopeImport", "ImportSummary", "Progress"]
