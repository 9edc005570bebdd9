"""Anki packages (.apkg, .colpkg): notes become questions, images kept, the archive checked first.

Reads every layout Anki writes: the legacy ``collection.anki2`` and ``collection.anki21`` and,
since Anki 2.1.50 the default, ``collection.anki21b`` (schema 18, compressed with zstd, with its
media list in protobuf and each media file compressed too). Collections are SQLite, read in
memory, never unpacked to disk; zstd is read through the ``zstandard`` binding with a limit.

The fields are chosen by the note type's field names (Front/Back, Question/Answer,
Term/Definition...; otherwise the first field is the prompt and the second the answer; any
other field goes into the explanation). A note whose card asks to type the answer
(``{{type:Back}}``) becomes a short-answer question; a reverse card (a second card showing the
answer field first) becomes a second flashcard; cloze notes become cloze questions, with their
hints kept after the gap. Tags are kept, the deck becomes the topic. HTML is sanitised to plain
text; images the package carries are kept as the set's media (told by their content, not their
name: PNGs named ``.jpg`` are common); sounds are left out with a note.

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
    open_zip,
    read_bytes,
)
from quizapp.core.formats.markup import IMAGE_SUFFIXES, html_to_text, image_kind, is_media_name
from quizapp.core.limits import LimitError, load_json
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message

COLLECTION_NAMES = ("collection.anki21", "collection.anki2")
NEWEST_COLLECTION = "collection.anki21b"
LATEST_VERSION = 3
"""The package version (in its ``meta`` member) of the zstd layout."""

PROMPT_FIELDS = ("front", "question", "term", "word", "text", "expression", "prompt")
ANSWER_FIELDS = ("back", "answer", "definition", "meaning", "translation")
EXPLANATION_FIELDS = ("extra", "back extra", "explanation", "notes", "note")
_SOUND = re.compile(r"\[sound:([^\]]*)\]")
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_TYPE_IN = re.compile(r"\{\{type:(?:[a-z]+:)*([^}]+)\}\}")
_FIELD_REFERENCE = re.compile(r"\{\{(?!FrontSide\}\})(?:[a-z]+:)*([^#^/!{}][^{}]*)\}\}")
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_ZSTD_CHUNK = 1024 * 1024


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
    fronts: Sequence[str] = ()
    """The front templates of the note's cards, first card first (empty: one plain card)."""


def parse(path: Path, options: ImportOptions) -> ParsedFile:
    """Read an Anki package whole, checking the archive before reading anything in it.

    Raises:
        QuestionFileError: the package is unsafe, unreadable, or has problems.
    """
    builder = SetBuilder(path, "apkg", options)
    archive = _open_archive(path, options)
    names = set(archive.namelist())
    latest = NEWEST_COLLECTION in names and _package_version(path, archive, options) in (
        0,
        LATEST_VERSION,
    )
    if latest:
        collection = _unzstd(path, _member(path, archive, NEWEST_COLLECTION, options), options)
        media_map = _latest_media_map(path, archive, options) if "media" in names else {}
    else:
        collection_name = next((n for n in COLLECTION_NAMES if n in names), None)
        if collection_name is None:
            raise _fail(
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "not an Anki package: it holds no collection.anki2 or .anki21"
                    )
                ),
            )
        collection = _member(path, archive, collection_name, options)
        media_map = _media_map(path, archive, options) if "media" in names else {}
    notes = _read_collection(path, collection)
    images = {name: number for number, name in media_map.items() if _is_image_name(name)}
    wanted: dict[str, bytes] = {}
    for note in notes:
        for name in _image_names(note, images):
            if name not in wanted and images[name] in names:
                data = _member(path, archive, images[name], options)
                if latest:
                    data = _unzstd(path, data, options)
                if image_kind(data):
                    wanted[name] = data
    for note in notes:
        add_note(builder, note, wanted)
    return builder.result()


def _package_version(path: Path, archive: zipfile.ZipFile, options: ImportOptions) -> int:
    """Return the version in the package's ``meta`` member (0: there is none)."""
    if "meta" not in archive.namelist():
        return 0
    try:
        fields = protobuf_fields(_member(path, archive, "meta", options))
    except ValueError:
        raise _fail(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "the package's version (its 'meta' member) is not readable"
                )
            ),
        ) from None
    return next((int(v) for n, v in fields if n == 1 and isinstance(v, int)), 0)


def _unzstd(path: Path, data: bytes, options: ImportOptions) -> bytes:
    """Decompress zstd data, never to more than the unpacked limit."""
    import zstandard  # only packages in the newest layout need it

    if not data.startswith(_ZSTD_MAGIC):
        return data
    parts: list[bytes] = []
    size = 0
    try:
        with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)) as reader:
            while chunk := reader.read(_ZSTD_CHUNK):
                parts.append(chunk)
                size += len(chunk)
                if size > options.max_unpacked_bytes:
                    raise _fail(
                        path,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "a member of the package unpacks to more than {most} bytes; "
                                "the package was refused as unsafe",
                            ),
                            {"most": options.max_unpacked_bytes},
                        ),
                    )
    except zstandard.ZstdError as error:
        raise _fail(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "a member of the package cannot be decompressed ({error})"
                ),
                {"error": error},
            ),
        ) from None
    return b"".join(parts)


def protobuf_fields(data: bytes) -> list[tuple[int, int | bytes]]:
    """Return the (field number, value) pairs of one protobuf message, in order.

    Enough of protobuf's wire format for Anki's small messages: varints and length-delimited
    values are returned, fixed-size values are skipped.

    Raises:
        ValueError: the data is not a protobuf message.
    """
    fields: list[tuple[int, int | bytes]] = []
    position = 0
    while position < len(data):
        key, position = _varint(data, position)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, position = _varint(data, position)
            fields.append((number, value))
        elif wire == 2:
            length, position = _varint(data, position)
            if position + length > len(data):
                raise ValueError("a value runs past the end")
            fields.append((number, data[position : position + length]))
            position += length
        elif wire in (1, 5):
            position += 8 if wire == 1 else 4
        else:
            raise ValueError(f"wire type {wire} is not known")
    if position != len(data):
        raise ValueError("a value runs past the end")
    return fields


def _varint(data: bytes, position: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if position >= len(data) or shift > 63:
            raise ValueError("a number runs past the end")
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, position


def _latest_media_map(
    path: Path, archive: zipfile.ZipFile, options: ImportOptions
) -> dict[str, str]:
    """Return member name -> media file name from the newest layout's protobuf media list."""
    raw = _unzstd(path, _member(path, archive, "media", options), options)
    mapping: dict[str, str] = {}
    try:
        for index, (number, entry) in enumerate(protobuf_fields(raw)):
            if number != 1 or not isinstance(entry, bytes):
                continue
            fields = protobuf_fields(entry)
            name = next((v for n, v in fields if n == 1 and isinstance(v, bytes)), b"")
            member = next((v for n, v in fields if n == 255 and isinstance(v, int)), index)
            mapping[str(member)] = name.decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        raise _fail(
            path, Message(QT_TRANSLATE_NOOP("core", "the package's media list is not readable"))
        ) from None
    return _checked_media_names(path, mapping)


def _fail(path: Path, message: Message, line: int = 0) -> QuestionFileError:
    return QuestionFileError([Problem(path, line, message)])


def _open_archive(path: Path, options: ImportOptions) -> zipfile.ZipFile:
    """Open the package and refuse it if a member escapes its folder or balloons."""
    data = read_bytes(path, options.max_package_bytes)
    not_zip = QT_TRANSLATE_NOOP("core", "not an Anki package (it is not a zip archive)")
    return open_zip(path, data, options, Message(not_zip))


def _member(path: Path, archive: zipfile.ZipFile, name: str, options: ImportOptions) -> bytes:
    """Read one member, never more than the limit whatever its header claims."""
    try:
        with archive.open(name) as handle:
            data = handle.read(options.max_unpacked_bytes + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        raise _fail(
            path,
            Message(
                QT_TRANSLATE_NOOP("core", "'{name}' in the package cannot be read ({error})"),
                {"name": name, "error": error},
            ),
        ) from None
    if len(data) > options.max_unpacked_bytes:
        raise _fail(
            path,
            Message(
                QT_TRANSLATE_NOOP("core", "'{name}' unpacks to more than {most} bytes"),
                {"name": name, "most": options.max_unpacked_bytes},
            ),
        )
    return data


def _media_map(path: Path, archive: zipfile.ZipFile, options: ImportOptions) -> dict[str, str]:
    """Return member name -> media file name, refusing names that would leave the folder."""
    raw = _member(path, archive, "media", options)
    try:
        mapping = load_json(raw.decode("utf-8") or "{}")
    except (UnicodeDecodeError, json.JSONDecodeError, LimitError):
        raise _fail(
            path,
            Message(
                QT_TRANSLATE_NOOP("core", "the package's media list is not readable (not JSON)")
            ),
        ) from None
    if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
        raise _fail(
            path,
            Message(
                QT_TRANSLATE_NOOP("core", "the package's media list is not a mapping of names")
            ),
        )
    return _checked_media_names(path, {str(k): v for k, v in mapping.items()})


def _checked_media_names(path: Path, mapping: dict[str, str]) -> dict[str, str]:
    """Return the media list, refusing names that would leave the folder."""
    for name in mapping.values():
        if not is_media_name(name):
            raise _fail(
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "the package names a media file outside its folder: '{name}'"
                    ),
                    {"name": name},
                ),
            )
    return mapping


def _read_collection(path: Path, data: bytes) -> list[Note]:
    """Read the notes of an Anki collection held in memory."""
    if len(data) < 512 or not data.startswith(b"SQLite format 3\x00"):
        raise _fail(
            path,
            Message(
                QT_TRANSLATE_NOOP("core", "the collection in the package is not an SQLite database")
            ),
        )
    # Anki saves collections in WAL mode, which an in-memory database cannot open: bytes 18
    # and 19 of the header say so, and setting them to 1 reads the same file in rollback mode.
    data = data[:18] + b"\x01\x01" + data[20:]
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(data)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        note_types = _note_types_18(conn) if "notetypes" in tables else _note_types_legacy(conn)
        decks = _decks_18(conn) if "notetypes" in tables else _decks_legacy(conn)
        return _notes(conn, note_types, decks)
    except sqlite3.DatabaseError as error:
        raise _fail(
            path,
            Message(
                QT_TRANSLATE_NOOP("core", "the collection in the package cannot be read ({error})"),
                {"error": error},
            ),
        ) from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        raise _fail(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "the collection in the package is not as Anki writes it ({error})"
                ),
                {"error": repr(error)},
            ),
        ) from None
    finally:
        conn.close()


@dataclass(frozen=True)
class _NoteType:
    field_names: list[str]
    cloze: bool
    fronts: dict[int, str]


def _note_types_legacy(conn: sqlite3.Connection) -> dict[int, _NoteType]:
    """Return the note types of a collection before schema 18 (JSON in the ``col`` table)."""
    (models_json,) = conn.execute("SELECT models FROM col").fetchone()
    types: dict[int, _NoteType] = {}
    for mid, model in (load_json(models_json or "{}") or {}).items():
        fields = sorted(model["flds"], key=lambda f: f["ord"])
        fronts = {int(t["ord"]): str(t["qfmt"]) for t in model.get("tmpls", [])}
        types[int(mid)] = _NoteType([str(f["name"]) for f in fields], model["type"] == 1, fronts)
    return types


def _decks_legacy(conn: sqlite3.Connection) -> dict[int, str]:
    (decks_json,) = conn.execute("SELECT decks FROM col").fetchone()
    return {int(did): str(deck["name"]) for did, deck in (load_json(decks_json or "{}")).items()}


def _note_types_18(conn: sqlite3.Connection) -> dict[int, _NoteType]:
    """Return the note types of a schema-18 collection (tables, configs in protobuf)."""
    fields: dict[int, list[str]] = {}
    for ntid, name in conn.execute("SELECT ntid, name FROM fields ORDER BY ntid, ord"):
        fields.setdefault(int(ntid), []).append(str(name))
    fronts: dict[int, dict[int, str]] = {}
    for ntid, ord_, config in conn.execute("SELECT ntid, ord, config FROM templates"):
        front = next((v for n, v in protobuf_fields(config) if n == 1), b"")
        fronts.setdefault(int(ntid), {})[int(ord_)] = bytes(front).decode("utf-8")
    types = {}
    for ntid, config in conn.execute("SELECT id, config FROM notetypes"):
        cloze = any(n == 1 and v == 1 for n, v in protobuf_fields(config))
        types[int(ntid)] = _NoteType(fields.get(int(ntid), []), cloze, fronts.get(int(ntid), {}))
    return types


def _decks_18(conn: sqlite3.Connection) -> dict[int, str]:
    # Schema 18 separates deck levels with 0x1f where Anki shows "::".
    return {
        int(did): str(name).replace("\x1f", "::")
        for did, name in conn.execute("SELECT id, name FROM decks")
    }


def _notes(
    conn: sqlite3.Connection, note_types: dict[int, _NoteType], decks: dict[int, str]
) -> list[Note]:
    note_decks: dict[int, int] = {}
    card_ords: dict[int, list[int]] = {}
    for nid, did, ord_ in conn.execute("SELECT nid, did, ord FROM cards ORDER BY nid, ord"):
        note_decks.setdefault(int(nid), int(did))
        card_ords.setdefault(int(nid), []).append(int(ord_))
    notes = []
    for number, (nid, guid, mid, tags, flds) in enumerate(
        conn.execute("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id"), start=1
    ):
        note_type = note_types.get(int(mid), _NoteType([], False, {}))
        values = str(flds).split("\x1f")
        names = list(note_type.field_names)
        names += [f"Field {i + 1}" for i in range(len(names), len(values))]
        deck = decks.get(note_decks.get(int(nid), 0), "")
        fronts = [note_type.fronts[o] for o in card_ords.get(int(nid), []) if o in note_type.fronts]
        notes.append(
            Note(
                number,
                str(guid),
                names[: len(values)],
                values,
                str(tags).split(),
                deck,
                note_type.cloze,
                fronts=fronts,
            )
        )
    return notes


def _is_image_name(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in IMAGE_SUFFIXES


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
    cards: list[tuple[dict[str, Any], str]] = []
    if note.cloze:
        text = texts[prompt_at] if prompt_at < len(texts) else ""
        if not _CLOZE.search(text):
            builder.skip(
                note.number,
                Message(QT_TRANSLATE_NOOP("core", "a cloze note without a {{c1::...}} deletion")),
            )
            return
        cards.append(({"type": "cloze", "prompt": _CLOZE.sub(_gap, text)}, ""))
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
        fronts = list(note.fronts) or [""]
        cards.append((_card(prompt, answer, typed=bool(_TYPE_IN.search(fronts[0]))), ""))
        prompt_name, answer_name = _field_name(note, prompt_at), _field_name(note, answer_at)
        for number, front in enumerate(fronts[1:], start=2):
            referenced = set(_FIELD_REFERENCE.findall(front))
            if answer_name in referenced and prompt_name not in referenced:
                reverse = _card(answer, prompt, typed=bool(_TYPE_IN.search(front)))
                cards.append((reverse, "reverse"))
            else:
                lost.append(f"card {number} of the note is not kept: only a front and its reverse")
    extra = [
        text if names[i] in EXPLANATION_FIELDS else f"{note.field_names[i]}: {text}"
        for i, text in enumerate(texts)
        if i not in (prompt_at, answer_at) and text
    ]
    for record, variant in cards:
        if extra:
            record["explanation"] = "\n".join(extra)
        if note.deck and note.deck != "Default":
            record["topic"] = note.deck
        if note.tags:
            record["tags"] = list(note.tags)
        qid = None
        if note.exact_key:
            qid = f"{builder.set_id}-{hashlib.sha256(note.key.encode()).hexdigest()[:10]}"
            qid += f"-{variant}" if variant else ""
        hint = f"{note.key}\x00{variant}" if variant else note.key
        if builder.add(record, note.number, hint, explicit_id=qid) and not variant:
            for left_out in lost:
                builder.note(note.number, left_out)


def _card(prompt: str, answer: str, *, typed: bool) -> dict[str, Any]:
    """Return a flashcard, or a short answer when the card asks to type the answer."""
    if typed and "\n" not in answer:
        return {"type": "short_answer", "prompt": prompt, "answer": answer}
    return {"type": "flashcard", "prompt": prompt, "answer": answer}


def _gap(match: re.Match[str]) -> str:
    """Return an Anki cloze deletion as our gap, its hint (if any) after it in brackets."""
    hint = (match.group(2) or "").strip()
    return "{{" + match.group(1) + "}}" + (f" [{hint}]" if hint else "")


def _find(names: list[str], wanted: Sequence[str], default: int, exclude: int = -1) -> int:
    for name in wanted:
        if name in names and names.index(name) != exclude:
            return names.index(name)
    return default


def _field_name(note: Note, index: int) -> str:
    return note.field_names[index] if 0 <= index < len(note.field_names) else f"field {index + 1}"
