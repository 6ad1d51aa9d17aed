"""A claim's attachments (R-CLM-3): scanned images or PDFs (PDF, JPEG, PNG by their magic bytes,
never by name), at most `MAX_ATTACHMENT_BYTES` each, read from a path only through the media scan
(`read_attachment`); only the staged, scanned copy is read and the staging is removed at once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from app.errors import AppError, Defect, Part, Reason, os_defect
from app.security.scanner.policy import CLAIM_ATTACHMENTS, FileType, sniff
from app.security.scanner.volumes import VolumeSource
from app.security.session import Session
from app.services.ports import ScanHost

if TYPE_CHECKING:  # the scan pipeline is loaded only when an attachment is read
    from app.services.scanning import ScanService

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
ATTACHMENT_KINDS = {FileType.PDF: "pdf", FileType.JPEG: "jpeg", FileType.PNG: "png"}


@dataclass(frozen=True)
class Attachment:
    """A file given with a claim, as read (name without any directory, and the bytes)."""

    name: str
    data: bytes


def check_attachment(attachment: Attachment) -> str:
    """The stored kind of an acceptable attachment, or the refusal (too-large, malformed)."""
    size = len(attachment.data)
    if size > MAX_ATTACHMENT_BYTES:
        raise AppError(Reason.TOO_LARGE, defect=Defect.OVER_LIMIT, part=Part.ATTACHMENT, name=attachment.name,
                       limit=MAX_ATTACHMENT_BYTES)  # fmt: skip
    kind = ATTACHMENT_KINDS.get(sniff(attachment.data[:4096]))
    if kind is None:
        raise AppError(Reason.MALFORMED, defect=Defect.NOT_A_SCAN, name=attachment.name)
    return kind


def read_attachment(
    ctx: ScanHost, session: Session, path: Path, volumes: VolumeSource, *, scans: ScanService | None = None
) -> Attachment:
    """Reads one attachment from `path`. On a removable drive the folder holding it is scanned
    first (claim-attachments policy and antivirus); a local file is scanned alone, from a private
    copy (`ScanService.scan_file`); only the staged copy of a clean scan is read.
    `scans` is injectable for tests; by default a ScanService with the device's engines."""
    from app.services.media import MediaService  # noqa: PLC0415 (the scan pipeline loads only when needed)
    from app.services.scanning import ScanService, refusal_of  # noqa: PLC0415

    path = Path(path)
    if not path.is_file():
        raise AppError(Reason.USAGE, defect=Defect.NOT_A_FILE, part=Part.FILE, path=str(path))
    volume = MediaService(ctx, volumes).volume_of(path)
    scanner = scans or ScanService(ctx, volumes)
    if volume is None:  # a local file is scanned as well, from a private copy (R-SEC-6)
        result = scanner.scan_file(session, path, allowed=CLAIM_ATTACHMENTS, max_bytes=MAX_ATTACHMENT_BYTES).result
    else:
        result = scanner.scan(session, path.parent, allowed=CLAIM_ATTACHMENTS).result
    try:
        if not result.clean:
            raise refusal_of(result.report)
        staged = next((s for s in result.staged if s.relative == path.name), None)
        if staged is None:
            raise AppError(Reason.USAGE, defect=Defect.NOT_ON_DRIVE, name=path.name)
        return Attachment(safe_name(path.name), _read_limited(staged.path))
    finally:
        result.discard()


def _read_limited(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as exc:
        raise AppError(Reason.MEDIUM_ERROR, part=Part.FILE, path=path.name, **os_defect(exc)) from exc
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise AppError(
            Reason.TOO_LARGE, defect=Defect.OVER_LIMIT, part=Part.FILE, path=path.name, limit=MAX_ATTACHMENT_BYTES
        )
    return data


def safe_name(name: str) -> str:
    base = PurePath(name.replace("\\", "/")).name.strip() or "attachment"
    return "".join(ch for ch in base if ch.isprintable())[:100]
