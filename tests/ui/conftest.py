"""UI fixtures: a real, shown main window on a test bank, with a clock the test moves."""

import sys
import threading
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from quizapp.core import ops
from quizapp.ui import errors, i18n, tasks
from quizapp.ui.main_window import MainWindow

DATA = Path(__file__).parent.parent / "data"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now

    def advance(self, **delta):
        self.now += timedelta(**delta)


@pytest.fixture
def clock(now):
    """The UI's clock, starting at ``now``."""
    return FakeClock(now)


@pytest.fixture
def open_window(qtbot, tmp_path, clock):
    """Open the main window as a real shown window; returns ``open_(profile, bank)``."""

    def open_(profile: str = "Ana", bank: Path = DATA / "bank") -> MainWindow:
        library = ops.open_library(tmp_path, bank, durable=False)
        window = MainWindow(library, ops.choose_profile(library.store, profile, clock()), clock)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return open_


@pytest.fixture
def press(qtbot):
    """Press a key where the keyboard focus is, as a learner would."""

    def press_(window, key, modifier=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(window.focusWidget() or window, key, modifier)

    return press_


@pytest.fixture
def reactivate(qtbot):
    """Give the window the keyboard back after a modal dialog (a window manager would)."""

    def reactivate_(window):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)

    return reactivate_


@pytest.fixture
def on_modal():
    """Run a check on the next modal dialog once it is up: ``on_modal(lambda dialog: ...)``."""

    def on_modal_(check):
        QTimer.singleShot(0, lambda: check(QApplication.activeModalWidget()))

    return on_modal_


@pytest.fixture
def click_button():
    """Click the button of a dialog that shows ``text`` (message boxes, button boxes)."""

    def click_button_(dialog, text):
        (button,) = [b for b in dialog.findChildren(QAbstractButton) if b.text() == text]
        button.click()

    return click_button_


@dataclass
class ShownBox:
    """What a message box showed."""

    title: str
    text: str
    informative: str
    detailed: str
    buttons: list[str]


class MessageBoxes(list):
    """The message boxes shown so far; ``answers`` are the buttons to click, in turn.

    ``on_show``, if set, is called with each box's text as it is shown (to change the world
    before the answer is clicked, as a user fixing the problem would).
    """

    def __init__(self):
        super().__init__()
        self.answers: list[str] = []
        self.on_show = None


@pytest.fixture
def message_boxes(monkeypatch):
    """Record every QMessageBox instead of blocking on it, and click ``answers`` in turn."""
    shown = MessageBoxes()

    def exec_(box):
        shown.append(
            ShownBox(
                box.windowTitle(),
                box.text(),
                box.informativeText(),
                box.detailedText(),
                [b.text() for b in box.buttons()],
            )
        )
        if shown.on_show is not None:
            shown.on_show(box.text())
        if shown.answers:
            answer = shown.answers.pop(0)
            (button,) = [b for b in box.buttons() if b.text() == answer]
            button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.fixture(autouse=True)
def hooks_restored(monkeypatch):
    """Undo what ``errors.install_hooks`` (run by the app) sets: hooks and the log file."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    for handler in list(errors.log.handlers):
        errors.log.removeHandler(handler)
        handler.close()


@pytest.fixture(autouse=True)
def english_at_normal_size():
    """Leave the app in English at 100% text, whatever language or size a test switched to."""
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        i18n.install(app, "en")
        if app.property("base_point_size") is not None:
            i18n.scale_text(app, 1.0)


@pytest.fixture
def wait_for_tasks(qtbot):
    """Wait until every background task has finished and handed its outcome on."""

    def wait_for_tasks_():
        qtbot.waitUntil(lambda: tasks.running() == 0, timeout=60_000)

    return wait_for_tasks_
