"""The ``quizgen`` command: a thin layer over the library's public functions.

Heavy modules (pydantic models, NLTK, Textual, genanki) are imported only by the command
that needs them, so ``quizgen --help`` stays instant. Problems with the user's input
print one line and exit 1; anything unexpected prints one line and exits 2.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from quizgen import __version__
from quizgen.errors import InputError, QuizgenError

if TYPE_CHECKING:
    from quizgen.models import Deck, ItemType
    from quizgen.pipeline import GenerationResult

_COMMANDS = {
    "generate": "turn articles into quiz decks (deck JSON)",
    "quiz": "take a deck (or an article) in the terminal quiz",
    "export": "export a deck to Anki (.apkg) or CSV",
    "validate": "check deck files against the schema and the item rules",
    "schema": "print the JSON Schema of the deck file",
    "stats": "show your progress per deck",
}
_TYPE_ALIASES = {
    "cloze": "cloze",
    "multiple_choice": "multiple_choice",
    "multiple-choice": "multiple_choice",
    "mc": "multiple_choice",
    "true_false": "true_false",
    "true-false": "true_false",
    "tf": "true_false",
    "short_answer": "short_answer",
    "short-answer": "short_answer",
    "short": "short_answer",
}
_PREVIEW_ITEMS = 5


class _Parser(argparse.ArgumentParser):
    """Usage errors are input errors: one line, exit 1."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see {self.prog} --help)\n")
        raise SystemExit(1)


def _add_generate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article(s): .txt, .md, .html, a folder of them, or - for stdin",
    )
    out = p.add_mutually_exclusive_group()
    out.add_argument(
        "-o", "--output", metavar="DECK.json", help="write one deck here (default: stdout)"
    )
    out.add_argument("--out-dir", metavar="DIR", help="write one deck per article into DIR")
    p.add_argument(
        "--types",
        metavar="T,T",
        help="item types: cloze, multiple_choice (mc), true_false (tf), short_answer (short); "
        "default all",
    )
    p.add_argument(
        "--max-items",
        type=_positive_int,
        metavar="N",
        help="items per article (default: about one per 30 words, 5-80)",
    )
    p.add_argument(
        "--seed",
        type=int,
        default=0,
        metavar="N",
        help="random seed; the same input and seed give the same deck (default 0)",
    )
    p.add_argument("--title", help="deck title (default: the article's title)")
    p.add_argument("--report", action="store_true", help="print kept and rejected items per reason")
    p.add_argument("--apkg", metavar="FILE.apkg", help="also export the deck as an Anki package")
    p.add_argument(
        "--fresh",
        action="store_true",
        help="ignore an existing output deck (by default its item ids and edit times are kept)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print no preview")  # fmt: skip


def _add_validate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("decks", nargs="+", metavar="DECK.json", help="deck file(s) to check")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def parse_types(text: str | None) -> list[ItemType] | None:
    """``"mc,tf"`` -> ``["multiple_choice", "true_false"]``; None means all types."""
    if not text:
        return None
    out: list[ItemType] = []
    for part in text.replace(" ", ",").split(","):
        if not part:
            continue
        name = _TYPE_ALIASES.get(part.lower())
        if name is None:
            raise InputError(
                f"unknown item type {part!r}; choose from cloze, multiple_choice, true_false, "
                "short_answer"
            )
        if name not in out:
            out.append(name)  # type: ignore[arg-type]
    return out or None


def _now() -> int:
    """When an edit happens: SOURCE_DATE_EPOCH for reproducible builds, else the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return int(epoch)
    return int(time.time())


def _check_writable(path: Path) -> None:
    """Fail before the work, not after it, when an output cannot be written."""
    parent = path.parent
    if path.is_dir():
        raise QuizgenError(f"{path}: is a directory; give a file name for the deck")
    if not parent.is_dir():
        raise QuizgenError(f"{path}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise QuizgenError(f"{path}: cannot write here (permission denied)")


def _previous_deck(path: Path, fresh: bool) -> Deck | None:
    from quizgen.errors import DeckError
    from quizgen.models import load_deck

    if fresh or not path.exists():
        return None
    try:
        return load_deck(path)
    except DeckError as exc:
        raise QuizgenError(
            f"{exc} — the output exists and is not a readable deck; use --fresh to replace it"
        ) from None


def _type_label(item_type: str) -> str:
    return item_type.replace("_", " ")


def preview(result: GenerationResult, out: str | None, stream: Callable[[str], None]) -> None:
    """A summary line and the first few items, as a teacher would glance at them."""
    deck = result.deck
    counts = ", ".join(f"{n} {_type_label(t)}" for t, n in result.report.kept_by_type.items() if n)
    where = f" to {out}" if out else ""
    stream(f"{deck.title}: {len(deck.items)} items ({counts or 'none'}){where}")
    for n, item in enumerate(deck.items[:_PREVIEW_ITEMS], 1):
        stream(f"{n:>2}. [{_type_label(item.type)}] {item.prompt}")
        if item.type == "multiple_choice":
            letters = "ABCDE"
            stream("    " + "   ".join(f"{letters[i]}) {o}" for i, o in enumerate(item.options)))
        stream(f"    answer: {item.answer}")
    if len(deck.items) > _PREVIEW_ITEMS:
        stream(f"    ... and {len(deck.items) - _PREVIEW_ITEMS} more")


def print_report(result: GenerationResult, stream: Callable[[str], None]) -> None:
    """Kept and rejected counts per reason."""
    from quizgen.validate import REASONS

    r = result.report
    stream(f"kept: {r.kept}")
    for t, n in r.kept_by_type.items():
        stream(f"  {_type_label(t):<16} {n}")
    total = sum(r.rejected.values())
    stream(f"rejected: {total}")
    for code, n in sorted(r.rejected.items(), key=lambda kv: (-kv[1], kv[0])):
        stream(f"  {code:<28} {n:>4}  {REASONS.get(code, '')}")
        for example in r.examples.get(code, []):
            stream(f"      e.g. {example}")
    stream(f"not selected (deck size and diversity): {r.not_selected}")


_ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}


def expand_inputs(names: Sequence[str]) -> list[str]:
    """Article paths from the command line; a folder stands for the articles in it."""
    out: list[str] = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            try:
                entries = list(path.iterdir())
            except OSError as exc:
                raise InputError(f"{name}: cannot read folder ({exc.strerror})") from None
            found = sorted(str(p) for p in entries if p.suffix.lower() in _ARTICLE_SUFFIXES)
            if not found:
                raise InputError(f"{name}: folder holds no articles (.txt, .md, .html)")
            out.extend(found)
        else:
            out.append(name)
    return out


def _run_generate(args: argparse.Namespace) -> int:
    from quizgen.models import save_deck

    types = parse_types(args.types)
    args.files = expand_inputs(args.files)
    out_lines: Callable[[str], None] = print
    err_lines: Callable[[str], None] = lambda s: print(s, file=sys.stderr)  # noqa: E731
    if args.apkg:
        if args.out_dir:
            raise InputError(
                "--apkg makes one package from one deck (-o); with --out-dir, export each "
                "deck with quizgen export DECK.json --to apkg -o FILE.apkg"
            )
        _check_writable(Path(args.apkg))
    if args.out_dir:
        return _generate_batch(args, types)
    output = Path(args.output) if args.output and args.output != "-" else None
    if output is not None:
        _check_writable(output)
    result = _build(args, args.files, types, output)
    for warning in result.report.warnings:
        err_lines(f"warning: {warning}")
    if output is None:
        sys.stdout.write(result.deck.to_json())
        show = err_lines
    else:
        save_deck(result.deck, output)
        show = out_lines
    if args.apkg:
        from quizgen.export import export_apkg

        export_apkg(result.deck, Path(args.apkg))
    if not args.quiet:
        preview(result, str(output) if output else None, show)
        if args.apkg:
            show(f"Anki package: {args.apkg}")
    if args.report:
        print_report(result, show)
    return 0


def _build(
    args: argparse.Namespace, files: list[str], types: list[ItemType] | None, output: Path | None
) -> GenerationResult:
    """One deck from the command line's settings, updating ``output`` if it holds one."""
    from quizgen.pipeline import build_deck

    previous = _previous_deck(output, args.fresh) if output is not None else None
    return build_deck(
        files,
        title=args.title,
        types=types,
        max_items=args.max_items,
        seed=args.seed,
        previous=previous,
        now=_now() if previous is not None else None,
        stdin=sys.stdin.buffer,
    )


def _generate_batch(args: argparse.Namespace, types: list[ItemType] | None) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from quizgen.models import save_deck

    out_dir = Path(args.out_dir)
    if not out_dir.is_dir():
        raise QuizgenError(f"{out_dir}: no such folder (create it first)")
    if not os.access(out_dir, os.W_OK):
        raise QuizgenError(f"{out_dir}: cannot write here (permission denied)")
    if "-" in args.files:
        raise InputError("stdin (-) cannot be used with --out-dir; give file paths")
    failures = 0
    total_items = 0
    used: set[str] = set()
    console = Console(stderr=True)
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=False,
        disable=not console.is_terminal,
    ) as progress:
        task = progress.add_task("generating", total=len(args.files))
        for name in args.files:
            progress.update(task, description=f"generating {Path(name).name}")
            stem = Path(name).stem or "deck"
            target = out_dir / f"{stem}.json"
            n = 2
            while str(target) in used:
                target, n = out_dir / f"{stem}-{n}.json", n + 1
            used.add(str(target))
            try:
                result = _build(args, [name], types, target)
                save_deck(result.deck, target)
                total_items += len(result.deck.items)
                for warning in result.report.warnings:
                    progress.console.print(f"warning: {warning}", markup=False, highlight=False)
                if args.report:
                    print_report(result, lambda s: progress.console.print(s, markup=False))
            except QuizgenError as exc:
                failures += 1
                progress.console.print(f"quizgen: {exc}", markup=False, highlight=False)
            progress.advance(task)
    ok = len(args.files) - failures
    if not args.quiet:
        print(f"Wrote {ok} deck{'s' if ok != 1 else ''} ({total_items} items) to {out_dir}")
    return 1 if failures else 0


def _run_validate(args: argparse.Namespace) -> int:
    from quizgen.errors import DeckError
    from quizgen.models import load_deck
    from quizgen.validate import check_deck

    bad = 0
    for name in args.decks:
        try:
            deck = load_deck(Path(name))
        except DeckError as exc:
            print(f"quizgen: {exc}", file=sys.stderr)
            bad += 1
            continue
        issues = check_deck(deck)
        index = {item.id: n for n, item in enumerate(deck.items)}
        for issue in issues:
            where = f"item {index.get(issue.item_id or '', '?')} (id {issue.item_id})"
            print(f"{name}: {where}: {issue.code}: {issue.message}")
        if issues:
            bad += 1
            print(f"{name}: {len(issues)} problem{'s' if len(issues) != 1 else ''}")
        else:
            print(f"{name}: ok ({len(deck.items)} items)")
    return 1 if bad else 0


def _run_schema(args: argparse.Namespace) -> int:
    import json

    from quizgen.models import deck_json_schema

    print(json.dumps(deck_json_schema(), indent=2, ensure_ascii=False))
    return 0


def _build_parser(command: str | None) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="quizgen",
        description="Turn articles into validated quiz decks; take them in the terminal or "
        "export them to Anki. Runs offline. With no command, opens the deck picker.",
    )
    parser.add_argument("--version", action="version", version=f"quizgen {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="with no command: the progress store folder for the deck picker",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, help_text in _COMMANDS.items():
        p = sub.add_parser(
            name, help=help_text, description=help_text[:1].upper() + help_text[1:] + "."
        )
        if name != command:
            continue  # only the command being run needs its arguments (and its imports)
        if name == "generate":
            _add_generate_arguments(p)
        elif name == "validate":
            _add_validate_arguments(p)
        elif name == "export":
            from quizgen.export.cli import add_export_arguments

            add_export_arguments(p)
        elif name == "quiz":
            from quizgen.tui.cli import add_quiz_arguments

            add_quiz_arguments(p)
        elif name == "stats":
            from quizgen.tui.cli import add_stats_arguments

            add_stats_arguments(p)
    return parser


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "generate":
        return _run_generate(args)
    if args.command == "validate":
        return _run_validate(args)
    if args.command == "schema":
        return _run_schema(args)
    if args.command == "export":
        from quizgen.export.cli import run_export

        return run_export(args)
    if args.command == "quiz":
        from quizgen.tui.cli import run_quiz

        return run_quiz(args)
    if args.command == "stats":
        from quizgen.tui.cli import run_stats

        return run_stats(args)
    from quizgen.tui.cli import add_quiz_arguments, run_picker

    picker = _Parser(prog="quizgen")
    add_quiz_arguments(picker)
    picker_args = picker.parse_args(["--data-dir", args.data_dir] if args.data_dir else [])
    return run_picker(picker_args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 input error, 2 internal error)."""
    # quizgen uses no pydantic plugins; looking them up costs every start a package scan.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    args_list = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in args_list if a in _COMMANDS), None)
    if command in (None, "quiz") and not {"-h", "--help", "--version"} & set(args_list):
        # The quiz's start is mostly imports (Textual's above all); the garbage collector
        # would comb through them again and again. The app turns it back on once its first
        # screen is drawn, and so does the end of main.
        gc.disable()
    parser = _build_parser(command)
    args = parser.parse_args(args_list)
    try:
        return _dispatch(args)
    except QuizgenError as exc:
        print(f"quizgen: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("quizgen: interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if os.environ.get("QUIZGEN_DEBUG"):
            raise
        print(
            f"quizgen: internal error: {type(exc).__name__}: {exc} "
            "(set QUIZGEN_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 2
    finally:
        gc.enable()
