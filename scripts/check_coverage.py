"""Hold each core module to its coverage floor, after a whole test run with coverage.

``scripts/run-tests`` runs this after the whole suite (not after a subset: ``-k``, ``-m`` or a
test path skip it). The figure is coverage.py's, branches included: covered statements and
branches over all of them. A floor is a module's figure when it was set, rounded down, so a
change that leaves code of a core module untested fails the run; raise a floor when a module's
tests get better. Where generated inputs (Hypothesis) move a module's figure from run to run,
its floor is a point or two lower, said beside it. Modelled on qutebrowser's
``scripts/dev/check_coverage.py``.

Usage: ``python scripts/check_coverage.py [build/coverage.json]``
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "build" / "coverage.json"
# A core module without a row of its own (a new one) is held to this until it gets one.
NEW_MODULE_FLOOR = 90

FLOORS = {
    "quizapp/core/__init__.py": 100,
    "quizapp/core/charts.py": 99,
    "quizapp/core/classpicture.py": 100,
    "quizapp/core/classreport.py": 90,
    "quizapp/core/days.py": 100,
    "quizapp/core/editing.py": 96,
    "quizapp/core/errors.py": 100,
    "quizapp/core/files.py": 94,
    "quizapp/core/fitting.py": 94,
    "quizapp/core/formats/__init__.py": 100,
    "quizapp/core/formats/aiken.py": 96,
    "quizapp/core/formats/anki.py": 94,  # generated packages move it by up to 1 point
    "quizapp/core/formats/ankitext.py": 96,
    "quizapp/core/formats/catalog.py": 100,
    "quizapp/core/formats/delimited.py": 97,
    "quizapp/core/formats/gift.py": 97,
    "quizapp/core/formats/imported.py": 97,
    "quizapp/core/formats/linedict.py": 100,
    "quizapp/core/formats/markup.py": 97,
    "quizapp/core/formats/moodlexml.py": 86,
    "quizapp/core/formats/native.py": 91,
    "quizapp/core/formats/nativeexport.py": 95,
    "quizapp/core/formats/registry.py": 95,
    "quizapp/core/formats/spreadsheet.py": 87,
    "quizapp/core/formats/streamed.py": 100,
    "quizapp/core/formats/yamlimport.py": 100,
    "quizapp/core/formats/yamlsource.py": 100,
    "quizapp/core/grading.py": 97,
    "quizapp/core/limits.py": 97,
    "quizapp/core/maintenance.py": 87,
    "quizapp/core/messages.py": 100,
    "quizapp/core/model.py": 100,
    "quizapp/core/ops.py": 95,  # generated files move it by up to 1 point
    "quizapp/core/paths.py": 100,
    "quizapp/core/personal.py": 100,
    "quizapp/core/qtypes/__init__.py": 100,
    "quizapp/core/qtypes/base.py": 92,
    "quizapp/core/qtypes/cloze.py": 93,  # generated files move it by up to 2 points
    "quizapp/core/qtypes/flashcard.py": 100,
    "quizapp/core/qtypes/matching.py": 97,
    "quizapp/core/qtypes/multiple_answer.py": 100,
    "quizapp/core/qtypes/numeric.py": 95,
    "quizapp/core/qtypes/ordering.py": 96,
    "quizapp/core/qtypes/short_answer.py": 95,  # generated files move it by up to 2 points
    "quizapp/core/qtypes/single_choice.py": 94,
    "quizapp/core/qtypes/true_false.py": 97,
    "quizapp/core/report.py": 100,
    "quizapp/core/scheduler.py": 98,
    "quizapp/core/session.py": 99,
    "quizapp/core/stats.py": 100,
    "quizapp/core/storage/__init__.py": 100,
    "quizapp/core/storage/backups.py": 85,
    "quizapp/core/storage/database.py": 89,
    "quizapp/core/storage/connection.py": 96,
    "quizapp/core/storage/exams.py": 100,
    "quizapp/core/storage/failures.py": 74,
    "quizapp/core/storage/history.py": 97,
    "quizapp/core/storage/learners.py": 100,
    "quizapp/core/storage/migrations.py": 100,
    "quizapp/core/storage/part.py": 94,
    "quizapp/core/storage/questions.py": 99,
    "quizapp/core/storage/records.py": 100,
    "quizapp/core/storage/reviews.py": 100,
    "quizapp/core/worksheet.py": 100,
}


def figures(report: dict) -> dict[str, float]:
    """Return each measured core module's coverage in percent, branches included."""
    return {
        Path(name).as_posix(): data["summary"]["percent_covered"]
        for name, data in report["files"].items()
        if Path(name).as_posix().startswith("quizapp/core/")
    }


def problems(measured: dict[str, float], floors: dict[str, int]) -> list[str]:
    """Return a line for each core module below its floor (or below a new module's floor)."""
    found = []
    for module in sorted(measured):
        floor = floors.get(module, NEW_MODULE_FLOOR)
        if measured[module] < floor:
            found.append(f"{module}: {measured[module]:.1f}% covered, below its floor of {floor}%")
    return found


def notes(measured: dict[str, float], floors: dict[str, int]) -> list[str]:
    """Return advice that does not fail the run: rows to add, raise or remove."""
    found = []
    for module in sorted(measured):
        if module not in floors:
            found.append(f"{module}: {measured[module]:.1f}% covered; give it a row in FLOORS")
        elif int(measured[module]) > floors[module] + 1:  # a point of room is left on purpose
            found.append(f"{module}: {measured[module]:.1f}% covered; its floor can rise")
    found += [
        f"{module}: not measured; remove its row" for module in floors if module not in measured
    ]
    return found


def main(argv: list[str]) -> int:
    """Check the report named in ``argv`` (default: build/coverage.json); return the exit code."""
    report_path = Path(argv[1]) if len(argv) > 1 else REPORT
    measured = figures(json.loads(report_path.read_text(encoding="utf-8")))
    for line in notes(measured, FLOORS):
        print(f"note: {line}")
    failed = problems(measured, FLOORS)
    for line in failed:
        print(f"Coverage too low: {line}")
    if not failed:
        print(f"Coverage of {len(measured)} core modules is at or above each floor.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
