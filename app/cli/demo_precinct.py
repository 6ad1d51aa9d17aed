"""The demo precinct, built through the real path (CLI.md `pec-desk demo`):

  central init → pec-desk setup → central enroll → issue-package → pec-desk import

The reference central tool's data dir is a sibling of the desk's (`<data>-central`); the device
trusts that central's root as a *test root* (never the pinned production root), which the window
and the audit log say. Voters are synthetic unless a CSV is given. The package carries the project's
TEST antivirus signatures (EICAR and a marker: they prove the scan works, they protect nothing),
which such a device accepts and reports as test signatures.

A development composition of the central tool and the desk, so it lives beside the CLI (services
never import `app.central`).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.build_info import DEMO, refuse_in_production
from app.central.election import Election, demo_election, read_election
from app.central.service import Central, IssuedAccount
from app.errors import AppError, Reason
from app.models.records import VoterRow
from app.models.synthetic import generate_voters
from app.security.scanner.clamav import test_signatures_dir
from app.services.context import DeskContext
from app.services.setup import set_up_device
from app.services.sync_import import EnvelopeImport

DEMO_PRECINCT = "1001"
DEMO_ACCOUNTS = (
    ("chair", "Асанова Гүлнара Сапаровна", "chair"),
    ("secretary", "Өмүрбеков Нурлан Төлөнович", "secretary"),
    ("member1", "Жээнбекова Айпери", "member"),
    ("member2", "Үсөнов Бакыт Алмазбекович", "member"),
    ("sysadmin", "Токтогулов Эрмек Кубанычбекович", "sysadmin"),
    ("auditor", "Сыдыкова Жаңыл", "auditor"),
)


@dataclass(frozen=True)
class DemoResult:
    data_dir: Path
    central_dir: Path
    accounts: list[IssuedAccount]
    fingerprint: str

    def to_json(self) -> dict[str, object]:
        users = [{"login": a.login, "password": a.password, "role": a.role} for a in self.accounts]
        return {"data_dir": str(self.data_dir), "central_dir": str(self.central_dir), "users": users,
                "fingerprint": self.fingerprint}  # fmt: skip


def election_from(path: Path | None) -> Election:
    return demo_election(dt.date.today()) if path is None else read_election(path)


def central_dir_for(data_dir: Path) -> Path:
    return data_dir.parent / f"{data_dir.name}-central"


def wipe(ctx: DeskContext) -> None:
    """Removes a precinct from the data dir (demo --force): stores, slots, device secret."""
    if ctx.paths.device_json.is_file():
        try:
            device_id = json.loads(ctx.paths.device_json.read_text(encoding="utf-8")).get("device_id", "")
        except (OSError, ValueError, AttributeError):
            device_id = ""
        if device_id:
            ctx.secrets.delete(device_id)
    for path in ctx.paths.store_files():
        path.unlink(missing_ok=True)


def build_demo(
    ctx: DeskContext, voters: Iterable[VoterRow], election: Election, *, force: bool, precinct: str = DEMO_PRECINCT
) -> DemoResult:
    refuse_in_production(DEMO)  # before anything is wiped
    if ctx.is_set_up() and not force:
        raise AppError(Reason.DATA_DIR_IN_USE, path=str(ctx.paths.root))
    ctx.close()
    wipe(ctx)
    central_dir = central_dir_for(ctx.paths.root)
    if central_dir.exists():
        shutil.rmtree(central_dir)
    central = Central(central_dir, ctx.clock)
    try:
        central.init()
        root_public = central.root_key().public_key().public_bytes_raw()
        setup = set_up_device(ctx, precinct, test_root=root_public)
        central.enroll(setup.request)
        outbox = central_dir / "outbox"
        outbox.mkdir(mode=0o700)
        issued = central.issue_package_rows(
            precinct, list(voters), list(DEMO_ACCOUNTS), election, outbox, signatures=test_signatures_dir()
        )
    finally:
        central.close()
    EnvelopeImport(ctx, None).apply(issued.path)
    return DemoResult(ctx.paths.root, central_dir, issued.accounts, setup.fingerprint)


def demo_voters(count: int, seed: int) -> Iterable[VoterRow]:
    return generate_voters(count, seed=seed, precinct=DEMO_PRECINCT)
