"""Conversions between model objects and the JSON kept in database columns."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

import orjson

from quizapp.core.model import Question, QuestionId, SetId, Source, Text
from quizapp.core.qtypes import KINDS, question_to_record
from quizapp.core.scheduler import CardStage, CardState


def to_ms(moment: datetime) -> int:
    """Return a timezone-aware datetime as Unix milliseconds."""
    return round(moment.timestamp() * 1000)


def from_ms(ms: int) -> datetime:
    """Return Unix milliseconds as a UTC datetime."""
    return datetime.fromtimestamp(ms / 1000, UTC)


def text_to_json(text: Text | None) -> str | None:
    """Serialise a text with its translations."""
    if text is None:
        return None
    return json.dumps({"language": text.primary, "values": dict(text.values)}, ensure_ascii=False)


def text_from_json(raw: str | None) -> Text | None:
    """Read a text written by :func:`text_to_json`."""
    if raw is None:
        return None
    data = json.loads(raw)
    return Text(data["language"], data["values"])


def card_to_row(card: CardState) -> dict[str, Any]:
    """Return the columns of the ``cards`` table for a state."""
    return {
        "state": int(card.stage),
        "step": card.step,
        "stability": card.stability,
        "difficulty": card.difficulty,
        "due_at": to_ms(card.due),
        "last_review_at": to_ms(card.last_review) if card.last_review else None,
    }


def card_from_row(row: dict[str, Any]) -> CardState:
    """Read a state from a ``cards`` row (or the same keys in a saved JSON)."""
    return CardState(
        stage=CardStage(row["state"]),
        step=row["step"],
        stability=row["stability"],
        difficulty=row["difficulty"],
        due=from_ms(row["due_at"]),
        last_review=from_ms(row["last_review_at"]) if row["last_review_at"] is not None else None,
    )


def _text(values: dict[str, str] | None, language: str) -> Text | None:
    return None if values is None else Text(language, values)


def stored_question(content: str | bytes, set_id: SetId) -> Question:
    """Rebuild a question from the record text the database holds, without checking it again.

    A record is checked once, when it enters the database (import, edit, bank load), and
    stored with a hash of its content (see :func:`content_digest`); a damaged record is found
    by that hash, not by checking every read. This is the inverse of
    :func:`~quizapp.core.qtypes.question_to_record`.
    """
    record = orjson.loads(content)
    language = record["language"]
    source = record.get("source")
    return Question(
        id=QuestionId(record["id"]),
        set_id=set_id,
        prompt=Text(language, record["prompt"]),
        payload=KINDS[record["type"]].from_record(record, language),
        topic=_text(record.get("topic"), language),
        difficulty=record["difficulty"],
        explanation=_text(record.get("explanation"), language),
        source=Source(source["text"], source["citation"], source["part"]) if source else None,
        tags=tuple(record.get("tags", ())),
    )


def stored_content(question: Question) -> tuple[str, str]:
    """Return a question's stored JSON record and its :func:`content_digest`."""
    # Canonical JSON (sorted keys, no spaces, UTF-8), so equal content has an equal hash.
    content = orjson.dumps(question_to_record(question), option=orjson.OPT_SORT_KEYS).decode()
    return content, content_digest(content)


def content_digest(content: str) -> str:
    """Return the hash kept beside a stored question record (``questions.content_hash``).

    It tells changed content apart when a set is loaded again, and a record damaged on disk
    from one the app wrote: the SHA-256 of the record's JSON text, in hex.
    """
    return hashlib.sha256(content.encode()).hexdigest()
