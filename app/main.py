"""The composition root of the desktop app: `pec-desk gui` calls `run_gui(data_dir)`.

`build_app` makes every object of a running app (context, services, task runner,
translations, the window flow) and passes them down; nothing is global. Tests build
the same app with a tiny idle timeout and their own translation directory.

One app runs per data dir: `build_app` takes the data dir's `InstanceLock` first (the flow lets it
go at shutdown); a second start on the same data dir says so in the user's language and ends
without a login window (`run_gui`). Tests build several apps in one process on different data dirs.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from app.clock import Clock, SystemClock
from app.errors import AppError, Reason
from app.messages import current_language, explain
from app.paths import resources_dir
from app.security.capture import exclude_from_capture
from app.security.crash_log import disable_fault_log, enable_fault_log, record_crash, set_crash_dir
from app.security.scanner.volumes import VolumeSource, volume_source
from app.services.context import DeskContext
from app.services.desk_services import DeskServices
from app.services.failures import as_app_error
from app.ui.common.capture_guard import CaptureGuard, Excluder
from app.ui.common.choosers import DialogChooser, FileChooser
from app.ui.common.deps import UiDeps
from app.ui.common.instance_lock import AlreadyOpen, InstanceLock, already_open_text
from app.ui.common.os_session import OsSessionWatcher
from app.ui.common.task_runner import TaskRunner
from app.ui.common.translations import DEFAULT_LANGUAGE, Translations
from app.ui.desk_flow import DeskFlow, Timings
from app.ui.settings.store import load_display
from app.ui.settings.text_size import apply_text_scale


def build_app(
    app: QApplication,
    data_dir: Path,
    *,
    idle_ms: int | None = None,
    logout_ms: int | None = None,
    clipboard_ms: int | None = None,
    lang: str = DEFAULT_LANGUAGE,
    i18n_dir: Path | None = None,
    chooser: FileChooser | None = None,
    volumes: VolumeSource | None = None,
    exclude: Excluder | None = None,
    os_session: OsSessionWatcher | None = None,
    clock: Clock | None = None,
) -> DeskFlow:
    """Every object of the app, wired; `flow.start()` shows the login window.

    `idle_ms` overrides the policy's idle minutes, `logout_ms` the automatic log-out (4 × idle)
    and `clipboard_ms` the clipboard's clearing time (30 s) (tests); `i18n_dir` holds the .qm files;
    `chooser` answers the file and folder choices (tests; the native dialogs otherwise);
    `volumes` reports the removable drives (tests; the OS's, or PEC_DESK_VOLUMES_FILE, otherwise);
    `exclude` keeps a window out of screen captures (tests; the OS's way, R-SEC-8, otherwise);
    `os_session` hears the OS lock the session or suspend (tests give it their buses, R-SEC-5);
    `clock` is what the idle lock reads (tests move their own, R-SEC-5).
    `AlreadyOpen` when another app holds the data dir.
    """
    instance = InstanceLock(data_dir)
    instance.acquire()
    with _released_if_failed(instance):
        drives = volumes or volume_source()
        services = DeskServices(DeskContext(data_dir))
        runner = TaskRunner(app)
        translations = Translations(app, i18n_dir)
        if not translations.set_language(lang):
            logging.getLogger(__name__).warning("no translation for %r: run `make translations`", lang)
        app.setStyleSheet(load_style())
        # The device's text size before the login window opens (no personal data; never fails).
        apply_text_scale(app, load_display(services.display_settings_file()).text_scale)
        capture = CaptureGuard(app, exclude or exclude_from_capture)
        capture.install()
        deps = UiDeps(
            app,
            services,
            services.auth,
            services.voters,
            runner,
            translations,
            chooser or DialogChooser(),
            drives,
            capture=capture,
            clock=clock or SystemClock(),
        )
        timings = Timings(idle_ms, logout_ms, clipboard_ms)
        return DeskFlow(deps, timings=timings, os_session=os_session or OsSessionWatcher(), instance=instance)


@contextlib.contextmanager
def _released_if_failed(instance: InstanceLock) -> Iterator[None]:
    try:
        yield
    except BaseException:
        instance.release()
        raise


def qt_versions() -> tuple[str, str]:
    """(Qt's version, PySide6's version), for `--version` (the CLI imports no Qt itself)."""
    return qVersion(), pyside_version


def load_style() -> str:
    path = resources_dir() / "styles" / "app.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def install_failure_hook(
    lang: Callable[[], str], show: Callable[[str], None] | None = None, data_dir: Path | None = None
) -> Callable[[], None]:
    """Any exception that reaches the event loop (a slot, a callback) ends as a message box with
    its code, as a refusal does, instead of a traceback on the terminal; only its type is printed
    (a traceback's values may hold a voter's data). A bug's types and frames, without any value, go
    to `data_dir`'s crash log (`app.security.crash_log`). Returns the function that takes the hook away."""
    previous, previous_thread = sys.excepthook, threading.excepthook
    say = show or _message_box

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if not isinstance(value, Exception):  # KeyboardInterrupt, SystemExit: as Python does
            previous(kind, value, tb)
            return
        error = as_app_error(value)
        if error.reason is Reason.INTERNAL_ERROR:
            record_crash(data_dir, value, "window")
        with contextlib.suppress(OSError, ValueError):
            print(f"[{error.reason.value}] {kind.__name__}", file=sys.stderr)
        say(f"[{error.reason.value}] {explain(error, lang())}")

    def thread_hook(args: threading.ExceptHookArgs) -> None:  # another thread: no window to show it in
        error = as_app_error(args.exc_value or Exception())
        if error.reason is Reason.INTERNAL_ERROR and args.exc_value is not None:
            record_crash(data_dir, args.exc_value, "thread")
        with contextlib.suppress(OSError, ValueError):
            print(f"[{error.reason.value}] {args.exc_type.__name__}", file=sys.stderr)

    sys.excepthook, threading.excepthook = hook, thread_hook

    def uninstall() -> None:
        sys.excepthook, threading.excepthook = previous, previous_thread

    return uninstall


def say_already_open(
    app: QApplication, lang: str, i18n_dir: Path | None = None, show: Callable[[str], None] | None = None
) -> None:
    """A second start on the same data dir: the message in `lang`, then nothing more opens."""
    translations = Translations(app, i18n_dir)
    translations.set_language(lang)
    try:
        (show or _message_box)(already_open_text())
    finally:
        translations.uninstall()


def _message_box(text: str) -> None:
    QMessageBox.critical(None, "PEC Desk", text)


def show_refusal(text: str) -> None:
    """A refusal before the window opens (a production build's start checks) in a message box."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    _message_box(text)


def run_gui(data_dir: Path, *, show: Callable[[str], None] | None = None) -> int:
    """Open the desktop app on `data_dir`; returns the exit code. `show` tells that the data dir is
    already open in another app (a message box; tests collect the text)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("PEC Desk")
    app.setQuitOnLastWindowClosed(False)  # the flow decides when the app ends
    try:
        flow = build_app(app, data_dir, lang=current_language())
    except AlreadyOpen:
        say_already_open(app, current_language(), show=show)
        return 2
    if not flow.deps.services.has_precinct():
        error = AppError(Reason.NO_PRECINCT, path=str(data_dir))
        QMessageBox.critical(None, "PEC Desk", explain(error, flow.deps.translations.lang))
        flow.shutdown()
        return error.exit_code
    flow.finished.connect(app.quit)
    uninstall = install_failure_hook(lambda: flow.deps.translations.lang, data_dir=data_dir)
    fault_log = enable_fault_log(data_dir)  # a hard crash: its frames to the crash log
    set_crash_dir(data_dir)  # a bug in a worker's job too
    try:
        flow.start()
        return app.exec()
    finally:
        uninstall()
        flow.shutdown()
        set_crash_dir(None)
        disable_fault_log(fault_log)
