"""Conversions between model objects and the JSON kept in database columns."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from quizapp.core.model import Text
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
