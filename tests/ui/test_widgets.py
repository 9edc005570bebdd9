from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem

from quizapp.ui.widgets import FigureTable, label_for, select_row


def test_select_row_makes_that_row_current_and_ignores_a_row_that_is_not_there(qtbot):
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    select_row(tree, 0)
    assert tree.currentItem() is None
    tree.addTopLevelItems([QTreeWidgetItem(["first"]), QTreeWidgetItem(["second"])])
    select_row(tree, 1)
    assert tree.currentItem().text(0) == "second"
    select_row(tree, 5)
    assert tree.currentItem().text(0) == "second"


def test_a_figure_table_keeps_each_rows_data_and_right_aligns_figures(qtbot):
    table = FigureTable(["Topic", "Right", "Total"], "Topics")
    qtbot.addWidget(table)
    table.set_rows([("ASEAN Charter", [3, 4], "charter")])
    row = table.topLevelItem(0)
    assert [row.text(c) for c in range(3)] == ["ASEAN Charter", "3", "4"]
    assert row.data(0, Qt.ItemDataRole.UserRole) == "charter"
    assert Qt.AlignmentFlag(row.textAlignment(1)) & Qt.AlignmentFlag.AlignRight
    assert table.accessibleName() == "Topics"


def test_a_label_names_its_field_for_screen_readers_unless_it_has_a_name(qtbot):
    field, named = QLineEdit(), QLineEdit()
    named.setAccessibleName("Learner name")
    label = label_for(QLabel("&Title:"), field)
    label_for(QLabel("&Name:"), named)
    assert (label.buddy(), field.accessibleName()) == (field, "Title")
    assert named.accessibleName() == "Learner name"
