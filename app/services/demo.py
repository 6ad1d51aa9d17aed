"""The demo precinct: synthetic (or given) voters and one account per role.

Until the central tool lands, the precinct is built through `setup.create_precinct`;
the central recovery key of the demo is made here and kept in a sibling directory.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.errors import AppError, Reason
from app.models.records import VoterRow
from app.models.synthetic import generate_voters
from app.security.atomic import atomic_write_bytes
from app.security.permissions import Role
from app.services.context import DeskContext
from app.services.setup import IssuedAccount, NewAccount, PrecinctInfo, create_precinct

DEMO_PRECINCT = "1001"
DEMO_ACCOUNTS = (
    NewAccount("chair", "Асанова Гүлнара Сапаровна", Role.CHAIR),
    NewAccount("secretary", "Өмүрбеков Нурлан Төлөнович", Role.SECRETARY),
    NewAccount("member1", "Жээнбекова Айпери", Role.MEMBER),
    NewAccount("member2", "Үсөнов Бакыт Алмазбекович", Role.MEMBER),
    NewAccount("sysadmin", "Токтогулов Эрмек Кубанычбекович", Role.SYSADMIN),
    NewAccount("auditor", "Сыдыкова Жаңыл", Role.AUDITOR),
)


@dataclass(frozen=True)
class DemoResult:
    data_dir: Path
    central_dir: Path
    accounts: list[IssuedAccount]

    def to_json(self) -> dict[str, object]:
        users = [{"login": a.login, "password": a.password, "role": a.role.value} for a in self.accounts]
        return {"data_dir": str(self.data_dir), "central_dir": str(self.central_dir), "users": users}


def read_election(path: Path | None) -> PrecinctInfo:
    """The election file of CLI.md; the demo default votes 60 days from today."""
    if path is None:
        day = dt.date.today() + dt.timedelta(days=60)
        return PrecinctInfo(DEMO_PRECINCT, "demo-2026", "Демо шайлоо", day.isoformat())
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        voting_day = dt.date.fromisoformat(data["voting_day"]).isoformat()
        return PrecinctInfo(DEMO_PRECINCT, str(data["id"]), str(data["name"]), voting_day)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AppError(Reason.MALFORMED, detail=f"election file {path.name}: {exc}") from exc


def wipe(ctx: DeskContext) -> None:
    """Removes a precinct from the data dir (demo --force): stores, slots, device secret."""
    if ctx.paths.device_json.is_file():
        device_id = json.loads(ctx.paths.device_json.read_text(encoding="utf-8")).get("device_id", "")
        if device_id:
            ctx.secrets.delete(device_id)
    for path in ctx.paths.store_files():
        path.unlink(missing_ok=True)


def build_demo(ctx: DeskContext, voters: Iterable[VoterRow], election: PrecinctInfo, *, force: bool) -> DemoResult:
    if ctx.has_precinct() and not force:
        raise AppError(Reason.DATA_DIR_IN_USE, path=str(ctx.paths.root))
    wipe(ctx)
    central = ctx.paths.root.parent / f"{ctx.paths.root.name}-central"
    central.mkdir(parents=True, exist_ok=True, mode=0o700)
    recovery = X25519PrivateKey.generate()
    pem = recovery.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    atomic_write_bytes(central / "recovery-private.pem", pem)
    issued = create_precinct(ctx, election, DEMO_ACCOUNTS, voters, recovery_public=recovery.public_key())
    return DemoResult(ctx.paths.root, central, issued)


def demo_voters(count: int, seed: int) -> Iterable[VoterRow]:
    return generate_voters(count, seed=seed, precinct=DEMO_PRECINCT)
