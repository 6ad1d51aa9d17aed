"""Hostile envelopes are refused with their stable reason code and change nothing
(R-SYN-1, R-SYN-2, R-SEC-11; issue 3's hostile-envelope suite).

Each case starts from the same precinct (package imported through the real path, a claim filed,
update 2 applied) and offers it one attacked envelope. The base of most attacks is a genuine next
update (`genuine_records`): signed by the central signing key, encrypted to the device, continuing
the stream, and carrying a changed, a new and a removed voter, a decision on the filed claim, a new
account, a setting and a registration point, so that a wrongly accepted envelope would show in
the voter list, the claims, the accounts or the sync state. Record-level attacks come after those
records, so that a refusal also proves the rollback of what was already written.

After every refusal (`hostile.refused_import`): `preview` refused with the same code and logged
nothing; `apply` refused with the code; every table of both stores except the audit log, and every
file of the data directory, are unchanged; the audit log gained exactly one `data.import` event
with outcome `refused` and the reason code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.central.service import Central
from app.cli.demo_precinct import DEMO_ACCOUNTS
from app.clock import ManualClock
from app.models.records import VoterRow, VoterStatus
from app.models.synthetic import generate_voters
from app.security.session import Session
from app.services.claims import ClaimService
from app.services.context import DeskContext
from app.services.setup import set_up_device
from app.services.sync_import import EnvelopeImport
from app.sync.envelope import file_sha256
from app.sync.header import stamp
from app.sync.recipient_keys import RecipientPrivateKey, signer_id
from app.sync.strict import canonical
from app.sync.trust import ROLE_RECEIVE, ROLE_SIGN, TRUST_PREFIX, Revocation, TrustBundle, certify, sign_bundle
from tests.conftest import PLANTED
from tests.exchange.conftest import ELECTION, Exchange
from tests.exchange.hostile import (
    Forge,
    Record,
    Template,
    already_applied,
    build_template,
    chunks,
    clone,
    drop_template,
    payload_of,
    records_of,
    refused_import,
    snapshot,
    split_file,
    with_header,
)

DAY, MINUTE = dt.timedelta(days=1), dt.timedelta(minutes=1)
NEW_VOTER = next(iter(generate_voters(1, seed=4242)))
NEW_ACCOUNT = {"t": "account", "login": "member3", "full_name": "Жаңы Мүчө", "role": "member",
               "password": "Wq7#pLm-2xZr"}  # fmt: skip


def voter_record(row: VoterRow) -> Record:
    return {"t": "voter", **dataclasses.asdict(row)}


@dataclass
class Site:
    """One cloned precinct, logged in as the secretary, and a forge for its next envelopes."""

    ex: Exchange
    session: Session
    forge: Forge
    claim: str
    removed: VoterRow  # a voter the genuine update takes off the list
    applied_update: Path  # update 2, already applied

    @property
    def ctx(self) -> DeskContext:
        return self.ex.ctx

    @property
    def central(self) -> Central:
        return self.ex.central

    @property
    def now(self) -> dt.datetime:
        return self.ex.clock.now()

    def genuine_records(self) -> list[Record]:
        return [
            {"t": "trust", "bundle": self.central.bundle().to_bytes().decode()},
            voter_record(dataclasses.replace(PLANTED, first_name="Айгерим")),
            voter_record(NEW_VOTER),
            {"t": "removed", "pin": self.removed.pin, "reason": "died"},
            {
                "t": "decision",
                "claim": self.claim,
                "decision": "accepted",
                "reason": "паспорт боюнча",
                "decided_at": "2026-09-01T09:15:00Z",
            },
            {"t": "meta", "key": "hotline", "value": "+996 312 000 000"},
            {"t": "regpoint", "name": "Мектеп №5", "address": "Бишкек ш., Ленин 5", "phone": "+996 312 1"},
            NEW_ACCOUNT,
        ]

    def genuine(self, name: str = "genuine.pecenv", **header: Any) -> Path:
        """The genuine next update (never applied here), the base of byte-level attacks."""
        return self.forge.envelope(name, self.genuine_records(), **header)

    def with_last(self, *records: Record, **header: Any) -> Path:
        """The genuine update with `records` after its genuine ones, signed as it is."""
        return self.forge.envelope("update.pecenv", [*self.genuine_records(), *records], **header)

    def with_last_line(self, line: bytes, **header: Any) -> Path:
        """The genuine update with one raw `line` after its genuine records."""
        return self.forge.envelope("update.pecenv", [], payload=payload_of(self.genuine_records()) + line, **header)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, sample_voters: list[VoterRow]) -> Iterator[Template]:
    built = build_template(tmp_path_factory.mktemp("template"), sample_voters)
    yield built
    drop_template(built)


@pytest.fixture
def site(template: Template, tmp_path: Path, sample_voters: list[VoterRow]) -> Iterator[Site]:
    ex = clone(template, tmp_path / "site")
    session = ex.desk.ready_session("secretary")
    removed = sample_voters[5]
    update = ex.outbox / template.update
    yield Site(ex, session, Forge(ex.ctx, ex.central, tmp_path / "forged"), template.claim, removed, update)
    ex.central.close()
    ex.ctx.close()


# ---- the cases --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    name: str
    code: str
    build: Callable[[Site], Path]


CASES: list[Case] = []


def case(code: str, req: str) -> Callable[[Callable[[Site], Path]], Callable[[Site], Path]]:
    def register(build: Callable[[Site], Path]) -> Callable[[Site], Path]:
        CASES.append(Case(f"{req}-{build.__name__.replace('_', '-')}", code, build))
        return build

    return register


def flip(data: bytes, position: int) -> bytes:
    changed = bytearray(data)
    changed[position] ^= 0x01
    return bytes(changed)


def other_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def newer_bundle(s: Site, *certs: Any, revoked: tuple[Revocation, ...] = ()) -> TrustBundle:
    old = s.central.bundle()
    return sign_bundle(s.central.root_key(), old.serial + 1, s.now, (*old.certs, *certs), (*old.revoked, *revoked))


# -- who signed it (R-SEC-11, R-SYN-2) --
@case("signature-invalid", "R-SEC-11")
def wrong_signature(s: Site) -> Path:
    """The header names the central signing key but another key signed it."""
    return s.forge.envelope("update.pecenv", s.genuine_records(), sign_with=other_key())


@case("signature-invalid", "R-SEC-11")
def signature_byte_flipped(s: Site) -> Path:
    """One bit of the genuine signature changed."""
    genuine = s.genuine()
    raw, _rest = split_file(genuine.read_bytes())
    return s.forge.edit(genuine, "update.pecenv", lambda d: flip(d, 12 + len(raw) + 2 + 10))


@case("untrusted-signer", "R-SEC-11")
def unknown_signer(s: Site) -> Path:
    """Signed (validly) by a key the central root never certified."""
    return s.forge.envelope("update.pecenv", s.genuine_records(), sender=other_key())


@case("untrusted-signer", "R-SEC-11")
def root_key_as_sender(s: Site) -> Path:
    """Signed by the root key itself, which signs trust bundles only."""
    return s.forge.envelope("update.pecenv", s.genuine_records(), sender=s.central.root_key())


@case("untrusted-signer", "R-SEC-11")
def revoked_signer(s: Site) -> Path:
    """The central signing key was revoked; the new bundle travels beside the envelope it signed."""
    bundle = s.central.revoke(signer_id(s.central.signer().public_key()), "stolen")
    return s.forge.envelope("update.pecenv", s.genuine_records(), sidecar=bundle.to_bytes())


@case("untrusted-signer", "R-SEC-11")
def revocation_is_not_forgotten(s: Site) -> Path:
    """After an applied update rotated the signing key and revoked the old one, an envelope of
    the old key with the older bundle beside it (which does not list the revocation) is refused."""
    old, new = s.central.signer(), other_key()
    rotated = newer_bundle(
        s, certify(new.public_key().public_bytes_raw(), ROLE_SIGN, s.now, s.now + 365 * DAY),
        revoked=(Revocation(signer_id(old.public_key()), stamp(s.now), "rotated"),),
    )  # fmt: skip
    first = s.forge.envelope("rotate.pecenv", [{"t": "trust", "bundle": rotated.to_bytes().decode()}], sender=new,
                             sidecar=rotated.to_bytes())  # fmt: skip
    assert EnvelopeImport(s.ctx, s.session).apply(first).trust_serial == rotated.serial
    return s.forge.envelope("update.pecenv", s.genuine_records(), sender=old)


@case("untrusted-signer", "R-SEC-11")
def wrong_role_signer(s: Site) -> Path:
    """Signed by a key the root certified for receiving batches, not for signing."""
    key = other_key()
    bundle = newer_bundle(s, certify(key.public_key().public_bytes_raw(), ROLE_RECEIVE, s.now, s.now + 365 * DAY))
    return s.forge.envelope("update.pecenv", s.genuine_records(), sender=key, sidecar=bundle.to_bytes())


@case("untrusted-signer", "R-SEC-11")
def expired_signer_certificate(s: Site) -> Path:
    """Signed by a signing key whose certificate ended before the envelope was created."""
    key = other_key()
    cert = certify(key.public_key().public_bytes_raw(), ROLE_SIGN, s.now - 400 * DAY, s.now - DAY)
    bundle = newer_bundle(s, cert)
    return s.forge.envelope("update.pecenv", s.genuine_records(), sender=key, sidecar=bundle.to_bytes())


@case("untrusted-signer", "R-SEC-11")
def bundle_of_a_foreign_root(s: Site) -> Path:
    """An attacker's own root certifies the attacker's key in the bundle beside the file."""
    root, key = other_key(), other_key()
    cert = certify(key.public_key().public_bytes_raw(), ROLE_SIGN, s.now - DAY, s.now + DAY)
    bundle = sign_bundle(root, 99, s.now, [cert])
    return s.forge.envelope("update.pecenv", s.genuine_records(), sender=key, sidecar=bundle.to_bytes())


@case("signature-invalid", "R-SEC-11")
def bundle_forged_under_the_pinned_root(s: Site) -> Path:
    """A bundle naming the pinned root, certifying the attacker's key, signed by the attacker."""
    key = other_key()
    cert = certify(key.public_key().public_bytes_raw(), ROLE_SIGN, s.now - DAY, s.now + DAY)
    genuine = newer_bundle(s, cert)
    forged = dataclasses.replace(genuine, signature=key.sign(TRUST_PREFIX + canonical(genuine.body())).hex())
    return s.forge.envelope("update.pecenv", s.genuine_records(), sender=key, sidecar=forged.to_bytes())


@case("malformed", "R-SYN-2")
def damaged_trust_sidecar(s: Site) -> Path:
    """The genuine update with a cut-off central-trust.json beside it."""
    return s.forge.envelope("update.pecenv", s.genuine_records(), sidecar=s.central.bundle().to_bytes()[:40])


@case("untrusted-signer", "R-SEC-11")
def trust_record_of_a_foreign_root(s: Site) -> Path:
    """The signed update carries, after its genuine records, a trust bundle of another root."""
    bundle = sign_bundle(other_key(), 99, s.now, [])
    return s.with_last({"t": "trust", "bundle": bundle.to_bytes().decode()})


# -- the header (R-SYN-2) --
@case("signature-invalid", "R-SYN-2")
def header_expiry_extended_after_signing(s: Site) -> Path:
    """`expires` moved a year later in the signed header (same length, still canonical)."""
    genuine = s.genuine()
    raw, _rest = split_file(genuine.read_bytes())
    year = s.now + 30 * DAY
    changed = raw.replace(f'"expires":"{year:%Y}'.encode(), f'"expires":"{year.year + 1}'.encode())
    assert changed != raw
    return s.forge.edit(genuine, "update.pecenv", lambda d: with_header(d, changed))


@case("signature-invalid", "R-SYN-2")
def header_retargeted_after_signing(s: Site) -> Path:
    """An envelope for precinct 1002 whose header was edited to say 1001."""
    genuine = s.genuine(precinct="1002")
    raw, _rest = split_file(genuine.read_bytes())
    changed = raw.replace(b'"precinct":"1002"', b'"precinct":"1001"')
    return s.forge.edit(genuine, "update.pecenv", lambda d: with_header(d, changed))


@case("malformed", "R-SYN-2")
def header_not_canonical(s: Site) -> Path:
    """The same header fields with one space added."""
    genuine = s.genuine()
    raw, _rest = split_file(genuine.read_bytes())
    return s.forge.edit(genuine, "update.pecenv", lambda d: with_header(d, raw.replace(b",", b", ", 1)))


@case("malformed", "R-SYN-2")
def header_duplicate_key(s: Site) -> Path:
    """A second `seq` key after the genuine fields (a parser keeping the last would read 9)."""
    genuine = s.genuine()
    raw, _rest = split_file(genuine.read_bytes())
    return s.forge.edit(genuine, "update.pecenv", lambda d: with_header(d, raw[:-1] + b',"seq":9}'))


@case("malformed", "R-SYN-2")
def header_unknown_field(s: Site) -> Path:
    """A signed header with an 18th field."""
    return s.genuine(admin="yes")


@case("malformed", "R-SYN-2")
def header_future_version(s: Site) -> Path:
    """A signed header of format version 2."""
    return s.genuine(v=2)


# -- chunks and file edges (R-SYN-2) --
@case("signature-invalid", "R-SYN-2")
def payload_byte_flipped(s: Site) -> Path:
    """One bit of a middle chunk's ciphertext."""
    genuine = s.genuine()
    head, found = chunks(genuine)
    assert len(found) > 4
    position = len(head) + sum(map(len, found[:2])) + 10
    return s.forge.edit(genuine, "update.pecenv", lambda d: flip(d, position))


@case("signature-invalid", "R-SYN-2")
def last_chunk_byte_flipped(s: Site) -> Path:
    """One bit of the last chunk: every earlier record was already written, and is rolled back."""
    genuine = s.genuine()
    return s.forge.edit(genuine, "update.pecenv", lambda d: flip(d, len(d) - 20))


@case("signature-invalid", "R-SYN-2")
def capsule_byte_flipped(s: Site) -> Path:
    """One bit of the HPKE capsule carrying the content key."""
    genuine = s.genuine()
    head, _found = chunks(genuine)
    return s.forge.edit(genuine, "update.pecenv", lambda d: flip(d, len(head) - 5))


@case("signature-invalid", "R-SYN-2")
def capsule_from_another_envelope(s: Site) -> Path:
    """The capsule of another genuine envelope (its content key) put into this one."""
    first, second = s.genuine("a.pecenv"), s.genuine("b.pecenv")
    head_a, _ = chunks(first)
    head_b, _ = chunks(second)
    assert len(head_a) == len(head_b)
    capsule = head_b[-1168:]
    return s.forge.edit(first, "update.pecenv", lambda d: d[: len(head_a) - 1168] + capsule + d[len(head_a) :])


@case("malformed", "R-SYN-2")
def chunk_removed(s: Site) -> Path:
    """The second chunk cut out of the file."""
    return s.forge.envelope("update.pecenv", s.genuine_records(), edit_chunks=lambda c: c[:1] + c[2:])


@case("malformed", "R-SYN-2")
def chunk_duplicated(s: Site) -> Path:
    """The second chunk repeated."""
    return s.forge.envelope("update.pecenv", s.genuine_records(), edit_chunks=lambda c: c[:2] + c[1:])


@case("signature-invalid", "R-SYN-2")
def chunks_reordered(s: Site) -> Path:
    """The first two chunks swapped (same lengths, so only their authentication can tell)."""
    return s.forge.envelope("update.pecenv", s.genuine_records(), edit_chunks=lambda c: [c[1], c[0], *c[2:]])


@case("malformed", "R-SYN-2")
def last_chunk_removed(s: Site) -> Path:
    """The file cut after its second-to-last chunk (a clean chunk boundary)."""
    return s.forge.envelope("update.pecenv", s.genuine_records(), edit_chunks=lambda c: c[:-1])


@case("signature-invalid", "R-SYN-2")
def chunk_from_another_envelope(s: Site) -> Path:
    """The second chunk replaced by the second chunk of another genuine envelope."""
    first, second = s.genuine("a.pecenv"), s.genuine("b.pecenv")
    head, found = chunks(first)
    _head, foreign = chunks(second)
    return s.forge.edit(first, "update.pecenv", lambda d: head + b"".join([found[0], foreign[1], *found[2:]]))


@case("malformed", "R-SYN-2")
def truncated_mid_chunk(s: Site) -> Path:
    """The genuine file without its last 7 bytes."""
    return s.forge.edit(s.genuine(), "update.pecenv", lambda d: d[:-7])


@case("malformed", "R-SYN-2")
def truncated_inside_header(s: Site) -> Path:
    """The genuine file cut inside its header."""
    return s.forge.edit(s.genuine(), "update.pecenv", lambda d: d[:100])


@case("malformed", "R-SYN-2")
def trailing_garbage(s: Site) -> Path:
    """16 bytes after the last chunk."""
    return s.forge.edit(s.genuine(), "update.pecenv", lambda d: d + os.urandom(16))


@case("malformed", "R-SYN-2")
def envelope_appended_to_itself(s: Site) -> Path:
    """Two copies of the genuine file in one."""
    return s.forge.edit(s.genuine(), "update.pecenv", lambda d: d + d)


@case("malformed", "R-SYN-2")
def wrong_magic(s: Site) -> Path:
    """The genuine file with another format's magic."""
    return s.forge.edit(s.genuine(), "update.pecenv", lambda d: b"PECENV2\n" + d[8:])


@case("malformed", "R-SYN-2")
def empty_file(s: Site) -> Path:
    """A file of no bytes."""
    return s.forge.place("update.pecenv", b"")


@case("malformed", "R-SYN-2")
def not_an_envelope(s: Site) -> Path:
    """A voter CSV offered as an envelope."""
    return s.forge.place("update.pecenv", "pin,last_name,first_name\n11503199000123,Тестова,Айзада\n".encode())


@case("malformed", "R-SYN-2")
def directory_instead_of_file(s: Site) -> Path:
    """A directory named like an envelope."""
    path = s.forge.place("placeholder", b"").parent / "update.pecenv"
    path.mkdir()
    return path


@case("malformed", "R-SYN-2")
def fifo_instead_of_file(s: Site) -> Path:
    """A named pipe under the envelope's name (must not hang the reader)."""
    path = s.forge.place("placeholder", b"").parent / "update.pecenv"
    os.mkfifo(path)
    return path


@case("policy-violation", "R-SYN-2")
def link_to_a_device(s: Site) -> Path:
    """A symbolic link to /dev/zero (endless bytes): never followed (R-SEC-11; issue 10, 9a)."""
    path = s.forge.place("placeholder", b"").parent / "update.pecenv"
    path.symlink_to("/dev/zero")
    return path


@case("usage", "R-SYN-2")
def missing_file(s: Site) -> Path:
    """A path where there is no file."""
    return s.forge.place("placeholder", b"").parent / "update.pecenv"


# -- addressing (R-SYN-2) --
@case("wrong-recipient", "R-SYN-2")
def other_device_key(s: Site) -> Path:
    """A genuine update encrypted to another device's KEM key."""
    return s.forge.envelope("update.pecenv", s.genuine_records(), recipient=RecipientPrivateKey.generate())


@case("wrong-recipient", "R-SYN-2")
def other_precinct(s: Site) -> Path:
    """Signed by the central key and encrypted to this device, but for precinct 1002."""
    return s.genuine(precinct="1002")


@case("wrong-recipient", "R-SYN-2")
def other_election(s: Site) -> Path:
    """Signed by the central key and encrypted to this device, but for another election."""
    return s.genuine(election="test-2030")


@case("malformed", "R-SYN-2")
def batch_kind(s: Site) -> Path:
    """A change batch (precinct → central) offered to the precinct."""
    return s.genuine(kind="batch")


@case("malformed", "R-SYN-1")
def package_in_the_middle_of_the_stream(s: Site) -> Path:
    """A `package` as envelope 3 (it would rebuild the list)."""
    return s.genuine(kind="package")


# -- sequence (R-SYN-2) --
@case("replayed", "R-SYN-2")
def same_seq_other_file(s: Site) -> Path:
    """Another envelope 2 (continuing the package like the applied one, but other content)."""
    return s.genuine(seq=2, prev=file_sha256(s.ex.package))


@case("replayed", "R-SYN-2")
def older_seq(s: Site) -> Path:
    """An update numbered 1."""
    return s.genuine(seq=1, prev="0" * 64)


@case("replayed", "R-SYN-1")
def second_package(s: Site) -> Path:
    """A new package (seq 1) that would replace the whole precinct."""
    records = records_of(s.ex.package, s.forge.kem())
    return s.forge.envelope("package.pecenv", records, kind="package", seq=1, prev="0" * 64, chunk_size=4096)


@case("sequence-gap", "R-SYN-2")
def skipped_seq(s: Site) -> Path:
    """Envelope 4 while 3 has not arrived."""
    seq, _prev = s.forge.last()
    return s.genuine(seq=seq + 2, prev=hashlib.sha256(b"envelope 3").hexdigest())


@case("sequence-gap", "R-SYN-2")
def fork_of_the_stream(s: Site) -> Path:
    """The next number, but continuing another envelope 2 than the one applied here."""
    return s.genuine(prev=hashlib.sha256(b"another envelope 2").hexdigest())


# -- time (R-SYN-2) --
@case("expired", "R-SYN-2")
def expired(s: Site) -> Path:
    """Valid for five minutes, which ended a minute ago (signed while the key was valid)."""
    return s.genuine(created=stamp(s.now - 6 * MINUTE), expires=stamp(s.now - MINUTE))


@case("expired", "R-SYN-2")
def expires_this_second(s: Site) -> Path:
    """`expires` equal to now (valid until, not including, that second)."""
    return s.genuine(created=stamp(s.now - 6 * MINUTE), expires=stamp(s.now))


@case("expired", "R-SYN-2")
def expired_while_carried(s: Site) -> Path:
    """A genuine update that waited 31 days before it was imported."""
    path = s.genuine()
    s.ex.clock.advance(31 * 86400)
    return path


@case("not-yet-valid", "R-SYN-2")
def future_dated_beyond_tolerance(s: Site) -> Path:
    """Created 11 minutes from now (the tolerance is 10)."""
    return s.genuine(created=stamp(s.now + 11 * MINUTE))


@case("not-yet-valid", "R-SYN-2")
def far_future(s: Site) -> Path:
    """Created a year from now."""
    return s.genuine(created=stamp(s.now + 365 * DAY), expires=stamp(s.now + 400 * DAY))


# -- sizes (R-SYN-2, R-SEC-11) --
@case("too-large", "R-SEC-11")
def oversized_header(s: Site) -> Path:
    """A header length of 64 KiB + 1 (with that many bytes present)."""
    header = b"{" + b" " * 65535 + b"}"
    return s.forge.place("update.pecenv", b"PECENV1\n" + len(header).to_bytes(4, "big") + header + b"\0" * 200)


@case("too-large", "R-SEC-11")
def header_claims_a_huge_payload(s: Site) -> Path:
    """A signed header claiming a 5 GiB payload."""
    return s.genuine(payload_size=5 << 30)


@case("too-large", "R-SEC-11")
def chunk_size_over_limit(s: Site) -> Path:
    """A signed header with 32 MiB chunks (a reader would hold one whole)."""
    return s.forge.envelope("update.pecenv", s.genuine_records(), chunk_size=32 << 20)


@case("too-large", "R-SEC-11")
def oversized_record(s: Site) -> Path:
    """A record line of 70 000 bytes after the genuine records."""
    return s.with_last(voter_record(dataclasses.replace(NEW_VOTER, address="ж" * 35000)))


# -- records (R-SYN-2, R-SYN-1) --
@case("malformed", "R-SYN-2")
def record_count_above(s: Site) -> Path:
    """A signed header declaring one record more than the payload holds."""
    return s.genuine(records=len(s.genuine_records()) + 1)


@case("malformed", "R-SYN-2")
def record_count_below(s: Site) -> Path:
    """A signed header declaring one record less than the payload holds."""
    return s.genuine(records=len(s.genuine_records()) - 1)


@case("signature-invalid", "R-SYN-2")
def payload_hash_mismatch(s: Site) -> Path:
    """A signed header whose payload hash is not the payload's."""
    return s.genuine(payload_sha256=hashlib.sha256(b"other").hexdigest())


@case("malformed", "R-SYN-2")
def malformed_json(s: Site) -> Path:
    """A record line that is not JSON (a trailing comma)."""
    return s.with_last_line(b'{"t":"meta","key":"hotline","value":"x",}\n')


@case("malformed", "R-SYN-2")
def duplicate_keys(s: Site) -> Path:
    """A record with `value` twice."""
    return s.with_last_line(b'{"t":"meta","key":"hotline","value":"1","value":"2"}\n')


@case("malformed", "R-SYN-2")
def float_number(s: Site) -> Path:
    """An acknowledgement whose seq is 1.0."""
    sha = "0" * 64
    return s.with_last_line(f'{{"t":"ack","seq":1.0,"sha256":"{sha}","received_at":"2026-09-01"}}\n'.encode())


@case("malformed", "R-SYN-2")
def no_final_newline(s: Site) -> Path:
    """The last record without its newline."""
    return s.with_last_line(b'{"t":"meta","key":"hotline","value":"1"}')


@case("malformed", "R-SYN-2")
def carriage_return(s: Site) -> Path:
    """A record ended by CR LF."""
    return s.with_last_line(b'{"t":"meta","key":"hotline","value":"1"}\r\n')


@case("malformed", "R-SYN-2")
def unknown_record_type(s: Site) -> Path:
    """A record of a type no schema declares."""
    return s.with_last({"t": "wipe", "what": "voters"})


@case("malformed", "R-SYN-2")
def unknown_field(s: Site) -> Path:
    """A voter record with a field the schema does not declare."""
    return s.with_last({**voter_record(NEW_VOTER), "status": "removed"})


@case("malformed", "R-SYN-2")
def nul_in_a_string(s: Site) -> Path:
    """A voter name holding U+0000."""
    return s.with_last(voter_record(dataclasses.replace(NEW_VOTER, last_name="Ab\u0000c")))


@case("malformed", "R-SYN-1")
def voter_pin_not_digits(s: Site) -> Path:
    """A voter whose PIN has a letter."""
    return s.with_last(voter_record(dataclasses.replace(NEW_VOTER, pin=NEW_VOTER.pin[:13] + "A")))


@case("malformed", "R-SYN-1")
def voter_birth_date_disagrees_with_pin(s: Site) -> Path:
    """A voter whose birth date is not the one the PIN encodes."""
    return s.with_last(voter_record(dataclasses.replace(PLANTED, birth_date="1991-03-15")))


@case("malformed", "R-SYN-1")
def voter_sex_invalid(s: Site) -> Path:
    """A voter whose sex is neither F nor M."""
    return s.with_last(voter_record(dataclasses.replace(PLANTED, sex="X")))


@case("malformed", "R-SYN-1")
def voter_name_empty(s: Site) -> Path:
    """A voter whose last name is blank."""
    return s.with_last(voter_record(dataclasses.replace(PLANTED, last_name="  ")))


@case("malformed", "R-SYN-1")
def voter_of_another_precinct(s: Site) -> Path:
    """A voter of precinct 1002 in an update for 1001."""
    return s.with_last(voter_record(dataclasses.replace(NEW_VOTER, precinct="1002")))


@case("malformed", "R-SYN-1")
def removal_of_an_unknown_voter(s: Site) -> Path:
    """A removal naming a PIN that is not on this list."""
    return s.with_last({"t": "removed", "pin": "29912199900011", "reason": "x"})


@case("malformed", "R-SYN-1")
def decision_on_an_unknown_claim(s: Site) -> Path:
    """A decision on a claim this precinct never filed."""
    return s.with_last({"t": "decision", "claim": "1001-2026-999", "decision": "accepted", "reason": "x",
                        "decided_at": "2026-09-01T09:15:00Z"})  # fmt: skip


@case("malformed", "R-SYN-1")
def decision_neither_accepted_nor_rejected(s: Site) -> Path:
    """A decision that is 'maybe'."""
    return s.with_last({"t": "decision", "claim": s.claim, "decision": "maybe", "reason": "x",
                        "decided_at": "2026-09-01T09:15:00Z"})  # fmt: skip


@case("malformed", "R-SYN-1")
def unknown_setting(s: Site) -> Path:
    """A setting the precinct does not have."""
    return s.with_last({"t": "meta", "key": "precinct", "value": "1002"})


@case("malformed", "R-SYN-1")
def setting_not_a_number(s: Site) -> Path:
    """The idle lock time set to text."""
    return s.with_last({"t": "meta", "key": "idle_minutes", "value": "never"})


@case("malformed", "R-SEC-11")
def account_unknown_role(s: Site) -> Path:
    """An account with the role 'root'."""
    return s.with_last({**NEW_ACCOUNT, "login": "intruder", "role": "root"})


@case("malformed", "R-SEC-11")
def account_login_not_an_identifier(s: Site) -> Path:
    """An account whose login is a path."""
    return s.with_last({**NEW_ACCOUNT, "login": "../etc"})


def test_the_suite_is_complete() -> None:
    """Issue 3: at least 40 distinct hostile cases, each named by its requirement."""
    assert len(CASES) >= 40
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("hostile", CASES, ids=[c.name for c in CASES])
def test_hostile_update_is_refused_and_changes_nothing(site: Site, hostile: Case) -> None:
    """R-SYN-2, R-SEC-11, R-SYN-1: the stable reason code; the voter list, claims, accounts, sync
    state and files unchanged; the refusal's audit event the only addition."""
    path = hostile.build(site)
    refused_import(site.ctx, site.session, path, hostile.code)


# ---- what must still be accepted ---------------------------------------------------------------
def test_the_genuine_update_is_accepted(site: Site) -> None:
    """R-SYN-1 (the control of every case above): the unattacked base envelope previews and
    applies, and it changes the voter list, the claim, the accounts and the sync state."""
    ctx, path = site.ctx, site.genuine()
    assert ctx.voters.find_pin(NEW_VOTER.pin) is None
    preview = EnvelopeImport(ctx, site.session).preview(path)
    before = snapshot(ctx)
    summary = EnvelopeImport(ctx, site.session).apply(path)
    expected = (1, 1, 1, 1, 1, 1, 1)
    for got in (preview, summary):
        assert (got.new_voters, got.changed_voters, got.removed_voters, got.decisions, got.accounts, got.settings,
                got.regpoints) == expected  # fmt: skip
    changed = before.changed(snapshot(ctx))
    for table in ("voter", "voter_fts_data", "claim", "account", "meta", "sync_stream", "sync_applied", "regpoint"):
        assert f"main.{table}" in changed
    assert "file keyslots.json" in changed
    planted = ctx.voters.find_pin(PLANTED.pin)
    assert planted is not None and planted.row.first_name == "Айгерим" and planted.status is VoterStatus.ACTIVE
    removed = ctx.voters.find_pin(site.removed.pin)
    assert removed is not None and removed.status is VoterStatus.REMOVED
    assert ClaimService(ctx).get(site.claim).decision == "accepted"
    assert ctx.accounts.get("member3") is not None
    already_applied(ctx, site.session, path)


@pytest.mark.parametrize("which", ["update", "package"])
def test_an_applied_envelope_again_changes_nothing(site: Site, which: str) -> None:
    """R-SYN-2: the same file again (the applied update 2, or the package) is reported as already
    applied, not an error; nothing changes but the audit event saying so."""
    already_applied(site.ctx, site.session, site.applied_update if which == "update" else site.ex.package)


def test_a_clock_within_tolerance_is_accepted(site: Site) -> None:
    """R-SYN-2: created 9 minutes ahead of this clock (tolerance 10) is a clock difference, not an attack."""
    path = site.genuine(created=stamp(site.now + 9 * MINUTE))
    assert EnvelopeImport(site.ctx, site.session).apply(path).new_voters == 1


def test_refusals_do_not_block_the_stream(site: Site) -> None:
    """R-SYN-2: after a series of refused attacks the genuine next update still applies."""
    for attack in (chunks_reordered, skipped_seq, other_precinct, trailing_garbage, fork_of_the_stream):
        hostile = next(c for c in CASES if c.build is attack)
        refused_import(site.ctx, site.session, hostile.build(site), hostile.code)
    summary = EnvelopeImport(site.ctx, site.session).apply(site.genuine())
    assert (summary.seq, summary.new_voters, summary.decisions) == (3, 1, 1)


# ---- packages on a device set up and waiting for its first envelope (R-SYN-1) --------------------
@dataclass
class Fresh:
    ctx: DeskContext
    central: Central
    clock: ManualClock
    forge: Forge
    package: Path  # the genuine package, not imported yet

    def records(self) -> list[Record]:
        return records_of(self.package, self.forge.kem())

    def forged(self, records: list[Record], **header: Any) -> Path:
        return self.forge.envelope("package.pecenv", records, chunk_size=4096, **{"kind": "package", **header})


@pytest.fixture
def fresh(tmp_path: Path, sample_voters: list[VoterRow]) -> Iterator[Fresh]:
    clock = ManualClock()
    central = Central(tmp_path / "central", clock)
    central.init()
    ctx = DeskContext(tmp_path / "data", clock=clock)
    setup = set_up_device(ctx, "1001", test_root=central.root_key().public_key().public_bytes_raw())
    central.enroll(setup.request)
    outbox = tmp_path / "to-pec"
    outbox.mkdir()
    issued = central.issue_package_rows("1001", sample_voters, list(DEMO_ACCOUNTS), ELECTION, outbox)
    clock.advance(60)
    yield Fresh(ctx, central, clock, Forge(ctx, central, tmp_path / "forged"), issued.path)
    central.close()
    ctx.close()
    ctx.secrets.delete(ctx.device_id)


def _without(records: list[Record], drop: Callable[[Record], bool]) -> list[Record]:
    return [r for r in records if not drop(r)]


def _expire(f: Fresh) -> Path:
    path = f.forged(f.records(), created=stamp(f.clock.now()), expires=stamp(f.clock.now() + MINUTE))
    f.clock.advance(120)
    return path


def _out_of_order(f: Fresh) -> Path:
    records = f.records()
    meta = next(r for r in records if r["t"] == "meta")
    return f.forged([*(r for r in records if r is not meta), meta])


FRESH_CASES: list[tuple[str, str, Callable[[Fresh], Path]]] = [
    ("R-SEC-11-package-forged-by-an-unknown-key", "untrusted-signer",
     lambda f: f.forged(f.records(), sender=other_key())),
    ("R-SEC-11-package-without-the-trust-bundle", "untrusted-signer",
     lambda f: f.forge.place("package.pecenv", f.package.read_bytes(), sidecar=b"")),
    ("R-SYN-2-package-for-another-precinct", "wrong-recipient", lambda f: f.forged(f.records(), precinct="1002")),
    ("R-SYN-2-package-for-another-device", "wrong-recipient",
     lambda f: f.forged(f.records(), recipient=RecipientPrivateKey.generate())),
    ("R-SYN-1-package-with-a-voter-of-another-precinct", "malformed",
     lambda f: f.forged([*f.records(), voter_record(dataclasses.replace(NEW_VOTER, precinct="1002"))])),
    ("R-SYN-1-package-without-a-sysadmin", "malformed",
     lambda f: f.forged(_without(f.records(), lambda r: r.get("role") == "sysadmin"))),
    ("R-SYN-1-package-records-out-of-order", "malformed", _out_of_order),
    ("R-SYN-1-package-for-another-election", "malformed", lambda f: f.forged(f.records(), election="other-2026")),
    ("R-SYN-2-package-truncated", "malformed",
     lambda f: f.forge.edit(f.package, "package.pecenv", lambda d: d[:-7])),
    ("R-SYN-2-package-last-chunk-flipped", "signature-invalid",
     lambda f: f.forge.edit(f.package, "package.pecenv", lambda d: flip(d, len(d) - 20))),
    ("R-SYN-1-update-as-the-first-envelope", "malformed", lambda f: f.forged(f.records(), kind="update")),
    ("R-SYN-2-package-expired", "expired", _expire),
]  # fmt: skip


@pytest.mark.parametrize(("code", "build"), [c[1:] for c in FRESH_CASES], ids=[c[0] for c in FRESH_CASES])
def test_hostile_package_leaves_the_device_waiting(fresh: Fresh, code: str, build: Callable[[Fresh], Path]) -> None:
    """R-SYN-1, R-SYN-2, R-SEC-11: a refused first package leaves no precinct store or key slots,
    the device keeps its pending keys, the refusal is logged, and the genuine package still imports."""
    path = build(fresh)
    ctx = fresh.ctx
    refused_import(ctx, None, path, code)
    assert not ctx.has_precinct() and not ctx.paths.keyslots.exists()
    assert ctx.pending_keys() is not None
    summary = EnvelopeImport(ctx, None).apply(fresh.package)
    assert (summary.kind, summary.new_voters, summary.accounts) == ("package", 401, len(DEMO_ACCOUNTS))
