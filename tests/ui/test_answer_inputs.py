"""The UI's table of question types: a type registered there is answered in the study window."""

from PySide6.QtCore import Qt
from year_type import YEAR_FILE, Year, YearKind

from quizapp.core.qtypes import KINDS
from quizapp.ui.answer_inputs import VIEWS, TypedInput, TypeView
from quizapp.ui.study import Stage


def test_a_registered_type_is_answered_with_its_input_in_the_study_window(
    qtbot, tmp_path, open_window, press, monkeypatch
):
    monkeypatch.setitem(KINDS, Year.TYPE, YearKind())
    monkeypatch.setitem(VIEWS, Year.TYPE, TypeView(TypedInput))
    bank = tmp_path / "bank"
    bank.mkdir()
    (bank / "history.yaml").write_text(YEAR_FILE, encoding="utf-8")
    window = open_window(bank=bank)
    window.on_study_requested(["history"])
    study = window.study
    assert (study.question.id, study.stage) == ("asean-founded", Stage.ANSWERING)
    assert isinstance(study.input, TypedInput)
    qtbot.keyClicks(window.focusWidget(), "1967")
    press(window, Qt.Key.Key_Return)
    assert study.stage is Stage.FEEDBACK
    assert study.verdict.text() == "✓ Right"
    assert study.answer.text() == "Right answer: 1967"
    rows = window.store.db.execute("SELECT question_id, rating FROM reviews").fetchall()
    assert [tuple(row) for row in rows] == [("asean-founded", 3)]
