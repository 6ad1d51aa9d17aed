"""One `pec-desk` command's run (`Desk`) and what several commands share: output files that are
new names only, reserved before anything is filed (R-SEC-11)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from app.cli.common import PasswordSource, data_dir
from app.cli.usage import UsageProblem, usage
from app.errors import AppError, Reason, os_failure
from app.security.atomic import reserve_new_file
from app.security.scanner.volumes import VolumeSource, volume_source
from app.security.session import Session
from app.services.auth import AuthService
from app.services.context import DeskContext
from app.services.media import MediaService


class Desk:
    """One command's run: a context on the data dir, logged in where the command needs it."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.ctx = DeskContext(data_dir(args, "PEC_DESK_DATA", "pec-desk"))
        self.passwords = PasswordSource(getattr(args, "password_stdin", False))
        self._volumes: VolumeSource | None = None

    @property
    def volumes(self) -> VolumeSource:
        """The OS's drives, read when a command needs them (a bad PEC_DESK_VOLUMES_FILE is a refusal)."""
        if self._volumes is None:
            self._volumes = volume_source()
        return self._volumes

    def media(self) -> MediaService:
        return MediaService(self.ctx, self.volumes)

    def as_user(self, action: Callable[[Session], int]) -> int:
        auth = AuthService(self.ctx)
        session = auth.login(self.args.user, self.passwords.read("Password: "))
        try:
            return action(session)
        finally:
            auth.logout(session)
            self.ctx.close()


def check_out_file(path: Path) -> None:
    """A file the command will create: never an existing name (a file, a device, a link)."""
    if path.is_dir() or not path.parent.is_dir():
        raise usage(UsageProblem.NOT_A_NEW_FILE, path)
    if os.path.lexists(path):
        raise AppError(Reason.FILE_EXISTS, path=str(path))


RECEIPT_ROOM = 4 * 1024 * 1024  # set aside before a claim is filed: a receipt PDF is a few hundred KiB


def reserve(path: Path) -> None:
    """The receipt's name, and room for it, claimed before the claim is filed: a taken name, a
    read-only folder or a full disk refuses the command with nothing filed (R-SEC-11)."""
    try:
        reserve_new_file(path, room=RECEIPT_ROOM)
    except FileExistsError as exc:
        raise AppError(Reason.FILE_EXISTS, path=str(path)) from exc
    except OSError as exc:
        raise os_failure(exc, str(path)) from exc
