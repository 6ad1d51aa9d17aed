"""The command line of `pec-desk` (CLI.md): every command, option and help text."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from app.cli import recovery
from app.cli.version import VersionAction
from app.models.vocabulary import Role

if TYPE_CHECKING:
    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pec-desk", description="PEC Desk: the precinct commission workstation")
    parser.add_argument("--data-dir", help="data directory (default: $PEC_DESK_DATA or the user data dir)")
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("gui", help="open the desktop app")
    _demo_parser(sub)
    search = _user_command(sub, "search", "find voters (public fields only)")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")
    _user_command(sub, "passwd", "change your own password")
    _users_parser(sub)
    _audit_parser(sub)
    _exchange_parsers(sub)
    _media_parser(sub)
    _alerts_parser(sub)
    _claims_parser(sub)
    check = _user_command(sub, "selfcheck", "check the encrypted store (cipher version, page integrity, retention)")
    check.add_argument("--integrity", action="store_true")
    check.add_argument("--json", action="store_true")
    _backup_parsers(sub)
    recovery.add_parser(sub)
    return parser


def _demo_parser(sub: Subparsers) -> None:
    demo = sub.add_parser("demo", help="create a demo precinct with synthetic or given voters")
    demo.add_argument("--voters", type=int, default=6000)
    demo.add_argument("--voters-csv", type=Path)
    demo.add_argument("--election", type=Path)
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--force", action="store_true", help="replace a precinct already in the data dir")
    demo.add_argument("--json", action="store_true")


def _audit_parser(sub: Subparsers) -> None:
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
    _audit_export_parser(audit)


def _audit_export_parser(audit: Subparsers) -> None:
    from app.services.audit_export import FORMAT

    export = _user_command(audit, "export", "write the whole log as a NIST SP 1500-101 election event log (JSON)")
    export.add_argument("--format", required=True, choices=[FORMAT], dest="log_format")
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="a new file (never overwritten)")
    export.add_argument("--json", action="store_true")


def _backup_parsers(sub: Subparsers) -> None:
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


def _exchange_parsers(sub: Subparsers) -> None:
    """setup, import, export, scan."""
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


def _alerts_parser(sub: Subparsers) -> None:
    alerts = _user_command(sub, "alerts", "anomaly alerts over the audit log (R-AUD-3)")
    alerts.add_argument("--unreviewed", action="store_true")
    alerts.add_argument("--review", type=int, metavar="ID", help="record the review of an alert")
    alerts.add_argument("--note", default="", help="what was done (with --review)")
    alerts.add_argument("--json", action="store_true")


def _media_parser(sub: Subparsers) -> None:
    media = sub.add_parser("media", help="the register of work flash drives").add_subparsers(
        dest="media_command", required=True
    )
    _user_command(media, "list", "list the registered drives").add_argument("--json", action="store_true")
    register = _user_command(media, "register", "register the drive mounted at PATH")
    register.add_argument("path", type=Path)
    register.add_argument("--holder", required=True, help="who keeps the drive")
    _user_command(media, "unregister", "take a drive off the register").add_argument("id", type=int)
    _user_command(media, "volumes", "list the removable drives mounted now").add_argument("--json", action="store_true")


def _user_command(sub: Subparsers, name: str, help_text: str) -> argparse.ArgumentParser:
    command = sub.add_parser(name, help=help_text)
    command.add_argument("--user", required=True, help="your login")
    command.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    return command


def _users_parser(sub: Subparsers) -> None:
    users = sub.add_parser("users", help="account administration").add_subparsers(dest="users_command", required=True)
    _user_command(users, "list", "list accounts").add_argument("--json", action="store_true")
    add = _user_command(users, "add", "add an account (prints its one-time password)")
    add.add_argument("login")
    add.add_argument("--full-name", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    for name in ("disable", "reset-password", "unlock"):
        _user_command(users, name, f"{name} an account").add_argument("login")


def _claims_parser(sub: Subparsers) -> None:
    """claims add | list | show | receipt | informed (R-CLM-1..8)."""
    from app.services.claims import INFORM_WAYS, STATUSES

    claims = sub.add_parser("claims", help="voters' claims about the list").add_subparsers(
        dest="claims_command", required=True
    )
    _claims_add_parser(claims)
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


def _claims_add_parser(claims: Subparsers) -> None:
    from app.models.records import CLAIM_TYPES
    from app.services.claims import CONTACT_CHECKS, PLACES

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
