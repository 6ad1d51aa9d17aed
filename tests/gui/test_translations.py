"""The translation sources (STYLE.md "Translations"): complete, placeholders kept, not stale.

STYLE.md: "A test checks that every translation keeps the source's placeholders; a check
fails when extracted strings are stale." DESIGN.md "Text": Kyrgyz is the default.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # our own committed files, not untrusted input
from pathlib import Path

import pytest

from app.main import build_app
from app.ui.common.translations import DEFAULT_LANGUAGE, LANGUAGE_NAMES
from tests.gui.conftest import I18N, LANGUAGES

PLACEHOLDER = re.compile(r"%(?:\d|n)")
CYRILLIC_WORD = re.compile(r"\w*[\u0400-\u04ff]\w*")
LATIN = re.compile(r"[A-Za-z]")
UNTRANSLATED = {"PEC Desk"}  # the product's name
ROOT = Path(__file__).resolve().parents[2]


def messages(lang: str) -> list[ET.Element]:
    tree = ET.parse(I18N / f"pecdesk_{lang}.ts")  # noqa: S314
    return tree.getroot().findall("./context/message")


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if message.get("numerus") == "yes" else [translation.text or ""]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    """Every source string has a finished translation keeping the source's %1 / %n placeholders."""
    found = messages(lang)
    assert found, f"pecdesk_{lang}.ts holds no messages"
    for message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"{lang}: unfinished {source!r}"
        for text in translations_of(message):
            assert text.strip(), f"{lang}: empty translation of {source!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (lang, source, text)
            assert text.count("&") == source.count("&"), f"{lang}: the shortcut marker of {source!r}"


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_kyrgyz_and_russian_are_written_in_cyrillic(lang: str) -> None:
    """No English left untranslated, and no Latin look-alike letter inside a Cyrillic word."""
    for message in messages(lang):
        source = message.findtext("source") or ""
        for text in translations_of(message):
            assert text != source or source in UNTRANSLATED, f"{lang}: {source!r} left in English"
            for word in CYRILLIC_WORD.findall(text):
                assert not LATIN.search(word), f"{lang}: mixed scripts in {word!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_plural_is_found_at_run_time_for_any_count(lang: str, qm_dir: Path) -> None:
    """The built .qm answers every %n message for every count, in the language's own plural forms:
    a .ts with fewer forms than Qt's rule for the language leaves some counts (for Kyrgyz, every
    count but 1) in English in the window."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm_dir / f"pecdesk_{lang}.qm"))
    tree = ET.parse(I18N / f"pecdesk_{lang}.ts")  # noqa: S314
    for context in tree.getroot().findall("./context"):
        name = context.findtext("name") or ""
        for message in context.findall("message[@numerus='yes']"):
            source = message.findtext("source") or ""
            for count in (0, 1, 2, 3, 5, 9, 11, 21, 101):
                text = translator.translate(name, source, None, count)
                assert text, f"{lang}: {source!r} has no translation for {count}"
                if lang != "en":
                    assert CYRILLIC_WORD.search(text), f"{lang}: {source!r} for {count} is {text!r}"


def test_the_three_languages_translate_the_same_strings() -> None:
    sources = {lang: sorted((m.findtext("source") or "") for m in messages(lang)) for lang in LANGUAGES}
    assert sources["ky"] == sources["ru"] == sources["en"]


def test_extracted_strings_are_not_stale(tmp_path: Path) -> None:
    """Running lupdate on app/ui and app/main.py finds no string the .ts files lack, and no extra one."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    command = [lupdate, "-silent", "-extensions", "py", "app/ui", "app/main.py", "-locations", "none", "-ts"]
    subprocess.run([*command, str(fresh)], check=True, cwd=ROOT)
    extracted = sorted(m.findtext("source") or "" for m in ET.parse(fresh).getroot().iter("message"))  # noqa: S314
    committed = sorted(m.findtext("source") or "" for m in messages("ky"))
    assert extracted == committed, "run the lupdate command of resources/i18n/README.md and translate"


def test_kyrgyz_is_the_default_language() -> None:
    assert DEFAULT_LANGUAGE == "ky"
    assert next(iter(LANGUAGE_NAMES)) == "ky"
    assert build_app.__kwdefaults__ is not None and build_app.__kwdefaults__["lang"] == "ky"
