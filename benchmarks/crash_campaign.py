"""Kill a scripted study session at random moments and count what was lost.

    .venv/bin/python benchmarks/crash_campaign.py --kills 300

Each round starts a child process that studies through the real code path (``ops``,
``StudySession``: show a question with its intervals, answer, often regrade), imports CSV files
and takes backups, printing an acknowledgement after each answer, regrade and import returns.
The parent SIGKILLs it after a random delay, then reopens the data folder the way the app does
and checks: every acknowledged answer is there (a regraded one replaced by its regrade, a regrade
cut short leaving the old answer or the new one, never neither), every acknowledged import is
whole, ``integrity_check`` is ok, and cards agree with the review log. Some rounds start from a
database of an older schema, so the kill may land inside its migration.

Not part of the test run: it takes minutes. Prints kills, acknowledged answers, lost answers,
integrity failures and failures to reopen; the target is 0 / 0 / 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.core import ops  # noqa: E402 - after the path is set
from quizapp.core.errors import QuizAppError  # noqa: E402
from quizapp.core.model import Rating  # noqa: E402
from quizapp.core.session import StudySession  # noqa: E402
from quizapp.core.storage import migrations  # noqa: E402
from quizapp.core.storage.records import to_ms  # noqa: E402

REPLAYED_MIGRATION = "0900_safety_answer_indexes"
"""The migration an old-schema folder lacks, so that opening it migrates (and may be killed)."""

CHILD = textwrap.dedent("""
    import json, os, random, signal, sys
    from dataclasses import replace
    from datetime import UTC, datetime
    from pathlib import Path
    from quizapp.core import maintenance, ops
    from quizapp.core.model import Rating
    from quizapp.core.session import StudySession
    from quizapp.core.storage import migrations

    data_dir, seed, mode = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    REPLAYED_MIGRATION = sys.argv[4]
    rng = random.Random(seed)
    def say(*words):
        print(json.dumps(words), flush=True)
    def die():
        say("self-kill", mode)
        os.kill(os.getpid(), signal.SIGKILL)
    if mode == "in-migration":  # the replayed migration has run, its record is not committed yet
        steps = migrations.MIGRATIONS.steps
        index = [name for name, _ in steps].index(REPLAYED_MIGRATION)
        name, run_it = steps[index]
        steps[index] = (name, lambda db: (run_it(db), die()))
    say("ready")
    library = ops.open_library(data_dir, check_later=True)  # as the app: checked by the first write
    say("opened")
    store = library.store
    profile = ops.choose_profile(store, "Ana", datetime.now(UTC))
    profile = replace(profile, new_per_day=100000, max_reviews_per_day=100000)
    store.learners.save_settings(profile)
    session = StudySession(store, profile)
    if mode == "in-regrade":  # the old answer is taken back, the new one not yet saved
        inside = []
        regrade, answer_card = session.regrade, store.reviews.answer
        def regrade_marked(*args, **kwargs):
            inside.append(True)
            try:
                return regrade(*args, **kwargs)
            finally:
                inside.clear()
        def answer_or_die(*args, **kwargs):
            if inside and rng.random() < 0.25:
                die()
            return answer_card(*args, **kwargs)
        session.regrade, store.reviews.answer = regrade_marked, answer_or_die
    def writing(what, done, total):
        if mode == "in-import" and what == "Writing" and done and rng.random() < 0.3:
            die()
    def row(answered, at):
        return [answered.record_id, answered.question.id, int(answered.rating), at]
    batch = 0
    while True:
        now = datetime.now(UTC)
        question = session.next_question(now)
        if question is None or rng.random() < (0.2 if mode == "in-import" else 0.03):
            batch += 1
            path = data_dir / f"import-{seed}-{batch}.csv"
            count = rng.randint(200, 3000)
            path.write_text("prompt,answer\\n" + "".join(
                f"Q{seed}-{batch}-{n}?,A{n}\\n" for n in range(count)), encoding="utf-8")
            report = ops.import_files(store, [path], progress=writing)
            say("import", report.set_ids[0], report.added + report.updated + report.unchanged)
            continue
        if rng.random() < 0.02:
            maintenance.back_up(store, now, "campaign")
            say("backup")
        session.intervals(question, now)
        answered = session.answer(question, Rating(rng.randint(1, 4)), now)
        at = round(now.timestamp() * 1000)
        say("ack", *row(answered, at))
        if rng.random() < 0.35:
            old = row(answered, at)
            say("regrading", *old)
            later = datetime.now(UTC)
            new = session.regrade(Rating(rng.randint(1, 4)), later)
            say("regraded", *old, *row(new, round(later.timestamp() * 1000)))
""")


@dataclass
class Tally:
    """What the campaign found."""

    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    integrity_failures: int = 0
    reopen_failures: int = 0
    migrations_killed: int = 0
    regrades_cut: int = 0
    imports_cut: int = 0
    self_kills: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def run_round(
    data_dir: Path, seed: int, delay: float, mode: str, tally: Tally
) -> list[list[object]]:
    """Start the child; kill it ``delay`` seconds after it starts, unless it killed itself.

    In the modes ``in-regrade``, ``in-import`` and ``in-migration`` the child SIGKILLs itself
    at a chosen point inside that transaction; in ``random`` only the delay decides.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), str(seed), mode, REPLAYED_MIGRATION],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stderr is not None
    if json.loads(child.stdout.readline() or '["none"]') != ["ready"]:
        raise SystemExit(f"the study child did not start: {child.stderr.read()}")
    try:
        child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(child.pid, signal.SIGKILL)
    out, err = child.communicate()
    if child.returncode != -signal.SIGKILL:
        raise SystemExit(f"the study child stopped by itself:\n{err}")
    tally.kills += 1
    messages = [json.loads(line) for line in out.splitlines() if line.strip()]
    if messages and messages[-1][0] == "self-kill":
        tally.self_kills[mode] = tally.self_kills.get(mode, 0) + 1
    return messages


def verify(
    data_dir: Path, messages: list[list[object]], expected: dict[str, object], tally: Tally
) -> None:
    """Check the folder after a kill against everything acknowledged so far."""
    answers: dict[tuple[object, ...], bool] = expected.setdefault("answers", {})  # type: ignore[assignment]
    imports: dict[str, int] = expected.setdefault("imports", {})  # type: ignore[assignment]
    in_flight_regrade = None
    for message in messages:
        kind, rest = message[0], tuple(message[1:])
        if kind == "ack":
            answers[rest] = True
            tally.acknowledged += 1
            in_flight_regrade = None
        elif kind == "regrading":
            in_flight_regrade = rest
        elif kind == "regraded":
            answers.pop(rest[:4], None)
            answers[rest[4:]] = True
            in_flight_regrade = None
        elif kind == "import":
            imports[str(rest[0])] = int(rest[1])  # type: ignore[call-overload]
    if "opened" not in [m[0] for m in messages]:
        tally.migrations_killed += expected.get("old_schema") is True
    if in_flight_regrade is not None:
        tally.regrades_cut += 1
    try:
        library = ops.open_library(data_dir)
    except QuizAppError as error:
        tally.reopen_failures += 1
        tally.notes.append(f"reopen failed: {error}")
        return
    conn = library.store.db.conn
    try:
        check = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        orphans = conn.execute(
            """SELECT COUNT(*) FROM cards c WHERE NOT EXISTS (SELECT 1 FROM reviews r
               WHERE r.profile_id = c.profile_id AND r.question_id = c.question_id)"""
        ).fetchone()[0]
        missing_cards = conn.execute(
            """SELECT COUNT(*) FROM (SELECT DISTINCT profile_id, question_id FROM reviews) r
               WHERE NOT EXISTS (SELECT 1 FROM cards c
               WHERE c.profile_id = r.profile_id AND c.question_id = r.question_id)"""
        ).fetchone()[0]
        if check != ["ok"] or orphans or missing_cards:
            tally.integrity_failures += 1
            tally.notes.append(
                f"integrity: {check[:2]}, {orphans} orphan cards, {missing_cards} cards missing"
            )
        present = {
            tuple(row)
            for row in conn.execute("SELECT id, question_id, rating, reviewed_at FROM reviews")
        }
        regraded = {
            row[0]: row[1]
            for row in conn.execute(
                "SELECT id, question_id FROM reviews WHERE response LIKE '%regraded_from%'"
            )
        }
        for answer in list(answers):
            if answer in present:
                continue
            if answer == in_flight_regrade and any(
                qid == answer[1] and rid >= answer[0]
                for rid, qid in regraded.items()  # type: ignore[operator]
            ):
                answers.pop(answer)  # the cut-short regrade was saved: the new answer replaced it
                continue
            tally.lost += 1
            tally.notes.append(f"lost answer {answer}")
            answers.pop(answer)
        for set_id, count in list(imports.items()):
            have = conn.execute(
                "SELECT COUNT(*) FROM questions WHERE set_id = ?", [set_id]
            ).fetchone()[0]
            if have < count:
                tally.lost += 1
                tally.notes.append(f"import of {set_id} lost {count - have} questions")
    finally:
        library.store.close()
    # Imports not acknowledged may or may not be there, but never in part.
    files = sorted(data_dir.glob("import-*.csv"))
    if files:
        tally.imports_cut += _partial_imports(data_dir, files, imports, tally)


def _partial_imports(
    data_dir: Path, files: list[Path], imports: dict[str, int], tally: Tally
) -> int:
    conn = sqlite3.connect(f"{(data_dir / 'quizapp.db').as_uri()}?mode=ro", uri=True)
    try:
        cut = 0
        for path in files:
            set_id = path.stem.lower()
            lines = path.read_text(encoding="utf-8").count("\n") - 1
            have = conn.execute(
                "SELECT COUNT(*) FROM questions WHERE set_id = ?", [set_id]
            ).fetchone()[0]
            if set_id not in imports:
                cut += 1
                if have not in (0, lines):
                    tally.integrity_failures += 1
                    tally.notes.append(f"import {set_id} half-written: {have} of {lines}")
            path.unlink()
        return cut
    finally:
        conn.close()


def old_schema_folder(base: Path) -> tuple[Path, dict[str, object]]:
    """Make a data folder with a database of an older schema holding some answers.

    Returns:
        The folder, and what is expected of it (its answers, to be kept through the migration).
    """
    folder = Path(tempfile.mkdtemp(dir=base))
    library = ops.open_library(folder)
    now = datetime.now(UTC)
    session = StudySession(library.store, ops.choose_profile(library.store, "Old", now))
    answers: dict[tuple[object, ...], bool] = {}
    for _ in range(5):
        answered = session.answer(session.next_question(now), Rating.GOOD, now)
        answers[(answered.record_id, answered.question.id, int(Rating.GOOD), to_ms(now))] = True
    library.store.close()
    conn = sqlite3.connect(folder / "quizapp.db")
    # Undo the answer-indexes migration so that opening the folder runs it again.
    for table in ("cards", "reviews", "practice_answers", "exam_answers"):
        conn.execute(f"DROP INDEX IF EXISTS {table}_by_question")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [REPLAYED_MIGRATION])
    conn.execute(f"PRAGMA user_version = {len(migrations.known_migration_names()) - 1}")
    conn.commit()
    conn.close()
    return folder, {"old_schema": True, "answers": answers}


def main() -> None:
    """Run the campaign and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=2.5, help="seconds, at most")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tally = Tally()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as base_name:
        base = Path(base_name)
        main_folder = base / "study"
        main_folder.mkdir()
        expected: dict[str, object] = {}
        for round_number in range(args.kills):
            draw = rng.random()
            if draw < 0.15:
                folder, state = old_schema_folder(base)
                mode = "in-migration" if draw < 0.075 else "random"
                delay = 30.0 if mode == "in-migration" else rng.uniform(0.0, 0.6)
            else:
                folder, state = main_folder, expected
                mode = "random" if draw < 0.6 else "in-regrade" if draw < 0.8 else "in-import"
                delay = rng.uniform(0.1, args.max_delay) if mode == "random" else 30.0
            messages = run_round(folder, rng.randrange(1 << 30), delay, mode, tally)
            verify(folder, messages, state, tally)
            if (round_number + 1) % 25 == 0:
                print(f"  {round_number + 1} kills, {tally.lost} lost so far", flush=True)
    print(f"kills: {tally.kills}")
    print(f"acknowledged answers: {tally.acknowledged}")
    print(f"answers lost: {tally.lost}")
    print(f"integrity failures: {tally.integrity_failures}")
    print(f"failures to reopen: {tally.reopen_failures}")
    print(
        f"kills that landed in a migration (before the library opened): {tally.migrations_killed}; "
        f"in a regrade: {tally.regrades_cut}; in an import: {tally.imports_cut}"
    )
    chosen = ", ".join(f"{mode} {count}" for mode, count in sorted(tally.self_kills.items()))
    print(f"of which killed at a chosen point inside the transaction: {chosen or 'none'}")
    print(f"time: {time.monotonic() - started:.0f} s")
    for note in tally.notes[:20]:
        print(f"  {note}")


if __name__ == "__main__":
    main()
