"""Password-based key derivation: Argon2id with versioned, stored parameters; and, for a
one-time password only (random, at least 128 bits: `passwords.random_enough`), HKDF-SHA256, which
is as strong over that much randomness and costs microseconds instead of 0.3 s (issue 14 point 2)."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ARGON2ID, HKDF_SHA256 = "argon2id", "hkdf-sha256"


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
    algorithm: str = ARGON2ID  # HKDF_SHA256: a one-time password's slot (the cost fields unused)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["salt"] = self.salt.hex()
        if self.algorithm == ARGON2ID:
            del data["algorithm"]  # the slots and verifiers written before issue 14 have none
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        fields = {k: data[k] for k in ("version", "memory_kib", "iterations", "lanes")}
        if not all(isinstance(v, int) and v > 0 for v in fields.values()):
            raise ValueError("bad KDF parameters")
        if fields["memory_kib"] > 4 * 1024 * 1024 or fields["iterations"] > 64:
            raise ValueError("KDF parameters out of range")
        algorithm = data.get("algorithm", ARGON2ID)
        if algorithm not in (ARGON2ID, HKDF_SHA256):
            raise ValueError("unknown KDF")
        return cls(salt=bytes.fromhex(str(data["salt"])), algorithm=algorithm, **fields)

    def with_new_salt(self) -> KdfParams:
        return KdfParams(self.version, self.memory_kib, self.iterations, self.lanes, os.urandom(16), self.algorithm)

    @property
    def one_time(self) -> bool:
        return self.algorithm == HKDF_SHA256


# Light parameters for the password-history verifiers inside the encrypted store.
HISTORY_PARAMS = KdfParams(version=1, memory_kib=8192, iterations=2, lanes=1)
# A one-time password's key slot: no memory-hard cost, the password's randomness is the strength.
ONE_TIME_PARAMS = KdfParams(version=1, memory_kib=1, iterations=1, lanes=1, algorithm=HKDF_SHA256)


def derive(password: str, params: KdfParams, *, secret: bytes | None, context: bytes) -> bytes:
    """A 32-byte key from a password, bound to a device secret and a context label."""
    if params.one_time:
        hkdf = HKDF(hashes.SHA256(), length=32, salt=params.salt, info=context + b"/one-time")
        return hkdf.derive((secret or b"") + b"\0" + password.encode("utf-8"))
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
