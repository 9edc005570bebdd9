"""A cloze gap chosen from a list, answered by keyboard through a real window."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

BANK = """format: quizapp/1
set: {id: s, title: S}
questions:
  - id: q1
    type: cloze
    prompt: 'The Secretariat is in {{Jakarta|~Bangkok|~Manila}}, founded in {{1976}}.'
"""


def test_a_chosen_gap_is_picked_from_its_list(qtbot, open_window, press, tmp_path):
    bank = tmp_path / "bank"
    bank.mkdir()
    (bank / "s.yaml").write_text(BANK)
    window = open_window(bank=bank)
    window.on_study_requested(None)
    study = window.study
    chosen, typed = study.input.gaps
    assert isinstance(chosen, QComboBox)
    assert sorted(chosen.itemText(i) for i in range(chosen.count())) == [
        "Bangkok",
        "Jakarta",
        "Manila",
        "—",
    ]
    qtbot.keyClicks(chosen, "Jak")  # a closed list picks the item typed
    assert chosen.currentText() == "Jakarta"
    press(window, Qt.Key.Key_Tab)
    qtbot.keyClicks(window.focusWidget(), "1976")
    press(window, Qt.Key.Key_Return)
    assert study.verdict.text() == "✓ Right"
    assert study.answer.text() == "Right answer: The Secretariat is in Jakarta, founded in 1976."
