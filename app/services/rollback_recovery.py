"""The CEC's recovery from a rollback (R-SEC-10, R-AUD-3, R-AUD-6): `pec-desk recover-rollback`.

A store refused as `rollback-detected` opens again only this way: the system administrator, on
the TEC's or CEC's instruction (its reference is the required reason), accepts the store as it is.
The password is checked like a login (guarded, throttled, audited), the account must be active
and allowed to restore *in the store as found*. Then, in one transaction: claim numbering and the
outgoing stream resume past everything the keyring's record says this device issued and sent
(`resume_streams`), and the event `store.rollback-accepted` names the recorded and the found
chain heads, the reason and the claim numbers the store no longer holds, under a checkpoint.
Only after that commit is the keyring's record re-based on the new head: a crash in between
leaves the store refused, and the recovery is simply run again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.clock import iso
from app.errors import AppError, Defect, Reason
from app.models.db import transaction
from app.models.vocabulary import Role
from app.security.audit import AuditAction
from app.security.high_water import HighWaterStore, rollback_detail
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.services.auth import AuthService
from app.services.high_water import EVENT_LIST_LIMIT, Resumed, precinct_rollback, resume_streams
from app.services.ports import RecoveryStore


@dataclass(frozen=True)
class Recovered:
    recorded: tuple[int, str]
    found: tuple[int, str]
    resumed: Resumed

    def to_json(self, limit: int | None = None) -> dict[str, Any]:
        return {"recorded": {"seq": self.recorded[0], "hash": self.recorded[1]},
                "found": {"seq": self.found[0], "hash": self.found[1]}, **self.resumed.to_json(limit)}  # fmt: skip


class RollbackRecovery:
    def __init__(self, ctx: RecoveryStore) -> None:
        self._ctx = ctx

    def run(self, login: str, password: str, reason: str) -> Recovered:
        ctx, reason = self._ctx, " ".join(reason.split())[:300]
        if not reason:
            raise AppError(Reason.USAGE, defect=Defect.REASON_REQUIRED)
        ctx.open_device(check_rollback=False)
        store = HighWaterStore(ctx.secrets)
        record = store.load(ctx.device_id)
        key = AuthService(ctx).store_key(login, password, check_rollback=False)
        ctx.open_precinct(key, check_rollback=False)
        try:
            detail = rollback_detail(record, ctx.audit) or precinct_rollback(ctx.precinct, record)
            if detail is None:
                raise AppError(Reason.USAGE, defect=Defect.NOT_BEHIND)
            session = self._session(login)
            with transaction(ctx.precinct):
                found = ctx.audit.head()
                resumed = resume_streams(ctx, record, None)
                done = Recovered((record.audit_seq, record.audit_hash), found, resumed)
                ctx.audit.append(session.actor, AuditAction.ROLLBACK_ACCEPTED, obj=str(record.audit_seq),
                                 details={**done.to_json(EVENT_LIST_LIMIT), "reason": reason,
                                          "problem": detail})  # fmt: skip
                ctx.write_checkpoint()
            store.replace(ctx.device_id, store.load(ctx.device_id).rebased(*ctx.audit.head()))  # after the commit
        finally:
            ctx.close_precinct()
        return done

    def _session(self, login: str) -> Session:
        """The account as the store found holds it: active, its password set, allowed to restore."""
        ctx = self._ctx
        account = ctx.accounts.get(login)
        if account is None or account.status != "active":
            raise AppError(Reason.ACCOUNT_DISABLED, login=login)
        if account.must_change:
            raise AppError(Reason.PASSWORD_CHANGE_REQUIRED, login=login)
        if not allowed(Role(account.role), Action.RESTORE):
            raise AppError(Reason.NOT_PERMITTED, role=account.role, action=Action.RESTORE.value)
        return Session(account.login, account.full_name, Role(account.role), ctx.workstation, iso(ctx.clock.now()))
