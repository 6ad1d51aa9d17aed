"""`pec-central`: the reference central-side tool (CLI.md)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app.central.election import read_election
from app.central.service import Central
from app.cli.common import data_dir, run_guarded
from app.cli.terminal import emit_json, row, shown
from app.cli.usage import UsageProblem, os_code, usage
from app.cli.version import VersionAction
from app.field_messages import held_back_lines
from app.models.fields import FieldProblem
from app.security.hardening import harden_process


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pec-central", description="PEC Desk reference central tool")
    parser.add_argument("--data-dir", help="central data directory (default: $PEC_CENTRAL_DATA or the user data dir)")
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("init", help="create the root key and the central keys it certifies").add_argument(
        "--json", action="store_true"
    )
    enroll = sub.add_parser("enroll", help="register a PEC device from its enrollment request")
    enroll.add_argument("request", type=Path)
    enroll.add_argument("--json", action="store_true")
    _package_parser(sub)
    _ingest_decide_parsers(sub)
    _update_parsers(sub)
    return parser


def _package_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    package = sub.add_parser("issue-package", help="write the signed, encrypted precinct package")
    package.add_argument("--precinct", required=True)
    package.add_argument("--voters", required=True, type=Path)
    package.add_argument("--users", required=True, type=Path)
    package.add_argument("--election", type=Path)
    package.add_argument(
        "--signatures", type=Path, help="a directory of ClamAV databases (.cvd .cld .hdb .ndb ...) to carry"
    )
    package.add_argument("--out", required=True, type=Path)
    package.add_argument("--json", action="store_true")


def _ingest_decide_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ingest = sub.add_parser("ingest", help="verify and apply a change batch from a PEC")
    ingest.add_argument("file", type=Path)
    ingest.add_argument("--accept-expired", default="", metavar="REASON",
        help="take a batch whose validity ended (a lost batch written again late); noted as a finding")  # fmt: skip
    ingest.add_argument("--json", action="store_true")
    decide = sub.add_parser("decide", help="record the TEC's decision on a claim")
    decide.add_argument("claim")
    verdict = decide.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--accept", action="store_true")
    verdict.add_argument("--reject", action="store_true")
    decide.add_argument("--reason", required=True)
    decide.add_argument("--destroy", action="store_true", help="the listed data was collected unlawfully (R-CLM-4)")


def _update_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """issue-update, revoke, check-backup, claims."""
    update = sub.add_parser("issue-update", help="write the next update for a precinct")
    update.add_argument("--precinct", required=True)
    update.add_argument("--voters", type=Path)
    update.add_argument(
        "--signatures", type=Path, help="a directory of ClamAV databases (.cvd .cld .hdb .ndb ...) to carry"
    )
    update.add_argument("--out", required=True, type=Path)
    update.add_argument("--json", action="store_true")
    revoke = sub.add_parser("revoke", help="revoke a central key (travels in the next envelopes)")
    revoke.add_argument("key_id")
    revoke.add_argument("--reason", required=True)
    check = sub.add_parser("check-backup", help="open a precinct backup with the recovery key and verify it")
    check.add_argument("file", type=Path)
    check.add_argument("--json", action="store_true")
    findings = sub.add_parser("findings", help="claims held back at ingest (with why) and audit-chain findings")
    findings.add_argument("--precinct", required=True)
    findings.add_argument("--json", action="store_true")
    claims = sub.add_parser("claims", help="claims received from a precinct")
    claims.add_argument("--precinct", required=True)
    claims.add_argument("--json", action="store_true")


def cmd_init(central: Central, args: argparse.Namespace) -> int:
    fp = central.init()
    if args.json:
        emit_json({"root_fingerprint": fp, "root_file": str(central.root / "root.json")})
    else:
        print(f"Root fingerprint: {fp}")
        print(f"Root public key for precinct builds: {central.root / 'root.json'}")
    return 0


def cmd_enroll(central: Central, args: argparse.Namespace) -> int:
    try:
        data = args.request.read_bytes()
    except OSError as exc:
        raise usage(UsageProblem.UNREADABLE_FILE, f"{args.request}: {os_code(exc)}") from exc
    precinct, fp = central.enroll(data)
    if args.json:
        emit_json({"precinct": precinct, "fingerprint": fp})
    else:
        print(f"Precinct {precinct}: device fingerprint {fp}")
        print("It must equal the fingerprint the precinct's pec-desk setup printed.")
    return 0


def cmd_issue_package(central: Central, args: argparse.Namespace) -> int:
    election = None if args.election is None else read_election(args.election)
    issued = central.issue_package(
        args.precinct, args.voters, args.users, election, args.out, signatures=args.signatures
    )
    if args.json:
        emit_json(issued.to_json())
        return 0
    print(issued.path.name)
    print(f"{issued.voters} voters. One-time passwords (shown once, not stored):")
    for a in issued.accounts:
        print(f"  {shown(a.login):<12} {a.role:<10} {a.password}")
    return 0


def cmd_ingest(central: Central, args: argparse.Namespace) -> int:
    result = central.ingest(args.file, accept_expired=args.accept_expired)
    if args.json:
        emit_json(result.to_json())
    elif result.already_applied:
        print(f"batch {result.seq} of precinct {result.precinct}: already applied; nothing changed")
    else:
        print(f"batch {result.seq} of precinct {result.precinct}: {result.claims} claims, {result.changes} changes, "
              f"{result.audit_events} audit events")  # fmt: skip
    for problem in result.problems:
        print(f"[audit-broken] precinct {result.precinct}: {shown(problem)}", file=sys.stderr)
    for held in result.quarantined:  # claims that fail the claim rules: the rest of the batch is applied
        head, *more = held_back_lines(held["number"], [FieldProblem.from_json(p) for p in held["problems"]])
        print(f"[malformed] {shown(head)}", *(shown(line) for line in more), sep="\n", file=sys.stderr)
    return 0


def cmd_findings(central: Central, args: argparse.Namespace) -> int:
    held, notes = central.quarantined(args.precinct), central.findings(args.precinct)
    if args.json:
        emit_json({"quarantined": [q.to_json() for q in held], "findings": notes})
        return 0
    for claim in held:
        for line in held_back_lines(claim.number, claim.problems):
            print(shown(line))
    for note in notes:
        print(shown(note))
    return 0


def cmd_decide(central: Central, args: argparse.Namespace) -> int:
    central.decide(args.claim, args.accept, args.reason, destroy=args.destroy)
    print(f"claim {shown(args.claim)}: {'accepted' if args.accept else 'rejected'}")
    return 0


def cmd_issue_update(central: Central, args: argparse.Namespace) -> int:
    issued = central.issue_update(args.precinct, args.voters, args.out, args.signatures)
    if args.json:
        emit_json(issued.to_json())
    else:
        print(issued.path.name)
        print(f"{issued.voters} new or changed voters, {issued.removed} removed, {issued.decisions} decisions, "
              f"{issued.acks} acknowledgements")  # fmt: skip
    return 0


def cmd_revoke(central: Central, args: argparse.Namespace) -> int:
    bundle = central.revoke(args.key_id, args.reason)
    print(f"trust bundle {bundle.serial}: {len(bundle.revoked)} revoked keys")
    return 0


def cmd_claims(central: Central, args: argparse.Namespace) -> int:
    claims = central.claims(args.precinct)
    if args.json:
        emit_json(claims)
    for c in [] if args.json else claims:
        row(c["number"], c["type"], c["status"], c["decision"])
    return 0


def cmd_check_backup(central: Central, args: argparse.Namespace) -> int:
    from app.central.backups import check_backup

    result = check_backup(args.file, central.recovery_private(), central.root)
    if args.json:
        emit_json(result.to_json())
    else:
        print(f"backup of precinct {result.precinct} ({result.election_id}) made {result.created_at}: "
              f"opens with the recovery key; {result.voters} voters, {result.claims} claims, "
              f"{result.accounts} accounts")  # fmt: skip
    return 0


COMMANDS: dict[str, Callable[[Central, argparse.Namespace], int]] = {
    "check-backup": cmd_check_backup,
    "init": cmd_init,
    "enroll": cmd_enroll,
    "issue-package": cmd_issue_package,
    "ingest": cmd_ingest,
    "decide": cmd_decide,
    "issue-update": cmd_issue_update,
    "revoke": cmd_revoke,
    "claims": cmd_claims,
    "findings": cmd_findings,
}


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # before anything is read: no core dumps, umask 077 (issue 13 point 5)
    args = build_parser().parse_args(argv)

    def run() -> int:
        central = Central(data_dir(args, "PEC_CENTRAL_DATA", "pec-central"))
        try:
            return COMMANDS[args.command](central, args)
        finally:
            central.close()

    return run_guarded(run, where=lambda: data_dir(args, "PEC_CENTRAL_DATA", "pec-central"))


if __name__ == "__main__":
    sys.exit(main())
