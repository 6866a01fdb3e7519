"""Split a scraped news page into its parts and find its boilerplate.

A page copied from a news site (the seed is one) often holds, after the article:
a source line (``المصدر: CNN Arabic``), a tag line (``كلمات دلالية: ...``), a second
article introduced by ``إقرأ أيضاً:`` (its first line is its title), a share line
(``طباعة شارك ...``) and a list of related headlines after ``مقالات مشابهة``.
English pages have ``Source:``, ``Tags:``, ``Read more:``/``Read also:``,
``Related:``/``Related articles``, ``Share``.

Markers count only when they stand on a line of their own, so a sentence that
mentions "read also" is never cut.  Every part is one contiguous span of the
page text: ``text[part.start:part.end]`` is the part's text, so character offsets
of anything found in it map back into the page by adding ``part.start``.
Boilerplate lines end the part they follow; text after them and before the next
marker is dropped.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

ARTICLE, READ_ALSO, HEADLINES = "article", "read-also", "headlines"

_I = re.IGNORECASE
_READ_ALSO = re.compile(
    r"^(?:[إاأآ]?قر[أا]\s+[أا]يض[\u064b]?[اى]?[\u064b]?|read\s+(?:more|also)|also\s+read|see\s+also)"
    r"\s*[:：.]?$",
    _I,
)
_HEADLINES = re.compile(
    r"^(?:مقالات\s+مشابهة|مقالات\s+ذات\s+صلة|[أا]خبار\s+ذات\s+صلة|[أا]خبار\s+مشابهة|مواضيع\s+ذات\s+صلة"
    r"|قد\s+يهمك(?:\s+[أا]يض[\u064b]?[اى]?[\u064b]?)?|related|related\s+(?:articles|stories|news|content|coverage)"
    r"|more\s+stories|more\s+(?:from|on)\s+\S.{0,40}|you\s+may\s+also\s+like|recommended)\s*[:：]?$",
    _I,
)
_SOURCE = re.compile(r"^(?:المصدر|مصدر\s+الخبر|source)\s*[:：]\s*(\S.{0,79})$", _I)
_TAGS = re.compile(
    r"^(?:كلمات\s+دلالية|الكلمات\s+الدلالية|الوسوم|وسوم|tags|topics|keywords)\s*[:：]\s*(.*)$", _I
)
_SHARE = re.compile(
    r"^(?:طباعة\s+شارك|شارك(?:\s+(?:الخبر|المقال|هذا\s+المقال))?\s*[:：]?$"
    r"|print\s+share|share(?:\s+this(?:\s+(?:article|story|page))?)?\s*[:：]?$)",
    _I,
)
_BULLET = re.compile(r"(?:[•·▪●○◦►»*\-–—]+\s*|\d{1,2}[.)]\s+)")
_DATELINE = re.compile(
    r"[^\S\n]*(?:[^\n().!?؟]{0,60}?[^\S\n]*)?"
    r"\((?P<agency>[A-Z][A-Za-z.&' ]{0,29}|[\u0621-\u064a ]{2,30})\)[^\S\n]*(?:--?|—|–)[^\S\n]*"
)
_TITLE_END = re.compile(r"[.!?؟:،,;…\"»”]$")
#: A single line shorter than this after a part's end (a copyright notice...) is dropped.
_RESIDUE_CHARS = 200
_SENTENCE_END = re.compile(r"[.!:;…،,]$")


@dataclass
class Part:
    """One part of a page: ``page_text[start:end]``.

    Attributes:
        kind: ``"article"``, ``"read-also"`` or ``"headlines"``.
        start / end: the part's span in the page text.
        title: its headline, when the page shows one.
        source: the publisher stated by a source line (``المصدر: CNN Arabic``).
        meta: ``agency`` (``CNN`` from ``(CNN)--``), ``dateline`` (text before the
            agency), ``tags`` (the tag line),
            ``headlines`` (spans of each headline inside the part's text),
            ``title_span`` (span of the title in the page text).
    """

    kind: str
    start: int
    end: int
    title: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Section:
    kind: str
    lines: list[tuple[int, int]] = field(default_factory=list)
    source: str | None = None
    closed: bool = False
    meta: dict[str, Any] = field(default_factory=dict)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the lines of ``text`` without their line breaks, whitespace trimmed."""
    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        yield s, e
        if nl < 0:
            break
        pos = nl + 1


def _strip_bullet(text: str, s: int, e: int) -> int:
    m = _BULLET.match(text, s, e)
    return m.end() if m and m.end() < e else s


def _classify(line: str) -> tuple[str, str | None]:
    """The kind of a (trimmed, non-empty) line, and the value it carries."""
    if len(line) <= 60 and _READ_ALSO.match(line):
        return READ_ALSO, None
    if len(line) <= 60 and _HEADLINES.match(line):
        return HEADLINES, line.rstrip(":： ")
    if m := _SOURCE.match(line):
        return "source", m.group(1).strip()
    if m := _TAGS.match(line):
        return "tags", m.group(1).strip()
    if _SHARE.match(line):
        return "share", None
    return "text", None


def _headline_like(line: str) -> bool:
    """A short line without final punctuation, or a bullet: a link to another article."""
    if _BULLET.match(line):
        return len(line) <= 250
    return len(line) <= 150 and not _SENTENCE_END.search(line)


def _blank_between(text: str, lines: list[tuple[int, int]], a: int, b: int) -> bool:
    """True if a blank line separates lines ``a`` and ``b`` (indices into ``lines``)."""
    if a < 0 or b >= len(lines):
        return False
    return text.count("\n", lines[a][1], lines[b][0]) >= 2


def _sections(text: str) -> list[_Section]:
    lines = [(s, e) for s, e in _lines(text) if s < e]
    kinds = [_classify(text[s:e]) for s, e in lines]
    sections = [_Section(ARTICLE)]
    i, n = 0, len(lines)
    while i < n:
        s, e = lines[i]
        kind, value = kinds[i]
        cur = sections[-1]
        if kind in (READ_ALSO, HEADLINES):
            j = i + 1
            while j < n and kinds[j][0] == "text" and _headline_like(text[lines[j][0] : lines[j][1]]):
                j += 1
            body_follows = j < n and kinds[j][0] == "text"
            if cur.kind == ARTICLE and cur.lines and not cur.closed:
                # Inside an article that has not ended: a real part only when its shape
                # says so; otherwise it is a block of links inside the article, kept
                # (parts are contiguous) and noted in meta["inline_links"].
                if kind == READ_ALSO:
                    # One title line, then body, set off by blank lines like the rest of a
                    # scraped page (news corpora put inline links on single lines).
                    real = j - i == 2 and body_follows and _blank_between(text, lines, i - 1, i) and (
                        _blank_between(text, lines, i + 1, i + 2)
                    )
                else:
                    real = not body_follows
                if not real:
                    cur.lines.extend(lines[i:j])
                    cur.meta.setdefault("inline_links", []).append((s, lines[j - 1][1]))
                    i = j
                    continue
            sections.append(_Section(kind, meta={"heading": value} if value else {}))
        elif kind == "source":
            cur.source = cur.source or value
            cur.closed = bool(cur.lines)
        elif kind == "tags":
            cur.meta.setdefault("tags", value)
            cur.closed = bool(cur.lines)
        elif kind == "share":
            cur.closed = bool(cur.lines)
        elif cur.closed or (cur.kind == HEADLINES and cur.lines and not _headline_like(text[s:e])):
            # Text after the end of a part and before the next marker: more article
            # text (kept as a part of its own) or residue (dropped, see below).
            cur.closed = True
            sections.append(_Section(ARTICLE, lines=[(s, e)], meta={"after": cur.kind}))
        else:
            cur.lines.append((s, e))
        i += 1
    kept: list[_Section] = []
    for sec in sections:
        residue = "after" in sec.meta and len(sec.lines) == 1 and sec.lines[0][1] - sec.lines[0][0] < _RESIDUE_CHARS
        if residue and kept:
            kept[-1].meta["dropped_lines"] = kept[-1].meta.get("dropped_lines", 0) + 1
        else:
            kept.append(sec)
    return kept


def _looks_like_title(text: str, lines: list[tuple[int, int]]) -> bool:
    s, e = lines[0]
    line = text[s:e]
    return (
        len(lines) > 1
        and e - s <= 200
        and len(line.split()) >= 2
        and not _TITLE_END.search(line)
        and not _DATELINE.match(line)
    )


def _article(text: str, sec: _Section, title_line: bool) -> Part | None:
    lines = list(sec.lines)
    title = None
    meta = dict(sec.meta)
    if title_line and lines and _looks_like_title(text, lines):
        s, e = lines.pop(0)
        title, meta["title_span"] = text[s:e], (s, e)
    if not lines:
        return None
    start, end = lines[0][0], lines[-1][1]
    source = sec.source
    m = _DATELINE.match(text, start, lines[0][1])
    if m and m.end() < end:
        place = text[start : m.start("agency") - 1].strip(" ،,")
        if place:
            meta["dateline"] = place
        meta["agency"] = m.group("agency").strip()
        start = m.end()
        while start < end and text[start].isspace():  # a dateline alone on its line
            start += 1
    return Part(ARTICLE, start, end, title, source, meta)


def _read_also(text: str, sec: _Section) -> Part | None:
    lines = list(sec.lines)
    if not lines:
        return None
    s, e = lines[0]
    title = text[_strip_bullet(text, s, e) : e]
    meta = dict(sec.meta)
    meta["title_span"] = (s, e)
    if len(lines) > 1:
        lines.pop(0)
    return Part(READ_ALSO, lines[0][0], lines[-1][1], title, sec.source, meta)


def _headlines(text: str, sec: _Section) -> Part | None:
    if not sec.lines:
        return None
    spans = [(_strip_bullet(text, s, e), e) for s, e in sec.lines]
    start, end = spans[0][0], spans[-1][1]
    meta = dict(sec.meta)
    meta["headlines"] = [(s - start, e - start) for s, e in spans]
    return Part(HEADLINES, start, end, meta.get("heading"), sec.source, meta)


def split_page(text: str, *, split: bool = True, title_line: bool = True) -> list[Part]:
    """Cut a page's text into its parts, dropping boilerplate.

    Args:
        text: the decoded page text.
        split: False keeps the page whole (only surrounding whitespace is trimmed).
        title_line: take a short first line without final punctuation as the
            main article's title (off for sources with a title of their own).

    Returns:
        the parts in page order; the first ``"article"`` part is the main article.
        Empty when the text is only whitespace and boilerplate.

    >>> page = "Title of it\\n\\n(CNN)-- Body.\\n\\nTags: x\\n\\nRelated\\n* One\\n* Two\\n"
    >>> [(p.kind, page[p.start:p.end], p.title, p.source) for p in split_page(page)]
    [('article', 'Body.', 'Title of it', None), ('headlines', 'One\\n* Two', 'Related', None)]
    """
    if not split:
        lines = [span for span in _lines(text) if span[0] < span[1]]
        if not lines:
            return []
        return [Part(ARTICLE, lines[0][0], lines[-1][1])]
    parts: list[Part] = []
    for sec in _sections(text):
        if sec.kind == ARTICLE:
            part = _article(text, sec, title_line and not parts)
        elif sec.kind == READ_ALSO:
            part = _read_also(text, sec)
        else:
            part = _headlines(text, sec)
        if part is not None:
            parts.append(part)
    return parts
