"""JSON Lines and JSON article files: one article object per line (or list item).

The schema is that of kg's news corpora: ``{"id", "title", "text", "date", "url",
"source", ...}``; only ``text`` is required.  A line that is not valid JSON, not
an object or has no text is reported with its line number and skipped; the
other lines are read.  Lines are read one at a time, so the file's size does not
matter.
"""
from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterator
from typing import IO, Any

from kg.errors import InputError
from kg.ingest import limits
from kg.ingest.dates import parse_date
from kg.ingest.ids import clean_text, derived_id
from kg.ingest.pages import PageInfo, page_documents
from kg.ingest.problems import Problems, report
from kg.model import Document

#: Keys that may hold the article text, in order of preference.
TEXT_KEYS = ("text", "body", "content", "article")
_KNOWN = frozenset(("id", "title", "date", "url", "source", "lang", "language", *TEXT_KEYS))
_LANG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?")


class BadRecord(ValueError):
    """A line or item is not an article; the message says why."""


def _string(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and key == "id":
        value = str(value)
    if isinstance(value, str) and value.strip():
        return clean_text(value.strip())[0]
    return None


def record_documents(
    obj: Any,
    *,
    stem: str,
    name: str,
    path: str | None,
    where: dict[str, Any],
    date: Any = None,
    lang: str | None = None,
    split: bool = True,
) -> list[Document]:
    """The documents of one article object.

    Args:
        obj: the parsed JSON value.
        stem: the file stem, for ids derived from the text.
        name: the input's name, for messages.
        path: the file path recorded on the documents.
        where: ``{"line": n}`` or ``{"item": n}``, copied into ``meta``.
        date: the date to use when the object has none.
        lang: a forced language.
        split: split page parts out of the text.

    Raises:
        BadRecord: ``obj`` is not an object with a non-empty text.
    """
    if not isinstance(obj, dict):
        raise BadRecord(f"not a JSON object but {type(obj).__name__}")
    text = next((obj[k] for k in TEXT_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if text is None:
        raise BadRecord(f"no article text: expected a non-empty string field {TEXT_KEYS[0]!r}")
    forced = lang
    if forced is None:
        given = _string(obj, "lang") or _string(obj, "language")
        forced = given.lower()[:2] if given and _LANG.fullmatch(given) else None
    meta = {k: clean_text(v)[0] if isinstance(v, str) else v for k, v in obj.items() if k not in _KNOWN}
    meta.update(where)
    info = PageInfo(
        id=_string(obj, "id") or derived_id(stem, text),
        name=f"{name} ({', '.join(f'{k} {v}' for k, v in where.items())})",
        path=path,
        title=_string(obj, "title"),
        date=parse_date(obj.get("date")) or date,
        url=_string(obj, "url"),
        source=_string(obj, "source"),
        lang=forced,
        title_line=False,
        meta=meta,
    )
    try:
        return page_documents(text, info, split=split)
    except InputError as exc:
        raise BadRecord(str(exc)) from None


class Rejoined(io.RawIOBase):
    """Bytes already read, then the rest of a stream: a raw stream to buffer.

    Closing it leaves the underlying stream open (standard input stays usable).
    """

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        super().__init__()
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            data, self._head = self._head[: len(view)], self._head[len(view) :]
        else:
            data = self._stream.read(len(view))
        view[: len(data)] = data
        return len(data)


def buffered(stream: IO[bytes], head: bytes = b"") -> io.BufferedReader:
    """``head`` then ``stream``, as a buffered reader with ``peek`` and ``readline``."""
    return io.BufferedReader(Rejoined(head, stream), buffer_size=1 << 16)


def _lines(stream: IO[bytes], encoding: str | None) -> Iterator[tuple[int, str | None, str | None]]:
    """``(line number, text or None, problem or None)`` for each line, bounded in length."""
    reader = stream if isinstance(stream, io.BufferedReader) and isinstance(stream.raw, Rejoined) else buffered(stream)
    head = reader.peek(4)[:4]
    if encoding or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Anything but UTF-8 goes through a text wrapper; bad bytes become U+FFFD.
        text_stream = io.TextIOWrapper(reader, encoding=encoding or "utf-16", errors="replace", newline=None)
        number = 0
        while True:
            line = text_stream.readline(limits.MAX_LINE_BYTES)
            if not line:
                return
            number += 1
            if len(line) >= limits.MAX_LINE_BYTES and not line.endswith("\n"):
                while line and not line.endswith("\n"):
                    line = text_stream.readline(limits.MAX_LINE_BYTES)
                yield number, None, f"longer than {limits.MAX_LINE_BYTES} characters"
                continue
            yield number, line.lstrip("\ufeff") if number == 1 else line, None
    number = 0
    while True:
        raw = reader.readline(limits.MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limits.MAX_LINE_BYTES:
            while raw and not raw.endswith(b"\n"):
                raw = reader.readline(limits.MAX_LINE_BYTES)
            yield number, None, f"longer than {limits.MAX_LINE_BYTES} bytes"
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[3:]
        try:
            yield number, raw.decode("utf-8"), None
        except UnicodeDecodeError as exc:
            yield number, None, f"not UTF-8 (byte {exc.start} of the line); JSONL files must be UTF-8"


def _json_error(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON: {exc.msg} at column {exc.colno}"
    if isinstance(exc, RecursionError):
        return "not valid JSON: nested too deeply"
    return f"not valid JSON: {exc}"


def read_jsonl(
    stream: IO[bytes],
    *,
    name: str,
    path: str | None,
    stem: str,
    errors: Problems | None,
    date: Any = None,
    lang: str | None = None,
    encoding: str | None = None,
    split: bool = True,
) -> Iterator[Document]:
    """Stream the documents of a JSON Lines file, reporting broken lines.

    Raises:
        InputError: the stream cannot be read, or no line holds an article.
        EmptyInputError: the file has no lines at all.
    """
    good = bad = 0
    first_problem = ""
    try:
        for number, line, problem in _lines(stream, encoding):
            docs: list[Document] = []
            if line is not None and not line.strip():
                continue
            if problem is None and line is not None:
                try:
                    obj = json.loads(line)
                except (ValueError, RecursionError) as exc:
                    problem = _json_error(exc)
                else:
                    try:
                        docs = record_documents(
                            obj, stem=stem, name=name, path=path, where={"line": number},
                            date=date, lang=lang, split=split,
                        )
                    except BadRecord as exc:
                        problem = str(exc)
            if problem is not None:
                bad += 1
                first_problem = first_problem or f"line {number}: {problem}"
                report(errors, name, number, f"{problem}; line skipped")
                continue
            good += 1
            yield from docs
    except (OSError, EOFError, ValueError) as exc:
        raise InputError(f"{name} cannot be read to the end ({exc}); the file may be damaged") from None
    if good == 0:
        from kg.errors import EmptyInputError

        if bad == 0:
            raise EmptyInputError(f"{name} holds no lines; a JSONL file has one JSON article per line")
        raise InputError(
            f"{name}: none of its {bad} lines is an article ({first_problem}); "
            'each line must be a JSON object like {"id": ..., "text": ...}'
        )


def read_json(
    data: str,
    *,
    name: str,
    path: str | None,
    stem: str,
    errors: Problems | None,
    date: Any = None,
    lang: str | None = None,
    split: bool = True,
) -> Iterator[Document]:
    """The documents of a JSON file: one article object, a list of them, or
    ``{"articles": [...]}`` (also ``data``, ``items``, ``documents``).

    Raises:
        InputError: the JSON is malformed or holds no article.
    """
    try:
        obj = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"{name} is {_json_error(exc)}; fix the file or save it as JSON Lines") from None
    if isinstance(obj, dict) and not any(isinstance(obj.get(k), str) for k in TEXT_KEYS):
        for key in ("articles", "data", "items", "documents"):
            if isinstance(obj.get(key), list):
                obj = obj[key]
                break
    items = obj if isinstance(obj, list) else [obj]
    good = 0
    first_problem = ""
    for number, item in enumerate(items, 1):
        where = {"item": number} if isinstance(obj, list) else {}
        try:
            docs = record_documents(
                item, stem=stem, name=name, path=path, where=where, date=date, lang=lang, split=split
            )
        except BadRecord as exc:
            first_problem = first_problem or f"item {number}: {exc}"
            report(errors, name, None, f"item {number}: {exc}; skipped")
            continue
        good += 1
        yield from docs
    if good == 0:
        raise InputError(
            f"{name} holds no article ({first_problem or 'an empty list'}); "
            'expected {"text": ...} or a list of such objects'
        )
