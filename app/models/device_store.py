"""The device's own rows: its keys (precinct store), the keys waiting for the first package and
the signed audit checkpoints (device store, `schema` "main" or attached as "device")."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.db import Connection


@dataclass(frozen=True)
class PendingKeys:
    precinct: str
    signing_private: bytes
    kem_private: bytes


@dataclass(frozen=True)
class CheckpointRow:
    seq: int
    head_hash: str
    at: str
    signature: str


class DeviceKeyRepository:
    """The device's signing and KEM private keys, in the precinct store (one row)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def put(self, signing_private: bytes, kem_private: bytes, at: str) -> None:
        self._conn.execute(
            "INSERT INTO device_key (id, signing_private, created_at, kem_private) VALUES (1, ?, ?, ?)",
            (signing_private, at, kem_private),
        )

    def get(self) -> tuple[bytes, bytes]:
        """(signing, kem) raw private keys."""
        row = self._conn.execute("SELECT signing_private, kem_private FROM device_key WHERE id = 1").fetchone()
        return bytes(row[0]), bytes(row[1])


class PendingDeviceRepository:
    """A device set up and waiting for its package keeps its new keys here."""

    def __init__(self, conn: Connection, schema: str = "main") -> None:
        self._conn = conn
        self._t = f"{schema}.pending_device"

    def put(self, precinct: str, signing_private: bytes, kem_private: bytes, at: str) -> None:
        row = (precinct, signing_private, kem_private, at)
        self._conn.execute(f"INSERT INTO {self._t} VALUES (1, ?, ?, ?, ?)", row)

    def get(self) -> PendingKeys | None:
        row = self._conn.execute(f"SELECT precinct, signing_private, kem_private FROM {self._t}").fetchone()
        return None if row is None else PendingKeys(str(row[0]), bytes(row[1]), bytes(row[2]))

    def clear(self) -> None:
        self._conn.execute(f"DELETE FROM {self._t}")


class CheckpointRepository:
    """The signed chain heads (R-AUD-3) kept in the device store."""

    def __init__(self, conn: Connection, schema: str = "main") -> None:
        self._conn = conn
        self._t = f"{schema}.audit_checkpoint"

    def put(self, row: CheckpointRow) -> None:
        self._conn.execute(
            f"INSERT OR REPLACE INTO {self._t} VALUES (?, ?, ?, ?)", (row.seq, row.head_hash, row.at, row.signature)
        )

    def newest(self) -> CheckpointRow | None:
        row = self._conn.execute(
            f"SELECT seq, head_hash, at, signature FROM {self._t} ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return None if row is None else CheckpointRow(*row)

    def all(self) -> list[CheckpointRow]:
        return [CheckpointRow(*r) for r in self._conn.execute(f"SELECT seq, head_hash, at, signature FROM {self._t}")]
