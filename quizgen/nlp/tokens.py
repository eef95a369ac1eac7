"""Treebank-style word tokens with character offsets.

NLTK's Treebank tokenizer leaves curly quotes, em dashes and currency prefixes such as
``US$`` glued to words, which breaks both tagging and span offsets in news text, so the
project keeps its own regular-expression tokenizer that follows the Treebank conventions
(clitics ``n't`` and ``'s`` split off, punctuation separate, hyphenated words whole).
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """
    dr mr mrs ms prof st jr sr rev gen gov sen rep lt col capt sgt maj cmdr adm pres
    no nos vol vols fig figs p pp ch sec art ed eds op cit ca c approx est dept univ assn
    inc corp ltd co bros plc llc mt ft ave blvd rd hwy
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    etc vs al e.g i.e u.s u.k u.n e.u u.s.a a.m p.m d.c b.c a.d
    """.split()
)
"""Abbreviations that end in a period but do not end a sentence (lower case, no final dot)."""

_TOKEN_RE = re.compile(
    r"""
    (?P<url>https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+)
  | (?P<initials>(?:[A-Za-z]\.){2,})
  | (?P<currency>(?:[A-Z]{1,3})?[$€£¥₹])
  | (?P<number>\d+(?:[.,:]\d+)*(?:[½¼¾⅓⅔]|(?:st|nd|rd|th|s)\b)?)
  | (?P<word>[^\W\d_](?:[\w]|[-'’.](?=[^\W_]))*
            |\d+(?:[-'’.](?=[^\W_])|[^\W_])*)
  | (?P<ellipsis>\.\.\.|…)
  | (?P<dash>--+|—|–)
  | (?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)
_CLITIC_RE = re.compile(r"(?i)(n['’]t|['’](?:s|re|ve|ll|d|m))$")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split a sentence into (token, start, end) triples, offsets into ``text``."""
    out: list[tuple[str, int, int]] = []
    pos, size = 0, len(text)
    while pos < size:
        m = _TOKEN_RE.search(text, pos)
        if m is None:
            break
        tok, start, end = m.group(), m.start(), m.end()
        if m.lastgroup == "word":
            # A following period belongs to the word only for known abbreviations.
            # ... and a middle initial ("John F. Kennedy") keeps its period too.
            initial = (
                len(tok) == 1 and tok.isupper() and text[end + 1 : end + 3].strip()[:1].isupper()
            )
            if text[end : end + 1] == "." and (tok.lower() in ABBREVIATIONS or initial):
                tok, end = tok + ".", end + 1
            out.extend(_split_clitic(tok, start, end))
        else:
            out.append((tok, start, end))
        pos = end
    return out


def _split_clitic(tok: str, start: int, end: int) -> list[tuple[str, int, int]]:
    m = _CLITIC_RE.search(tok)
    if m and m.start() > 0:
        cut = start + m.start()
        return [(tok[: m.start()], start, cut), (tok[m.start() :], cut, end)]
    return [(tok, start, end)]
