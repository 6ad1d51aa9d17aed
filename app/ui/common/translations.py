"""The UI language: one QTranslator for our strings, and Qt's own dialogs' (file, print, message).

Qt ships `qtbase_ru.qm` but no Kyrgyz; `resources/i18n/qtbase_ky.ts` (ours) translates the strings
of the non-native file dialog, the print and print-preview dialogs, message boxes and button boxes,
and our `qtbase_ru.ts` adds the few Russian ones Qt's file lacks. Qt's file is installed first and
ours after it, so ours wins where both have a string.

Kyrgyz is the default (DESIGN.md "Text"). Switching installs the new translators;
Qt then sends every widget a LanguageChange event and each view re-reads its texts
in `changeEvent`. Error explanations are not in the .ts files: views take them from
`app.messages.explain(error, translations.lang)`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator, Signal

from app.paths import resources_dir

DEFAULT_LANGUAGE = "ky"
# Language names are shown in their own language, never translated.
LANGUAGE_NAMES: dict[str, str] = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}


def default_i18n_dir() -> Path:
    return resources_dir() / "i18n"


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


class Translations(QObject):
    """Owns the installed translators of the application."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, i18n_dir: Path | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._dir = i18n_dir or default_i18n_dir()
        self._installed: list[QTranslator] = []
        self._lang = ""

    @property
    def lang(self) -> str:
        return self._lang or DEFAULT_LANGUAGE

    def set_language(self, lang: str) -> bool:
        """Install `lang`; False if its .qm file is missing (the English source text shows)."""
        if lang not in LANGUAGE_NAMES:
            lang = DEFAULT_LANGUAGE
        self.uninstall()
        ours = self._load(str(self._dir / f"pecdesk_{lang}.qm"))
        self._load(str(qt_translations_dir() / f"qtbase_{lang}.qm"))
        self._load(str(self._dir / f"qtbase_{lang}.qm"))  # Kyrgyz, and what Qt's Russian lacks
        self._lang = lang
        self.language_changed.emit(lang)
        return ours

    def uninstall(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    def _load(self, path: str) -> bool:
        translator = QTranslator(self)
        if not translator.load(path):
            return False
        self._app.installTranslator(translator)
        self._installed.append(translator)
        return True
