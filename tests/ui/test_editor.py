"""The question editor in the browser: checked as you type, saved through ops, built-ins locked."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from quizapp.core import ops
from quizapp.core.model import QuestionType, SetId
from quizapp.ui.browser import QuestionBrowser
from quizapp.ui.editor import QuestionEditor

IMPORT = Path(__file__).parent.parent / "data" / "import"
TERMS = SetId("terms")


@pytest.fixture
def browser(qtbot, library):
    """The question browser on the test bank with terms.tsv imported, showing the 'terms' set."""
    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    shown = QuestionBrowser(library.store)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.set_filter.setCurrentIndex(shown.set_filter.findData(TERMS))
    return shown


def prompts(browser):
    return [
        browser.results.topLevelItem(i).text(0) for i in range(browser.results.topLevelItemCount())
    ]


def test_editing_a_question_checks_as_you_type_and_keeps_its_id(qtbot, browser, on_modal):
    question = browser.current_question()
    seen = []

    def edit(editor):
        assert isinstance(editor, QuestionEditor)
        assert editor.problem.text() == ""
        assert editor.save_button.isEnabled()
        editor.answer.selectAll()
        qtbot.keyClick(editor.answer, Qt.Key.Key_Delete)
        seen.append((editor.problem.text(), editor.save_button.isEnabled()))
        qtbot.keyClicks(editor.answer, "Home of the ASEAN Secretariat")
        seen.append((editor.problem.text(), editor.save_button.isEnabled()))
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    on_modal(edit)
    with qtbot.waitSignal(browser.questions_changed):
        qtbot.mouseClick(browser.edit_button, Qt.MouseButton.LeftButton)
    assert seen == [("answer (en) is blank", False), ("", True)]
    saved = browser.store.questions.get(question.id)
    assert str(saved.payload.answer) == "Home of the ASEAN Secretariat"
    assert browser.current_question().id == question.id
    assert "Answer: Home of the ASEAN Secretariat" in browser.detail.toPlainText()


def test_a_new_question_shows_the_fields_of_its_type_and_the_problem_inline(qtbot, browser):
    editor = QuestionEditor(browser.store, set_id=TERMS)
    qtbot.addWidget(editor)
    editor.show()
    assert (editor.problem.text(), editor.save_button.isEnabled()) == (
        "prompt (en) is blank",
        False,
    )
    editor.type_box.setCurrentIndex(editor.type_box.findData(QuestionType.SINGLE_CHOICE.value))
    assert editor.fields["options"].isVisible()
    assert not editor.fields["pairs"].isVisible()
    assert editor.answer_label.text() == "Right option:"
    qtbot.keyClicks(editor.prompt, "Where is the Secretariat?")
    for option in ("Jakarta", "Manila"):
        qtbot.keyClicks(editor.fields["options"], option)
        qtbot.keyClick(editor.fields["options"], Qt.Key.Key_Return)
    qtbot.keyClicks(editor.answer, "Bangkok")
    assert editor.problem.text() == "answer 'Bangkok' is not one of the options"
    editor.answer.setPlainText("Jakarta")
    assert (editor.problem.text(), editor.save_button.isEnabled()) == ("", True)
    editor.save_button.click()
    assert editor.saved is not None
    assert editor.saved.set_id == TERMS
    assert browser.store.questions.get(editor.saved.id).payload.correct == frozenset({0})


def test_add_from_the_browser_puts_the_question_in_the_filtered_set(qtbot, browser, on_modal):
    def write(editor):
        assert editor.set_id() == TERMS
        assert editor.set_box.isEnabled()
        editor.type_box.setCurrentIndex(editor.type_box.findData(QuestionType.TRUE_FALSE.value))
        qtbot.keyClicks(editor.prompt, "ASEAN was founded in Bangkok.")
        editor.save_button.click()

    on_modal(write)
    with qtbot.waitSignal(browser.questions_changed):
        browser.add_button.click()
    assert "ASEAN was founded in Bangkok." in prompts(browser)
    assert browser.current_question().payload.truth is True


def test_delete_asks_then_retires_the_question(qtbot, browser, on_modal, click_button):
    question = browser.current_question()
    on_modal(lambda box: click_button(box, "Cancel"))
    browser.delete_button.click()
    assert len(prompts(browser)) == 3
    on_modal(lambda box: click_button(box, "Delete"))
    with qtbot.waitSignal(browser.questions_changed):
        browser.delete_button.click()
    assert len(prompts(browser)) == 2
    assert question.id not in [q.id for q in browser.store.questions.active()]


def test_built_in_questions_cannot_be_edited_or_deleted(browser):
    browser.set_filter.setCurrentIndex(browser.set_filter.findData("basics"))
    assert browser.current_question().set_id == "basics"
    assert not browser.edit_button.isEnabled()
    assert not browser.delete_button.isEnabled()
    assert browser.add_button.isEnabled()
    assert browser.edit_button.toolTip() == "Built-in questions cannot be edited"
