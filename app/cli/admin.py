"""`pec-desk` passwd, users, audit, selfcheck, alerts: accounts and the review of the log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.cli import audit as audit_cli
from app.cli.desk_run import Desk
from app.cli.terminal import emit_json, row, shown
from app.cli.usage import UsageProblem, usage
from app.errors import AppError, Defect, Reason
from app.models.vocabulary import Role
from app.security.session import Session
from app.services.accounts import AccountService
from app.services.audit import AuditService
from app.services.auth import AuthService

if TYPE_CHECKING:
    from app.services.destruction import Retention


def cmd_passwd(desk: Desk) -> int:
    auth = AuthService(desk.ctx)
    current = desk.passwords.read("Current password: ")
    session = auth.login(desk.args.user, current)
    try:
        new = desk.passwords.read("New password: ")
        if not desk.passwords.from_stdin and desk.passwords.read("Repeat the new password: ") != new:
            raise usage(UsageProblem.PASSWORDS_DIFFER)
        auth.change_password(session, current, new)
    finally:
        auth.logout(session)
        desk.ctx.close()
    print("password changed")
    return 0


def cmd_users(desk: Desk) -> int:
    args = desk.args

    def run(session: Session) -> int:
        service = AccountService(desk.ctx)
        if args.users_command == "list":
            _list_users(service, session, json=args.json)
        elif args.users_command == "add":
            print(service.add(session, args.login, args.full_name, Role(args.role)))
        elif args.users_command == "disable":
            service.disable(session, args.login)
        elif args.users_command == "reset-password":
            print(service.reset_password(session, args.login))
        else:
            service.unlock(session, args.login)
        return 0

    return desk.as_user(run)


def _list_users(service: AccountService, session: Session, *, json: bool) -> None:
    accounts = service.list(session)
    if json:
        emit_json([{"login": a.login, "full_name": a.full_name, "role": a.role, "status": a.status} for a in accounts])
        return
    for a in accounts:
        row(a.login, a.role, a.status, a.full_name)


def cmd_audit(desk: Desk) -> int:
    if desk.args.audit_command == "verify":
        return _audit_verify(desk)
    if desk.args.audit_command == "export":
        return audit_cli.cmd_audit_export(desk)
    service = AuditService(desk.ctx)

    def run(session: Session) -> int:
        if desk.args.audit_command == "sample" and desk.args.reviewed:
            service.record_review(session, desk.args.reviewed, desk.args.note)
            print(f"review of {len(desk.args.reviewed)} events recorded")
            return 0
        if desk.args.audit_command == "sample":
            events = service.admin_sample(session, desk.args.count)
        else:
            events = service.tail(session, desk.args.count)
        if desk.args.json:
            emit_json([e.__dict__ for e in events])
        for e in [] if desk.args.json else events:
            row(e.seq, e.at, e.login, e.action, e.object, e.outcome)
        return 0

    return desk.as_user(run)


def _audit_verify(desk: Desk) -> int:
    report = AuditService(desk.ctx).verify()
    destroyed = desk.ctx.device_meta("destroyed_at")
    desk.ctx.close()
    if desk.args.json:
        emit_json({**report.to_json(), "destroyed_at": destroyed})
    else:
        print(f"events={report.events} head={report.head_seq} checkpoint={report.checkpoint_seq}")
        if destroyed:
            print(f"the precinct's personal data was destroyed at {destroyed} (R-DATA-5)")
        for seq, problem in report.problems:
            print(f"seq {seq}: {problem.value}")
    if not report.ok:
        seq, problem = report.problems[0]
        raise AppError(Reason.AUDIT_BROKEN, defect=Defect.AUDIT_EVENT, seq=seq, audit=problem.value,
                       count=len(report.problems))  # fmt: skip
    return 0


def cmd_selfcheck(desk: Desk) -> int:
    from app.services.destruction import DestructionService

    def run(session: Session) -> int:
        check = AuditService(desk.ctx).self_check(session, integrity=desk.args.integrity)
        retention = DestructionService(desk.ctx).retention()
        if desk.args.json:
            emit_json({"cipher_version": check.cipher_version, "cipher_provider": check.cipher_provider,
                       "sqlite_version": check.sqlite_version, "integrity_errors": list(check.integrity_errors),
                       "ok": check.ok, "retention": retention.to_json()})  # fmt: skip
        else:
            print(f"sqlcipher {check.cipher_version} ({check.cipher_provider}), sqlite {check.sqlite_version}")
            print(_retention_line(retention))
        for error in [] if desk.args.json else check.integrity_errors:
            print(shown(error))
        if not check.ok:
            if check.integrity_errors:
                raise AppError(Reason.STORE_DAMAGED, defect=Defect.INTEGRITY_ERRORS, count=len(check.integrity_errors))
            raise AppError(Reason.STORE_DAMAGED, defect=Defect.UNSUPPORTED_CIPHER, version=check.cipher_version)
        return 0

    return desk.as_user(run)


def _retention_line(retention: Retention) -> str:
    if retention.passed:
        return (f"retention: PASSED on {retention.until} (R-DATA-5): the data has served its purpose; "
                "the chair destroys it with `pec-desk destroy`")  # fmt: skip
    return f"retention: kept until {retention.until} ({retention.days_left} days left)"


def cmd_alerts(desk: Desk) -> int:
    from app.services.anomalies import AnomalyService

    args = desk.args

    def run(session: Session) -> int:
        service = AnomalyService(desk.ctx)
        if args.review is not None:
            if not args.note.strip():
                raise usage(UsageProblem.NOTE_REQUIRED, "--review --note")
            service.review(session, args.review, args.note)
        found = service.alerts(session, unreviewed_only=args.unreviewed)
        if args.json:
            emit_json([a.__dict__ for a in found])
        for a in [] if args.json else found:
            state = f"reviewed by {a.reviewed_by}" if a.reviewed_by else "open"
            row(a.id, a.at, a.rule, a.subject, a.detail, state)
        return 0

    return desk.as_user(run)
