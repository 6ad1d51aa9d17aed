"""`pec-desk`: the precinct workstation's command line (CLI.md).

The commands live by subject: `claims` (search, claims), `admin` (passwd, users, audit,
selfcheck, alerts), `exchange` (import, export, scan, media), `precinct` (gui, demo, setup,
backup, restore, destroy) and `recovery` (recover-rollback); the parser is `desk_parser`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from app.cli import admin, claims, exchange, precinct, recovery
from app.cli.common import data_dir, run_guarded
from app.cli.desk_parser import build_parser
from app.cli.desk_run import Desk
from app.security.hardening import harden_process

__all__ = ["COMMANDS", "build_parser", "main"]

COMMANDS: dict[str, Callable[[Desk], int]] = {
    "claims": claims.cmd_claims,
    "alerts": admin.cmd_alerts,
    "scan": exchange.cmd_scan,
    "media": exchange.cmd_media,
    "setup": precinct.cmd_setup,
    "import": exchange.cmd_import,
    "export": exchange.cmd_export,
    "gui": precinct.cmd_gui,
    "demo": precinct.cmd_demo,
    "search": claims.cmd_search,
    "passwd": admin.cmd_passwd,
    "users": admin.cmd_users,
    "audit": admin.cmd_audit,
    "selfcheck": admin.cmd_selfcheck,
    "backup": precinct.cmd_backup,
    "restore": precinct.cmd_restore,
    "destroy": precinct.cmd_destroy,
    "recover-rollback": recovery.cmd_recover_rollback,
}


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # before anything is read: no core dumps, umask 077 (issue 13 point 5)
    args = build_parser().parse_args(argv)
    command = COMMANDS[args.command or "gui"]
    return run_guarded(lambda: command(Desk(args)), where=lambda: data_dir(args, "PEC_DESK_DATA", "pec-desk"))


if __name__ == "__main__":
    sys.exit(main())
