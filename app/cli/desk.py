"""`pec-desk`: the precinct workstation's command line (CLI.md).

The commands live by subject: `claims` (search, claims), `admin` (passwd, users, audit,
selfcheck, alerts), `exchange` (import, export, scan, media), `precinct` (gui, demo, setup,
backup, restore, destroy) and `recovery` (recover-rollback); the parser is `desk_parser`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from app.cli import admin, claims, exchange, precinct, recovery
from app.cli.common import check_build, data_dir, run_guarded
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
    name = args.command or "gui"

    def run() -> int:
        check_build(name, args)
        return COMMANDS[name](Desk(args))

    show = _in_a_window if name == "gui" else None  # started from the desktop: nobody reads stderr
    return run_guarded(run, where=lambda: data_dir(args, "PEC_DESK_DATA", "pec-desk"), show=show)


def _in_a_window(text: str) -> None:
    from app.main import show_refusal  # Qt only for the window's command

    show_refusal(text)


if __name__ == "__main__":
    sys.exit(main())
