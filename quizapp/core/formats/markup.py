"""HTML from other tools (Anki fields, GIFT ``[html]``) made safe, then turned into plain text.

HTML is first reduced by nh3 (a maintained sanitiser built on html5ever's ammonia) to a small
subset: a few formatting tags and ``<img>`` naming a file of the set's own media. Scripts,
styles, event handlers, links and remote or local-path images are dropped there. The subset is
then read by the standard library's HTML parser into the plain text the app shows: block tags
become line breaks and an image becomes an ``[image: NAME]`` marker that keeps its place.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from html.parser import HTMLParser
from typing import NamedTuple

import nh3

SAFE_TAGS = frozenset(
    {"b", "i", "u", "em", "strong", "sub", "sup", "br", "p", "div", "span", "ul", "ol", "li"}
    | {"code", "pre", "img", "table", "tr", "td", "th", "tbody", "thead"}
)
"""The subset kept by :func:`sanitize`; every other tag is removed, keeping its text."""

_DROPPED_WITH_CONTENT = frozenset({"script", "style", "head", "title", "iframe", "object"})
_BLOCK_TAGS = frozenset({"p", "div", "li", "tr", "pre", "ul", "ol", "table"})
IMAGE_SIGNATURES = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpeg": (b"\xff\xd8\xff",),
    "gif": (b"GIF87a", b"GIF89a"),
    "webp": (b"RIFF",),
}
"""Images we keep, by kind, with the bytes their files start with (no SVG: it runs code)."""
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp"})
"""The file name endings of the images we keep."""
IMAGE_MARKER = "[image: {name}]"
"""How an image appears in a question's plain text; NAME is a file in the set's media."""
IMAGE_MARKER_WITH_ALT = "[image: {name} | {alt}]"
"""The same, with the image's description (its ``alt`` text) for screen readers."""
IMAGE_PATTERN = re.compile(r"\[image: ([^\]|]+?)(?: \| ([^\]]*))?\]")
"""Finds image markers in plain text: group 1 is the media name, group 2 the description."""


def is_media_name(name: str) -> bool:
    """Return whether ``name`` is a bare file name (no folder, no scheme, nothing to escape)."""
    return (
        bool(name.strip())
        and name not in {".", ".."}
        and not any(c in name for c in "/\\:\x00")
        and not name.startswith(".")
    )


def image_kind(data: bytes) -> str | None:
    """Return the kind of image ``data`` holds, told by its first bytes, or None if not one.

    The content decides, not the name: tools save PNGs named ``.jpg`` and the other way round.
    """
    for kind, signatures in IMAGE_SIGNATURES.items():
        if data.startswith(signatures) and (kind != "webp" or data[8:12] == b"WEBP"):
            return kind
    return None


def sanitize(html: str, media: Collection[str] = (), dropped: list[str] | None = None) -> str:
    """Reduce HTML to the safe subset.

    Args:
        html: untrusted HTML.
        media: file names of the set's own media; an ``<img>`` naming anything else loses it.
        dropped: if given, receives the sources of the images that were dropped.

    Returns:
        HTML with only :data:`SAFE_TAGS`, no attributes except ``img src`` naming a media file
        and ``img alt``.
    """

    def keep_attribute(element: str, attribute: str, value: str) -> str | None:
        if element == "img" and attribute == "src":
            if is_media_name(value) and value in media:
                return value
            if dropped is not None:
                dropped.append(value)
        if element == "img" and attribute == "alt":
            return value
        return None

    return nh3.clean(
        html,
        tags=set(SAFE_TAGS),
        clean_content_tags=set(_DROPPED_WITH_CONTENT),
        attributes={"img": {"src", "alt"}},
        attribute_filter=keep_attribute,
        # Every scheme reaches keep_attribute, which refuses them all, and so can report them.
        url_schemes={"http", "https", "data", "file", "ftp", "javascript", "blob", "cid"},
        link_rel=None,
        strip_comments=True,
    )


class _PlainText(HTMLParser):
    """Reads sanitised HTML into plain text and notes the images it names."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag == "img":
            found = dict(attrs)
            name = found.get("src")
            alt = " ".join((found.get("alt") or "").replace("]", " ").replace("|", " ").split())
            if name:
                self.images.append(name)
                marker = IMAGE_MARKER_WITH_ALT if alt else IMAGE_MARKER
                self.parts.append(marker.format(name=name, alt=alt))
        elif tag in {"td", "th"}:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS - {"li", "tr"}:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        # In HTML a line break in the source is a space; only <br> and blocks break lines.
        collapsed = " ".join(data.split())
        if data[:1].isspace():
            collapsed = " " + collapsed
        if data[-1:].isspace() and collapsed.strip():
            collapsed += " "
        self.parts.append(collapsed)


class PlainText(NamedTuple):
    """HTML turned into the text a learner reads."""

    text: str
    images: list[str]
    """The media images the text shows, in order."""
    dropped: list[str]
    """The images that were left out: remote, a local path, or not in the media."""


def html_to_text(html: str, media: Collection[str] = ()) -> PlainText:
    """Sanitise HTML and return its plain text and the media images it shows.

    Runs of spaces collapse as a browser would; line breaks from ``<br>`` and blocks stay
    (at most one blank line in a row), and the text is stripped.
    """
    parser = _PlainText()
    dropped: list[str] = []
    parser.feed(sanitize(html, media, dropped))
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return PlainText("\n".join(kept).strip(), parser.images, dropped)
