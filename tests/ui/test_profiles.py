"""Renaming and deleting learners from the home page's profile picker."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from quizapp.core import ops


def profile_names(window):
    return [window.home.profiles.itemText(i) for i in range(window.home.profiles.count())]


def test_rename_the_current_learner(qtbot, open_window, on_modal):
    window = open_window("Ana")

    def type_name(dialog):
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue() == "Ana"
        dialog.setTextValue("Ana Lim")
        dialog.accept()

    on_modal(type_name)
    qtbot.mouseClick(window.home.rename_profile_button, Qt.MouseButton.LeftButton)
    assert window.profile.name == "Ana Lim"
    assert profile_names(window) == ["Ana Lim"]
    assert window.home.profiles.currentText() == "Ana Lim"


def test_renaming_to_a_taken_name_says_why_and_changes_nothing(
    qtbot, open_window, clock, on_modal, click_button
):
    window = open_window("Ana")
    ops.choose_profile(window.store, "Budi", clock())
    shown = []

    def type_name(dialog):
        dialog.setTextValue("budi")
        on_modal(lambda box: (shown.append(box.text()), click_button(box, "OK")))
        dialog.accept()

    on_modal(type_name)
    qtbot.mouseClick(window.home.rename_profile_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown != [])
    assert shown == ["There is already a profile called 'Budi'."]
    assert window.profile.name == "Ana"
    assert [p.name for p in window.store.learners.all()] == ["Ana", "Budi"]


def test_delete_asks_first_and_cancel_keeps_the_learner(qtbot, open_window, on_modal, click_button):
    window = open_window("Ana")
    shown = []

    def cancel(box):
        shown.append(box.text())
        click_button(box, "Cancel")

    on_modal(cancel)
    qtbot.mouseClick(window.home.delete_profile_button, Qt.MouseButton.LeftButton)
    assert shown == [
        "Delete the learner 'Ana' and all of their progress? "
        "Other learners keep theirs. This cannot be undone."
    ]
    assert window.profile.name == "Ana"
    assert [p.name for p in window.store.learners.all()] == ["Ana"]


def test_delete_removes_the_learner_and_switches_to_the_next(
    qtbot, open_window, clock, on_modal, click_button
):
    window = open_window("Ana")
    ops.choose_profile(window.store, "Budi", clock())
    window.home.refresh()
    window.home.profiles.activated.emit(1)
    assert window.profile.name == "Budi"
    on_modal(lambda box: click_button(box, "Delete"))
    qtbot.mouseClick(window.home.delete_profile_button, Qt.MouseButton.LeftButton)
    assert window.profile.name == "Ana"
    assert profile_names(window) == ["Ana"]


def test_deleting_the_only_learner_starts_a_fresh_default_one(
    qtbot, open_window, on_modal, click_button
):
    window = open_window("Ana")
    on_modal(lambda box: click_button(box, "Delete"))
    qtbot.mouseClick(window.home.delete_profile_button, Qt.MouseButton.LeftButton)
    assert window.profile.name == "Learner"
    assert profile_names(window) == ["Learner"]
