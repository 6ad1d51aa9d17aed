"""Fixtures of the envelope tests."""

from __future__ import annotations

import pytest

from app.sync import SUITE_HYBRID, SUITE_X25519
from tests.sync.support import Keys, make_keys


@pytest.fixture(params=[SUITE_X25519, SUITE_HYBRID])
def keys(request: pytest.FixtureRequest) -> Keys:
    """Each test that takes `keys` runs once per suite."""
    return make_keys(request.param)


@pytest.fixture
def x_keys() -> Keys:
    return make_keys(SUITE_X25519)
