"""quizapp export-progress and class-report: exit codes and exact output."""

import json
import re


def test_export_progress_then_combine_into_a_class_csv(run, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    run("profiles", "add", "Ana")
    result = run("--profile", "Ana", "export-progress", "-o", str(folder / "ana.json"))
    assert (result.exit_code, result.output) == (
        0,
        f"Wrote the progress of Ana to {folder / 'ana.json'}.\n",
    )
    assert json.loads((folder / "ana.json").read_text())["profile"] == "Ana"
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "other.json").write_text('{"name": "something else"}')
    result = run("class-report", str(folder), "-o", str(tmp_path / "class.csv"))
    assert (result.exit_code, result.output) == (
        0,
        f"{folder / 'other.json'}: not a quizapp progress file (make one with "
        "'quizapp export-progress')\n"
        f"{folder / 'photo.jpg'}: not a progress file: it is not text\n"
        f"Wrote the progress of 1 learner(s) to {tmp_path / 'class.csv'}.\n",
    )
    lines = (tmp_path / "class.csv").read_text().splitlines()
    assert lines[0].startswith("learner,set,topic,questions,seen,")
    assert all(line.startswith("Ana,") for line in lines[1:])


def test_export_progress_of_an_unknown_learner_fails(run):
    run("profiles", "add", "Ana")
    result = run("--profile", "Nobody", "export-progress")
    assert (result.exit_code, result.output) == (
        1,
        "Error: There is no profile called 'Nobody' (profiles: Ana).\n",
    )


def test_class_report_of_a_folder_without_progress_files_fails(run, tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "notes.txt").write_text("hello")
    result = run("class-report", str(folder))
    assert (result.exit_code, result.output) == (
        1,
        f"{folder / 'notes.txt'}: not a progress file: not valid JSON (line 1: Expecting value)\n"
        f"Error: There is no progress file in {folder}.\n",
    )


def test_report_as_pdf_is_written_on_a4(run, tmp_path):
    run("profiles", "add", "Ana")
    output = tmp_path / "ana.pdf"
    result = run("--profile", "Ana", "report", "--format", "pdf", "-o", str(output))
    data = output.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    assert pages > 1  # the mastery chart of the whole bank, then its table
    assert (result.exit_code, result.output) == (
        0,
        f"Wrote the report ({pages} page(s)) to {output}.\n",
    )
    assert set(re.findall(rb"/MediaBox\s*\[([^\]]*)\]", data)) == {
        b"0 0 595.000000 842.000000"
    }  # A4


def test_report_as_pdf_needs_an_output_file(run):
    run("profiles", "add", "Ana")
    result = run("--profile", "Ana", "report", "--format", "pdf")
    assert result.exit_code == 2
    assert result.output.endswith("Error: --format pdf needs --output FILE.\n")
