"""``import quizgen.ingest`` stays cheap: the HTML and Markdown libraries load on demand."""

from __future__ import annotations

import subprocess
import sys


def test_import_does_not_load_heavy_libraries() -> None:
    code = (
        "import sys, quizgen.ingest\n"
        "heavy = [m for m in ('trafilatura', 'lxml', 'markdown_it', 'nltk', 'textual') "
        "if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
