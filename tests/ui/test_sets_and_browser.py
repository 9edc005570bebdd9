from pathlib import Path

from PySide6.QtCore import Qt

from quizapp.core import ops
from quizapp.core.model import QuestionType, SetId
from quizapp.ui import i18n
from quizapp.ui.browser import QuestionBrowser
from quizapp.ui.sets import SetManagerDialog

IMPORT = Path(__file__).parent.parent / "data" / "import"


def row_of(tree, set_id):
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole) == set_id:
            return item
    raise AssertionError(set_id)


def test_set_manager_lists_sets_and_disables_one(qtbot, library):
    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    dialog = SetManagerDialog(library.store)
    qtbot.addWidget(dialog)
    item = row_of(dialog.tree, "terms")
    assert [item.text(c) for c in range(4)] == ["terms", "terms", "imported", "3"]
    assert row_of(dialog.tree, "basics").text(2) == "built in"
    with qtbot.waitSignal(dialog.sets_changed):
        item.setCheckState(0, Qt.CheckState.Unchecked)
    assert "terms" not in [s.id for s in library.store.questions.sets()]
    assert row_of(dialog.tree, "terms").checkState(0) == Qt.CheckState.Unchecked


def test_set_manager_renames_imported_sets_only(qtbot, library):
    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    dialog = SetManagerDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    assert not dialog.rename_button.isEnabled()
    dialog.tree.setCurrentItem(row_of(dialog.tree, "terms"))
    assert dialog.rename_button.isEnabled()
    dialog.rename(SetId("terms"), "Key places")
    assert row_of(dialog.tree, "terms").text(0) == "Key places"
    dialog.rename(SetId("terms"), "  ")
    assert dialog.message.text() == "A set needs a title."


def test_browser_searches_and_filters_as_you_type(qtbot, library):
    ops.import_files(library.store, [IMPORT / "every-type.csv"])
    browser = QuestionBrowser(library.store)
    qtbot.addWidget(browser)
    total = browser.results.topLevelItemCount()
    assert total == len(library.store.questions.active())
    browser.set_filter.setCurrentIndex(browser.set_filter.findData("every-type"))
    qtbot.keyClicks(browser.search, "bangkok")
    assert [
        browser.results.topLevelItem(i).text(0) for i in range(browser.results.topLevelItemCount())
    ] == [
        "What does ASEAN stand for?",
        "Where is the Secretariat, in short?",
    ]
    assert browser.count.text() == "Questions found: 2"
    browser.results.setCurrentItem(browser.results.topLevelItem(1))
    assert browser.detail.toPlainText().startswith(
        "Where is the Secretariat, in short?\n\n  · Bangkok\n  ✓ Jakarta\n  · Manila\n\n"
        "Answer: Jakarta"
    )
    browser.search.clear()
    browser.type_filter.setCurrentIndex(browser.type_filter.findData(QuestionType.NUMERIC))
    assert browser.results.topLevelItemCount() == 1
    browser.tag_filter.setCurrentIndex(browser.tag_filter.findData("names"))
    assert browser.results.topLevelItemCount() == 0
    assert browser.detail.toPlainText() == ""


def test_deleting_a_set_keeps_its_history_and_lists_it_last(qtbot, library, on_modal, click_button):
    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    dialog = SetManagerDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    assert not dialog.delete_button.isEnabled()
    dialog.tree.setCurrentItem(row_of(dialog.tree, "terms"))
    shown = []

    def answer(box):
        shown.append((box.text(), box.checkBox().text(), box.checkBox().isChecked()))
        click_button(box, "Delete")

    on_modal(answer)
    with qtbot.waitSignal(dialog.sets_changed):
        dialog.delete_button.click()
    assert shown == [
        (
            "Delete the set 'terms'? Its questions leave study and the lists. Learners' history "
            "of it is kept, and importing it again brings it back.",
            "Also delete every learner's history of it (cannot be undone)",
            False,
        )
    ]
    item = row_of(dialog.tree, "terms")
    assert [item.text(c) for c in range(4)] == ["terms", "terms", "deleted, history kept", "3"]
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    dialog.tree.setCurrentItem(item)
    assert not dialog.rename_button.isEnabled()
    assert dialog.delete_button.text() == "Delete history…"
    on_modal(lambda box: click_button(box, "Delete history"))
    with qtbot.waitSignal(dialog.sets_changed):
        dialog.delete_button.click()
    assert "terms" not in [s.id for s in ops.list_sets(library.store)]


def test_deleting_a_set_with_its_history_at_once(qtbot, library, on_modal, click_button):
    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    dialog = SetManagerDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.tree.setCurrentItem(row_of(dialog.tree, "terms"))

    def answer(box):
        box.checkBox().setChecked(True)
        click_button(box, "Delete")

    on_modal(answer)
    with qtbot.waitSignal(dialog.sets_changed):
        dialog.delete_button.click()
    assert dialog.tree.topLevelItemCount() == 2
    assert "terms" not in [s.id for s in ops.list_sets(library.store)]


def test_the_browser_names_types_and_labels_in_the_learners_language(qtbot, qapp, library):
    ops.import_files(library.store, [IMPORT / "every-type.csv"])
    assert i18n.install(qapp, "id")
    try:
        browser = QuestionBrowser(library.store)
        qtbot.addWidget(browser)
        types = [browser.type_filter.itemText(i) for i in range(browser.type_filter.count())]
        browser.set_filter.setCurrentIndex(browser.set_filter.findData("every-type"))
        qtbot.keyClicks(browser.search, "Where is the Secretariat, in short")
        row = browser.results.topLevelItem(0)
        browser.results.setCurrentItem(row)
        detail = browser.detail.toPlainText()
    finally:
        i18n.install(qapp, "en")
    assert types[:3] == ["Semua", "Kartu hafalan", "Pilihan ganda"]
    assert row.text(1) == "Pilihan ganda"
    assert "\nJawaban: Jakarta\n" in detail
    assert detail.endswith("tingkat kesulitan 2 · Pilihan ganda")
