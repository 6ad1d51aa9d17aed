"""`pec-desk audit export --format nist-1500-101 --out FILE`: the audit log in the NIST SP 1500-101
election event log format (`app.services.audit_export`; docs/decisions.md "NIST 1500-101 export")."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.desk_run import Desk, check_out_file
from app.cli.terminal import emit_json, shown
from app.security.session import Session
from app.services.audit_export import FORMAT, NistExport

if TYPE_CHECKING:
    from app.cli.desk_parser import Subparsers


def add_export_parser(audit: Subparsers) -> None:
    export = audit.add_parser("export", help="write the whole log as a NIST SP 1500-101 election event log (JSON)")
    export.add_argument("--user", required=True, help="your login")
    export.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    export.add_argument("--format", required=True, choices=[FORMAT], dest="log_format")
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="a new file (never overwritten)")
    export.add_argument("--json", action="store_true")


def cmd_audit_export(desk: Desk) -> int:
    args: argparse.Namespace = desk.args
    check_out_file(args.out)

    def run(session: Session) -> int:
        result = NistExport(desk.ctx, desk.media()).export(session, args.out)
        if args.json:
            emit_json(result.to_json())
        else:
            print(f"{shown(result.path)}: {result.events} events (to {result.last_seq}), sha256 {result.sha256}")
        return 0

    return desk.as_user(run)
