"""Bad input: one clear line on stderr and exit 1, never a traceback, never a partial file.

Where the issue allows it ("a file in a language with no extractable facts", "an HTML
page of only scripts"), exit 0 with a valid deck of zero items and a ``warning:`` line
is accepted instead.
"""

from __future__ import annotations

import json
import os
import random
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quizgen.models import Deck, Provenance, ShortAnswerItem, Source, load_deck
from quizgen.validate import check_deck

Cli = Callable[..., Any]

ARTICLE = (
    "The Eiffel Tower in Paris was completed in 1889 for the World's Fair. "
    "Gustave Eiffel's company designed and built the tower, which cost about 7.8 million "
    "francs. It stood 300 metres tall and remained the tallest structure in the world "
    "until 1930, when the Chrysler Building in New York overtook it.\n"
)

FINNISH = (
    "Suomi on tasavalta Pohjois-Euroopassa. Maan pääkaupunki on Helsinki, joka sijaitsee "
    "etelärannikolla. Suomessa on noin viisi ja puoli miljoonaa asukasta. Kesällä aurinko "
    "paistaa lähes koko yön, mutta talvella päivät ovat lyhyitä ja pimeitä. Järviä on yli "
    "satatuhatta, ja metsät peittävät suurimman osan maasta. Suomalaiset rakastavat saunaa, "
    "ja saunoja on enemmän kuin autoja. Kouluissa opetetaan sekä suomea että ruotsia, koska "
    "molemmat ovat virallisia kieliä.\n"
)


def _consonant_words(n: int) -> str:
    rng = random.Random(7)
    letters = "bcdfghjklmnpqrstvwxz"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 7))) for _ in range(n)]
    return " ".join(words) + "\n"


def _png_bytes() -> bytes:
    """A real PNG signature and IHDR chunk, then binary junk."""
    ihdr = b"IHDR" + (16).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    chunk = len(ihdr[4:]).to_bytes(4, "big") + ihdr + zlib.crc32(ihdr).to_bytes(4, "big")
    return b"\x89PNG\r\n\x1a\n" + chunk + bytes(range(256)) * 8


def _files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def assert_one_line_error(run: Any, *mentions: str) -> None:
    """Exit 1, exactly one non-empty line on stderr, no traceback, naming what is wrong."""
    code, err = run.code, run.err
    assert "Traceback" not in err, err
    assert code == 1, f"exit code {code}, stderr: {err!r}"
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    for text in mentions:
        assert text in lines[0], f"{text!r} not named in {lines[0]!r}"


def assert_error_or_empty_deck(run: Any, output: Path) -> None:
    """Either a one-line error (and no file), or a valid zero-item deck and a warning."""
    code, err = run.code, run.err
    assert "Traceback" not in err, err
    if code == 1:
        assert_one_line_error(run)
        assert not output.exists(), "a failed run must not leave an output file"
        return
    assert code == 0, f"exit code {code}, stderr: {err!r}"
    deck = load_deck(output)
    assert deck.items == [], "input with no extractable facts gave quiz items: " + "; ".join(
        f"{i.prompt} -> {i.answer}" for i in deck.items
    )
    assert check_deck(deck) == []
    assert any(line.startswith("warning:") for line in err.splitlines()), err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "eiffel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "content", "mention"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\t\n  \r\n   ", "whitespace"),
        ("picture.txt", _png_bytes(), "picture.txt"),
    ],
    ids=["empty", "whitespace-only", "png-renamed-txt"],
)
def test_unusable_file_is_one_line_error(
    cli: Cli, tmp_path: Path, name: str, content: bytes, mention: str
) -> None:
    src = tmp_path / name
    src.write_bytes(content)
    out = tmp_path / "deck.json"
    run = cli(["generate", str(src), "-o", str(out)])
    assert_one_line_error(run, mention)
    assert _files_in(tmp_path) == {name}, "no output or temporary file may be left behind"


def test_five_megabyte_file_is_refused_in_one_line(cli: Cli, tmp_path: Path) -> None:
    src = tmp_path / "huge.txt"
    sentence = "The council met in Geneva in 1998 and approved a budget of US$4 million. "
    src.write_text(sentence * (5_000_000 // len(sentence) + 1), encoding="utf-8")
    assert src.stat().st_size >= 5_000_000
    out = tmp_path / "deck.json"
    run = cli(["generate", str(src), "-o", str(out)])
    assert_one_line_error(run, "huge.txt")
    assert _files_in(tmp_path) == {"huge.txt"}


@pytest.mark.parametrize(
    "text",
    [FINNISH, _consonant_words(300)],
    ids=["finnish-paragraph", "random-consonant-words"],
)
def test_language_without_extractable_facts(cli: Cli, tmp_path: Path, text: str) -> None:
    """An English-only generator must not hand out items built from text it cannot read."""
    src = tmp_path / "foreign.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "deck.json"
    run = cli(["generate", str(src), "-o", str(out)])
    assert_error_or_empty_deck(run, out)


def test_html_page_of_only_scripts(cli: Cli, tmp_path: Path) -> None:
    src = tmp_path / "scripts.html"
    src.write_text(
        "<!doctype html><html><head><script>var tracking = {id: 42};</script></head>"
        '<body><script src="app.js"></script><script>document.write("Hello there, '
        'this is not an article at all.");</script></body></html>\n',
        encoding="utf-8",
    )
    out = tmp_path / "deck.json"
    run = cli(["generate", str(src), "-o", str(out)])
    assert_error_or_empty_deck(run, out)


def test_missing_path(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "deck.json"
    run = cli(["generate", str(tmp_path / "no-such-article.txt"), "-o", str(out)])
    assert_one_line_error(run, "no-such-article.txt")
    assert not out.exists()


def test_directory_as_input(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    out = tmp_path / "deck.json"
    run = cli(["generate", str(folder), "-o", str(out)])
    assert_one_line_error(run, "articles")
    assert not out.exists()


def test_output_under_missing_folder(cli: Cli, article: Path, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "folder" / "deck.json"
    run = cli(["generate", str(article), "-o", str(out)])
    assert_one_line_error(run)
    assert not (tmp_path / "no").exists(), (
        "the CLI must not create folders the user did not ask for"
    )


def test_output_is_an_existing_directory(cli: Cli, article: Path, tmp_path: Path) -> None:
    target = tmp_path / "decks"
    target.mkdir()
    run = cli(["generate", str(article), "-o", str(target)])
    assert_one_line_error(run, "decks")
    assert target.is_dir() and _files_in(target) == set()


@pytest.mark.parametrize(
    "target", ["/proc/quizgen-test.json", "/sys/quizgen-test.json"], ids=["proc", "sys"]
)
def test_output_where_even_root_cannot_write(cli: Cli, article: Path, target: str) -> None:
    if not Path(target).parent.is_dir():
        pytest.skip(f"{Path(target).parent} is not a folder on this system")
    run = cli(["generate", str(article), "-o", target])
    assert_one_line_error(run, target)
    assert not Path(target).exists()


def test_output_in_read_only_folder(cli: Cli, article: Path, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip(
                "running as root: chmod does not stop writes (see the /proc and /sys cases)"
            )
        run = cli(["generate", str(article), "-o", str(folder / "deck.json")])
        assert_one_line_error(run, "deck.json")
        assert _files_in(folder) == set()
    finally:
        folder.chmod(0o700)


def test_unwritable_existing_folder_is_not_reported_as_missing(cli: Cli, article: Path) -> None:
    """/proc exists; saying "folder /proc does not exist" sends the user the wrong way."""
    if not Path("/proc").is_dir():
        pytest.skip("/proc is not a folder on this system")
    run = cli(["generate", str(article), "-o", "/proc/quizgen-test.json"])
    assert_one_line_error(run)
    assert "does not exist" not in run.err, run.err


def test_out_dir_that_does_not_exist(cli: Cli, article: Path, tmp_path: Path) -> None:
    run = cli(["generate", str(article), "--out-dir", str(tmp_path / "missing")])
    assert_one_line_error(run, "missing")
    assert not (tmp_path / "missing").exists()


def test_unknown_types_value(cli: Cli, article: Path, tmp_path: Path) -> None:
    out = tmp_path / "deck.json"
    run = cli(["generate", str(article), "--types", "mc,essay", "-o", str(out)])
    assert_one_line_error(run, "essay")
    assert not out.exists()


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_bad_max_items(cli: Cli, article: Path, tmp_path: Path, value: str) -> None:
    out = tmp_path / "deck.json"
    run = cli(["generate", str(article), "--max-items", value, "-o", str(out)])
    assert_one_line_error(run, "--max-items")
    assert not out.exists()


def test_failed_regeneration_keeps_the_previous_deck(
    cli: Cli, tmp_path: Path, article: Path
) -> None:
    """A bad input must not clobber an existing deck at the output path."""
    out = tmp_path / "deck.json"
    out.write_text("previous deck\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = cli(["generate", str(empty), "-o", str(out)])
    assert_one_line_error(run)
    assert out.read_text(encoding="utf-8") == "previous deck\n"


# --- end to end, in a fresh interpreter: exit codes as a shell sees them ----------------


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.txt", b""), ("picture.txt", _png_bytes())],
    ids=["empty", "png"],
)
def test_subprocess_bad_input_exit_code(
    cli_subprocess: Cli, tmp_path: Path, name: str, content: bytes
) -> None:
    src = tmp_path / name
    src.write_bytes(content)
    run = cli_subprocess(["generate", str(src), "-o", str(tmp_path / "deck.json")])
    assert_one_line_error(run, name)
    assert _files_in(tmp_path) == {name}


def test_subprocess_missing_path_and_usage_error(cli_subprocess: Cli, tmp_path: Path) -> None:
    assert_one_line_error(cli_subprocess(["generate", str(tmp_path / "nope.txt")]), "nope.txt")
    assert_one_line_error(cli_subprocess(["generate", "x.txt", "--max-items", "0"]))
    assert_one_line_error(cli_subprocess(["validate", str(tmp_path / "nope.json")]), "nope.json")


# --- quizgen validate -------------------------------------------------------------------


def _small_deck() -> Deck:
    sentence = "Gustave Eiffel's company designed and built the tower."
    source = Source(id="eiffel", title="Eiffel Tower", origin="eiffel.txt", sha256="0" * 64)
    items = [
        ShortAnswerItem(
            id=f"{n:016x}",
            prompt=prompt,
            answer=answer,
            answer_type="PERSON",
            source=Provenance(source_id="eiffel", sentence=sentence, start=0, end=len(sentence)),
            explanation=sentence,
        )
        for n, (prompt, answer) in enumerate(
            [
                ("Whose company designed and built the tower?", "Gustave Eiffel"),
                ("What did Gustave Eiffel's company design and build?", "the tower"),
            ],
            start=10,
        )
    ]
    return Deck(title="Eiffel Tower", sources=[source], items=items)


def test_validate_accepts_a_good_deck(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "good.json"
    path.write_text(_small_deck().to_json(), encoding="utf-8")
    run = cli(["validate", str(path)])
    assert run.code == 0, (run.out, run.err)


def test_validate_non_json_file(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("these are my notes, not { a deck\n", encoding="utf-8")
    assert_one_line_error(cli(["validate", str(path)]), "notes.json")


def test_validate_item_missing_answer_names_file_item_and_field(cli: Cli, tmp_path: Path) -> None:
    data = json.loads(_small_deck().to_json())
    broken_id = data["items"][1]["id"]
    del data["items"][1]["answer"]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    run = cli(["validate", str(path)])
    assert_one_line_error(run, "broken.json", "answer")
    line = run.err.strip()
    assert "item 1" in line or broken_id in line, f"the item is not named: {line!r}"


def test_validate_newer_schema_version(cli: Cli, tmp_path: Path) -> None:
    data = json.loads(_small_deck().to_json())
    data["schema_version"] = 99
    path = tmp_path / "future.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    assert_one_line_error(cli(["validate", str(path)]), "future.json", "99")


def test_validate_reports_rule_violations_with_item_and_code(cli: Cli, tmp_path: Path) -> None:
    """Schema-valid but breaking a rule (the prompt gives the answer away): non-zero exit."""
    data = json.loads(_small_deck().to_json())
    data["items"][0]["prompt"] = "Did Gustave Eiffel's company design and build the tower?"
    path = tmp_path / "leaky.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    run = cli(["validate", str(path)])
    assert run.code == 1
    report = run.out + run.err
    assert "Traceback" not in report
    assert data["items"][0]["id"] in report and "answer_in_prompt" in report, report
