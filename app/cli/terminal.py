"""What the command line prints of stored text: escaped, never obeyed by the terminal (R-SEC-11 input control).

A voter's name, a login, an alert's detail, a drive's label or a file name may hold characters that
a terminal acts on (`ESC ] 0 ; ... BEL`, `ESC [ 2 J`) or that reorder a line (U+202E). The CSV
rules refuse them on the way in (`app.models.controls`); whatever is printed goes through `shown`
(one field), `row` (tab-separated fields) or `emit_json` all the same, so such a character appears
as `\\x1b` or `\\u202e`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.models.controls import UNSAFE_RE, escaped

_JSON_UNSAFE_RE = re.compile(UNSAFE_RE.pattern.replace("\x00-\x1f", "\x00-\x09\x0b-\x1f"))


def shown(value: object) -> str:
    """`value` as text with control, bidirectional and separator characters escaped."""
    return escaped(str(value))


def tabbed(*fields: object) -> str:
    return "\t".join(shown(f) for f in fields)


def row(*fields: object) -> None:
    """One line of tab-separated fields, each escaped (a tab inside a field cannot split it)."""
    print(tabbed(*fields))


def emit_json(value: Any) -> None:
    """`value` as JSON on stdout; characters JSON leaves raw (C1, bidi marks, lone surrogates) are
    written as `\\uXXXX` escapes, which read back as the same text."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    print(_JSON_UNSAFE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
