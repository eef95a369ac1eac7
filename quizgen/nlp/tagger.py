"""Part-of-speech tagging with NLTK's averaged perceptron, offline.

The weights are the ones NLTK distributes, shipped as a plain data file inside the PyPI
package ``textblob-aptagger==0.2.0``. That package's code is never imported (its
``__init__`` fails on current textblob): the file is located through package metadata
and read with an unpickler that allows nothing but ``set``.
"""

from __future__ import annotations

import pickle
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizgen.errors import QuizgenError
from quizgen.nlp.document import FINITE_TAGS
from quizgen.nlp.lexicon import ROLE_NOUNS, ROLE_TITLES

if TYPE_CHECKING:
    from nltk.tag.perceptron import PerceptronTagger

_WEIGHTS_DIST = "textblob-aptagger"
_WEIGHTS_FILE = "textblob_aptagger/trontagger-0.1.0.pickle"

# Tokens whose Treebank tag is certain; the tagger sees their Treebank spelling.
_TAGGER_SPELLING = {
    "“": "``",
    "”": "''",
    '"': "''",
    "‘": "`",
    "’": "'",
    "—": "--",
    "–": "--",
    "(": "-LRB-",
    ")": "-RRB-",
    "[": "-LRB-",
    "]": "-RRB-",
}
_FIXED_TAGS = {"``": "``", "''": "''", "--": ":", "…": ":", "...": ":", "-LRB-": "(", "-RRB-": ")"}


_GERUND_NOUNS = frozenset(
    "learning training computing engineering processing manufacturing mining banking "
    "marketing printing shipping sequencing modelling modeling programming reasoning "
    "farming fishing building planning testing screening".split()
)


class _SetOnlyUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in {("__builtin__", "set"), ("builtins", "set")}:
            return set
        raise pickle.UnpicklingError(f"refusing to load {module}.{name} from tagger weights")


@cache
def load_tagger() -> PerceptronTagger:
    """The perceptron tagger with its pretrained weights, loaded once."""
    import importlib.metadata

    from nltk.tag.perceptron import PerceptronTagger

    try:
        path = importlib.metadata.distribution(_WEIGHTS_DIST).locate_file(_WEIGHTS_FILE)
        with Path(str(path)).open("rb") as fh:
            weights, tagdict, classes = _SetOnlyUnpickler(fh, encoding="latin1").load()
    except (importlib.metadata.PackageNotFoundError, OSError) as exc:
        raise QuizgenError(
            f"the POS tagger weights are missing ({_WEIGHTS_DIST}); reinstall quizgen"
        ) from exc
    tagger = PerceptronTagger(load=False)
    tagger.model.weights = weights
    tagger.model.classes = classes
    tagger.tagdict = tagdict
    tagger.classes = classes
    return tagger


@cache
def common_words() -> frozenset[str]:
    """Frequent English words (lower case): the tagger's dictionary of unambiguous words."""
    return frozenset(w.lower() for w in load_tagger().tagdict)


def tag_words(words: list[str]) -> list[str]:
    """Penn Treebank tags for a sentence's tokens."""
    if not words:
        return []
    spelled = [_TAGGER_SPELLING.get(w) or w.replace("’", "'") for w in words]
    tags = [t for _, t in load_tagger().tag(spelled)]
    for i, w in enumerate(spelled):
        fixed = _FIXED_TAGS.get(w)
        if fixed:
            tags[i] = fixed
        elif w.lower() in _GERUND_NOUNS and i > 0 and tags[i - 1] in {"JJ", "NN", "NNS", "NNP"}:
            tags[i] = "NN"  # "reinforcement learning", "machine learning": a field, a noun
        elif (
            w[0].isdigit()
            and any(c.isdigit() for c in w)
            and w.replace(",", "").replace(".", "").rstrip("s").isdigit()
        ):
            tags[i] = "CD"
        elif w.endswith(("$", "€", "£", "¥")) and len(w) <= 4:
            tags[i] = "$"
    _mend_verbs(spelled, tags)
    _mend_main_clause(spelled, tags)  # after: "dies" of its opening clause may be mended
    _mend_roles(spelled, tags)
    _mend_participles(spelled, tags)
    _mend_opening_adverb(spelled, tags)
    return tags


def _mend_participles(words: list[str], tags: list[str]) -> None:
    """ "one stranded ship showed ...": a past form between an article or number and its
    noun, with a verb still to come, is a participle."""
    for i in range(1, len(words) - 2):
        if (
            tags[i] == "VBD"
            and (
                words[i - 1].lower() in {"a", "an", "the", "every", "no"}
                or tags[i - 1] in {"CD", "PRP$"}
            )
            and tags[i + 1] in {"NN", "NNS"}
            and any(t in FINITE_TAGS for t in tags[i + 2 :])
        ):
            tags[i] = "JJ"


def _mend_opening_adverb(words: list[str], tags: list[str]) -> None:
    """ "Newly developed exurbs ...", "Often, ...": an adverb with its capital, no name."""
    if (
        tags[0] == "NNP"
        and "ADV" in (lemmas := _lemmas(words[0].lower()))
        and set(lemmas) <= {"ADV", "ADJ"}
        and (words[0].endswith("ly") or (len(words) > 1 and words[1] == ","))
    ):
        tags[0] = "RB"


def _mend_roles(words: list[str], tags: list[str]) -> None:
    """A role before a name is a noun ("Panthers quarterback Cam Newton appeared"), not
    the verb the perceptron can read it as (but "trained to pilot Apollo 11" and "Both
    brothers coach Arsenal players" stay: after "to" or a plural subject it is a verb)."""
    for i in range(len(words) - 1):
        if (
            tags[i].startswith("VB")
            and (words[i] in ROLE_TITLES or words[i] in ROLE_NOUNS)
            and tags[i + 1] in {"NNP", "NNPS"}
            and (i == 0 or tags[i - 1] in {"NNP", "NNPS", "DT", "JJ", "PRP$", "POS", "CD"})
        ):
            tags[i] = "NN"


_HAVE = frozenset({"have", "has", "had", "having"})
# What can stand right before a verb that follows its subject ("the engine rotate",
# "algorithms solve", "and assist"); after a determiner or a preposition it is a noun.
_SUBJECT_ENDS = frozenset({"NN", "NNS", "NNP", "NNPS", "CC", "RB", "PRP", "MD", "TO"})
# Words after which a plural the tagger read as a noun is its clause's verb:
# "the water level drops, ...", "the layer functions as ...", "freshwater contains about ..."
_AFTER_VERB = frozenset({",", ";", "as", "about", "through", "with", "into", "to"})


@cache
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """A word's lemmas by part of speech, from lemminflect's dictionary ({} if unknown)."""
    from lemminflect import getAllLemmas

    return dict(getAllLemmas(word))


_SUBORDINATORS = frozenset(
    "when if after before because while although though once as since until unless whenever".split()
)


def _mend_main_clause(words: list[str], tags: list[str]) -> None:
    """ "When the second population dies, the fleas move on to other hosts": after an
    opening clause, a main clause left with no finite verb has one where a plural subject
    ("fleas", read as an adjective) meets a word that can be a verb ("move", read as a
    noun)."""
    if not words or words[0].lower() not in _SUBORDINATORS:
        return
    comma = next((i for i, w in enumerate(words) if w == ","), None)
    if comma is None:
        return
    # the whole rest: a comma may close an aside inside the main clause ("the savings bank,
    # founded in 1822, stood ...")
    end = next((i for i in range(comma + 1, len(words)) if words[i] in {",", ";"}), len(words))
    if any(t in FINITE_TAGS for t in tags[comma + 1 :]):
        return
    for i in range(comma + 2, end):
        subject, word = words[i - 1], words[i].lower()
        if (
            tags[i] == "NN"
            and tags[i - 1] in {"NNS", "JJ"}
            and subject.endswith("s")
            and not subject.endswith("ss")
            and "VERB" in _lemmas(word)
            and _lemmas(word)["VERB"][0] == word
        ):
            tags[i - 1], tags[i] = "NNS", "VBP"
            return


def _verb_only(word: str) -> str | None:
    """The lemma of a lower-case word English uses only as a verb ("rotate", "supplanted")."""
    if not (word.isalpha() and word.islower()):
        return None
    lemmas = _lemmas(word)
    return lemmas["VERB"][0] if set(lemmas) == {"VERB"} else None


_CLAUSE_OPENERS = frozenset(
    "that which who whom whose because if when while although though whereas where unless "
    "until since ;".split()
)


def _verb_follows(words: list[str], tags: list[str], i: int) -> bool:
    """Whether a finite verb follows word ``i`` in its own clause."""
    for w, t in zip(words[i + 1 :], tags[i + 1 :], strict=True):
        if w.lower() in _CLAUSE_OPENERS:
            return False
        if t in FINITE_TAGS:
            return True
    return False


def _mend_verbs(words: list[str], tags: list[str]) -> None:
    """Verbs the perceptron read as nouns or adjectives, in place: a word that is only ever
    a verb ("make the engine rotate"), a participle after "have" ("have almost entirely
    supplanted"), and, in a sentence left with no finite verb, a plural after a singular
    noun where a verb would stand ("If the water level drops, ... the lead melts.")."""
    for i, (w, tag) in enumerate(zip(words, tags, strict=True)):
        if tag not in {"NN", "NNS", "JJ"} or w.endswith("ing"):
            continue
        lemma = _verb_only(w)
        if lemma is None:
            continue
        before = tags[i - 1] if i else ""
        # lemminflect knows some nouns only as verbs ("bar", "dam", "log"): a word with a
        # verb of its clause after it is its subject's noun ("The chocolate bar made ...",
        # "Beaver dams and fallen trees block ..."), never a verb itself
        participle = tag == "JJ" and w.endswith(("ed", "en"))
        if not participle and (before not in _SUBJECT_ENDS or _verb_follows(words, tags, i)):
            continue
        if tag == "NN" and not w.endswith("ed"):
            tags[i] = "VB" if w == lemma else "VBD"
        elif tag == "NNS":
            # the clause's verb only if the clause has none yet ("in oxygen bars" has "has",
            # "consists of ... topographic, and natural ecosystem landscapes" "consists")
            j = i - 1
            while j >= 0 and tags[j] not in FINITE_TAGS | {"WDT", "WP"} and words[j] != ";":
                j -= 1
            if j < 0 or tags[j] not in FINITE_TAGS:
                tags[i] = "VBZ"
        elif tag == "JJ" and w != lemma and not w.endswith(("ed", "en")):
            tags[i] = "VBD"  # "whether the stadium underwent renovations"
        elif tag == "JJ" and w.endswith(("ed", "en")):
            j = i - 1
            while j >= 0 and tags[j] == "RB":
                j -= 1
            if j >= 0 and words[j].lower() in _HAVE:
                tags[i] = "VBN"
    if any(t in FINITE_TAGS for t in tags):
        return
    for i in range(1, len(words) - 1):
        if tags[i] != "NNS" or tags[i - 1] != "NN":
            continue
        if "VERB" not in _lemmas(words[i].lower()):
            continue
        after = words[i + 1].lower()
        at_end = after == "." and i >= 2 and tags[i - 2] == "DT"
        if after in _AFTER_VERB or tags[i + 1] == "RB" or at_end:
            tags[i] = "VBZ"
