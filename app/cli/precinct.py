"""`pec-desk` gui, demo, setup, backup, restore, destroy: the precinct store's life."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.cli import recovery
from app.cli.desk_run import Desk, check_out_file, reserve
from app.cli.terminal import emit_json, shown
from app.cli.usage import UsageProblem, usage
from app.errors import AppError, Part, Reason, os_defect
from app.security.atomic import fill_reserved
from app.security.session import Session
from app.services.auth import AuthService

if TYPE_CHECKING:
    from app.cli.demo_precinct import DemoResult
    from app.models.records import VoterRow
    from app.services.destruction import DestructionService


def cmd_gui(desk: Desk) -> int:
    from app.main import run_gui

    return run_gui(desk.ctx.paths.root)


def cmd_demo(desk: Desk) -> int:
    from app.cli.demo_precinct import build_demo, election_from

    args = desk.args
    result = build_demo(desk.ctx, _demo_voters(desk), election_from(args.election), force=args.force)
    desk.ctx.close()
    if args.json:
        emit_json(result.to_json())
    else:
        _print_demo(result)
    return 0


def _demo_voters(desk: Desk) -> Iterable[VoterRow]:
    from app.cli.demo_precinct import demo_voters
    from app.models.voter_csv import VoterCsvError, read_voters_csv

    path = desk.args.voters_csv
    if path is None:
        return demo_voters(max(0, desk.args.voters), desk.args.seed)
    try:
        return read_voters_csv(path)
    except OSError as exc:
        raise AppError(Reason.MALFORMED, file=path.name, part=Part.FILE, path=path.name, **os_defect(exc)) from exc
    except VoterCsvError as exc:
        raise exc.app_error(path.name) from exc


def _print_demo(result: DemoResult) -> None:
    print(f"Demo precinct in {shown(result.data_dir)} (synthetic data).")
    print("Antivirus: the project's TEST signatures are installed (EICAR and a marker); they are not protection.")
    print("One-time passwords (each must be changed at first login):")
    for account in result.accounts:
        print(f"  {account.login:<10} {account.role:<10} {account.password}")


def cmd_setup(desk: Desk) -> int:
    from app.services.setup import set_up_device
    from app.sync.trust import load_root

    args = desk.args
    test_root = None if args.test_root is None else load_root(args.test_root).public_bytes_raw()
    check_out_file(args.out)
    reserve(args.out)
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


def cmd_backup(desk: Desk) -> int:
    from app.services.backup import BackupService

    def run(session: Session) -> int:
        result = BackupService(desk.ctx, desk.media()).backup(session, desk.args.out)
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
        confirm = args.confirm if args.confirm is not None else _confirmation(desk, service, session)
        destroyed = service.destroy(session, confirm, args.early_reason, discard_unsent=args.discard_unsent)
    finally:
        if destroyed is None:
            auth.logout(session)
        desk.ctx.close()
    if args.json:
        emit_json(destroyed.to_json())
        return 0
    print(f"precinct {destroyed.precinct}: personal data destroyed ({destroyed.voters} voters, "
          f"{destroyed.claims} claims); the audit log is kept")  # fmt: skip
    for backup in destroyed.backups:
        print(f"  backup made on this device, to be collected and destroyed: {shown(backup)}")
    return 0


def _confirmation(desk: Desk, service: DestructionService, session: Session) -> str:
    """The precinct number typed at the terminal (no terminal: --confirm is required)."""
    number = service.precinct_number(session)
    if desk.passwords.from_stdin or not sys.stdin.isatty():
        raise usage(UsageProblem.CONFIRM_REQUIRED, "--confirm")
    return input(f"This destroys precinct {number}'s voter data for good. Type {number} to confirm: ")
