from quizapp.core.storage import DATABASE_NAME
from quizapp.ui.app import run_app


def test_quit_after_show_reports_the_home_screen_then_closes(qapp, tmp_path, capsys):
    assert run_app(tmp_path, "Siti", quit_after_show=0) == 0
    assert capsys.readouterr().out == "home screen shown\n"
    assert (tmp_path / DATABASE_NAME).exists()
    assert not qapp.topLevelWidgets() or not any(w.isVisible() for w in qapp.topLevelWidgets())
