"""Issue 11, point 1: one vocabulary, each value named once in ky/ru/en."""

from __future__ import annotations

import re

import pytest

from app import catalogue
from app.models import vocabulary

ENUMS = list(catalogue.CATALOGUE)
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def test_every_vocabulary_enum_is_in_the_catalogue() -> None:
    import enum

    defined = [v for v in vars(vocabulary).values() if isinstance(v, type) and issubclass(v, enum.StrEnum)]
    defined = [v for v in defined if v is not enum.StrEnum]
    assert set(defined) == set(ENUMS)


@pytest.mark.parametrize("kind", ENUMS, ids=lambda k: k.__name__)
def test_every_value_has_a_name_in_every_language(kind: type) -> None:
    assert set(catalogue.CATALOGUE[kind]) == {m.value for m in kind}
    for member in kind:
        for lang in catalogue.LANGUAGES:
            assert catalogue.name(member, lang).strip()


@pytest.mark.parametrize("kind", ENUMS, ids=lambda k: k.__name__)
def test_kyrgyz_and_russian_names_have_no_latin_words(kind: type) -> None:
    for member in kind:
        for lang in ("ky", "ru"):
            assert not LATIN_WORD.search(catalogue.name(member, lang)), (kind.__name__, member, lang)


def test_an_unknown_stored_value_is_shown_as_is() -> None:
    assert catalogue.name_of(vocabulary.ClaimStatus, "sent", "ru") == "отправлено в ТИК"
    assert catalogue.name_of(vocabulary.ClaimStatus, "weird", "ru") == "weird"


def test_claim_type_rules_live_on_the_type() -> None:
    assert {t for t in vocabulary.ClaimType if t.blocking} == {"correction", "address"}
    assert {t for t in vocabulary.ClaimType if t.unlisted} == {"missing", "disability"}
