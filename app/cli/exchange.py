"""`pec-desk` import, export, scan, media: envelopes and the registered drives (R-SYN, R-SEC-6/7/11)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.cli.desk_run import Desk
from app.cli.terminal import emit_json, row, shown, tabbed
from app.cli.usage import UsageProblem, usage
from app.errors import AppError, Defect, Reason
from app.messages import explain
from app.security.session import Session
from app.services.media import MediaService, path_on_drive, refuse_link

if TYPE_CHECKING:
    from app.security.scanner.types import ScanReport
    from app.services.sync_import import ImportSummary


def cmd_import(desk: Desk) -> int:
    args = desk.args

    def run(session: Session | None) -> int:
        summary = _import(desk, session)
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


def _import(desk: Desk, session: Session | None) -> ImportSummary:
    from app.services.scanning import ScanService
    from app.services.sync_import import EnvelopeImport
    from app.services.transfer import MediaTransfer

    args = desk.args
    refuse_link(args.file)  # never followed, on a drive or not (R-SEC-11)
    volume = desk.media().volume_of(args.file) if session is not None else None
    if volume is not None and session is not None:  # from a drive: registered, scanned, staged
        transfer = MediaTransfer(desk.ctx, ScanService(desk.ctx, desk.volumes))
        relative = path_on_drive(volume, args.file)
        summary, _report = transfer.import_envelope(session, volume, relative, preview=args.preview)
        return summary
    job = EnvelopeImport(desk.ctx, session)
    return job.preview(args.file) if args.preview else job.apply(args.file)


def cmd_export(desk: Desk) -> int:
    from app.services.scanning import ScanService
    from app.services.sync_export import BatchExport
    from app.services.transfer import MediaTransfer

    def run(session: Session) -> int:
        volume = desk.media().volume_of(desk.args.out)
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


def cmd_scan(desk: Desk) -> int:
    from app.services.scanning import ScanService, report_json, scan_outcome_exit

    def run(session: Session) -> int:
        scanned = ScanService(desk.ctx, desk.volumes).scan(session, desk.args.path)
        scanned.result.discard()
        report = scanned.result.report
        if desk.args.json:
            emit_json({**report_json(report), "registered_medium": scanned.medium_id})
        else:
            _print_scan(report, scanned.medium_id)
        return scan_outcome_exit(report)

    return desk.as_user(run)


def _print_scan(report: ScanReport, medium_id: int | None) -> None:
    print(f"{shown(report.root)}: {report.outcome.value} ({report.files} files, {report.bytes} bytes, "
          f"{report.seconds:.1f} s)")  # fmt: skip
    print("engines: " + (", ".join(f"{e.name} {e.version} [{e.signatures}]" for e in report.engines) or "none"))
    print(f"registered drive: {medium_id or 'no'}")
    for finding in report.findings:
        print("  " + tabbed(finding.verdict.value, finding.rule, finding.path, finding.detail))
    if report.reason:
        print(f"reason: {shown(report.reason)}")
    if report.outcome.value == "refused" and any(f.verdict.value == "infected" for f in report.findings):
        found = next(f for f in report.findings if f.verdict.value == "infected")
        print(explain(AppError(Reason.INFECTED, defect=Defect.VIRUS_FOUND, path=found.path, virus=found.rule)))


def cmd_media(desk: Desk) -> int:
    args = desk.args

    def run(session: Session) -> int:
        media = desk.media()
        if args.media_command == "list":
            _list_media(media, session, json=args.json)
        elif args.media_command == "volumes":
            _list_volumes(media, json=args.json)
        elif args.media_command == "register":
            volume = media.volume_of(args.path)
            if volume is None or volume.mount_point.resolve() != args.path.resolve():
                raise usage(UsageProblem.NOT_A_MOUNT_POINT, args.path)
            medium = media.register(session, volume, args.holder)
            print(f"registered drive {medium.id}: " + shown(f"{medium.label} {medium.serial} {medium.volume_id}"))
        else:
            media.unregister(session, args.id)
        return 0

    return desk.as_user(run)


def _list_media(media: MediaService, session: Session, *, json: bool) -> None:
    listed = media.all(session)
    if json:
        emit_json([m.__dict__ for m in listed])
        return
    for m in listed:
        row(m.id, m.label, m.serial, m.volume_id, m.holder, m.registered_at)


def _list_volumes(media: MediaService, *, json: bool) -> None:
    found = media.volumes()
    if json:
        emit_json([{"mount_point": str(v.mount_point), "serial": v.serial, "volume_id": v.volume_id,
                    "label": v.label, "registered": bool(media.registered(v))} for v in found])  # fmt: skip
        return
    for v in found:
        print(f"{v.mount_point}\t{v.label}\t{v.serial}\t{v.volume_id}\t"
              f"{'registered' if media.registered(v) else 'not registered'}")  # fmt: skip
