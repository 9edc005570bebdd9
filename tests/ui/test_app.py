from quizapp.core.storage import DATABASE_NAME
from quizapp.ui.app import run_app


def test_quit_after_show_reports_the_home_screen_then_closes(qapp, tmp_path, capsys):
    assert run_app(tmp_path, None, quit_after_show=0) == 0
    assert capsys.readouterr().out == "home screen shown\n"
    assert (tmp_path / DATABASE_NAME).exists()
    assert not qapp.topLevelWidgets() or not any(w.isVisible() for w in qapp.topLevelWidgets())


def test_an_unknown_learner_is_refused_with_the_known_ones(qapp, tmp_path, message_boxes):
    assert run_app(tmp_path, None, quit_after_show=0) == 0
    assert run_app(tmp_path, "Siti", quit_after_show=0) == 1
    assert [(box.title, box.text) for box in message_boxes] == [
        ("Cannot open quizapp", "There is no profile called 'Siti' (profiles: Learner).")
    ]
