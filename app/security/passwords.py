"""Password policy (R-SEC-2, R-SEC-3), one-time passwords and reuse verifiers.

Policy: at least 8 characters with upper-case Latin, lower-case Latin, a digit and a
special character (R-SEC-2); plus, as DESIGN.md adds, the login or any part of the
full name (in any script: Айгүл = Aigul) must not appear in it, it must not be a
common password or stem, and it must differ from the last five.
"""

from __future__ import annotations

import enum
import hmac
import secrets
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.models.text import normalize
from app.paths import resources_dir
from app.security.kdf import HISTORY_PARAMS, KdfParams, derive

MIN_LENGTH = 8
MAX_LENGTH = 128
HISTORY_DEPTH = 5
HISTORY_CONTEXT = b"pec-desk/password-history/v1"
_STRIP = string.digits + string.punctuation + " "


class PasswordProblem(enum.StrEnum):
    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"
    NO_UPPER = "no-upper"
    NO_LOWER = "no-lower"
    NO_DIGIT = "no-digit"
    NO_SPECIAL = "no-special"
    CONTAINS_LOGIN = "contains-login"
    CONTAINS_NAME = "contains-name"
    COMMON = "common"
    REUSED = "reused"


def load_common_passwords(path: Path | None = None) -> frozenset[str]:
    path = path or resources_dir() / "policy" / "common-passwords.txt"
    raw = path.read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in raw.splitlines() if line.strip() and not line.startswith("#"))


def _is_special(ch: str) -> bool:
    return not ch.isalnum() and not ch.isspace()


def composition_problems(password: str) -> list[PasswordProblem]:
    checks = [
        (len(password) < MIN_LENGTH, PasswordProblem.TOO_SHORT),
        (len(password) > MAX_LENGTH, PasswordProblem.TOO_LONG),
        (not any("A" <= c <= "Z" for c in password), PasswordProblem.NO_UPPER),
        (not any("a" <= c <= "z" for c in password), PasswordProblem.NO_LOWER),
        (not any(c in string.digits for c in password), PasswordProblem.NO_DIGIT),
        (not any(_is_special(c) for c in password), PasswordProblem.NO_SPECIAL),
    ]
    return [problem for failed, problem in checks if failed]


def _contains(haystack: str, needle: str) -> bool:
    """Case- and script-insensitive containment of a word of at least 3 letters."""
    if len(needle) < 3:
        return False
    if needle.casefold() in haystack.casefold():
        return True
    folded = normalize(needle).replace(" ", "")
    return len(folded) >= 3 and folded in normalize(haystack).replace(" ", "")


def personal_problems(password: str, login: str, full_name: str) -> list[PasswordProblem]:
    problems = []
    if _contains(password, login):
        problems.append(PasswordProblem.CONTAINS_LOGIN)
    if any(_contains(password, part) for part in full_name.replace("-", " ").split()):
        problems.append(PasswordProblem.CONTAINS_NAME)
    return problems


def is_common(password: str, common: frozenset[str]) -> bool:
    lowered = password.casefold()
    return lowered in common or lowered.strip(_STRIP) in common


@dataclass(frozen=True)
class HistoryEntry:
    params: KdfParams
    verifier: bytes


def make_verifier(password: str) -> HistoryEntry:
    params = HISTORY_PARAMS.with_new_salt()
    return HistoryEntry(params, derive(password, params, secret=None, context=HISTORY_CONTEXT))


def matches(password: str, entry: HistoryEntry) -> bool:
    candidate = derive(password, entry.params, secret=None, context=HISTORY_CONTEXT)
    return hmac.compare_digest(candidate, entry.verifier)


def check_policy(
    password: str,
    *,
    login: str,
    full_name: str,
    common: frozenset[str],
    history: Sequence[HistoryEntry] = (),
) -> list[PasswordProblem]:
    """Every problem with a new password; an empty list means it is acceptable."""
    problems = composition_problems(password) + personal_problems(password, login, full_name)
    if is_common(password, common):
        problems.append(PasswordProblem.COMMON)
    if not problems and any(matches(password, e) for e in history[-HISTORY_DEPTH:]):
        problems.append(PasswordProblem.REUSED)
    return problems


_OTP_ALPHABETS: tuple[str, ...] = (
    "ABCDEFGHJKLMNPQRSTUVWXYZ",
    "abcdefghijkmnpqrstuvwxyz",
    "23456789",
    "!#%+=?@",
)


_OTP_POOL = frozenset("".join(_OTP_ALPHABETS))
ONE_TIME_LENGTH = 24  # 4 characters of the classes + 20 of the 63-character pool: over 128 bits


def one_time_password(length: int = ONE_TIME_LENGTH) -> str:
    """A random password that satisfies R-SEC-2, without look-alike characters; at the default
    length it carries more than 128 bits, so its key slot needs no Argon2 cost (issue 14)."""
    chars = [secrets.choice(alphabet) for alphabet in _OTP_ALPHABETS]
    pool = "".join(_OTP_ALPHABETS)
    chars += [secrets.choice(pool) for _ in range(length - len(chars))]
    secrets.SystemRandom().shuffle(chars)
    return "".join(chars)


def random_enough(password: str) -> bool:
    """Could `password` be a one-time password of full strength (its length, its alphabet)? Only
    then does its key slot go without Argon2; a shorter one (an older central) gets Argon2."""
    return len(password) >= ONE_TIME_LENGTH and set(password) <= _OTP_POOL


def describe(problems: Iterable[PasswordProblem]) -> str:
    return ",".join(p.value for p in problems)
