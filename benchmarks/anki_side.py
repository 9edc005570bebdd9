"""Anki's side of the benchmarks, run by the Anki environment's Python (benchmarks/.venv-anki).

Each command prints one JSON object on its last line. Usage:
    anki_side.py profile BASE NOTES [COLLECTION]   make an Anki base folder: profile "bench"
                        with NOTES notes (or a copy of COLLECTION), and the benchmark add-on
    anki_side.py build PATH NOTES REVIEWS   make a collection of NOTES cards, all studied
    anki_side.py core PATH RUNS             time next card, answer and statistics
    anki_side.py counts PATH RUNS           time the deck list's counts
    anki_side.py import TSV RUNS         time importing a TSV file into an empty collection
    anki_side.py import-peak TSV         import it once; time and the process's peak memory
"""

from __future__ import annotations

import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from anki.collection import AddNoteRequest, Collection, ImportCsvRequest
from anki.import_export_pb2 import CsvMetadata
from anki.scheduler.v3 import CardAnswer

HERE = Path(__file__).parent


def add_notes(col: Collection, count: int) -> None:
    """Add ``count`` Basic notes (front "Question i", back "Answer i") to the default deck."""
    notetype = col.models.by_name("Basic")
    assert notetype is not None
    batch: list[AddNoteRequest] = []
    for index in range(count):
        note = col.new_note(notetype)
        note["Front"] = f"Question {index}: what does article {index % 55} of the charter say?"
        note["Back"] = f"Answer {index}"
        batch.append(AddNoteRequest(note=note, deck_id=1))
        if len(batch) == 5000:
            col.add_notes(batch)
            batch = []
    if batch:
        col.add_notes(batch)


def make_profile(base: Path, notes: int, collection: Path | None = None) -> dict:
    """Create a base folder that opens straight on a deck list, with the add-on installed.

    The profile's collection gets ``notes`` new notes, or is a copy of ``collection``.
    """
    from aqt.profiles import ProfileManager

    base.mkdir(parents=True, exist_ok=True)
    manager = ProfileManager(base)
    manager.setupMeta()
    manager.meta["firstRun"] = False
    manager.meta["defaultLang"] = "en_US"
    manager.set_update_check(False)
    manager.set_check_for_addon_updates(False)
    manager.create("bench")
    manager.load("bench")
    manager.profile["autoSync"] = False
    manager.save()
    (base / "bench").mkdir(exist_ok=True)
    if collection:
        shutil.copy(collection, base / "bench" / "collection.anki2")
    else:
        col = Collection(str(base / "bench" / "collection.anki2"))
        add_notes(col, notes)
        col.close()
    addon = base / "addons21" / "quizapp_bench"
    shutil.rmtree(addon, ignore_errors=True)
    shutil.copytree(HERE / "anki_addon", addon)
    return {"base": str(base), "notes": notes}


def build_large(path: Path, notes: int, reviews: int) -> None:
    """Make a collection of ``notes`` review cards with ``reviews`` revlog entries in all."""
    col = Collection(str(path))
    add_notes(col, notes)
    today = col.sched.today
    # Plain SQL, one statement each: the backend commits every statement on its own.
    col.db.execute(
        "update cards set type = 2, queue = 2, ivl = 1 + abs(random()) % 200, "
        "due = ? + abs(random()) % 230, factor = 2500, reps = 10",
        today - 30,
    )
    now_ms = int(time.time() * 1000) - 86400 * 1000  # up to yesterday, as quizapp's
    per_card = reviews // notes
    step_ms = 3 * 365 * 86400 * 1000 // reviews
    col.db.execute(
        """with recursive k(i) as (select 0 union all select i + 1 from k where i + 1 < ?)
           insert into revlog
           select ? + (c.rn * ? + k.i) * ?, c.id, -1,
                  case when abs(random()) % 10 = 0 then 1 else 3 end, 10, 5, 2500, 8000, 1
           from (select id, row_number() over (order by id) - 1 as rn from cards) c, k""",
        per_card,
        now_ms - 3 * 365 * 86400 * 1000,
        per_card,
        step_ms,
    )
    col.close()


def core(path: Path, runs: int) -> dict:
    """Time the backend's next card, answer (committed) and statistics on a large collection."""
    col = Collection(str(path))
    # Like quizapp's benchmark learner: no daily cap on the reviews answered here.
    config = col.decks.config_dict_for_deck_id(1)
    config["rev"]["perDay"] = 9999  # the largest Anki keeps
    col.decks.update_config(config)
    next_times, with_note, answer_times = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        queued = col.sched.get_queued_cards(fetch_limit=1)
        next_times.append(time.perf_counter() - started)
        # What the reviewer does next to have the question's text: the card and its note.
        card = col.get_card(queued.cards[0].card.id)
        card.note()
        with_note.append(time.perf_counter() - started)
        card.start_timer()
        started = time.perf_counter()
        states = col._backend.get_scheduling_states(card.id)
        answer = col.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD)
        col.sched.answer_card(answer)
        answer_times.append(time.perf_counter() - started)
    graphs = []
    for _ in range(max(3, runs // 20)):
        started = time.perf_counter()
        col._backend.graphs(search="", days=365)
        graphs.append(time.perf_counter() - started)
    counts = {
        "cards": col.card_count(),
        "revlog": col.db.scalar("select count() from revlog"),
    }
    col.close()
    return {
        "next_s": statistics.median(next_times),
        "next_with_note_s": statistics.median(with_note),
        "answer_s": statistics.median(answer_times),
        "stats_s": statistics.median(graphs),
        **counts,
    }


def deck_list(path: Path, runs: int) -> dict:
    """Time the deck list's counts, with the default daily limits (200 reviews, 20 new)."""
    col = Collection(str(path))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        tree = col.sched.deck_due_tree()
        times.append(time.perf_counter() - started)
    col.close()
    return {"deck_list_s": statistics.median(times), "due": tree.review_count}


def import_tsv(tsv: Path, runs: int) -> dict:
    """Time importing a two-column TSV (front, back) into an empty collection."""
    times, sizes, added = [], [], 0
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp())
        col = Collection(str(folder / "collection.anki2"))
        started = time.perf_counter()
        metadata = col.get_csv_metadata(str(tsv), CsvMetadata.Delimiter.TAB)
        result = col.import_csv(ImportCsvRequest(path=str(tsv), metadata=metadata))
        times.append(time.perf_counter() - started)
        added = len(result.log.new)
        col.close()
        sizes.append((folder / "collection.anki2").stat().st_size)
        shutil.rmtree(folder)
    return {"import_s": statistics.median(times), "added": added, "db_bytes": sizes[-1]}


def import_peak(tsv: Path) -> dict:
    """Import a TSV once into an empty collection; return the time and the peak memory (MiB)."""
    folder = Path(tempfile.mkdtemp())
    col = Collection(str(folder / "collection.anki2"))
    started = time.perf_counter()
    metadata = col.get_csv_metadata(str(tsv), CsvMetadata.Delimiter.TAB)
    result = col.import_csv(ImportCsvRequest(path=str(tsv), metadata=metadata))
    seconds = time.perf_counter() - started
    col.close()
    shutil.rmtree(folder)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"import_s": seconds, "added": len(result.log.new), "peak_mib": peak}


def main() -> None:
    command, *args = sys.argv[1:]
    if command == "profile":
        result = make_profile(Path(args[0]), int(args[1]), Path(args[2]) if args[2:] else None)
    elif command == "build":
        started = time.perf_counter()
        build_large(Path(args[0]), int(args[1]), int(args[2]))
        result = {"build_s": time.perf_counter() - started}
    elif command == "core":
        result = core(Path(args[0]), int(args[1]))
    elif command == "counts":
        result = deck_list(Path(args[0]), int(args[1]))
    elif command == "import":
        result = import_tsv(Path(args[0]), int(args[1]))
    elif command == "import-peak":
        result = import_peak(Path(args[0]))
    else:
        raise SystemExit(__doc__)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
