import sys

from quizapp.core.paths import builtin_bank_dir, shipped_path


def test_shipped_folders_sit_beside_the_package_in_a_checkout():
    assert (builtin_bank_dir() / "03-asean-secretariat.yaml").is_file()
    assert (shipped_path("resources") / "icons" / "quizapp.svg").is_file()


def test_shipped_folders_sit_in_the_bundle_when_frozen(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert shipped_path("resources") == tmp_path / "resources"
    assert builtin_bank_dir() == tmp_path / "questions"
