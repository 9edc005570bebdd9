"""The Indonesian UI: every string translated, and each main screen shown in Indonesian."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from quizapp.core import ops
from quizapp.core.errors import DatabaseDamagedError, QuestionFileError, SetNotFoundError
from quizapp.core.formats import catalog
from quizapp.core.session import ExamSession, exam_questions
from quizapp.core.storage.failures import disk_full_error
from quizapp.core.storage.questions import read_question
from quizapp.ui import errors, i18n
from quizapp.ui.mode_dialog import ModeDialog
from quizapp.ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).parent.parent.parent
TS_FILE = ROOT / "resources" / "translations" / "quizapp_id.ts"
TOOLS = Path(sys.executable).parent


def unfinished(ts: Path) -> list[str]:
    """The source texts of a .ts file that have no finished translation."""
    return [
        message.findtext("source")
        for message in ET.parse(ts).getroot().iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (message.findtext("translation") or "").strip()
    ]


def core_sources() -> list[str]:
    """The core modules that mark texts for translation (as scripts/update-translations finds)."""
    return sorted(
        str(path)
        for path in (ROOT / "quizapp" / "core").rglob("*.py")
        if "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8")
    )


def test_every_ui_string_in_the_code_is_translated(tmp_path):
    copy = tmp_path / "quizapp_id.ts"
    shutil.copy(TS_FILE, copy)
    sources = sorted(str(p) for p in (ROOT / "quizapp" / "ui").glob("*.py")) + core_sources()
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert unfinished(copy) == []
    assert len(list(ET.parse(copy).getroot().iter("message"))) > 100


def test_lupdate_finds_the_texts_the_core_marks(tmp_path):
    """Core is Qt-free: its texts reach the .ts only through the QT_TRANSLATE_NOOP marker."""
    copy = tmp_path / "core.ts"
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *core_sources(), "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    root = ET.parse(copy).getroot()
    found = {
        message.findtext("source")
        for context in root.iter("context")
        if context.findtext("name") == "core"
        for message in context.iter("message")
    }
    assert {
        "There is no set '{set_id}' (sets: {known}).",
        "cannot tell the format of this file; {remedy} ({known})",
        "Moodle GIFT",
        "choose the file's format",
    } <= found


@pytest.fixture(scope="module", autouse=True)
def compiled_translations():
    """Compile the .ts into the .qm the app loads (the build does the same)."""
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(TS_FILE)], check=True)


def buttons(widget):
    return {b.text() for b in widget.findChildren(QPushButton) if b.isVisible()}


def switch_to_indonesian(qtbot, window, reactivate):
    """Choose Bahasa Indonesia in the settings dialog, as a learner would."""

    def choose_and_save():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("id"))
        dialog.accept()

    QTimer.singleShot(0, choose_and_save)
    window.home.settings_button.click()
    qtbot.waitUntil(window.home.isVisible)  # the pages were rebuilt in the new language
    reactivate(window)


def test_the_whole_ui_switches_to_indonesian(qtbot, open_window, press, reactivate):
    window = open_window()
    assert "&Study 6 questions" in buttons(window.home)
    switch_to_indonesian(qtbot, window, reactivate)
    assert window.store.learners.named("Ana").language == "id"
    assert window.windowTitle() == "Kuis ASEAN"

    home = window.home
    assert {"&Belajar 6 soal", "&Kemajuan", "U&jian…", "&Latihan…"} <= buttons(home)
    assert home.cards[0].study_button.text() == "Belajar 3"
    assert home.cards[0].title.text() == "Dasar"  # the set's own Indonesian title

    home.study_all.click()
    study = window.study
    qtbot.waitUntil(study.input.buttons[0].hasFocus)
    assert study.question.prompt.get("id") == study.prompt.text()
    assert "Akhiri sesi (Esc)" in buttons(study)
    press(window, ord("1"))
    # "Benar" is also the word for True: the verdict says "Tepat" (right) or "Keliru" (wrong).
    assert study.verdict.text() in ("✓ Tepat", "✗ Keliru")
    assert study.answer.text().startswith("Kunci jawaban: ")
    assert study.continue_button.text() == "Lanjut (Spasi)"
    assert study._interval_label(timedelta(minutes=10)) == "10 mnt"
    assert study._interval_label(timedelta(days=45)) == "1.5 bln"
    study.end_button.click()
    assert window.summary.heading.text() == "Sesi selesai"

    window.show_progress()
    assert window.progress.heading.text() == "Kemajuan Ana"
    assert window.progress.table.headerItem().text(3) == "Dikuasai"

    session = ExamSession(
        window.store,
        window.profile,
        exam_questions(window.store, ["basics"], 1),
        ["basics"],
        window.clock(),
    )
    window.on_session_finished(session)
    assert window.exam_result.heading.text() == "Nilai ujian: 0%"

    mode = ModeDialog(window, "exam")
    assert mode.windowTitle() == "Ujian"
    assert {"Mulai", "Batal"} <= {b.text() for b in mode.findChildren(QPushButton)}
    mode.reject()


def test_a_new_profile_follows_the_system_language(open_window):
    window = open_window()
    assert window.profile.language == ""
    assert window.content_language in ("en", "id")


def test_settings_are_saved_and_applied(qtbot, open_window):
    window = open_window()

    def change_and_save():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        dialog.new_per_day.setValue(5)
        dialog.retention.setValue(0.85)
        dialog.grading.setCurrentIndex(1)
        dialog.text_size.setValue(150)
        dialog.accept()

    base = QApplication.font().pointSizeF()
    QTimer.singleShot(0, change_and_save)
    window.home.settings_button.click()
    saved = window.store.learners.named("Ana")
    assert (saved.new_per_day, saved.desired_retention, saved.pass_fail, saved.text_scale) == (
        5,
        0.85,
        True,
        1.5,
    )
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    assert "Up to 5 new questions a day" in window.home.summary.text()


def test_a_core_error_reaches_the_gui_in_indonesian(qtbot, qapp, library, message_boxes, tmp_path):
    """Core marks its texts; the presenter translates the template, then fills in the values."""
    prose = tmp_path / "notes.txt"
    prose.write_text("Just some prose.\nNothing else.\n", encoding="utf-8")
    quiz = tmp_path / "quiz.yaml"
    quiz.write_text(
        "format: quizapp/1\nset: {id: quiz, title: Quiz}\nquestions:\n"
        "  - {id: q1, type: true_false, prompt: Hanoi, answer: true, difficulty: 5}\n",
        encoding="utf-8",
    )
    assert i18n.install(qapp, "id")
    try:
        with pytest.raises(SetNotFoundError) as not_found:
            ops.export_set(library.store, "nope", "gift")
        errors.show_error(not_found.value)
        with pytest.raises(QuestionFileError) as unknown:
            ops.import_files(library.store, [prose])
        described = errors.describe(unknown.value)
        label = errors.core_text(catalog.FORMATS["apkg"].label)
        disk_full = errors.describe(disk_full_error(Path("data") / "quizapp.db"))
        with pytest.raises(DatabaseDamagedError) as damaged:
            read_question("basics-city", "basics", "{not json")
        damaged_text = errors.describe(damaged.value)
        with pytest.raises(QuestionFileError) as invalid:
            ops.import_files(library.store, [quiz])
        invalid_text = errors.describe(invalid.value)
    finally:
        i18n.install(qapp, "en")
    [box] = message_boxes
    assert (box.title, box.text) == (
        "Tidak dapat melakukannya",
        "Tidak ada set 'nope' (set: basics, more).",
    )
    known = ", ".join(fmt.name for fmt in catalog.readable())
    assert described == (
        f"{prose}:1: format berkas ini tidak dapat dikenali; pilih formatnya di daftar Format "
        f"({known})"
    )
    assert label == "Paket Anki"
    assert disk_full == (
        f"Disk tempat {Path('data') / 'quizapp.db'} penuh, jadi perubahan terakhir tidak "
        "disimpan; semua yang disimpan sebelumnya aman. Kosongkan sebagian ruang di disk itu, "
        "lalu coba lagi."
    )
    assert invalid_text == (
        f"{quiz}:4: question 'q1': tingkat kesulitan harus 1, 2, atau 3, ternyata 5"
    )
    assert damaged_text == (
        "Soal tersimpan 'basics-city' rusak. Jalankan Periksa basis data untuk memperbaikinya."
    )
