"""`pec-desk audit export --format nist-1500-101 --out FILE`: the audit log in the NIST SP 1500-101
election event log format (`app.services.audit_export`; docs/decisions.md "NIST 1500-101 export")."""

from __future__ import annotations

import argparse

from app.cli.desk_run import Desk, check_out_file
from app.cli.terminal import emit_json, shown
from app.security.session import Session
from app.services.audit_export import NistExport


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
