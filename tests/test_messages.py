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
