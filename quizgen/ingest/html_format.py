"""HTML articles: the main body via trafilatura, with a careful lxml fallback.

trafilatura (and lxml) are imported inside the functions here so that importing
``quizgen.ingest`` stays cheap. Nothing is ever fetched: markup goes in as a string.
Scripts, styles, navigation, headers, footers, asides, forms and share bars never reach
the text; entities are decoded to characters.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import TYPE_CHECKING, Any

from quizgen.ingest.blocks import BlockKind, Draft, RawBlock
from quizgen.ingest.normalize import clean_inline

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["parse_html"]

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements whose content is never article text.
_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "button", "select", "input", "textarea", "label", "figure",
    "figcaption", "table", "pre", "canvas", "video", "audio", "object", "embed",
    "dialog", "menu", "head",
)  # fmt: skip
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
# class/id words that mark page furniture around an article.
_FURNITURE_TEXT = """
    share sharing social sharebar sharetools comments comment related nav navbar navigation
    menu footer header sidebar aside advert advertisement ad ads promo newsletter subscribe
    cookie cookies breadcrumb breadcrumbs byline toolbar popup modal disqus outbrain taboola
    recommended trending
"""
_FURNITURE_WORDS = frozenset(_FURNITURE_TEXT.split())
_CLASS_SPLIT = re.compile(r"[\s_\-]+")
_BLOCK_TEXT_TAGS = frozenset({"p", "li", "dd", "dt", "blockquote", *_HEADINGS})
_SPACED_TAGS = frozenset({"br", "div", "p", "li", "td", "th", "tr", "section", "lb", "item"})
# Top-level elements of trafilatura's output that are not prose (``code`` is a code block
# there; inside a paragraph it is inline code and kept).
_TRAFILATURA_SKIP = frozenset({"list", "table", "code", "graphic", "figure"})
_TRAFILATURA_INLINE_SKIP = frozenset({"list", "table", "graphic", "figure"})
_TRAFILATURA_BLOCKS = frozenset({"p", "head", "list", "quote", "code", "table", "div"})


def _text_of(element: Any, skip: frozenset[str] = frozenset()) -> str:
    """The text inside ``element`` (entities decoded), leaving out subtrees tagged ``skip``.

    Iterative, so absurdly deep markup cannot exhaust the Python stack.
    """
    parts: list[str] = [element.text or ""]
    stack: list[tuple[Any, bool]] = [(child, False) for child in reversed(element)]
    while stack:
        node, done = stack.pop()
        if done:
            parts.append(node.tail or "")
            continue
        stack.append((node, True))
        tag = node.tag if isinstance(node.tag, str) else ""
        # Comments and processing instructions have a non-string tag: keep only their tail.
        if not tag or tag in skip:
            continue
        if tag in _SPACED_TAGS:
            parts.append(" ")
        parts.append(node.text or "")
        stack.extend((child, False) for child in reversed(node))
    return clean_inline("".join(parts))


def _is_baseline(body: Any) -> bool:
    """True for trafilatura's last resort: all the page's text, lines joined, in one <p>.

    That output mixes navigation and footers into the text; the lxml fallback does better.
    """
    children = list(body)
    return len(children) == 1 and "\n" in (children[0].text or "")


def _trafilatura_blocks(markup: str) -> list[RawBlock]:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            markup,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            # Metadata would include date guessing, which costs seconds on large pages;
            # the title is read from the tree instead.
            with_metadata=False,
        )
    # A third-party extractor fed hostile markup may fail in many ways; the lxml fallback
    # below takes over, so any failure here only means "found nothing".
    except Exception:
        return []
    body = getattr(document, "body", None)
    if body is None or _is_baseline(body):
        return []
    blocks: list[RawBlock] = []
    # Containers are opened in place, so nested lists and quotes keep document order.
    stack: list[Any] = list(reversed(body))
    while stack:
        node = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        is_container = tag in ("list", "div", "main", "body") or (
            tag == "quote" and any(child.tag in _TRAFILATURA_BLOCKS for child in node)
        )
        if tag == "head":
            text = _text_of(node)
            if text:
                blocks.append(RawBlock("heading", text))
        elif is_container:
            if node.text and node.text.strip():
                blocks.append(RawBlock("paragraph", clean_inline(node.text)))
            stack.extend(reversed(node))
        elif tag == "item":
            text = _text_of(node, skip=frozenset({"list"}))
            if text:
                blocks.append(RawBlock("paragraph", text))
            stack.extend(reversed([child for child in node if child.tag == "list"]))
        elif tag and tag not in _TRAFILATURA_SKIP:
            text = _text_of(node, skip=_TRAFILATURA_INLINE_SKIP)
            if text:
                blocks.append(RawBlock("paragraph", text))
    return blocks


def _parse_tree(markup: str) -> Any | None:
    from lxml import etree, html  # type: ignore[import-untyped]

    parser = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True)
    try:
        return html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _is_furniture(element: Any) -> bool:
    if element.tag in ("html", "body", "main", "article"):
        return False
    if (element.get("role") or "").lower() in _DROP_ROLES:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    if not any(word in _FURNITURE_WORDS for word in _CLASS_SPLIT.split(names) if word):
        return False
    # A wrapper such as "layout-with-sidebar" may hold the article itself: keep it.
    return next(element.iter("article", "main"), None) is None


def _tree_title(tree: Any) -> str | None:
    """og:title, else the article's h1, else <title>, else any h1."""
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:title":
            title = clean_inline(meta.get("content") or "")
            if title:
                return title
    in_article = (h1 for outer in tree.iter("article", "main") for h1 in outer.iter("h1"))
    for element in chain(in_article, tree.iter("title"), tree.iter("h1")):
        title = _text_of(element)
        if title:
            return title
    return None


def _main_container(tree: Any) -> Any:
    articles = list(tree.iter("article"))
    if articles:
        return max(articles, key=lambda element: len(_text_of(element)))
    for element in tree.iter("main"):
        return element
    for element in tree.iter():
        if isinstance(element.tag, str) and (element.get("role") or "").lower() == "main":
            return element
    body = tree.find("body")
    return tree if body is None else body


def _emitted_ancestor(element: Any, container: Any, emitted: set[Any]) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is container:
            return False
        if ancestor in emitted and not (element.tag == "li" and ancestor.tag == "li"):
            return True
    return False


def _tree_blocks(tree: Any) -> list[RawBlock]:
    """Paragraphs and headings of the page's main container, furniture removed."""
    for element in list(tree.iter(*_DROP_TAGS)):
        element.drop_tree()
    for element in [e for e in tree.iter() if isinstance(e.tag, str) and _is_furniture(e)]:
        if element.getparent() is not None:
            element.drop_tree()
    container = _main_container(tree)
    blocks: list[RawBlock] = []
    emitted: set[Any] = set()
    elements: Iterator[Any] = container.iter(*_BLOCK_TEXT_TAGS)
    for element in elements:
        if _emitted_ancestor(element, container, emitted):
            continue
        emitted.add(element)
        text = _text_of(element, skip=frozenset({"ul", "ol"}))
        if text:
            kind: BlockKind = "heading" if element.tag in _HEADINGS else "paragraph"
            blocks.append(RawBlock(kind, text))
    if not blocks:
        # No paragraph markup at all: text separated by line breaks or divs.
        for line in _text_with_breaks(container).split("\n"):
            text = clean_inline(line)
            if text:
                blocks.append(RawBlock("paragraph", text))
    return blocks


def _text_with_breaks(element: Any) -> str:
    for node in element.iter("br", "div", "section", "article"):
        node.tail = "\n" + (node.tail or "")
    return str(element.text_content())


def parse_html(markup: str) -> Draft:
    """Extract the article body and title from an HTML page.

    trafilatura finds the main content; when it finds no paragraph (short or odd pages),
    paragraphs and headings inside ``<article>``/``<main>`` are read with lxml instead.
    """
    markup = _XML_DECLARATION.sub("", markup, count=1)
    blocks = _trafilatura_blocks(markup)
    tree = _parse_tree(markup)
    if tree is None:
        return Draft(blocks)
    title = _tree_title(tree)
    if not any(block.kind == "paragraph" for block in blocks):
        blocks = _tree_blocks(tree)
    return Draft(blocks, title)
