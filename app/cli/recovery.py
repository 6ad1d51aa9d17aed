"""`pec-desk recover-rollback` (the CEC's recovery from a rollback) and what a restore or the
recovery tells the operator about claim numbers the store no longer holds (R-SEC-10, R-SYN-2)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.common import PasswordSource
from app.cli.terminal import emit_json

if TYPE_CHECKING:
    from app.cli.desk_run import Desk
    from app.services.high_water import Resumed


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    recover = sub.add_parser(
        "recover-rollback", help="accept a store refused as rolled back, on the TEC's/CEC's instruction (sysadmin)"
    )
    recover.add_argument("--user", required=True, help="your login")
    recover.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    recover.add_argument("--reason", required=True, help="the TEC's or CEC's instruction (its reference)")
    recover.add_argument("--json", action="store_true")


def cmd_recover_rollback(desk: Desk) -> int:
    from app.services.rollback_recovery import RollbackRecovery

    args = desk.args
    try:
        done = RollbackRecovery(desk.ctx).run(args.user, PasswordSource(args.password_stdin).read("Password: "),
                                              args.reason)  # fmt: skip
    finally:
        desk.ctx.close()
    if args.json:
        emit_json(done.to_json())
        return 0
    print(f"the store was accepted at audit event {done.found[0]} (this device had reached {done.recorded[0]})")
    print_resumed(done.resumed)
    return 0


def print_resumed(resumed: Resumed | None) -> None:
    """The claim numbers issued on this device that the store no longer holds, and the stream."""
    if resumed is None:
        return
    if resumed.claims_missing:
        print(f"{len(resumed.claims_missing)} claim numbers issued here are not in this store; the TEC may hold "
              "the ones sent, and decisions on them will not find them here. Tell the TEC:")  # fmt: skip
        print("  " + " ".join(resumed.claims_missing))
    if resumed.claims_never_sent:
        print("never sent to the TEC (lost: file them again from the voters' receipts):")
        print("  " + " ".join(resumed.claims_never_sent))
    if resumed.stream_at:
        print(f"the next change batch continues batch {resumed.stream_at}")
