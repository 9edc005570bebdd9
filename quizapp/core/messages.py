"""Sentences for people: core texts marked for translation, the values they name, what to do.

Core never imports Qt, so it cannot translate; it marks each text it shows people with
:func:`QT_TRANSLATE_NOOP` (``pyside6-lupdate`` finds the marker and puts the text in
``resources/translations/quizapp_id.ts``) and keeps the values apart in a :class:`Message`. The
GUI translates the template, then fills in the values (``quizapp/ui/errors.py``); the CLI
prints the English. What the user can do about an error is a :class:`Remedy`, which each front
end says its own way (the CLI names its option, the GUI the control to use).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum

CONTEXT = "core"
"""The translation context of every core text."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation in ``context``, and return it unchanged."""
    del context  # read by lupdate in the source, not at run time
    return text


class Remedy(Enum):
    """What the user can do about a problem, where the CLI and the GUI say it differently.

    The value is the neutral wording, used when no front end phrases it.
    """

    CHOOSE_FORMAT = QT_TRANSLATE_NOOP("core", "choose the file's format")
    CHOOSE_SEPARATOR = QT_TRANSLATE_NOOP("core", "choose the separator")
    CHOOSE_COLUMNS = QT_TRANSLATE_NOOP("core", "choose each column's role")
    CHOOSE_ANOTHER_SET = QT_TRANSLATE_NOOP("core", "import into another set")
    IMPORT_AS_COPY = QT_TRANSLATE_NOOP("core", "import it as a copy to have it in both sets")
    EXPORT_PROGRESS = QT_TRANSLATE_NOOP("core", "a learner makes one by exporting their progress")
    REPLACE_OR_COPY = QT_TRANSLATE_NOOP(
        "core", "Import again and agree to replace them, or import a copy to keep both."
    )


Translate = Callable[[str], str]
"""Turns a marked core text into the user's language (the identity in English)."""


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A text for people: a template marked for translation and the values it names.

    The template names its values in braces (``There is no set '{set_id}'.``) and, if it has a
    remedy, says where that goes with ``{remedy}``; a value may itself be a message. A plain
    text (no values, no remedy) is shown as it is, braces and all.
    """

    template: str
    values: Mapping[str, object] = field(default_factory=dict)
    remedy: Remedy | None = None

    def text(self, translate: Translate = _same, say: Callable[[Remedy], str] | None = None) -> str:
        """Return the message in words: translated, with its values and remedy filled in.

        Args:
            translate: turns the template (and the neutral remedy) into the user's language.
            say: how this front end phrases the remedy (default: the neutral wording).
        """
        if not self.values and self.remedy is None:
            return translate(self.template)
        values = {
            key: value.text(translate, say) if isinstance(value, Message) else value
            for key, value in self.values.items()
        }
        if self.remedy is not None:
            values["remedy"] = say(self.remedy) if say else translate(self.remedy.value)
        return translate(self.template).format_map(values)

    def __str__(self) -> str:
        return self.text()
