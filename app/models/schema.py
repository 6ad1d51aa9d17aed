"""Schemas of the two stores, as ordered migrations (one test per migration).

precinct.db  the voter list, accounts and the device signing key; its key is wrapped
             in the users' key slots, so it opens only after a valid login.
device.db    the audit chain and the login-throttle counters; its key is derived from
             the device secret in the OS keyring, so failed logins are counted and the
             chain is verified before anyone logs in, and the log survives the
             crypto-shredding of the voter data (R-AUD-6, R-DATA-5). It holds no
             voter's personal data: events name voters by internal record id only.
"""

from __future__ import annotations

from app.models import voter_index
from app.models.db import Connection, Migration, sql_migration
from app.models.voter_search import recompute_keys

# The list in Kyrgyz order as versions 1 to 10 made it (covering a search plan of theirs).
VOTER_BY_SORT_V1 = "CREATE INDEX voter_by_sort ON voter (sort_key, id, search_text)"

PRECINCT_V1 = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE voter (
    id INTEGER PRIMARY KEY,
    pin TEXT NOT NULL UNIQUE,
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    patronymic TEXT NOT NULL DEFAULT '',
    birth_date TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex = 'F' OR sex = 'M'),
    address TEXT NOT NULL,
    precinct TEXT NOT NULL,
    special_category TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status = 'active' OR status = 'blocked' OR status = 'removed'),
    block_reason TEXT NOT NULL DEFAULT '',
    block_claim TEXT NOT NULL DEFAULT '',
    sort_key BLOB NOT NULL,
    search_text TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
{VOTER_BY_SORT_V1};
CREATE TABLE voter_token (
    token TEXT NOT NULL,
    sort_key BLOB NOT NULL,
    voter_id INTEGER NOT NULL,
    search_text TEXT NOT NULL,
    PRIMARY KEY (token, sort_key, voter_id)
) WITHOUT ROWID;
CREATE TABLE token_stat (token TEXT PRIMARY KEY, n INTEGER NOT NULL, first_key BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE voter_pair (
    pair TEXT NOT NULL,
    sort_key BLOB NOT NULL,
    voter_id INTEGER NOT NULL,
    PRIMARY KEY (pair, sort_key, voter_id)
) WITHOUT ROWID;
CREATE TABLE pair_stat (pair TEXT PRIMARY KEY, n INTEGER NOT NULL, first_key BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE voter_history (
    id INTEGER PRIMARY KEY,
    voter_id INTEGER NOT NULL REFERENCES voter (id),
    at TEXT NOT NULL,
    login TEXT NOT NULL,
    action TEXT NOT NULL,
    change TEXT NOT NULL
);
CREATE INDEX voter_history_by_voter ON voter_history (voter_id, id);
CREATE TABLE account (
    login TEXT PRIMARY KEY,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('member', 'secretary', 'chair', 'sysadmin', 'auditor')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    must_change INTEGER NOT NULL DEFAULT 1,
    password_set_at TEXT NOT NULL,
    created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE password_history (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL REFERENCES account (login),
    set_at TEXT NOT NULL,
    params TEXT NOT NULL,
    salt BLOB NOT NULL,
    verifier BLOB NOT NULL
);
CREATE INDEX password_history_by_login ON password_history (login, id);
CREATE TABLE device_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    signing_private BLOB NOT NULL,
    created_at TEXT NOT NULL
)
"""

DEVICE_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE audit_event (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    session_id TEXT NOT NULL,
    login TEXT NOT NULL,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL,
    workstation TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    outcome TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE audit_checkpoint (
    seq INTEGER PRIMARY KEY,
    head_hash TEXT NOT NULL,
    at TEXT NOT NULL,
    signature TEXT NOT NULL
);
CREATE TABLE login_guard (
    login TEXT PRIMARY KEY,
    failures INTEGER NOT NULL DEFAULT 0,
    throttled_until TEXT NOT NULL DEFAULT '',
    locked INTEGER NOT NULL DEFAULT 0,
    last_failure_at TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID
"""

# Sync (issue 3): claims as filed, the streams of envelopes in both directions, the newest
# trust bundle, registration points, and the device's KEM key beside its signing key.
PRECINCT_V2 = """
ALTER TABLE device_key ADD COLUMN kem_private BLOB NOT NULL DEFAULT x'';
CREATE TABLE claim (
    number TEXT PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('correction', 'missing', 'address', 'disability', 'institution')),
    pin TEXT NOT NULL,
    voter_id INTEGER REFERENCES voter (id),
    fields TEXT NOT NULL,
    contact TEXT NOT NULL,
    filed_at TEXT NOT NULL,
    filed_by TEXT NOT NULL,
    place TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'sent', 'decided', 'informed')),
    decision TEXT NOT NULL DEFAULT '',
    decision_reason TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT '',
    batch_seq INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX claim_by_pin ON claim (pin);
CREATE INDEX claim_unsent ON claim (batch_seq, number);
CREATE TABLE voter_change (
    id INTEGER PRIMARY KEY,
    pin TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    claim TEXT NOT NULL,
    at TEXT NOT NULL,
    login TEXT NOT NULL,
    batch_seq INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sync_stream (
    stream TEXT PRIMARY KEY,
    last_seq INTEGER NOT NULL,
    last_hash TEXT NOT NULL,
    last_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE sync_applied (
    sha256 TEXT PRIMARY KEY,
    stream TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    summary TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE sync_export (
    seq INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    audit_to INTEGER NOT NULL,
    acked_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE trust_bundle (id INTEGER PRIMARY KEY CHECK (id = 1), serial INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE regpoint (id INTEGER PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL, phone TEXT NOT NULL)
"""

# A device set up and waiting for its package keeps its new keys here (the precinct store does
# not exist yet); the first import moves them into the precinct store and deletes this row.
DEVICE_V2 = """
CREATE TABLE pending_device (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    precinct TEXT NOT NULL,
    signing_private BLOB NOT NULL,
    kem_private BLOB NOT NULL,
    created_at TEXT NOT NULL
)
"""

# Removable media (issue 4): the register of the precinct's work drives, and every scan's report.
PRECINCT_V3 = """
CREATE TABLE medium (
    id INTEGER PRIMARY KEY,
    serial TEXT NOT NULL,
    volume_id TEXT NOT NULL,
    label TEXT NOT NULL,
    holder TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'unregistered')),
    unregistered_at TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX medium_active ON medium (serial, volume_id) WHERE status = 'active';
CREATE TABLE scan_report (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    login TEXT NOT NULL,
    task TEXT NOT NULL,
    medium_id INTEGER,
    outcome TEXT NOT NULL,
    report TEXT NOT NULL
)
"""

# Anomaly alerts (R-AUD-3): raised by the rules over the audit log, reviewed by the chair, sent in batches.
PRECINCT_V4 = """
CREATE TABLE alert (
    id INTEGER PRIMARY KEY,
    rule TEXT NOT NULL,
    at TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    batch_seq INTEGER NOT NULL DEFAULT 0,
    reviewed_by TEXT NOT NULL DEFAULT '',
    reviewed_at TEXT NOT NULL DEFAULT '',
    review_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alert_unsent ON alert (batch_seq, id)
"""

# Claims (issue 5): the type-specific facts (institution, contact-centre check of R-CLM-7), the
# voter informed (R-CLM-5), receipts printed (a reprint is a duplicate), the overdue alert raised
# once, and the attachments as encrypted BLOBs in this store (R-CLM-3), never as files.
PRECINCT_V5 = """
ALTER TABLE claim ADD COLUMN institution TEXT NOT NULL DEFAULT '';
ALTER TABLE claim ADD COLUMN contact_check TEXT NOT NULL DEFAULT '' CHECK (contact_check IN ('', 'A', 'B'));
ALTER TABLE claim ADD COLUMN informed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE claim ADD COLUMN informed_how TEXT NOT NULL DEFAULT '';
ALTER TABLE claim ADD COLUMN informed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE claim ADD COLUMN receipts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claim ADD COLUMN overdue_alerted INTEGER NOT NULL DEFAULT 0;
CREATE TABLE claim_attachment (
    id INTEGER PRIMARY KEY,
    claim TEXT NOT NULL REFERENCES claim (number),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('pdf', 'jpeg', 'png')),
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    batch_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX claim_attachment_by_claim ON claim_attachment (claim, id)
"""

# The batch that told the central side a voter was informed of the decision; the destruction of a
# voter's unlawfully collected data (R-CLM-4): when, and the name the notice is addressed to.
PRECINCT_V6 = """
ALTER TABLE claim ADD COLUMN informed_batch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claim ADD COLUMN destroyed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE claim ADD COLUMN destroyed_name TEXT NOT NULL DEFAULT ''
"""

# The voter table's CHECKs are OR-ed equalities: an `IN (...)` list in a CHECK builds a temporary
# table for every row written, which under cipher_memory_security (every allocation locked and
# wiped) made each insert about 7 times slower. V1 now creates the table that way; stores created
# before are rebuilt as SQLite documents it (`migrate` turns foreign keys off for the step and
# checks them before the commit).
_VOTER_V7 = (
    "CREATE TABLE voter_v7" + PRECINCT_V1[PRECINCT_V1.index("CREATE TABLE voter (") + len("CREATE TABLE voter") :]
).split(");", 1)[0] + ")"


def _voter_checks_without_in_lists(conn: Connection) -> None:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'voter'").fetchone()[0]
    if " IN (" not in sql:
        return
    for statement in (_VOTER_V7, "INSERT INTO voter_v7 SELECT * FROM voter", "DROP TABLE voter",
                      "ALTER TABLE voter_v7 RENAME TO voter", VOTER_BY_SORT_V1):  # fmt: skip
        conn.execute(statement)


# Each batch as written (already encrypted to the central side and signed), kept until the central
# side acknowledges it, so a batch lost on the way can be written again byte for byte.
PRECINCT_V8 = """
ALTER TABLE sync_export ADD COLUMN envelope BLOB NOT NULL DEFAULT x''
"""

# The listed voters (not removed) as a small index of their ids: the window counts them at every
# login, and over 1,000,000 voters a count through the table read every page of it (about 1 s).
PRECINCT_V10 = "CREATE INDEX voter_listed ON voter (id) WHERE status != 'removed'"


def _search_index_v11(conn: Connection) -> None:
    """The token and pair postings give way to an FTS5 index (`app.models.voter_index`):
    written at a fraction of their cost, and as fast to query."""
    for statement in voter_index.SCHEMA.split(";\n"):
        conn.execute(statement)
    voter_index.number_in_order(conn)


PRECINCT_MIGRATIONS: tuple[Migration, ...] = (
    sql_migration(1, "voters, search tokens, accounts, device key", PRECINCT_V1),
    sql_migration(2, "claims, sync streams, trust bundle, registration points", PRECINCT_V2),
    sql_migration(3, "media register, scan reports", PRECINCT_V3),
    sql_migration(4, "anomaly alerts", PRECINCT_V4),
    sql_migration(5, "claim details, informed status, receipts, attachments", PRECINCT_V5),
    sql_migration(6, "informed status sent in a batch", PRECINCT_V6),
    Migration(7, "voter checks without IN lists (insert speed)", _voter_checks_without_in_lists, rebuilds=True),
    sql_migration(8, "each batch kept until acknowledged", PRECINCT_V8),
    Migration(9, "search keys: ICAO and GOST spellings, Russian forms, surname rank", recompute_keys),
    sql_migration(10, "an index of the listed voters (their count)", PRECINCT_V10),
    Migration(11, "search index: FTS5 over places in Kyrgyz order (import speed)", _search_index_v11),
)
DEVICE_MIGRATIONS: tuple[Migration, ...] = (
    sql_migration(1, "audit chain, checkpoints, login guard", DEVICE_V1),
    sql_migration(2, "keys of a device awaiting its package", DEVICE_V2),
)
