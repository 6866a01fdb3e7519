"""A page's text and metadata to :class:`~kg.model.Document` objects (one per part)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kg.errors import EmptyInputError
from kg.ingest.ids import clean_text, plain_hashtags
from kg.ingest.lang import detect_language
from kg.ingest.split import ARTICLE, split_page
from kg.model import Document


@dataclass
class PageInfo:
    """What is known about a page besides its text.

    Attributes:
        id: the page's id; the main article gets it, other parts get
            ``<id>-read-also`` and ``<id>-headlines``.
        name: how messages refer to the input.
        path: the file it came from (None for stdin).
        title / date / url / source: from metadata (JSONL fields, HTML meta).
        lang: forced language, or None to detect per part.
        offset: where the page text starts in the decoded input (for streamed pieces).
        title_line: a short first line may be the main article's title.
        meta: extra metadata copied onto every part.
    """

    id: str
    name: str
    path: str | None = None
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    offset: int = 0
    title_line: bool = True
    meta: dict[str, Any] = field(default_factory=dict)


def page_documents(text: str, info: PageInfo, *, split: bool = True) -> list[Document]:
    """Split a page and make one document per part.

    Args:
        text: the page text (decoded).
        info: the page's metadata.
        split: cut the page into main article, read-also article and headlines.

    Returns:
        the documents, the main article first.

    Raises:
        EmptyInputError: the page holds no text besides whitespace and boilerplate.
    """
    text, replaced = clean_text(text)
    text = plain_hashtags(text)
    parts = split_page(text, split=split, title_line=info.title_line and not info.title)
    if not parts:
        raise EmptyInputError(
            f"{info.name} holds no article text (only whitespace or boilerplate); give a file with an article"
        )
    docs: list[Document] = []
    seen: dict[str, int] = {}
    main_id: str | None = None
    for part in parts:
        if part.kind == ARTICLE and main_id is None:
            doc_id = main_id = info.id
        elif part.kind == ARTICLE:
            n = seen[part.kind] = seen.get(part.kind, 1) + 1
            doc_id = f"{info.id}-article-{n}"
        else:
            n = seen[part.kind] = seen.get(part.kind, 0) + 1
            doc_id = f"{info.id}-{part.kind}" + (f"-{n}" if n > 1 else "")
        is_main = doc_id == info.id
        body = text[part.start : part.end]
        meta = {**info.meta, **part.meta}
        if replaced:
            meta["replaced_chars"] = replaced
        agency = meta.get("agency")
        docs.append(
            Document(
                id=doc_id,
                text=body,
                lang=info.lang or detect_language(body),
                title=(info.title or part.title) if is_main else part.title,
                date=info.date,
                url=info.url if is_main else None,
                source=part.source or (info.source if is_main else None) or agency,
                path=info.path,
                kind=part.kind,
                parent=None if is_main else info.id,
                offset=info.offset + part.start,
                meta=meta,
            )
        )
    return docs
