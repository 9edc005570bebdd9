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


@dataclass
class Row:
    """One line of the table: what, our figure, Anki's figure, unit, and the target."""

    what: str
    ours: float | None
    anki: float | None
    unit: str
    target: str = ""  # "<=0.25" means ours/anki must be at most 0.25
    note: str = ""

    def ratio(self) -> float | None:
        """Return ours over Anki's, when both were measured."""
        if self.ours is None or not self.anki:
            return None
        return self.ours / self.anki

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
            "| measure | quizapp | Anki | quizapp / Anki | target | |",
            "|---|---:|---:|---:|---|---|",
        ]
        for row in self.rows:
            ratio = row.ratio()
            lines.append(
                f"| {row.what} | {fmt(row.ours, row.unit)} | {fmt(row.anki, row.unit)} | "
                f"{'' if ratio is None else f'{ratio:.2f}'} | {row.target} | {row.verdict()} |"
            )
        return "\n".join(lines)


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
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

    seconds: float | None
    peak_mib: float
    output: list[str]


def run_app(
    command: list[str],
    marker: str,
    hold: float,
    env: dict[str, str],
    timeout: float = 120,
    sample: bool = True,
) -> Run:
    """Spawn an app; time it to the first line starting with ``marker``; sample its memory.

    The app is left running ``hold`` seconds after the marker (or until it prints a line that
    starts with "{"), then its whole process group is ended. Sampling memory reads /proc every
    20 ms, which takes CPU from the app: timed start runs are made without it.
    """
    sample_memory = sample
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
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
    process.wait()
    timer.cancel()
    done.set()
    sampler.join()
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
    """Run one command of a side script and return its JSON result."""
    result = subprocess.run(
        [str(python), str(HERE / script), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        sys.exit(f"{script} {args} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def median(values: list[float]) -> float:
    return statistics.median(values)


# -- the measures ----------------------------------------------------------------------------


def write_csv(path: Path, rows: int) -> None:
    """Write a two-column TSV of the same small cards both apps load."""
    with path.open("w") as handle:
        for index in range(rows):
            handle.write(f"Question {index}: what does article {index % 55} say?\tAnswer {index}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--anki", action="store_true", help="measure Anki too")
    parser.add_argument("--runs", type=int, default=5, help="runs per app measure")
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--review-log", type=Path, help="Anki review log CSV for scheduling")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="quizapp-bench-"))
    results = Results()
    anki_python = ANKI_VENV / "bin" / "python"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1"}
    try:
        measure_start(options, work, env, results, anki_python)
        measure_core(options, work, env, results, anki_python)
        measure_imports(options, work, results, anki_python)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(results.table())
    if options.review_log:
        subprocess.run(
            [str(OUR_PYTHON), str(HERE / "scheduling.py"), str(options.review_log)], check=True
        )


def measure_start(options, work: Path, env: dict, results: Results, anki_python: Path) -> None:
    runs, hold = options.runs, 3.0
    data = work / "small"
    data.mkdir()
    # An existing profile with some progress, like a learner's second day.
    subprocess.run(
        [str(OUR_PYTHON), "-m", "quizapp", "--data-dir", str(data), "--profile", "Bench", "check"],
        check=True,
        capture_output=True,
    )
    ours = {"venv": [OUR_PYTHON, "-m", "quizapp"], "bundle": [BUNDLE]}
    if not BUNDLE.exists():
        del ours["bundle"]
    anki_base = work / "anki-small"
    if options.anki:
        side(anki_python, "anki_side.py", "profile", anki_base, 200)
    starts: dict[str, list[Run]] = {name: [] for name in [*ours, "anki"]}
    peaks: dict[str, list[Run]] = {name: [] for name in [*ours, "anki"]}
    # The first round warms the caches and is dropped; the last rounds measure memory.
    for index in range(runs + 4):
        timed, sample = (starts, False) if index <= runs else (peaks, True)
        wait = hold if sample else 0.0
        for name, command in ours.items():
            run = run_app(
                [*map(str, command), "--data-dir", str(data), "--quit-after-show", str(wait)],
                "home screen shown",
                wait,
                env,
                sample=sample,
            )
            if index:
                timed[name].append(run)
        if options.anki:
            run = run_app(
                [str(ANKI_VENV / "bin" / "anki"), "-b", str(anki_base), "-p", "bench"],
                "deck list shown",
                wait,
                {**env, "QUIZAPP_BENCH_MODE": "start"},
                sample=sample,
            )
            if index:
                timed["anki"].append(run)

    def start_of(name: str) -> float | None:
        times = [run.seconds for run in starts.get(name, []) if run.seconds is not None]
        return median(times) if times else None

    def peak_of(name: str) -> float | None:
        values = [run.peak_mib for run in peaks.get(name, [])]
        return median(values) if values else None

    for name in ours:
        results.add(
            f"cold start to home screen with counts ({name})",
            start_of(name),
            start_of("anki"),
            "s",
            "<=0.25",
        )
    for name in ours:
        results.add(
            f"peak memory, process tree, start + {hold:.0f} s ({name})",
            peak_of(name),
            peak_of("anki"),
            "MiB",
            "<=0.333",
        )


def measure_core(options, work: Path, env: dict, results: Results, anki_python: Path) -> None:
    scale = f"{options.questions // 1000}k questions, {options.reviews // 1000}k reviews"
    ours_dir = work / "large"
    ours_dir.mkdir()
    side(OUR_PYTHON, "quizapp_side.py", "build", ours_dir, options.questions, options.reviews)
    ours = side(OUR_PYTHON, "quizapp_side.py", "core", ours_dir, 200)
    anki: dict = {}
    anki_base = work / "anki-large"
    if options.anki:
        (work / "anki-core").mkdir()
        collection = work / "anki-core" / "collection.anki2"
        side(anki_python, "anki_side.py", "build", collection, options.questions, options.reviews)
        # The study screen gets a copy made before the core measure uses up the day's reviews.
        side(anki_python, "anki_side.py", "profile", anki_base, 0, collection)
        anki = side(anki_python, "anki_side.py", "core", collection, 200)
    results.add(
        f"core: next due question, with its text ({scale}; Anki: queue, card, note)",
        ours["next_s"],
        anki.get("next_with_note_s"),
        "s",
        "<=1",
    )
    results.add(
        "core: next due question, id only (Anki: queue only)",
        ours["next_id_s"],
        anki.get("next_s"),
        "s",
        "<=1",
    )
    results.add(
        "core: record an answer, committed", ours["answer_s"], anki.get("answer_s"), "s", "<=1"
    )
    results.add(
        "core: progress view (Anki: statistics)",
        ours["progress_s"],
        anki.get("stats_s"),
        "s",
        "<=1",
    )
    results.add(
        "core: home counts (Anki: deck list counts; no target)",
        ours["progress_s"],
        anki.get("deck_list_s"),
        "s",
    )
    measure_progress_page(ours_dir, scale, results, anki.get("stats_s"))

    # Cold start on the large database too (after the core measure, so both have studied).
    large_starts: dict[str, list[float]] = {"ours": [], "anki": []}
    for index in range(4):  # the first round warms the caches and is dropped
        command = [str(OUR_PYTHON), "-m", "quizapp", "--data-dir", str(ours_dir), "--profile"]
        run = run_app(
            [*command, "Bench", "--quit-after-show", "0"],
            "home screen shown",
            0.0,
            env,
            sample=False,
        )
        if index and run.seconds is not None:
            large_starts["ours"].append(run.seconds)
        if options.anki:
            run = run_app(
                [str(ANKI_VENV / "bin" / "anki"), "-b", str(anki_base), "-p", "bench"],
                "deck list shown",
                0.0,
                {**env, "QUIZAPP_BENCH_MODE": "start"},
                sample=False,
            )
            if index and run.seconds is not None:
                large_starts["anki"].append(run.seconds)
    results.add(
        f"cold start to home screen with counts ({scale}, venv)",
        median(large_starts["ours"]) if large_starts["ours"] else None,
        median(large_starts["anki"]) if large_starts["anki"] else None,
        "s",
        "<=0.25",
    )

    answers = 30
    study, anki_study = [], []
    for _ in range(max(1, options.runs // 2)):
        run = run_app(
            [str(OUR_PYTHON), str(HERE / "quizapp_side.py"), "study", str(ours_dir), str(answers)],
            "{",
            -1,
            env,
            timeout=600,
        )
        study.append(run)
        if options.anki:
            run = run_app(
                [str(ANKI_VENV / "bin" / "anki"), "-b", str(anki_base), "-p", "bench"],
                "{",
                -1,
                {**env, "QUIZAPP_BENCH_MODE": "review", "QUIZAPP_BENCH_ANSWERS": str(answers)},
                timeout=600,
            )
            anki_study.append(run)

    def answer_median(runs: list[Run]) -> float | None:
        outputs = [run.output[-1] for run in runs if run.output and run.output[-1][:1] == "{"]
        times = [t for line in outputs for t in json.loads(line)["answer_to_next_s"]]
        return median(times) if times else None

    def peak(runs: list[Run]) -> float | None:
        return median([run.peak_mib for run in runs]) if runs else None

    results.add(
        f"answer to next question shown, study screen ({scale})",
        answer_median(study),
        answer_median(anki_study),
        "s",
        "<=1",
    )
    results.add(
        "peak memory, process tree, studying at that size",
        peak(study),
        peak(anki_study),
        "MiB",
        "<=0.333",
    )


def measure_progress_page(
    ours_dir: Path, scale: str, results: Results, anki_stats_s: float | None
) -> None:
    """Add the row: the Progress page with its charts opened and painted, against Anki's statistics.

    Anki's figure is its backend computing a year of graphs, measured in the core run.
    """
    page = side(OUR_PYTHON, "quizapp_side.py", "progress", ours_dir, 5)
    results.add(
        f"progress page with charts, opened and painted ({scale}; Anki: statistics)",
        page["progress_page_s"],
        anki_stats_s,
        "s",
        "<=1",
    )


def measure_imports(options, work: Path, results: Results, anki_python: Path) -> None:
    sizes = {}
    for rows in (10_000, 100_000):
        runs = 3
        tsv = work / f"cards-{rows}.tsv"
        write_csv(tsv, rows)
        ours = side(OUR_PYTHON, "quizapp_side.py", "import", tsv, runs)
        anki: dict = {}
        if options.anki:
            anki = side(anki_python, "anki_side.py", "import", tsv, runs)
        results.add(
            f"import a {rows // 1000}k-row TSV (both: the app's own importer)",
            ours["import_s"],
            anki.get("import_s"),
            "s",
            "<=1",
        )
        sizes[rows] = (ours, anki)
    ours, anki = sizes[10_000]
    results.add(
        "database size per question (10k imported)",
        ours["db_bytes"] / ours["added"],
        anki["db_bytes"] / anki["added"] if anki else None,
        "bytes",
    )


if __name__ == "__main__":
    main()
