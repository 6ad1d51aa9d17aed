"""`make screenshots`: every page and main dialog of the window, in Kyrgyz and Russian, as PNG files
in docs/screenshots/ (issue 12 point 10).

Runs under Xvfb (`xvfb-run`, the Qt `xcb` platform) so the pictures are drawn as on a desktop, with
the system's fonts; where Xvfb is missing, QT_QPA_PLATFORM=offscreen draws them too (the Makefile
target uses Xvfb). The data is a demo precinct made the real way (`app.cli.demo_precinct`, as
`make demo` does) in a temporary directory, with a few claims filed, so the pages show realistic
rows; it needs the keyring (the Makefile runs it inside scripts/with-keyring.sh). Nothing is kept
but the PNG files.

    python scripts/screenshots.py [--out docs/screenshots] [--langs ky,ru] [--voters 600]
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.cli.demo_precinct import build_demo, demo_voters, election_from  # noqa: E402
from app.errors import AppError, Reason  # noqa: E402
from app.main import load_style  # noqa: E402
from app.messages import explain  # noqa: E402
from app.models.records import VoterRow  # noqa: E402
from app.security.session import Session  # noqa: E402
from app.services.claims import ClaimService  # noqa: E402
from app.services.context import DeskContext  # noqa: E402
from app.services.desk_services import DeskServices  # noqa: E402
from app.ui.common.deps import UiDeps  # noqa: E402
from app.ui.common.help import HelpDialog  # noqa: E402
from app.ui.common.task_runner import TaskRunner  # noqa: E402
from app.ui.common.translations import Translations  # noqa: E402
from app.ui.documents.dialogs import PostingListDialog  # noqa: E402
from app.ui.login_dialog import LoginDialog  # noqa: E402
from app.ui.main_window import MainWindow, SessionInfo  # noqa: E402
from app.ui.pages import PageId  # noqa: E402

# The demo users' own password after the one-time one: new each run, never shown (R-SEC-2's rules).
PASSWORD = "Qz7!-" + secrets.token_hex(8)
WINDOW_SIZE = (1180, 760)
ROLES = ("chair", "sysadmin", "auditor")  # between them every page


class NoPreview:
    """The print preview is not drawn here (a dialog of Qt's own, modal)."""

    def preview(self, parent: QWidget, title: str, pdf: bytes) -> None:
        del parent, title, pdf


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--langs", default="ky,ru")
    parser.add_argument("--voters", type=int, default=600)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(load_style())
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pecdesk-shots-") as tmp:
        ctx = demo_precinct(Path(tmp) / "data", args.voters)
        try:
            shots = Shots(app, ctx, args.out)
            for lang in args.langs.split(","):
                shots.take_all(lang)
            shots.close()
        finally:
            ctx.secrets.delete(ctx.device_id)
            ctx.close()
    print(f"screenshots: {len(list(args.out.glob('*.png')))} PNG files in {args.out}")
    return 0


def demo_precinct(data_dir: Path, voters: int) -> DeskContext:
    """The demo precinct (as `make demo`), its users' passwords changed, three claims filed."""
    data_dir.mkdir(parents=True, mode=0o700)
    rows: list[VoterRow] = list(demo_voters(voters, seed=7))
    result = build_demo(DeskContext(data_dir), rows, election_from(None), force=True)
    ctx = DeskContext(data_dir)
    services = DeskServices(ctx)
    for account in result.accounts:
        session = services.auth.login(account.login, account.password)
        services.auth.change_password(session, account.password, PASSWORD)
        services.auth.logout(session)
    member = services.auth.login("member1", PASSWORD)
    claims = ClaimService(ctx)
    for row, kind, fields in ((rows[3], "address", {"address": "Бишкек ш., Ахунбаев көчөсү 12-кв. 4"}),
                              (rows[8], "correction", {"last_name": "Асанбекова"}),
                              (rows[15], "address", {"address": "Бишкек ш., Токтогул көчөсү 101"})):  # fmt: skip
        claims.file(member, claim_type=kind, pin=row.pin, fields=fields, contact="+996 555 100 200",
                    passport_checked=True, identified=True)  # fmt: skip
    services.auth.logout(member)
    return ctx


class Shots:
    def __init__(self, app: QApplication, ctx: DeskContext, out: Path) -> None:
        self.app, self.out = app, out
        self.runner = TaskRunner()
        self.translations = Translations(app)
        services = DeskServices(ctx)
        self.deps = UiDeps(app, services, services.auth, services.voters, self.runner, self.translations,
                           previewer=NoPreview())  # fmt: skip
        self.info = SessionInfo(idle_ms=3_600_000, precinct="1001")

    def take_all(self, lang: str) -> None:
        self.translations.set_language(lang)
        self.pump()
        self.login_screen(lang)
        done: set[PageId] = set()
        for login in ROLES:
            window = self.open_window(login)
            for page in window.pages:
                if page not in done:
                    done.add(page)
                    self.page(window, page, lang)
            if login == "chair":
                self.chair_dialogs(window, lang)
            self.close_window(window)

    def login_screen(self, lang: str) -> None:
        dialog = LoginDialog(self.deps)
        dialog.show()
        self.pump()
        self.save(dialog, f"{lang}-login")
        dialog.show_error(AppError(Reason.WRONG_PASSWORD))
        self.pump()
        self.save(dialog, f"{lang}-login-error")
        dialog.close()
        dialog.deleteLater()

    def open_window(self, login: str) -> MainWindow:
        session: Session = self.deps.auth.login(login, PASSWORD)
        self.session = session
        window = MainWindow(self.deps, session, self.info)
        window.resize(*WINDOW_SIZE)
        window.show()
        window.start()
        self.pump()
        return window

    def page(self, window: MainWindow, page: PageId, lang: str) -> None:
        window.show_page(page)
        if page is PageId.VOTERS:
            window.search_panel.search_edit.setText("Ас")
        self.pump(400)
        self.save(window, f"{lang}-page-{page.value}")

    def chair_dialogs(self, window: MainWindow, lang: str) -> None:
        window.show_page(PageId.CLAIMS)
        window.open_claim_dialog()
        dialog = window.claim_dialog
        if dialog is not None:
            self.pump()
            dialog.save_button.click()  # the empty form: each field's problem beside it
            self.pump()
            self.save(dialog, f"{lang}-claim-intake-errors")
            dialog.reject()
        posting = PostingListDialog(self.deps, self.session, window)
        self.show_and_save(posting, f"{lang}-posting-list")
        self.show_and_save(HelpDialog(PageId.VOTERS.value, lang, window), f"{lang}-help-voters")
        self.file_dialog(window, lang)
        window.lock_now("manual")
        window.lock_overlay.show_error(explain(AppError(Reason.WRONG_PASSWORD), lang))
        self.pump()
        self.save(window, f"{lang}-lock-screen")

    def file_dialog(self, window: MainWindow, lang: str) -> None:
        """Qt's own file dialog, as the chooser opens it: in the UI's language."""
        dialog = QFileDialog(window, "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setDirectory("/")  # no one's home folder in a committed picture
        self.show_and_save(dialog, f"{lang}-file-dialog")

    def show_and_save(self, dialog: QWidget, name: str) -> None:
        dialog.show()
        self.pump()
        self.save(dialog, name)
        dialog.close()

    def close_window(self, window: MainWindow) -> None:
        self.pump()
        window.end_session()
        window.close()
        window.deleteLater()
        self.pump()

    def save(self, widget: QWidget, name: str) -> None:
        widget.grab().save(str(self.out / f"{name}.png"))

    def pump(self, at_least_ms: int = 150) -> None:
        """Lets the jobs finish and the layouts settle."""
        end = time.monotonic() + at_least_ms / 1000
        while self.runner.busy or time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def close(self) -> None:
        self.pump()
        self.runner.shutdown()
        self.translations.uninstall()


if __name__ == "__main__":
    raise SystemExit(main())
