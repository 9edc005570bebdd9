import json
import shutil
from pathlib import Path

import pytest

from quizapp.core import ops
from quizapp.core.errors import QuestionFileError
from quizapp.core.formats.native import fingerprint_files, parse_question_file
from quizapp.core.model import Origin
from quizapp.core.storage import open_store

DATA = Path(__file__).parent.parent / "data"
TEST_BANK = DATA / "bank"


@pytest.fixture
def bank(tmp_path):
    """A copy of the test bank that a test may edit."""
    return shutil.copytree(TEST_BANK, tmp_path / "bank")


def test_a_malformed_bank_file_leaves_an_existing_database_as_it_was(tmp_path, bank, now):
    library = ops.open_library(tmp_path, bank)
    ops.choose_profile(library.store, "Ana", now)
    library.store.close()
    before = library.path.read_bytes()
    (bank / "01-basics.yaml").write_text("format: quizapp/1\nset: {id: basics}\n")
    with pytest.raises(QuestionFileError):
        ops.open_library(tmp_path, bank)
    assert library.path.read_bytes() == before


def test_choose_profile_creates_a_default_learner_once(store, now):
    first = ops.choose_profile(store, None, now)
    assert first.name == "Learner"
    assert ops.choose_profile(store, None, now) == first
    assert ops.choose_profile(store, "Budi", now).name == "Budi"
    assert [p.name for p in store.learners.all()] == ["Learner", "Budi"]


def test_describe_question_gives_each_language(library):
    question = parse_question_file(DATA / "types" / "all-types.yaml").questions[6]
    described = ops.describe_question(question)
    assert json.loads(json.dumps(described)) == described
    assert described["answers"] == ["13", "National Secretariats"]
    assert described["translations"]["id"]["answers"] == ["13", "Sekretariat Nasional"]
    assert described["source"]["text"] == "jaya"


def test_an_unchanged_bank_is_not_parsed_again(tmp_path, bank, monkeypatch):
    first = ops.open_library(tmp_path, bank)
    first.store.close()

    def must_not_parse(paths):
        raise AssertionError("the bank was parsed again")

    monkeypatch.setattr(ops, "load_question_files", must_not_parse)
    again = ops.open_library(tmp_path, bank)
    assert (again.sync.added, again.sync.unchanged) == (0, first.sync.added)
    assert len(again.store.questions.active()) == first.sync.added
    again.store.close()


def test_an_edited_bank_is_loaded_again(tmp_path, bank):
    ops.open_library(tmp_path, bank).store.close()
    more = bank / "02-more.yaml"
    more.write_text(more.read_text().replace("In which year", "In what year"))
    again = ops.open_library(tmp_path, bank)
    assert again.sync.updated == 1
    again.store.close()


def test_a_broken_bank_loads_nothing_and_is_not_remembered(tmp_path, bank):
    (bank / "02-more.yaml").write_text("format: quizapp/1\nid: more\nquestions: [oops]\n")
    with pytest.raises(QuestionFileError):
        ops.open_library(tmp_path, bank)
    store = open_store(tmp_path / "quizapp.db")
    assert (store.questions.active(), store.questions.source_fingerprint(Origin.BUILTIN)) == (
        [],
        None,
    )
    store.close()


def test_fingerprint_follows_names_and_contents(bank):
    before = fingerprint_files([bank])
    assert fingerprint_files([bank]) == before
    (bank / "02-more.yaml").write_text((bank / "02-more.yaml").read_text() + "\n")
    assert fingerprint_files([bank]) != before
