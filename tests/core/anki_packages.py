"""Anki packages built by the tests, as Anki writes them (the tables and members we read)."""

import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24
BASIC = {
    "id": 1,
    "name": "Basic",
    "type": 0,
    "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}],
}
CLOZE = {
    "id": 2,
    "name": "Cloze",
    "type": 1,
    "flds": [{"name": "Text", "ord": 0}, {"name": "Back Extra", "ord": 1}],
}


def collection_bytes(
    notes: list[dict], models: list[dict] | None = None, decks: dict | None = None
) -> bytes:
    """Return an Anki collection (the legacy schema's tables we read) as SQLite bytes."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        """CREATE TABLE col (id INTEGER PRIMARY KEY, models TEXT, decks TEXT);
           CREATE TABLE notes (id INTEGER PRIMARY KEY, guid TEXT, mid INTEGER, tags TEXT,
                               flds TEXT);
           CREATE TABLE cards (id INTEGER PRIMARY KEY, nid INTEGER, did INTEGER, ord INTEGER);"""
    )
    models = models or [BASIC, CLOZE]
    decks = decks or {"1": {"name": "Default"}, "5": {"name": "ASEAN::Secretariat"}}
    conn.execute(
        "INSERT INTO col VALUES (1, ?, ?)",
        [json.dumps({str(m["id"]): m for m in models}), json.dumps(decks)],
    )
    for number, note in enumerate(notes, start=1):
        conn.execute(
            "INSERT INTO notes VALUES (?, ?, ?, ?, ?)",
            [
                number,
                note.get("guid", f"guid{number}"),
                note.get("mid", 1),
                note.get("tags", ""),
                "\x1f".join(note["fields"]),
            ],
        )
        conn.execute("INSERT INTO cards VALUES (?, ?, ?, 0)", [number, number, note.get("deck", 5)])
    conn.commit()
    data = conn.serialize()
    conn.close()
    return data


def apkg_maker(tmp_path: Path) -> Callable[..., Path]:
    """Return a function that builds an .apkg in ``tmp_path``."""

    def make(
        notes: list[dict],
        media: dict[str, tuple[str, bytes]] | None = None,
        name: str = "deck.apkg",
        collection: str = "collection.anki2",
        extra: dict[str, bytes] | None = None,
        media_list: bytes | None = None,
    ) -> Path:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(collection, collection_bytes(notes))
            media = media or {}
            archive.writestr(
                "media",
                media_list
                if media_list is not None
                else json.dumps({k: v[0] for k, v in media.items()}),
            )
            for member, (_, data) in media.items():
                archive.writestr(member, data)
            for member, data in (extra or {}).items():
                archive.writestr(member, data)
        path = tmp_path / name
        path.write_bytes(buffer.getvalue())
        return path

    return make
