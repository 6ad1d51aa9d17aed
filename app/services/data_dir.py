"""The files of one data dir (context.py's docstring lists them) and the key of its device store."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import AppError, Defect, Part, Reason


@dataclass(frozen=True)
class Paths:
    root: Path

    @property
    def device_json(self) -> Path:
        return self.root / "device.json"

    @property
    def device_db(self) -> Path:
        return self.root / "device.db"

    @property
    def precinct_db(self) -> Path:
        return self.root / "precinct.db"

    @property
    def keyslots(self) -> Path:
        return self.root / "keyslots.json"

    @property
    def keyslots_next(self) -> Path:
        return self.root / "keyslots.json.next"

    @property
    def staged_precinct(self) -> Path:
        return self.root / ".precinct.db.new"

    @property
    def package_lock(self) -> Path:
        return self.root / ".package.lock"

    @property
    def checkpoint(self) -> Path:
        return self.root / "audit-checkpoint.json"

    def store_files(self) -> list[Path]:
        names = ("device.json", "device.db", "precinct.db", "keyslots.json", "audit-checkpoint.json")
        files = [self.root / n for n in names]
        return files + [self.root / f"{db}-{s}" for db in ("device.db", "precinct.db") for s in ("wal", "shm")]


def device_store_key(secret: bytes, device_id: str) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"pec-desk/device-store/v1\0" + device_id.encode()
    )
    return hkdf.derive(secret)


def read_device_id(path: Path) -> str:
    """The device id from device.json; a damaged file is reported, never guessed around."""
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        device_id = info["device_id"]
        uuid.UUID(device_id)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise AppError(Reason.STORE_DAMAGED, defect=Defect.DAMAGED, part=Part.RESTORE_JOURNAL, name=path.name,
                       code=type(exc).__name__) from exc  # fmt: skip
    return str(device_id)
