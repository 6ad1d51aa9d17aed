"""Password-based key derivation: Argon2id with versioned, stored parameters."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored beside what they protect so they can change later.

    v1 (64 MiB, 4 passes, 4 lanes) takes about 0.3 s on the reference 2-core machine:
    inside the 0.2-0.6 s window of the foundation issue (measured by bench/search.py).
    """

    version: int = 1
    memory_kib: int = 65536
    iterations: int = 4
    lanes: int = 4
    salt: bytes = b""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["salt"] = self.salt.hex()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        fields = {k: data[k] for k in ("version", "memory_kib", "iterations", "lanes")}
        if not all(isinstance(v, int) and v > 0 for v in fields.values()):
            raise ValueError("bad KDF parameters")
        if fields["memory_kib"] > 4 * 1024 * 1024 or fields["iterations"] > 64:
            raise ValueError("KDF parameters out of range")
        return cls(salt=bytes.fromhex(str(data["salt"])), **fields)

    def with_new_salt(self) -> KdfParams:
        return KdfParams(self.version, self.memory_kib, self.iterations, self.lanes, os.urandom(16))


# Light parameters for the password-history verifiers inside the encrypted store.
HISTORY_PARAMS = KdfParams(version=1, memory_kib=8192, iterations=2, lanes=1)


def derive(password: str, params: KdfParams, *, secret: bytes | None, context: bytes) -> bytes:
    """A 32-byte key from a password, bound to a device secret and a context label."""
    kdf = Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
        ad=context,
        secret=secret,
    )
    return kdf.derive(password.encode("utf-8"))
