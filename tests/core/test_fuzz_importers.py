"""Generated garbage thrown at every importer: only our own errors, and nothing written then."""

import io
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from anki_packages import collection_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core import ops
from quizapp.core.errors import QuizAppError
from quizapp.core.formats import catalog
from quizapp.core.storage import open_store

SUFFIX = {"yaml": ".yaml", "csv": ".csv", "tsv": ".tsv", "gift": ".gift", "aiken": ".txt"}
SUFFIX |= {"apkg": ".apkg", "anki-text": ".txt", "moodle-xml": ".xml"}
# Pieces each format is made of, so that generated files get past the first line.
PIECES = {
    "yaml": [
        "format: quizapp/1\n",
        "set: {id: s, title: S}\n",
        "questions:\n",
        "  - ",
        "id: q",
        "type: flashcard",
        "prompt: P",
        "answer: A",
        "{",
        "}",
        "[",
        "]",
        ":",
        "\n",
        " ",
    ],
    "csv": [
        "prompt",
        "answer",
        "options",
        "type",
        ",",
        ";",
        "\t",
        '"',
        "\n",
        "\r\n",
        "a|b",
        "single_choice",
        "numeric",
        "matching",
        "x -> y",
        "1",
        "true",
        "\ufeff",
    ],
    "tsv": ["term", "definition", "\t", '"', "\n", "x", "\x00", "é"],
    "gift": [
        "::",
        "{",
        "}",
        "=",
        "~",
        "#",
        "####",
        "%50%",
        "%-100%",
        "->",
        "\\",
        ":",
        "..",
        "T",
        "FALSE",
        "\n\n",
        "\n",
        "// [id:x]\n",
        "$CATEGORY: c\n",
        "[html]",
        "<b>",
        "1",
        "-2.5",
        "a",
        " ",
    ],
    "aiken": ["Q\n", "A) ", "B. ", "C)", "ANSWER: ", "A", "B", "Z", "\n", "\n\n", "x"],
    "anki-text": [
        "#separator:tab\n",
        "#html:true\n",
        "#tags column:3\n",
        "#guid column:1\n",
        "#columns:a\tb\n",
        "\t",
        "\n",
        '"',
        "[sound:x.mp3]",
        '<img src="a.png">',
        "<script>",
        "x",
    ],
    "moodle-xml": [
        "<?xml version='1.0'?>",
        "<quiz>",
        "</quiz>",
        '<question type="multichoice">',
        '<question type="cloze">',
        '<question type="matching">',
        '<question type="numerical">',
        '<question type="category">',
        "</question>",
        "<questiontext><text>",
        "</text></questiontext>",
        '<answer fraction="100">',
        '<answer fraction="x">',
        "<text>",
        "</text>",
        "</answer>",
        "<subquestion>",
        "</subquestion>",
        "<tolerance>",
        "</tolerance>",
        "{1:SA:=a~%50%b}",
        "{1:MC:=a~b#c}",
        "{:NM:=1:x}",
        '<file name="a.png" encoding="base64">',
        "</file>",
        '<img src="@@PLUGINFILE@@/a.png">',
        "<![CDATA[",
        "]]>",
        "<!DOCTYPE x>",
        "&amp;",
        "\\",
        "x",
    ],
}

texts = {
    name: st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(str.encode),
        st.lists(st.sampled_from(pieces), max_size=40).map(lambda p: "".join(p).encode()),
    )
    for name, pieces in PIECES.items()
}


@st.composite
def packages(draw: st.DrawFn) -> bytes:
    """Zip archives with random members, random collections and random media lists."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        field = st.text(alphabet=st.sampled_from(list("ab<>/=\"'[]: \x1f{}c1")), max_size=30)
        notes = draw(st.lists(st.lists(field, min_size=1, max_size=3), max_size=4))
        kind = draw(st.sampled_from(["good", "garbage", "zstd", "none"]))
        if kind == "good":
            archive.writestr("collection.anki2", collection_bytes([{"fields": n} for n in notes]))
        elif kind == "zstd":
            archive.writestr("meta", draw(st.sampled_from([b"\x08\x03", b"\x08", b""])))
            archive.writestr(
                "collection.anki21b", b"\x28\xb5\x2f\xfd" + draw(st.binary(max_size=60))
            )
        elif kind == "garbage":
            archive.writestr(
                draw(st.sampled_from(["collection.anki2", "collection.anki21"])),
                draw(st.binary(max_size=200)),
            )
        media = draw(
            st.one_of(
                st.binary(max_size=50),
                st.dictionaries(
                    st.sampled_from(["0", "1"]), st.sampled_from(["a.png", "../a.png", "", "b.mp3"])
                ).map(lambda d: json.dumps(d).encode()),
            )
        )
        archive.writestr("media", media)
        for member in draw(
            st.lists(st.sampled_from(["0", "1", "../x", "/abs"]), max_size=2, unique=True)
        ):
            archive.writestr(member, draw(st.binary(max_size=30)))
    return buffer.getvalue()


@pytest.fixture(scope="module")
def folder():
    """One folder and database for every generated file (Hypothesis runs many per test)."""
    with tempfile.TemporaryDirectory() as name:
        path = Path(name)
        store = open_store(path / "quizapp.db", durable=False)
        yield path, store
        store.close()


def check(folder, fmt: str | None, suffix: str, content: bytes) -> None:
    path, store = folder
    target = path / f"garbage{suffix}"
    target.write_bytes(content)
    before = "\n".join(store.db.conn.iterdump())
    message = None
    try:
        ops.import_files(store, [target], fmt=fmt)
    except QuizAppError as error:
        message = str(error)
    if message is not None:
        assert message.strip()
        assert "\n".join(store.db.conn.iterdump()) == before


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("fmt", sorted(PIECES))
def test_garbage_in_each_text_format_gives_only_our_errors(folder, fmt):
    @FUZZ
    @given(content=texts[fmt])
    def run(content: bytes) -> None:
        check(folder, fmt, SUFFIX[fmt], content)

    run()


def test_garbage_packages_give_only_our_errors(folder):
    @FUZZ
    @given(content=st.one_of(packages(), st.binary(max_size=200)))
    def run(content: bytes) -> None:
        check(folder, "apkg", ".apkg", content)

    run()


def test_garbage_of_unknown_format_gives_only_our_errors(folder):
    @FUZZ
    @given(content=st.one_of(*texts.values()))
    def run(content: bytes) -> None:
        check(folder, None, ".txt", content)

    run()


def test_garbage_spreadsheets_give_only_our_errors(folder):
    real = (
        Path(__file__).parent.parent / "data" / "import" / "tables" / "kahoot.xlsx"
    ).read_bytes()

    @FUZZ
    @given(
        content=st.one_of(
            st.binary(max_size=200),
            st.integers(min_value=0, max_value=len(real)).map(lambda n: real[:n]),
            st.tuples(st.integers(0, len(real) - 1), st.binary(min_size=1, max_size=8)).map(
                lambda cut: real[: cut[0]] + cut[1] + real[cut[0] + len(cut[1]) :]
            ),
        ),
        suffix=st.sampled_from([".xlsx", ".ods", ".xls"]),
    )
    def run(content: bytes, suffix: str) -> None:
        check(folder, "spreadsheet", suffix, content)

    run()


def test_every_format_is_fuzzed():
    assert set(PIECES) | {"apkg", "spreadsheet"} == {fmt.name for fmt in catalog.readable()}
