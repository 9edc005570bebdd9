"""Writing files safely: a reader never sees half a file, and a failure leaves the old one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text to a temporary file beside ``path``, then move it into place.

    Raises:
        OSError: the folder cannot be written; ``path`` is then unchanged.
    """
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
