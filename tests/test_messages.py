"""Every reason code is explained in Kyrgyz, Russian and English with the same placeholders."""

from __future__ import annotations

from app.errors import AppError, Reason
from app.messages import LANGUAGES, MESSAGES, explain, placeholders


def test_every_reason_has_every_language() -> None:
    for reason in Reason:
        assert set(MESSAGES[reason]) == set(LANGUAGES), reason


def test_translations_keep_the_placeholders() -> None:
    for reason, texts in MESSAGES.items():
        assert placeholders(texts["ky"]) == placeholders(texts["ru"]) == placeholders(texts["en"]), reason


def test_explain_fills_parameters_and_defaults_to_kyrgyz(monkeypatch: object) -> None:
    error = AppError(Reason.THROTTLED, seconds=15)
    assert "15" in explain(error, "en") and "15" in explain(error, "ky")
    assert explain(error, "ky") != explain(error, "en")


def test_password_problems_are_explained_in_words_in_every_language() -> None:
    """R-SEC-2 refusals say what is wrong, not an internal code."""
    from app.messages import PASSWORD_PROBLEMS
    from app.security.passwords import PasswordProblem

    assert set(PASSWORD_PROBLEMS) == {p.value for p in PasswordProblem}
    error = AppError(Reason.PASSWORD_POLICY, problems="no-digit,common")
    assert "сан жок" in explain(error, "ky") and "no-digit" not in explain(error, "ky")
    assert "нет цифры" in explain(error, "ru")
