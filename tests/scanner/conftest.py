"""Fixtures for the scanner tests. `clamd`: one real clamd for the session (tests/scanner/clamd_support.py).

If clamd cannot be started the fixture FAILS, it does not skip: the antivirus tests are acceptance
tests of issue 4 and the project's scripts install ClamAV (`make system`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.scanner.clamd_support import ClamdNotStarted, ClamdServer, start_clamd


@pytest.fixture(scope="session")
def clamd() -> Iterator[ClamdServer]:
    try:
        server = start_clamd()
    except ClamdNotStarted as exc:
        pytest.fail(f"cannot start a clamd for the tests: {exc}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()
