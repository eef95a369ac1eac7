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
    return tags
