"""Strict JSON and the refusals shared by the envelope modules (docs/envelope.md).

Strict means: one JSON object, no duplicate keys, no NaN/Infinity, no floats, no integer longer
than 20 characters, nothing nested deeper than the parser allows. Canonical means: sorted keys, no
spaces, UTF-8 (the header is ASCII by its field rules, so its canonical form is unique).
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

from app.errors import AppError, Defect, Reason

MALFORMED = "malformed"
TOO_LARGE = "too-large"
UNTRUSTED_SIGNER = "untrusted-signer"
SIGNATURE_INVALID = "signature-invalid"
WRONG_RECIPIENT = "wrong-recipient"


class EnvelopeError(Exception):
    """A refusal whose CLI.md reason code `app.errors.Reason` does not have yet."""

    def __init__(self, code: str, defect: Defect, **params: Any) -> None:
        super().__init__(f"[{code}] {defect.value} {params}")
        self.code = code
        self.defect = defect
        self.params = params


def refusal(code: str, defect: Defect, **params: Any) -> Exception:
    """`AppError` when `Reason` knows the code, otherwise `EnvelopeError` with the same code;
    `defect` says what is wrong, `params` (a `part=` and verbatim values) where."""
    try:
        reason = Reason(code)
    except ValueError:
        return EnvelopeError(code, defect, **params)
    return AppError(reason, defect=defect, **params)


def reason_code(exc: BaseException) -> str | None:
    """The CLI.md reason code of a refusal raised by app.sync, or None for anything else."""
    if isinstance(exc, AppError):
        return exc.reason.value
    if isinstance(exc, EnvelopeError):
        return exc.code
    return None


class StrictJsonError(ValueError):
    """The text is not one strict JSON object; `defect` (with `params`) says why."""

    def __init__(self, defect: Defect, **params: Any) -> None:
        super().__init__(f"{defect.value} {params}" if params else defect.value)
        self.defect = defect
        self.params = params


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise StrictJsonError(Defect.DUPLICATE_KEY, key=_first_duplicate(pairs)[:64])
    return obj


def _first_duplicate(pairs: list[tuple[str, Any]]) -> str:
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            return key
        seen.add(key)
    return ""


def _constant(name: str) -> NoReturn:
    raise StrictJsonError(Defect.NOT_INTEGER, value=name)


def _float(text: str) -> NoReturn:
    raise StrictJsonError(Defect.NOT_INTEGER, value=text[:24])


def _int(text: str) -> int:
    if len(text) > 20:
        raise StrictJsonError(Defect.NOT_INTEGER, value=text[:24])
    return int(text)


# Configured once, never mutated: building them per line costs more than parsing the line.
_DECODER = json.JSONDecoder(object_pairs_hook=_object, parse_constant=_constant, parse_float=_float, parse_int=_int)
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def loads_object(data: bytes) -> dict[str, Any]:
    """Parse UTF-8 bytes holding exactly one strict JSON object."""
    try:
        value = _DECODER.decode(data.decode("utf-8"))
    except StrictJsonError:
        raise
    except UnicodeDecodeError as exc:
        raise StrictJsonError(Defect.NOT_UTF8, offset=exc.start) from exc
    except (ValueError, RecursionError) as exc:
        raise StrictJsonError(Defect.NOT_JSON) from exc
    if not isinstance(value, dict):
        raise StrictJsonError(Defect.NOT_OBJECT)
    return value


def canonical(obj: dict[str, Any]) -> bytes:
    """Sorted keys, no spaces, raw UTF-8 (no \\u escapes beyond JSON's mandatory ones).

    Raises UnicodeEncodeError for a lone surrogate and TypeError for a value JSON cannot hold."""
    return _ENCODER.encode(obj).encode("utf-8")
