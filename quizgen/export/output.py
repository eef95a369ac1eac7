"""Writing an export file: atomically, with one clear line when the path is unusable."""

from __future__ import annotations

from pathlib import Path

from quizgen.errors import DeckError, ExportError
from quizgen.models import write_atomic


def write_output(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` atomically: the old file or the new one, never half of one."""
    if out.is_dir():
        raise ExportError(f"{out}: is a directory; give a file name to write the export to")
    try:
        write_atomic(out, data)
    except DeckError as exc:
        raise ExportError(str(exc)) from None
