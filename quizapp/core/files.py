"""Writing files safely: a reader never sees half a file, and a failure leaves the old one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text to a temporary file beside ``path``, flush it to disk, move it into place.

    The file gets the permissions a new file gets from the user's umask (or keeps those of
    the file it replaces), not the owner-only ones of a temporary file.

    Raises:
        OSError: the folder cannot be written; ``path`` is then unchanged.
    """
    folder = path.parent or Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.chmod(out.fileno(), _mode_for(path))
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_folder(folder)


def _mode_for(path: Path) -> int:
    """Return the permissions of the file being replaced, else what the umask gives."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        return new_file_mode()


def new_file_mode() -> int:
    """Return the permissions the user's umask gives a new file (a temporary file has 0600)."""
    # The umask can only be read by setting it: put it back at once.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (the folder's entry), where the platform allows it."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
