"""The format catalog: one descriptor per format, and everything derived from it."""

import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from toy_format import TOY, read_toy, registered

from quizapp.cli import cli
from quizapp.core import ops
from quizapp.core.errors import QuestionFileError
from quizapp.core.formats import catalog
from quizapp.core.formats.imported import ImportOptions
from quizapp.core.formats.registry import detect_format, parse_file
from quizapp.core.grading import correct_answer_text

ROOT = Path(__file__).parent.parent.parent
IMPORTING_DOC = ROOT / "docs" / "importing.md"


def test_every_format_has_a_unique_name_and_its_extensions_are_its_own():
    owners: dict[str, str] = {}
    for fmt in catalog.FORMATS.values():
        assert re.fullmatch(r"[a-z][a-z-]*", fmt.name)
        for suffix in fmt.extensions:
            assert suffix == suffix.lower()
            assert suffix.startswith(".")
            assert owners.setdefault(suffix, fmt.name) == fmt.name, suffix


@pytest.mark.parametrize(
    ("name", "suffix"),
    [(fmt.name, suffix) for fmt in catalog.readable() for suffix in fmt.extensions],
)
def test_each_extension_is_read_as_its_format(tmp_path, name, suffix):
    assert detect_format(tmp_path / f"file{suffix.upper()}") == name


@pytest.mark.parametrize("suffix", [".tsv", ".tab"])
def test_a_tsv_file_is_split_at_tabs_whatever_else_its_cells_hold(tmp_path, suffix):
    path = tmp_path / f"terms{suffix}"
    path.write_text("Laos, capital of\tVientiane; on the Mekong\n", encoding="utf-8")
    [question] = parse_file(path, None, ImportOptions()).sets[0].questions
    assert (str(question.prompt), correct_answer_text(question, "en")) == (
        "Laos, capital of",
        "Vientiane; on the Mekong",
    )


def test_the_import_patterns_hold_every_extension_once():
    patterns = catalog.import_patterns()
    assert len(patterns) == len(set(patterns))
    for fmt in catalog.readable():
        for suffix in (*fmt.extensions, *fmt.shared_extensions):
            assert f"*{suffix}" in patterns
    assert {"*.colpkg", "*.tab", "*.xlsm", "*.txt"} <= set(patterns)


def test_starting_loads_no_reader_or_writer():
    """Readers and writers are named, not imported: start-up pays for none of them."""
    modules = catalog.modules()
    assert "quizapp.core.formats.gift" in modules
    code = (
        "import sys, quizapp.cli, quizapp.core.ops\n"
        f"print(sorted(m for m in {sorted(modules)!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# -- the toy format: one descriptor and its reader, end to end ----------------------------------


@pytest.fixture
def toy():
    """The toy format of tests/toy_format.py, registered for this test only."""
    with registered() as fmt:
        yield fmt


def test_a_toy_format_imports_and_exports_end_to_end(library, tmp_path, toy):
    path = tmp_path / "capitals.toy"
    path.write_text("Capital of Laos? = Vientiane\nCapital of Peru? = Lima\n", encoding="utf-8")
    report = ops.import_files(library.store, [path])
    assert (report.added, report.set_ids) == (2, ("capitals",))
    assert report.files[0].format == "toy"
    prompts = [str(q.prompt) for q in library.store.questions.active(["capitals"])]
    assert prompts == ["Capital of Laos?", "Capital of Peru?"]

    exported = ops.export_set(library.store, "capitals", "toy")
    assert exported.text == "toy: 1\nCapital of Laos? = Vientiane\nCapital of Peru? = Lima\n"
    assert exported.count == 2


def test_a_toy_file_is_told_by_its_content_and_its_problems_by_line(library, tmp_path, toy):
    path = tmp_path / "cards.txt"
    path.write_text("toy: 1\nno equals sign here\n", encoding="utf-8")
    assert detect_format(path) == "toy"
    with pytest.raises(QuestionFileError) as caught:
        ops.import_files(library.store, [path])
    assert str(caught.value) == f"{path}:2: expected 'question = answer'"


def test_a_toy_format_is_offered_by_the_command_line(tmp_path, toy):
    path = tmp_path / "capitals.txt"
    path.write_text("Capital of Laos? = Vientiane\n", encoding="utf-8")
    runner = CliRunner()
    data = ["--data-dir", str(tmp_path / "data")]
    assert "toy" in runner.invoke(cli, ["import", "--help"]).output
    assert "toy" in runner.invoke(cli, ["export", "--help"]).output
    imported = runner.invoke(cli, [*data, "import", str(path), "--format", "toy"])
    assert imported.exit_code == 0, imported.output
    assert "Imported into capitals: 1 added" in imported.output
    exported = runner.invoke(cli, [*data, "export", "capitals", "--format", "toy"])
    assert exported.output == "toy: 1\nCapital of Laos? = Vientiane\n"


def test_without_the_toy_format_its_files_are_not_read(tmp_path):
    path = tmp_path / "capitals.toy"
    path.write_text("toy: 1\nQ = A\n", encoding="utf-8")
    assert TOY.name not in catalog.FORMATS
    with pytest.raises(QuestionFileError, match="cannot tell the format of this file"):
        detect_format(path)


def test_the_worked_example_in_the_architecture_doc_is_the_toy_reader():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    source = inspect.getsource(read_toy).splitlines()
    code = "\n".join(line for line in source if not line.strip().startswith('"""'))
    assert code in doc


# -- the docs tables ----------------------------------------------------------------------------


def import_table() -> str:
    """The table of docs/importing.md "What each format keeps", as the descriptors say it."""
    rows = ["| format | files | kept | dropped or changed, and reported |", "|---|---|---|---|"]
    for fmt in catalog.readable():
        assert fmt.reading
        files = ", ".join(
            [f"`{s}`" for s in fmt.extensions]
            + [f"`{s}` (told by content)" for s in fmt.shared_extensions]
        )
        rows.append(
            f"| {fmt.label} (`{fmt.name}`) | {files} | {fmt.reading.keeps} | {fmt.reading.drops} |"
        )
    return "\n".join(rows) + "\n"


def export_table() -> str:
    """The table of docs/importing.md "Export", as the descriptors say it."""
    rows = ["| format | file | keeps | loses |", "|---|---|---|---|"]
    for fmt in catalog.writable():
        assert fmt.writing
        writing = fmt.writing
        rows.append(
            f"| {fmt.label} (`{fmt.name}`) | `{writing.extension}` | {writing.keeps} | "
            f"{writing.drops} |"
        )
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize("table", [import_table, export_table], ids=["import", "export"])
def test_the_docs_tables_say_what_the_descriptors_say(table):
    expected = table()
    assert expected in IMPORTING_DOC.read_text(encoding="utf-8"), (
        f"docs/importing.md should hold this table:\n{expected}"
    )
