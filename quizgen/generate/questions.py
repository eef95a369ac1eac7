"""Wh-questions by transformation of a source sentence.

Forms covered: subject questions ("DeepSeek denies X" -> "Which organization denies X?"),
appositives ("Liu Quan, deputy chief engineer of X, said" -> "Who is the deputy chief
engineer of X?"), parenthetical definitions ("distillation (model compression ...)" ->
"What term means model compression ...?", "DeepSeek-V3 Base (the base model of R1)" ->
"What is the base model of R1?"), and time/place questions with auxiliary inversion or
do-support ("In April, DeepSeek announced that ..." -> "When did DeepSeek announce that
...?"), object questions ("The fire killed three astronauts" -> "How many astronauts did
the fire kill?") and passives with an agent ("The canal was designed by X" -> "Who
designed the canal?").
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from quizgen.generate.clauses import Clause, analyse_clause
from quizgen.models import NAME_KINDS
from quizgen.nlp.document import FINITE_TAGS, Sentence, Span, Token
from quizgen.nlp.lexicon import PEOPLE_NOUNS, PERSON_VERBS, SPEECH_VERBS
from quizgen.nlp.tagger import common_words

_WH_SUBJECT = {
    "PERSON": "Who",
    "ORG": "Which organization",
    "PLACE": "Which place",
    "TERM": "What",
    "OTHER": "What",
}


def _wh_for(span: Span, predicate: list[Token] | None = None) -> str:
    """The question word for the answer: "Who" for a person, for a role ("the client"
    produces a list of requirements: Who, not What), or for a name the predicate says is
    one ("... is said to be the last professional mathematician to ...")."""
    words = span.text.lower().split()
    if span.kind == "TERM" and span.text.islower() and words and words[-1] in PEOPLE_NOUNS:
        return "Who"
    if span.kind == "OTHER" and predicate and _looks_like_a_full_name(span.text):
        verbs = [t.text.lower() for t in predicate[:2]]
        if (
            (verbs[0] in PERSON_VERBS and verbs[1:] != ["out"])
            or verbs[0] in SPEECH_VERBS
            or verbs == ["was", "born"]
        ):
            return "Who"  # "Richard the Lion-Heart married Berengaria": only people marry
    if span.kind == "OTHER" and predicate and predicate[0].text.lower() in {"is", "was"}:
        # the head of what the predicate calls it: "is said to be the last professional
        # mathematician", not "was a cipher machine that a German engineer designed"
        k = 1
        while k < len(predicate) and (
            predicate[k].tag in {"DT", "JJ", "JJS", "RB", "VBN", "TO", "VB"}
            or predicate[k].text.lower() in {"said", "be", "thought", "known"}
        ):
            k += 1
        while k + 1 < len(predicate) and predicate[k + 1].tag in {"NN", "NNS"}:
            k += 1
        if k < len(predicate) and predicate[k].text.lower() in PEOPLE_NOUNS:
            return "Who"
    return _WH_SUBJECT[span.kind]


_PERSON_OBJECT_VERBS = frozenset("married marries wed divorced".split())
"""Verbs only a person is the object of (when a person is their subject)."""


def _looks_like_a_full_name(text: str) -> bool:
    """ "Richard the Lion-Heart", "Ada Lovelace"; not "Latin", "Toshiba", "The Voyager"."""
    words = text.split()
    return (
        2 <= len(words) <= 5
        and words[0][:1].isupper()
        and words[0].lower() != "the"
        and words[-1][:1].isupper()
    )


_DO_FORMS = {"VBD": "did", "VBZ": "does", "VBP": "do", "VBN": "did"}


@dataclass(slots=True, frozen=True)
class Question:
    """A question whose answer is ``span``."""

    text: str
    form: str
    """Which transformation made it: subject, object, appositive, definition, when, where,
    passive."""


def _join(tokens: list[Token], text: str) -> str:
    """Rebuild text from a run of tokens, keeping the source's spacing."""
    if not tokens:
        return ""
    out = [tokens[0].text]
    for prev, tok in pairwise(tokens):
        gap = text[prev.end : tok.start] if tok.start >= prev.end else " "
        out.append(gap if not gap.strip() else " ")  # tokens removed in between: one space
        out.append(tok.text)
    return "".join(out).strip()


def _finish(body: str) -> str:
    body = body.strip().rstrip(".,;:!").strip()
    body = body.replace(" ,", ",")
    return body[:1].upper() + body[1:] + "?"


def _lower_first(tokens: list[Token], words: str) -> str:
    """Lower-case a subject's first word unless it is a name or acronym."""
    if not tokens:
        return words
    first = tokens[0]
    if (
        first.start == 0
        and first.tag == "NNP"
        and first.text[1:].islower()
        and first.text.lower() in common_words()
        and len(tokens) > 1
        and tokens[1].text[:1].islower()
    ):
        # "Sudden cabin pressure loss": a sentence's capital, not a name's (a lone "Nature"
        # or "Eagle" may well be one)
        return words[:1].lower() + words[1:]
    if first.tag in {"NNP", "NNPS"} or first.text.isupper() or first.text == "I":
        return words
    if (
        len(tokens) > 1
        and tokens[1].tag in {"NNP", "NNPS"}
        and first.text[:1].isupper()
        and first.tag in {"NN", "JJ", "NNS"}
    ):
        return words  # "Gamal Abdel Nasser": a name the tagger did not know
    return words[:1].lower() + words[1:]


def questions_for(sentence: Sentence, span: Span, present: bool) -> list[Question]:
    """Every question the known forms make for ``span`` as the answer."""
    out: list[Question] = []
    if coordinated(sentence, span):
        return out
    opening = " ".join(t.text.lower() for t in sentence.tokens[:6])
    if any(w in opening for w in ("'s view", "’s view", "according to", "opinion", "words of")):
        return out  # "In Liu's view, X offers ...": a question would ask an opinion as fact
    words = {t.text.lower() for t in sentence.tokens}
    if words & {"also", "then", "i.e.", "e.g.", "i.e", "e.g"}:
        return out  # "What was also used ...?" leans on an earlier sentence
    for maker in (_appositive, _definition, _subject, _when_where, _object, _passive_agent):
        q = maker(sentence, span, present)
        # "What did Armstrong take?", "What does the canal cross?": too bare to have one
        # answer
        if q is not None and len(q.text.split()) >= 5 and _content_words(q.text) >= 3:
            out.append(q)
    return out


def _appositive(sentence: Sentence, span: Span, present: bool) -> Question | None:
    toks = sentence.tokens
    k = span.last_token + 1
    if span.kind not in {"PERSON", "ORG"} or k >= len(toks) or toks[k].text != ",":
        return None
    end = k + 1
    while end < len(toks) and toks[end].text not in {",", ".", ";", ":", "(", ")"}:
        end += 1
    if end >= len(toks) or toks[end].text != "," or end - (k + 1) < 2:
        return None
    appo = toks[k + 1 : end]
    if appo[0].tag not in {"NN", "JJ", "NNP", "DT"} or any(t.tag in {"VBD", "VBZ"} for t in appo):
        return None
    indefinite = appo[0].text.lower() in {"a", "an"}
    if indefinite and (len(appo) > 8 or any(t.tag.startswith("VB") for t in appo)):
        return None
    words = _join(appo, sentence.text)
    if appo[0].text.lower() != "the":
        words = "the " + words
    wh = "Who" if span.kind == "PERSON" else "What"
    if present and not indefinite:
        return Question(_finish(f"{wh} is {words}"), "appositive")
    # A past role needs its moment: "Which President of Egypt nationalised the company?";
    # "X, a chemist at Y," does not identify X, but with what X did it does: "Which
    # chemist at Y joined the research in 1951?"
    clause = analyse_clause(sentence)
    if clause is None or clause.subject[0] != span.first_token:
        return None
    verb_phrase = _trim_end(_main_clause_only(toks[clause.verb :]))
    if not verb_phrase or len(verb_phrase) > 16:
        return None
    role = _join(appo[1:] if appo[0].text.lower() in {"the", "a", "an"} else appo, sentence.text)
    vp = _join(verb_phrase, sentence.text) + _time_tail(sentence, clause)
    if indefinite and _content_words(vp) < 3:
        return None  # "Which physicist from Avaria led one of the groups?": which ones?
    return Question(_finish(f"Which {role} {vp}"), "appositive")


_SOME = frozenset({"some", "many", "certain", "several", "various", "other", "such"})


def _definition(sentence: Sentence, span: Span, present: bool) -> Question | None:
    toks = sentence.tokens
    k = span.last_token + 1
    if k >= len(toks) or toks[k].text != "(":
        return None
    end = k + 1
    while end < len(toks) and toks[end].text not in {")", ",", ";"}:
        end += 1
    inner = toks[k + 1 : end]
    if len(inner) < 2 or any(t.tag in {"CD", "$"} or t.text[:1].isdigit() for t in inner):
        return None
    if inner[0].text.lower() in {"approximately", "about", "around", "nearly", "roughly", "or"}:
        return None
    if any(t.text == ":" for t in inner):
        return None  # "(Greek: φαρμακεία)": a gloss, not a definition
    if inner[0].text[:1].isupper():
        return None  # "(Concerning medical substances)": a translated title, no definition
    if inner[0].tag not in {"DT", "NN", "NNS", "NNP", "NNPS", "JJ"}:
        return None  # "(as cited in the TAR)", "(see below)": an aside, not a definition
    if span.kind in {"MONEY", "NUMBER", "PERCENT", "DATE", "YEAR"}:
        return None
    if any(t.tag in {"VBD", "VBZ", "VBP"} for t in inner):
        return None
    before = toks[span.first_token - 1].text.lower() if span.first_token else ""
    plural = toks[span.last_token].tag == "NNS"
    if before in _SOME or (plural and not any(t.tag == "NNS" for t in inner)):
        return None  # "some heart disorders (congestive heart failure)": an example, not
        # what the term means ("statins (drugs that lower cholesterol)" is a definition)
    words = _join(inner, sentence.text)
    verb = "is" if present else "was"
    if inner[0].text.lower() == "the":
        return Question(_finish(f"What {verb} {words}"), "definition")
    return Question(_finish(f"What term describes {words}"), "definition")


def _subject(sentence: Sentence, span: Span, present: bool) -> Question | None:
    clause = analyse_clause(sentence)
    if clause is None or span.kind not in _WH_SUBJECT:
        return None
    first, last = clause.subject
    toks = sentence.tokens
    if toks[first].tag == "DT" and first < last:
        first += 1  # "The Normans" asks for "Normans"
    if (span.first_token, span.last_token) != (first, last):
        return None
    if first > 0 and toks[first - 1].text.lower() in {"no", "neither", "none"}:
        return None  # "No single solution has ..." would lose its negation
    common_noun = span.kind == "TERM" and span.text.islower()
    # the subject's own verbs stay ("was an expert ... and produced ..."); a new clause goes
    rest = _main_clause_only(toks[clause.verb :], keep_shared_subject=True)
    rest = _trim_end(rest)
    wh = _wh_for(span, rest)
    if not rest or len(rest) > 30 or _thin(rest):
        return None
    if any(
        t.text.lower() in {"it", "they", "he", "she"}
        and (p.tag == "CC" or p.text.lower() in _AUXILIARIES | {"nor"})
        for p, t in pairwise(rest)
    ):
        return None  # "... nor does it monitor ...": the pronoun would mean the wh-word
    if (
        span.kind == "TERM"
        and rest[0].text.lower() in {"is", "are"}
        and len(rest) > 2
        and rest[1].text.lower() in {"a", "an", "the"}
        and (first == 0 or toks[first - 1].text.lower() in {"a", "an"})
    ):
        # "A corresponding author is the researcher who ..." defines a term; "a way of
        # compressing models" does not single one out
        if _content_words(_join(rest[2:], sentence.text)) < 3:
            return None
        return Question(
            _finish(f"What is the term for {_join(rest[1:], sentence.text)}"), "subject"
        )
    predicate = _join(rest, sentence.text)
    if (common_noun or span.kind in {"PLACE", "OTHER"}) and _content_words(predicate) < 5:
        # "What is about 2 nanometres wide?": "What" says nothing of the answer's kind,
        # so the predicate must say enough to single a common noun out
        return None
    plural_present = rest[0].tag == "VBP" or (
        rest[0].tag == "VBN" and _base_form(rest[0].text) == rest[0].text.lower()
    )  # ("requirements come from": "come" read as a participle)
    if plural_present:
        # "Some requirements come from ..." -> "What comes from ...?": a wh-subject takes
        # a singular verb
        singular = {"have": "has", "do": "does", "are": "are"}.get(rest[0].text.lower())
        singular = singular or _inflect(rest[0].text, "VBZ")
        if singular is None:
            return None
        predicate = singular + predicate[len(rest[0].text) :]
    return Question(_finish(f"{wh} {predicate}{_time_tail(sentence, clause)}"), "subject")


_AUXILIARIES = frozenset(
    "is are was were be been being has have had do does did can could will would shall "
    "should may might must".split()
)


_WH_WORDS = frozenset("what which who when where how many much did does do is are was were".split())
_GENERIC_HEADS = frozenset(
    "way kind type form sort method process thing something part term place organization "
    "year".split()
)


def _content_words(text: str) -> int:
    """Words of a question that say something: not question words, auxiliaries, articles,
    short function words or generic heads ("way", "kind")."""
    words = [w.strip("?,.").lower() for w in text.split()]
    return sum(
        1
        for w in words
        if len(w) > 3
        and w not in _WH_WORDS
        and w not in _AUXILIARIES
        and w not in _GENERIC_HEADS
        and w not in {"that", "this", "with", "from", "into", "than", "then", "they", "their"}
    )


def _thin(predicate: list[Token]) -> bool:
    """ "What is not always practical?": too little said for one answer to fit.

    A predicate with a name or a number is specific enough; otherwise it needs three
    content words."""
    if any(
        t.tag in {"NNP", "NNPS"} or (t.tag == "CD" and t.text.lower() != "one") for t in predicate
    ):
        return False  # ("one of the groups" is no more specific than "a group")
    content = [
        t
        for t in predicate
        if t.tag[:2] in {"NN", "JJ", "VB"} and t.text.lower() not in _AUXILIARIES
    ]
    return len(content) < 3


def _time_tail(sentence: Sentence, clause: Clause) -> str:
    """A fronted time phrase, kept at the end of the question ("... in 1956?")."""
    if not clause.front_end:
        return ""
    front = sentence.tokens[: clause.front_end - 1]
    if not front or front[0].text.lower() not in {"in", "on", "during", "by", "after", "before"}:
        return ""
    dated = any(
        sp.kind in {"DATE", "YEAR"} and sp.last_token < clause.front_end for sp in sentence.spans
    )
    if not dated:
        return ""
    return " " + _lower_first(front, _join(front, sentence.text))


def coordinated(sentence: Sentence, span: Span) -> bool:
    """Whether the span is one of several joined by "and", "or" or commas ("Watson and
    Crick", "8 days, 3 hours and 18 minutes"): a question on one of them misleads."""
    toks = sentence.tokens
    before = toks[span.first_token - 1].text.lower() if span.first_token > 0 else ""
    after = toks[span.last_token + 1].text.lower() if span.last_token + 1 < len(toks) else ""
    others = [
        sp
        for sp in sentence.spans
        if sp is not span
        and (sp.kind == span.kind or (sp.kind in NAME_KINDS and span.kind in NAME_KINDS))
    ]

    def joined(word: str, sp: Span) -> bool:
        # after a comma only a name of the very same kind continues a list (an appositive,
        # ", the President of Egypt,", does not)
        return word in {"and", "or", "&"} or (word == "," and sp.kind == span.kind)

    if any(
        sp.last_token in {span.first_token - 2, span.first_token - 3} and joined(before, sp)
        for sp in others
    ):
        return True
    return any(
        sp.first_token in {span.last_token + 2, span.last_token + 3} and joined(after, sp)
        for sp in others
    )


_LANGUAGES = frozenset(
    "english french german latin greek spanish italian portuguese dutch russian arabic "
    "chinese mandarin japanese hebrew norse hindi sanskrit persian turkish welsh".split()
)
_CLAUSE_JOINERS = {"and", "but", "while", "so", "whereas", "although", "though", "yet"}


def _before_relative(tokens: list[Token]) -> list[Token]:
    """The tokens up to a relative pronoun: a verb after it ("and any disease that
    impairs ...") is the relative clause's, not a new clause's."""
    k = next((k for k, t in enumerate(tokens) if t.tag in {"WDT", "WP"}), len(tokens))
    return tokens[:k]


def _main_clause_only(tokens: list[Token], *, keep_shared_subject: bool = False) -> list[Token]:
    """Cut a verb phrase before "; ...", ", and the city was ..." or "and finally reopened".

    With ``keep_shared_subject`` a second verb of the same subject stays ("was an expert
    and produced ..."), as it does in a subject question."""
    for i, t in enumerate(tokens):
        if t.text in {";", ":"}:
            return tokens[:i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if t.text == "," and nxt is not None and nxt.text.lower() in _CLAUSE_JOINERS:
            listed = nxt.text.lower() in {"and", "or"} and not any(
                f.tag in FINITE_TAGS for f in _before_relative(tokens[i + 2 : i + 10])
            )
            if not listed:  # ("geologic, topographic, and natural landscapes": a list)
                return tokens[:i]
        if t.text.lower() in {"although", "though", "whereas"} and i > 0:
            return tokens[:i]  # the comma before it may have gone with a dropped phrase
        if t.text.lower() in {"and", "but"}:
            following = tokens[i + 1 : i + 5]
            # "and no one has walked ...": a new clause with its own subject
            new_subject = (
                following
                and following[0].tag in {"DT", "PRP", "NNP", "NNPS", "EX"}
                and any(f.tag in FINITE_TAGS for f in _before_relative(following[1:]))
            )
            if new_subject:
                return tokens[:i]
            # a second finite verb would keep its tense after do-support
            if not keep_shared_subject and any(
                f.tag in {"VBD", "VBZ", "VBP"} for f in following[:2]
            ):
                return tokens[:i]
    return tokens


def _trim_end(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[-1].tag in {".", ",", ":", "''", '"'}:
        tokens = tokens[:-1]
    return tokens


def _when_where(sentence: Sentence, span: Span, present: bool) -> Question | None:
    if span.kind not in {"DATE", "YEAR", "PLACE"}:
        return None
    toks = sentence.tokens
    # The answer must be the object of a preposition: "in April", "on Sept. 18", "in Chicago".
    p = span.first_token - 1
    if p < 0 or toks[p].text.lower() not in {"in", "on", "at", "during", "since", "from", "by"}:
        return None
    if span.kind == "PLACE" and toks[p].text.lower() not in {"in", "at"}:
        return None  # ("separate from X", "X from Y": "Where ..." would ask something else)
    if span.kind == "PLACE" and span.text.lower() in _LANGUAGES:
        return None  # "in English" is no place
    clause = analyse_clause(sentence)
    if clause is None:
        return None
    pp = (p, span.last_token)
    first, last = clause.subject
    # The phrase is fronted ("In April, ...") or follows the verb; never inside the subject.
    fronted = clause.front_end > 0 and pp[1] == clause.front_end - 2
    if not fronted and not (pp[0] > clause.verb):
        return None
    if fronted and clause.front_end - 1 != pp[1] + 1:
        return None
    if fronted and pp[0] != 0:
        return None
    if not fronted and any(t.text.lower() == "that" for t in toks[clause.verb + 1 : pp[0]]):
        return None  # "tells that, in 1016, ...": the date is the reported clause's
    if not fronted and any(
        t.text == "," and toks[k + 1].text.lower() in {"with", "while", "which", "where", "when"}
        for k, t in enumerate(toks[clause.verb + 1 : pp[0]], clause.verb + 1)
    ):
        return None  # "..., with a second team scheduled to return in 2018": not the main verb's
    if _one_end_of_a_span(sentence, span):
        return None
    nxt_word = toks[span.last_token + 1].text.lower() if span.last_token + 1 < len(toks) else ""
    if nxt_word in {"or", "and"}:
        return None  # "in 1773 or earlier", "in Paris and London": not one answer
    if not fronted and any(t.tag == "VBG" for t in toks[clause.verb + 1 : pp[0]]):
        return None  # "includes the area stretching ... from Ventura": the participle's
    if not fronted and any(
        t.tag == "VBN"
        and toks[k - 1].text == ","
        and not any(x.text == "," for x in toks[k + 1 : pp[0]])
        for k, t in enumerate(toks[clause.verb + 1 : pp[0]], clause.verb + 1)
    ):
        return None  # "through the Trust Fund, established in 1989 by ...": the fund's date
        # (not "published Frankenstein, written near Geneva, in 1818")
    verb = toks[clause.verb]
    subject_tokens = toks[first : last + 1]
    subject = _lower_first(subject_tokens, _join(subject_tokens, sentence.text))
    # the phrase goes, and so does a comma that closed it ("on May 4, 2016, at ...")
    drop = set(range(pp[0], pp[1] + 1))
    if pp[1] + 1 < len(toks) and toks[pp[1] + 1].text.lower() == "alone":
        drop.add(pp[1] + 1)  # "in Brazil alone": "alone" goes with the place
        pp = (pp[0], pp[1] + 1)
    if pp[1] + 1 < len(toks) and toks[pp[1] + 1].text == "(":
        # "in Southern Italy (the Mezzogiorno)": the gloss goes with what it glosses
        close = next((i for i in range(pp[1] + 2, len(toks)) if toks[i].text == ")"), None)
        if close is None:
            return None
        drop |= set(range(pp[1] + 1, close + 1))
        pp = (pp[0], close)
    if pp[1] + 1 < len(toks) and toks[pp[1] + 1].text == ",":
        drop.add(pp[1] + 1)
    kept = _main_clause_only(toks[clause.verb + 1 :])
    if not fronted and (not kept or kept[-1].end < toks[pp[1]].end):
        return None  # "stayed closed for eight years and reopened on 5 June 1975"
    after = [t for i, t in enumerate(toks[clause.verb + 1 :], clause.verb + 1) if i not in drop]
    after = _main_clause_only(after)
    # drop the comma that set off a trailing phrase
    after = _trim_end(after)
    rest = _join(after, sentence.text)
    if any(
        other.kind == span.kind and other is not span and other.text in rest
        for other in sentence.spans
    ):
        # "When was oxygen discovered by Scheele ... in 1773 or earlier?" for Priestley's
        # 1774: the question kept another clause's date (or place), so it asks about that
        return None
    wh = "Where" if span.kind == "PLACE" else ("In what year" if span.kind == "YEAR" else "When")
    if clause.aux:
        nxt = toks[clause.verb + 1] if clause.verb + 1 < len(toks) else None
        if nxt is None or nxt.tag not in {"VBN", "VBG", "VB", "RB"}:
            return None  # "X was an American biologist born in 1928": no clean inversion
        body = f"{wh} {verb.text.lower()} {subject} {rest}"
    else:
        do = _DO_FORMS.get(verb.tag)
        base = _base_form(verb.text)
        if do is None or base is None:
            return None
        body = f"{wh} {do} {subject} {base} {rest}"
    return Question(_finish(body), "where" if span.kind == "PLACE" else "when")


def _one_end_of_a_span(sentence: Sentence, span: Span) -> bool:
    """ "from Wales in 1066 down to Scotland in 1072": one date of a from-to stretch."""
    toks = sentence.tokens
    for other in sentence.spans:
        if other is span or other.kind not in {"DATE", "YEAR"}:
            continue
        lo, hi = sorted((span.last_token, other.first_token))
        if hi - lo <= 10 and any(
            t.text.lower() in {"to", "until", "till", "through"} for t in toks[lo:hi]
        ):
            return True
    return False


_WH_OBJECT = _WH_SUBJECT  # "Who did the committee appoint?" reads as well as "Whom"


def _object(sentence: Sentence, span: Span, present: bool) -> Question | None:
    """ "The fire killed three astronauts" -> "How many astronauts did the fire kill?";
    "Britain paid 4 million pounds for the shares" -> "How much did Britain pay for ...?";
    "The Normans conquered England" -> "What did the Normans conquer?"."""
    clause = analyse_clause(sentence)
    if clause is None or clause.aux:
        return None
    toks = sentence.tokens
    verb = toks[clause.verb]
    start = clause.verb + 1
    while start < len(toks) and toks[start].tag in {"DT", "RB", "PDT"} and start < span.first_token:
        start += 1
    if span.first_token != start:
        return None
    end = span.last_token + 1
    if span.kind == "NUMBER":
        if end >= len(toks) or toks[end].tag not in {"NNS", "NNPS"}:
            return None
        wh = f"How many {toks[end].text}"
        end += 1
    elif span.kind == "MONEY":
        wh = "How much"
    elif span.kind in _WH_OBJECT:
        if end < len(toks) and (
            toks[end].tag in {"NN", "NNS", "POS"} or toks[end].text in {"that", "of", "which"}
        ):
            return None  # the span only modifies the object ("OpenAI model outputs")
        wh = _wh_for(span)
        if (
            span.kind == "OTHER"
            and verb.text.lower() in _PERSON_OBJECT_VERBS
            and any(
                sp.kind == "PERSON" and clause.subject[0] <= sp.first_token <= clause.subject[1]
                for sp in sentence.spans
            )
        ):
            wh = "Who"  # "Richard married Berengaria": Who did Richard marry?
    else:
        return None
    do = _DO_FORMS.get(verb.tag)
    base = _base_form(verb.text)
    if do is None or base is None:
        return None
    first, last = clause.subject
    subject_tokens = toks[first : last + 1]
    subject = _lower_first(subject_tokens, _join(subject_tokens, sentence.text))
    following = toks[end:]
    following = _past_its_appositive(following)
    rest_tokens = _trim_end(_main_clause_only(following))
    rest = _join(rest_tokens, sentence.text)
    front = toks[: clause.front_end - 1] if clause.front_end else []
    tail = f" {_lower_first(front, _join(front, sentence.text))}" if front else ""
    if front and front[0].text.lower() not in {"in", "on", "at", "during", "by"}:
        tail = ""  # "According to reports," does not belong in the question
    return Question(_finish(f"{wh} {do} {subject} {base} {rest}{tail}"), "object")


def _past_its_appositive(following: list[Token]) -> list[Token]:
    """What follows the answer, less an appositive describing it ("crosses the Isthmus of
    Suez, a narrow strip of land ...", "the Suez Canal Authority, an agency of the state"):
    it goes with the answer."""
    if not following or following[0].text != ",":
        return following
    nxt = next((k for k, t in enumerate(following[1:], 1) if t.text == ","), None)
    return following[nxt + 1 :] if nxt is not None else []


def _passive_agent(sentence: Sentence, span: Span, present: bool) -> Question | None:
    """ "The canal was designed by Ferdinand de Lesseps." -> "Who designed the canal?"."""
    if span.kind not in {"PERSON", "ORG"}:
        return None
    clause = analyse_clause(sentence)
    toks = sentence.tokens
    if clause is None or not clause.aux:
        return None
    aux = toks[clause.verb].text.lower()
    if aux not in {"was", "were", "is", "are"}:
        return None
    participle = clause.verb + 1
    if participle >= len(toks) or toks[participle].tag != "VBN":
        return None
    by = span.first_token - 1
    if by > 0 and toks[by].tag == "DT":
        by -= 1
    if by != participle + 1 or toks[by].text.lower() != "by":
        return None
    active = _inflect(toks[participle].text, "VBD" if aux in {"was", "were"} else "VBZ")
    if active is None:
        return None
    first, last = clause.subject
    lead: list[Token] = []
    while first < last and (
        toks[first].tag == "RB" or toks[first].text.lower() in {"today", "nowadays"}
    ):
        lead.append(toks[first])  # "Today the canal is run by ...": "today" goes last
        first += 1
    subject_tokens = toks[first : last + 1]
    subject = _lower_first(subject_tokens, _join(subject_tokens, sentence.text))
    following = toks[span.last_token + 1 :]
    following = _past_its_appositive(following)
    rest = _join(_trim_end(_main_clause_only(following)), sentence.text)
    tail = " ".join(t.text.lower() for t in lead)
    wh = "Who" if span.kind == "PERSON" else "Which organization"
    body = " ".join(part for part in (wh, active, subject, rest, tail) if part)
    return Question(_finish(body), "passive")


def _inflect(participle: str, tag: str) -> str | None:
    from lemminflect import getInflection

    base = _base_form(participle)
    if base is None:
        return None
    forms = getInflection(base, tag=tag)
    return forms[0] if forms else None


def _base_form(verb: str) -> str | None:
    from lemminflect import getLemma

    lemmas = getLemma(verb.lower(), upos="VERB")
    return lemmas[0] if lemmas else None
