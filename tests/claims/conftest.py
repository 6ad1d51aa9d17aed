"""Helpers for the claim tests: Bishkek times on the manual clock, small real attachments."""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from typing import Any

from app.clock import ManualClock
from app.models.calendar import BISHKEK
from app.security.session import Session
from app.services.claims import Attachment, ClaimService
from app.services.context import DeskContext
from tests.conftest import PLANTED
from tests.exchange.conftest import exchange  # noqa: F401 (the fixture, for decisions from central)

UNLISTED_PIN = "21204198500456"  # valid, not on the sample list


def at_bishkek(clock: ManualClock, when: str) -> None:
    """Moves the clock forward to a Bishkek local time ("YYYY-MM-DD HH:MM:SS")."""
    target = dt.datetime.fromisoformat(when).replace(tzinfo=BISHKEK)
    seconds = (target - clock.now()).total_seconds()
    assert seconds >= 0, "the manual clock only moves forward here"
    clock.advance(seconds)


def pdf(marker: str = "scan") -> bytes:
    """A small, well-formed one-page PDF carrying `marker` in its content stream."""
    stream = f"BT /F1 12 Tf 72 720 Td ({marker}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def png() -> bytes:
    """A 1×1 grey PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b"")
    )


def file_claim(ctx: DeskContext, session: Session, **given: Any) -> str:
    """A claim with sensible defaults for its type; `given` overrides any argument."""
    kind = given.get("claim_type", "correction")
    defaults: dict[str, Any] = {
        "correction": {"pin": PLANTED.pin, "fields": {"first_name": "Айгерим"}},
        "address": {"pin": PLANTED.pin, "fields": {"address": "Бишкек ш., Жаңы көчө 5"}},
        "missing": {"pin": UNLISTED_PIN, "fields": {"last_name": "Өмүрбекова", "first_name": "Үмүт"}},
        "disability": {"pin": UNLISTED_PIN, "fields": {"last_name": "Ңаматова"}, "contact_check": "B",
                       "attachments": [Attachment("passport.pdf", pdf())]},
        "institution": {"pin": UNLISTED_PIN, "fields": {"last_name": "Асанов"}, "institution": "№ 1234 аскер бөлүгү"},
    }[kind]  # fmt: skip
    args: dict[str, Any] = {"claim_type": kind, "contact": "+996 555 000 111", "passport_checked": True,
                            "identified": True, **defaults, **given}  # fmt: skip
    return ClaimService(ctx).file(session, **args)
