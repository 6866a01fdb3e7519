"""``read()``: every input kind to a stream of :class:`~kg.model.Document` objects."""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from kg.errors import EmptyInputError, InputError
from kg.ingest import limits
from kg.ingest.decode import check_text, decode, detect, given, is_problem, iter_decode
from kg.ingest.htmltext import declared_charset, extract
from kg.ingest.ids import clean_text, derived_id, plain_hashtags, short_hash
from kg.ingest.lang import detect_language
from kg.ingest.pages import PageInfo, page_documents
from kg.ingest.problems import Problems, report
from kg.ingest.records import buffered, read_json, read_jsonl
from kg.ingest.sources import HTML, JSON, JSONL, JSONL_GZ, TEXT, Source, expand
from kg.model import Document


def _read_upto(stream: IO[bytes], size: int) -> bytes:
    """Read up to ``size`` bytes (fewer only at the end of the stream)."""
    parts, left = [], size
    while left > 0:
        data = stream.read(min(left, 1 << 20))
        if not data:
            break
        parts.append(data)
        left -= len(data)
    return b"".join(parts)


def _sniff(head: bytes) -> str:
    """Guess the format of an input without a telling file name."""
    start = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"{"):
        return JSONL
    if start.startswith(b"["):
        return JSON
    if start.startswith(b"<") and any(
        tag in start for tag in (b"<html", b"<body", b"<!doctype html", b"<article", b"<p>", b"<div", b"<head")
    ):
        return HTML
    return TEXT


class _Context:
    """The options of one :func:`read` call."""

    def __init__(
        self, date: dt.date | None, lang: str | None, encoding: str | None, split: bool, errors: Problems | None
    ) -> None:
        self.date = date
        self.lang = lang
        self.encoding = encoding
        self.split = split
        self.errors = errors


def _stem(src: Source) -> str:
    if src.path is None:
        return "stdin"
    name = src.path.name
    for suffix in (".gz",):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return Path(name).stem or name


def _empty(name: str) -> EmptyInputError:
    return EmptyInputError(f"{name} is empty; give a file with an article's text")


def _read_text(stream: IO[bytes], src: Source, head: bytes, ctx: _Context) -> Iterator[Document]:
    """A text input: whole (and split into page parts) if small, streamed in pieces if big."""
    if len(head) <= limits.WHOLE_TEXT_BYTES:
        decoded = decode(head, src.name, encoding=ctx.encoding)
        for problem in decoded.problems:
            report(ctx.errors, src.name, None, problem)
        text = decoded.text
        if not text.strip():
            raise EmptyInputError(f"{src.name} holds only whitespace; give a file with an article's text")
        info = PageInfo(
            id=derived_id(_stem(src), text),
            name=src.name,
            path=None if src.path is None else str(src.path),
            date=ctx.date,
            lang=ctx.lang,
            meta={"encoding": decoded.encoding.codec},
        )
        yield from page_documents(text, info, split=ctx.split)
        return
    yield from _stream_text(stream, src, head, ctx)


def _cut(buffer: str, size: int) -> int:
    """Where to cut a long text near ``size``: a paragraph break, else a line or space."""
    for sep in ("\n\n", "\n", " "):
        at = buffer.rfind(sep, size // 2, size)
        if at >= 0:
            return at + len(sep)
    return size


def _stream_text(stream: IO[bytes], src: Source, head: bytes, ctx: _Context) -> Iterator[Document]:
    """Decode a big text input incrementally and yield it in paragraph-aligned pieces."""
    sample = head[: limits.SNIFF_BYTES]
    enc = given(ctx.encoding, sample) if ctx.encoding else detect(sample, src.name, complete=False)
    page_id = f"{_stem(src)}-{hashlib.sha256(head).hexdigest()[:8]}"
    path = None if src.path is None else str(src.path)

    def chunks() -> Iterator[bytes]:
        view = memoryview(head)[enc.bom :]
        for at in range(0, len(view), 1 << 20):
            yield bytes(view[at : at + (1 << 20)])
        while data := stream.read(1 << 20):
            yield data

    buffer, offset, number = "", 0, 0

    def piece(text: str, at: int, n: int) -> Document | None:
        check_text(text, src.name)
        text, replaced = clean_text(text)
        text = plain_hashtags(text)
        lead = len(text) - len(text.lstrip())
        body = text.strip()
        if not body:
            return None
        return Document(
            id=f"{page_id}-part{n:05d}",
            text=body,
            lang=ctx.lang or detect_language(body),
            date=ctx.date,
            path=path,
            kind="article",
            parent=page_id,
            offset=at + lead,
            meta={"encoding": enc.codec, "part": n, "streamed": True, **({"replaced_chars": replaced} if replaced else {})},
        )

    for text in iter_decode(chunks(), enc, src.name, strict=ctx.encoding is not None):
        if is_problem(text):
            report(ctx.errors, src.name, None, text)
            continue
        buffer += text
        while len(buffer) >= 2 * limits.CHUNK_CHARS:
            cut = _cut(buffer, limits.CHUNK_CHARS)
            number += 1
            doc = piece(buffer[:cut], offset, number)
            if doc is not None:
                yield doc
            buffer, offset = buffer[cut:], offset + cut
    while buffer:
        cut = _cut(buffer, limits.CHUNK_CHARS) if len(buffer) > limits.CHUNK_CHARS else len(buffer)
        number += 1
        doc = piece(buffer[:cut], offset, number)
        if doc is not None:
            yield doc
        buffer, offset = buffer[cut:], offset + cut


def _read_markup(stream: IO[bytes], src: Source, head: bytes, ctx: _Context, fmt: str) -> Iterator[Document]:
    """An HTML or JSON input, which must be parsed whole."""
    if len(head) > limits.MAX_MARKUP_BYTES:
        raise InputError(
            f"{src.name} is larger than {limits.MAX_MARKUP_BYTES:,} bytes, the limit for {fmt.upper()} files "
            "(they are parsed whole): split it, or convert it to JSON Lines (one article per line)"
        )
    encoding = ctx.encoding
    if fmt == HTML and encoding is None and not head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        charset = declared_charset(head)
        if charset:
            import codecs

            try:
                codecs.lookup(charset)
                head.decode(charset)
                encoding = charset
            except (LookupError, UnicodeDecodeError):
                encoding = None
    decoded = decode(head, src.name, encoding=encoding)
    for problem in decoded.problems:
        report(ctx.errors, src.name, None, problem)
    path = None if src.path is None else str(src.path)
    if fmt == JSON:
        yield from read_json(
            decoded.text, name=src.name, path=path, stem=_stem(src), errors=ctx.errors,
            date=ctx.date, lang=ctx.lang, split=ctx.split,
        )
        return
    page = extract(decoded.text)
    if not page.text.strip():
        raise EmptyInputError(f"{src.name}: the HTML page holds no visible text outside scripts and menus")
    info = PageInfo(
        id=derived_id(_stem(src), page.text),
        name=src.name,
        path=path,
        title=page.title,
        date=page.date or ctx.date,
        url=page.url,
        source=page.source,
        lang=ctx.lang,
        title_line=False,
        meta={"encoding": decoded.encoding.codec, "format": "html", "html_lang": page.lang},
    )
    yield from page_documents(page.text, info, split=ctx.split)


def _open(src: Source) -> IO[bytes]:
    if src.path is None:
        if sys.stdin is None or getattr(sys.stdin, "closed", False):
            raise InputError("standard input is closed; give a file path instead of '-'")
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:
            import io

            return io.BytesIO(sys.stdin.read().encode("utf-8", "surrogateescape"))
        return buffer  # type: ignore[no-any-return]
    try:
        if src.format == JSONL_GZ:
            return gzip.open(src.path, "rb")  # type: ignore[return-value]
        return open(src.path, "rb")
    except IsADirectoryError:
        raise InputError(f"{src.name} is a folder where a file was expected") from None
    except OSError as exc:
        raise InputError(f"{src.name} cannot be opened: {exc.strerror or exc}; check the path and permissions") from None


def _read_source(src: Source, ctx: _Context) -> Iterator[Document]:
    stream = _open(src)
    try:
        fmt = src.format
        if fmt in (JSONL, JSONL_GZ):
            yield from read_jsonl(
                stream, name=src.name, path=None if src.path is None else str(src.path), stem=_stem(src),
                errors=ctx.errors, date=ctx.date, lang=ctx.lang, encoding=ctx.encoding, split=ctx.split,
            )
            return
        limit = limits.MAX_MARKUP_BYTES if fmt in (HTML, JSON) else limits.WHOLE_TEXT_BYTES
        try:
            head = _read_upto(stream, limit + 1)
        except OSError as exc:
            raise InputError(f"{src.name} cannot be read: {exc.strerror or exc}") from None
        if not head:
            raise _empty(src.name)
        if fmt is None:
            fmt = _sniff(head)
            if fmt == JSONL:
                yield from read_jsonl(
                    buffered(stream, head), name=src.name,
                    path=None if src.path is None else str(src.path), stem=_stem(src), errors=ctx.errors,
                    date=ctx.date, lang=ctx.lang, encoding=ctx.encoding, split=ctx.split,
                )
                return
        if fmt in (HTML, JSON):
            yield from _read_markup(stream, src, head, ctx, fmt)
        else:
            yield from _read_text(stream, src, head, ctx)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise InputError(f"{src.name} is not a valid gzip file ({exc}); decompress it to check it") from None
    finally:
        if src.path is not None:
            stream.close()


def read(
    sources: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    date: dt.date | None = None,
    lang: str | None = None,
    encoding: str | None = None,
    split: bool = True,
    errors: Problems | None = None,
) -> Iterator[Document]:
    """Read articles from files, folders and standard input, one document at a time.

    Args:
        sources: paths of ``.txt``, ``.html``/``.htm``, ``.jsonl`` (also ``.jsonl.gz``)
            and ``.json`` files, folders (read recursively in sorted order, only
            those extensions, hidden files skipped), or ``"-"`` for standard input
            (its format is guessed from its first bytes).  A single path is
            accepted too.
        date: the publication date of documents whose metadata has none.
        lang: force this language instead of detecting it per document.
        encoding: decode with this codec instead of detecting the encoding.
        split: split scraped pages into main article, read-also article and
            related headlines, dropping boilerplate.
        errors: a list that receives ``(path, line, message)`` for every problem
            that did not stop reading (broken JSONL lines, replaced bytes, files
            in a folder that were skipped); without it they are issued as
            :class:`kg.ingest.IngestWarning`.

    Yields:
        documents, main article before its parts; ids are unique within one call
        (a repeated id with other text gets ``-<hash>`` appended and is reported;
        the same document read twice is reported and yielded once).

    Raises:
        InputError: a named input is missing or unreadable (files found in a
            folder are skipped and reported instead); its subclasses
            EmptyInputError, BinaryInputError and EncodingError say why.
    """
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    lang = lang.strip().lower() if lang and lang.strip() else None
    ctx = _Context(date, lang, encoding, split, errors)
    seen: dict[str, str] = {}
    for src in expand(sources):
        try:
            for doc in _read_source(src, ctx):
                digest = short_hash(doc.text, 16)
                old = seen.get(doc.id)
                if old == digest:
                    report(errors, src.name, doc.meta.get("line"), f"document {doc.id!r} was already read; skipped")
                    continue
                if old is not None:
                    new_id = f"{doc.id}-{digest[:8]}"
                    report(
                        errors, src.name, doc.meta.get("line"),
                        f"id {doc.id!r} was already used for another text; renamed to {new_id!r}",
                    )
                    doc.id = new_id
                seen[doc.id] = digest
                yield doc
        except InputError as exc:
            if src.explicit:
                raise
            report(errors, src.name, None, f"skipped: {exc}")
