"""Wrong options of the answer's own type.

Sources, in order: other spans of the same type in the article (not from the answer's own
sentence, where they may be true too), then format-preserving variations of numbers,
money, percentages, years and dates (people are never made up). A distractor is never
equal to, contained in or containing the answer.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from quizgen.generate.text import normalize_answer, overlaps
from quizgen.models import SpanType
from quizgen.nlp.document import Document, Sentence, Span
from quizgen.nlp.lexicon import (
    CONTINENTS,
    COUNTRIES,
    FEMALE_NAMES,
    GIVEN_NAMES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    ORG_CUES,
    PLACE_CUES,
    PLACE_NAMES,
    ROLE_TITLES,
)
from quizgen.shapes import PRODUCT_RE, currency_of, year_of

_NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_SCALE_RE = re.compile(r"(million|billion|trillion|thousand|bn|m|k)\b", re.IGNORECASE)
_MONTH_NAMES = [m.capitalize() for m in MONTHS]
_MONTH_ABBR = {1: "Jan.", 2: "Feb.", 3: "Mar.", 4: "Apr.", 5: "May", 6: "June", 7: "July",
               8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}  # fmt: skip
_WORD_FOR = {v: k for k, v in NUMBER_WORDS.items() if k not in {"dozen", "hundred"}}

_TERM_STARTS = {"JJ", "NN", "NNS", "NNP", "NNPS", "VBN"}
NUMERIC_KINDS: frozenset[SpanType] = frozenset({"MONEY", "PERCENT", "NUMBER", "YEAR", "DATE"})


def _shape(kind: SpanType, text: str) -> str:
    """What must match between an answer and its distractors beyond the type."""
    if kind == "MONEY":
        return currency_of(text)
    if kind == "PERCENT":
        return "%" if "%" in text else "word"
    if kind == "NUMBER":
        if text.lower() in NUMBER_WORDS:
            return "word"
        scale = _SCALE_RE.search(text)
        return f"digits:{scale.group(1).lower() if scale else ''}"  # 3 billion vs 10
    if kind == "TERM":
        if PRODUCT_RE.search(text):
            return "product"
        return "acronym" if text.isupper() else ""
    if kind == "DATE":
        if re.search(r"\d0s$", text):
            return "decade"
        has_day = bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", text))
        has_year = bool(re.search(r"\b\d{4}\b", text))
        return f"day={has_day},year={has_year}"
    return ""


@dataclass(slots=True, frozen=True)
class _Entry:
    text: str
    key: str
    sentence: int
    head_tag: str
    words: int
    unit: str
    """For numbers: the word counted ("hospitals" of "400 hospitals"), else empty."""
    the: bool
    """Whether the mention follows "the" ("the Suez Canal"); a swap must keep that."""


def _after_the(s: Sentence, sp: Span) -> bool:
    return sp.first_token > 0 and s.tokens[sp.first_token - 1].text.lower() == "the"


def _unit(s: Sentence, sp: Span) -> str:
    nxt = s.tokens[sp.last_token + 1] if sp.last_token + 1 < len(s.tokens) else None
    return nxt.text.lower() if nxt is not None and nxt.tag in {"NNS", "NN", "JJ"} else ""


def _index(doc: Document) -> dict[tuple[str, str], list[_Entry]]:
    """Every span of the article by (type, shape), people by full name, built once."""
    cached = doc.memo.get("distractor_index")
    if cached is not None:
        return cached  # type: ignore[return-value]
    index: dict[tuple[str, str], list[_Entry]] = {}
    seen: set[tuple[str, str, str]] = set()
    for s in doc.sentences:
        for sp in s.spans:
            if sp.kind == "TERM" and s.tokens[sp.first_token].tag not in _TERM_STARTS:
                continue  # "enhances transparency": a verb the tagger misread
            nxt = s.tokens[sp.last_token + 1] if sp.last_token + 1 < len(s.tokens) else None
            if (
                sp.kind in {"PLACE", "ORG", "OTHER"}
                and nxt is not None
                and nxt.tag in {"NN", "NNS"}
                and nxt.text.islower()
            ):
                continue  # "the Ottoman army": an adjective here, no option for "Baghdad"
            text = doc.people.get(sp.text.lower(), sp.text) if sp.kind == "PERSON" else sp.text
            shape = _shape(sp.kind, sp.text)
            key = normalize_answer(text)
            if not key or (sp.kind, shape, key) in seen:
                continue
            seen.add((sp.kind, shape, key))
            entry = _Entry(
                text,
                key,
                s.index,
                s.tokens[sp.last_token].tag,
                len(text.split()),
                _unit(s, sp),
                _after_the(s, sp),
            )
            index.setdefault((sp.kind, shape), []).append(entry)
    doc.memo["distractor_index"] = index
    return index


def pool_for(doc: Document, answer: Span, sentence_index: int) -> list[str]:
    """Other spans of the answer's type and shape in the article, best first."""
    memo_key = f"pool\x1f{sentence_index}\x1f{answer.start}\x1f{answer.end}"
    cached = doc.memo.get(memo_key)
    if isinstance(cached, tuple):
        return [str(c) for c in cached]
    pool = _pool_for(doc, answer, sentence_index)
    doc.memo[memo_key] = tuple(pool)
    return pool


def _place_level(name: str) -> str:
    """ "continent", "country" or "other" (a city, region, river ... or unknown)."""
    low = name.lower().removeprefix("the ")
    if low in CONTINENTS:
        return "continent"
    return "country" if low in COUNTRIES else "other"


def _pool_for(doc: Document, answer: Span, sentence_index: int) -> list[str]:
    sentence = doc.sentences[sentence_index]
    own = {normalize_answer(sp.text) for sp in sentence.spans}
    own |= {normalize_answer(doc.people.get(sp.text.lower(), "")) for sp in sentence.spans}
    answer_tag = sentence.tokens[answer.last_token].tag
    answer_unit = _unit(sentence, answer)
    answer_the = _after_the(sentence, answer)
    answer_words = len(answer.text.split())
    answer_year = year_of(answer.text) if answer.kind in {"YEAR", "DATE"} else None
    ranked: list[tuple[float, int, str]] = []
    entries = _index(doc).get((answer.kind, _shape(answer.kind, answer.text)), [])
    for order, e in enumerate(entries):
        if e.key in own or e.sentence == sentence_index or overlaps(e.text, answer.text):
            continue
        if answer.kind == "TERM" and (e.head_tag != answer_tag or abs(e.words - answer_words) > 1):
            continue  # singular with singular, similar length
        if answer.kind not in NUMERIC_KINDS and e.the != answer_the:
            continue  # "the Suez Canal" -> "the Alexandria"
        if answer.kind == "PLACE" and _place_level(e.text) != _place_level(answer.text):
            continue  # "Italy" beside "Palermo" may be right too; "Europe" is no country
        if answer.kind == "NUMBER" and e.unit != answer_unit:
            continue  # 400 hospitals against 8 countries: count the same thing or vary
        if answer.kind in {"NUMBER", "MONEY", "PERCENT"} and not _same_scale(e.text, answer.text):
            continue  # 1202 hours against 21 hours
        if answer_year is not None:
            year = year_of(e.text)
            if year is None or abs(year - answer_year) > _YEAR_WINDOW:
                continue  # 1888 for an attack in 2023: absurd at a glance
        closeness = -abs(len(e.text) - len(answer.text)) / 10.0
        if answer.kind == "PERSON":
            # people named near the answer's mentions play like parts (the crew beside
            # the crew, not a president): nearest first
            closeness = -_distance(doc, answer.text, e.text)
        if answer_year is not None:
            closeness = -abs((year_of(e.text) or 0) - answer_year)  # nearest in time first
        ranked.append((closeness, order, e.text))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    return [r[2] for r in ranked]


def _mentions(doc: Document) -> dict[str, list[int]]:
    """Sentence indices where each person (by full name) is named."""
    cached = doc.memo.get("person_mentions")
    if isinstance(cached, dict):
        return cached
    out: dict[str, list[int]] = {}
    for s in doc.sentences:
        for sp in s.spans:
            if sp.kind == "PERSON":
                out.setdefault(doc.people.get(sp.text.lower(), sp.text), []).append(s.index)
    doc.memo["person_mentions"] = out
    return out


def _distance(doc: Document, a: str, b: str) -> int:
    """How many sentences apart two people are named at their closest."""
    mentions = _mentions(doc)
    here = mentions.get(doc.people.get(a.lower(), a), [])
    there = mentions.get(doc.people.get(b.lower(), b), [])
    return min((abs(i - j) for i in here for j in there), default=len(doc.sentences))


_DAYS_IN = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
_BRAND_RE = re.compile(r"^(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,6})$")
_YEAR_WINDOW = 15


def _value(text: str) -> float | None:
    m = _NUM_RE.search(text)
    if not m:
        return NUMBER_WORDS.get(text.lower().strip())
    value = float(m.group().replace(",", ""))
    scale = _SCALE_RE.search(text[m.end() :])
    factor = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}
    return value * factor.get(scale.group(1).lower(), 1.0) if scale else value


def _same_scale(a: str, b: str) -> bool:
    """Within a factor of four of each other, as wrong options of one question are."""
    va, vb = _value(a), _value(b)
    if va is None or vb is None or va <= 0 or vb <= 0:
        return True
    return 0.25 <= va / vb <= 4


def _approximate(doc: Document, answer: Span, sentence_index: int) -> bool:
    toks = doc.sentences[sentence_index].tokens
    before = toks[answer.first_token - 1].text.lower() if answer.first_token > 0 else ""
    return before in {"around", "about", "circa", "c.", "approximately", "roughly", "nearly"}


def variations(answer: Span, rng: random.Random) -> list[str]:
    """Format-preserving variations of a numeric answer, in a seeded order."""
    kind, text = answer.kind, answer.text
    out: list[str]
    if kind == "YEAR":
        year = int(text)
        out = [str(year + d) for d in (-10, -5, -3, -2, 2, 3, 5, 10)]
    elif kind == "DATE":
        out = _date_variations(text)
    elif kind == "NUMBER" and text.lower() in NUMBER_WORDS:
        value = NUMBER_WORDS[text.lower()]
        out = []
        for d in (-2, -1, 1, 2, 4):
            word = _WORD_FOR.get(value + d)
            if word and value + d > 1:
                out.append(word.capitalize() if text[0].isupper() else word)
    elif kind in {"MONEY", "PERCENT", "NUMBER"}:
        out = _number_variations(text, percent=kind == "PERCENT")
    else:
        return []
    rng.shuffle(out)
    return out


def _number_variations(text: str, *, percent: bool) -> list[str]:
    m = _NUM_RE.search(text)
    if not m:
        return []
    raw = m.group()
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    commas = "," in raw
    value = float(raw.replace(",", ""))
    if value == 0:
        return []
    # Uneven steps, so the answer is not the one value the others are simple ratios of.
    factors = (0.55, 0.7, 0.8, 1.15, 1.25, 1.4, 1.7) if not percent else ()
    candidates: list[float] = [value * f for f in factors]
    if percent:
        cap = 100 if value >= 100 else 99
        candidates = [value + d for d in (-20, -10, -5, 5, 10) if 0 < value + d <= cap]
    elif value < 20 and decimals == 0:
        candidates = [value + d for d in (-3, -2, -1, 1, 2, 3) if value + d > 0]
    elif 3 <= value < 20:
        # "a magnitude 6.7 earthquake": near values, not 11.4 (small decimals keep to the
        # factors: 0.05 gives 0.04 or 0.06, not 0.55)
        candidates = [value + d for d in (-1.5, -1, -0.5, 0.5, 1, 1.5)]
    out: list[str] = []
    for c in candidates:
        c = _round_like(c, value, decimals)
        if c == value or c <= 0:
            continue
        formatted = f"{c:,.{decimals}f}" if commas else f"{c:.{decimals}f}"
        out.append(text[: m.start()] + formatted + text[m.end() :])
    return list(dict.fromkeys(out))


def _round_like(candidate: float, original: float, decimals: int) -> float:
    """Round a variation to the original's precision (294,000 -> 147,000 not 147,012)."""
    if decimals:
        return round(candidate, decimals)
    digits = len(str(int(original)).rstrip("0")) if original >= 1 else 1
    magnitude = len(str(int(original))) - max(digits, 1)
    step = 10**magnitude
    return float(max(step, round(candidate / step) * step))


def _date_variations(text: str) -> list[str]:
    out: list[str] = []
    decade = re.fullmatch(r"(\d{3})0s", text)
    if decade:
        base = int(decade.group(1)) * 10
        return [f"{base + d}s" for d in (-20, -10, 10, 20)]
    words = text.replace(",", " ").split()
    month_idx = None
    for i, w in enumerate(words):
        low = w.lower().rstrip(".")
        if low in MONTHS or low in MONTH_ABBREVIATIONS:
            month_idx = i
    if month_idx is None:
        return out
    month_word = words[month_idx]
    low = month_word.lower().rstrip(".")
    month = MONTHS.get(low) or MONTH_ABBREVIATIONS[low]
    abbreviated = month_word.endswith(".")
    day_match = re.search(r"\b(\d{1,2})(st|nd|rd|th)?\b(?!\d)", text)
    if day_match:
        day = int(day_match.group(1))
        for d in (-7, -3, 3, 7, 10):
            nd = day + d
            if 1 <= nd <= 28:
                out.append(text[: day_match.start(1)] + str(nd) + text[day_match.end(1) :])
    for d in (-2, -1, 1, 2):
        nm = (month - 1 + d) % 12 + 1
        if day_match and int(day_match.group(1)) > _DAYS_IN[nm]:
            continue  # no 30 February
        name = _MONTH_ABBR[nm] if abbreviated else _MONTH_NAMES[nm - 1]
        out.append(text.replace(month_word, name, 1))
    return [o for o in dict.fromkeys(out) if o != text]


def swap_for(doc: Document, answer: Span, sentence_index: int, rng: random.Random) -> str | None:
    """A same-type replacement that makes a clearly false statement, or None.

    Stricter than a distractor: a journal must not stand in for a company, a city for a
    lake, a man for a woman; so names are swapped only with names of the same class.
    """
    if answer.kind in {"TERM", "OTHER"}:
        return None
    sentence = doc.sentences[sentence_index]
    toks = sentence.tokens
    if bounded(doc, answer, sentence_index):
        return None  # "no less than 700": "no less than 400" would be true as well
    after = toks[answer.last_token + 1 : answer.last_token + 3]
    if (
        answer.kind == "PERSON"
        and len(after) == 2
        and after[0].text == ","
        and after[1].tag == "DT"
    ):
        return None  # "Disraeli, a French diplomat": the description belongs to the original
    if (
        answer.kind == "PERSON"
        and answer.first_token
        and toks[answer.first_token - 1].text[:1].isupper()
        and toks[answer.first_token - 1].text.lower() in ROLE_TITLES
    ):
        return None  # "named after Khedive Ismail": "Khedive Nasser" is false by its title
    candidates = pick_distractors(doc, answer, sentence_index, rng, n=6)
    if answer.kind == "PERSON":
        # not the answer's companion: "Berg wrote the map" when Veld and Berg travelled
        # together is a statement the article may not contradict
        candidates = [c for c in candidates if _distance(doc, answer.text, c) >= 2]
    # a place or body named after what the article is about ("the Gulf of Suez" in an
    # article on the Suez Canal) is bound up with it: a statement moving something there
    # may still be true ("oil tankers carry crude oil from the Gulf of Suez")
    topic = _title_names(doc)
    for cand in candidates:
        if answer.kind == "PERSON" and not _same_gender(doc, answer.text, cand):
            continue
        if answer.kind in {"ORG", "PLACE"} and not _same_class(answer.text, cand):
            continue
        if answer.kind in {"ORG", "PLACE"} and topic & set(re.findall(r"[a-z]{4,}", cand.lower())):
            continue
        return cand
    return None


def _title_names(doc: Document) -> frozenset[str]:
    """The words of the article's title that name something ("suez" of "The Suez Canal:
    ..."; not cue words such as "canal"), worked out once per article."""
    cached = doc.memo.get("title_names")
    if isinstance(cached, frozenset):
        return cached
    found = set(re.findall(r"[a-z]{4,}", doc.article.title.lower()))
    words = frozenset(found - set(PLACE_CUES) - set(ORG_CUES))
    doc.memo["title_names"] = words
    return words


def bounded(doc: Document, answer: Span, sentence_index: int) -> bool:
    """A number after "over", "at least", "less than" ..., a date after "by", "before",
    "since" ...: other values meet the bound too ("England was struck by June 1348" is
    no less true of August)."""
    toks = doc.sentences[sentence_index].tokens
    before = " ".join(
        t.text.lower() for t in toks[max(0, answer.first_token - 3) : answer.first_token]
    )
    if answer.kind in {"DATE", "YEAR"} and before.endswith(_TIME_BOUNDS):
        return True
    after = toks[answer.last_token + 1].text if answer.last_token + 1 < len(toks) else ""
    if answer.kind in NUMERIC_KINDS and after == "+":
        return True  # "a magnitude 6.7+ earthquake": 6.2+ is true as well
    return answer.kind in NUMERIC_KINDS and before.endswith(_BOUNDS)


_BOUNDS = ("less than", "more than", "at least", "at most", "over", "above", "under",
           "below", "up to", "fewer than", "greater than", "exceeding", "as high as",
           "as much as", "as many as", "as low as", "as little as", "as few as")  # fmt: skip
_TIME_BOUNDS = ("by", "before", "after", "since", "prior to", "no later than")
# ("until 10 August" names the very day something ended: no bound)


_CELESTIAL = frozenset(
    "earth moon sun mercury venus mars jupiter saturn uranus neptune pluto".split()
)


def _celestial(name: str) -> bool:
    """A planet, the Moon or the Sun: a wrong option for one is another of them."""
    return name.lower().removeprefix("the ") in _CELESTIAL


def _same_class(a: str, b: str) -> bool:
    """Both countries/cities from the gazetteer, or both named with the same cue word."""
    la, lb = a.lower(), b.lower()
    if la in PLACE_NAMES and lb in PLACE_NAMES:
        return True
    if _BRAND_RE.match(a) and _BRAND_RE.match(b):
        return True  # "DeepSeek" and "OpenAI": companies named by a coined word
    cues_a = {w for w in la.split() if w in ORG_CUES or w in PLACE_CUES}
    cues_b = {w for w in lb.split() if w in ORG_CUES or w in PLACE_CUES}
    return bool(cues_a & cues_b)


def _genders(doc: Document) -> dict[str, str]:
    """ "m" or "f" for people the article refers to with he/his or she/her."""
    cached = doc.memo.get("genders")
    if isinstance(cached, dict):
        return cached
    votes: dict[str, Counter[str]] = {}
    sentences = doc.sentences
    for i, s in enumerate(sentences):
        people = {doc.people.get(sp.text.lower(), sp.text) for sp in s.spans if sp.kind == "PERSON"}
        if len(people) != 1:
            continue
        (person,) = people
        words = [t.text.lower() for t in s.tokens]
        if i + 1 < len(sentences) and sentences[i + 1].block == s.block:
            words += [t.text.lower() for t in sentences[i + 1].tokens[:2]]
        counter = votes.setdefault(person, Counter())
        counter["m"] += sum(w in {"he", "his", "him", "himself"} for w in words)
        counter["f"] += sum(w in {"she", "her", "hers", "herself"} for w in words)
    genders = {p: c.most_common(1)[0][0] for p, c in votes.items() if c and c.most_common(1)[0][1]}
    doc.memo["genders"] = genders
    return genders


def _gender(doc: Document, name: str) -> str | None:
    full = doc.people.get(name.lower(), name)
    known = _genders(doc).get(full)
    if known is not None:
        return known
    first = full.split()[0].lower()
    if first in FEMALE_NAMES:
        return "f"
    if first in GIVEN_NAMES:
        return "m"
    return None


def _same_gender(doc: Document, a: str, b: str) -> bool:
    """The same, or both unknown: "Matthew Meselson died of ovarian cancer" must not happen."""
    return _gender(doc, a) == _gender(doc, b)


def pick_distractors(
    doc: Document,
    answer: Span,
    sentence_index: int,
    rng: random.Random,
    n: int = 3,
) -> list[str]:
    """Up to ``n`` distractors of the answer's type, article spans first. People are only
    ever the article's real people: a name made up from their given and family names
    ("Rosalind Avery") is no plausible wrong answer, and the article does not say it is
    wrong."""
    pool = pool_for(doc, answer, sentence_index)
    if answer.kind == "PLACE":
        # "between _____ and the Moon": Earth among Alabama and Florida stands out
        sky = _celestial(answer.text)
        pool = [p for p in pool if _celestial(p) == sky]
    if answer.kind in {"YEAR", "DATE"} and _approximate(doc, answer, sentence_index):
        # "Around 1950": 1951 would be right too
        answer_year = year_of(answer.text) or 0
        pool = [p for p in pool if abs((year_of(p) or 0) - answer_year) >= 3]
    same_side = _same_side_of_dates(doc, answer, sentence_index)
    pool = [p for p in pool if same_side(p)]
    if answer.kind == "PERSON":
        pool = _in_the_answers_form(doc, pool, answer.text)
    chosen: list[str] = []
    # Keep the article's best candidates but vary which ones with the seed; a single
    # distractor (for a false statement) is simply the closest one.
    head = pool[: n + 2]
    if answer.kind == "PERSON":
        head = pool[:n]  # the nearest people, not one named far off for variety
    elif n > 1:
        rng.shuffle(head)
    for cand in head + pool[len(head) :]:
        if len(chosen) == n:
            break
        chosen.append(cand)
    extra: list[str] = []
    if answer.kind in NUMERIC_KINDS:
        extra = variations(answer, rng)
        if answer.kind == "YEAR" and _approximate(doc, answer, sentence_index):
            extra = [e for e in extra if abs(int(e) - int(answer.text)) >= 3]
    if answer.kind == "PERSON" and _gender(doc, answer.text) is not None:
        # one woman among men (or the reverse) stands out, and "ovarian cancer" rules the
        # men out: only people of the answer's gender, or of none the article shows
        known = _gender(doc, answer.text)
        chosen = [c for c in chosen if _gender(doc, c) in {known, None}]
        extra = [c for c in extra if _gender(doc, c) in {known, None}]
        chosen += [c for c in pool if c not in chosen and _gender(doc, c) in {known, None}][
            : max(0, n - len(chosen))
        ]
    if answer.kind == "NUMBER" and answer.text.isalpha():
        # a number word takes the answer's case: "Twelve" opens a sentence, "twelve" does not
        fix = str.capitalize if answer.text[:1].isupper() else str.lower
        chosen = [fix(c) if c.isalpha() else c for c in chosen]
    for cand in extra:
        if len(chosen) == n:
            break
        keys = {normalize_answer(c) for c in chosen}
        if (
            normalize_answer(cand) not in keys
            and not overlaps(cand, answer.text)
            and same_side(cand)
        ):
            chosen.append(cand)
    return chosen


def _in_the_answers_form(doc: Document, people: list[str], answer: str) -> list[str]:
    """People options written as the answer is. Beside a lone name, the lone names the
    article itself uses for the others ("Franklin" among "Gosling | Wilkins | Chargaff"), if
    it uses them for at least two (else the full names, as before: a made-up "VIII" of
    Henry VIII or "Gaulle" of de Gaulle is worse than mixed forms). Beside a full name, no
    lone given name ("Edwin" may be the answer's own). Never a word of the answer's own
    name ("Curie" beside "Marie")."""
    full = doc.people.get(answer.lower(), answer)
    own = {w.lower() for w in re.findall(r"[\w'-]+", f"{answer} {full}")}

    def distinct(names: list[str]) -> list[str]:
        """Each name once, never the answer or a word of its own name."""
        seen = {normalize_answer(answer)}
        out: list[str] = []
        for name in names:
            key = normalize_answer(name)
            if key not in seen and not (" " not in name and name.lower() in own):
                seen.add(key)
                out.append(name)
        return out

    if len(answer.split()) == 1:
        short = _short_names(doc)
        lone = distinct([short[p] for p in people if p in short and short[p] != p])
        return lone if len(lone) >= 2 else distinct(people)
    return distinct([p for p in people if " " in p or p.lower() not in GIVEN_NAMES])


def _short_names(doc: Document) -> dict[str, str]:
    """Full name -> the one-word name the article also calls that person by."""
    cached = doc.memo.get("short_names")
    if isinstance(cached, dict):
        return cached
    out: dict[str, str] = {}
    doc.memo["short_names"] = out
    for s in doc.sentences:
        for sp in s.spans:
            if sp.kind == "PERSON" and " " not in sp.text:
                full = doc.people.get(sp.text.lower(), sp.text)
                if full != sp.text:
                    out.setdefault(full, sp.text)
    return out


def _same_side_of_dates(doc: Document, answer: Span, sentence_index: int) -> Callable[[str], bool]:
    """For a year or date: whether an option falls on the answer's side of every other
    year its sentence names ("suspended in 2014 ... returned in _____": 2005 is ruled out
    by the sentence itself). Anything passes for other kinds."""
    year = year_of(answer.text) if answer.kind in {"YEAR", "DATE"} else None
    if year is None:
        return lambda _option: True
    others = {
        y
        for sp in doc.sentences[sentence_index].spans
        if sp is not answer and sp.kind in {"YEAR", "DATE"}
        for y in [year_of(sp.text)]
        if y is not None and y != year
    }

    def ok(option: str) -> bool:
        y = year_of(option)
        return y is None or all((y > o) == (year > o) for o in others)

    return ok
