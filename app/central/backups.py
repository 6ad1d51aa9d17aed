"""The CEC's side of a precinct backup: open it with the central recovery key (R-SEC-11 recovery).

A precinct backup carries the store key sealed to the central recovery key (the recovery slot of
`keyslots.json`). `check_backup` opens that slot, verifies the whole file exactly as a restore on
the device does (every chunk, the snapshot's hash, SQLCipher's page HMACs) into a private temporary
file, reads what the snapshot holds (counts only) and deletes the copy. It is the recovery drill
that shows a backup is recoverable when every password and the device are lost; putting the
recovered store on a replacement device is not built (docs/decisions.md).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.errors import AppError, Defect, Part, Reason
from app.models.accounts import MetaRepository
from app.models.db import open_store, remove_db, self_check
from app.security.keyslots import open_recovery, recovery_recipient
from app.sync import backup_file


@dataclass(frozen=True)
class BackupCheck:
    precinct: str
    election_id: str
    device_id: str
    created_at: str
    voters: int
    claims: int
    accounts: int

    def to_json(self) -> dict[str, object]:
        return dict(self.__dict__)


def check_backup(path: Path, recovery_private: X25519PrivateKey, work_dir: Path) -> BackupCheck:
    if not path.is_file():
        raise AppError(Reason.USAGE, defect=Defect.NOT_FOUND, part=Part.FILE, path=str(path))
    copy = work_dir / f".backup-check-{os.getpid()}.db"
    try:
        with path.open("rb") as stream:
            header, raw = backup_file.read_header(stream)
            store_key = _store_key(header.recovery, recovery_private)
            fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                for chunk in backup_file.open_payload(stream, header, raw, store_key):
                    out.write(chunk)
        return _read_snapshot(copy, store_key, header)
    finally:
        remove_db(copy)


def _store_key(slot: dict[str, str] | None, recovery_private: X25519PrivateKey) -> bytes:
    if not slot:
        raise AppError(Reason.BACKUP_MISMATCH, defect=Defect.NO_RECOVERY_SLOT, part=Part.BACKUP)
    if slot.get("recipient") != recovery_recipient(recovery_private.public_key()):
        raise AppError(Reason.BACKUP_MISMATCH, defect=Defect.OTHER_RECOVERY_KEY, part=Part.BACKUP)
    try:
        return open_recovery(slot, recovery_private)
    except (InvalidTag, ValueError, KeyError) as exc:
        raise backup_file.invalid("the recovery slot does not open") from exc


def _read_snapshot(copy: Path, store_key: bytes, header: backup_file.BackupHeader) -> BackupCheck:
    conn = open_store(copy, store_key)
    try:
        if not self_check(conn, integrity=True).ok:
            raise backup_file.invalid("the snapshot's pages are damaged")
        meta = MetaRepository(conn)
        if (meta.get("precinct"), meta.get("election_id")) != (header.precinct, header.election_id):
            raise backup_file.invalid("the snapshot is not the precinct its header names")
        counts = [int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in ("voter", "claim", "account")]
    finally:
        conn.close()
    return BackupCheck(header.precinct, header.election_id, header.device_id, header.created_at, *counts)
