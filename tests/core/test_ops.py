import json
from pathlib import Path

import pytest

from quizapp.core import ops
from quizapp.core.errors import QuestionFileError
from quizapp.core.formats.native import parse_question_file

DATA = Path(__file__).parent.parent / "data"
TEST_BANK = DATA / "bank"


def copy_bank(tmp_path):
    bank = tmp_path / "bank"
    bank.mkdir()
    for source in TEST_BANK.iterdir():
        (bank / source.name).write_text(source.read_text())
    return bank


def test_a_malformed_bank_file_loads_nothing_and_creates_no_database(tmp_path):
    bank = copy_bank(tmp_path)
    text = (bank / "02-more.yaml").read_text()
    (bank / "02-more.yaml").write_text(text + "  - id: broken\n")
    broken_line = len(text.splitlines()) + 1
    with pytest.raises(QuestionFileError) as caught:
        ops.open_library(tmp_path / "data", bank)
    assert [str(p) for p in caught.value.problems] == [
        f"{bank / '02-more.yaml'}:{broken_line}: question is missing 'type'"
    ]
    assert not (tmp_path / "data").exists()


def test_a_malformed_bank_file_leaves_an_existing_database_as_it_was(tmp_path, now):
    bank = copy_bank(tmp_path)
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
    assert [p.name for p in store.profiles()] == ["Learner", "Budi"]


def test_describe_question_gives_each_language(library):
    question = parse_question_file(DATA / "types" / "all-types.yaml").questions[6]
    described = ops.describe_question(question)
    assert json.loads(json.dumps(described)) == described
    assert described["answers"] == ["13", "National Secretariats"]
    assert described["translations"]["id"]["answers"] == ["13", "Sekretariat Nasional"]
    assert described["source"]["text"] == "jaya"
