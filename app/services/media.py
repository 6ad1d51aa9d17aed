"""The media register and the checks every transfer passes (R-SEC-6, R-SEC-7, R-SEC-11).

The chair or the secretary registers each work flash drive by what the OS reports of it: the
device serial and the volume id (both must match later; when the OS gives no serial, the volume id
alone, which a reformat changes), with a label and the person who holds it. Import and export
work only with registered drives; anything else is refused with `unregistered-medium` and
audited. Volumes appearing and disappearing, and non-storage USB devices (a phone), are audited;
a non-storage device is also shown as a warning.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.clock import iso
from app.errors import AppError, Defect, Part, Reason
from app.models.bounds import bound, check_text
from app.models.db import transaction
from app.models.media import Medium, MediumRepository
from app.security.audit import Actor, AuditAction
from app.security.permissions import Action
from app.security.scanner.volumes import Change, Volume, VolumeSource
from app.security.scanner.walk import shown
from app.security.session import Session
from app.services.guard import authorize
from app.services.ports import PrecinctStore


class MediaService:
    def __init__(self, ctx: PrecinctStore, source: VolumeSource) -> None:
        self._ctx = ctx
        self._source = source

    @property
    def _rows(self) -> MediumRepository:
        return MediumRepository(self._ctx.precinct)

    # ---- the register -----------------------------------------------------------------
    def register(self, session: Session, volume: Volume, holder: str) -> Medium:
        ctx = self._ctx
        authorize(ctx, session, Action.MEDIA_REGISTER)
        holder = check_text(holder.strip(), "holder")  # it travels in the audit event (R-SYN-1)
        if not holder or len(holder) > 200:
            raise AppError(Reason.MALFORMED, defect=Defect.NAME_REQUIRED, limit=200)
        if not volume.volume_id:
            raise AppError(Reason.MALFORMED, defect=Defect.NO_VOLUME_ID)
        if self.registered(volume) is not None:
            raise AppError(Reason.DUPLICATE, defect=Defect.ALREADY_REGISTERED, label=volume.label or volume.volume_id)
        now = iso(ctx.clock.now())
        with transaction(ctx.precinct):
            medium_id = self._rows.add(volume.serial, volume.volume_id, bound(volume.label, 100), holder, at=now,
                                       by=session.login)  # fmt: skip
            ctx.audit.append(
                session.actor,
                AuditAction.MEDIA_REGISTERED,
                obj=str(medium_id),
                details={
                    "serial": volume.serial,
                    "volume_id": volume.volume_id,
                    "label": bound(volume.label, 100),
                    "holder": holder,
                },
            )
        return self._get(medium_id)

    def unregister(self, session: Session, medium_id: int) -> None:
        ctx = self._ctx
        authorize(ctx, session, Action.MEDIA_REGISTER)
        with transaction(ctx.precinct):
            changed = self._rows.unregister(medium_id, iso(ctx.clock.now()))
            if not changed:
                raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_MEDIUM, number=medium_id)
            ctx.audit.append(session.actor, AuditAction.MEDIA_UNREGISTERED, obj=str(medium_id))

    def all(self, session: Session, *, include_unregistered: bool = False) -> list[Medium]:
        authorize(self._ctx, session, Action.MEDIA_REGISTER)
        return self._rows.all(include_unregistered=include_unregistered)

    def _get(self, medium_id: int) -> Medium:
        return self._rows.get(medium_id)

    def registered(self, volume: Volume) -> Medium | None:
        """The active registration matching this volume's identity, or None."""
        if not volume.volume_id:
            return None
        return self._rows.active(volume.volume_id, volume.serial)

    # ---- transfers ----------------------------------------------------------------------
    def volumes(self) -> list[Volume]:
        return self._source.volumes()

    def volume_of(self, path: Path) -> Volume | None:
        """The removable volume `path` lies on (the longest mount point above it), as it is written
        or once its links are resolved (a link into a drive, or on one, still counts), or None."""
        return self._volume_under(Path(os.path.abspath(path))) or self._volume_under(Path(path).resolve())

    def _volume_under(self, target: Path) -> Volume | None:
        best: Volume | None = None
        for volume in self._source.volumes():
            mount = volume.mount_point.resolve()
            if (target == mount or mount in target.parents) and (
                best is None or len(str(mount)) > len(str(best.mount_point))
            ):
                best = volume
        return best

    def require_registered(self, session: Session, volume: Volume, task: str) -> Medium:
        """The registration of `volume`, or `unregistered-medium` (audited) for any other drive."""
        medium = self.registered(volume)
        if medium is None:
            self._ctx.audit.append(
                session.actor,
                AuditAction.MEDIA_REFUSED,
                obj=volume.label[:100] or volume.volume_id,
                outcome="refused",
                details={"task": task, "serial": volume.serial, "volume_id": volume.volume_id},
            )
            raise AppError(
                Reason.UNREGISTERED_MEDIUM, label=volume.label or volume.volume_id or str(volume.mount_point)
            )
        return medium

    # ---- noticing -----------------------------------------------------------------------
    def notice(self, change: Change, actor: Actor) -> list[str]:
        """Audits what appeared and disappeared; returns warnings for the window (non-storage devices)."""
        audit = self._ctx.audit
        for volume in change.appeared:
            known = self.registered(volume) if self._ctx.has_precinct() and _open(self._ctx) else None
            audit.append(
                actor,
                AuditAction.MEDIA_CONNECTED,
                obj=volume.label[:100] or volume.volume_id,
                details={
                    "serial": volume.serial,
                    "volume_id": volume.volume_id,
                    "registered": known.id if known else 0,
                },
            )
        for volume in change.disappeared:
            audit.append(actor, AuditAction.MEDIA_DISCONNECTED, obj=volume.label[:100] or volume.volume_id)
        warnings = []
        for device in change.devices:
            audit.append(
                actor,
                AuditAction.MEDIA_DEVICE,
                obj=device.id,
                outcome="warning",
                details={"kind": device.kind, "name": device.name[:100]},
            )
            warnings.append(f"{device.kind}: {device.name or device.id}")
        return warnings


def _open(ctx: PrecinctStore) -> bool:
    try:
        ctx.precinct  # noqa: B018 - raises when nobody is logged in
    except AppError:
        return False
    return True


def path_on_drive(volume: Volume, path: Path) -> str:
    """`path`'s place on `volume`, "/"-separated ("" for the drive itself), as it is written. A link
    is never followed (R-SEC-11): `path` reaching the drive only through a link, or it or any folder
    between the drive's root and it being a link, is refused as a policy violation."""
    target = Path(os.path.abspath(path))
    mounts = [Path(os.path.abspath(volume.mount_point)), volume.mount_point.resolve()]
    mount = next((m for m in mounts if target == m or m in target.parents), None)
    if mount is None:
        raise _link_refused(Path(path).name)
    current = mount
    for part in target.relative_to(mount).parts:
        current = current / part
        if current.is_symlink():
            raise _link_refused(current.relative_to(mount).as_posix())
    relative = target.relative_to(mount).as_posix()
    return "" if relative == "." else relative


def refuse_link(path: Path) -> None:
    """A file to be read is never a symbolic link (R-SEC-11): refused as a policy violation."""
    if Path(path).is_symlink():
        raise _link_refused(Path(path).name)


def _link_refused(name: str) -> AppError:
    return AppError(Reason.POLICY_VIOLATION, defect=Defect.SYMLINK, part=Part.FILE, path=shown(name))
