"""A central system and a precinct device joined through the real path:
central init → setup → enroll → issue-package → import (R-SYN-1, R-SYN-2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.central.election import Election
from app.central.service import Central
from app.cli.demo_precinct import DEMO_ACCOUNTS
from app.clock import ManualClock
from app.models.records import VoterRow
from app.models.vocabulary import Role
from app.services.context import DeskContext
from app.services.setup import IssuedAccount, set_up_device
from app.services.sync_import import EnvelopeImport
from tests.conftest import Precinct

ELECTION = Election("test-2026", "Тест шайлоо", dt.date(2026, 11, 29))


@dataclass
class Exchange:
    central: Central
    desk: Precinct
    outbox: Path  # where the central side writes (the flash drive to the precinct)
    upbox: Path  # where the precinct writes (the flash drive to the central side)
    package: Path
    fingerprints: tuple[str, str]  # as printed by setup and by enroll

    @property
    def ctx(self) -> DeskContext:
        return self.desk.ctx

    @property
    def clock(self) -> ManualClock:
        return self.desk.clock


def build_exchange(
    tmp: Path, voters: list[VoterRow], clock: ManualClock | None = None, *, signatures: Path | None = None,
    election: Election = ELECTION,
) -> Exchange:  # fmt: skip
    clock = clock or ManualClock()
    central = Central(tmp / "central", clock)
    central.init()
    ctx = DeskContext(tmp / "data", clock=clock)
    setup = set_up_device(ctx, "1001", test_root=central.root_key().public_key().public_bytes_raw())
    _precinct, enrolled = central.enroll(setup.request)
    outbox, upbox = tmp / "to-pec", tmp / "to-central"
    outbox.mkdir()
    upbox.mkdir()
    issued = central.issue_package_rows("1001", voters, list(DEMO_ACCOUNTS), election, outbox, signatures=signatures)
    EnvelopeImport(ctx, None).apply(issued.path)
    accounts = {a.login: IssuedAccount(a.login, a.full_name, Role(a.role), a.password) for a in issued.accounts}
    desk = Precinct(ctx, clock, accounts, tmp / "data")
    return Exchange(central, desk, outbox, upbox, issued.path, (setup.fingerprint, enrolled))


@pytest.fixture
def exchange(tmp_path: Path, sample_voters: list[VoterRow]) -> Iterator[Exchange]:
    ex = build_exchange(tmp_path, sample_voters)
    yield ex
    close_exchange(ex)


def close_exchange(ex: Exchange) -> None:
    """Both sides closed, and the device secret taken out of the test keyring."""
    ex.central.close()
    ex.ctx.close()
    ex.ctx.secrets.delete(ex.ctx.device_id)
