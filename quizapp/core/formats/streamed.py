"""Reading a large table in two passes, in bounded memory, with the ids a whole-file read gives.

A whole-file read (:class:`SetBuilder`) holds every question until the file ends, because of
the id rule for look-alikes (see :mod:`.imported`): when a second question derives the id a
first one holds, both get an id from their content, so the first one's id depends on the rest
of the file. Read in two passes, it does not:

1. :class:`KeyCount` reads the rows and notes each question's key (the id the file gives or
   the one derived from its prompt) only as a 64-bit hash, and which keys occur more than once
   and where a question without an id last derives each of them;
2. :class:`StreamedSet` reads the rows again and follows the same rule as the whole-file read,
   keeping only the questions of repeated keys in mind: a question whose key comes again later
   without an id gets its content id at once, and every question leaves in batches of
   :data:`BATCH` to be written.

Where a hash could stand for two different keys, or a content id could equal a key of another
row (or the file changed between the passes), the two passes cannot prove they give the
whole-file read's ids: :class:`CannotStream` is raised, and the caller reads the file whole
instead (rolling back what it wrote).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from quizapp.core.formats.imported import (
    SetBuilder,
    content_digest,
    id_used,
    same_question,
)
from quizapp.core.model import Question, QuestionId

BATCH = 500
"""Questions handed to the writer at a time."""

Batch = Sequence[tuple[Question, int]]
"""Questions with the line each starts on."""


class CannotStream(Exception):  # noqa: N818 (a signal to the caller, not an error to report)
    """The two passes cannot prove their ids equal a whole-file read's: read the file whole."""


@dataclass
class KeyCount(SetBuilder):
    """The first pass: each question's key, as a hash, and which keys come more than once.

    Questions are not built: the rows are read only as far as their key.
    """

    seen: set[int] = field(default_factory=set)
    repeated: dict[int, int] = field(default_factory=dict)
    """Keys seen twice or more: the index of the last question deriving it (-1: none after
    the first)."""
    calls: int = 0

    def add(
        self,
        record: dict[str, Any],
        line: int,
        hint: str,
        *,
        readable: bool = False,
        explicit_id: str | None = None,
    ) -> Question | None:
        """Note a question's key (see :meth:`SetBuilder.add`); build nothing."""
        index = self.calls
        self.calls += 1
        key = self.key(line, hint, readable=readable, explicit_id=explicit_id)
        if not key:
            return None
        digest = hash(key)
        if digest not in self.seen:
            self.seen.add(digest)
        elif explicit_id is None:
            self.repeated[digest] = index
        else:
            self.repeated.setdefault(digest, -1)
        return None


@dataclass
class StreamedSet(SetBuilder):
    """The second pass: questions built, given their final ids and handed on in batches.

    It follows :meth:`SetBuilder.add` step by step, but remembers only the ids of repeated
    keys (``held``: id to line) and renames nothing already handed on: the first pass told
    which questions a later look-alike would rename.
    """

    keys: KeyCount = field(kw_only=True)
    write: Callable[[Batch], None] = field(kw_only=True)
    """Told each batch of questions, in file order."""
    progress: Callable[[int, int], None] = field(kw_only=True)
    """Told the rows read so far and in all, after each batch."""
    held: dict[str, int] = field(default_factory=dict)
    renames: dict[str, str] = field(default_factory=dict)
    """Ids held now whose question was handed on with a content id (a look-alike follows)."""
    strings: dict[int, str] = field(default_factory=dict)
    batch: list[tuple[Question, int]] = field(default_factory=list)
    count: int = 0
    calls: int = 0

    def add(
        self,
        record: dict[str, Any],
        line: int,
        hint: str,
        *,
        readable: bool = False,
        explicit_id: str | None = None,
    ) -> Question | None:
        """Check a question record (without its id) and hand it on with its final id.

        Args and Returns as :meth:`SetBuilder.add`.

        Raises:
            CannotStream: the ids might differ from a whole-file read's.
        """
        index = self.calls
        self.calls += 1
        key = self.key(line, hint, readable=readable, explicit_id=explicit_id)
        if not key:
            return None
        digest = hash(key)
        if digest not in self.keys.repeated:
            return self._keep(record, line, key)
        if self.strings.setdefault(digest, key) != key:
            raise CannotStream  # two keys with one hash
        if explicit_id is not None:
            if key in self.held:
                self.problem(line, id_used(key, self.held[key]))
                return None
            return self._hold(record, line, key, index)
        if key not in self.held and key not in self.look_alikes:
            return self._hold(record, line, key, index)
        self.look_alikes.add(key)
        if key in self.held:  # its question was handed on with the id it gets now
            renamed = self.renames.pop(key)
            if renamed in self.held:
                raise CannotStream
            self.held[renamed] = self.held.pop(key)
        qid = self._content_id(key, record)
        if qid in self.held:
            self.skip(line, same_question(self.held[qid]))
            return None
        question = self._keep(record, line, qid)
        if question is not None:
            self.held[qid] = line
        return question

    def _hold(self, record: dict[str, Any], line: int, key: str, index: int) -> Question | None:
        """Keep a question taking a repeated key; a look-alike deriving it later renames it."""
        renamed = self.keys.repeated[hash(key)] > index
        final = self._content_id(key, record) if renamed else key
        question = self._keep(record, line, key, final)
        if question is not None:
            self.held[key] = line
            if renamed:
                self.renames[key] = final
        return question

    def _content_id(self, key: str, record: dict[str, Any]) -> str:
        qid = f"{key}-{content_digest(record)}"
        if hash(qid) in self.keys.seen:
            raise CannotStream  # another row's key, or a hash like one
        return qid

    def _keep(
        self, record: dict[str, Any], line: int, qid: str, final: str | None = None
    ) -> Question | None:
        """Build a question with ``qid`` (as a whole-file read does), hand it on as ``final``."""
        question = self.checked(record, line, qid)
        if question is None:
            return None
        if final is not None and final != qid:
            question = replace(question, id=QuestionId(final))
        self.count += 1
        self.batch.append((question, line))
        if len(self.batch) == BATCH:
            self._hand_on()
        return question

    def _hand_on(self) -> None:
        """Hand the batch to the writer, unless a problem already stops the whole import."""
        if self.batch and not (self.problems and self.options.all_or_nothing):
            self.write(self.batch)
        self.batch = []
        self.progress(self.calls, self.keys.calls)

    def flush(self) -> None:
        """Hand on the last batch (then :meth:`close` with ``count``)."""
        self._hand_on()
