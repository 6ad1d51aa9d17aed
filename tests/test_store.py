"""The encrypted store: SQLCipher 4, raw keys, migrations, self-check (R-SEC-10, R-SEC-11)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.errors import AppError, Reason
from app.models.db import Migration, migrate, new_key, open_store, schema_version, self_check, transaction
from app.models.schema import DEVICE_MIGRATIONS, PRECINCT_MIGRATIONS
from app.models.synthetic import generate_voters
from app.models.vocabulary import VoterStatus
from app.models.voters import VoterRepository
from tests.search_index import assert_index_whole, insert_old_voters


def _tables(conn: object) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")  # type: ignore[attr-defined]
    return {r[0] for r in rows}


def test_precinct_migration_1_creates_the_voter_and_account_tables(tmp_path: Path) -> None:
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    assert schema_version(conn) == 0
    assert migrate(conn, PRECINCT_MIGRATIONS, target=1) == 1
    assert {
        "meta",
        "voter",
        "voter_token",
        "token_stat",
        "voter_history",
        "account",
        "password_history",
        "device_key",
    } <= _tables(conn)  # fmt: skip (version 11 drops the postings)
    conn.execute("INSERT INTO account VALUES ('a', 'A', 'member', 'active', 1, 't', 't')")
    with pytest.raises(Exception, match="CHECK"):
        conn.execute("INSERT INTO account VALUES ('b', 'B', 'king', 'active', 1, 't', 't')")


def test_device_migration_1_creates_the_audit_chain_and_guards(tmp_path: Path) -> None:
    conn = open_store(tmp_path / "d.db", new_key(), create=True)
    assert migrate(conn, DEVICE_MIGRATIONS, target=1) == 1
    assert {"meta", "audit_event", "audit_checkpoint", "login_guard"} <= _tables(conn)


def test_precinct_migration_2_adds_claims_sync_state_and_the_device_kem_key(tmp_path: Path) -> None:
    """R-SYN-1: the tables of the exchange; an existing device key row gets an empty KEM key."""
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS, target=1)
    conn.execute("INSERT INTO device_key VALUES (1, x'01', 't')")
    assert migrate(conn, PRECINCT_MIGRATIONS, target=2) == 2
    assert {"claim", "voter_change", "sync_stream", "sync_applied", "sync_export", "trust_bundle",
            "regpoint"} <= _tables(conn)  # fmt: skip
    assert conn.execute("SELECT kem_private FROM device_key").fetchone()[0] == b""
    with pytest.raises(Exception, match="CHECK"):
        conn.execute("INSERT INTO claim (number, type, pin, fields, contact, filed_at, filed_by, place)"
                     " VALUES ('1', 'complaint', 'p', '{}', 'c', 't', 'u', 'PEC')")  # fmt: skip


def test_precinct_migration_3_adds_the_media_register(tmp_path: Path) -> None:
    """R-SEC-11: one active registration per drive identity."""
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    assert migrate(conn, PRECINCT_MIGRATIONS, target=3) == 3
    assert {"medium", "scan_report"} <= _tables(conn)
    row = ("S1", "V1", "L", "holder", "t", "chair")
    conn.execute("INSERT INTO medium (serial, volume_id, label, holder, registered_at, registered_by)"
                 " VALUES (?,?,?,?,?,?)", row)  # fmt: skip
    with pytest.raises(Exception, match="UNIQUE"):
        conn.execute("INSERT INTO medium (serial, volume_id, label, holder, registered_at, registered_by)"
                     " VALUES (?,?,?,?,?,?)", row)  # fmt: skip


def test_precinct_migration_4_adds_the_anomaly_alerts(tmp_path: Path) -> None:
    """R-AUD-3: alerts with their review and the batch that carried them."""
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    assert migrate(conn, PRECINCT_MIGRATIONS, target=4) == 4
    assert "alert" in _tables(conn)
    conn.execute("INSERT INTO alert (rule, at, subject, detail, first_seq, last_seq) VALUES ('r','t','s','d',1,1)")
    assert conn.execute("SELECT batch_seq, reviewed_by FROM alert").fetchone() == (0, "")


def test_precinct_migration_5_adds_claim_details_and_attachments(tmp_path: Path) -> None:
    """R-CLM-3, R-CLM-5, R-CLM-7: an existing claim gets empty details; attachments are BLOBs of
    checked kinds; the contact-centre check is A, B or empty."""
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS, target=4)
    conn.execute("INSERT INTO claim (number, type, pin, fields, contact, filed_at, filed_by, place)"
                 " VALUES ('1', 'missing', 'p', '{}', 'c', 't', 'u', 'PEC')")  # fmt: skip
    assert migrate(conn, PRECINCT_MIGRATIONS, target=5) == 5
    assert "claim_attachment" in _tables(conn)
    row = conn.execute("SELECT institution, contact_check, informed_at, receipts, overdue_alerted FROM claim")
    assert row.fetchone() == ("", "", "", 0, 0)
    conn.execute("INSERT INTO claim_attachment (claim, name, kind, size, sha256, data, added_at, added_by)"
                 " VALUES ('1', 'p.pdf', 'pdf', 4, 'h', x'25504446', 't', 'u')")  # fmt: skip
    with pytest.raises(Exception, match="CHECK"):
        conn.execute("INSERT INTO claim_attachment (claim, name, kind, size, sha256, data, added_at, added_by)"
                     " VALUES ('1', 'p.exe', 'exe', 4, 'h', x'4d5a', 't', 'u')")  # fmt: skip
    with pytest.raises(Exception, match="CHECK"):
        conn.execute("UPDATE claim SET contact_check = 'C'")


def test_precinct_migration_6_tracks_the_batch_that_carried_informed(tmp_path: Path) -> None:
    """R-CLM-5: "voter informed" travels to the central side once."""
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS, target=5)
    conn.execute("INSERT INTO claim (number, type, pin, fields, contact, filed_at, filed_by, place)"
                 " VALUES ('1', 'missing', 'p', '{}', 'c', 't', 'u', 'PEC')")  # fmt: skip
    assert migrate(conn, PRECINCT_MIGRATIONS, target=6) == 6
    assert conn.execute("SELECT informed_batch FROM claim").fetchone()[0] == 0


def test_precinct_migration_7_rebuilds_the_voter_table_keeping_rows_references_and_checks(tmp_path: Path) -> None:
    """R-DATA-7: the rebuilt voter table keeps every row, the history that refers to it and its
    checks; no CHECK on it uses an IN list (a temporary table per inserted row)."""
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS, target=6)
    # the voter table as V1 created it before: its checks with IN lists
    fresh = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'voter'").fetchone()[0]
    assert " IN (" not in fresh.upper()
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TABLE voter")
    old = fresh.replace("(sex = 'F' OR sex = 'M')", "(sex IN ('F', 'M'))")
    old = old.replace("(status = 'active' OR status = 'blocked' OR status = 'removed')",
                      "(status IN ('active', 'blocked', 'removed'))")  # fmt: skip
    conn.execute(old)
    conn.execute("CREATE INDEX voter_by_sort ON voter (sort_key, id, search_text)")
    assert conn.execute("SELECT sql FROM sqlite_master WHERE name = 'voter'").fetchone()[0].count(" IN (") == 2
    conn.execute("PRAGMA foreign_keys = ON")
    columns = "id, pin, last_name, first_name, birth_date, sex, address, precinct, sort_key, search_text, updated_at"
    conn.execute(f"INSERT INTO voter ({columns}) VALUES (7, '21234567890123', 'Асанова', 'Айгүл', '1990-01-02',"
                 " 'F', 'Дарек', '1001', x'01', ' asanova ', 't')")  # fmt: skip
    conn.execute("INSERT INTO voter_history (voter_id, at, login, action, change) VALUES (7, 't', 'u', 'status', '{}')")
    assert migrate(conn, PRECINCT_MIGRATIONS, target=7) == 7
    assert conn.execute("SELECT id, last_name, status FROM voter").fetchall() == [(7, "Асанова", "active")]
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'voter'").fetchone()[0]
    assert " IN (" not in sql.upper()
    assert "voter_v7" not in " ".join(r[0] or "" for r in conn.execute("SELECT sql FROM sqlite_master"))
    assert {r[1] for r in conn.execute("PRAGMA index_list(voter)")} >= {"voter_by_sort"}
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(Exception, match="FOREIGN KEY"):
        conn.execute("INSERT INTO voter_history (voter_id, at, login, action, change) VALUES (8, 't', 'u', 's', '{}')")
    for column, value in (("sex", "X"), ("status", "gone")):
        with pytest.raises(Exception, match="CHECK"):
            conn.execute(f"UPDATE voter SET {column} = ? WHERE id = 7", (value,))


def test_precinct_migration_8_keeps_each_batch_until_acknowledged(tmp_path: Path) -> None:
    """R-SYN-2: batches written before the migration have no kept copy (empty), new ones hold theirs."""
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS, target=7)
    conn.execute("INSERT INTO sync_export (seq, sha256, file_name, created_at, audit_to) VALUES (1, 'h', 'f', 't', 3)")
    assert migrate(conn, PRECINCT_MIGRATIONS, target=8) == 8
    conn.execute("INSERT INTO sync_export (seq, sha256, file_name, created_at, audit_to, envelope)"
                 " VALUES (2, 'h2', 'f2', 't', 4, x'0102')")  # fmt: skip
    assert conn.execute("SELECT seq, envelope FROM sync_export ORDER BY seq").fetchall() == [(1, b""), (2, b"\x01\x02")]


def test_precinct_migration_10_counts_the_listed_voters_from_a_small_index(tmp_path: Path) -> None:
    """The window's voter count (every login) reads the partial index of listed voters, not the
    table; a store of version 9 gets the index, and removed voters are never counted."""
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS, target=9)
    voters = VoterRepository(conn)
    with transaction(conn):
        insert_old_voters(conn, generate_voters(30, seed=3))
    assert migrate(conn, PRECINCT_MIGRATIONS) == len(PRECINCT_MIGRATIONS)
    with transaction(conn):
        voters.set_status(2, VoterStatus.REMOVED, at="2026-01-02", login="central", reason="moved")
        voters.set_status(3, VoterStatus.BLOCKED, at="2026-01-02", login="central", claim="1001-2026-00001")
        voters.add_many(generate_voters(5, seed=4), "2026-01-03")
    assert voters.count() == 34 and voters.count_all() == 35
    plan = conn.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM voter WHERE status != 'removed'").fetchall()
    assert "voter_listed" in str(plan), plan  # SQLite picks it by itself too


def test_precinct_migration_11_replaces_the_postings_by_an_fts5_index(tmp_path: Path) -> None:
    """A store of version 10 keeps its voters, loses the token and pair postings, and gets the
    FTS5 index with every voter placed in Kyrgyz order, whatever order their ids were in."""
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS, target=10)
    rows = list(generate_voters(200, seed=5))
    with transaction(conn):
        insert_old_voters(conn, rows)
    assert migrate(conn, PRECINCT_MIGRATIONS) == 11
    assert {"voter_fts", "voter_names"} <= {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert not {"voter_token", "voter_pair", "token_stat", "pair_stat"} & _tables(conn)
    assert_index_whole(conn)
    voters = VoterRepository(conn)
    assert voters.count_all() == 200
    target = rows[117]
    found = voters.search(f"{target.last_name} {target.first_name}", 200).voters
    assert target.pin in {voters.get(v.id).row.pin for v in found}


def test_device_migration_2_adds_the_pending_device_keys(tmp_path: Path) -> None:
    conn = open_store(tmp_path / "d.db", new_key(), create=True)
    assert migrate(conn, DEVICE_MIGRATIONS, target=2) == 2
    assert "pending_device" in _tables(conn)


def test_a_schema_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    conn.execute("PRAGMA user_version = 99")
    with pytest.raises(AppError) as err:
        migrate(conn, PRECINCT_MIGRATIONS)
    assert err.value.reason is Reason.STORE_DAMAGED


def test_store_is_sqlcipher4_wal_and_memory_temp(tmp_path: Path) -> None:
    """R-SEC-10: SQLCipher 4 really is underneath; WAL and temp_store=MEMORY are on."""
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    check = self_check(conn, integrity=True)
    assert check.cipher_version.startswith("4."), check
    assert check.ok
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_wrong_key_and_plain_sqlite_cannot_open_the_store(tmp_path: Path) -> None:
    """R-SEC-10: without the key the file is noise, to SQLCipher and to plain sqlite3."""
    path, key = tmp_path / "p.db", new_key()
    conn = open_store(path, key, create=True)
    migrate(conn, PRECINCT_MIGRATIONS)
    conn.close()
    with pytest.raises(AppError) as err:
        open_store(path, new_key())
    assert err.value.reason is Reason.STORE_DAMAGED
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    assert _tables(open_store(path, key)) >= {"voter"}


def test_integrity_check_finds_a_flipped_page_byte(tmp_path: Path) -> None:
    """R-SEC-11 (recovery of data changed without authorisation): page HMACs catch edits."""
    path, key = tmp_path / "p.db", new_key()
    conn = open_store(path, key, create=True)
    migrate(conn, PRECINCT_MIGRATIONS)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    raw = bytearray(path.read_bytes())
    raw[4096 + 100] ^= 0x01  # a byte inside page 2
    path.write_bytes(bytes(raw))
    check = self_check(open_store(path, key), integrity=True)
    assert not check.ok and check.integrity_errors


def test_missing_store_is_reported_not_created(tmp_path: Path) -> None:
    with pytest.raises(AppError) as err:
        open_store(tmp_path / "none.db", new_key())
    assert err.value.reason is Reason.NO_PRECINCT
    assert not (tmp_path / "none.db").exists()


def test_a_rebuild_that_breaks_a_reference_is_rolled_back(tmp_path: Path) -> None:
    """R-DATA-7: a rebuilding migration runs with foreign keys off, so it is checked before its
    commit; one that would orphan a voter's history is refused and changes nothing."""
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS)
    columns = "id, pin, last_name, first_name, birth_date, sex, address, precinct, sort_key, search_text, updated_at"
    conn.execute(f"INSERT INTO voter ({columns}) VALUES (1, '21234567890123', 'А', 'Б', '1990-01-02', 'F', 'Д',"
                 " '1001', x'01', ' a ', 't')")  # fmt: skip
    conn.execute("INSERT INTO voter_history (voter_id, at, login, action, change) VALUES (1, 't', 'u', 's', '{}')")
    version = schema_version(conn)
    broken = Migration(version + 1, "drops a voter", lambda c: c.execute("DELETE FROM voter"), rebuilds=True)
    with pytest.raises(AppError) as err:
        migrate(conn, (*PRECINCT_MIGRATIONS, broken))
    assert err.value.reason is Reason.STORE_DAMAGED
    assert schema_version(conn) == version
    assert conn.execute("SELECT count(*) FROM voter").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
