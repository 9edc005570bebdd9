"""scripts/check_coverage.py: each core module held to its floor."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).parent.parent
spec = importlib.util.spec_from_file_location("check_coverage", ROOT / "scripts/check_coverage.py")
check_coverage = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_coverage)


def report(**percents: float) -> dict:
    return {
        "files": {
            name.replace("__", "/") + ".py": {"summary": {"percent_covered": percent}}
            for name, percent in percents.items()
        }
    }


def test_a_module_below_its_floor_fails_the_run(tmp_path, capsys):
    path = tmp_path / "coverage.json"
    path.write_text(json.dumps(report(quizapp__core__session=98.9, quizapp__ui__home=10.0)))
    assert check_coverage.main(["check_coverage.py", str(path)]) == 1
    assert "Coverage too low: quizapp/core/session.py: 98.9% covered, below its floor of 99%" in (
        capsys.readouterr().out
    )


def test_only_core_modules_are_held_and_a_new_one_gets_the_default_floor():
    measured = check_coverage.figures(
        report(quizapp__core__ops=96.0, quizapp__core__brand_new=89.0, quizapp__ui__home=1.0)
    )
    assert measured == {"quizapp/core/ops.py": 96.0, "quizapp/core/brand_new.py": 89.0}
    assert check_coverage.problems(measured, {"quizapp/core/ops.py": 96}) == [
        "quizapp/core/brand_new.py: 89.0% covered, below its floor of 90%"
    ]


def test_notes_ask_for_rows_to_add_raise_or_remove_without_failing():
    measured = {"quizapp/core/ops.py": 98.2, "quizapp/core/new.py": 95.0}
    floors = {"quizapp/core/ops.py": 96, "quizapp/core/gone.py": 100}
    assert check_coverage.notes(measured, floors) == [
        "quizapp/core/new.py: 95.0% covered; give it a row in FLOORS",
        "quizapp/core/ops.py: 98.2% covered; its floor can rise",
        "quizapp/core/gone.py: not measured; remove its row",
    ]
    assert check_coverage.problems(measured, floors) == []


def test_every_floor_names_a_core_module():
    assert all(name.startswith("quizapp/core/") for name in check_coverage.FLOORS)
