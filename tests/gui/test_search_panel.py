"""Search-as-you-type: debounced, stale results dropped, public fields only (R-DATA-3)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.records import PublicVoter, VoterStatus
from app.models.vocabulary import Role
from app.models.voters import SearchResult
from app.security.session import Session
from app.ui.common.deps import UiDeps
from app.ui.common.task_runner import TaskRunner
from app.ui.voters.search_panel import SearchPanel
from app.ui.voters.voter_table_model import STATUS_COLUMN, VoterTableModel
from tests.gui.conftest import type_text


@dataclass
class FakeVoters:
    """Answers a search with one voter named after the query; the first query waits for `gate`."""

    gate: threading.Event = field(default_factory=threading.Event)
    queries: list[str] = field(default_factory=list)

    def search(self, session: Session, text: str, limit: int = 50) -> SearchResult:
        self.queries.append(text)
        if len(self.queries) == 1:
            self.gate.wait(10)
        return SearchResult([PublicVoter(len(self.queries), text, "1001", VoterStatus.ACTIVE)], False, "fake")

    def count(self, session: Session) -> int:
        return 7


@dataclass
class FakeTranslations:
    lang: str = "en"


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[tuple[SearchPanel, FakeVoters, TaskRunner]]:
    voters, runner = FakeVoters(), TaskRunner()
    session = Session("member1", "Жээнбекова Айпери", Role.MEMBER, "ws", "2026-01-01T00:00:00Z")
    deps = UiDeps(None, None, None, voters, runner, FakeTranslations())  # type: ignore[arg-type]
    widget = SearchPanel(deps, session)
    qtbot.addWidget(widget)
    widget.show()
    yield widget, voters, runner
    voters.gate.set()
    runner.shutdown()


def test_a_result_that_comes_back_after_newer_typing_is_dropped(
    qtbot: QtBot, panel: tuple[SearchPanel, FakeVoters, TaskRunner]
) -> None:
    widget, voters, runner = panel
    shown: list[str] = []
    widget.model.modelReset.connect(
        lambda: shown.extend(widget.model.voter_at(r).full_name for r in range(widget.model.rowCount()))
    )
    type_text(qtbot, widget.search_edit, "тес")
    qtbot.waitUntil(lambda: voters.queries == ["тес"])  # the worker is inside the first, slow query
    type_text(qtbot, widget.search_edit, "това")  # newer typing while the first query runs
    voters.gate.set()
    qtbot.waitUntil(lambda: shown == ["тестова"])
    qtbot.waitUntil(lambda: not runner.busy)
    assert shown == ["тестова"], "the stale result never reached the table"
    assert voters.queries == ["тес", "тестова"]


def test_typing_fast_sends_one_query(qtbot: QtBot, panel: tuple[SearchPanel, FakeVoters, TaskRunner]) -> None:
    widget, voters, _runner = panel
    voters.gate.set()
    type_text(qtbot, widget.search_edit, "testova")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    assert voters.queries == ["testova"]
    assert widget.status_label.text() == "1 found"


def test_clear_drops_the_rows_and_the_query(qtbot: QtBot, panel: tuple[SearchPanel, FakeVoters, TaskRunner]) -> None:
    widget, voters, _runner = panel
    voters.gate.set()
    qtbot.keyClicks(widget.search_edit, "ai")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    widget.clear()
    assert widget.model.rowCount() == 0 and widget.search_edit.text() == ""


def test_the_model_shows_public_fields_and_blocked_voters_distinctly(qtbot: QtBot) -> None:
    """R-DATA-3: three columns of public data; a blocked voter is marked in words and colour."""
    model = VoterTableModel()
    model.set_voters(
        [
            PublicVoter(1, "Асанов Бакыт", "1001", VoterStatus.ACTIVE),
            PublicVoter(2, "Үсөнова Гүл", "1001", VoterStatus.BLOCKED),
        ]
    )
    assert model.columnCount() == 3 and model.rowCount() == 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Full name", "Precinct", "Status"]
    blocked = model.index(1, STATUS_COLUMN)
    assert model.data(blocked) == "Blocked"
    assert model.data(blocked, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, STATUS_COLUMN), Qt.ItemDataRole.ForegroundRole) is None
    model.clear()
    assert model.rowCount() == 0


def test_down_moves_into_the_results_and_enter_opens_the_selected_voter(
    qtbot: QtBot, panel: tuple[SearchPanel, FakeVoters, TaskRunner]
) -> None:
    """Issue 12 point 3: Down from the box selects the first row in the table; Enter there, or in
    the box, opens the selected voter; Up on the first row goes back to the box."""
    widget, voters, _runner = panel
    voters.gate.set()
    opened: list[PublicVoter] = []
    widget.voter_opened.connect(opened.append)
    widget.search_edit.setFocus()
    qtbot.waitUntil(widget.search_edit.hasFocus)
    qtbot.keyClick(widget.search_edit, Qt.Key.Key_Down)
    assert widget.search_edit.hasFocus(), "no results: Down stays in the box"
    type_text(qtbot, widget.search_edit, "ai")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    qtbot.keyClick(widget.search_edit, Qt.Key.Key_Down)
    assert widget.table.hasFocus() and widget.selected_voter() == widget.model.voter_at(0)
    qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert opened == [widget.model.voter_at(0)]
    qtbot.keyClick(widget.table, Qt.Key.Key_Up)
    assert widget.search_edit.hasFocus()
    qtbot.keyClick(widget.search_edit, Qt.Key.Key_Enter)
    assert len(opened) == 2


def test_enter_in_the_box_waits_for_the_results_of_what_was_typed(
    qtbot: QtBot, panel: tuple[SearchPanel, FakeVoters, TaskRunner]
) -> None:
    """The rows on screen belong to an older query while a newer one is on its way: Enter in the
    box then opens nothing rather than a voter the person did not ask for."""
    widget, voters, runner = panel
    voters.gate.set()
    opened: list[PublicVoter] = []
    widget.voter_opened.connect(opened.append)
    type_text(qtbot, widget.search_edit, "ai")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    type_text(qtbot, widget.search_edit, "da")  # the debounce is running: the row is of "ai"
    qtbot.keyClick(widget.search_edit, Qt.Key.Key_Return)
    assert opened == []
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1 and widget.model.voter_at(0).full_name == "aida")
    qtbot.waitUntil(lambda: not runner.busy)
    qtbot.keyClick(widget.search_edit, Qt.Key.Key_Return)
    assert [v.full_name for v in opened] == ["aida"]
