"""One-time passwords get a fast key slot; the person's own password gets Argon2 (issue 14 point 2;
R-SEC-1, R-SEC-2, R-SEC-10).

A one-time password is random and long (over 128 bits), so a fast KDF over it (HKDF-SHA256, bound
to the device secret like the Argon2 slots) is as strong as Argon2 over it. The slot lives only
until the first password change, which writes an Argon2 slot in its place: no Argon2-less slot
survives it.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

from app.errors import AppError, Reason
from app.models.vocabulary import Role
from app.security.keyslots import KeySlots, SlotFile, slot_id
from app.security.passwords import _OTP_ALPHABETS, ONE_TIME_LENGTH, one_time_password, random_enough
from app.services.accounts import AccountService
from app.services.auth import AuthService
from tests.conftest import STRONG, Precinct

SECRET = os.urandom(32)
STORE_KEY = os.urandom(32)


def algorithms(path: Path) -> dict[str, str]:
    """Each slot's KDF as the file on disk says it (by slot id)."""
    data = json.loads(path.read_bytes())
    return {s["id"]: s["kdf"].get("algorithm", "argon2id") for s in data["slots"]}


def test_a_one_time_password_carries_over_128_bits() -> None:
    """The generator's entropy, counted from its alphabets: one character of each class, the rest
    from the pool (the shuffle only adds to it)."""
    pool = len("".join(_OTP_ALPHABETS))
    bits = sum(math.log2(len(a)) for a in _OTP_ALPHABETS) + (ONE_TIME_LENGTH - len(_OTP_ALPHABETS)) * math.log2(pool)
    assert bits >= 128
    passwords = {one_time_password() for _ in range(200)}
    assert len(passwords) == 200 and all(len(p) == ONE_TIME_LENGTH and random_enough(p) for p in passwords)
    assert not random_enough(STRONG) and not random_enough(one_time_password(12))


def test_a_fast_slot_opens_with_its_password_on_its_device_only(tmp_path: Path) -> None:
    path = tmp_path / "keyslots.json"
    slots = KeySlots(path, SECRET)
    password = one_time_password()
    slots.put(slots.wrap("sec", password, STORE_KEY, one_time=True))
    assert slots.is_one_time("sec") and algorithms(path) == {slot_id(SECRET, "sec"): "hkdf-sha256"}
    again = KeySlots(path, SECRET)
    assert again.unwrap("sec", password) == STORE_KEY
    assert again.unwrap("sec", password[:-1] + ("A" if password[-1] != "A" else "B")) is None
    assert KeySlots(path, os.urandom(32)).unwrap("sec", password) is None  # another device's secret
    assert again.unwrap("nobody", password) is None


def test_a_password_too_weak_for_a_fast_slot_gets_argon2(tmp_path: Path) -> None:
    """A short one-time password (an older central's 12 characters) is not random enough: Argon2."""
    slots = KeySlots(tmp_path / "keyslots.json", SECRET)
    short = one_time_password(12)
    slots.put(slots.wrap("sec", short, STORE_KEY, one_time=True))
    assert not slots.is_one_time("sec") and slots.unwrap("sec", short) == STORE_KEY


def test_an_unknown_kdf_in_the_slot_file_is_a_damaged_file(tmp_path: Path) -> None:
    slots = KeySlots(tmp_path / "keyslots.json", SECRET)
    slots.put(slots.wrap("sec", one_time_password(), STORE_KEY, one_time=True))
    raw = (tmp_path / "keyslots.json").read_bytes().replace(b"hkdf-sha256", b"md5")
    with pytest.raises(AppError) as damaged:
        SlotFile.from_bytes(raw)
    assert damaged.value.reason is Reason.STORE_DAMAGED


def test_an_argon2_slot_relabelled_as_fast_does_not_open(tmp_path: Path) -> None:
    """A hostile edit of the slot file that marks a person's Argon2 slot as a one-time one (to test
    guesses at HKDF speed) only makes a different key: the slot opens for nobody."""
    path = tmp_path / "keyslots.json"
    slots = KeySlots(path, SECRET)
    slots.put(slots.wrap("sec", STRONG, STORE_KEY))
    data = json.loads(path.read_bytes())
    data["slots"][0]["kdf"]["algorithm"] = "hkdf-sha256"
    path.write_text(json.dumps(data))
    relabelled = KeySlots(path, SECRET)
    assert relabelled.is_one_time("sec")
    assert relabelled.unwrap("sec", STRONG) is None


def test_the_first_password_change_replaces_the_fast_slot_with_argon2(precinct: Precinct) -> None:
    """An account added by the administrator and one reset by them start with a fast slot; each
    first change leaves an Argon2 slot, and no fast slot is left in the file for it."""
    ctx, path = precinct.ctx, precinct.data_dir / "keyslots.json"
    admin = precinct.ready_session("sysadmin")
    accounts = AccountService(ctx)
    first = accounts.add(admin, "newclerk", "Жаңы Кызматкер", Role.MEMBER)
    assert ctx.slots.is_one_time("newclerk") and random_enough(first)
    auth = AuthService(ctx)
    session = auth.login("newclerk", first)
    assert session.must_change
    auth.change_password(session, first, STRONG)
    assert not ctx.slots.is_one_time("newclerk") and ctx.slots.has_slot("newclerk")
    assert auth.login("newclerk", STRONG).login == "newclerk"

    reset = accounts.reset_password(admin, "newclerk")
    assert ctx.slots.is_one_time("newclerk")
    session = auth.login("newclerk", reset)
    auth.change_password(session, reset, STRONG + "x")
    assert not ctx.slots.is_one_time("newclerk")
    fast = [sid for sid, kdf in algorithms(path).items() if kdf != "argon2id"]
    still_one_time = {login for login in [*precinct.accounts, "newclerk"] if ctx.slots.is_one_time(login)}
    assert "newclerk" not in still_one_time and "sysadmin" not in still_one_time
    assert len(fast) == len(still_one_time)  # the file holds a fast slot only for who never changed theirs


def test_a_package_import_gives_every_account_a_fast_slot(tmp_path: Path) -> None:
    """The first package (the central's one-time passwords) leaves one fast slot per account and
    no Argon2 slot: the precinct is ready to log in at once (bench/sync.py `ready_6000_s`)."""
    from app.cli.demo_precinct import DEMO_ACCOUNTS, build_demo, demo_voters, election_from
    from app.services.context import DeskContext

    ctx = DeskContext(tmp_path / "demo")
    try:
        result = build_demo(ctx, demo_voters(20, 1), election_from(None), force=False)
        assert all(ctx.slots.is_one_time(login) for login, _name, _role in DEMO_ACCOUNTS)
        assert set(algorithms(ctx.paths.root / "keyslots.json").values()) == {"hkdf-sha256"}
        assert len(ctx.slots) == len(DEMO_ACCOUNTS) and result is not None
    finally:
        ctx.close()


def test_a_one_time_login_costs_what_any_login_costs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a fast slot still spends one Argon2 derivation (as a wrong password or an unknown
    login does), so the answer's time does not tell which accounts have their one-time password.
    Counted, not timed."""
    from app.security import keyslots

    slots = KeySlots(tmp_path / "keyslots.json", SECRET)
    password = one_time_password()
    slots.put(slots.wrap("sec", password, STORE_KEY, one_time=True))
    slots.put(slots.wrap("own", STRONG, STORE_KEY))
    used: list[str] = []
    real = keyslots.derive

    def counted(*args: object, **kwargs: object) -> bytes:
        used.append(args[1].algorithm)  # type: ignore[attr-defined]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(keyslots, "derive", counted)
    for login, typed in (("sec", password), ("own", STRONG), ("nobody", password), ("sec", "wrong")):
        used.clear()
        slots.unwrap(login, typed)
        assert used.count("argon2id") == 1, (login, used)
