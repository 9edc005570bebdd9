"""The UI's language (Qt translations from resources/translations) and text size."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from quizapp.core.paths import shipped_path

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}
"""The languages the UI and the built-in bank are written in."""

QT_BUTTON_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)
"""The standard buttons' texts the app shows, which Qt translates in its own context.

Qt ships no Indonesian for its own texts (there is no ``qtbase_id.qm``), so marking them here
puts them in our translation file, where the standard buttons find them.
"""


def translations_dir() -> str:
    """Return the folder of the compiled translations (``quizapp_<lang>.qm``)."""
    return str(shipped_path("resources") / "translations")


def system_language(locale: QLocale) -> str:
    """Return the supported language closest to ``locale`` (English if none)."""
    name = locale.name().split("_")[0]
    return name if name in LANGUAGES else "en"


_installed: list[QTranslator] = []
"""The translator :func:`install` put in place, if any (kept here: asking the application for
its children with ``findChildren`` costs about 9 ms the first time, a twentieth of the start)."""


def install(app: QApplication, language: str) -> bool:
    """Use ``language`` for every string translated from now on; return whether it loaded.

    English is the source language and needs no file.
    """
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.setParent(None)
    if language == "en":
        return True
    translator = QTranslator(app)
    if not translator.load(f"quizapp_{language}", translations_dir()):
        translator.setParent(None)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def scale_text(app: QApplication, scale: float) -> None:
    """Scale the application's font from its original size."""
    font = app.font()
    if app.property("base_point_size") is None:
        app.setProperty("base_point_size", font.pointSizeF())
    font.setPointSizeF(float(app.property("base_point_size")) * scale)
    app.setFont(font)
