import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from quizapp.ui import i18n


@pytest.fixture
def english(qapp):
    """The application, put back into English and its own text size after the test."""
    yield qapp
    i18n.install(qapp, "en")
    i18n.scale_text(qapp, 1.0)


@pytest.mark.parametrize(
    ("locale", "language"), [("id_ID", "id"), ("en_GB", "en"), ("fr_FR", "en"), ("C", "en")]
)
def test_the_system_language_is_a_supported_one_or_english(locale, language):
    assert i18n.system_language(QLocale(locale)) == language


def test_indonesian_is_installed_and_english_takes_it_away(english):
    assert i18n.install(english, "id")
    assert QCoreApplication.translate("errors", "Retry") == "Coba lagi"
    assert i18n.install(english, "en")
    assert QCoreApplication.translate("errors", "Retry") == "Retry"


def test_a_language_without_translations_is_refused_and_english_stays(english):
    assert not i18n.install(english, "xx")
    assert QCoreApplication.translate("errors", "Retry") == "Retry"


def test_text_scales_from_the_original_size_not_from_the_last_scale(english):
    base = english.font().pointSizeF()
    i18n.scale_text(english, 1.5)
    i18n.scale_text(english, 1.5)
    assert english.font().pointSizeF() == pytest.approx(base * 1.5)


def test_installing_a_language_again_replaces_the_translator_it_had_put_in_place(english):
    assert i18n.install(english, "id")
    assert i18n.install(english, "id")
    assert not i18n.install(english, "xx")  # the Indonesian one is gone, none is added
    assert QCoreApplication.translate("errors", "Retry") == "Retry"
    assert english.findChildren(QTranslator) == []
