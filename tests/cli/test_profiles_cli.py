"""quizapp profiles: list, rename and delete learners, with exit codes and exact output."""


def test_profiles_lists_every_learner(run):
    run("--profile", "Ana", "stats", "--json")
    run("--profile", "Budi", "stats", "--json")
    result = run("profiles")
    assert (result.exit_code, result.output) == (0, "Ana\nBudi\n")


def test_profiles_rename_keeps_the_learner(run):
    run("--profile", "Ana", "stats", "--json")
    result = run("profiles", "rename", "ana", "Ana Lim")
    assert (result.exit_code, result.output) == (0, "Renamed 'ana' to 'Ana Lim'.\n")
    assert run("profiles").output == "Ana Lim\n"


def test_profiles_rename_to_a_taken_name_fails(run):
    run("--profile", "Ana", "stats", "--json")
    run("--profile", "Budi", "stats", "--json")
    result = run("profiles", "rename", "Ana", "BUDI")
    assert (result.exit_code, result.output) == (
        1,
        "Error: There is already a profile called 'Budi'.\n",
    )


def test_profiles_delete_asks_first_and_stops_on_no(run):
    run("--profile", "Ana", "stats", "--json")
    result = run("profiles", "delete", "Ana", input="n\n")
    assert (result.exit_code, result.output) == (
        1,
        "Delete 'Ana' and all of their progress? This cannot be undone. [y/N]: n\nAborted!\n",
    )
    assert run("profiles").output == "Ana\n"


def test_profiles_delete_removes_the_learner(run):
    run("--profile", "Ana", "stats", "--json")
    run("--profile", "Budi", "stats", "--json")
    result = run("profiles", "delete", "Ana", input="y\n")
    assert result.exit_code == 0
    assert result.output.endswith("[y/N]: y\nDeleted 'Ana' and their progress.\n")
    assert run("profiles").output == "Budi\n"


def test_profiles_delete_of_an_unknown_learner_fails(run):
    run("--profile", "Ana", "stats", "--json")
    result = run("profiles", "delete", "Nobody", "--yes")
    assert (result.exit_code, result.output) == (
        1,
        "Error: There is no profile called 'Nobody' (profiles: Ana).\n",
    )
