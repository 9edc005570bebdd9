"""quizapp import, export and report: exit codes and exact output."""

import json
import re
from pathlib import Path

DATA = Path(__file__).parent.parent / "data"
IMPORT = DATA / "import"


def test_import_reports_counts_skips_and_notes(run):
    path = IMPORT / "every-type.gift"
    result = run("import", str(path))
    assert result.exit_code == 0
    assert result.stdout == (
        f"skipped: {path}:41: an essay question cannot be graded by the app\n"
        f"skipped: {path}:43: a description (text with no answers) is not a question\n"
        f"note: {path}:17: 'Java' (50% credit) is not kept as an accepted answer\n"
        f"note: {path}:29: the extra right-hand answer 'global' is not kept\n"
        f"note: {path}:35: the image 'http://example.org/x.png' is left out: "
        "only a set's own media show\n"
        "Imported into every-type: 12 added, 0 updated, 0 unchanged, 2 skipped, "
        "0 media file(s).\n"
    )
    assert result.stderr == "Reading every-type.gift: 0/1\nWriting: 0/12\nWriting: 12/12\n"
    again = run("import", str(path))
    assert again.stdout.splitlines()[-1] == (
        "Imported into every-type: 0 added, 0 updated, 12 unchanged, 2 skipped, 0 media file(s)."
    )


def test_import_of_a_broken_file_prints_each_problem_and_fails(run):
    path = IMPORT / "broken.csv"
    result = run("import", str(path), str(IMPORT / "terms.tsv"))
    assert result.exit_code == 1
    assert result.stdout == (
        f"{path}:3: the prompt is blank\n"
        f"{path}:4: expected 2 columns as in the header, found 3\n"
        f"{path}:5: not valid CSV: unexpected end of data\n"
    )
    assert result.stderr.endswith("Error: 3 problem(s) found; nothing was imported.\n")
    assert "terms" not in {q["set"] for q in json.loads(run("list", "--json").stdout)}


def test_import_into_a_named_set_with_a_named_format_and_separator(run, tmp_path):
    path = tmp_path / "cards.txt"
    path.write_text("Jakarta|Secretariat\n")
    result = run("import", str(path), "--set", "My Class", "--format", "csv", "--separator", "bar")
    assert result.exit_code == 0
    assert result.stdout == (
        "Imported into my-class: 1 added, 0 updated, 0 unchanged, 0 skipped, 0 media file(s).\n"
    )


def test_import_refuses_an_unknown_format_name(run):
    result = run("import", str(IMPORT / "terms.tsv"), "--format", "docx")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr


def test_export_prints_yaml_and_writes_other_formats_to_a_file(run, tmp_path):
    run("import", str(DATA / "types" / "all-types.yaml"))
    printed = run("export", "all-types")
    assert printed.exit_code == 0
    assert printed.stdout.startswith("format: quizapp/1\nlanguage: en\nset:\n  id: all-types\n")
    target = tmp_path / "out.gift"
    result = run("export", "all-types", "--format", "gift", "-o", str(target))
    assert result.exit_code == 0
    assert result.stderr == (
        "left out: t-cloze: GIFT has no cloze question like this\n"
        "left out: t-order: GIFT has no ordering question like this\n"
        f"Wrote 7 questions to {target}.\n"
    )
    assert target.read_text().startswith("// Every type\n")
    csv_result = run("export", "all-types", "--format", "csv")
    assert csv_result.stdout.splitlines()[0] == (
        "id,type,topic,difficulty,prompt,answer,options,alternatives,tolerance,explanation,tags"
    )


def test_export_of_an_unknown_set_fails(run):
    result = run("export", "nope")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: There is no set 'nope' (sets: ")


def test_exported_file_imports_back_unchanged(run, tmp_path):
    run("import", str(IMPORT / "every-type.csv"))
    target = tmp_path / "every-type.csv"
    run("export", "every-type", "--format", "csv", "-o", str(target))
    result = run("import", str(target))
    assert result.stdout == (
        "Imported into every-type: 0 added, 0 updated, 10 unchanged, 0 skipped, 0 media file(s).\n"
    )


def test_delete_set_asks_then_keeps_history(run):
    run("import", str(IMPORT / "terms.tsv"))
    result = run("delete-set", "terms", input="y\n")
    assert (result.exit_code, result.output) == (
        0,
        "Delete the set 'terms' (learners' history is kept)? [y/N]: y\n"
        "Deleted 'terms'; learners' history of it is kept (import it to restore).\n",
    )
    exported = run("export", "terms")
    assert exported.exit_code == 1
    assert exported.output.startswith("Error: There is no set 'terms' (sets: ")


def test_delete_set_with_history_and_of_a_built_in_set(run):
    run("import", str(IMPORT / "terms.tsv"))
    result = run("delete-set", "terms", "--history", "--yes")
    assert (result.exit_code, result.output) == (
        0,
        "Deleted 'terms' and 0 answer(s) to its questions.\n",
    )
    result = run("delete-set", "asean-secretariat", "--yes")
    assert (result.exit_code, result.output) == (
        1,
        "Error: 'The ASEAN Secretariat' is a built-in set; it comes with the app. "
        "Untick it to hide it.\n",
    )


def test_columns_are_named_once_and_remembered_for_the_same_layout(run, tmp_path):
    korean = IMPORT / "tables" / "korean-vocabulary.csv"
    refused = run("import", str(korean))
    assert refused.exit_code == 1
    named = run("import", str(korean), "--columns", "prompt,answer,explanation", "--no-header")
    assert named.stdout == (
        "Imported into korean-vocabulary: 4 added, 0 updated, 0 unchanged, 0 skipped, "
        "0 media file(s).\n"
    )
    copy = tmp_path / "week2.csv"
    copy.write_bytes(korean.read_bytes())
    assert run("import", str(copy)).stdout == (
        "Imported into week2: 4 added, 0 updated, 0 unchanged, 0 skipped, 0 media file(s).\n"
    )


def test_encoding_other_than_utf8_is_named(run):
    path = IMPORT / "tables" / "excel-cp1252.csv"
    result = run("import", str(path))
    assert result.stdout.splitlines()[0] == f"{path}: read as Windows-1252 (cp1252)"


def test_keep_valid_imports_the_good_rows_and_lists_the_rest(run):
    path = IMPORT / "broken.csv"
    result = run("import", str(path), "--keep-valid")
    assert result.exit_code == 0
    assert result.stdout == (
        f"skipped: {path}:3: the prompt is blank\n"
        f"skipped: {path}:4: expected 2 columns as in the header, found 3\n"
        f"skipped: {path}:5: not valid CSV: unexpected end of data\n"
        "Imported into broken: 1 added, 0 updated, 0 unchanged, 3 skipped, 0 media file(s).\n"
    )


def test_print_writes_a_worksheet_pdf_with_its_key(run, tmp_path):
    run("import", str(IMPORT / "moodle-every-type.xml"))
    output = tmp_path / "sheet.pdf"
    result = run(
        "print", "moodle-every-type", "-o", str(output), "--paper", "letter", "--variant", "3"
    )
    assert result.exit_code == 0
    pages = re.fullmatch(
        rf"Wrote (\d) page\(s\) to {re.escape(str(output))}: the questions, then the answer "
        r"key.\n",
        result.stdout,
    )
    assert pages is not None
    assert int(pages.group(1)) >= 2  # the key starts a page of its own
    assert output.read_bytes().startswith(b"%PDF-")
    assert b"/MediaBox [0 0 612.000000 792.000000]" in output.read_bytes()
    exam = tmp_path / "exam.pdf"
    drawn = run("print", "moodle-every-type", "-o", str(exam), "--draw", "3")
    assert drawn.exit_code == 0
    assert exam.read_bytes().startswith(b"%PDF-")


def test_what_to_do_is_said_with_the_commands_options(run, tmp_path):
    prose = tmp_path / "notes.txt"
    prose.write_text("Just some prose.\nNothing else.\n", encoding="utf-8")
    unknown = run("import", str(prose))
    assert unknown.stdout == (
        f"{prose}:1: cannot tell the format of this file; name it with --format (yaml, csv, tsv, "
        "gift, aiken, apkg, anki-text, moodle-xml, spreadsheet)\n"
    )
    built_in = json.loads(run("list", "--json").stdout)[0]["set"]
    cards = tmp_path / "cards.csv"
    cards.write_text("prompt,answer,id\nCapital of Laos?,Vientiane,laos\n", encoding="utf-8")
    into_built_in = run("import", str(cards), "--set", built_in)
    assert into_built_in.stdout == (
        f"{cards}:1: set '{built_in}' is a built-in set; import into another set with --set NAME\n"
    )
    assert run("import", str(cards), "--set", "class").exit_code == 0
    other = tmp_path / "week 2.csv"
    other.write_text("prompt,answer,id\nCapital of Laos?,Pakse,laos\n", encoding="utf-8")
    replacing = run("import", str(other), "--set", "class")
    assert replacing.exit_code == 1
    assert replacing.stderr.splitlines()[-1] == (
        "Error: This would replace questions that another file put into the set (1 in 'class'). "
        "Import again with --replace to replace them, or with --copy to keep both."
    )


def test_one_file_into_a_second_set_points_to_the_copy_option(run):
    pictures = DATA / "import" / "pictures.yaml"
    assert run("import", str(pictures), "--set", "Class A").exit_code == 0
    again = run("import", str(pictures), "--set", "Class B")
    assert again.exit_code == 1
    assert again.stdout.splitlines()[0] == (
        f"{pictures}:8: question id 'pic-flag' already belongs to set 'class-a'; "
        "import it again with --copy to have it in both sets"
    )
    assert run("import", str(pictures), "--set", "Class B", "--copy").exit_code == 0
