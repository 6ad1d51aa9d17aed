"""Every requirement id cited by a test exists in ../shared/REQUIREMENTS.md, and the rules the
foundation covers are cited (so every rule can be traced to its proof)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT.parent / "shared" / "REQUIREMENTS.md"
ID = re.compile(r"R-[A-Z]+-\d+")
FOUNDATION = {"R-SEC-1", "R-SEC-2", "R-SEC-3", "R-SEC-4", "R-SEC-5", "R-SEC-8", "R-SEC-10", "R-AUD-1",
              "R-AUD-3", "R-AUD-6", "R-DATA-1", "R-DATA-3", "R-DATA-6"}  # fmt: skip


def cited() -> set[str]:
    return {m for f in (ROOT / "tests").rglob("*.py") for m in ID.findall(f.read_text(encoding="utf-8"))}


@pytest.mark.skipif(not REQUIREMENTS.is_file(), reason="shared/ is not beside this checkout")
def test_cited_ids_exist_and_foundation_rules_are_cited() -> None:
    defined = set(re.findall(r"^- (R-[A-Z]+-\d+)", REQUIREMENTS.read_text(encoding="utf-8"), re.MULTILINE))
    assert len(defined) > 30
    citations = cited()
    assert citations - defined == set()
    assert FOUNDATION - citations == set()
