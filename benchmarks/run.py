"""Measure quizapp (and, with --anki, Anki) on this machine and print a table of medians.

Run through scripts/run-benchmarks, which installs what is needed first. Every figure is the
median of several runs; quizapp's and Anki's runs alternate within the same invocation, so the
ratio compares like with like on a noisy machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUR_PYTHON = ROOT / ".venv" / "bin" / "python"
ANKI_VENV = HERE / ".venv-anki"
BUNDLE = ROOT / "dist" / "quizapp" / "quizapp"
PAGE = os.sysconf("SC_PAGE_SIZE")


class MeasureError(Exception):
    """A figure could not be measured: the run fails with the reason, never shows a blank."""


@dataclass
class Row:
    """One line of the table: what, our samples, Anki's samples (one per run), the target.

    With ``reference``, the ratio is ours over that fixed figure (say, a file's size) instead
    of over Anki's.
    """

    what: str
    ours: list[float]
    anki: list[float] | None  # None: Anki not measured in this run (no --anki)
    unit: str
    target: str = ""  # "<=0.25" means ours/anki must be at most 0.25
    reference: float | None = None

    def __post_init__(self) -> None:
        if not self.ours:
            raise MeasureError(f"{self.what}: quizapp gave no figure")
        if self.anki is not None and not self.anki:
            raise MeasureError(f"{self.what}: Anki gave no figure")

    def ratios(self) -> list[float]:
        """Return ours over Anki's (or over the reference) run by run, paired in run order."""
        if self.reference is not None:
            return [value / self.reference for value in self.ours]
        if self.anki is None:
            return []
        return [ours / anki for ours, anki in zip(self.ours, self.anki, strict=False)]

    def ratio(self) -> float | None:
        """Return the median of ours over the median of Anki's (or over the reference)."""
        if self.reference is not None:
            return median(self.ours) / self.reference
        return median(self.ours) / median(self.anki) if self.anki else None

    def verdict(self) -> str:
        """Say whether the target is met."""
        ratio = self.ratio()
        if not self.target or ratio is None:
            return ""
        return "met" if ratio <= float(self.target.lstrip("<=")) else "MISSED"


@dataclass
class Results:
    """The table being built."""

    rows: list[Row] = field(default_factory=list)

    def add(self, *args: object, **kwargs: object) -> None:
        """Add a row (the arguments of Row)."""
        self.rows.append(Row(*args, **kwargs))  # type: ignore[arg-type]

    def table(self) -> str:
        """Return the table as Markdown."""
        lines = [
            "| measure | quizapp | Anki | quizapp / Anki (min-max over runs) | target | |",
            "|---|---:|---:|---:|---|---|",
        ]
        for row in self.rows:
            ratio, ratios = row.ratio(), row.ratios()
            shown = "" if ratio is None else f"{ratio:.2f}"
            if len(ratios) > 1:
                shown += f" ({min(ratios):.2f}-{max(ratios):.2f})"
            if row.reference is not None:
                anki = f"file {fmt(row.reference, row.unit)}"
            elif row.anki is None:
                anki = "not run"
            else:
                anki = fmt(median(row.anki), row.unit)
            target = row.target.replace("<=", "≤ ")
            lines.append(
                f"| {row.what} | {fmt(median(row.ours), row.unit)} | {anki} | {shown} "
                f"| {target} | {row.verdict()} |"
            )
        return "\n".join(lines)


def fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value >= 0.01 else f"{value * 1000:.2f} ms"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value:.0f} {unit}"


# -- processes -------------------------------------------------------------------------------


def tree_rss_mib(root: int) -> float:
    """Return the summed resident memory of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * PAGE
        except OSError:
            continue
    return total / 2**20


@dataclass
class Run:
    """One spawned app: seconds to its marker line, peak tree memory, and what it printed."""

    seconds: float
    peak_mib: float
    output: list[str]


def run_app(
    command: list[str],
    marker: str,
    hold: float,
    env: dict[str, str],
    timeout: float = 180,
    sample: bool = True,
) -> Run:
    """Spawn an app; time it to the first line starting with ``marker``; sample its memory.

    The app is left running ``hold`` seconds after the marker (or until it prints a line that
    starts with "{"), then its whole process group is ended. Sampling memory reads /proc every
    20 ms, which takes CPU from the app: timed start runs are made without it.

    Raises:
        MeasureError: the app never printed the marker (with its exit code and last output).
    """
    sample_memory = sample
    errors = tempfile.TemporaryFile(mode="w+")
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
        env=env,
        start_new_session=True,
    )
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while sample_memory and not done.is_set():
            peak[0] = max(peak[0], tree_rss_mib(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    seconds, output, deadline = None, [], started + timeout
    timer = threading.Timer(timeout, lambda: os.killpg(process.pid, signal.SIGKILL))
    timer.start()
    assert process.stdout is not None
    for line in process.stdout:
        output.append(line.rstrip("\n"))
        if seconds is None and line.startswith(marker):
            seconds = time.perf_counter() - started
            if hold >= 0 and not marker.startswith("{"):
                deadline = time.perf_counter() + hold
                threading.Timer(hold, lambda: _end(process)).start()
        if line.startswith("{"):
            break
    if process.poll() is None and time.perf_counter() < deadline:
        _end(process)
    code = process.wait()
    timer.cancel()
    done.set()
    sampler.join()
    if seconds is None:
        errors.seek(0)
        tail = "\n".join([*output[-10:], *errors.read().splitlines()[-20:]])
        raise MeasureError(
            f"{' '.join(command[:4])} never printed {marker!r} (exit code {code}); "
            f"its last output:\n{tail}"
        )
    errors.close()
    return Run(seconds, peak[0], output)


def _end(process: subprocess.Popen) -> None:
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            time.sleep(0.5)
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def side(python: Path, script: str, *args: object) -> dict:
    """Run one command of a side script and return its JSON result.

    Raises:
        MeasureError: the command failed (with its error output).
    """
    result = subprocess.run(
        [str(python), str(HERE / script), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise MeasureError(f"{script} {' '.join(map(str, args))} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def median(values: list[float]) -> float:
    return statistics.median(values)


# -- the measures ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """How much to measure: the full run for the README, or a quick one while developing."""

    runs: int  # app starts per measure (after one warm-up)
    rounds: int  # core and study rounds, each a median of many operations
    questions: int
    reviews: int
    imports: tuple[int, ...]  # rows of the TSV files imported by both apps
    import_runs: int
    streamed: int  # rows of the file whose import's peak memory is measured


FULL = Plan(
    runs=9,
    rounds=3,
    questions=100_000,
    reviews=1_000_000,
    imports=(10_000, 100_000),
    import_runs=3,
    streamed=1_000_000,
)
QUICK = Plan(
    runs=3,
    rounds=2,
    questions=10_000,
    reviews=100_000,
    imports=(10_000,),
    import_runs=2,
    streamed=100_000,
)


def write_csv(path: Path, rows: int) -> None:
    """Write a two-column TSV of the same small cards both apps load."""
    with path.open("w") as handle:
        for index in range(rows):
            handle.write(f"Question {index}: what does article {index % 55} say?\tAnswer {index}\n")


@dataclass
class Bench:
    """What every measure needs: the plan, the folders, the two environments."""

    plan: Plan
    work: Path
    anki: bool
    bundle: bool
    env: dict[str, str]
    results: Results = field(default_factory=Results)

    def ours(self) -> dict[str, list[str]]:
        """Return our launch commands by name: the venv, and the bundle when measured."""
        commands = {"venv": [str(OUR_PYTHON), "-m", "quizapp"]}
        if self.bundle:
            commands["bundle"] = [str(BUNDLE)]
        return commands

    def anki_command(self, base: Path) -> list[str]:
        """Return the command that starts Anki on a base folder's profile "bench"."""
        return [str(ANKI_VENV / "bin" / "anki"), "-b", str(base), "-p", "bench"]

    def anki_side(self, *args: object) -> dict:
        """Run a command of anki_side.py in Anki's environment."""
        return side(ANKI_VENV / "bin" / "python", "anki_side.py", *args)

    def ours_side(self, *args: object) -> dict:
        """Run a command of quizapp_side.py in ours."""
        return side(OUR_PYTHON, "quizapp_side.py", *args)

    def anki_samples(self, values: list[float]) -> list[float] | None:
        """Return Anki's figures, or None when Anki is not measured in this run."""
        return values if self.anki else None


def app_environment(work: Path) -> dict[str, str]:
    """Return the environment both apps are started in: offscreen, and from bytecode.

    An installed app runs from bytecode (pip compiles it on install, the bundle ships it), but
    a shell with ``PYTHONDONTWRITEBYTECODE`` set would make every start of our editable
    install compile all of quizapp's source again, while Anki's packages were compiled when
    pip installed them. Bytecode goes to a folder of the run (the warm-up start writes it),
    never into the source tree.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--anki", action="store_true", help="measure Anki too")
    parser.add_argument("--quick", action="store_true", help="a small, quick run (development)")
    parser.add_argument("--no-bundle", action="store_true", help="skip the bundled app")
    parser.add_argument("--review-log", type=Path, help="Anki review log CSV for scheduling")
    parser.add_argument(
        "--imports-only",
        action="store_true",
        help="measure only the imports (the TSV files, then the large one's peak memory)",
    )
    options = parser.parse_args()
    plan = QUICK if options.quick else FULL
    if not options.no_bundle and not BUNDLE.exists():
        sys.exit(f"Cannot measure the bundle: {BUNDLE} is missing (build it, or --no-bundle).")
    work = Path(tempfile.mkdtemp(prefix="quizapp-bench-"))
    bench = Bench(plan, work, options.anki, not options.no_bundle, app_environment(work))
    load = os.getloadavg()
    try:
        if not options.imports_only:
            measure_start(bench)
            measure_large(bench)
        measure_imports(bench)
    except MeasureError as error:
        sys.exit(f"The run failed: a figure could not be measured.\n{error}")
    finally:
        shutil.rmtree(bench.work, ignore_errors=True)
    print(bench.results.table())
    after = os.getloadavg()
    print(
        f"\n{'Quick' if options.quick else 'Full'} run"
        f"{' (imports only)' if options.imports_only else ''}: {plan.runs} starts per measure, "
        f"{plan.rounds} core and study rounds, {plan.questions:,} questions, "
        f"{plan.reviews:,} reviews. Load average (1 min) at start {load[0]:.1f}, "
        f"at end {after[0]:.1f}, on {os.cpu_count()} CPUs."
    )
    if options.review_log:
        subprocess.run(
            [str(OUR_PYTHON), str(HERE / "scheduling.py"), str(options.review_log)], check=True
        )


def start_times(bench: Bench, data: Path, anki_base: Path | None, what: str, memory: bool) -> None:
    """Time cold starts to the home screen (ours) and to the deck list (Anki), alternating.

    The first round warms the caches and is dropped. With ``memory``, three more rounds
    sample the process tree's memory for 3 s after the start.
    """
    hold = 3.0
    ours = bench.ours()
    starts: dict[str, list[float]] = {name: [] for name in [*ours, "anki"]}
    peaks: dict[str, list[float]] = {name: [] for name in [*ours, "anki"]}
    rounds = bench.plan.runs + 1 + (3 if memory else 0)
    for index in range(rounds):
        sampling = index > bench.plan.runs
        wait = hold if sampling else 0.0
        into = peaks if sampling else starts
        for name, command in ours.items():
            run = run_app(
                [*command, "--data-dir", str(data), "--profile", "Bench"]
                + ["--quit-after-show", str(wait)],
                "home screen shown",
                wait,
                bench.env,
                sample=sampling,
            )
            if index:
                into[name].append(run.peak_mib if sampling else run.seconds)
        if anki_base is not None:
            run = run_app(
                bench.anki_command(anki_base),
                "deck list shown",
                wait,
                {**bench.env, "QUIZAPP_BENCH_MODE": "start"},
                sample=sampling,
            )
            if index:
                into["anki"].append(run.peak_mib if sampling else run.seconds)
    for name in ours:
        bench.results.add(
            f"cold start to home screen with counts, {what} ({name})",
            starts[name],
            bench.anki_samples(starts["anki"]),
            "s",
            "<=0.25",
        )
    if memory:
        for name in ours:
            bench.results.add(
                f"peak memory, process tree, start + {hold:.0f} s ({name})",
                peaks[name],
                bench.anki_samples(peaks["anki"]),
                "MiB",
                "<=0.333",
            )


def measure_start(bench: Bench) -> None:
    data = bench.work / "small"
    data.mkdir()
    # An existing profile, like a learner's second day.
    subprocess.run(
        [str(OUR_PYTHON), "-m", "quizapp", "--data-dir", str(data), "profiles", "add", "Bench"],
        check=True,
        capture_output=True,
    )
    anki_base = bench.work / "anki-small"
    if bench.anki:
        bench.anki_side("profile", anki_base, 200)
    start_times(bench, data, anki_base if bench.anki else None, "built-in bank", memory=True)


def measure_large(bench: Bench) -> None:
    """Core operations, home counts, starts and the study screen on a large database."""
    plan = bench.plan
    scale = f"{plan.questions // 1000}k questions and {plan.reviews // 1000}k reviews"
    ours_dir = bench.work / "large"
    ours_dir.mkdir()
    bench.ours_side("build", ours_dir, plan.questions, plan.reviews)
    anki_base = bench.work / "anki-large"
    collection = bench.work / "anki-core" / "collection.anki2"
    if bench.anki:
        collection.parent.mkdir()
        bench.anki_side("build", collection, plan.questions, plan.reviews)
        # The study screen gets a copy made before the core measure uses up the day's reviews.
        bench.anki_side("profile", anki_base, 0, collection)
    # The counts and the starts are taken on copies no one studies, so every round sees the
    # same day, with Anki's default daily limits in both apps (its start profile keeps them).
    ours_copy = bench.work / "large-counts"
    shutil.copytree(ours_dir, ours_copy)
    bench.ours_side("default-limits", ours_copy)
    anki_copy = bench.work / "anki-counts.anki2"
    if bench.anki:
        shutil.copy(collection, anki_copy)
    ours: dict[str, list[float]] = {}
    anki: dict[str, list[float]] = {}
    for _ in range(plan.rounds):
        ours.setdefault("home_counts_s", []).append(
            bench.ours_side("counts", ours_copy, 20)["home_counts_s"]
        )
        if bench.anki:
            anki.setdefault("deck_list_s", []).append(
                bench.anki_side("counts", anki_copy, 20)["deck_list_s"]
            )
    for _ in range(plan.rounds):
        for key, value in bench.ours_side("core", ours_dir, 200).items():
            ours.setdefault(key, []).append(value)
        if bench.anki:
            for key, value in bench.anki_side("core", collection, 200).items():
                anki.setdefault(key, []).append(value)

    def rows(key: str) -> list[float] | None:
        return anki[key] if bench.anki else None

    results = bench.results
    results.add(
        f"core, {scale}: next due question with its text (Anki: queue, card, note)",
        ours["next_s"],
        rows("next_with_note_s"),
        "s",
        "<=1",
    )
    results.add(
        "core: next due question, id only (Anki: queue only)",
        ours["next_id_s"],
        rows("next_s"),
        "s",
        "<=1",
    )
    results.add(
        "core: record an answer, committed to disk", ours["answer_s"], rows("answer_s"), "s", "<=1"
    )
    results.add(
        "core: home screen counts, stopping at the daily limits (Anki: deck list counts)",
        ours["home_counts_s"],
        rows("deck_list_s"),
        "s",
        "<=1",
    )
    results.add(
        "core: progress view (Anki: its statistics)",
        ours["progress_s"],
        rows("stats_s"),
        "s",
        "<=1",
    )
    measure_progress_page(bench, ours_dir, scale, rows("stats_s"))
    start_times(bench, ours_copy, anki_base if bench.anki else None, scale, memory=False)
    measure_study(bench, ours_dir, anki_base, scale)


def measure_study(bench: Bench, ours_dir: Path, anki_base: Path, scale: str) -> None:
    """Time answer to next question painted in both apps' study screens, alternating."""
    answers = 30
    study, anki_study = [], []
    for _ in range(bench.plan.rounds):
        study.append(
            run_app(
                [str(OUR_PYTHON), str(HERE / "quizapp_side.py"), "study", str(ours_dir)]
                + [str(answers)],
                "{",
                -1,
                bench.env,
                timeout=600,
            )
        )
        if bench.anki:
            anki_study.append(
                run_app(
                    bench.anki_command(anki_base),
                    "{",
                    -1,
                    {
                        **bench.env,
                        "QUIZAPP_BENCH_MODE": "review",
                        "QUIZAPP_BENCH_ANSWERS": str(answers),
                    },
                    timeout=600,
                )
            )

    def answer_medians(runs: list[Run]) -> list[float]:
        times = [json.loads(run.output[-1])["answer_to_next_s"] for run in runs]
        if any(len(run_times) < answers for run_times in times):
            raise MeasureError(f"a study run answered fewer than {answers} questions: {times}")
        return [median(run_times) for run_times in times]

    bench.results.add(
        f"answer to next question shown in the study screen, {scale}",
        answer_medians(study),
        bench.anki_samples(answer_medians(anki_study)),
        "s",
        "<=1",
    )
    bench.results.add(
        "peak memory, process tree, studying that database",
        [run.peak_mib for run in study],
        bench.anki_samples([run.peak_mib for run in anki_study]),
        "MiB",
        "<=0.333",
    )


def measure_progress_page(
    bench: Bench, ours_dir: Path, scale: str, anki_stats_s: list[float] | None
) -> None:
    """Add the row: the Progress page with its charts opened and painted, against Anki's statistics.

    Anki's figure is its backend computing a year of graphs, measured in the core rounds.
    """
    pages = [
        bench.ours_side("progress", ours_dir, 5)["progress_page_s"]
        for _ in range(bench.plan.rounds)
    ]
    bench.results.add(
        f"progress page with charts, opened and painted ({scale}; Anki: statistics)",
        pages,
        anki_stats_s,
        "s",
        "<=1",
    )


def measure_imports(bench: Bench) -> None:
    """Import the same TSV files with each app's own importer, alternating run by run."""
    sizes: dict[str, list[float]] = {"ours": [], "anki": []}
    for rows in bench.plan.imports:
        tsv = bench.work / f"cards-{rows}.tsv"
        write_csv(tsv, rows)
        ours, anki = [], []
        for _ in range(bench.plan.import_runs):
            result = bench.ours_side("import", tsv, 1)
            ours.append(result["import_s"])
            if rows == bench.plan.imports[0]:
                sizes["ours"].append(result["db_bytes"] / result["added"])
            if bench.anki:
                result = bench.anki_side("import", tsv, 1)
                anki.append(result["import_s"])
                if rows == bench.plan.imports[0]:
                    sizes["anki"].append(result["db_bytes"] / result["added"])
        bench.results.add(
            f"import a {rows // 1000}k-row TSV (each app's own importer)",
            ours,
            bench.anki_samples(anki),
            "s",
            "<=1",
        )
    bench.results.add(
        f"database size per question ({bench.plan.imports[0] // 1000}k imported)",
        sizes["ours"],
        bench.anki_samples(sizes["anki"]),
        "bytes",
    )
    rows = bench.plan.streamed
    tsv = bench.work / f"cards-{rows}.tsv"
    write_csv(tsv, rows)
    ours_peak = bench.ours_side("import-peak", tsv)
    anki_peak = bench.anki_side("import-peak", tsv) if bench.anki else {}
    bench.results.add(
        f"import a {rows // 1000}k-row TSV, time",
        [ours_peak["import_s"]],
        bench.anki_samples([anki_peak.get("import_s", 0.0)]),
        "s",
    )
    bench.results.add(
        f"import a {rows // 1000}k-row TSV, peak memory of the process (ratio: to the file)",
        [ours_peak["peak_mib"]],
        None,
        "MiB",
        "<=4",
        reference=tsv.stat().st_size / 2**20,
    )
    if bench.anki:
        bench.results.add(
            f"import a {rows // 1000}k-row TSV, peak memory, Anki's process (ratio: to the file)",
            [anki_peak["peak_mib"]],
            None,
            "MiB",
            reference=tsv.stat().st_size / 2**20,
        )


if __name__ == "__main__":
    main()
