"""Issue 12 point 1: one window, a page per job, and each role sees exactly the pages its
permissions allow (R-SEC-3: the window hides what the permission table forbids)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.vocabulary import Role
from app.security.permissions import PERMISSIONS, Action
from app.ui.common.deps import UiDeps
from app.ui.common.page import Page
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.page_registry import FACTORIES
from app.ui.pages import PAGE_ACTIONS, PageId, pages_for
from tests.conftest import Precinct
from tests.gui.conftest import start_window, window_deps

P = PageId
EXPECTED: dict[Role, list[PageId]] = {
    Role.MEMBER: [P.HOME, P.VOTERS, P.CLAIMS, P.DOCUMENTS, P.SETTINGS],
    Role.SECRETARY: [P.HOME, P.VOTERS, P.CLAIMS, P.DOCUMENTS, P.EXCHANGE, P.AUDIT, P.SETTINGS],
    Role.CHAIR: [P.HOME, P.VOTERS, P.CLAIMS, P.DOCUMENTS, P.EXCHANGE, P.AUDIT, P.BACKUP, P.SETTINGS],
    Role.SYSADMIN: [P.HOME, P.AUDIT, P.ACCOUNTS, P.BACKUP, P.SETTINGS],
    Role.AUDITOR: [P.HOME, P.AUDIT, P.SETTINGS],
}
LOGINS = {Role.MEMBER: "member1", Role.SECRETARY: "secretary", Role.CHAIR: "chair", Role.SYSADMIN: "sysadmin",
          Role.AUDITOR: "auditor"}  # fmt: skip


@dataclass
class PageDesk:
    precinct: Precinct
    deps: UiDeps
    windows: list[MainWindow] = field(default_factory=list)


@pytest.fixture
def desk(qapp: QApplication, qtbot: QtBot, precinct: Precinct, qm_dir: Path) -> Iterator[PageDesk]:
    with window_deps(qapp, qtbot, qm_dir, precinct.ctx) as (deps, windows):
        yield PageDesk(precinct, deps, windows)


def test_the_table_gives_each_role_its_pages() -> None:
    """R-SEC-3: the pages follow the permission table; a page no action of the role opens is absent."""
    for role, pages in EXPECTED.items():
        assert pages_for(role) == pages, role
    for page, actions in PAGE_ACTIONS.items():
        assert actions <= set(Action), page
    assert all(PERMISSIONS[role] for role in Role)


def test_every_page_has_a_view() -> None:
    missing = set(PageId) - set(FACTORIES)
    assert not missing, f"pages without a view: {sorted(missing)}"


@pytest.mark.parametrize("role", list(EXPECTED))
def test_each_role_sees_exactly_its_pages(qtbot: QtBot, desk: PageDesk, role: Role) -> None:
    """The side bar of each role lists its pages in order; Ctrl+<n> opens the n-th; nothing of
    another role's page is built."""
    session = desk.precinct.ready_session(LOGINS[role])
    window = start_window(qtbot, desk.deps, desk.windows, session, SessionInfo(600_000, "1001"))
    assert list(window.pages) == EXPECTED[role]
    bar = window.side_bar
    assert [bar.item(row).text() for row in range(bar.count())] == [p.title() for p in window.pages.values()]
    assert window.current_page() is EXPECTED[role][0]
    last = len(EXPECTED[role])
    qtbot.keyClick(window, Qt.Key.Key_0 + last, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is EXPECTED[role][-1]
    assert window.page_stack.currentWidget() is window.pages[EXPECTED[role][-1]]
    built = window.findChildren(Page)
    assert len(built) == len(EXPECTED[role]) and all(page in window.pages.values() for page in built)
