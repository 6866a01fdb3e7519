"""Ingest: files, folders and stdin to :class:`kg.model.Document` objects.

>>> from kg.ingest import read                                   # doctest: +SKIP
>>> for doc in read(["news/"], date=datetime.date(2024, 7, 12)):  # doctest: +SKIP
...     print(doc.id, doc.kind, doc.lang, doc.title)

Inputs: ``.txt``, ``.html``/``.htm``, ``.jsonl`` (and ``.jsonl.gz``), ``.json``,
folders, ``-`` (stdin).  Encodings: UTF-8 (with or without BOM), UTF-16/32 with
a BOM, UTF-16 without one, Windows-1256, and others charset-normalizer can tell.
Scraped pages are split into their parts (:mod:`kg.ingest.split`).  Text files
above :data:`kg.ingest.limits.WHOLE_TEXT_BYTES` are streamed in paragraph-aligned
pieces (:mod:`kg.ingest.limits`), JSONL line by line.

Offsets: ``doc.text == source_text[doc.offset : doc.offset + len(doc.text)]``
where ``source_text`` is the decoded file (BOM excluded) for text files, the
``text`` field for JSONL/JSON records, and the extracted main text for HTML.
"""
from __future__ import annotations

from kg.ingest.dates import parse_date
from kg.ingest.invisible import strip_invisible, visible
from kg.ingest.lang import detect_language
from kg.ingest.problems import IngestWarning
from kg.ingest.reader import read

__all__ = ["IngestWarning", "detect_language", "parse_date", "read", "strip_invisible", "visible"]
