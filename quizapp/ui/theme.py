"""The app's look: light and dark colours, type scale, spacing, and the Qt style sheet.

The one place that names a colour. Widgets say what they are with a dynamic property
(``role``: "title", "prompt", "card", "primary" ...; ``mark``: "right", "wrong", "pick",
"missed"; ``rating``: "again" ... "easy") and the style sheet here decides how that looks.
Charts ask :func:`chart_colour` for the colours of new / learning / mastered / due.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

SPACE = 8
"""The spacing unit in pixels: margins and gaps are multiples of it."""

THEMES = ("system", "light", "dark")
"""The choices in Settings; "system" follows the desktop's light or dark preference."""

TYPE_SCALE = {
    "title": 1.6,
    "heading": 1.25,
    "prompt": 1.35,
    "verdict": 1.15,
    "body": 1.0,
    "explanation": 0.95,
    "source": 0.85,
}
"""Font sizes relative to the learner's text size."""


@dataclass(frozen=True)
class Colours:
    """Every colour of one theme, as ``#rrggbb``."""

    window: str
    surface: str
    text: str
    muted: str
    border: str
    accent: str  # the primary action's background
    on_accent: str  # text on ``accent``
    focus: str  # the focus ring
    # Meanings after an answer; each has a text colour and a tinted background.
    right: str
    right_bg: str
    wrong: str
    wrong_bg: str
    pick: str
    pick_bg: str
    missed: str
    missed_bg: str
    neutral: str
    # Charts and progress bars.
    new: str
    learning: str
    mastered: str
    due: str
    # Rating buttons, as Anki learners know them; text on them is ``on_rating``.
    again: str
    hard: str
    good: str
    easy: str
    on_rating: str


LIGHT = Colours(
    window="#f4f6f9",
    surface="#ffffff",
    text="#1b2430",
    muted="#525d6b",
    border="#aeb6c2",
    accent="#1a56b0",
    on_accent="#ffffff",
    focus="#1a56b0",
    right="#18703a",
    right_bg="#e5f4ea",
    wrong="#b02a20",
    wrong_bg="#fcebe9",
    pick="#1a56b0",
    pick_bg="#e7effb",
    missed="#835300",
    missed_bg="#fdf1d8",
    neutral="#525d6b",
    new="#3b78d8",
    learning="#b7700d",
    mastered="#23874a",
    due="#c0392b",
    again="#b02a20",
    hard="#835300",
    good="#18703a",
    easy="#1a56b0",
    on_rating="#ffffff",
)

DARK = Colours(
    window="#14181e",
    surface="#1e242c",
    text="#e7eaef",
    muted="#a9b2be",
    border="#5b6573",
    accent="#7db0ff",
    on_accent="#0d1522",
    focus="#9cc3ff",
    right="#74d493",
    right_bg="#173022",
    wrong="#ff8f85",
    wrong_bg="#3b1d1c",
    pick="#8fbcff",
    pick_bg="#1b2a42",
    missed="#f2bd5c",
    missed_bg="#382c12",
    neutral="#a9b2be",
    new="#6fa6ff",
    learning="#e9a93f",
    mastered="#5cc47f",
    due="#ff8074",
    again="#ff8f85",
    hard="#f2bd5c",
    good="#74d493",
    easy="#8fbcff",
    on_rating="#10141a",
)

MEANINGS = ("right", "wrong", "pick", "missed")
"""The marks an answer's parts can carry; each is shown with an icon and a word too."""

CHART_ROLES = ("new", "learning", "mastered", "due")
"""The colour roles of charts and progress bars, the same on every chart."""

RATINGS = ("again", "hard", "good", "easy")
"""The rating buttons' colour roles, in the order of the keys 1-4."""


def relative_luminance(colour: str) -> float:
    """Return the WCAG 2.2 relative luminance of ``#rrggbb``."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """Return the WCAG contrast ratio of two colours (1 to 21)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def resolve(choice: str) -> Colours:
    """Return the colours of a Settings choice ("system" asks the desktop)."""
    if choice == "dark":
        return DARK
    if choice == "light":
        return LIGHT
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


_current: list[Colours] = [LIGHT]


def current() -> Colours:
    """Return the colours in use."""
    return _current[0]


def chart_colour(role: str) -> QColor:
    """Return the colour of a chart role (one of :data:`CHART_ROLES`) in the theme in use."""
    if role not in CHART_ROLES:
        raise ValueError(f"unknown chart colour role: {role}")
    return QColor(getattr(current(), role))


def colour(name: str) -> QColor:
    """Return any colour of the theme in use by its field name (e.g. "right", "muted")."""
    if name not in {f.name for f in fields(Colours)}:
        raise ValueError(f"unknown theme colour: {name}")
    return QColor(getattr(current(), name))


def apply(app: QApplication, choice: str) -> Colours:
    """Give ``app`` the palette and style sheet of a theme, at its current font size.

    Call it after the text size changes, since the style sheet's sizes follow the font.
    """
    colours = resolve(choice)
    _current[0] = colours
    use_fusion(app)
    app.setPalette(palette(colours))
    app.setStyleSheet(style_sheet(colours, app.font().pointSizeF()))
    return colours


def fusion_application(argv: list[str]) -> QApplication:
    """Create the QApplication in the Fusion style (see :func:`use_fusion`)."""
    app = QApplication([*argv, "-style", "Fusion"])
    app.setProperty("quizapp_style", "Fusion")
    return app


def use_fusion(app: QApplication) -> None:
    """Give ``app`` the Fusion style, which draws the same on every desktop and follows the palette.

    An application made by :func:`fusion_application` has it from the start: setting a style
    returns the style object, and making Python's view of its class builds eleven enums, about
    9 ms of the app's start (issue 15). So the style is set only where the application's
    ``quizapp_style`` property does not say Fusion yet.
    """
    if app.property("quizapp_style") != "Fusion":
        app.setStyle("Fusion")
        app.setProperty("quizapp_style", "Fusion")


def palette(c: Colours) -> QPalette:
    """Return the Qt palette of a theme (what the style sheet does not cover)."""
    result = QPalette()
    role = QPalette.ColorRole
    for roles, value in (
        ((role.Window, role.Button, role.AlternateBase), c.window),
        ((role.Base, role.ToolTipBase), c.surface),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText), c.text),
        ((role.PlaceholderText,), c.muted),
        ((role.Highlight, role.Link), c.accent),
        ((role.HighlightedText,), c.on_accent),
        ((role.Mid, role.Midlight, role.Dark), c.border),
    ):
        for each in roles:
            result.setColor(each, QColor(value))
    for each in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, each, QColor(c.muted))
    return result


def style_sheet(c: Colours, base_pt: float) -> str:
    """Return the application style sheet of a theme for a base font size in points."""
    size = {name: f"{base_pt * factor:.1f}pt" for name, factor in TYPE_SCALE.items()}
    meanings = "\n".join(
        f"""
*[mark="{m}"] {{ color: {getattr(c, m)}; background: {getattr(c, m + "_bg")};
    border: 2px {"dashed" if m == "missed" else "solid"} {getattr(c, m)}; border-radius: 6px; }}
QLabel[mark="{m}"] {{ padding: {SPACE // 2}px {SPACE}px; }}
*[mark="{m}"] QLabel {{ color: {getattr(c, m)}; background: transparent; border: none; }}"""
        for m in MEANINGS
    )
    ratings = "\n".join(
        f"""
QPushButton[rating="{r}"] {{ background: {getattr(c, r)}; color: {c.on_rating};
    border: 2px solid {getattr(c, r)}; font-weight: 600; }}
QPushButton[rating="{r}"]:focus {{ border: 3px solid {c.on_rating}; }}"""
        for r in RATINGS
    )
    return f"""
QMainWindow, QDialog, QStackedWidget > QWidget {{ background: {c.window}; color: {c.text}; }}
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; }}
QLabel[role="title"] {{ font-size: {size["title"]}; font-weight: 700; }}
QLabel[role="heading"] {{ font-size: {size["heading"]}; font-weight: 700; }}
QLabel[role="prompt"] {{ font-size: {size["prompt"]}; font-weight: 700; }}
QLabel[role="verdict"] {{ font-size: {size["verdict"]}; font-weight: 700; }}
QLabel[role="explanation"] {{ font-size: {size["explanation"]}; }}
QLabel[role="source"] {{ font-size: {size["source"]}; color: {c.muted}; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QFrame[role="card"] {{ background: {c.surface}; border: 1px solid {c.border};
    border-radius: {SPACE}px; }}
QFrame[role="card"] QLabel {{ background: transparent; border: none; }}
QPushButton {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border};
    border-radius: 6px; padding: {SPACE // 2}px {SPACE * 2}px; min-height: 1.4em; }}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:focus {{ border: 2px solid {c.focus}; }}
QPushButton:disabled {{ color: {c.muted}; border-color: {c.window}; }}
QPushButton[role="primary"] {{ background: {c.accent}; color: {c.on_accent};
    border: 2px solid {c.accent}; font-weight: 700; }}
QPushButton[role="primary"]:focus {{ border: 3px solid {c.on_accent}; }}
QPushButton[role="option"] {{ text-align: left; padding: {SPACE}px {SPACE * 2}px; }}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QListWidget, QTreeWidget, QTableView,
QTextEdit, QPlainTextEdit {{ background: {c.surface}; color: {c.text};
    border: 1px solid {c.border}; border-radius: 4px; padding: 2px {SPACE // 2}px;
    selection-background-color: {c.accent}; selection-color: {c.on_accent}; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QListWidget:focus,
QTreeWidget:focus, QTableView:focus, QTextEdit:focus, QPlainTextEdit:focus {{
    border: 2px solid {c.focus}; }}
QCheckBox, QRadioButton {{ padding: {SPACE // 2}px; border: 2px solid transparent;
    border-radius: 4px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {c.focus}; }}
QProgressBar {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 4px;
    color: {c.text}; text-align: center; min-height: {SPACE * 2}px; }}
QProgressBar::chunk {{ background: {c.accent}; border-radius: 3px; }}
QScrollArea {{ border: none; background: transparent; }}
QMenuBar {{ background: {c.window}; color: {c.text}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QMenu {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; }}
{meanings}
{ratings}
"""


def set_property(widget: QWidget, name: str, value: str | None) -> None:
    """Set a style property (``role``, ``mark``, ``rating``) and restyle the widget at once."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
