"""Failed-login throttling and lock-out (DESIGN.md "Users, roles, sessions").

After `free_failures` wrong passwords in a row every attempt, the right password too,
is refused for `base_delay` seconds, the delay doubling with each further failure;
after `lock_after` failures the account is locked until a sysadmin unlocks it.
A refused (throttled) attempt is not checked and does not count as a failure.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from app.models.accounts import GuardRow as GuardState


@dataclass(frozen=True)
class ThrottlePolicy:
    free_failures: int = 5
    base_delay_s: float = 15.0
    lock_after: int = 15


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    locked: bool = False
    wait_s: int = 0


def check(state: GuardState, now: dt.datetime) -> Verdict:
    """May an attempt be checked now?"""
    if state.locked:
        return Verdict(False, locked=True)
    if state.throttled_until and now < state.throttled_until:
        wait = (state.throttled_until - now).total_seconds()
        return Verdict(False, wait_s=max(1, math.ceil(wait)))
    return Verdict(True)


def after_failure(state: GuardState, now: dt.datetime, policy: ThrottlePolicy) -> GuardState:
    failures = state.failures + 1
    if failures >= policy.lock_after:
        return GuardState(failures, None, True)
    if failures >= policy.free_failures:
        delay = policy.base_delay_s * 2 ** (failures - policy.free_failures)
        return GuardState(failures, now + dt.timedelta(seconds=delay), False)
    return GuardState(failures, None, False)


def after_success() -> GuardState:
    return GuardState(0, None, False)
