"""The questions part of the store: sets and their questions, pictures and sources."""

from datetime import timedelta
from pathlib import Path

import pytest

from quizapp.core.formats.native import load_question_files
from quizapp.core.model import (
    MediaFile,
    Origin,
    Question,
    QuestionId,
    QuestionSet,
    Rating,
    SetId,
    Text,
)
from quizapp.core.scheduler import Scheduler
from quizapp.core.storage.questions import DamagedQuestion, SetInfo, SyncReport

TEST_BANK = Path(__file__).parent.parent / "data" / "bank"


def test_sync_reports_changes_and_keeps_progress_of_an_edited_question(tmp_path, store, now):
    bank = tmp_path / "bank"
    bank.mkdir()
    for source in TEST_BANK.iterdir():
        (bank / source.name).write_text(source.read_text())
    assert store.questions.sync_sets(load_question_files([bank]), Origin.BUILTIN) == SyncReport(
        6, 0, 0, 0
    )
    profile = store.learners.create("Ana", now)
    card = Scheduler().review(None, Rating.GOOD, now, "basics-charter")
    store.reviews.record(profile.id, "basics-charter", Rating.GOOD, now, card, None)

    first = bank / "01-basics.yaml"
    first.write_text(first.read_text().replace("Article 13\n", "Article 13 of the Charter\n"))
    report = store.questions.sync_sets(load_question_files([bank]), Origin.BUILTIN)
    assert report == SyncReport(added=0, updated=1, unchanged=5, retired=0)
    assert str(store.questions.get("basics-charter").payload.answer) == "Article 13 of the Charter"
    assert store.reviews.card(profile.id, "basics-charter") == card


def test_question_gone_from_its_file_is_retired_but_its_history_kept(tmp_path, store, now):
    store.questions.sync_sets(load_question_files([TEST_BANK]), Origin.BUILTIN)
    profile = store.learners.create("Ana", now)
    card = Scheduler().review(None, Rating.GOOD, now, "more-year")
    store.reviews.record(profile.id, "more-year", Rating.GOOD, now, card, None)
    (tmp_path / "02-more.yaml").write_text(
        (TEST_BANK / "02-more.yaml").read_text().split("  - id: more-year")[0]
        + "  - id: more-members\n    type: flashcard\n    prompt: P\n    answer: A\n"
    )
    sets = load_question_files([TEST_BANK / "01-basics.yaml", tmp_path / "02-more.yaml"])
    assert store.questions.sync_sets(sets, Origin.BUILTIN).retired == 2
    assert "more-year" not in [q.id for q in store.questions.active()]
    assert store.reviews.count(profile.id, now - timedelta(days=1)) == 1
    assert store.questions.get("more-year").id == "more-year"


def test_set_listing_gives_each_set_with_its_origin_and_size(store):
    store.questions.sync_sets(load_question_files([TEST_BANK]), Origin.BUILTIN)
    mine = QuestionSet(SetId("mine"), Text.plain("Mine"), origin=Origin.IMPORTED)
    store.questions.sync_sets([mine], Origin.IMPORTED)
    store.questions.set_enabled(SetId("more"), False)
    assert store.questions.set_listing() == [
        SetInfo(SetId("basics"), "Basics", Origin.BUILTIN, True, 3),
        SetInfo(SetId("more"), "More", Origin.BUILTIN, False, 3),
        SetInfo(SetId("mine"), "Mine", Origin.IMPORTED, True, 0),
    ]
    store.questions.hide_set(SetId("mine"))
    assert store.questions.set_listing()[-1] == SetInfo(
        SetId("mine"), "Mine", Origin.IMPORTED, False, 0, deleted=True
    )
    assert store.questions.set_origins() == {
        "basics": Origin.BUILTIN,
        "more": Origin.BUILTIN,
        "mine": Origin.IMPORTED,
    }
    assert [s.id for s in store.questions.sets()] == ["basics"]
    assert [type(q) for q in store.questions.active()] == [Question] * 3


def test_pictures_and_source_files_are_kept_with_their_set(store):
    mine = QuestionSet(SetId("mine"), Text.plain("Mine"), origin=Origin.IMPORTED)
    picture = MediaFile(SetId("mine"), "map.png", b"PNG")
    report = store.questions.sync_sets([mine], Origin.IMPORTED, media=[picture])
    assert report == SyncReport(media=1)
    store.questions.add_set_sources([(SetId("mine"), "mine.csv")])
    assert store.questions.media_file(SetId("mine"), "map.png") == b"PNG"
    assert store.questions.media_file(SetId("mine"), "other.png") is None
    assert store.questions.set_sources(SetId("mine")) == {"mine.csv"}
    store.questions.purge_set(SetId("mine"))
    assert store.questions.media_file(SetId("mine"), "map.png") is None
    assert store.questions.set_listing() == []


def test_unknown_question_is_a_key_error(store):
    with pytest.raises(KeyError):
        store.questions.get("nowhere")


def test_a_question_changed_behind_the_apps_back_is_found_damaged(store):
    store.questions.sync_sets(load_question_files([TEST_BANK]), Origin.BUILTIN)
    assert store.questions.damaged() == []
    store.db.execute("UPDATE questions SET content = '{}' WHERE id = 'more-year'")
    store.db.execute("UPDATE questions SET content_hash = 'x' WHERE id = 'basics-city'")
    assert store.questions.damaged() == [
        DamagedQuestion(QuestionId("basics-city"), SetId("basics"), Origin.BUILTIN),
        DamagedQuestion(QuestionId("more-year"), SetId("more"), Origin.BUILTIN),
    ]
