"""Characters that can take over a terminal or reorder what a reader sees (R-SEC-11, R-DATA-7).

C0 and C1 control characters (ESC starts the terminal sequences `ESC ] 0 ; ... BEL` that retitle a
window and `ESC [ 2 J` that clears the screen; C1 CSI U+009B does the same in one character), DEL,
and the bidirectional controls (U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069) that make a name
read backwards, plus the line and paragraph separators. Names, addresses and logins never hold them:
the CSV rules refuse them with the line number (`app.models.voter_csv`, the users CSV). Everything
stored that a terminal prints goes through `escaped` (the CLI's `app.cli.terminal`), so text that
got in some other way is shown as `\\x1b` or `\\u202e`, never obeyed. Lone surrogates (undecodable
bytes kept by the file system) are escaped too: they cannot be written to a UTF-8 terminal.
"""

from __future__ import annotations

import re

UNSAFE_RE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def has_unsafe(text: str) -> bool:
    """Whether `text` holds a control, bidirectional or separator character (module docstring)."""
    return UNSAFE_RE.search(text) is not None


def escaped(text: str) -> str:
    """`text` with each such character written as a visible escape: `\\x1b`, `\\u202e`."""
    return UNSAFE_RE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
