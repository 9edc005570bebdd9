import os

import pytest

from quizapp.core.files import new_file_mode, write_text_atomic


def test_writing_replaces_the_whole_file_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "report.html"
    path.write_text("old and longer text", encoding="utf-8")
    write_text_atomic(path, "Selamat pagi\n")
    assert path.read_bytes() == b"Selamat pagi\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_a_replaced_file_keeps_its_permissions_and_a_new_one_follows_the_umask(tmp_path):
    kept = tmp_path / "kept.txt"
    kept.write_text("x", encoding="utf-8")
    kept.chmod(0o640)
    write_text_atomic(kept, "y")
    new = tmp_path / "new.txt"
    write_text_atomic(new, "z")
    assert (kept.stat().st_mode & 0o777, new.stat().st_mode & 0o777) == (0o640, new_file_mode())


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "report.html"
    path.write_text("old", encoding="utf-8")

    def no_room(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(OSError, match="No space left on device"):
        write_text_atomic(path, "new")
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
