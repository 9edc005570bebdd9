"""Write the Anki test files in tests/data/import/anki/ with Anki itself (run by hand, not in CI).

Anki is AGPL and not a dependency of the app: run this in a venv of its own,

    python3 -m venv /tmp/ankivenv && /tmp/ankivenv/bin/pip install anki
    /tmp/ankivenv/bin/python scripts/make_anki_fixtures.py

It makes one collection with every kind of note the importers must handle (basic, reversed,
type-in, cloze with a hint and two deletions, an image that is a PNG named .jpg, a sound), and
exports it as Anki 2.1.50+ writes by default: a package (``collection.anki21b``, zstd), a
collection package (``.colpkg``) and a plain-text export with every header column.
"""

from __future__ import annotations

import tempfile
import zlib
from pathlib import Path

from anki.collection import Collection, ExportAnkiPackageOptions

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "import" / "anki"


def flag_png() -> bytes:
    """Return a 60x40 PNG of a red band above a white one."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    rows = b"".join(
        b"\x00" + (bytes([206, 17, 38]) if y < 20 else bytes([255, 255, 255])) * 60
        for y in range(40)
    )
    header = (60).to_bytes(4, "big") + (40).to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def add(col: Collection, notetype: str, deck: str, fields: dict[str, str], tags: str) -> None:
    """Add a note of a stock note type to a deck."""
    note = col.new_note(col.models.by_name(notetype))
    for name, value in fields.items():
        note[name] = value
    note.tags = tags.split()
    col.add_note(note, col.decks.id(deck))


def main() -> None:
    """Build the collection and write the three files."""
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        col = Collection(str(Path(folder) / "collection.anki2"))
        col.media.write_data("flag.jpg", flag_png())  # a PNG named .jpg, as real decks have
        col.media.write_data("hello.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x00")
        capitals, history = "ASEAN::Capitals", "ASEAN::History"
        indonesia = {"Front": "Capital of Indonesia", "Back": "Jakarta"}
        add(col, "Basic", capitals, indonesia, "capitals")
        add(
            col,
            "Basic",
            capitals,
            {
                "Front": 'Whose flag? <img src="flag.jpg" alt="red above white">',
                "Back": "Indonesia",
            },
            "flags",
        )
        add(
            col,
            "Basic (and reversed card)",
            capitals,
            {"Front": "Thailand", "Back": "Bangkok"},
            "capitals reversed",
        )
        add(
            col,
            "Basic (type in the answer)",
            capitals,
            {"Front": "Capital of Malaysia (type it)", "Back": "Kuala Lumpur"},
            "capitals typed",
        )
        add(
            col,
            "Cloze",
            history,
            {
                "Text": "ASEAN was founded in {{c1::Bangkok::city}} in {{c2::1967}}.",
                "Back Extra": "The Bangkok Declaration.",
            },
            "history",
        )
        add(col, "Basic", history, {"Front": "Say hello [sound:hello.mp3]", "Back": "Halo"}, "")
        everything = None  # the whole collection
        col.export_anki_package(
            out_path=str(OUT / "asean-anki21b.apkg"),
            options=ExportAnkiPackageOptions(
                with_scheduling=False, with_deck_configs=False, with_media=True, legacy=False
            ),
            limit=everything,
        )
        col.export_note_csv(
            out_path=str(OUT / "asean-notes.txt"),
            limit=everything,
            with_html=True,
            with_tags=True,
            with_deck=True,
            with_notetype=True,
            with_guid=True,
        )
        # Last: exporting a collection package closes the collection.
        col.export_collection_package(str(OUT / "asean.colpkg"), include_media=True, legacy=False)


if __name__ == "__main__":
    main()
