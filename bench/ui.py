"""The window's speed (issue 12 point 11): cold start, login to the first list, keystroke to results.

Each figure beside a baseline measured in the same run:
  cold start      a new process builds the whole app (`app.main.build_app`) and exits as soon as the
                  login window is shown, timed from spawn to exit, with the modules' bytecode
                  compiled (an unmeasured first start writes it, as an installed bundle carries it);
                  baseline: a process that shows an empty Qt window the same way (Python + Qt's
                  own start)
  login to list   from the login accepted (the login dialog's `login_succeeded`) to the main window
                  shown with the voter list's first rows (the first query typed as soon as the
                  search box is there); baseline: the same services called without the window
                  (session info, count, one search)
  keystroke       p50/p95 from a typed letter to the rows shown, over N voters (the search box
                  searches at once, `COALESCE_MS` = 0); baseline: a bare `VoterService.search` of
                  the same queries
The store is built once (bench/search.py's `build_in_child`) into a cache directory
(`$XDG_CACHE_HOME/pec-desk-bench/ui-N`, or --cache) and reused by later runs.
Prints one final line: RESULT name=value ... Run inside scripts/with-keyring.sh, with
QT_QPA_PLATFORM=offscreen when there is no display.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search import build_in_child, percentile

from app.clock import SystemClock
from app.errors import AppError
from app.models.synthetic import generate_voters
from app.services.auth import AuthService
from app.services.context import DeskContext
from app.services.voters import VoterService

STRONG = "Zx!9-qPlm#4T"  # the bench account's password after its forced change
LOGIN = "bench"


def cached_store(cache: Path, count: int) -> Path:
    """The precinct of `count` voters in `cache`, built (and its one-time password changed) once."""
    data, meta = cache / "data", cache / "store.json"
    if meta.exists() and _opens(data):
        return data
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True, exist_ok=True)
    build_s, password, _rss = build_in_child(data, count)
    ctx = DeskContext(data, clock=SystemClock())
    auth = AuthService(ctx)
    auth.change_password(auth.login(LOGIN, password), password, STRONG)
    ctx.close()
    meta.write_text(json.dumps({"voters": count, "build_s": build_s}))
    print(f"built the store of {count:,} voters in {build_s:.0f} s into {cache}")
    return data


def _opens(data: Path) -> bool:
    """The cached store opens here: its device secret is in this keyring (an ephemeral keyring,
    as scripts/with-keyring.sh starts, forgets it when it stops, and the store is built again)."""
    try:
        ctx = DeskContext(data, clock=SystemClock())
        AuthService(ctx).login(LOGIN, STRONG)
    except AppError:
        return False
    ctx.close()
    return True


def child_cold(data: Path | None) -> None:
    """In the spawned process: build the app (or an empty window) and exit once it is shown."""
    app = QApplication([sys.argv[0]])
    if data is None:
        shown: QWidget = QWidget()
        shown.show()
    else:
        from app.main import build_app

        flow = build_app(app, data, lang="ky")
        flow.start()
        shown = flow.login_dialog
    QTimer.singleShot(0, lambda: app.exit(0 if shown.isVisible() else 1))
    app.exec()
    os._exit(0)  # the measured start ends here, not in the interpreter's teardown


def cold_s(data: Path | None) -> float:
    """One start, timed from spawn to exit. Python may keep its compiled modules (as an installed
    bundle carries them); the first of the runs in `main` writes them and is not counted."""
    command = [sys.executable, __file__, "--child-cold", str(data) if data else "-"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1]), "PYTHONDONTWRITEBYTECODE": ""}
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env)
    return time.perf_counter() - start


def wait(app: QApplication, done: Callable[[], bool], timeout_s: float = 120) -> None:
    end = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.0005)


def queries(count: int, n: int) -> list[str]:
    rng = random.Random(7)
    step = max(1, count // n)
    sample = [v for i, v in enumerate(generate_voters(count, seed=1)) if i % step == 0][:n]
    return [v.last_name.split()[0][: rng.randint(3, 6)] for v in sample]


class Desk:
    """The whole app in this process, logged in through its login window."""

    def __init__(self, app: QApplication, data: Path) -> None:
        from app.main import build_app

        self.app = app
        self.flow = build_app(app, data, lang="ky")
        self.accepted = 0.0
        self.flow.login_dialog.login_succeeded.connect(self._on_accepted)

    def _on_accepted(self, _session: object) -> None:
        self.accepted = time.perf_counter()

    def login_to_list_s(self, first_query: str) -> float:
        """Login accepted → the main window with the voter list's first rows."""
        from app.ui.pages import PageId

        self.flow.start()
        dialog = self.flow.login_dialog
        dialog.login_edit.setText(LOGIN)
        dialog.password_edit.setText(STRONG)
        dialog.login_button.click()
        wait(self.app, lambda: self.flow.main_window is not None and self.flow.main_window.isVisible())
        window = self.flow.main_window
        assert window is not None
        window.show_page(PageId.VOTERS)
        panel = window.search_panel
        if panel.model.rowCount() == 0:  # the list shows rows once something is typed
            panel.search_edit.setText(first_query)
        wait(self.app, lambda: panel.model.rowCount() > 0)
        return time.perf_counter() - self.accepted

    def keystrokes_ms(self, typed: list[str]) -> list[float]:
        """Per query: letter typed (the search box's text changed) → rows shown, in ms."""
        window = self.flow.main_window
        assert window is not None
        panel = window.search_panel
        marks: dict[str, float] = {}
        panel.search_finished.connect(lambda _n: marks.__setitem__("shown", time.perf_counter()))
        times = []
        for query in typed:
            if query == panel.search_edit.text():
                continue  # the same text again is no keystroke
            wait(self.app, lambda: not self.flow.deps.runner.busy)
            marks.clear()
            typed_at = time.perf_counter()
            panel.search_edit.setText(query)  # one textChanged, as one key press makes
            wait(self.app, lambda: "shown" in marks)
            times.append((marks["shown"] - typed_at) * 1000)
        return times


def bare_ms(data: Path, typed: list[str]) -> tuple[float, list[float]]:
    """The services alone: count + first search (login baseline, s) and each search (ms)."""
    ctx = DeskContext(data, clock=SystemClock())
    session = AuthService(ctx).login(LOGIN, STRONG)
    voters = VoterService(ctx)
    start = time.perf_counter()
    voters.count(session)
    voters.search(session, typed[0], 50)
    login_s = time.perf_counter() - start
    times = []
    for query in typed:
        start = time.perf_counter()
        voters.search(session, query, 50)
        times.append((time.perf_counter() - start) * 1000)
    ctx.close()
    return login_s, times


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--voters", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--cache", type=Path, help="where the store is kept between runs")
    parser.add_argument("--child-cold", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_cold:
        child_cold(None if args.child_cold == "-" else Path(args.child_cold))
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pec-desk-bench"
    data = cached_store(args.cache or base / f"ui-{args.voters}", args.voters)
    cold_s(data), cold_s(None)  # compiles what is not compiled yet; not counted
    cold = statistics.median(cold_s(data) for _ in range(3))
    cold_base = statistics.median(cold_s(None) for _ in range(3))
    typed = queries(args.voters, args.queries)
    login_base, bare = bare_ms(data, typed)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    desk = Desk(app, data)
    login = desk.login_to_list_s(typed[0])
    keys = desk.keystrokes_ms(typed)
    desk.flow.shutdown()
    report(args.voters, (cold, cold_base), (login, login_base), keys, bare)
    return 0


def report(
    count: int, cold_pair: tuple[float, float], login_pair: tuple[float, float], keys: list[float], bare: list[float]
) -> None:
    (cold, cold_base), (login, login_base) = cold_pair, login_pair
    p50, p95 = statistics.median(keys), percentile(keys, 0.95)
    bare_p50, bare_p95 = statistics.median(bare), percentile(bare, 0.95)
    print(f"voters                 {count:,}; {len(keys)} queries")
    print(f"cold start to login    {cold:.2f} s   baseline empty Qt window {cold_base:.2f} s   (target ≤ 1.5 s)")
    print(f"login to first list    {login:.2f} s   baseline services alone {login_base:.2f} s   (target ≤ 1 s)")
    print(f"keystroke to results   p50 {p50:.1f} ms  p95 {p95:.1f} ms   (target p95 ≤ 50 ms)")
    print(f"  baseline bare search p50 {bare_p50:.1f} ms  p95 {bare_p95:.1f} ms")
    print(
        f"RESULT cold_start_s={cold:.2f} login_to_list_s={login:.2f} keystroke_p50_ms={p50:.1f}"
        f" keystroke_p95_ms={p95:.1f} voters={count} cold_baseline_s={cold_base:.2f}"
        f" login_baseline_s={login_base:.2f} search_p95_ms={bare_p95:.1f}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
