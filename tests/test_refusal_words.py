"""Every message template, every defect and every part in ky and ru holds no English words and no
requirement id; and the check fails on a planted English detail (issue 11, point 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.usage import UsageProblem, usage
from app.defect_messages import DEFECTS, PARTS, defect_text
from app.errors import VERBATIM, AppError, Defect, Part, Reason
from app.field_messages import FIELD_PROBLEMS, FIELDS_NO_LINE, FIELDS_ON_LINE
from app.language import placeholders
from app.messages import MESSAGES, PASSWORD_PROBLEMS, USAGE_PROBLEMS, explain
from app.scan_messages import AUDIT_PROBLEMS, ENGINE_PROBLEMS, SCAN_RULES
from app.security.audit import Problem as AuditProblem
from app.security.scanner.types import EngineProblem, EngineUnavailable
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
            assert placeholders(words[2]) <= VERBATIM | {"allowed", "status", "rule", "audit", "engine"}, code
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
            if defect not in (Defect.SCAN_FINDING, Defect.VIRUS_FOUND, Defect.ENGINE):  # data only (ENGINE: no code)
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


def test_a_refusal_is_placed_where_app_code_made_it(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    frames = [(str(root / "app/errors.py"), 5, "os_failure"), (str(root / "app/central/ingest.py"), 9, "ingest")]
    assert site_of(frames, root) == Site("app/central/ingest.py", 9, "ingest")
    assert site_of([(str(root / "tests/test_x.py"), 1, "test")], root) is None


def test_every_engine_problem_is_worded_with_its_values() -> None:
    """`[scan-unavailable]` names why the engine cannot scan, in words, its values as they are."""
    assert set(ENGINE_PROBLEMS) == {p.value for p in EngineProblem}
    values = {"name": "clamd", "code": "ECONNREFUSED", "seconds": "60", "reply": "UNKNOWN COMMAND",
              "path": "/var/lib/clamav", "days": "9.5", "limit": "7", "where": "/run/clamd.ctl"}  # fmt: skip
    for problem in EngineProblem:
        words = ENGINE_PROBLEMS[problem.value]
        assert placeholders(words[0]) == placeholders(words[1]) == placeholders(words[2]) <= VERBATIM, problem
        error = AppError(Reason.SCAN_UNAVAILABLE, **EngineUnavailable(problem, **values).params())
        assert error_problems(error) == [], problem
        assert explain(error, "ky") != explain(error, "en")
    stale = EngineUnavailable(EngineProblem.STALE_SIGNATURES, name="clamd", days="9.5", limit="7")
    assert "9.5" in explain(AppError(Reason.SCAN_UNAVAILABLE, **stale.params()), "ky")


def test_every_usage_and_audit_problem_is_worded() -> None:
    assert set(USAGE_PROBLEMS) == {p.value for p in UsageProblem}
    assert set(AUDIT_PROBLEMS) == {p.value for p in AuditProblem}
    for problem in UsageProblem:
        error = usage(problem, "--some-option /tmp/x")
        assert error_problems(error) == [], problem
        assert "--some-option /tmp/x" in explain(error, "ru") and problem.value not in explain(error, "ky")
    for audit in AuditProblem:
        assert error_problems(AppError(Reason.AUDIT_BROKEN, defect=Defect.AUDIT_EVENT, seq=3, audit=audit.value,
                                       count=2)) == []  # fmt: skip


def test_explain_words_a_defect_in_the_readers_language() -> None:
    error = AppError(Reason.MALFORMED, defect=Defect.FIELD_TOO_LONG, part=Part.RECORD, record=3, key="sex", limit=1)
    assert "3-жазуу: «sex» талаасы 1 белгиден узун" in explain(error, "ky")
    assert "запись 3: поле «sex» длиннее 1 символов" in explain(error, "ru")
    assert "record 3: the field 'sex' is longer than 1 characters" in explain(error, "en")
