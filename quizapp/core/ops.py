"""The user's actions, one function each, shared by the Qt UI and the command line."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.core.editing import QuestionDraft, question_from_draft
from quizapp.core.errors import (
    ExportError,
    ImportOverwriteError,
    Problem,
    ProfileError,
    QuestionEditError,
    QuestionFileError,
    QuizAppError,
    SetDeleteError,
    SetNotFoundError,
    SetRenameError,
)
from quizapp.core.formats import catalog
from quizapp.core.formats.imported import ImportOptions, ParsedFile, Skipped, text_digest
from quizapp.core.formats.native import fingerprint_files, load_question_files
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message, Remedy
from quizapp.core.model import (
    Origin,
    Profile,
    Question,
    QuestionId,
    QuestionSet,
    SetId,
    Text,
)
from quizapp.core.paths import builtin_bank_dir
from quizapp.core.qtypes import kind_of
from quizapp.core.storage import DATABASE_NAME, Store, open_store
from quizapp.core.storage.questions import QuestionChange, SetInfo, SyncReport

if TYPE_CHECKING:
    from quizapp.core.formats.delimited import TableSample
    from quizapp.core.formats.imported import Layout
    from quizapp.core.worksheet import Worksheet

DEFAULT_PROFILE_NAME = "Learner"


@dataclass(frozen=True)
class Library:
    """The open database with the built-in bank loaded into it."""

    store: Store
    path: Path
    sync: SyncReport


def open_library(
    data_dir: Path, bank_dir: Path | None = None, *, durable: bool = True, check_later: bool = False
) -> Library:
    """Open the database in ``data_dir`` and bring the built-in bank into it.

    The bank is read and checked whole before anything of it is loaded, and only when its
    files changed since the last load (their fingerprint is kept in the database). Questions
    keep their learners' progress across edits because progress hangs on the question id.
    ``durable`` and ``check_later`` are :func:`~quizapp.core.storage.open_store`'s (the app
    checks the database in the background; a bank to load waits for that check).

    Raises:
        QuestionFileError: a bank file is malformed (nothing is loaded).
        StorageError: the database cannot be used (it is left untouched).
    """
    bank = [bank_dir or builtin_bank_dir()]
    fingerprint = fingerprint_files(bank)
    path = data_dir / DATABASE_NAME
    store = open_store(path, durable=durable, check_later=check_later)
    if store.questions.source_fingerprint(Origin.BUILTIN) == fingerprint:
        return Library(store, path, SyncReport(unchanged=store.questions.count(Origin.BUILTIN)))
    try:
        sets = load_question_files(bank)
        synced = store.questions.sync_sets(sets, Origin.BUILTIN, fingerprint=fingerprint)
    except QuizAppError:
        store.close()
        raise
    return Library(store, path, synced)


def choose_profile(
    store: Store, name: str | None, now: datetime, default_name: str = DEFAULT_PROFILE_NAME
) -> Profile:
    """Return the named profile, creating it if new; without a name, the first profile.

    This is the learner picker's "switch to or add" action; to refuse unknown names use
    :func:`existing_profile`. ``default_name`` names the learner created when there is none
    yet (the UI translates it).
    """
    if name:
        return store.learners.named(name) or store.learners.create(name, now)
    return _first_profile(store, now, default_name)


def existing_profile(
    store: Store, name: str | None, now: datetime, default_name: str = DEFAULT_PROFILE_NAME
) -> Profile:
    """Return the learner called ``name``, never creating one; without a name, the first one.

    On a new database with no learner at all, the default learner is created, called
    ``default_name``.

    Raises:
        ProfileError: there is no learner called ``name`` (the message lists the known ones).
    """
    return _profile_named(store, name) if name else _first_profile(store, now, default_name)


def add_profile(store: Store, name: str, now: datetime) -> Profile:
    """Add a learner called ``name``.

    Raises:
        ProfileError: the name is blank or already taken.
    """
    return store.learners.create(name, now)


def _first_profile(store: Store, now: datetime, default_name: str) -> Profile:
    profiles = store.learners.all()
    return profiles[0] if profiles else store.learners.create(default_name, now)


def rename_profile(store: Store, name: str, new_name: str) -> Profile:
    """Give the learner called ``name`` a new name; their progress and settings stay.

    Raises:
        ProfileError: there is no such learner, or the new name is blank or taken.
    """
    return store.learners.rename(_profile_named(store, name).id, new_name)


def delete_profile(store: Store, name: str) -> None:
    """Delete the learner called ``name`` and all their progress; other learners keep theirs.

    A backup of the database is taken first.

    Raises:
        ProfileError: there is no such learner.
        StorageError: the backup could not be taken; nothing was deleted.
    """
    profile = _profile_named(store, name)
    store.back_up(datetime.now(UTC), "before-delete-learner")
    store.learners.delete(profile.id)


def _profile_named(store: Store, name: str) -> Profile:
    profile = store.learners.named(name)
    if profile is None:
        known = ", ".join(p.name for p in store.learners.all()) or "none"
        raise ProfileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "There is no profile called '{name}' (profiles: {known})."
                ),
                {"name": name, "known": known},
            )
        )
    return profile


def describe_question(question: Question) -> dict[str, Any]:
    """Return a question as plain JSON-ready data, with a block per translation."""
    language = question.prompt.primary
    described: dict[str, Any] = {
        "id": question.id,
        "set": question.set_id,
        "type": str(question.type),
        "difficulty": question.difficulty,
        **_texts(question, language),
        "source": (
            {
                "text": question.source.text,
                "part": question.source.part,
                "citation": question.source.citation,
            }
            if question.source
            else None
        ),
        "tags": list(question.tags),
    }
    described.update(kind_of(question).description(question.payload))
    languages = sorted(set(question.prompt.values) - {language})
    described["translations"] = {lang: _texts(question, lang) for lang in languages}
    return described


def _texts(question: Question, language: str) -> dict[str, Any]:
    """Return the learner-visible texts of a question in one language."""

    def text(t: Any) -> str | None:
        return t.get(language) if t is not None else None

    kind = kind_of(question)
    return {
        "topic": text(question.topic),
        "prompt": text(question.prompt),
        "options": [text(o) for o, _ in kind.options(question.payload)],
        "answers": kind.described_answers(question, question.payload, language),
        "explanation": text(question.explanation),
    }


# -- import and export -------------------------------------------------------------------------

ImportProgress = Callable[[str, int, int], None]
"""Told what an import is doing: (what, done, total). A plain callable, never a widget."""


@dataclass(frozen=True)
class ImportReport:
    """What an import did: counts of questions, and every record left out or changed, and why."""

    files: tuple[ParsedFile, ...]
    added: int
    updated: int
    unchanged: int
    skipped: tuple[Skipped, ...]
    notes: tuple[Skipped, ...]
    media: int
    set_ids: tuple[SetId, ...]


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do, read and checked whole, before anything is written.

    The import dialog shows it as the preview; :func:`import_files` writes it.
    """

    files: tuple[ParsedFile, ...]
    sets: tuple[QuestionSet, ...]
    changes: dict[QuestionId, QuestionChange]
    """What writing each question would do to the stored one."""
    overwrites: tuple[tuple[SetId, int], ...]
    """Sets other files filled whose questions this import would change, and how many."""

    def count(self, change: QuestionChange) -> int:
        """Return how many questions the import would change in this way."""
        return sum(1 for value in self.changes.values() if value == change)


def plan_import(
    store: Store,
    paths: Sequence[Path],
    *,
    fmt: str | None = None,
    progress: ImportProgress | None = None,
    options: ImportOptions | None = None,
) -> ImportPlan:
    """Read and check every file whole and tell what importing them would do; writes nothing.

    Args:
        store: the open database.
        paths: the files to import.
        fmt: the files' format (default: told from each file; see ``catalog.FORMATS``).
        progress: told about each file read.
        options: the set, separator, columns, copy and all-or-nothing choices, and limits.

    Raises:
        QuestionFileError: every problem of every file (``file:line: what is wrong``).
    """
    options = options or ImportOptions()
    report = progress or (lambda what, done, total: None)
    from quizapp.core.formats.imported import as_copy, set_identity  # importers: not at start
    from quizapp.core.formats.registry import parse_file

    options = replace(options, layouts=_import_layouts(store))
    parsed: list[ParsedFile] = []
    problems: list[Problem] = []
    for done, path in enumerate(paths):
        report(f"Reading {path.name}", done, len(paths))
        try:
            parsed.append(parse_file(path, fmt, options))
        except QuestionFileError as error:
            problems.extend(error.problems)
    if options.as_copy:
        taken = set(store.questions.set_origins())
        named = set_identity(Path(), options)[0] if options.set_name else None
        parsed = [as_copy(result, taken, named) for result in parsed]
    sets = _merge_sets(store, parsed, problems)
    if problems:
        raise QuestionFileError(problems)
    changes = store.questions.changes(q for s in sets for q in s.questions)
    overwrites = []
    for question_set in sets:
        sources = store.questions.set_sources(question_set.id)
        names = {p.path.name for p in parsed if any(s.id == question_set.id for s in p.sets)}
        replaced = sum(changes[q.id] is QuestionChange.UPDATED for q in question_set.questions)
        if replaced and sources and not names <= sources:
            overwrites.append((question_set.id, replaced))
    return ImportPlan(tuple(parsed), tuple(sets), changes, tuple(overwrites))


def sample_table(store: Store, path: Path, fmt: str | None = None) -> TableSample | None:
    """Return the first rows of a table file and its columns' roles (remembered or detected).

    None for files that are not tables (GIFT, Anki...): they have no columns to choose.

    Raises:
        QuestionFileError: the file cannot be read.
    """
    from quizapp.core.formats import registry

    return registry.sample_table(path, fmt, ImportOptions(layouts=_import_layouts(store)))


def _import_layouts(store: Store) -> dict[str, Layout]:
    """Return the column roles chosen before for each table layout."""
    from quizapp.core.formats.imported import Layout

    return {
        signature: Layout(tuple(columns), has_header)
        for signature, (columns, has_header) in store.questions.import_layouts().items()
    }


def import_files(
    store: Store,
    paths: Sequence[Path],
    *,
    set_name: str | None = None,
    fmt: str | None = None,
    separator: str | None = None,
    progress: ImportProgress | None = None,
    options: ImportOptions | None = None,
    replace_others: bool = False,
) -> ImportReport:
    """Import question files into imported sets: check every file whole, then write at once.

    Nothing is written unless every file is free of problems (or, with
    ``options.all_or_nothing`` off, the questions with problems are listed as skipped); then
    all of them are written in one transaction. Questions already imported (same stable id)
    are updated in place, so learners keep their progress; questions of the set missing from
    the files are left alone. Changing questions that another file put into a set needs
    ``replace_others``: a different file with the same titles must not replace them unasked.

    Args:
        store: the open database.
        paths: the files to import.
        set_name: put every question into the set of this name (default: one set per file).
        fmt: the files' format (default: told from each file; see ``catalog.FORMATS``).
        separator: the CSV separator (default: detected).
        progress: told about each file read and about the writing.
        options: limits and choices; ``set_name`` and ``separator`` override its fields.
        replace_others: the teacher agreed to replace questions other files put into a set.

    Returns:
        What was added, updated, unchanged and skipped.

    Raises:
        QuestionFileError: every problem of every file (``file:line: what is wrong``).
        ImportOverwriteError: the import would change questions another file put into a set.
    """
    options = replace(
        options or ImportOptions(),
        set_name=set_name or (options.set_name if options else None),
        separator=separator or (options.separator if options else None),
    )
    report = progress or (lambda what, done, total: None)
    if len(paths) == 1 and not options.as_copy:
        with _collector_paused():
            streamed = _import_streamed(store, paths[0], fmt, options, report, replace_others)
        if streamed is not None:
            return streamed
    with _collector_paused():
        plan = plan_import(store, paths, fmt=fmt, progress=progress, options=options)
    if plan.overwrites and not replace_others:
        described = ", ".join(f"{count} in '{set_id}'" for set_id, count in plan.overwrites)
        raise ImportOverwriteError(described)
    _remember_layouts(store, plan.files, options)
    total = sum(len(s.questions) for s in plan.sets)
    report("Writing", 0, total)
    with _collector_paused():
        sync = store.questions.sync_sets(
            plan.sets,
            origin=Origin.IMPORTED,
            retire=False,
            media=[m for p in plan.files for m in p.media],
            progress=lambda done, all_: report("Writing", done, all_),
        )
    store.questions.add_set_sources((s.id, p.path.name) for p in plan.files for s in p.sets)
    return ImportReport(
        files=plan.files,
        added=sync.added,
        updated=sync.updated,
        unchanged=sync.unchanged,
        skipped=tuple(s for p in plan.files for s in p.skipped),
        notes=tuple(n for p in plan.files for n in p.notes),
        media=sync.media,
        set_ids=tuple(s.id for s in plan.sets),
    )


def _import_streamed(
    store: Store,
    path: Path,
    fmt: str | None,
    options: ImportOptions,
    report: ImportProgress,
    replace_others: bool,
) -> ImportReport | None:
    """Import one file read in two passes (CSV, TSV), writing in batches in one transaction.

    No more than a batch of questions is held at a time; a problem found late rolls every
    batch back, so the outcome is :func:`import_files`'s for the same file.

    Returns:
        What was imported; None, with nothing written, if the file's format is read whole
        only or the two passes cannot prove their ids (then the caller reads it whole).

    Raises:
        QuestionFileError: as :func:`import_files`.
        ImportOverwriteError: as :func:`import_files`.
    """
    from quizapp.core.formats.imported import set_identity
    from quizapp.core.formats.registry import streamer
    from quizapp.core.formats.streamed import Batch, CannotStream

    options = replace(options, layouts=_import_layouts(store))
    found = streamer(path, fmt, options)
    if found is None:
        return None
    stream, options = found
    set_id, title = set_identity(path, options)
    builtin = store.questions.set_origins().get(set_id) is Origin.BUILTIN
    header = QuestionSet(set_id, title, origin=Origin.IMPORTED)
    problems: list[Problem] = []
    tally = {"added": 0, "updated": 0, "unchanged": 0, "written": 0}

    def write(batch: Batch) -> None:
        if builtin:
            return
        lines = {question.id: line for question, line in batch}
        if problems:  # the import fails: only the owners are still looked up, to list them
            owners = store.questions.owners(lines)
        else:
            written = store.questions.write_batch(
                header, [question for question, _ in batch], tally["written"]
            )
            owners = written.owners
            tally["added"] += written.added
            tally["updated"] += written.updated
            tally["unchanged"] += written.unchanged
            tally["written"] += len(batch)
        problems.extend(
            _owned_elsewhere(path, lines[question_id], question_id, owner)
            for question_id, owner in owners.items()
            if owner != set_id
        )

    report(f"Reading {path.name}", 0, 1)
    try:
        with store.transaction():
            parsed = stream(
                path, options, write, lambda done, total: report("Writing", done, total)
            )
            if builtin:
                raise QuestionFileError([_builtin_set(path, set_id)])
            if problems:
                raise QuestionFileError(problems)
            sources = store.questions.set_sources(set_id)
            if tally["updated"] and sources and path.name not in sources and not replace_others:
                raise ImportOverwriteError(f"{tally['updated']} in '{set_id}'")
    except CannotStream:
        return None
    _remember_layouts(store, (parsed,), options)
    set_ids = (set_id,) if tally["written"] else ()
    store.questions.add_set_sources((written_set, path.name) for written_set in set_ids)
    return ImportReport(
        files=(parsed,),
        added=tally["added"],
        updated=tally["updated"],
        unchanged=tally["unchanged"],
        skipped=parsed.skipped,
        notes=parsed.notes,
        media=0,
        set_ids=set_ids,
    )


def _remember_layouts(store: Store, files: Sequence[ParsedFile], options: ImportOptions) -> None:
    """Remember the columns the teacher chose, to offer them again for the same layout."""
    if options.columns is not None:
        for result in files:
            if result.layout:
                store.questions.save_import_layout(
                    result.layout, options.columns, options.has_header is not False
                )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while importing.

    An import makes millions of small objects and no cycles; the collector's passes over them
    grow with their number and took a fifth of a 100k-row import.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _merge_sets(
    store: Store, parsed: list[ParsedFile], problems: list[Problem]
) -> list[QuestionSet]:
    """Join the files' sets by id, recording ids used twice and clashes with the database."""
    merged: dict[SetId, QuestionSet] = {}
    places: dict[QuestionId, tuple[Path, int]] = {}
    origins = store.questions.set_origins()
    for result in parsed:
        for question_set in result.sets:
            if origins.get(question_set.id) is Origin.BUILTIN:
                problems.append(_builtin_set(result.path, question_set.id))
                continue
            for question in question_set.questions:
                line = result.lines.get(question.id, 1)
                if question.id in places:
                    first_path, first_line = places[question.id]
                    problems.append(
                        Problem(
                            result.path,
                            line,
                            Message(
                                QT_TRANSLATE_NOOP(
                                    "core", "question id '{id}' is already used at {place}"
                                ),
                                {"id": question.id, "place": f"{first_path}:{first_line}"},
                            ),
                        )
                    )
                places[question.id] = places.get(question.id, (result.path, line))
            if question_set.id in merged:
                earlier = merged[question_set.id]
                question_set = replace(
                    earlier, questions=earlier.questions + question_set.questions
                )
            merged[question_set.id] = question_set
    owners = store.questions.owners(places)
    new_sets = {q.id: s.id for s in merged.values() for q in s.questions}
    for question_id, owner in owners.items():
        if owner != new_sets[question_id]:
            problems.append(_owned_elsewhere(*places[question_id], question_id, owner))
    return list(merged.values())


def _builtin_set(path: Path, set_id: SetId) -> Problem:
    template = QT_TRANSLATE_NOOP("core", "set '{set_id}' is a built-in set; {remedy}")
    return Problem(path, 1, Message(template, {"set_id": set_id}, Remedy.CHOOSE_ANOTHER_SET))


def _owned_elsewhere(path: Path, line: int, question_id: QuestionId, owner: SetId) -> Problem:
    return Problem(
        path,
        line,
        Message(
            QT_TRANSLATE_NOOP(
                "core", "question id '{id}' already belongs to set '{owner}'; {remedy}"
            ),
            {"id": question_id, "owner": owner},
            Remedy.IMPORT_AS_COPY,
        ),
    )


@dataclass(frozen=True)
class ExportResult:
    """A set written in another format, and the questions that format cannot carry."""

    text: str
    left_out: tuple[str, ...]
    count: int
    notes: tuple[str, ...] = ()
    """What the exported questions lose in this format (their pictures, outside YAML)."""


def export_set(store: Store, set_id: str, fmt: str) -> ExportResult:
    """Write a set (built-in or imported) in a format that can be written (``catalog.writable``).

    Raises:
        SetNotFoundError: there is no enabled set with that id.
        ValueError: ``fmt`` names no format that can be written (a bug in the caller).
    """
    found = next((s for s in store.questions.sets() if s.id == set_id), None)
    if found is None:
        raise _set_not_found(store, set_id)
    question_set = replace(found, questions=tuple(store.questions.active([found.id])))
    from quizapp.core.formats.markup import IMAGE_PATTERN

    file_format = catalog.FORMATS.get(fmt)
    if file_format is None or file_format.writing is None:
        raise ValueError(f"unknown export format {fmt!r}")
    writing = file_format.writing
    pictures = {
        (question.id, match.group(1))
        for question in question_set.questions
        for match in IMAGE_PATTERN.finditer(str(question.prompt))
    }
    media = {name: store.questions.media_file(found.id, name) for _, name in sorted(pictures)}
    notes: tuple[str, ...] = ()
    if not writing.keeps_pictures:
        keeping = " or ".join(
            f.name.upper() for f in catalog.writable() if f.writing and f.writing.keeps_pictures
        )
        notes = tuple(
            f"{qid}: the picture '{name}' is not kept in {fmt.upper()} "
            f"(export to {keeping} to keep it)"
            for qid, name in sorted(pictures)
        )
    text, left_out = writing.load()(
        question_set, {name: data for name, data in media.items() if data is not None}
    )
    count = len(question_set.questions) - len(left_out)
    return ExportResult(text, tuple(left_out), count, notes + tuple(writing.changed(question_set)))


def worksheet(
    store: Store,
    set_id: str,
    *,
    draw: int | None = None,
    seed: int | None = None,
    language: str = "en",
) -> tuple[Worksheet, dict[str, bytes]]:
    """Lay out a set, or an exam drawn from it, as a paper worksheet with its answer key.

    Args:
        store: the open database.
        set_id: the set to print.
        draw: print this many questions drawn at random (as an exam draws; no flashcards).
        seed: the class's variant (shuffles questions and options); also fixes the draw.
        language: the language to print in.

    Returns:
        The worksheet and the pictures it shows (media name -> bytes).

    Raises:
        SetNotFoundError: there is no such set.
    """
    import random

    from quizapp.core.session import exam_questions
    from quizapp.core.worksheet import build_worksheet

    found = next((s for s in store.questions.sets() if s.id == set_id), None)
    if found is None:
        raise _set_not_found(store, set_id)
    questions = store.questions.active([found.id])
    if draw is not None:
        questions = exam_questions(store, [found.id], draw, random.Random(seed))
    sheet = build_worksheet(questions, found.title.get(language), seed=seed, language=language)
    media = {name: store.questions.media_file(found.id, name) for name in sheet.pictures}
    return sheet, {name: data for name, data in media.items() if data is not None}


def export_progress(store: Store, profile: Profile, path: Path, now: datetime) -> Path:
    """Save a learner's progress file for their teacher; return where it was saved.

    Raises:
        ExportError: the file cannot be written (any older file there is unchanged).
    """
    from quizapp.core import classreport, report  # not at start
    from quizapp.core.files import write_text_atomic

    learner = report.learner_report(store, profile, now)
    try:
        write_text_atomic(path, classreport.progress_json(learner))
    except OSError as error:
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "Cannot write {path}: {reason}. Choose another folder or file."
                ),
                {"path": path, "reason": error.strerror or error},
            )
        ) from None
    return path


# -- managing sets and browsing questions ---------------------------------------------------


def list_sets(store: Store) -> list[SetInfo]:
    """Return every set, enabled or not, in the order the app shows them; deleted ones last."""
    return store.questions.set_listing()


def set_enabled(store: Store, set_id: SetId, enabled: bool) -> SetInfo:
    """Enable or disable a set for study; return it as it is now.

    Raises:
        SetNotFoundError: there is no such set.
    """
    _set_info(store, set_id)
    store.questions.set_enabled(set_id, enabled)
    return _set_info(store, set_id)


def rename_set(store: Store, set_id: SetId, title: str) -> SetInfo:
    """Give an imported set a new title; its id and its learners' progress stay.

    Raises:
        SetNotFoundError: there is no such set.
        SetRenameError: the title is blank, or the set is built in (its file names it).
    """
    info = _set_info(store, set_id)
    title = " ".join(title.split())
    if not title:
        raise SetRenameError(Message(QT_TRANSLATE_NOOP("core", "A set needs a title.")))
    if info.origin is Origin.BUILTIN:
        raise SetRenameError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "'{title}' is a built-in set; its title comes with the app."
                ),
                {"title": info.title},
            )
        )
    store.questions.rename_set(set_id, Text.plain(title))
    return _set_info(store, set_id)


def delete_set(store: Store, set_id: SetId, *, delete_history: bool = False) -> int:
    """Delete an imported set; keep learners' history of it unless told to delete that too.

    Without ``delete_history`` the set is hidden and its questions retired: they leave study,
    lists and reports, and the set is listed as deleted. Importing it again brings it back
    with its history. With ``delete_history`` (also for a set deleted before), the set, its
    questions and every learner's answers to them are deleted for good.

    A backup of the database is taken before history is deleted.

    Returns:
        How many answers were deleted (0 while the history is kept).

    Raises:
        SetNotFoundError: there is no such set.
        SetDeleteError: the set is built in (it comes with the app).
    """
    info = _set_info(store, set_id)
    if info.origin is Origin.BUILTIN:
        raise SetDeleteError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{title}' is a built-in set; it comes with the app. Untick it to hide it.",
                ),
                {"title": info.title},
            )
        )
    if delete_history:
        store.back_up(datetime.now(UTC), "before-delete-set")
        return store.questions.purge_set(set_id)
    store.questions.hide_set(set_id)
    return 0


def _set_not_found(store: Store, set_id: str) -> SetNotFoundError:
    known = ", ".join(s.id for s in store.questions.sets())
    return SetNotFoundError(
        Message(
            QT_TRANSLATE_NOOP("core", "There is no set '{set_id}' (sets: {known})."),
            {"set_id": set_id, "known": known},
        )
    )


def _set_info(store: Store, set_id: SetId) -> SetInfo:
    for info in list_sets(store):
        if info.id == set_id:
            return info
    raise _set_not_found(store, set_id)


def find_questions(
    store: Store,
    text: str = "",
    set_id: SetId | None = None,
    qtype: str | None = None,
    tag: str | None = None,
    topic: str | None = None,
) -> list[Question]:
    """Return the active questions of enabled sets that match every filter given.

    ``text`` is looked for, ignoring case, in the prompt, answers, options and explanation
    in every language.
    """
    needle = text.casefold().strip()
    found = []
    for question in store.questions.active([set_id] if set_id else None):
        if qtype is not None and question.type != qtype:
            continue
        if tag and tag not in question.tags:
            continue
        if topic and (question.topic is None or str(question.topic) != topic):
            continue
        if needle and needle not in _searchable(question):
            continue
        found.append(question)
    return found


def _searchable(question: Question) -> str:
    texts = [question.prompt, question.explanation, question.topic]
    texts += kind_of(question).texts(question.payload)
    return "\n".join(v for t in texts if t is not None for v in t.values.values()).casefold()


# -- editing questions of imported sets ------------------------------------------------------

NEW_QUESTION_ID = QuestionId("new")
"""The id a question being written in the editor is checked under, until it is saved."""


def check_question(
    store: Store, set_id: SetId, draft: QuestionDraft, question_id: QuestionId | None = None
) -> Question:
    """Check a question being edited (or written, without an id) exactly as a file's; save nothing.

    Raises:
        QuestionEditError: the first problem with the question, or the set cannot be edited.
    """
    _editable_set(store, set_id)
    original = store.questions.get(question_id) if question_id else None
    return question_from_draft(draft, question_id or NEW_QUESTION_ID, set_id, original)


def save_question(
    store: Store, set_id: SetId, draft: QuestionDraft, question_id: QuestionId | None = None
) -> Question:
    """Save an edited question under its id (learners keep their progress), or add a new one.

    A new question's id is made from its prompt, as an import makes it. The question is
    written in one transaction, and only once it is valid.

    Returns:
        The question as saved.

    Raises:
        QuestionEditError: the question has a problem, or its set is built in; nothing is saved.
    """
    question = check_question(store, set_id, draft, question_id)
    if question_id is None:
        base = new_id = f"{set_id}-{text_digest(str(question.prompt))}"
        count = 1
        while store.questions.owners([QuestionId(new_id)]):
            count += 1
            new_id = f"{base}-{count}"
        question = replace(question, id=QuestionId(new_id))
    store.questions.save(question)
    return question


def delete_question(store: Store, question_id: QuestionId) -> None:
    """Retire a question of an imported set: it leaves study and lists, its history stays.

    Raises:
        QuestionEditError: the question is in a built-in set.
    """
    _editable_set(store, store.questions.get(question_id).set_id)
    store.questions.retire(question_id)


def editable_sets(store: Store) -> list[SetInfo]:
    """Return the sets whose questions can be edited in the app: the imported ones."""
    return [
        info for info in list_sets(store) if info.origin is not Origin.BUILTIN and not info.deleted
    ]


def _editable_set(store: Store, set_id: SetId) -> None:
    origin = store.questions.set_origins().get(set_id)
    if origin is None:
        raise _set_not_found(store, set_id)
    if origin is Origin.BUILTIN:
        raise QuestionEditError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{set_id}' is a built-in set; its questions come with the app and cannot be "
                    "edited here. Export it and import the copy to change it.",
                ),
                {"set_id": set_id},
            )
        )
