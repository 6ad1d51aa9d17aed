"""The user's language: ky (default), ru or en, from PEC_DESK_LANG; and a template's placeholders."""

from __future__ import annotations

import os
import string

LANGUAGES = ("ky", "ru", "en")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def current_language() -> str:
    lang = os.environ.get("PEC_DESK_LANG", "ky")[:2]
    return lang if lang in LANGUAGES else "ky"
