"""Bounds of what travels (R-SYN-1, R-SYN-2, R-AUD-1): the field limits of the change batch, in
one place, and the checks that apply them where a value is written ("bounded at the door").

A batch refuses a record with a field longer than its limit, a NUL or a lone surrogate
(`app.sync.records`); one such record written into the store would stop every later export. So the
limits below are the batch format's own (`app.sync.payloads` builds its schemas from them), and
every value of a record that will travel is held to them when it is written:
- input typed by a person (a claim's text, a note, a name) with a control character, a bidi
  override or isolate (U+202A–U+202E, U+2066–U+2069) or a lone surrogate (bytes from the command
  line that are not UTF-8) is refused with `malformed`, naming the field (`check_text`);
- text the program writes itself (audit events, alerts) has those characters escaped (``\\x01``,
  ``\\u202e``, ``\\udcff``) and, when too long, is cut with a visible marker so that it fits, its
  JSON-escaped form included (`bound`, `bound_json`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from typing import Any

from app.errors import AppError, Defect, Reason

LOGIN = 64  # a login: of an account, in an audit event, a claim's filed_by, who informed
TEXT = 300  # a name, an address, a contact, a reason; an audit event's object and full name
PIN = 14
CODE = 16  # a short code: claim type, place, status; a role; how a voter was informed
TIME = 40  # an ISO 8601 time
HEX64 = 64  # a SHA-256 in hex
CLAIM_NUMBER = 40
DETAILS = 4000  # JSON text: an audit event's details, a claim's requested corrections
NOTE = 1000  # a reviewer's note (kept in an audit event's details or beside an alert)
# What a person may type into a field (app.models.field_rules), within the batch's limits above.
NAME = 100  # a surname, name or patronymic
ADDRESS = TEXT  # an address (of a voter, or asked by a claim)
CONTACT = 200  # a voter's contact for the answer: a phone number, an address or an e-mail
INSTITUTION = 200  # the name of an institution (a form from its head)

AUDIT = {
    "at": TIME, "session_id": 64, "login": LOGIN, "full_name": TEXT, "role": CODE, "workstation": 255,
    "action": 64, "object": TEXT, "outcome": 32, "details": DETAILS,
}  # fmt: skip
CLAIM = {
    "number": CLAIM_NUMBER, "type": CODE, "pin": PIN, "fields": DETAILS, "contact": TEXT, "filed_at": TIME,
    "filed_by": LOGIN, "place": CODE, "status": CODE, "institution": TEXT, "contact_check": 1,
}  # fmt: skip
ALERT = {"rule": 40, "at": TIME, "subject": 200, "detail": 1000}

# C0 and C1 controls, DEL, the bidi embeddings/overrides and isolates, lone surrogates.
FORBIDDEN_RE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_DIGEST_FLOOR = 32  # below this per-string budget, long details keep only their head and hash


def text_problem(text: str) -> str | None:
    """What makes `text` unfit to be stored as typed (in English, for a `detail`), or None."""
    found = FORBIDDEN_RE.search(text)
    if found is None:
        return None
    code = ord(found.group())
    kind = (
        "text that is not valid Unicode (bytes that are not UTF-8)" if 0xD800 <= code <= 0xDFFF
        else "a text-direction override" if code >= 0x202A
        else "a control character"
    )  # fmt: skip
    return f"{kind} ({_escaped(found)}) at character {found.start() + 1}"


def check_text(value: str, field: str, limit: int | None = None) -> str:
    """Input typed by a person, as it will be stored: refused with `malformed` naming `field` if it
    holds a character of `text_problem` or (with `limit`) is longer than the batch allows."""
    problem = text_problem(value)
    if problem is not None:
        found = FORBIDDEN_RE.search(value)  # the first unsafe character, shown escaped with its position
        raise AppError(Reason.MALFORMED, defect=Defect.BAD_CHARACTERS, field=field, key=field,
                       value=_escaped(found) if found else "", offset=found.start() + 1 if found else 0)  # fmt: skip
    if limit is not None and len(value) > limit:
        raise AppError(Reason.MALFORMED, defect=Defect.FIELD_TOO_LONG, field=field, key=field, limit=limit)
    return value


def escape(text: str) -> str:
    """`text` with every character of `text_problem` written out visibly (``\\x01``, ``\\u202e``)."""
    return FORBIDDEN_RE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def cut(text: str, limit: int) -> str:
    """`text` if it fits, else its head with a visible marker saying how long it was."""
    if len(text) <= limit:
        return text
    marker = f"…[{len(text)} characters, cut]"
    return (text[: max(0, limit - len(marker))] + marker)[:limit]


def bound(text: str, limit: int) -> str:
    """Text the program writes itself, escaped and cut to `limit`."""
    return cut(escape(text), limit)


def json_text(value: Any) -> str:
    """The JSON form stored in a text column (sorted keys, no spaces, raw UTF-8)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def bound_json(value: Mapping[str, Any], limit: int = DETAILS) -> str:
    """`value` as JSON text of at most `limit` characters, still a JSON object: strings escaped,
    then long strings cut (with the marker) until it fits; what cannot fit that way (a long list)
    is kept as its head with the length and the SHA-256 of the whole."""
    clean = _escape_all(value)
    text = json_text(clean)
    budget = limit
    while len(text) > limit and budget > _DIGEST_FLOOR:
        budget //= 2
        text = json_text(_cut_all(clean, budget))
    if len(text) <= limit:
        return text
    whole = json_text(clean)
    digest = hashlib.sha256(whole.encode("utf-8")).hexdigest()
    room = limit
    while True:
        shown = json_text({"cut": len(whole), "sha256": digest, "head": cut(whole, max(0, room))})
        if len(shown) <= limit or room <= 0:
            return shown
        room -= len(shown) - limit


def _escape_all(value: Any) -> Any:
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, Mapping):
        return {escape(str(k)): _escape_all(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_escape_all(v) for v in value]
    return value


def _cut_all(value: Any, budget: int) -> Any:
    if isinstance(value, str):
        return cut(value, budget)
    if isinstance(value, dict):
        return {k: _cut_all(v, budget) for k, v in value.items()}
    if isinstance(value, list):
        return [_cut_all(v, budget) for v in value]
    return value


def typed_login_tag(key: bytes, login: str) -> str:
    """How a login that names no account is recorded: "?" and 16 hex digits of a keyed hash (the
    device secret is the key), never the text typed, which may be a password typed in the wrong
    box or anything hostile. The same text gives the same tag on a device, so the failed-login
    rule still counts repeated attempts; nobody without the device secret can reverse it."""
    typed = login.encode("utf-8", "surrogatepass")
    return "?" + hmac.new(key, b"pec-desk/typed-login/v1\0" + typed, "sha256").hexdigest()[:16]
