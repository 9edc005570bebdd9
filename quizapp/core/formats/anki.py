"""Anki packages (.apkg): notes become flashcards, images are kept, the archive is checked first.

Reads the legacy ``collection.anki2`` and the ``collection.anki21`` layout (both SQLite, read in
memory, never unpacked to disk). The newest layout, ``collection.anki21b``, is compressed with
zstd and cannot be read without Anki: such a package is refused with what to do instead.

Each note becomes one flashcard, whatever its cards: the fields are chosen by the note type's
field names (Front/Back, Question/Answer, Term/Definition...; otherwise the first field is the
prompt and the second the answer; any other field goes into the explanation). Cloze notes
become cloze questions. Tags are kept, the deck becomes the topic. HTML is sanitised to plain
text; images the package carries are kept as the set's media; sounds are left out with a note.

For problems and skipped notes, the "line" is the note's number in the package (1 = the
oldest note).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sqlite3
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from quizapp.core.errors import Problem, QuestionFileError
from quizapp.core.formats.imported import (
    ImportOptions,
    ParsedFile,
    SetBuilder,
    read_bytes,
)
from quizapp.core.formats.markup import html_to_text, is_media_name
from quizapp.core.limits import LimitError, load_json

COLLECTION_NAMES = ("collection.anki21", "collection.anki2")
NEWEST_COLLECTION = "collection.anki21b"
MAX_RATIO = 200
"""A member that unpacks to more than this many times its packed size is a zip bomb."""
IMAGE_SIGNATURES = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".webp": (b"RIFF",),
}
"""Images we keep, by extension, with the bytes their files start with (no SVG: it runs code)."""

PROMPT_FIELDS = ("front", "question", "term", "word", "text", "expression", "prompt")
ANSWER_FIELDS = ("back", "answer", "definition", "meaning", "translation")
EXPLANATION_FIELDS = ("extra", "back extra", "explanation", "notes", "note")
_SOUND = re.compile(r"\[sound:([^\]]*)\]")
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


@dataclass(frozen=True)
class Note:
    """One Anki note, its fields by name, as read from a package or a text export."""

    number: int
    key: str
    field_names: Sequence[str]
    fields: Sequence[str]
    tags: Sequence[str] = ()
    deck: str = ""
    cloze: bool = False
    html: bool = True
    exact_key: bool = True


def parse(path: Path, options: ImportOptions) -> ParsedFile:
    """Read an Anki package whole, checking the archive before reading anything in it.

    Raises:
        QuestionFileError: the package is unsafe, unreadable, or has problems.
    """
    builder = SetBuilder(path, "apkg", options)
    archive = _open_archive(path, options)
    names = set(archive.namelist())
    collection_name = next((n for n in COLLECTION_NAMES if n in names), None)
    if NEWEST_COLLECTION in names and collection_name != "collection.anki21":
        raise _fail(
            path,
            "this package uses Anki's newest layout (collection.anki21b, compressed with "
            "zstd), which only Anki can read; in Anki, export it again with "
            "'Support older Anki versions' ticked",
        )
    if collection_name is None:
        raise _fail(path, "not an Anki package: it holds no collection.anki2 or .anki21")
    media_map = _media_map(path, archive, options) if "media" in names else {}
    notes = _read_collection(path, _member(path, archive, collection_name, options))
    images = {name: number for number, name in media_map.items() if _is_image_name(name)}
    wanted: dict[str, bytes] = {}
    for note in notes:
        for name in _image_names(note, images):
            if name not in wanted and images[name] in names:
                data = _member(path, archive, images[name], options)
                if _is_image(name, data):
                    wanted[name] = data
    for note in notes:
        add_note(builder, note, wanted)
    return builder.result()


def _fail(path: Path, message: str, line: int = 0) -> QuestionFileError:
    return QuestionFileError([Problem(path, line, message)])


def _open_archive(path: Path, options: ImportOptions) -> zipfile.ZipFile:
    """Open the package and refuse it if a member escapes its folder or balloons."""
    data = read_bytes(path, options.max_package_bytes)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise _fail(path, "not an Anki package (it is not a zip archive)") from None
    total = 0
    for info in archive.infolist():
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or ":" in name:
            raise _fail(path, f"the package holds a path that leaves its folder: '{name}'")
        if info.flag_bits & 0x1:
            raise _fail(path, f"the package holds an encrypted file: '{name}'")
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _fail(
                path,
                f"'{name}' would unpack from {info.compress_size} to {info.file_size} bytes; "
                "the package was refused as unsafe",
            )
    if total > options.max_unpacked_bytes:
        raise _fail(
            path,
            f"the package would unpack to {total} bytes, more than the "
            f"{options.max_unpacked_bytes} allowed; it was refused",
        )
    return archive


def _member(path: Path, archive: zipfile.ZipFile, name: str, options: ImportOptions) -> bytes:
    """Read one member, never more than the limit whatever its header claims."""
    try:
        with archive.open(name) as handle:
            data = handle.read(options.max_unpacked_bytes + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        raise _fail(path, f"'{name}' in the package cannot be read ({error})") from None
    if len(data) > options.max_unpacked_bytes:
        raise _fail(path, f"'{name}' unpacks to more than {options.max_unpacked_bytes} bytes")
    return data


def _media_map(path: Path, archive: zipfile.ZipFile, options: ImportOptions) -> dict[str, str]:
    """Return member name -> media file name, refusing names that would leave the folder."""
    raw = _member(path, archive, "media", options)
    try:
        mapping = load_json(raw.decode("utf-8") or "{}")
    except (UnicodeDecodeError, json.JSONDecodeError, LimitError):
        raise _fail(path, "the package's media list is not readable (not JSON)") from None
    if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
        raise _fail(path, "the package's media list is not a mapping of names")
    for name in mapping.values():
        if not is_media_name(name):
            raise _fail(path, f"the package names a media file outside its folder: '{name}'")
    return {str(k): v for k, v in mapping.items()}


def _read_collection(path: Path, data: bytes) -> list[Note]:
    """Read the notes of an Anki collection held in memory."""
    if len(data) < 512 or not data.startswith(b"SQLite format 3\x00"):
        raise _fail(path, "the collection in the package is not an SQLite database")
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(data)
        return _notes(conn)
    except sqlite3.DatabaseError as error:
        raise _fail(path, f"the collection in the package cannot be read ({error})") from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        raise _fail(
            path, f"the collection in the package is not as Anki writes it ({error!r})"
        ) from None
    finally:
        conn.close()


def _notes(conn: sqlite3.Connection) -> list[Note]:
    models_json, decks_json = conn.execute("SELECT models, decks FROM col").fetchone()
    models: dict[int, tuple[list[str], bool]] = {}
    for mid, model in (load_json(models_json or "{}") or {}).items():
        fields = sorted(model["flds"], key=lambda f: f["ord"])
        models[int(mid)] = ([str(f["name"]) for f in fields], model.get("type") == 1)
    decks: dict[int, str] = {}
    for did, deck in (load_json(decks_json or "{}") or {}).items():
        decks[int(did)] = str(deck["name"])
    note_decks = {
        nid: did
        for nid, did, _ in conn.execute("SELECT nid, did, MIN(ord) FROM cards GROUP BY nid")
    }
    notes = []
    for number, (nid, guid, mid, tags, flds) in enumerate(
        conn.execute("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id"), start=1
    ):
        names, cloze = models.get(int(mid), ([], False))
        values = str(flds).split("\x1f")
        names = list(names) + [f"Field {i + 1}" for i in range(len(names), len(values))]
        deck = decks.get(int(note_decks.get(nid, 0)), "")
        notes.append(
            Note(number, str(guid), names[: len(values)], values, str(tags).split(), deck, cloze)
        )
    return notes


def _is_image_name(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in IMAGE_SIGNATURES


def _is_image(name: str, data: bytes) -> bool:
    return data.startswith(IMAGE_SIGNATURES[PurePosixPath(name).suffix.lower()])


def _image_names(note: Note, images: dict[str, str]) -> list[str]:
    """Return the package images a note's fields show."""
    names: list[str] = []
    for value in note.fields:
        names += html_to_text(value, images)[1]
    return names


def add_note(builder: SetBuilder, note: Note, media: dict[str, bytes]) -> None:
    """Turn a note into a flashcard (or a cloze) and give it to the builder."""
    texts: list[str] = []
    lost: list[str] = []
    for value in note.fields:
        lost += [
            f"the sound '{s}' is left out: the app plays no sound" for s in _SOUND.findall(value)
        ]
        value = _SOUND.sub("", value)
        if note.html:
            text, shown, dropped = html_to_text(value, media)
            for name in shown:
                builder.media[name] = media[name]
            lost += [f"the image '{n}' is left out: it is not in the file's media" for n in dropped]
        else:
            text = value.strip()
        texts.append(text)
    names = [name.strip().casefold() for name in note.field_names]
    prompt_at = _find(names, PROMPT_FIELDS, 0)
    answer_at = _find(names, ANSWER_FIELDS, 1 if prompt_at == 0 else 0, exclude=prompt_at)
    record: dict[str, Any]
    if note.cloze:
        text = texts[prompt_at] if prompt_at < len(texts) else ""
        if not _CLOZE.search(text):
            builder.skip(note.number, "a cloze note without a {{c1::...}} deletion")
            return
        record = {"type": "cloze", "prompt": _CLOZE.sub(lambda m: "{{" + m.group(1) + "}}", text)}
        answer_at = -1
    else:
        prompt = texts[prompt_at] if prompt_at < len(texts) else ""
        answer = texts[answer_at] if 0 <= answer_at < len(texts) else ""
        if not prompt or not answer:
            empty_at = prompt_at if not prompt else answer_at
            original = note.fields[empty_at] if 0 <= empty_at < len(note.fields) else ""
            why = "holds only a sound, which the app cannot play"
            if not _SOUND.search(original):
                why = "is empty"
            side = "front" if not prompt else "back"
            builder.skip(note.number, f"the note's {side} ({_field_name(note, empty_at)}) {why}")
            return
        record = {"type": "flashcard", "prompt": prompt, "answer": answer}
    extra = [
        text if names[i] in EXPLANATION_FIELDS else f"{note.field_names[i]}: {text}"
        for i, text in enumerate(texts)
        if i not in (prompt_at, answer_at) and text
    ]
    if extra:
        record["explanation"] = "\n".join(extra)
    if note.deck and note.deck != "Default":
        record["topic"] = note.deck
    if note.tags:
        record["tags"] = list(note.tags)
    qid = None
    if note.exact_key:
        qid = f"{builder.set_id}-{hashlib.sha256(note.key.encode()).hexdigest()[:10]}"
    if builder.add(record, note.number, note.key, explicit_id=qid):
        for left_out in lost:
            builder.note(note.number, left_out)


def _find(names: list[str], wanted: Sequence[str], default: int, exclude: int = -1) -> int:
    for name in wanted:
        if name in names and names.index(name) != exclude:
            return names.index(name)
    return default


def _field_name(note: Note, index: int) -> str:
    return note.field_names[index] if 0 <= index < len(note.field_names) else f"field {index + 1}"
