"""The main text and metadata of an HTML news page, with the standard library's parser.

No third-party parser is needed: :class:`html.parser.HTMLParser` is tolerant of
broken markup, decodes entities, and never runs or fetches anything.  Scripts,
styles, navigation, headers, footers, asides, forms and hidden elements are
dropped; the main text is the ``<article>`` (the longest, if several), else
``<main>``, else the element whose paragraphs hold the most text, else the body.
Block elements become paragraph breaks.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from kg.ingest.dates import parse_date

_SKIP = frozenset(
    ["script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form", "iframe", "svg", "math", "canvas", "button", "select", "textarea", "object", "embed", "head", "title", "figcaption"]
)
_VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"])
_BLOCK = frozenset(
    ["address", "article", "blockquote", "dd", "div", "dl", "dt", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul", "br"]
)
_CLOSES_P = _BLOCK - {"br"}
#: How far up an end tag looks for the element it closes.
_MAX_CLOSE_DEPTH = 256
_WS = re.compile(r"[ \t\n\r\f]+")
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date.issued",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
)


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    parent: _Node | None
    children: list[_Node | str] = field(default_factory=list)


@dataclass
class HtmlPage:
    """What :func:`extract` finds in a page.

    Attributes:
        text: the main text, paragraphs separated by blank lines.
        title: ``og:title``, else ``<title>``, else the first ``<h1>``.
        date: ``article:published_time`` and similar meta tags, JSON-LD
            ``datePublished``, or the first ``<time datetime>``.
        url: ``og:url`` or ``<link rel=canonical>``.
        source: ``og:site_name`` or the JSON-LD publisher's name.
        lang: the ``<html lang>`` attribute, if any.
    """

    text: str
    title: str | None = None
    date: Any = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.cur = self.root
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.ld_json: list[str] = []
        self.links: dict[str, str] = {}
        self.lang: str | None = None
        self._raw: str | None = None  # tag whose raw text is being captured

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.links.setdefault("canonical", a.get("href", ""))
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"]
        if tag in ("title", "script"):
            self._raw = tag if (tag == "title" or "ld+json" in a.get("type", "")) else None
        if tag in _CLOSES_P and self.cur.tag == "p":
            self.cur = self.cur.parent or self.root
        if tag == "li" and self.cur.tag == "li":
            self.cur = self.cur.parent or self.root
        node = _Node(tag, a, self.cur)
        self.cur.children.append(node)
        if tag not in _VOID:
            self.cur = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.cur.tag == tag:
            self.cur = self.cur.parent or self.root

    def handle_endtag(self, tag: str) -> None:
        if tag in ("title", "script"):
            self._raw = None
        node: _Node | None = self.cur
        depth = 0
        while node is not None and node.tag != tag:
            node = node.parent
            depth += 1
            if depth > _MAX_CLOSE_DEPTH:  # a stray end tag deep down: ignore it (bounded work)
                return
        if node is not None and node.parent is not None:
            self.cur = node.parent

    def handle_data(self, data: str) -> None:
        if self._raw == "title":
            self.title_parts.append(data)
        elif self._raw == "script":
            self.ld_json.append(data)
        self.cur.children.append(data)


def _skipped(node: _Node) -> bool:
    a = node.attrs
    return (
        node.tag in _SKIP
        or "hidden" in a
        or a.get("aria-hidden") == "true"
        or "display:none" in a.get("style", "").replace(" ", "")
    )


def _walk(root: _Node) -> list[_Node]:
    """All elements under ``root`` (not inside skipped ones), without recursion."""
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in reversed(node.children) if isinstance(c, _Node) and not _skipped(c))
    return out


def _render(root: _Node) -> str:
    """The visible text under ``root``: block elements become blank-line breaks."""
    pieces: list[str] = []
    stack: list[_Node | str | None] = [root]
    while stack:
        item = stack.pop()
        if item is None:
            pieces.append("\n\n")
        elif isinstance(item, str):
            pieces.append(_WS.sub(" ", item))
        elif not _skipped(item) or item is root:
            if item.tag == "br":
                pieces.append("\n")
                continue
            if item.tag in _BLOCK:
                pieces.append("\n\n")
                stack.append(None)
            stack.extend(reversed(item.children))
    lines = [line.strip() for line in "".join(pieces).split("\n")]
    paragraphs, cur = [], []
    for line in lines + [""]:
        if line:
            cur.append(line)
        elif cur:
            paragraphs.append("\n".join(cur))
            cur = []
    return "\n\n".join(paragraphs)


def _text_sizes(root: _Node) -> dict[int, int]:
    """Visible characters under each element (by ``id``), in one pass without recursion."""
    sizes: dict[int, int] = {}
    order = _walk(root)
    for node in reversed(order):  # children come after their parents in ``order``
        total = 0
        for child in node.children:
            if isinstance(child, str):
                total += len(child.strip())
            elif not _skipped(child):
                total += sizes.get(id(child), 0)
        sizes[id(node)] = total
    return sizes


def _main_node(root: _Node) -> _Node:
    nodes = _walk(root)
    sizes = _text_sizes(root)
    for tag in ("article", "main"):
        found = [n for n in nodes if n.tag == tag]
        if found:
            return max(found, key=lambda n: sizes.get(id(n), 0))
    for n in nodes:
        if n.attrs.get("itemprop") == "articleBody":
            return n
    scores: dict[int, tuple[int, _Node]] = {}
    for n in nodes:
        if n.tag == "p" and n.parent is not None:
            old = scores.get(id(n.parent), (0, n.parent))
            scores[id(n.parent)] = (old[0] + sizes.get(id(n), 0), n.parent)
    if scores:
        best = max(scores.values(), key=lambda pair: pair[0])
        if best[0] >= 200:
            return best[1]
    bodies = [n for n in nodes if n.tag == "body"]
    return bodies[0] if bodies else root


def _ld_facts(blocks: list[str]) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(stack) < 10_000:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                for key in ("datePublished", "headline", "url"):
                    if isinstance(item.get(key), str):
                        facts.setdefault(key, item[key])
                pub = item.get("publisher")
                if isinstance(pub, dict) and isinstance(pub.get("name"), str):
                    facts.setdefault("publisher", pub["name"])
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return facts


def _first_time(root: _Node) -> str | None:
    for n in _walk(root):
        if n.tag == "time" and n.attrs.get("datetime"):
            return n.attrs["datetime"]
    return None


def _first_h1(root: _Node) -> str | None:
    for n in _walk(root):
        if n.tag == "h1":
            text = _render(n).strip()
            if text:
                return text
    return None


def extract(markup: str) -> HtmlPage:
    """Find the main text, title, date, URL and publisher of an HTML page.

    Args:
        markup: the decoded HTML.

    Returns:
        an :class:`HtmlPage`; its ``text`` is empty when the page holds no text.

    >>> page = extract("<html><head><title>T</title><script>x=1</script></head>"
    ...                "<body><nav>Menu</nav><article><p>One &amp; two.</p><p>Three</p></article></body></html>")
    >>> page.title, page.text
    ('T', 'One & two.\\n\\nThree')
    """
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    meta = builder.meta
    ld = _ld_facts(builder.ld_json)
    title = meta.get("og:title") or "".join(builder.title_parts).strip() or ld.get("headline")
    title = _WS.sub(" ", title).strip() if title else _first_h1(builder.root)
    date = None
    for key in _DATE_META:
        if key in meta:
            date = parse_date(meta[key])
            if date:
                break
    date = date or parse_date(ld.get("datePublished")) or parse_date(_first_time(builder.root))
    main = _main_node(builder.root)
    return HtmlPage(
        text=_render(main),
        title=title or None,
        date=date,
        url=meta.get("og:url") or builder.links.get("canonical") or ld.get("url") or None,
        source=meta.get("og:site_name") or ld.get("publisher") or None,
        lang=builder.lang,
    )


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes (``<meta charset>``).

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
    'windows-1256'
    """
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", head[:4096], re.IGNORECASE)
    return m.group(1).decode("ascii") if m else None
