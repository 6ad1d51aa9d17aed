"""Every requirement id cited by a test exists in ../shared/REQUIREMENTS.md, and every rule there is
cited by at least one test (so every rule can be traced to its proof)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT.parent / "shared" / "REQUIREMENTS.md"
ID = re.compile(r"R-[A-Z]+-\d+")


def cited() -> set[str]:
    return {m for f in (ROOT / "tests").rglob("*.py") for m in ID.findall(f.read_text(encoding="utf-8"))}


@pytest.mark.skipif(not REQUIREMENTS.is_file(), reason="shared/ is not beside this checkout")
def test_cited_ids_exist_and_every_rule_is_cited() -> None:
    defined = set(re.findall(r"^- (R-[A-Z]+-\d+)", REQUIREMENTS.read_text(encoding="utf-8"), re.MULTILINE))
    assert len(defined) > 30
    citations = cited()
    assert citations - defined == set()
    assert defined - citations == set(), "a rule no test cites"
