"""Write the bank's counts (per set, per type, per topic) into questions/README.md.

Usage: .venv/bin/python scripts/bank_counts.py
tests/test_bank.py fails when the README's counts are not the ones this script writes.
"""

import re
from collections import Counter
from pathlib import Path

from quizapp.core.formats.native import load_question_files
from quizapp.core.model import QuestionSet, QuestionType
from quizapp.core.paths import builtin_bank_dir

BEGIN = "<!-- counts: written by scripts/bank_counts.py -->"
END = "<!-- end of counts -->"
SECTION = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.DOTALL)


def render_counts(sets: list[QuestionSet]) -> str:
    """Return the counts section, markers included, as Markdown."""
    questions = [q for question_set in sets for q in question_set.questions]
    lines = [BEGIN, "", "| Set id | Title | Questions |", "|---|---|---|"]
    lines += [f"| `{s.id}` | {s.title} | {len(s.questions)} |" for s in sets]
    lines += [f"| **Total** | | **{len(questions)}** |", "", "**Per type** (whole bank):", ""]
    types = Counter(q.type for q in questions)
    lines += ["| Type | Questions |", "|---|---|"]
    lines += [f"| {kind.value} | {types[kind]} |" for kind in QuestionType]
    lines += ["", "**Per topic:**", "", "| Set id | Topic | Questions |", "|---|---|---|"]
    for question_set in sets:
        topics = Counter(str(q.topic) for q in question_set.questions)
        lines += [f"| `{question_set.id}` | {topic} | {n} |" for topic, n in topics.items()]
    return "\n".join([*lines, "", END])


def main() -> None:
    """Rewrite the counts section of questions/README.md from the bank as it is now."""
    readme = builtin_bank_dir() / "README.md"
    counts = render_counts(load_question_files([builtin_bank_dir()]))
    text = readme.read_text(encoding="utf-8")
    if not SECTION.search(text):
        raise SystemExit(f"{readme}: no counts section between '{BEGIN}' and '{END}'")
    readme.write_text(SECTION.sub(lambda _: counts, text), encoding="utf-8")
    print(f"Wrote the counts to {Path(readme)}")


if __name__ == "__main__":
    main()
