"""Progress files learners export, and the class report a teacher combines from a folder of them.

A progress file is JSON: ``{"format": "quizapp-progress", "version": 1, "profile": NAME,
"exported_at": ISO time, "rows": [one per set and topic, as :class:`report.TopicRow`]}``.
Files are passed by hand (a USB stick, a shared folder); there is no server.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from quizapp.core.errors import ProfileError, QuizAppError
from quizapp.core.limits import LimitError, clean_learner_name, load_json, spreadsheet_safe
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message, Remedy
from quizapp.core.model import SetId
from quizapp.core.report import CSV_COLUMNS, LearnerReport, TopicRow, csv_row

FORMAT_NAME = "quizapp-progress"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 5_000_000  # a class of sets and topics is far smaller
MAX_ROWS = 10_000
"""Most set-and-topic rows one progress file may hold (the built-in bank has about 60)."""
MAX_QUESTIONS = 1_000_000
"""Most questions one row may count."""
MAX_TIME_MS = 10 * 365 * 24 * 3600 * 1000
"""Most study time one row may count: ten years."""
CLOCK_SLACK = timedelta(days=1)
"""How far after the teacher's clock an export may be dated (computers' clocks differ)."""
_TEXT_FIELDS = ("set_id", "set_title", "topic")
_COUNT_FIELDS = (
    "questions",
    "seen",
    "mastered",
    "recalled_30_days",
    "tested_30_days",
    "time_spent_ms",
)


class ProgressFileError(QuizAppError):
    """A file in the class folder is not a progress file this quizapp can read."""


@dataclass(frozen=True)
class LearnerProgress:
    """One learner's figures as read from their progress file."""

    profile: str
    exported_at: datetime
    rows: tuple[TopicRow, ...]
    path: Path


@dataclass(frozen=True)
class ClassReport:
    """Every learner's figures per set and topic, and the files left out with the reason."""

    learners: tuple[LearnerProgress, ...]
    problems: tuple[Message, ...]


def progress_json(report: LearnerReport) -> str:
    """Return a learner's report as a progress file for their teacher."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "profile": report.profile,
        "exported_at": report.generated_at.isoformat(),
        "rows": [asdict(row) for row in report.rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def read_progress_file(path: Path, now: datetime | None = None) -> LearnerProgress:
    """Read and check one progress file: every name, figure, date and size within limits.

    Args:
        path: the file.
        now: the teacher's time; an export dated later than a day after it is refused.

    Raises:
        ProgressFileError: the file cannot be read or is not a progress file (the message
            says why, without the file name).
    """
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ProgressFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "too large for a progress file (over {megabytes} MB)"
                    ),
                    {"megabytes": MAX_FILE_BYTES // 1_000_000},
                )
            )
        document = load_json(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise ProgressFileError(
            Message(
                QT_TRANSLATE_NOOP("core", "cannot be read: {reason}"), {"reason": error.strerror}
            )
        ) from None
    except UnicodeDecodeError:
        raise ProgressFileError(
            Message(QT_TRANSLATE_NOOP("core", "not a progress file: it is not text"))
        ) from None
    except json.JSONDecodeError as error:
        raise ProgressFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "not a progress file: not valid JSON (line {line}: {reason})"
                ),
                {"line": error.lineno, "reason": error.msg},
            )
        ) from None
    except LimitError as error:
        raise ProgressFileError(
            Message(
                QT_TRANSLATE_NOOP("core", "not a progress file: {reason}"),
                {"reason": error.message},
            )
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ProgressFileError(
            Message(
                QT_TRANSLATE_NOOP("core", "not a quizapp progress file ({remedy})"),
                remedy=Remedy.EXPORT_PROGRESS,
            )
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProgressFileError(
            Message(
                QT_TRANSLATE_NOOP("core", "'version' must be a whole number, found {version}"),
                {"version": repr(version)},
            )
        )
    if version > FORMAT_VERSION:
        raise ProgressFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "written by a newer quizapp (progress format {version}; this one reads "
                    "{readable}); update quizapp to read it",
                ),
                {"version": version, "readable": FORMAT_VERSION},
            )
        )
    profile = document.get("profile")
    if not isinstance(profile, str) or not profile.strip():
        raise ProgressFileError(
            Message(QT_TRANSLATE_NOOP("core", "'profile' must be the learner's name"))
        )
    try:
        profile = clean_learner_name(profile)
    except ProfileError as error:
        raise ProgressFileError(
            Message(QT_TRANSLATE_NOOP("core", "'profile': {reason}"), {"reason": error.message})
        ) from None
    try:
        exported_at = datetime.fromisoformat(str(document.get("exported_at")))
    except ValueError:
        exported_at = None
    if exported_at is None or exported_at.tzinfo is None:
        raise ProgressFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'exported_at' must be a date and time with its time zone, found {found}",
                ),
                {"found": repr(document.get("exported_at"))},
            )
        )
    if exported_at > (now or datetime.now(UTC)) + CLOCK_SLACK:
        raise ProgressFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'exported_at' is in the future ({day}): the file was changed "
                    "or the learner's clock is wrong",
                ),
                {"day": exported_at.date()},
            )
        )
    rows = document.get("rows")
    if not isinstance(rows, list):
        raise ProgressFileError(Message(QT_TRANSLATE_NOOP("core", "'rows' must be a list")))
    if len(rows) > MAX_ROWS:
        raise ProgressFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "'rows' holds {count} rows; a progress file has at most {most}"
                ),
                {"count": len(rows), "most": MAX_ROWS},
            )
        )
    return LearnerProgress(
        profile,
        exported_at,
        tuple(_topic_row(row, number) for number, row in enumerate(rows, start=1)),
        path,
    )


def _topic_row(row: Any, number: int) -> TopicRow:
    if not isinstance(row, dict):
        raise ProgressFileError(
            Message(QT_TRANSLATE_NOOP("core", "row {number} must be a mapping"), {"number": number})
        )
    for key in _TEXT_FIELDS:
        if not isinstance(row.get(key), str):
            raise ProgressFileError(
                Message(
                    QT_TRANSLATE_NOOP("core", "row {number}: '{key}' must be text"),
                    {"number": number, "key": key},
                )
            )
    for key in _TEXT_FIELDS:
        if len(row[key]) > 500:
            raise ProgressFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "row {number}: '{key}' is longer than 500 characters"
                    ),
                    {"number": number, "key": key},
                )
            )
    for key in _COUNT_FIELDS:
        value = row.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ProgressFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "row {number}: '{key}' must be a whole number of 0 or more"
                    ),
                    {"number": number, "key": key},
                )
            )
        most = MAX_TIME_MS if key == "time_spent_ms" else MAX_QUESTIONS
        if value > most:
            raise ProgressFileError(
                Message(
                    QT_TRANSLATE_NOOP("core", "row {number}: '{key}' is {value}, more than {most}"),
                    {"number": number, "key": key, "value": value, "most": most},
                )
            )
    # Figures that cannot be: more seen than there are, more recalled than tested...
    for part, whole in (
        ("seen", "questions"),
        ("mastered", "seen"),
        ("recalled_30_days", "tested_30_days"),
    ):
        if row[part] > row[whole]:
            raise ProgressFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "row {number}: '{part}' ({part_count}) is more than "
                        "'{whole}' ({whole_count})",
                    ),
                    {
                        "number": number,
                        "part": part,
                        "part_count": row[part],
                        "whole": whole,
                        "whole_count": row[whole],
                    },
                )
            )
    return TopicRow(
        SetId(row["set_id"]),
        row["set_title"],
        row["topic"],
        *(row[key] for key in _COUNT_FIELDS),
    )


def combine(folder: Path, now: datetime | None = None) -> ClassReport:
    """Read every progress file in a folder; skip the others with a ``file: problem`` line.

    Every file that does not start with a dot is tried, and checked whole (see
    :func:`read_progress_file`). Two files with one learner's name are both shown, never
    merged or one dropped: a file may be edited to claim another learner's name, so the
    teacher is told and decides.

    Raises:
        ProgressFileError: the folder cannot be read.
    """
    try:
        paths = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    except OSError as error:
        raise ProgressFileError(
            Message(
                QT_TRANSLATE_NOOP("core", "{folder}: cannot be read: {reason}"),
                {"folder": folder, "reason": error.strerror},
            )
        ) from None
    problems: list[Message] = []
    learners: list[LearnerProgress] = []
    for path in paths:
        try:
            learners.append(read_progress_file(path, now))
        except ProgressFileError as error:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("core", "{path}: {problem}"),
                    {"path": path, "problem": error.message},
                )
            )
    learners.sort(key=lambda p: (p.profile.casefold(), p.exported_at, p.path.name))
    by_name: dict[str, list[LearnerProgress]] = {}
    for learner in learners:
        by_name.setdefault(learner.profile.casefold(), []).append(learner)
    for same in by_name.values():
        if len(same) > 1:
            files = ", ".join(p.path.name for p in same)
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{path}: '{name}' has {count} files ({files}); "
                        "all are shown: check which is right",
                    ),
                    {
                        "path": same[-1].path,
                        "name": same[-1].profile,
                        "count": len(same),
                        "files": files,
                    },
                )
            )
    return ClassReport(tuple(learners), tuple(problems))


def learner_label(report: ClassReport, learner: LearnerProgress) -> str:
    """Return the name a learner is shown under: with the file's name if another shares it."""
    same = [p for p in report.learners if p.profile.casefold() == learner.profile.casefold()]
    return learner.profile if len(same) == 1 else f"{learner.profile} ({learner.path.name})"


CLASS_CSV_COLUMNS = ("learner", *CSV_COLUMNS, "exported_at")


def class_csv(report: ClassReport) -> str:
    """Return the class table, one row per learner, set and topic, as CSV."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CLASS_CSV_COLUMNS)
    for learner in report.learners:
        for row in learner.rows:
            writer.writerow(
                [
                    spreadsheet_safe(learner_label(report, learner)),
                    *csv_row(row),
                    learner.exported_at.strftime("%Y-%m-%d %H:%M"),
                ]
            )
    return out.getvalue()
