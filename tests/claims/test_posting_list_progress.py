"""The list for posting reports its progress and can be cancelled safely (issue 12 point 9; R-CAL-1).

Progress is (voters laid out, voters listed); a cancel check that turns true stops the list with
PrintCancelled before anything is written to the output or audited.
"""

from __future__ import annotations

import io
import threading

import pytest

from app.services import documents
from app.services.documents import DocumentService, PrintCancelled
from tests.conftest import Precinct


def _prints(precinct: Precinct) -> int:
    return sum(1 for e in precinct.ctx.audit.events() if e.action == "data.print")


def test_progress_counts_every_listed_voter(precinct: Precinct, monkeypatch: pytest.MonkeyPatch) -> None:
    """R-CAL-1: the reports rise from 0 to the number of listed voters, which is what the list holds."""
    monkeypatch.setattr(documents, "PROGRESS_EVERY", 50)
    secretary = precinct.ready_session("secretary")
    reports: list[tuple[int, int]] = []
    out = io.BytesIO()
    DocumentService(precinct.ctx).posting_list(secretary, out, progress=lambda d, t: reports.append((d, t)))
    total = precinct.ctx.voters.count()
    assert reports[0] == (0, total) and reports[-1] == (total, total) and total > 100
    done = [d for d, _t in reports]
    assert done == sorted(done) and len(reports) >= total // 50
    assert out.getvalue().startswith(b"%PDF")


def test_a_cancelled_list_writes_and_audits_nothing(precinct: Precinct, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel is safe: the event set half-way stops the list; the output stays empty, no print is audited."""
    monkeypatch.setattr(documents, "PROGRESS_EVERY", 50)
    secretary = precinct.ready_session("secretary")
    cancel = threading.Event()
    before = _prints(precinct)
    out = io.BytesIO()

    def progress(done: int, total: int) -> None:
        if done >= 100:
            cancel.set()

    with pytest.raises(PrintCancelled):
        DocumentService(precinct.ctx).posting_list(secretary, out, progress=progress, cancelled=cancel.is_set)
    assert out.getvalue() == b"" and _prints(precinct) == before
    DocumentService(precinct.ctx).posting_list(secretary, out, cancelled=threading.Event().is_set)
    assert out.getvalue().startswith(b"%PDF") and _prints(precinct) == before + 1
