"""The one wording table of printing and how a value reaches the paper (issue 11 points 1 and 5)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.catalogue import name
from app.models.vocabulary import ClaimType, Role, Sex, SpecialCategory, VoterStatus
from app.printing.base import local_time, show_date
from app.printing.subject_access import SECTIONS
from app.printing.wording import WORDING, say
from app.printing.words import Words

PRINTING = Path(__file__).resolve().parents[2] / "app" / "printing"
ABBREVIATIONS = {"UTC", "QR", "ID"}


def test_kyrgyz_and_russian_wording_carries_no_english() -> None:
    for key, (ky, ru, _en) in WORDING.items():
        for text in (ky, ru) if not key.startswith("format.") else ():
            words = set(re.findall(r"[A-Za-z]+", re.sub(r"\{[a-z_]+\}", "", text)))
            assert words <= ABBREVIATIONS, f"{key}: {words - ABBREVIATIONS}"


def test_every_key_a_document_builds_is_worded() -> None:
    for kind in ClaimType:
        assert say("ky", f"receipt.next.{kind.value}")
    for section in SECTIONS:
        assert say("ru", f"access.section.{section}")


def test_no_document_keeps_its_own_table_of_words() -> None:
    """One table (wording.py and its second half wording_receipt.py); documents hold no dict of
    ky/ru/en texts and no tuple of vocabulary values of their own."""
    for path in PRINTING.glob("*.py"):
        if path.name.startswith("wording"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
                assert not keys & {"ky", "ru", "en"}, f"{path.name}:{node.lineno} keeps words by language"
            if isinstance(node, ast.Tuple) and all(isinstance(e, ast.Constant) for e in node.elts):
                values = {e.value for e in node.elts}
                assert not values & {"correction", "missing", "accepted", "rejected", "preliminary", "PEC"}, (
                    f"{path.name}:{node.lineno} lists vocabulary values again"
                )


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_a_stored_value_is_shown_by_its_name(lang: str) -> None:
    words = Words(lang)
    assert words.value("sex", "M") == name(Sex.MALE, lang)
    assert words.value("special_category", "") == name(SpecialCategory.NONE, lang)
    assert words.value("status", "blocked") == name(VoterStatus.BLOCKED, lang)
    assert words.value("birth_date", "1990-03-15") == ("1990-03-15" if lang == "en" else "15.03.1990")
    assert words.value("birth_date", "31.12.1990") == "31.12.1990"  # not a date: as the voter wrote it
    assert words.value("sex", "zzz") == "zzz"  # outside the vocabulary: shown, never dropped
    assert words.label("last_name") != "last_name" and words.label("status") != "status"
    assert words.shown((ClaimType.MISSING, Role.CHAIR)) == f"{name(ClaimType.MISSING, lang)} · {name(Role.CHAIR, lang)}"


def test_times_are_bishkek_time_with_the_zone_and_dates_one_way_per_language() -> None:
    assert local_time("2026-09-01T21:30:00Z", "ky") == "02.09.2026 03:30 (UTC+6)"
    assert local_time("2026-09-01T21:30:00", "ru") == "02.09.2026 03:30 (UTC+6)"  # no zone: UTC
    assert local_time("2026-09-02T03:30:00+06:00", "en") == "2026-09-02 03:30 (UTC+6)"
    assert show_date("2026-09-08", "ky") == "08.09.2026" and show_date("2026-09-08", "en") == "2026-09-08"
    assert show_date("2026-09-05T20:00:00Z", "ru") == "06.09.2026"  # a decision's time: its Bishkek day
    with pytest.raises(ValueError):
        show_date("31.12.1990")
    with pytest.raises(ValueError, match="language"):
        Words("de")
