"""`pec-desk`: the precinct workstation's command line (CLI.md)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import recovery
from app.cli.common import PasswordSource, data_dir, run_guarded
from app.cli.terminal import emit_json, row, shown, tabbed
from app.errors import AppError, Reason, os_failure
from app.messages import explain
from app.models.records import VoterRow
from app.models.vocabulary import Role
from app.security.atomic import fill_reserved, reserve_new_file
from app.security.scanner.volumes import VolumeSource, volume_source
from app.security.session import Session
from app.services.accounts import AccountService
from app.services.audit import AuditService
from app.services.auth import AuthService
from app.services.context import DeskContext
from app.services.media import MediaService, path_on_drive, refuse_link

if TYPE_CHECKING:
    from app.services.destruction import Retention
    from app.services.receipts import PrintedReceipt
from app.services.voters import VoterService


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pec-desk", description="PEC Desk: the precinct commission workstation")
    parser.add_argument("--data-dir", help="data directory (default: $PEC_DESK_DATA or the user data dir)")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("gui", help="open the desktop app")
    demo = sub.add_parser("demo", help="create a demo precinct with synthetic or given voters")
    demo.add_argument("--voters", type=int, default=6000)
    demo.add_argument("--voters-csv", type=Path)
    demo.add_argument("--election", type=Path)
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--force", action="store_true", help="replace a precinct already in the data dir")
    demo.add_argument("--json", action="store_true")
    search = _user_command(sub, "search", "find voters (public fields only)")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")
    _user_command(sub, "passwd", "change your own password")
    _users_parser(sub)
    audit = sub.add_parser("audit", help="the audit log").add_subparsers(dest="audit_command", required=True)
    verify = audit.add_parser("verify", help="check the hash chain against the signed checkpoints")
    verify.add_argument("--json", action="store_true")
    tail = _user_command(audit, "tail", "print recent events")
    tail.add_argument("--count", type=int, default=20)
    tail.add_argument("--json", action="store_true")
    sample = _user_command(audit, "sample", "a random sample of the administrators' actions to review (R-AUD-4)")
    sample.add_argument("--count", type=int, default=10)
    sample.add_argument("--reviewed", type=int, nargs="+", metavar="SEQ", help="record the review of these events")
    sample.add_argument("--note", default="", help="what the review found (with --reviewed)")
    sample.add_argument("--json", action="store_true")
    _exchange_parsers(sub)
    _claims_parser(sub)
    check = _user_command(sub, "selfcheck", "check the encrypted store (cipher version, page integrity, retention)")
    check.add_argument("--integrity", action="store_true")
    check.add_argument("--json", action="store_true")
    _backup_parsers(sub)
    recovery.add_parser(sub)
    return parser


def _backup_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """backup, restore, destroy (R-SEC-10, R-DATA-5)."""
    backup = _user_command(sub, "backup", "write an encrypted backup of the precinct store (sysadmin)")
    backup.add_argument("--out", required=True, type=Path, metavar="FILE", help="a new file (a registered drive)")
    backup.add_argument("--json", action="store_true")
    restore = _user_command(sub, "restore", "verify a backup of this precinct and put it in place (sysadmin)")
    restore.add_argument("file", type=Path)
    restore.add_argument("--accept-older", action="store_true", help="restore although changes were made since")
    restore.add_argument("--json", action="store_true")
    destroy = _user_command(sub, "destroy", "destroy the precinct's personal data: crypto-shredding (chair)")
    destroy.add_argument("--confirm", metavar="PRECINCT", help="the precinct number (instead of the prompt)")
    destroy.add_argument("--early-reason", default="", help="why, when the retention period has not passed")
    destroy.add_argument("--discard-unsent", action="store_true", help="give up claims/batches the TEC has not got")
    destroy.add_argument("--json", action="store_true")


def _exchange_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """setup, import, export, scan, media, alerts."""
    setup = sub.add_parser("setup", help="create this device's keys and write the enrollment request")
    setup.add_argument("--precinct", required=True)
    setup.add_argument("--out", required=True, type=Path, help="the enrollment request file to write")
    setup.add_argument("--test-root", type=Path, help="trust this central root instead of the pinned one (test/demo)")
    setup.add_argument("--json", action="store_true")
    imp = sub.add_parser("import", help="verify and apply an envelope from the central system")
    imp.add_argument("file", type=Path)
    imp.add_argument("--user", help="your login (not needed for the first package of a new device)")
    imp.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    imp.add_argument("--preview", action="store_true", help="verify and show what would change; change nothing")
    imp.add_argument("--json", action="store_true")
    exp = _user_command(sub, "export", "write the next change batch for the central system")
    exp.add_argument("--out", required=True, type=Path, help="directory to write the batch into")
    exp.add_argument("--resend", type=int, default=0, metavar="SEQ",
                     help="write batch SEQ again (lost before the central system acknowledged it)")  # fmt: skip
    exp.add_argument("--json", action="store_true")
    scan = _user_command(sub, "scan", "scan a directory or mounted drive as an import would")
    scan.add_argument("path", type=Path)
    scan.add_argument("--json", action="store_true")
    media = sub.add_parser("media", help="the register of work flash drives").add_subparsers(
        dest="media_command", required=True
    )
    _user_command(media, "list", "list the registered drives").add_argument("--json", action="store_true")
    register = _user_command(media, "register", "register the drive mounted at PATH")
    register.add_argument("path", type=Path)
    register.add_argument("--holder", required=True, help="who keeps the drive")
    _user_command(media, "unregister", "take a drive off the register").add_argument("id", type=int)
    _user_command(media, "volumes", "list the removable drives mounted now").add_argument("--json", action="store_true")
    alerts = _user_command(sub, "alerts", "anomaly alerts over the audit log (R-AUD-3)")
    alerts.add_argument("--unreviewed", action="store_true")
    alerts.add_argument("--review", type=int, metavar="ID", help="record the review of an alert")
    alerts.add_argument("--note", default="", help="what was done (with --review)")
    alerts.add_argument("--json", action="store_true")


def _user_command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str
) -> argparse.ArgumentParser:
    command = sub.add_parser(name, help=help_text)
    command.add_argument("--user", required=True, help="your login")
    command.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    return command


def _users_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = sub.add_parser("users", help="account administration").add_subparsers(dest="users_command", required=True)
    _user_command(users, "list", "list accounts").add_argument("--json", action="store_true")
    add = _user_command(users, "add", "add an account (prints its one-time password)")
    add.add_argument("login")
    add.add_argument("--full-name", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    for name in ("disable", "reset-password", "unlock"):
        _user_command(users, name, f"{name} an account").add_argument("login")


def _claims_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """claims add | list | show | receipt | informed (R-CLM-1..8)."""
    from app.models.records import CLAIM_TYPES
    from app.services.claims import CONTACT_CHECKS, INFORM_WAYS, PLACES, STATUSES

    claims = sub.add_parser("claims", help="voters' claims about the list").add_subparsers(
        dest="claims_command", required=True
    )
    add = _user_command(claims, "add", "take a claim; prints its number and writes the receipt PDF")
    add.add_argument("--type", required=True, choices=CLAIM_TYPES, dest="claim_type")
    add.add_argument("--voter", required=True, metavar="PIN", help="the voter's 14-digit personal number")
    add.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", help="a requested field (repeat)")
    add.add_argument("--contact", required=True, help="where the voter wants the answer")
    add.add_argument("--passport-checked", action="store_true", help="the passport photo was checked (R-CLM-2)")
    add.add_argument("--identified", action="store_true", help="the person was identified (R-CLM-2)")
    add.add_argument("--attach", action="append", default=[], type=Path, metavar="FILE", help="scanned PDF/JPEG/PNG")
    add.add_argument("--check", choices=CONTACT_CHECKS, default="", help="disability: contact-centre check A or B")
    add.add_argument("--institution", default="", help="institution: the name of the institution")
    add.add_argument("--place", choices=PLACES, default="PEC")
    add.add_argument("--receipt", required=True, type=Path, metavar="FILE", help="the receipt PDF to write")
    add.add_argument("--lang", choices=("ky", "ru", "en"), default="ky", help="language of the receipt")
    add.add_argument("--json", action="store_true")
    listing = _user_command(claims, "list", "claims with their status and deadlines")
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--flagged", action="store_true", help="only claims due soon or overdue")
    listing.add_argument("--json", action="store_true")
    show = _user_command(claims, "show", "one claim with everything recorded")
    show.add_argument("number")
    show.add_argument("--json", action="store_true")
    receipt = _user_command(claims, "receipt", "write the receipt again (marked DUPLICATE)")
    receipt.add_argument("number")
    receipt.add_argument("--out", required=True, type=Path, metavar="FILE")
    receipt.add_argument("--lang", choices=("ky", "ru", "en"), default="ky")
    receipt.add_argument("--json", action="store_true")
    informed = _user_command(claims, "informed", "record that the voter was told the decision")
    informed.add_argument("number")
    informed.add_argument("--how", required=True, choices=INFORM_WAYS)


class Desk:
    """One command's run: a context on the data dir, logged in where the command needs it."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.ctx = DeskContext(data_dir(args, "PEC_DESK_DATA", "pec-desk"))
        self.passwords = PasswordSource(getattr(args, "password_stdin", False))
        self._volumes: VolumeSource | None = None

    @property
    def volumes(self) -> VolumeSource:
        """The OS's drives, read when a command needs them (a bad PEC_DESK_VOLUMES_FILE is a refusal)."""
        if self._volumes is None:
            self._volumes = volume_source()
        return self._volumes

    def as_user(self, action: Callable[[Session], int]) -> int:
        auth = AuthService(self.ctx)
        session = auth.login(self.args.user, self.passwords.read("Password: "))
        try:
            return action(session)
        finally:
            auth.logout(session)
            self.ctx.close()


def cmd_search(desk: Desk) -> int:
    def run(session: Session) -> int:
        result = VoterService(desk.ctx).search(session, desk.args.text, desk.args.limit)
        if desk.args.json:
            emit_json(
                [
                    {"id": v.id, "full_name": v.full_name, "precinct": v.precinct, "status": v.status.value}
                    for v in result.voters
                ]
            )
        for voter in [] if desk.args.json else result.voters:
            row(voter.full_name, voter.precinct, voter.status.value)
        return 0

    return desk.as_user(run)


def cmd_passwd(desk: Desk) -> int:
    auth = AuthService(desk.ctx)
    current = desk.passwords.read("Current password: ")
    session = auth.login(desk.args.user, current)
    try:
        new = desk.passwords.read("New password: ")
        if not desk.passwords.from_stdin and desk.passwords.read("Repeat the new password: ") != new:
            raise AppError(Reason.USAGE, detail="the two new passwords differ")
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
            accounts = service.list(session)
            if args.json:
                emit_json(
                    [{"login": a.login, "full_name": a.full_name, "role": a.role, "status": a.status} for a in accounts]
                )
            for a in [] if args.json else accounts:
                row(a.login, a.role, a.status, a.full_name)
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


def cmd_audit(desk: Desk) -> int:
    service = AuditService(desk.ctx)
    if desk.args.audit_command == "verify":
        report = service.verify()
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
            detail = ", ".join(f"{p.value}@{s}" for s, p in report.problems[:10])
            raise AppError(Reason.AUDIT_BROKEN, detail=detail)
        return 0

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
            raise AppError(Reason.STORE_DAMAGED, detail="; ".join(check.integrity_errors) or check.cipher_version)
        return 0

    return desk.as_user(run)


def _retention_line(retention: Retention) -> str:
    if retention.passed:
        return (f"retention: PASSED on {retention.until} (R-DATA-5): the data has served its purpose; "
                "the chair destroys it with `pec-desk destroy`")  # fmt: skip
    return f"retention: kept until {retention.until} ({retention.days_left} days left)"


def cmd_backup(desk: Desk) -> int:
    from app.services.backup import BackupService

    def run(session: Session) -> int:
        result = BackupService(desk.ctx, _volumes(desk)).backup(session, desk.args.out)
        if desk.args.json:
            emit_json(result.to_json())
        else:
            print(f"{shown(result.path)}: encrypted backup, {result.size} bytes, sha256 {result.sha256}")
        return 0

    return desk.as_user(run)


def cmd_restore(desk: Desk) -> int:
    from app.services.backup import RestoreJob

    args = desk.args
    try:
        job = RestoreJob(desk.ctx, args.user, accept_older=args.accept_older)
        result = job.run(args.file, desk.passwords.read("Password: "))
    finally:
        desk.ctx.close()
    if args.json:
        emit_json(result.to_json())
    else:
        lost = f"; {result.lost_changes} later changes given up" if result.lost_changes else ""
        print(f"restored the backup of {result.created_at}{lost}")
        recovery.print_resumed(result.resumed)
    return 0


def cmd_destroy(desk: Desk) -> int:
    from app.services.destruction import DestructionService

    args = desk.args
    auth = AuthService(desk.ctx)
    session = auth.login(args.user, desk.passwords.read("Password: "))
    destroyed = None
    try:
        service = DestructionService(desk.ctx)
        confirm = args.confirm
        if confirm is None:
            number = service.precinct_number(session)
            if desk.passwords.from_stdin or not sys.stdin.isatty():
                raise AppError(Reason.USAGE, detail="no terminal to confirm on: add --confirm PRECINCT_NUMBER")
            confirm = input(f"This destroys precinct {number}'s voter data for good. Type {number} to confirm: ")
        destroyed = service.destroy(session, confirm, args.early_reason, discard_unsent=args.discard_unsent)
    finally:
        if destroyed is None:
            auth.logout(session)
        desk.ctx.close()
    if args.json:
        emit_json(destroyed.to_json())
    else:
        print(f"precinct {destroyed.precinct}: personal data destroyed ({destroyed.voters} voters, "
              f"{destroyed.claims} claims); the audit log is kept")  # fmt: skip
        for backup in destroyed.backups:
            print(f"  backup made on this device, to be collected and destroyed: {shown(backup)}")
    return 0


def cmd_demo(desk: Desk) -> int:
    from app.cli.demo_precinct import build_demo, demo_voters, election_from
    from app.models.voter_csv import VoterCsvError, read_voters_csv

    args = desk.args
    voters: Iterable[VoterRow]
    if args.voters_csv is not None:
        try:
            voters = read_voters_csv(args.voters_csv)
        except (OSError, VoterCsvError) as exc:
            raise AppError(Reason.MALFORMED, detail=f"{args.voters_csv.name}: {exc}") from exc
    else:
        voters = demo_voters(max(0, args.voters), args.seed)
    result = build_demo(desk.ctx, voters, election_from(args.election), force=args.force)
    desk.ctx.close()
    if args.json:
        emit_json(result.to_json())
        return 0
    print(f"Demo precinct in {shown(result.data_dir)} (synthetic data).")
    print("Antivirus: the project's TEST signatures are installed (EICAR and a marker); they are not protection.")
    print("One-time passwords (each must be changed at first login):")
    for account in result.accounts:
        print(f"  {account.login:<10} {account.role:<10} {account.password}")
    return 0


def cmd_gui(desk: Desk) -> int:
    from app.main import run_gui

    return run_gui(desk.ctx.paths.root)


def cmd_setup(desk: Desk) -> int:
    from app.services.setup import set_up_device
    from app.sync.trust import load_root

    args = desk.args
    test_root = None if args.test_root is None else load_root(args.test_root).public_bytes_raw()
    _check_out_file(args.out)
    _reserve(args.out)
    try:
        result = set_up_device(desk.ctx, args.precinct, test_root=test_root)
    except BaseException:
        args.out.unlink(missing_ok=True)
        raise
    finally:
        desk.ctx.close()
    fill_reserved(args.out, result.request)
    if args.json:
        emit_json({"request": str(args.out), "fingerprint": result.fingerprint, "device_id": result.device_id})
    else:
        print(f"Enrollment request written to {shown(args.out)}.")
        print(f"Device fingerprint: {result.fingerprint}")
        print("Compare it with the fingerprint pec-central enroll prints before the TEC accepts this device.")
    return 0


def cmd_import(desk: Desk) -> int:
    from app.services.scanning import ScanService
    from app.services.sync_import import EnvelopeImport
    from app.services.transfer import MediaTransfer

    args = desk.args

    def run(session: Session | None) -> int:
        refuse_link(args.file)  # never followed, on a drive or not (R-SEC-11)
        volume = _volumes(desk).volume_of(args.file) if session is not None else None
        if volume is not None and session is not None:  # from a drive: registered, scanned, staged
            transfer = MediaTransfer(desk.ctx, ScanService(desk.ctx, desk.volumes))
            relative = path_on_drive(volume, args.file)
            summary, _report = transfer.import_envelope(session, volume, relative, preview=args.preview)
        else:
            job = EnvelopeImport(desk.ctx, session)
            summary = job.preview(args.file) if args.preview else job.apply(args.file)
        if args.json:
            emit_json(summary.to_json())
        elif summary.already_applied:
            print(f"{shown(summary.file_name)}: already applied (envelope {summary.seq}); nothing changed.")
        else:
            verb = "would change" if args.preview else "applied"
            counts = ", ".join(f"{k}={v}" for k, v in summary.counts().items() if v)
            print(f"{shown(summary.file_name)}: {summary.kind} {summary.seq} {verb}: {counts or 'nothing'}")
        return 0

    if args.user is None:
        try:
            return run(None)
        finally:
            desk.ctx.close()
    return desk.as_user(run)


def cmd_export(desk: Desk) -> int:
    from app.services.scanning import ScanService
    from app.services.sync_export import BatchExport
    from app.services.transfer import MediaTransfer

    def run(session: Session) -> int:
        volume = _volumes(desk).volume_of(desk.args.out)
        if volume is not None:  # to a drive: only a registered one
            transfer = MediaTransfer(desk.ctx, ScanService(desk.ctx, desk.volumes))
            summary = transfer.export_batch(session, volume, path_on_drive(volume, desk.args.out), desk.args.resend)
        elif desk.args.resend:
            summary = BatchExport(desk.ctx, session).resend(desk.args.resend, desk.args.out)
        else:
            summary = BatchExport(desk.ctx, session).export(desk.args.out)
        if desk.args.json:
            emit_json(summary.to_json())
        else:
            print(shown(summary.file_name))
        return 0

    return desk.as_user(run)


def _volumes(desk: Desk) -> MediaService:
    return MediaService(desk.ctx, desk.volumes)


def cmd_scan(desk: Desk) -> int:
    from app.services.scanning import ScanService, report_json, scan_outcome_exit

    args = desk.args

    def run(session: Session) -> int:
        service = ScanService(desk.ctx, desk.volumes)
        scanned = service.scan(session, args.path)
        scanned.result.discard()
        report = scanned.result.report
        if args.json:
            emit_json({**report_json(report), "registered_medium": scanned.medium_id})
        else:
            print(f"{shown(report.root)}: {report.outcome.value} ({report.files} files, {report.bytes} bytes, "
                  f"{report.seconds:.1f} s)")  # fmt: skip
            print("engines: " + (", ".join(f"{e.name} {e.version} [{e.signatures}]" for e in report.engines) or "none"))
            print(f"registered drive: {scanned.medium_id or 'no'}")
            for finding in report.findings:
                print("  " + tabbed(finding.verdict.value, finding.rule, finding.path, finding.detail))
            if report.reason:
                print(f"reason: {shown(report.reason)}")
            if report.outcome.value == "refused" and any(f.verdict.value == "infected" for f in report.findings):
                print(explain(AppError(Reason.INFECTED, detail=report.findings[0].rule)))
        return scan_outcome_exit(report)

    return desk.as_user(run)


def cmd_media(desk: Desk) -> int:
    args = desk.args

    def run(session: Session) -> int:
        media = _volumes(desk)
        if args.media_command == "list":
            listed = media.all(session)
            if args.json:
                emit_json([m.__dict__ for m in listed])
            for m in [] if args.json else listed:
                row(m.id, m.label, m.serial, m.volume_id, m.holder, m.registered_at)
        elif args.media_command == "volumes":
            found = media.volumes()
            if args.json:
                emit_json([{"mount_point": str(v.mount_point), "serial": v.serial, "volume_id": v.volume_id,
                            "label": v.label, "registered": bool(media.registered(v))} for v in found])  # fmt: skip
            for v in [] if args.json else found:
                print(f"{v.mount_point}\t{v.label}\t{v.serial}\t{v.volume_id}\t"
                      f"{'registered' if media.registered(v) else 'not registered'}")  # fmt: skip
        elif args.media_command == "register":
            volume = media.volume_of(args.path)
            if volume is None or volume.mount_point.resolve() != args.path.resolve():
                raise AppError(Reason.USAGE, detail=f"{args.path} is not the mount point of a removable drive")
            medium = media.register(session, volume, args.holder)
            print(f"registered drive {medium.id}: " + shown(f"{medium.label} {medium.serial} {medium.volume_id}"))
        else:
            media.unregister(session, args.id)
        return 0

    return desk.as_user(run)


def cmd_alerts(desk: Desk) -> int:
    from app.services.anomalies import AnomalyService

    args = desk.args

    def run(session: Session) -> int:
        service = AnomalyService(desk.ctx)
        if args.review is not None:
            if not args.note.strip():
                raise AppError(Reason.USAGE, detail="--review needs --note saying what was done")
            service.review(session, args.review, args.note)
        found = service.alerts(session, unreviewed_only=args.unreviewed)
        if args.json:
            emit_json([a.__dict__ for a in found])
        for a in [] if args.json else found:
            state = f"reviewed by {a.reviewed_by}" if a.reviewed_by else "open"
            row(a.id, a.at, a.rule, a.subject, a.detail, state)
        return 0

    return desk.as_user(run)


def cmd_claims(desk: Desk) -> int:
    args = desk.args
    if args.claims_command == "add":
        return _claims_add(desk)

    def run(session: Session) -> int:
        from app.services.claims import ClaimService

        service = ClaimService(desk.ctx)
        if args.claims_command == "list":
            states = service.states(session, status=args.status, flagged_only=args.flagged)
            if args.json:
                emit_json([s.to_json() for s in states])
            for s in [] if args.json else states:
                c = s.claim
                row(c.number, c.type, c.status, c.filed_at[:16], f"answer by {s.answer_by}", s.flag.value)
        elif args.claims_command == "show":
            state = service.show(session, args.number)
            data = state.to_json(full=True)
            if args.json:
                emit_json(data)
            for key, value in [] if args.json else data.items():
                print(f"{key}: {shown(value)}")
        elif args.claims_command == "receipt":
            _check_out_file(args.out)
            printed = _write_receipt(desk, session, args.number, args.out, args.lang)
            if args.json:
                emit_json({"number": printed.number, "receipt": str(args.out), "pages": printed.pages,
                           "duplicate": printed.duplicate})  # fmt: skip
            else:
                print(f"{shown(args.out)}: {'DUPLICATE ' if printed.duplicate else ''}receipt of {printed.number}")
        else:
            claim = service.mark_informed(session, args.number, args.how)
            print(shown(f"{claim.number}: {claim.status} ({claim.informed_how})"))
        return 0

    return desk.as_user(run)


def _claims_add(desk: Desk) -> int:
    from app.services.claims import ClaimService, read_attachment

    args = desk.args
    fields: dict[str, str] = {}
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise AppError(Reason.USAGE, detail=f"--set takes FIELD=VALUE, not {item!r}")
        fields[name.strip()] = value
    _check_out_file(args.receipt)

    def run(session: Session) -> int:
        attachments = [read_attachment(desk.ctx, session, path, desk.volumes) for path in args.attach]
        _reserve(args.receipt)  # the receipt's name is claimed before the claim is filed (R-SEC-11)
        try:
            number = ClaimService(desk.ctx).file(
                session, claim_type=args.claim_type, pin=args.voter, fields=fields, contact=args.contact,
                passport_checked=args.passport_checked, identified=args.identified, place=args.place,
                institution=args.institution, contact_check=args.check, attachments=attachments,
            )  # fmt: skip
        except BaseException:
            args.receipt.unlink(missing_ok=True)
            raise
        printed = _write_receipt(desk, session, number, args.receipt, args.lang, reserved=True)
        if args.json:
            emit_json({"number": number, "receipt": str(args.receipt), "pages": printed.pages,
                       "answer_by": printed.answer_by, "attachments": len(attachments)})  # fmt: skip
        else:
            print(number)
        return 0

    return desk.as_user(run)


def _check_out_file(path: Path) -> None:
    """A file the command will create: never an existing name (a file, a device, a link)."""
    if path.is_dir() or not path.parent.is_dir():
        raise AppError(Reason.USAGE, detail=f"{path} cannot be written: give a file in an existing folder")
    if os.path.lexists(path):
        raise AppError(Reason.FILE_EXISTS, path=str(path))


RECEIPT_ROOM = 4 * 1024 * 1024  # set aside before a claim is filed: a receipt PDF is a few hundred KiB


def _reserve(path: Path) -> None:
    """The receipt's name, and room for it, claimed before the claim is filed: a taken name, a
    read-only folder or a full disk refuses the command with nothing filed (R-SEC-11)."""
    try:
        reserve_new_file(path, room=RECEIPT_ROOM)
    except FileExistsError as exc:
        raise AppError(Reason.FILE_EXISTS, path=str(path)) from exc
    except OSError as exc:
        raise os_failure(exc, str(path)) from exc


def _write_receipt(
    desk: Desk, session: Session, number: str, out: Path, lang: str, *, reserved: bool = False
) -> PrintedReceipt:
    """The deliberate, audited act of saving a receipt PDF to disk: into a new file only, never
    over an existing one (`reserved`: the name was claimed by `_reserve` already)."""
    import io

    from app.services.receipts import ReceiptService

    if not reserved:
        _reserve(out)
    buffer = io.BytesIO()
    try:
        printed = ReceiptService(desk.ctx).write(session, number, buffer, lang=lang)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    try:
        fill_reserved(out, buffer.getvalue())
    except OSError as exc:
        raise os_failure(exc, str(out)) from exc
    return printed


COMMANDS: dict[str, Callable[[Desk], int]] = {
    "claims": cmd_claims,
    "alerts": cmd_alerts,
    "scan": cmd_scan,
    "media": cmd_media,
    "setup": cmd_setup,
    "import": cmd_import,
    "export": cmd_export,
    "gui": cmd_gui,
    "demo": cmd_demo,
    "search": cmd_search,
    "passwd": cmd_passwd,
    "users": cmd_users,
    "audit": cmd_audit,
    "selfcheck": cmd_selfcheck,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "destroy": cmd_destroy,
    "recover-rollback": recovery.cmd_recover_rollback,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = COMMANDS[args.command or "gui"]
    return run_guarded(lambda: command(Desk(args)), where=lambda: data_dir(args, "PEC_DESK_DATA", "pec-desk"))


if __name__ == "__main__":
    sys.exit(main())
