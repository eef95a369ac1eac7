"""Lines that are page furniture, not article: credits, bylines, related links, UI words.

:func:`is_boilerplate_line` judges one line on its own; :func:`drop_boilerplate` also
removes a "Related News:" style header with the short link titles that follow it.
Real paragraphs are never dropped for looking short: a line that opens with a quotation
mark is always kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.ingest.blocks import RawBlock
from quizgen.ingest.shapes import ends_sentence, word_count

__all__ = ["drop_boilerplate", "is_boilerplate_line", "is_related_header"]

_QUOTES = "\"'“”‘’«»"
_CREDIT_WORDS = (
    r"sources?|journalists?|reporters?|reporting|writers?|written|editors?|editing|edited|"
    r"photos?|photographs?|photographer|pictures?|images?|credits?|captions?|illustrations?|"
    r"translat(?:ed|ion|or)|compiled|contributed|contributing|correspondents?|via"
)
# "(Source: Wen Wei Po; Journalist: ...; English Editor: ...)" and "[Photo: Xinhua]".
_BRACKETED_CREDIT = re.compile(rf"^[(\[].*\b(?:{_CREDIT_WORDS})\b.*[)\]]\.?$", re.I)
# "Source: Reuters", "Photo - AP", "Image credit NASA", "Reporting by ...; Editing by ...".
_LABELLED_CREDIT = re.compile(
    r"^(?:(?:english\s+|chief\s+|managing\s+|senior\s+|staff\s+)?"
    r"(?:sources?|journalists?|reporters?|writers?|editors?|correspondents?|photographers?|"
    r"photos?|photographs?|pictures?|images?|captions?|illustrations?|credits?|translators?|"
    r"file\s+photo|top\s+image|main\s+image|featured\s+image|cover\s+image|"
    r"tags|keywords|topics|categories|filed\s+under)"
    r"\s*[:：|–—-]"
    r"|(?:photo|image|picture)\s+credits?\b"
    r"|(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|translated|"
    r"contributed|photographs?|photos?|illustrations?|images?)\s+by\b)",
    re.I,
)
_COPYRIGHT = re.compile(r"^(?:copyright\b|\(c\)\s|©)|©|\ball rights reserved\b", re.I)
_NAME = r"[A-Z][\w'’.\-]*"
# "By Jane Doe", "By Jane Doe and Li Wei, Reuters", "BY JANE DOE | Updated 3 May".
_BYLINE = re.compile(
    rf"^(?i:by)\s+{_NAME}(?:\s+(?:{_NAME}|and|AND|&|de|van|von|da|bin))*"
    rf"(?:\s*,\s*{_NAME}(?:\s+{_NAME})*)*(?:\s*[|•·–—-]\s*.*)?$"
)
_URL_ONLY = re.compile(r"^<?(?:https?://|www\.)\S+>?$", re.I)
_EMAIL_ONLY = re.compile(r"^(?:e-?mail\s*:?\s*)?<?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+>?$", re.I)
_RELATED = re.compile(
    r"^(?:related(?:\s+(?:news|articles?|stories|story|content|coverage|posts?|links?|"
    r"reading|topics?|videos?))?|read\s+more|read\s+also|also\s+read|see\s+also|"
    r"more\s+(?:news|stories|on\s+this(?:\s+(?:story|topic))?|from\s+.{1,40})|"
    r"you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|recommended(?:\s+(?:for\s+you|"
    r"reading|stories))?|further\s+reading|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|"
    r"editor'?s?\s+picks?|top\s+stories|latest\s+(?:news|stories)|what\s+to\s+read\s+next)"
    r"\s*[:：]?$",
    re.I,
)
# "Read more: The next big thing", "Related: Otters are back" on one line.
_INLINE_RELATED = re.compile(
    r"^(?:read\s+more|read\s+also|also\s+read|see\s+also|related(?:\s+news|\s+articles?|"
    r"\s+stories)?)\s*[:：»>|–—-]\s*\S",
    re.I,
)
# Words that only ever appear alone on a line as page controls.
_UI_PHRASE_TEXT = """
    comment|comments|view comments|show comments|leave a comment|add a comment|post a comment|
    add comment|no comments|share|share this|share this article|share this story|
    share this page|share article|share story|tweet|print|print this|print article|
    print this article|print this page|email|e-mail|email this|email this article|
    advertisement|advertising|advert|ad|sponsored|sponsored content|subscribe|subscribe now|
    sign up|sign in|log in|login|register|follow us|follow|loading|please wait|like|likes|
    reply|menu|search|back to top|top|next|previous|next article|previous article|next story|
    previous story|skip to content|skip to main content|close|show more|load more|more|
    copy link|link copied|download|listen|listen to this article|save|save article|bookmark|
    font size|text size|whatsapp|facebook|twitter|linkedin|reddit|pinterest|telegram|weibo|
    wechat|x|home|cookie settings|accept cookies
"""
_UI_PHRASES = frozenset(phrase.strip() for phrase in _UI_PHRASE_TEXT.split("|"))
# Lines made only of these tokens are share bars: "Share Tweet Email", "Share on X".
_UI_TOKEN_WORDS = """
    share tweet email e-mail print comment comments facebook twitter linkedin whatsapp
    pinterest reddit telegram weibo wechat copy link save like reply on via this article
    story follow us x subscribe messenger flipboard mail
"""
_UI_TOKENS = frozenset(_UI_TOKEN_WORDS.split())
_UI_STRONG = frozenset({"share", "tweet", "facebook", "twitter", "linkedin", "whatsapp"})
_NON_LETTERS = re.compile(r"[^a-z\- ]+")
_SPACES = re.compile(r"\s+")

_MAX_CHARS = 500
"""Furniture lines are short; longer text is never judged (and never costs regex time)."""
_RELATED_ITEM_MAX_WORDS = 18
"""Link titles under a "Related" header are at most this long; a longer line ends the list."""


def _ui_key(text: str) -> str:
    # "Comments (12)" -> "comments"; "Loading..." -> "loading"; "Share:" -> "share".
    return _SPACES.sub(" ", _NON_LETTERS.sub(" ", text.lower())).strip(" -")


def _is_ui_line(text: str) -> bool:
    if word_count(text) > 8:
        return False
    key = _ui_key(text)
    if key in _UI_PHRASES:
        return True
    tokens = key.split()
    return (
        len(tokens) > 1 and all(t in _UI_TOKENS for t in tokens) and bool(_UI_STRONG & set(tokens))
    )


def is_related_header(text: str) -> bool:
    """True for headers of link lists: "Related News:", "Read more", "See also", ..."""
    return _RELATED.match(text.strip()) is not None


def is_boilerplate_line(text: str) -> bool:
    """True when one line is page furniture rather than article text.

    Credits and sources, bylines, copyright notices, lone UI words, bare URLs and email
    addresses, related-link headers. Lines that open with a quotation mark never are.
    """
    text = text.strip()
    if not text:
        return True
    if text[0] in _QUOTES or len(text) > _MAX_CHARS:
        return False
    words = word_count(text)
    if words <= 40 and (
        _BRACKETED_CREDIT.match(text) is not None or _COPYRIGHT.search(text) is not None
    ):
        return True
    if words <= 30 and _LABELLED_CREDIT.match(text) is not None:
        return True
    if words <= 12 and not ends_sentence(text) and _BYLINE.match(text) is not None:
        return True
    if words <= 20 and _INLINE_RELATED.match(text) is not None:
        return True
    if words == 1 and (_URL_ONLY.match(text) or _EMAIL_ONLY.match(text)):
        return True
    if words <= 3 and _EMAIL_ONLY.match(text) is not None:
        return True
    return is_related_header(text) or _is_ui_line(text)


def _ends_related_list(block: RawBlock) -> bool:
    """A block long enough to be prose, not one more link title."""
    words = word_count(block.text)
    if words > _RELATED_ITEM_MAX_WORDS:
        return True
    # A sentence that ends with a full stop and has some length is a paragraph, not a title.
    return block.kind == "paragraph" and words >= 10 and block.text.rstrip(_QUOTES).endswith(".")


def _is_credit(text: str) -> bool:
    text = text.strip()
    if not text or text[0] in _QUOTES or len(text) > _MAX_CHARS or word_count(text) > 40:
        return False
    return _BRACKETED_CREDIT.match(text) is not None or _LABELLED_CREDIT.match(text) is not None


def drop_boilerplate(blocks: Sequence[RawBlock]) -> list[RawBlock]:
    """Return ``blocks`` without boilerplate lines and related-link lists.

    After a related header ("Related News:", "Read more", ...), the short link titles that
    follow are dropped up to the next real paragraph or the end of the article. A credit
    line ("(Source: ...)") followed only by short lines ends the article: those short
    lines are link titles and page furniture.
    """
    kept: list[RawBlock] = []
    in_related = False
    for block in blocks:
        if in_related:
            if not _ends_related_list(block):
                continue
            in_related = False
        if is_related_header(block.text):
            in_related = True
            continue
        if _is_credit(block.text):
            kept.append(block)  # marks the place; removed below with what follows it
            continue
        if is_boilerplate_line(block.text):
            continue
        kept.append(block)
    credits = [index for index, block in enumerate(kept) if _is_credit(block.text)]
    if credits and not any(_ends_related_list(block) for block in kept[credits[-1] + 1 :]):
        kept = kept[: credits[-1]]
    return [block for block in kept if not _is_credit(block.text)]
