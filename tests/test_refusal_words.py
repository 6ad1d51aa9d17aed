"""Every message template, every defect and every part in ky and ru holds no English words and no
requirement id; and the check fails on a planted English detail (issue 11, point 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.defect_messages import DEFECTS, PARTS, SCAN_RULES, defect_text
from app.errors import VERBATIM, AppError, Defect, Part, Reason
from app.field_messages import FIELD_PROBLEMS, FIELDS_NO_LINE, FIELDS_ON_LINE
from app.language import placeholders
from app.messages import MESSAGES, PASSWORD_PROBLEMS, explain
from tests.refusal_words import LANGS, Site, english_in, error_problems, site_of


def _bare(template: str) -> str:
    """The template with each placeholder shown as a masked value."""
    return template.format(**{name: "·" for name in placeholders(template)})


def test_every_reason_message_is_free_of_english() -> None:
    for reason, texts in MESSAGES.items():
        for lang in LANGS:
            assert english_in(_bare(texts[lang])) == [], (reason, lang)


def test_every_defect_and_part_has_words_in_each_language_free_of_english() -> None:
    assert set(DEFECTS) == set(Defect) and set(PARTS) == set(Part)
    for table in (DEFECTS, PARTS):
        for code, words in table.items():
            assert len(words) == 3 and placeholders(words[0]) == placeholders(words[1]) == placeholders(words[2]), code
            assert placeholders(words[2]) <= VERBATIM | {"allowed", "status", "rule"}, code
            for text in words[:2]:
                assert english_in(_bare(text)) == [], (code, text)


def test_every_defect_renders_inside_every_reason_with_detail() -> None:
    """A defect with all its values, in every part, through `explain`: nothing left untranslated."""
    values = {name: f"v{i}" for i, name in enumerate(sorted(VERBATIM))}
    for defect in Defect:
        for part in (None, *Part):
            params = {**values, "defect": defect, **({"part": part} if part else {})}
            error = AppError(Reason.MALFORMED, **params)
            assert error_problems(error) == [], (defect, part)
            if defect not in (Defect.SCAN_FINDING, Defect.VIRUS_FOUND):  # data only: the same in every language
                assert defect_text(params, "ky") != defect_text(params, "en"), (defect, part)


def test_field_and_password_problems_are_free_of_english() -> None:
    for texts in (*FIELD_PROBLEMS.values(), *PASSWORD_PROBLEMS.values(), FIELDS_NO_LINE, FIELDS_ON_LINE):
        for lang in LANGS:
            assert english_in(_bare(texts[lang])) == [], texts[lang]


def test_scanner_rules_are_worded_and_an_unknown_rule_is_caught() -> None:
    """A rule code is words in ky/ru; a code without words shows as it is, and the check finds it."""
    for rule, words in SCAN_RULES.items():
        assert all(english_in(text) == [] for text in words[:2]), rule
        assert (
            error_problems(AppError(Reason.POLICY_VIOLATION, defect=Defect.SCAN_FINDING, path="a.exe", rule=rule)) == []
        )
    unknown = AppError(Reason.POLICY_VIOLATION, defect=Defect.SCAN_FINDING, path="a.exe", rule="brand-new-rule")
    assert error_problems(unknown) != []
    virus = AppError(Reason.INFECTED, defect=Defect.VIRUS_FOUND, path="a.exe", virus="Eicar-Test-Signature")
    assert error_problems(virus) == []


PLANTED = "confirm the passport check and the identification (R-CLM-2)"


def test_the_check_fails_on_a_planted_english_detail() -> None:
    """The message quoted in issue 11: its English and its requirement id are both found."""
    error = AppError(Reason.MALFORMED, detail=PLANTED)
    problems = error_problems(error)
    assert any("ky: Latin word 'confirm'" in p for p in problems)
    assert any("ru: requirement id R-CLM-2" in p for p in problems)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Маалымат туура эмес: e.g. бул", ["Latin words 'e' 'g' in a row"]),
        ("Текшерүү: A же B тандаңыз", []),
        ("Файл: pec-desk setup аткарыңыз, --accept-older кошуңуз", []),
        ("PEC Desk файлы эмес, PDF же JPEG", []),
        ("Катa: the file", ["Latin word 'the'", "Latin word 'file'"]),
        ("эрежеге ылайык (R-DATA-5)", ["requirement id R-DATA-5", "Latin word 'DATA'"]),
    ],
)
def test_the_rule_on_sample_texts(text: str, found: list[str]) -> None:
    assert english_in(text) == found


def test_verbatim_values_are_masked_but_a_detail_is_not() -> None:
    """A planted path or login is data; the same words as `detail=` are a sentence."""
    as_data = AppError(Reason.FILE_EXISTS, path="/tmp/some file name")
    assert error_problems(as_data) == []
    as_words = AppError(Reason.MEDIUM_ERROR, detail="/tmp/some file name")
    assert error_problems(as_words) != []


def test_a_refusal_is_placed_where_app_code_made_it_and_others_code_is_only_allowed(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    frames = [(str(root / "app/errors.py"), 5, "os_failure"), (str(root / "app/central/service.py"), 9, "ingest")]
    site = site_of(frames, root)
    assert site == Site("app/central/service.py", 9, "ingest") and site.allowed
    assert not Site("app/sync/header.py", 1, "parse").allowed
    assert (
        Site("app/services/claims.py", 1, "_check_voter").allowed
        and not Site("app/services/claims.py", 1, "get").allowed
    )
    assert site_of([(str(root / "tests/test_x.py"), 1, "test")], root) is None


def test_explain_words_a_defect_in_the_readers_language() -> None:
    error = AppError(Reason.MALFORMED, defect=Defect.FIELD_TOO_LONG, part=Part.RECORD, record=3, key="sex", limit=1)
    assert "3-жазуу: «sex» талаасы 1 белгиден узун" in explain(error, "ky")
    assert "запись 3: поле «sex» длиннее 1 символов" in explain(error, "ru")
    assert "record 3: the field 'sex' is longer than 1 characters" in explain(error, "en")
