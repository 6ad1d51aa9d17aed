"""Backup and restore report their steps to a progress callback (issue 12 point 9: the Backup page
shows progress); without one they run as before."""

from __future__ import annotations

from pathlib import Path

from app.services.backup import RestoreJob
from tests.conftest import Precinct
from tests.test_backup import backups, finds_planted, lose_store


def test_backup_and_restore_report_each_step(precinct: Precinct, tmp_path: Path) -> None:
    """R-SEC-10: a backup reports 1/3..3/3 and the file is there; a restore reports 1/3..3/3 and the data is back."""
    precinct.ready_session("member1")
    session = precinct.ready_session("sysadmin")
    steps: list[tuple[int, int]] = []
    out = tmp_path / "precinct-1001.pecbak"
    backups(precinct.ctx).backup(session, out, progress=lambda done, total: steps.append((done, total)))
    assert steps == [(1, 3), (2, 3), (3, 3)] and out.is_file()
    lose_store(precinct)
    ctx = precinct.reopen()
    restored: list[tuple[int, int]] = []
    try:
        RestoreJob(ctx, "sysadmin", progress=lambda d, t: restored.append((d, t))).run(
            out, precinct.password("sysadmin")
        )
    finally:
        ctx.close()
    assert restored == [(1, 3), (2, 3), (3, 3)] and finds_planted(precinct)
