"""Typed spans: the candidate answers of a sentence.

Numbers, money, percentages, dates and years come from patterns over the sentence text;
people, organisations and places from runs of proper nouns typed by cue words (roles,
honorifics, organisation and place words, a short gazetteer); key terms from noun-phrase
chunks. Every span is aligned to token boundaries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizgen.models import SpanType
from quizgen.nlp import lexicon as lx
from quizgen.nlp.document import Span, Token
from quizgen.shapes import CURRENCY, CURRENCY_WORDS, MONTH, PRODUCT_RE, YEAR

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?:million|billion|trillion|thousand|bn)\b|(?:m|bn|k)\b)"

_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_BIG = r"(?:million|billion|trillion|thousand)"
_PATTERNS: list[tuple[SpanType, re.Pattern[str]]] = [
    ("MONEY", re.compile(rf"{CURRENCY}\s?(?:{_NUM}){_SCALE}?")),
    ("MONEY", re.compile(rf"\b(?:{_NUM})(?:\s{_BIG})?\s{CURRENCY_WORDS}\b")),
    ("PERCENT", re.compile(rf"\b(?:{_NUM})\s?(?:%|percent\b|per cent\b)")),
    ("DATE", re.compile(rf"\b{MONTH}\s{_DAY}\b(?:,?\s{YEAR}\b)?")),
    ("DATE", re.compile(rf"\b{_DAY}\s(?:of\s)?{MONTH}(?:,?\s{YEAR}\b)?")),
    ("DATE", re.compile(rf"\b{MONTH}(?:,?\s{YEAR}\b)")),
    ("DATE", re.compile(r"\b(?:1\d|20)\d0s\b")),
    ("YEAR", re.compile(r"(?<![\d,.$])\b(?:1[0-9]{3}|2[01][0-9]{2})\b(?!\d|,\d|%|\.\d)")),
    ("NUMBER", re.compile(rf"(?<![\w$.,])(?:{_NUM})(?:\s(?:{_BIG}|hundred)\b)?(?![\w%])")),
]

# A lone month is a date only after a preposition ("in April"); "May" also needs one.
_LONE_MONTH_RE = re.compile(
    r"\b(?i:in|since|until|by|from|during|early|late|mid|last|next|of|through|before|after)"
    r"\s(January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?!\s\d)"
)
_NUMBER_WORD_RE = re.compile(
    r"\b(?:(?:about|over|nearly|almost|some|around|more than|at least|only)\s)?"
    r"("
    + "|".join(sorted(set(lx.NUMBER_WORDS) - {"hundred", "dozen"}, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_CONNECTORS = {"of", "for", "and", "the", "de", "du", "la", "le", "von", "van", "del", "da", "on"}
_PROPER = {"NNP", "NNPS"}
# "the journal Nature", "the company DeepSeek", "the newspaper Wen Wei Po"
_ORG_BEFORE = {"journal", "newspaper", "magazine", "company", "firm", "agency", "publisher",
               "startup", "start-up", "broadcaster", "airline", "carrier", "manufacturer",
               "bank", "university", "laboratory", "group", "network"}  # fmt: skip
_NAME_PARTICLES = {
    "de",
    "da",
    "di",
    "van",
    "von",
    "der",
    "den",
    "del",
    "du",
    "la",
    "le",
    "bin",
    "al",
}
_QUANTIFIERS = {
    "many", "several", "some", "most", "few", "all", "both", "each", "every", "other",
    "such", "various", "numerous", "certain", "any", "more", "much",
}  # fmt: skip
_CAMEL_RE = re.compile(r"^[A-Z][a-z]+[A-Z]")
_ACRONYM_RE = re.compile(r"^[A-Z]{2,6}s?$")


def _align(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """Token indices (first, last) covering exactly [start, end), or None."""
    first = last = -1
    for i, tok in enumerate(tokens):
        if tok.start == start:
            first = i
        if tok.end == end:
            last = i
            break
        if tok.start > end:
            break
    if first < 0 or last < first:
        return None
    return first, last


def pattern_spans(text: str, tokens: list[Token]) -> list[Span]:
    """Money, percentages, dates, years and numbers found by patterns, longest first."""
    found: list[Span] = []
    taken: list[tuple[int, int]] = []

    def add(kind: SpanType, start: int, end: int) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        idx = _align(tokens, start, end)
        if idx is None:
            return
        found.append(Span(start, end, text[start:end], kind, idx[0], idx[1]))
        taken.append((start, end))

    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if kind in {"NUMBER", "YEAR"} and _names_a_thing(tokens, m.start()):
                continue
            quoted = text[m.start() - 1 : m.start()] in {'"', "“"}
            if kind == "YEAR" and (
                quoted or not _looks_like_year(text, tokens, m.start(), m.end())
            ):
                add("NUMBER", m.start(), m.end())
                continue
            add(kind, m.start(), m.end())
    for m in _LONE_MONTH_RE.finditer(text):
        add("DATE", m.start(1), m.end(1))
    for m in _NUMBER_WORD_RE.finditer(text):
        idx = _align(tokens, m.start(1), m.end(1))
        if idx is None:
            continue
        nxt = tokens[idx[1] + 1].tag if idx[1] + 1 < len(tokens) else ""
        # "eight countries", "three astronauts": a count of something.
        if nxt in {"NNS", "NNPS", "JJ"}:
            add("NUMBER", m.start(1), m.end(1))
    return found


def _names_a_thing(tokens: list[Token], start: int) -> bool:
    """A number right after a capitalised name is part of it ("Apollo 11", "Photo 51")."""
    for i, tok in enumerate(tokens):
        if tok.start == start:
            if i == 0:
                return False
            prev = tokens[i - 1]
            low = prev.text.lower().rstrip(".")
            return (
                prev.tag in _PROPER
                and prev.text[:1].isupper()
                and low not in lx.MONTHS
                and low not in lx.MONTH_ABBREVIATIONS
                and prev.end == start - 1
            )
    return False


def _looks_like_year(text: str, tokens: list[Token], start: int, end: int) -> bool:
    idx = _align(tokens, start, end)
    if idx is None:
        return False
    after = tokens[idx[1] + 1] if idx[1] + 1 < len(tokens) else None
    # "1,000 workers" never matches; "2000 workers" or "1500 metres" is a count, while
    # "the 1998 draft" or "its 2015 season" names a year.
    if after is None or not after.text.islower() or after.tag not in {"NNS", "NN"}:
        return True
    before = tokens[idx[0] - 1] if idx[0] > 0 else None
    dated = before is not None and (
        before.text.lower() in {"the", "in", "since", "until", "by", "during"}
        or before.tag in {"PRP$", "POS"}
    )  # ("In 1984 zoologist Graham Twigg ...": a count would take a plural noun)
    return after.tag == "NN" and dated


def _proper_runs(tokens: list[Token], taken: set[int]) -> Iterable[tuple[int, int]]:
    """Maximal runs of proper nouns, allowing inner connectors ("Bank of England")."""
    i, n = 0, len(tokens)
    while i < n:
        if i in taken or not _is_proper(tokens, i):
            i += 1
            continue
        j = i
        while True:
            if j + 1 < n and j + 1 not in taken and _is_proper(tokens, j + 1):
                j += 1
                continue
            # "Apollo 11", "Photo 51": a number that names the thing
            if (
                j + 1 < n
                and j + 1 not in taken
                and tokens[j + 1].tag == "CD"
                and (tokens[j + 1].text.isdigit() and _names_a_thing(tokens, tokens[j + 1].start))
                and not (j + 2 < n and tokens[j + 2].text in {"-", "–"})  # "Seahawks 21–10"
            ):
                j += 1
                continue
            # "King's College London"
            if (
                j + 2 < n
                and tokens[j + 1].text in {"'s", "’s"}
                and j + 2 not in taken
                and _is_proper(tokens, j + 2)
                and tokens[j + 2].text.lower() in lx.ORG_CUES | lx.PLACE_CUES
            ):
                j += 2
                continue
            # connector followed by a proper noun continues the name; "and" only inside
            # a name that already has "of"/"for" ("Ministry of Science and Technology"),
            # so "OpenAI and Google" stay two names
            connector = tokens[j + 1].text if j + 1 < n else ""
            joins = connector in _CONNECTORS and (
                connector != "and" or any(t.text in {"of", "for"} for t in tokens[i : j + 1])
            )
            if j + 2 < n and joins and j + 2 not in taken and _is_proper(tokens, j + 2):
                j += 2
                continue
            break
        yield i, j
        i = j + 1


def _is_proper(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    word = tok.text
    if not word[:1].isupper():
        return False
    low = word.lower()
    if low in lx.PRONOUNS or low in lx.WEEKDAYS or word in lx.ERAS:
        return False
    if tok.tag in _PROPER:
        # Sentence-initial capitals the tagger calls NNP are often ordinary words.
        return not (i == 0 and low in lx.GENERIC_NOUNS)
    # "the European Space Agency": a capitalised adjective leading a name; at the start
    # of a sentence only a word the tagger does not know as an ordinary one ("Gamal")
    if tok.tag in {"JJ", "NN"} and i + 1 < len(tokens):
        nxt = tokens[i + 1]
        if nxt.tag in _PROPER and nxt.text[:1].isupper():
            return i > 0 or low not in _known_words()
    # CamelCase, acronyms and model names are names whatever the tagger thinks.
    return bool(_CAMEL_RE.match(word) or (_ACRONYM_RE.match(word) and i > 0))


def _known_words() -> frozenset[str]:
    from quizgen.nlp.tagger import common_words

    return common_words()


def name_spans(text: str, tokens: list[Token], taken_tokens: set[int]) -> list[Span]:
    """People, organisations, places and other names from runs of proper nouns."""
    spans: list[Span] = []
    for first, last in _proper_runs(tokens, taken_tokens):
        first, last, kind = _type_run(tokens, first, last)
        if first > last:
            continue
        start, end = tokens[first].start, tokens[last].end
        spans.append(Span(start, end, text[start:end], kind, first, last))
    return spans


_NOBLE_TITLES = frozenset(
    "emperor empress king queen prince princess duke duchess count countess earl baron "
    "baroness lord lady tsar czar sultan khedive pope".split()
)


_PERSON_ACTS = lx.SPEECH_VERBS | lx.PERSON_VERBS
"""What, right after a lone given name, says it is a person's."""


def _type_run(tokens: list[Token], first: int, last: int) -> tuple[int, int, SpanType]:
    words = [t.text for t in tokens[first : last + 1]]
    lows = [w.lower() for w in words]
    before = tokens[first - 1].text.lower() if first > 0 else ""
    after = tokens[last + 1].text.lower() if last + 1 < len(tokens) else ""

    if (
        lows[0] in {"saint", "st.", "st"}
        and before in {"at", "in", "near"}
        and len(words) == 2
        and not any(w in lx.ORG_CUES for w in lows)
    ):
        return first, last, "PLACE"  # "At Saint Evroul, a tradition of singing ...": a town
    # "Minister of Science and Technology Yin Hejun": a title run ending in a name.
    possessive = any(w in {"'s", "’s"} for w in lows)
    if (lows[0] in lx.ROLE_TITLES or lows[0] in lx.HONORIFICS) and not possessive:
        if (
            lows[0] in _NOBLE_TITLES
            and "of" in lows[2:]
            and all(w[:1].isupper() for w in words[1 : lows.index("of", 2)])
            and not any(w in lx.ORG_CUES for w in lows)
        ):
            # "Empress Eugénie of France", "Duke William II of Normandy" (not "Queen Mary
            # University of London" or "General Motors of Canada")
            return first, last, "PERSON"
        name_len = _trailing_name_length(words)
        if name_len and name_len < len(words):
            return last - name_len + 1, last, "PERSON"
        if lows[0] in lx.HONORIFICS and len(words) > 1:
            return first, last, "PERSON"
        if name_len == 0 and lows[0] in lx.ROLE_TITLES:
            return first, last, "OTHER"  # a title alone ("the President of Egypt")
    if (
        len(words) == 1
        and lows[0] in lx.ORG_CUES
        and first == 0
        and last + 1 < len(tokens)
        and tokens[last + 1].tag in {"NN", "NNS"}
        and tokens[last + 1].text.islower()
    ):
        return first, last, "OTHER"  # "College sports are popular": a word, not a name
    if any(w in lx.ORG_CUES for w in lows) or before in _ORG_BEFORE:
        return first, last, "ORG"
    if " ".join(lows) in lx.PLACE_NAMES or any(w in lx.PLACE_CUES for w in lows[1:]):
        return first, last, "PLACE"
    if lows[0] in {"mount", "lake", "cape", "port", "fort", "gulf", "sea"} and len(words) > 1:
        return first, last, "PLACE"
    if len(words) == 1 and lows[0] in lx.PLACE_NAMES:
        return first, last, "PLACE"
    if PRODUCT_RE.search(" ".join(words)):
        return first, last, "TERM"
    if len(words) == 1 and _ACRONYM_RE.match(words[0]):
        # "NP", "RAM", "DNA": a term, unless the article spells it out as a name
        # ("the National Football League (NFL)"), which the document stage sees to
        return first, last, "TERM"
    if len(words) == 1 and _CAMEL_RE.match(words[0]):
        return first, last, "ORG"
    if before in lx.HONORIFICS or before in lx.ROLE_TITLES:
        return first, last, "PERSON"
    looks_like_name = (
        2 <= len(words) <= 4
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(
            (w[:1].isupper() and (w.isalpha() or w.endswith(".") or "-" in w))
            or w in _NAME_PARTICLES
            for w in words
        )
    )
    if looks_like_name and (
        lows[0] in lx.GIVEN_NAMES
        or after in lx.SPEECH_VERBS
        or _appositive_role_follows(tokens, last)
        or _role_precedes(tokens, first)
        or _as_role_follows(tokens, last)
    ):
        return first, last, "PERSON"
    if len(words) == 1 and lows[0] in lx.GIVEN_NAMES and after in _PERSON_ACTS:
        return first, last, "PERSON"  # "Isaac surrendered" (not "Madison is the capital")
    before_prep = tokens[first - 2] if first > 1 else None
    modifier = (
        len(words) == 1
        and last + 1 < len(tokens)
        and tokens[last + 1].tag in {"NN", "NNS"}
        and tokens[last + 1].text.islower()
    )
    if (
        before in {"in", "at", "near", "across", "from", "to", "outside", "inside"}
        and len(words) <= 2
        and not (before_prep is not None and before_prep.tag in _PROPER)
        and after not in {"or", "and"}
        and not modifier  # "in X-ray crystallography": a modifier, not a place
    ):
        return first, last, "PLACE"
    return first, last, "OTHER"


def _trailing_name_length(words: list[str]) -> int:
    """How many words at the end of a title run are the person's name."""
    tail: list[str] = []
    for w in reversed(words):
        if w.lower() in _CONNECTORS or w.lower() in lx.ROLE_TITLES or w.lower() in lx.ORG_CUES:
            break
        tail.append(w)
    if not tail:
        return 0
    if len(tail) == 1 and len(tail) < len(words) and words[-2].lower() in _CONNECTORS:
        return 0  # "President of Egypt": a title with its place, no name
    # Names are two or three words; what precedes belongs to the title.
    return min(len(tail), 3 if len(tail) >= 3 and tail[1].endswith(".") else 2)


def _appositive_role_follows(tokens: list[Token], last: int) -> bool:
    """ "Liu Quan, deputy chief engineer of ..." / "Rosalind Franklin, a chemist at ..."."""
    k = last + 1
    if k >= len(tokens) or tokens[k].text != ",":
        return False
    for tok in tokens[k + 1 : k + 6]:
        low = tok.text.lower()
        if low in lx.ROLE_TITLES:
            return True
        if tok.tag in {"IN", ",", "VBD", "VBZ", "."}:
            return False
    return False


def _as_role_follows(tokens: list[Token], last: int) -> bool:
    """ "with Liang Wenfeng as the corresponding author"."""
    nxt = tokens[last + 1 : last + 6]
    if not nxt or nxt[0].text != "as":
        return False
    return any(t.text.lower() in lx.ROLE_TITLES for t in nxt[1:])


def _role_precedes(tokens: list[Token], first: int) -> bool:
    """ "the British chemist Rosalind Franklin", "astronaut Neil Armstrong"."""
    for tok in reversed(tokens[max(0, first - 3) : first]):
        low = tok.text.lower()
        if low in lx.ROLE_TITLES or (tok.text in lx.ROLE_NOUNS):
            return True
        if tok.tag not in {"JJ", "NN", "NNP", "DT"}:
            return False
    return False


_ADVERBIAL_NOUNS = frozenset({"cases", "times", "ways", "instances", "respects"})
"""Nouns of an adverbial phrase ("in most cases", "at times") a chunk can run into."""


def term_spans(
    text: str, tokens: list[Token], chunks: list[tuple[int, int]], taken: set[int]
) -> list[Span]:
    """Key-term candidates: noun-phrase chunks without determiners, of 1 to 4 words."""
    spans: list[Span] = []
    for first, last in chunks:
        while first <= last and tokens[first].tag in {"DT", "PRP$", "CD", "POS", "PDT"}:
            first += 1
        while first <= last and (
            tokens[first].tag in {"JJR", "JJS", "RB", "VBN", "VBG", "VBD"}
            or tokens[first].text.lower() in _QUANTIFIERS
        ):
            first += 1
        if first < last and tokens[first].text.lower() in _ADVERBIAL_NOUNS:
            first += 1  # "in most cases importation of ...": "cases" is no part of the term
        if first > last or any(i in taken for i in range(first, last + 1)):
            continue
        if last - first + 1 > 4:
            continue
        head = tokens[last]
        if head.tag not in {"NN", "NNS"} or head.text.lower() in lx.GENERIC_NOUNS:
            continue
        if any(t.text.lower() in lx.PRONOUNS for t in tokens[first : last + 1]):
            continue
        if any(not (t.text[:1].isalnum()) for t in tokens[first : last + 1]):
            continue
        after = tokens[last + 1].tag if last + 1 < len(tokens) else ""
        if head.tag == "NNS" and after in {"VBP", "VB", "VBZ", "DT", "PRP$"}:
            continue  # "model promotes knowledge": a verb the tagger took for a plural
        start, end = tokens[first].start, tokens[last].end
        spans.append(Span(start, end, text[start:end], "TERM", first, last))
    return spans
