"""The theme: WCAG AA contrast of every text and meaning colour, light and dark, and its use."""

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from quizapp.ui import theme

THEMES = {"light": theme.LIGHT, "dark": theme.DARK}


def test_contrast_ratio_follows_wcag():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1)


@pytest.mark.parametrize("name", THEMES)
def test_text_colours_reach_aa_on_every_background(name):
    c = THEMES[name]
    pairs = [
        ("text", "window"),
        ("text", "surface"),
        ("muted", "window"),
        ("muted", "surface"),
        ("neutral", "surface"),
        ("on_accent", "accent"),
    ]
    for meaning in theme.MEANINGS:
        pairs += [(meaning, "surface"), (meaning, "window"), (meaning, f"{meaning}_bg")]
        pairs += [("text", f"{meaning}_bg")]
    pairs += [("on_rating", rating) for rating in theme.RATINGS]
    low = {
        (fg, bg): round(theme.contrast_ratio(getattr(c, fg), getattr(c, bg)), 2)
        for fg, bg in pairs
        if theme.contrast_ratio(getattr(c, fg), getattr(c, bg)) < 4.5
    }
    assert low == {}


@pytest.mark.parametrize("name", THEMES)
def test_focus_rings_and_chart_colours_reach_aa_for_graphics(name):
    c = THEMES[name]
    pairs = [("focus", "window"), ("focus", "surface")]
    pairs += [(rating, "window") for rating in theme.RATINGS]
    # A filled button's focus ring is drawn inside it, in the colour of its text.
    pairs += [("on_accent", "accent")] + [("on_rating", rating) for rating in theme.RATINGS]
    pairs += [(role, "surface") for role in theme.CHART_ROLES]
    pairs += [(role, "window") for role in theme.CHART_ROLES]
    low = {
        (fg, bg): round(theme.contrast_ratio(getattr(c, fg), getattr(c, bg)), 2)
        for fg, bg in pairs
        if theme.contrast_ratio(getattr(c, fg), getattr(c, bg)) < 3
    }
    assert low == {}


def test_applying_a_theme_sets_the_palette_and_chart_colours(qapp):
    theme.apply(qapp, "dark")
    assert QApplication.palette().window().color().name() == theme.DARK.window
    assert theme.chart_colour("mastered").name() == theme.DARK.mastered
    theme.apply(qapp, "light")
    assert QApplication.palette().window().color().name() == theme.LIGHT.window
    assert theme.chart_colour("new").name() == theme.LIGHT.new
    with pytest.raises(ValueError, match="unknown chart colour role: blue"):
        theme.chart_colour("blue")


def test_a_mark_restyles_a_label_at_once(qapp):
    theme.apply(qapp, "light")
    label = QLabel("✓ Right")
    theme.set_property(label, "mark", "right")
    label.ensurePolished()
    assert label.palette().windowText().color().name() == theme.LIGHT.right


def test_the_look_chosen_in_settings_is_saved_and_applied(qtbot, open_window, on_modal):
    window = open_window()

    def choose_dark(dialog):
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.accept()

    on_modal(choose_dark)
    window.home.settings_button.click()
    assert window.store.learners.named("Ana").theme == "dark"
    assert QApplication.palette().window().color().name() == theme.DARK.window
    assert theme.current() is theme.DARK
    window.profile = window.store.learners.named("Ana")
    on_modal(lambda dialog: (dialog.theme.setCurrentIndex(1), dialog.accept()))
    window.home.settings_button.click()
    assert theme.current() is theme.LIGHT


_STARTS_IN_FUSION = """
from PySide6.QtWidgets import QApplication
from quizapp.ui import theme
from quizapp.ui.app import create_application

app = create_application(["quizapp"])
print(app.style().name())
calls = []
QApplication.setStyle = lambda *args: calls.append(args)
theme.apply(app, "dark")
print(calls)
"""


def test_the_app_starts_in_fusion_and_a_theme_does_not_set_the_style_again():
    result = subprocess.run(
        [sys.executable, "-c", _STARTS_IN_FUSION],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.split("\n")[:2] == ["fusion", "[]"]
