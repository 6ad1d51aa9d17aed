"""The audit chain detects edits, deletions, insertions, reordering and truncation
(R-AUD-1, R-AUD-3 "deletion of logs", R-AUD-6)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from app.models.db import Connection, open_store
from app.security.audit import AuditAction, Problem
from app.security.device_secret import DeviceSecretStore
from app.services.audit import AuditService
from app.services.auth import AuthService
from app.services.context import DeskContext, device_store_key
from app.services.voters import VoterService
from tests.conftest import Precinct


def _busy_log(precinct: Precinct) -> DeskContext:
    """A few sessions' worth of events, then everything closed."""
    session = precinct.ready_session("member1")
    for text in ("тестова", "turgunbek", "Асан"):
        VoterService(precinct.ctx).search(session, text)
    AuthService(precinct.ctx).logout(session)
    precinct.ctx.close()
    return precinct.ctx


def _raw_device(ctx: DeskContext) -> Connection:
    """What an attacker with the keyring and the files could do: open device.db directly."""
    secret, _ = DeviceSecretStore().load(ctx.device_id)
    return open_store(ctx.paths.device_db, device_store_key(secret, ctx.device_id))


def _verify(precinct: Precinct) -> set[Problem]:
    report = AuditService(precinct.reopen()).verify()
    return {p for _, p in report.problems}


def _edit(conn: Connection) -> None:
    conn.execute("UPDATE audit_event SET login = 'someone' WHERE seq = 5")


def _edit_and_rehash(conn: Connection) -> None:
    from app.security.audit import AuditEvent, event_hash

    row = conn.execute("SELECT * FROM audit_event WHERE seq = 5").fetchone()
    event = AuditEvent(*row)
    content = event.content()
    content[9] = "forged"
    conn.execute("UPDATE audit_event SET outcome = 'forged', hash = ? WHERE seq = 5", (event_hash(content),))


def _delete(conn: Connection) -> None:
    conn.execute("DELETE FROM audit_event WHERE seq = 6")


def _delete_and_renumber(conn: Connection) -> None:
    conn.execute("DELETE FROM audit_event WHERE seq = 6")
    conn.execute("UPDATE audit_event SET seq = seq - 1 WHERE seq > 6")


def _insert(conn: Connection) -> None:
    conn.execute("UPDATE audit_event SET seq = seq + 1000 WHERE seq > 6")
    conn.execute("UPDATE audit_event SET seq = seq - 999 WHERE seq > 1000")
    conn.execute(
        "INSERT INTO audit_event SELECT 7, at, session_id, login, full_name, role, workstation, 'voter.changed',"
        " object, outcome, details, prev_hash, hash FROM audit_event WHERE seq = 6"
    )


def _reorder(conn: Connection) -> None:
    conn.execute("UPDATE audit_event SET seq = -1 WHERE seq = 5")
    conn.execute("UPDATE audit_event SET seq = 5 WHERE seq = 6")
    conn.execute("UPDATE audit_event SET seq = 6 WHERE seq = -1")


def _truncate(conn: Connection) -> None:
    head = conn.execute("SELECT max(seq) FROM audit_event").fetchone()[0]
    conn.execute("DELETE FROM audit_event WHERE seq > ?", (head - 4,))
    conn.execute("DELETE FROM audit_checkpoint")  # the in-store checkpoints go too; the file stays


TAMPERING: dict[str, tuple[Callable[[Connection], None], set[Problem]]] = {
    "edit": (_edit, {Problem.EDITED}),
    "edit-and-rehash": (_edit_and_rehash, {Problem.BROKEN_LINK}),
    "delete": (_delete, {Problem.SEQUENCE_GAP, Problem.BROKEN_LINK}),
    "delete-and-renumber": (_delete_and_renumber, {Problem.EDITED, Problem.BROKEN_LINK}),
    "insert": (_insert, {Problem.EDITED, Problem.BROKEN_LINK}),
    "reorder": (_reorder, {Problem.EDITED, Problem.BROKEN_LINK}),
    "truncate": (_truncate, {Problem.TRUNCATED}),
}


def test_untouched_chain_verifies(precinct: Precinct) -> None:
    _busy_log(precinct)
    report = AuditService(precinct.reopen()).verify()
    assert report.ok, report.problems
    assert report.events > 10 and report.checkpoint_seq > 0


@pytest.mark.parametrize("name", sorted(TAMPERING))
def test_tampering_is_detected(precinct: Precinct, name: str) -> None:
    tamper, expected = TAMPERING[name]
    ctx = _busy_log(precinct)
    conn = _raw_device(ctx)
    tamper(conn)
    conn.close()
    found = _verify(precinct)
    assert found & expected, found


def test_forged_checkpoint_file_is_detected(precinct: Precinct) -> None:
    ctx = _busy_log(precinct)
    data = json.loads(ctx.paths.checkpoint.read_text())
    data["seq"] += 50
    ctx.paths.checkpoint.write_text(json.dumps(data))
    assert Problem.CHECKPOINT_FORGED in _verify(precinct)


@pytest.mark.parametrize("garbage", [b"not json", b"[]", b'{"seq": "x"}', b"\xff\xfe"])
def test_unreadable_checkpoint_file_counts_as_forged(precinct: Precinct, garbage: bytes) -> None:
    """Bad input: a damaged checkpoint file fails verification; it is never silently skipped."""
    ctx = _busy_log(precinct)
    ctx.paths.checkpoint.write_bytes(garbage)
    assert Problem.CHECKPOINT_FORGED in _verify(precinct)


def test_search_events_carry_counts_never_terms(precinct: Precinct) -> None:
    """DESIGN.md: a search is audited by its count only (no personal data in the log)."""
    session = precinct.ready_session("member1")
    VoterService(precinct.ctx).search(session, "Тестова Айзада")
    event = precinct.ctx.audit.events(newest_first=True, limit=1)[0]
    assert event.action == AuditAction.SEARCH.value
    assert "Тестова" not in event.details and "testova" not in event.details
    assert json.loads(event.details)["results"] == 1


def test_administrators_actions_are_sampled_for_review_by_someone_else(precinct: Precinct) -> None:
    """R-AUD-4: a random sample of the sysadmin's actions, never reviewed by a sysadmin; a recorded
    review takes those events out of later samples (R-AUD-5: documented)."""
    from app.errors import AppError, Reason
    from app.models.vocabulary import Role
    from app.services.accounts import AccountService
    from app.services.audit import AuditService

    admin = precinct.ready_session("sysadmin")
    accounts = AccountService(precinct.ctx)
    for n in range(4):
        accounts.add(admin, f"extra{n}", f"Кошумча {n}", Role.MEMBER)
    audit = AuditService(precinct.ctx)
    with pytest.raises(AppError) as refused:
        audit.admin_sample(admin, 3)
    assert refused.value.reason is Reason.NOT_PERMITTED
    auditor = precinct.ready_session("auditor")
    sample = audit.admin_sample(auditor, 3)
    assert len(sample) == 3 and {e.role for e in sample} == {"sysadmin"}
    audit.record_review(auditor, [e.seq for e in sample], "accounts added as ordered by the TEC")
    rest = audit.admin_sample(auditor, 100)
    assert rest and not {e.seq for e in sample} & {e.seq for e in rest}
    assert all(e.role == "sysadmin" for e in rest)
