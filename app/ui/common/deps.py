"""What the views are given by the composition root (`app.main.build_app`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app.clock import Clock, SystemClock
from app.security.scanner.volumes import VolumeSource, volume_source
from app.services.auth import AuthService
from app.services.desk_services import DeskServices
from app.services.voters import VoterService
from app.ui.common.capture_guard import CaptureGuard
from app.ui.common.choosers import DialogChooser, FileChooser
from app.ui.common.pdf_preview import PdfPreviewer, PrintPreview
from app.ui.common.task_runner import TaskRunner
from app.ui.common.translations import Translations


@dataclass(frozen=True)
class UiDeps:
    """The services and the shared UI infrastructure of one running app.

    `services` are only ever called inside jobs given to `runner` (never on the UI thread); they
    are the views' only way to the stores.
    `chooser` picks files and folders (the native dialogs; tests give a fixed answer).
    `volumes` reports the removable drives connected now (the OS's; tests plug directories).
    `previewer` shows a PDF written in memory with a way to print it (Qt's print preview; tests
    collect the bytes).
    `capture` keeps the windows out of screen captures where the OS allows it (R-SEC-8); the
    composition root installs it, tests that build windows by hand may leave it out.
    `clock` is what the idle lock reads (R-SEC-5); tests move their own by hand.
    """

    app: QCoreApplication
    services: DeskServices
    auth: AuthService
    voters: VoterService
    runner: TaskRunner
    translations: Translations
    chooser: FileChooser = field(default_factory=DialogChooser)
    volumes: VolumeSource = field(default_factory=volume_source)
    previewer: PdfPreviewer = field(default_factory=PrintPreview)
    capture: CaptureGuard | None = None
    clock: Clock = field(default_factory=SystemClock)
