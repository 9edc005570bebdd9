from quizapp.core.formats.linedict import LineDict


def test_a_key_knows_its_line_and_a_missing_key_gives_the_mappings_line():
    record = LineDict(prompt="Ibu kota?", answer="Jakarta")
    record.line = 7
    record.key_lines = {"prompt": 8, "answer": 9}
    assert (record.line_of("answer"), record.line_of("hint")) == (9, 7)


def test_a_mapping_built_without_key_lines_answers_with_its_own_line():
    record = LineDict(prompt="Ibu kota?")
    assert record.line_of("prompt") == 0
    record.line = 3
    assert record.line_of("prompt") == 3
