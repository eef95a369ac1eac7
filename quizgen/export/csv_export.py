"""Tab-separated text export for Anki's "Import File" and for Quizlet.

Layout (UTF-8, one note per line, fields separated by a tab)::

    #separator:tab
    #html:false
    #notetype:Basic
    #tags column:3
    #deck column:4
    #guid column:5
    #columns:Front	Back	Tags	Deck	GUID
    Front	Back	Tags	Deck	GUID

The ``#`` lines are Anki's file headers (Anki 2.1.55 and later): they preselect the tab
separator, plain text (Anki escapes ``<``, ``&`` and friends itself, so article text shows
literally), the stock "Basic" note type, and which columns hold the tags, the deck and
the note's GUID. Columns:

1. **Front**: the question. Cloze: the sentence with its gap shown as ``_____``. Multiple
   choice: the question followed by its options, ``(A) … (B) …``. True/false: ``True or
   false: `` and the statement. Short answer: the question.
2. **Back**: the answer (multiple choice: ``(B) answer``; true/false: ``True`` or
   ``False. Correct statement: …``; short answer: plus ``Also accepted: …``), then
   `` — `` and the explanation when it adds something.
3. **Tags**: space-separated Anki tags, as in the .apkg export (``quizgen``,
   ``quizgen::type::cloze``, ``quizgen::source::<source>``, ``quizgen::difficulty::easy``).
4. **Deck**: the deck (``Deck title::Source title`` when the deck has several sources).
5. **GUID**: a stable note id derived from the item id, so importing a newer file updates
   notes in place (Anki's "Existing notes: Update") instead of adding duplicates.

Every field is kept on one line (tabs and line breaks become spaces) and fields are
quoted only when they must be (a ``"`` inside, or a leading ``#`` that Anki would take for
a comment), so Quizlet's "Import" box also reads the file: choose "Tab" between term and
definition and "New line" between cards, and delete the ``#`` lines and the last three
columns first (Quizlet reads only a term and a definition).
"""

from __future__ import annotations

from pathlib import Path

from quizgen.errors import ExportError
from quizgen.export.layout import deck_names, item_tags
from quizgen.models import (
    ClozeItem,
    Deck,
    MultipleChoiceItem,
    ShortAnswerItem,
    TrueFalseItem,
)

COLUMNS = ("Front", "Back", "Tags", "Deck", "GUID")
"""The columns of the CSV export, in order."""

_HEADER = (
    "#separator:tab\n"
    "#html:false\n"
    "#notetype:Basic\n"
    "#tags column:3\n"
    "#deck column:4\n"
    "#guid column:5\n"
    "#columns:" + "\t".join(COLUMNS) + "\n"
)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _cell(text: str) -> str:
    text = _one_line(text)
    if '"' in text or text.startswith("#"):
        return '"' + text.replace('"', '""') + '"'
    return text


def _with_explanation(back: str, explanation: str, *already_shown: str) -> str:
    shown = {_one_line(s).casefold() for s in (back, *already_shown)}
    if explanation.strip() and _one_line(explanation).casefold() not in shown:
        return f"{back} — {explanation}"
    return back


def front_and_back(
    item: ClozeItem | MultipleChoiceItem | TrueFalseItem | ShortAnswerItem,
) -> tuple[str, str]:
    """The plain-text front and back of ``item``'s row."""
    if isinstance(item, MultipleChoiceItem):
        options = " ".join(
            f"({letter}) {o}" for letter, o in zip("ABCDE", item.options, strict=False)
        )
        letter = "ABCDE"[item.options.index(item.answer)]
        back = f"({letter}) {item.answer}"
        return f"{item.prompt} {options}", _with_explanation(back, item.explanation, item.prompt)
    if isinstance(item, TrueFalseItem):
        back = item.answer
        if item.correction:
            back = f"{back}. Correct statement: {item.correction}"
        return f"True or false: {item.prompt}", _with_explanation(
            back, item.explanation, item.prompt, item.correction or ""
        )
    if isinstance(item, ClozeItem):
        filled = item.prompt.replace("_____", item.answer)
        return item.prompt, _with_explanation(item.answer, item.explanation, filled)
    back = item.answer
    if item.accepted:
        back = f"{back}. Also accepted: {', '.join(item.accepted)}"
    return item.prompt, _with_explanation(back, item.explanation, item.prompt)


def csv_text(deck: Deck) -> str:
    """The whole tab-separated file for ``deck``."""
    from genanki import guid_for

    if not deck.items:
        raise ExportError(f"deck {deck.title!r} has no items to export")
    names = deck_names(deck)
    lines = [_HEADER]
    for item in deck.items:
        front, back = front_and_back(item)
        tags = " ".join(item_tags(item.type, item.source.source_id, item.difficulty_band))
        row = (
            front,
            back,
            tags,
            names[item.source.source_id],
            # Not the .apkg GUID: a CSV note is a "Basic" note, and reusing the GUID of a
            # "quizgen" note type would make Anki report a conflict.
            guid_for("quizgen-csv", item.id),
        )
        lines.append("\t".join(_cell(value) for value in row) + "\n")
    return "".join(lines)


def export_csv(deck: Deck, out: Path) -> None:
    """Write ``deck`` as a tab-separated file for Anki's Import File and Quizlet.

    Columns: Front, Back, Tags, Deck, GUID, after Anki's ``#`` header lines (see the
    module docstring for what each holds).
    """
    from quizgen.export.output import write_output

    write_output(out, csv_text(deck).encode("utf-8"))
