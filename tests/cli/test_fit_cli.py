"""The fit command: a learner's own parameters on request, refused with too few answers."""

from datetime import UTC, datetime

from quizapp.core import ops


def test_fit_with_too_few_answers_says_how_many_are_needed(run, tmp_path):
    library = ops.open_library(tmp_path)
    library.store.learners.create("Ana", datetime(2026, 3, 2, tzinfo=UTC))
    library.store.close()
    result = run("--profile", "Ana", "fit")
    assert (result.exit_code, result.output) == (
        1,
        "Error: Ana has 0 answers given a day or more after the previous one; their own "
        "parameters are fitted from 400.\n",
    )
