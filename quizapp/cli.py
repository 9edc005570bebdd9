"""The ``quizapp`` command: opens the app, or runs a headless command over the same core."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import click

from quizapp import __version__
from quizapp.core import ops
from quizapp.core.errors import Problem, QuestionFileError, QuizAppError
from quizapp.core.formats import catalog
from quizapp.core.formats.catalog import FileFormat
from quizapp.core.formats.registry import SEPARATORS
from quizapp.core.messages import Message, Remedy
from quizapp.core.model import Profile, SetId
from quizapp.core.paths import DATA_DIR_VARIABLE, default_data_dir
from quizapp.core.storage import Store


class _Context:
    """Options shared by every command, and the one way a command opens the database."""

    def __init__(self, data_dir: Path, profile_name: str | None):
        self.data_dir = data_dir
        self.profile_name = profile_name

    @contextmanager
    def library(self) -> Iterator[ops.Library]:
        """Open the library for one command and close it after; errors end it as ``Error: ...``."""
        try:
            library = ops.open_library(self.data_dir)
        except QuizAppError as error:
            raise click.ClickException(_in_words(error)) from None
        try:
            yield library
        except QuizAppError as error:
            raise click.ClickException(_in_words(error)) from None
        finally:
            library.store.close()

    @contextmanager
    def store(self) -> Iterator[Store]:
        """Open the database for one command (see :meth:`library`)."""
        with self.library() as library:
            yield library.store

    def profile(self, store: Store) -> Profile:
        """Return the learner named by ``--profile`` (never creating one), or the first one."""
        return ops.existing_profile(store, self.profile_name, datetime.now(UTC))


_REMEDIES = {
    Remedy.CHOOSE_FORMAT: "name it with --format",
    Remedy.CHOOSE_SEPARATOR: "name one with --separator",
    Remedy.CHOOSE_COLUMNS: "name each column's role with --columns",
    Remedy.CHOOSE_ANOTHER_SET: "import into another set with --set NAME",
    Remedy.IMPORT_AS_COPY: "import it again with --copy to have it in both sets",
    Remedy.EXPORT_PROGRESS: "make one with 'quizapp export-progress'",
    Remedy.REPLACE_OR_COPY: "Import again with --replace to replace them, or with --copy to keep "
    "both.",
}
"""What to do about a problem, in the command line's words (the GUI names its controls)."""


def _in_words(error: QuizAppError) -> str:
    """Return an error's message with what to do said in terms of this command's options."""
    if isinstance(error, QuestionFileError):
        return "\n".join(_problem_in_words(problem) for problem in error.problems)
    return error.message.text(say=_REMEDIES.__getitem__)


def _problem_in_words(problem: Problem) -> str:
    message = problem.message
    text = message.text(say=_REMEDIES.__getitem__) if isinstance(message, Message) else message
    return f"{problem.path}:{problem.line}: {text}"


class _FormatChoice(click.Choice[str]):
    """The names of the formats the catalog holds when the command runs, not when it loaded."""

    def __init__(self, formats: Callable[[], list[FileFormat]]):
        self.formats = formats
        super().__init__(())

    @property  # read from the catalog each time
    def choices(self) -> tuple[str, ...]:
        """Return the formats' names."""
        return tuple(fmt.name for fmt in self.formats())

    @choices.setter
    def choices(self, _names: tuple[str, ...]) -> None:
        """Ignore the names click's constructor sets: the catalog gives them."""


_output_option = click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (default: print).",
)


@click.group(invoke_without_command=True)
@click.version_option(__version__, prog_name="quizapp")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=DATA_DIR_VARIABLE,
    help=f"Folder of the app's database (default: the user data folder; or ${DATA_DIR_VARIABLE}).",
)
@click.option(
    "--profile", help="Learner profile to use (add one with 'quizapp profiles add NAME')."
)
@click.option(
    "--quit-after-show",
    type=float,
    is_flag=False,
    flag_value=0.0,
    hidden=True,
    help="Close the app this many seconds (default 0) after the home screen is shown.",
)
@click.pass_context
def cli(
    ctx: click.Context, data_dir: Path | None, profile: str | None, quit_after_show: float | None
) -> None:
    """Study how ASEAN is built with flashcards, quizzes and spaced repetition.

    Without a command, opens the app.
    """
    ctx.obj = _Context(data_dir or default_data_dir(), profile)
    if ctx.invoked_subcommand is None:
        # The one place the command line reaches into the UI: opening the window.
        from quizapp.ui.app import run_app

        sys.exit(run_app(ctx.obj.data_dir, profile, quit_after_show))


@cli.command()
@click.pass_obj
def check(context: _Context) -> None:
    """Open or create the database, load the built-in bank, and report what was found."""
    with context.library() as library:
        _print_check(library)


def _print_check(library: ops.Library) -> None:
    store = library.store
    sets = store.questions.sets()
    questions = store.questions.active()
    click.echo(f"quizapp {__version__}")
    click.echo(f"database: {library.path}")
    sync = library.sync
    click.echo(
        f"built-in bank: {len(sets)} sets, {len(questions)} questions "
        f"({sync.added} added, {sync.updated} updated, {sync.unchanged} unchanged, "
        f"{sync.retired} retired)"
    )
    for question_set in sets:
        count = sum(q.set_id == question_set.id for q in questions)
        click.echo(f"  {question_set.id}: {count} questions - {question_set.title}")
    click.echo(f"profiles: {', '.join(p.name for p in store.learners.all()) or 'none yet'}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def validate(paths: tuple[Path, ...]) -> None:
    """Check question files (or folders of them); print file:line: problem for each problem."""
    from quizapp.core.formats.native import load_question_files, question_files

    try:
        sets = load_question_files(paths)
    except QuestionFileError as error:
        for problem in error.problems:
            click.echo(_problem_in_words(problem))
        click.echo(f"{len(error.problems)} problem(s) found.", err=True)
        sys.exit(1)
    count = sum(len(s.questions) for s in sets)
    click.echo(f"{len(question_files(paths))} file(s), {len(sets)} set(s), {count} questions: OK")


_json_only = click.option(
    "--json", "as_json", is_flag=True, required=True, help="Print JSON (the only format)."
)


@cli.command("list")
@_json_only
@click.pass_obj
def list_questions(context: _Context, as_json: bool) -> None:
    """Print every question in the bank as JSON."""
    with context.store() as store:
        described = [ops.describe_question(q) for q in store.questions.active()]
    click.echo(json.dumps(described, ensure_ascii=False, indent=2))


@cli.command("stats")
@_json_only
@click.pass_obj
def show_stats(context: _Context, as_json: bool) -> None:
    """Print the profile's progress as JSON."""
    from quizapp.core import stats

    with context.store() as store:
        profile = context.profile(store)
        progress = stats.progress(store, profile, datetime.now(UTC))
    click.echo(
        json.dumps(
            {
                "profile": profile.name,
                "sets": [vars(s) for s in progress.sets],
                "reviews_today": progress.reviews_today,
                "streak_days": progress.streak_days,
                "reviews_30_days": progress.reviews_30_days,
                "retention_30_days": progress.retention_30_days,
            },
            indent=2,
        )
    )


@cli.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--set", "set_name", help="Put every question into the set of this name.")
@click.option(
    "--format",
    "fmt",
    type=_FormatChoice(catalog.readable),
    help="The files' format (default: told from each file).",
)
@click.option(
    "--separator",
    type=click.Choice(list(SEPARATORS)),
    help="The CSV separator (default: detected).",
)
@click.option(
    "--columns",
    help="For CSV and spreadsheets: each column's role, in order, separated by commas "
    "(prompt, answer, option, explanation, ...; leave one empty to skip it). Remembered for "
    "files laid out the same way.",
)
@click.option(
    "--header/--no-header",
    default=None,
    help="With --columns: whether the first row names the columns (default: it does).",
)
@click.option(
    "--keep-valid",
    is_flag=True,
    help="Import the valid questions and list the others (default: all or nothing).",
)
@click.option(
    "--copy",
    "as_copy",
    is_flag=True,
    help="Import as a copy: a new set 'TITLE (copy)' with new question ids.",
)
@click.option(
    "--replace",
    "replace_others",
    is_flag=True,
    help="Replace questions that another file put into the set (asked otherwise).",
)
@click.pass_obj
def import_command(
    context: _Context,
    files: tuple[Path, ...],
    set_name: str | None,
    fmt: str | None,
    separator: str | None,
    columns: str | None,
    header: bool | None,
    keep_valid: bool,
    as_copy: bool,
    replace_others: bool,
) -> None:
    """Import question files (CSV, spreadsheets, GIFT, Aiken, Moodle XML, Anki, our YAML)."""
    from quizapp.core.formats.imported import ImportOptions

    roles = tuple(role.strip().casefold() for role in columns.split(",")) if columns else None
    options = ImportOptions(
        columns=roles,
        has_header=header if header is not None or roles is None else True,
        all_or_nothing=not keep_valid,
        as_copy=as_copy,
    )

    def show_progress(what: str, done: int, total: int) -> None:
        click.echo(f"{what}: {done}/{total}", err=True)

    with context.store() as store:
        try:
            result = ops.import_files(
                store,
                files,
                set_name=set_name,
                fmt=fmt,
                separator=SEPARATORS[separator] if separator else None,
                progress=show_progress,
                options=options,
                replace_others=replace_others,
            )
        except QuestionFileError as error:
            for problem in error.problems:
                click.echo(_problem_in_words(problem))
            raise click.ClickException(
                f"{len(error.problems)} problem(s) found; nothing was imported."
            ) from None
    for parsed in result.files:
        if parsed.encoding not in ("", "UTF-8"):
            click.echo(f"{parsed.path}: read as {parsed.encoding}")
    for skipped in result.skipped:
        click.echo(f"skipped: {skipped}")
    for note in result.notes:
        click.echo(f"note: {note}")
    where = f"Imported into {', '.join(result.set_ids)}" if result.set_ids else "Imported nothing"
    click.echo(
        f"{where}: {result.added} added, {result.updated} updated, {result.unchanged} unchanged, "
        f"{len(result.skipped)} skipped, {result.media} media file(s)."
    )


@cli.command("print")
@click.argument("set_id")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The PDF file to write.",
)
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True)
@click.option(
    "--draw", type=click.IntRange(min=1), help="Print this many questions drawn at random."
)
@click.option(
    "--variant",
    type=int,
    help="A class's variant: shuffles the questions and options (the same number, the same paper).",
)
@click.option("--language", type=click.Choice(["en", "id"]), default="en", show_default=True)
@click.pass_obj
def print_command(
    context: _Context,
    set_id: str,
    output: Path,
    paper: str,
    draw: int | None,
    variant: int | None,
    language: str,
) -> None:
    """Print a set, or an exam drawn from it, as a worksheet PDF with its answer key."""
    with context.store() as store:
        sheet, media = ops.worksheet(store, set_id, draw=draw, seed=variant, language=language)
    printing, _application = _printing()
    pages = printing.write_pdf(sheet, media, output, paper)
    click.echo(f"Wrote {pages} page(s) to {output}: the questions, then the answer key.")


def _printing() -> tuple[ModuleType, object]:
    """Start Qt without a window (unless a display is there); return its printing module.

    The caller keeps the application (the second value) while it prints.
    """
    import os

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is needed
    from PySide6.QtWidgets import QApplication

    from quizapp.ui import printing

    return printing, QApplication.instance() or QApplication([])


@cli.command("export")
@click.argument("set_id")
@click.option(
    "--format",
    "fmt",
    type=_FormatChoice(catalog.writable),
    default=catalog.writable()[0].name,
    show_default=True,
)
@_output_option
@click.pass_obj
def export_command(context: _Context, set_id: str, fmt: str, output: Path | None) -> None:
    """Export a question set in another file format (CSV, GIFT...) or as our own YAML."""
    with context.store() as store:
        result = ops.export_set(store, set_id, fmt)
    for reason in result.left_out:
        click.echo(f"left out: {reason}", err=True)
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    _write_or_print(result.text, output, f"Wrote {result.count} questions to {output}.")


@cli.command("delete-set")
@click.argument("set_id")
@click.option(
    "--history", is_flag=True, help="Also delete every learner's answers to its questions."
)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def delete_set_command(context: _Context, set_id: str, history: bool, yes: bool) -> None:
    """Delete an imported set; learners' history of it is kept unless --history is given."""
    if not yes:
        what = "and every learner's history of it" if history else "(learners' history is kept)"
        click.confirm(f"Delete the set '{set_id}' {what}?", abort=True)
    with context.store() as store:
        answers = ops.delete_set(store, SetId(set_id), delete_history=history)
    if history:
        click.echo(f"Deleted '{set_id}' and {answers} answer(s) to its questions.")
    else:
        click.echo(f"Deleted '{set_id}'; learners' history of it is kept (import it to restore).")


@cli.command("report")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "html", "pdf"]),
    default="html",
    show_default=True,
    help="pdf: on A4, charts as vectors (needs --output).",
)
@_output_option
@click.pass_obj
def report_command(context: _Context, fmt: str, output: Path | None) -> None:
    """Print a learner's progress report (use --profile) per set and topic: CSV, HTML or PDF."""
    from quizapp.core import report  # the reports load only for their commands: start stays fast

    if fmt == "pdf" and output is None:
        raise click.UsageError("--format pdf needs --output FILE.")
    with context.store() as store:
        learner = report.learner_report(store, context.profile(store), datetime.now(UTC))
    if fmt == "pdf":
        assert output is not None
        printing, _application = _printing()
        pages = printing.write_report_pdf(
            lambda figure: report.to_html(learner, figure), f"Progress of {learner.profile}", output
        )
        click.echo(f"Wrote the report ({pages} page(s)) to {output}.", err=True)
        return
    text = report.to_csv(learner) if fmt == "csv" else report.to_html(learner)
    _write_or_print(text, output, f"Wrote the report to {output}.")


@cli.command("fit")
@click.pass_obj
def fit_command(context: _Context) -> None:
    """Fit a learner's own scheduling parameters now (use --profile); kept only if better."""
    from quizapp.core import personal

    with context.store() as store:
        profile = context.profile(store)
        record = personal.fit_now(store, profile, datetime.now(UTC))
    verdict = "adopted" if record.adopted_at == record.checked_at else "not adopted, kept"
    click.echo(
        f"Fitted on {record.answers} answers. Log loss on the newest answers: "
        f"{record.loss_kept:.4f} with the parameters in force, {record.loss_fitted:.4f} fitted: "
        f"{verdict}."
    )


def _write_or_print(text: str, output: Path | None, done: str) -> None:
    """Print ``text``, or write it safely to ``output`` and say ``done`` on stderr."""
    from quizapp.core.files import write_text_atomic

    if output is None:
        click.echo(text, nl=False)
        return
    try:
        write_text_atomic(output, text)
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror}") from None
    click.echo(done, err=True)


@cli.command("export-progress")
@_output_option
@click.pass_obj
def export_progress_command(context: _Context, output: Path | None) -> None:
    """Export a learner's progress (use --profile) as a file for the teacher's class report."""
    from quizapp.core import classreport, report

    with context.store() as store:
        profile = context.profile(store)
        learner = report.learner_report(store, profile, datetime.now(UTC))
    _write_or_print(
        classreport.progress_json(learner),
        output,
        f"Wrote the progress of {profile.name} to {output}.",
    )


@cli.command("class-report")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@_output_option
def class_report_command(folder: Path, output: Path | None) -> None:
    """Combine the progress files in FOLDER into one CSV table per learner, set and topic."""
    from quizapp.core import classreport

    try:
        combined = classreport.combine(folder)
    except QuizAppError as error:
        raise click.ClickException(_in_words(error)) from None
    for problem in combined.problems:
        click.echo(problem.text(say=_REMEDIES.__getitem__), err=True)
    if not combined.learners:
        raise click.ClickException(f"There is no progress file in {folder}.")
    _write_or_print(
        classreport.class_csv(combined),
        output,
        f"Wrote the progress of {len(combined.learners)} learner(s) to {output}.",
    )


@cli.group("profiles", invoke_without_command=True)
@click.pass_context
def profiles_group(ctx: click.Context) -> None:
    """List the learner profiles on this computer; rename or delete one."""
    if ctx.invoked_subcommand is None:
        with ctx.obj.store() as store:
            for profile in store.learners.all():
                click.echo(profile.name)


@profiles_group.command("add")
@click.argument("name")
@click.pass_obj
def add_profile_command(context: _Context, name: str) -> None:
    """Add a learner profile."""
    with context.store() as store:
        profile = ops.add_profile(store, name, datetime.now(UTC))
    click.echo(f"Added '{profile.name}'.")


@profiles_group.command("rename")
@click.argument("name")
@click.argument("new_name")
@click.pass_obj
def rename_profile_command(context: _Context, name: str, new_name: str) -> None:
    """Rename a learner profile; its progress and settings stay."""
    with context.store() as store:
        profile = ops.rename_profile(store, name, new_name)
    click.echo(f"Renamed '{name}' to '{profile.name}'.")


@profiles_group.command("delete")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def delete_profile_command(context: _Context, name: str, yes: bool) -> None:
    """Delete a learner profile and all of its progress (other learners keep theirs)."""
    if not yes:
        click.confirm(
            f"Delete '{name}' and all of their progress? This cannot be undone.", abort=True
        )
    with context.store() as store:
        ops.delete_profile(store, name)
    click.echo(f"Deleted '{name}' and their progress.")


# -- keeping data safe -----------------------------------------------------------------------


@contextmanager
def _reported() -> Iterator[None]:
    """End a command that does not open the library with ``Error: ...`` for our errors."""
    try:
        yield
    except QuizAppError as error:
        raise click.ClickException(_in_words(error)) from None


@cli.command("backup")
@click.option("--list", "listing", is_flag=True, help="List the backups instead of taking one.")
@click.pass_obj
def backup_command(context: _Context, listing: bool) -> None:
    """Back up the whole database now (learners' progress and every set)."""
    from quizapp.core import maintenance

    if listing:
        _print_backups(context.data_dir)
        return
    with context.store() as store:
        report = maintenance.back_up(store, datetime.now(UTC))
    click.echo(f"Backed up to {report.backup.path}.")
    if report.pruned:
        click.echo(f"Removed {len(report.pruned)} old backup(s) no longer kept by the schedule.")


@cli.command("backups")
@click.pass_obj
def backups_command(context: _Context) -> None:
    """List the backups, newest first, with why each was taken."""
    _print_backups(context.data_dir)


def _print_backups(data_dir: Path) -> None:
    from quizapp.core import maintenance

    found = maintenance.backups(data_dir)
    if not found:
        click.echo("No backups yet.")
    for backup in found:
        size = backup.path.stat().st_size / 1e6
        click.echo(f"{backup.name}  {backup.taken_at:%Y-%m-%d %H:%M} UTC  {size:.1f} MB")


@cli.command("restore")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def restore_command(context: _Context, name: str, yes: bool) -> None:
    """Put back the backup NAME (as listed by `quizapp backups`); the current data is backed up."""
    if not yes:
        click.confirm(
            f"Replace all current data with the backup {name}? (The current data is backed up "
            "first.)",
            abort=True,
        )
    from quizapp.core import maintenance

    with _reported():
        report = maintenance.restore_backup(context.data_dir, name, datetime.now(UTC))
    click.echo(f"Restored {report.restored.name}.")
    click.echo(f"The data it replaced is kept as the backup {report.safety.name}.")


@cli.command("check-db")
@click.pass_obj
def check_db_command(context: _Context) -> None:
    """Check the whole database, repair what can be repaired, and say exactly what was done."""
    from quizapp.core import maintenance

    with _reported():
        report = maintenance.check_database(context.data_dir, datetime.now(UTC))
    for line in report.lines():
        click.echo(line)
    if not report.healthy:
        sys.exit(1)


def main() -> None:
    """Run the command line."""
    cli(prog_name="quizapp")
