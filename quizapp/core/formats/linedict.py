"""A mapping that remembers the lines it was read from (kept apart from the YAML reader).

Stored questions are checked with the same reader as files, without loading PyYAML, which
would cost every start about 15 ms.
"""

from __future__ import annotations

from typing import Any


class LineDict(dict[str, Any]):
    """A mapping read from YAML that knows its line and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        """Return the line of ``key`` if present, else the line of the mapping."""
        return getattr(self, "key_lines", {}).get(key, self.line)
