"""quizapp profiles: list, rename and delete learners, with exit codes and exact output."""

import pytest


def test_profiles_lists_every_learner(run):
    run("profiles", "add", "Ana")
    run("profiles", "add", "Budi")
    result = run("profiles")
    assert (result.exit_code, result.output) == (0, "Ana\nBudi\n")


def test_profiles_rename_keeps_the_learner(run):
    run("profiles", "add", "Ana")
    result = run("profiles", "rename", "ana", "Ana Lim")
    assert (result.exit_code, result.output) == (0, "Renamed 'ana' to 'Ana Lim'.\n")
    assert run("profiles").output == "Ana Lim\n"


def test_profiles_rename_to_a_taken_name_fails(run):
    run("profiles", "add", "Ana")
    run("profiles", "add", "Budi")
    result = run("profiles", "rename", "Ana", "BUDI")
    assert (result.exit_code, result.output) == (
        1,
        "Error: There is already a profile called 'Budi'.\n",
    )


def test_profiles_delete_asks_first_and_stops_on_no(run):
    run("profiles", "add", "Ana")
    result = run("profiles", "delete", "Ana", input="n\n")
    assert (result.exit_code, result.output) == (
        1,
        "Delete 'Ana' and all of their progress? This cannot be undone. [y/N]: n\nAborted!\n",
    )
    assert run("profiles").output == "Ana\n"


def test_profiles_delete_removes_the_learner(run):
    run("profiles", "add", "Ana")
    run("profiles", "add", "Budi")
    result = run("profiles", "delete", "Ana", input="y\n")
    assert result.exit_code == 0
    assert result.output.endswith("[y/N]: y\nDeleted 'Ana' and their progress.\n")
    assert run("profiles").output == "Budi\n"


def test_profiles_delete_of_an_unknown_learner_fails(run):
    run("profiles", "add", "Ana")
    result = run("profiles", "delete", "Nobody", "--yes")
    assert (result.exit_code, result.output) == (
        1,
        "Error: There is no profile called 'Nobody' (profiles: Ana).\n",
    )


@pytest.mark.parametrize(
    "command", [("stats", "--json"), ("report", "--format", "csv"), ("export-progress",)]
)
def test_every_command_refuses_an_unknown_profile_alike(run, command):
    run("check")
    result = run("--profile", "Nobody", *command)
    assert result.exit_code == 1
    assert result.stderr == "Error: There is no profile called 'Nobody' (profiles: none).\n"
    assert run("profiles").output == ""


def test_profiles_add_adds_a_learner_once(run):
    assert run("profiles", "add", "Ana").output == "Added 'Ana'.\n"
    again = run("profiles", "add", "ana")
    assert (again.exit_code, again.stderr) == (
        1,
        "Error: There is already a profile called 'Ana'.\n",
    )
    assert run("profiles").output == "Ana\n"
