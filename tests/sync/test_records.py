"""Records are strict, typed JSON lines; every refusal names the record (R-SYN-2, R-SEC-11)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from app.sync import EnvelopeWriter, Field, Limits, RecordSchema, SchemaRegistry, base_registry
from app.sync.records import parse_line, split_lines
from app.sync.strict import reason_code
from tests.sync import forge
from tests.sync.support import Keys, decode, fields, refused, registry, voter, write

GOOD = b'{"count":1,"name":"a","t":"tally"}'
BAD_LINES = {
    "not JSON": b'{"t":"tally",',
    "duplicate key": b'{"count":1,"name":"a","name":"b","t":"tally"}',
    "duplicate type": b'{"count":1,"name":"a","t":"tally","t":"tally"}',
    "NaN": b'{"count":NaN,"name":"a","t":"tally"}',
    "Infinity": b'{"count":Infinity,"name":"a","t":"tally"}',
    "-Infinity": b'{"count":-Infinity,"name":"a","t":"tally"}',
    "float": b'{"count":1.0,"name":"a","t":"tally"}',
    "exponent": b'{"count":1e3,"name":"a","t":"tally"}',
    "bool for int": b'{"count":true,"name":"a","t":"tally"}',
    "int for bool": b'{"count":1,"final":1,"name":"a","t":"tally"}',
    "string for int": b'{"count":"1","name":"a","t":"tally"}',
    "null": b'{"count":null,"name":"a","t":"tally"}',
    "nested object": b'{"count":1,"name":{"x":1},"t":"tally"}',
    "array": b'{"count":1,"name":["a"],"t":"tally"}',
    "deep nesting": b'{"count":1,"name":' + b"[" * 50_000 + b"]" * 50_000 + b',"t":"tally"}',
    "integer past 64 bits": b'{"count":9223372036854775808,"name":"a","t":"tally"}',
    "integer too long": b'{"count":' + b"9" * 30 + b',"name":"a","t":"tally"}',
    "unknown type": b'{"count":1,"name":"a","t":"ballot"}',
    "no type": b'{"count":1,"name":"a"}',
    "type not a string": b'{"count":1,"name":"a","t":1}',
    "unknown field": b'{"count":1,"name":"a","shoe_size":42,"t":"tally"}',
    "missing field": b'{"name":"a","t":"tally"}',
    "over-long string": b'{"count":1,"name":"' + b"a" * 41 + b'","t":"tally"}',
    "over-long Cyrillic": ('{"count":1,"name":"' + "Ү" * 41 + '","t":"tally"}').encode(),
    "NUL": b'{"count":1,"name":"a\\u0000","t":"tally"}',
    "lone surrogate": b'{"count":1,"name":"\\ud800","t":"tally"}',
    "not UTF-8": b'{"count":1,"name":"\xff","t":"tally"}',
    "byte order mark": b"\xef\xbb\xbf" + GOOD,
    "padded": b" " + GOOD,
    "carriage return": GOOD + b"\r",
    "top-level array": b"[" + GOOD + b"]",
    "empty line": b"",
}


@pytest.mark.parametrize("line", BAD_LINES.values(), ids=BAD_LINES.keys())
def test_bad_lines_are_refused_with_their_number(line: bytes) -> None:
    """R-SYN-2: strict parse; the refusal names the record's number."""
    assert parse_line(GOOD, 1, registry()) == {"count": 1, "name": "a", "t": "tally"}
    with refused("malformed"):
        try:
            parse_line(line, 17, registry())
        except Exception as exc:
            assert "record=17" in str(exc)
            raise


def test_escaped_text_that_is_not_a_nul_is_accepted() -> None:
    """R-SYN-2: the NUL check looks at values, not at backslashes in them."""
    line = b'{"count":1,"name":"\\\\u0000 \\u00e9 \\n","t":"tally"}'
    assert parse_line(line, 1, registry())["name"] == "\\u0000 é \n"


def test_lines_are_split_across_chunk_boundaries() -> None:
    """R-SYN-1: a record may start in one chunk and end in the next."""
    data = GOOD + b"\n" + GOOD + b"\n"
    for cut in range(len(data) + 1):
        assert list(split_lines([data[:cut], data[cut:]], 100)) == [GOOD, GOOD]


def test_over_long_line_is_refused_as_soon_as_it_exceeds_the_limit() -> None:
    """R-SEC-11: memory holds at most one line of `max_line` bytes."""
    with refused("too-large"):
        list(split_lines([GOOD + b"\n", b"x" * 50, b"x" * 60], 100))
    with refused("too-large"):
        list(split_lines([b"x" * 200 + b"\n"], 100))
    with refused("malformed"):
        list(split_lines([GOOD + b"\n" + GOOD], 100))


def _forged(tmp_path: Path, keys: Keys, payload: bytes, **overrides: Any) -> str | None:
    forge.forge(tmp_path / "f.env", payload, keys, **overrides)
    try:
        decode(tmp_path / "f.env", keys)
    except Exception as exc:
        assert reason_code(exc) is not None, exc
        return f"{reason_code(exc)}: {exc}"
    return None


@pytest.mark.parametrize("name", ["not JSON", "duplicate key", "NaN", "float", "bool for int", "unknown type",
                                  "unknown field", "over-long string", "lone surrogate", "empty line"])  # fmt: skip
def test_signed_envelope_with_a_bad_record_is_refused(tmp_path: Path, x_keys: Keys, name: str) -> None:
    """R-SYN-2: a validly signed envelope is still refused when one of its records is not strict."""
    payload = GOOD + b"\n" + BAD_LINES[name] + b"\n" + GOOD + b"\n"
    result = _forged(tmp_path, x_keys, payload)
    assert result is not None and result.startswith("malformed") and "record=2" in result


def test_signed_envelope_with_an_over_long_line_is_refused(tmp_path: Path, x_keys: Keys) -> None:
    """R-SEC-11: the line limit holds inside a validly signed envelope."""
    line = b'{"key":"k","t":"meta","value":"' + b"v" * 4000 + b'"}\n'
    forge.forge(tmp_path / "f.env", GOOD + b"\n" + line, x_keys)
    with refused("too-large"):
        decode(tmp_path / "f.env", x_keys, Limits(max_line=1000))


def test_record_count_must_match_the_header(tmp_path: Path, x_keys: Keys) -> None:
    """R-SYN-2: more or fewer records than the signed header declares are refused."""
    payload = (GOOD + b"\n") * 3
    assert _forged(tmp_path, x_keys, payload) is None
    more = _forged(tmp_path, x_keys, payload, records=2)
    fewer = _forged(tmp_path, x_keys, payload, records=4)
    assert more is not None and more.startswith("malformed") and "count=3" in more
    assert fewer is not None and fewer.startswith("malformed") and "count=3" in fewer


def test_payload_hash_must_match_the_header(tmp_path: Path, x_keys: Keys) -> None:
    """R-SYN-2: the plaintext's SHA-256 is checked against the signed header at the end."""
    result = _forged(tmp_path, x_keys, GOOD + b"\n", payload_sha256=hashlib.sha256(b"other").hexdigest())
    assert result is not None and result.startswith("signature-invalid")


def test_payload_without_final_newline_is_refused(tmp_path: Path, x_keys: Keys) -> None:
    """R-SYN-2: every record line ends with a newline, including the last."""
    result = _forged(tmp_path, x_keys, GOOD + b"\n" + GOOD, records=2)
    assert result is not None and result.startswith("malformed") and "record=2" in result


@pytest.mark.parametrize(
    "record",
    [
        {"t": "tally", "name": "a", "count": 1.5},
        {"t": "tally", "name": "a", "count": True},
        {"t": "tally", "name": "a", "count": 2**63},
        {"t": "tally", "name": "a" * 41, "count": 1},
        {"t": "tally", "name": "a\x00", "count": 1},
        {"t": "tally", "name": "\ud800", "count": 1},
        {"t": "tally", "name": "a", "count": 1, "extra": "x"},
        {"t": "tally", "name": "a"},
        {"t": "ballot"},
        {"name": "a", "count": 1},
        {"t": "tally", "name": "a", "count": 1, 7: "x"},
    ],
    ids=["float", "bool", "int64", "long", "nul", "surrogate", "unknown-field", "missing", "type", "no-type", "key"],
)
def test_writer_refuses_what_a_reader_would_refuse(tmp_path: Path, x_keys: Keys, record: dict[object, object]) -> None:
    """R-SYN-2: a bad record is refused at export, naming its number, and no file is left."""
    with refused("malformed"):
        try:
            write(tmp_path / "w.env", [voter(1), record], x_keys)
        except Exception as exc:
            assert "record=2" in str(exc)
            raise
    assert list(tmp_path.iterdir()) == []


def test_writer_refuses_an_over_long_line(tmp_path: Path, x_keys: Keys) -> None:
    """R-SEC-11: the writer keeps to the reader's line limit."""
    writer = EnvelopeWriter(tmp_path / "w.env", fields(), signing_key=x_keys.signer,
                            recipient_public=x_keys.recipient.public_key(), registry=registry(),
                            limits=Limits(max_line=100))  # fmt: skip
    with refused("too-large"), writer:
        writer.write_record({"t": "meta", "key": "k", "value": "v" * 100})
    assert list(tmp_path.iterdir()) == []


def test_schemas_are_checked_when_declared() -> None:
    """R-SYN-2: a registry holds only well-formed types, each once."""
    for bad in [
        lambda: RecordSchema("Bad Name", {}),
        lambda: RecordSchema("x", {"t": (str, 1, True)}),
        lambda: RecordSchema("x", {"Bad": (str, 1, True)}),
        lambda: RecordSchema("x", {"f": (float, None, True)}),
        lambda: RecordSchema("x", {"f": (int, 5, True)}),
    ]:
        with pytest.raises(ValueError):
            bad()
    reg = SchemaRegistry([RecordSchema("x", {"f": Field(int)})])
    with pytest.raises(ValueError, match="already"):
        reg.register(RecordSchema("x", {}))
    assert reg.names() == ("x",)
    assert base_registry().names() == ("account", "meta", "voter")
