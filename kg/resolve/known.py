"""A small hand-written bilingual list of well-known people and organizations.

It gives the same English-derived key to ``بوتين`` and ``Putin`` whatever the
order documents arrive in, and supplies English labels for Arabic articles.
The list (``data/known.tsv``) is loaded on first use, not at import time.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.resolve.names import compact, name_tokens, slug


@dataclass(frozen=True)
class KnownEntity:
    """One entry of the list: its type, English names (canonical first) and Arabic names."""

    type: str
    en: tuple[str, ...]
    ar: tuple[str, ...]

    @property
    def key(self) -> str:
        """The entity key, from the canonical English name."""
        prefix = "person" if self.type == "Person" else "org"
        return f"{prefix}/{slug(self.en[0])}"


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, str], KnownEntity]:
    text = resources.files("kg.resolve").joinpath("data/known.tsv").read_text(encoding="utf-8")
    index: dict[tuple[str, str], KnownEntity] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        typ, en, ar = line.split("\t")[:3]
        entry = KnownEntity(typ, tuple(en.split("|")), tuple(a for a in ar.split("|") if a))
        for name in (*entry.en, *entry.ar):
            index.setdefault((typ, compact(name_tokens(name))), entry)
    return index


def lookup(name: str, type_: str) -> KnownEntity | None:
    """The known entity of this type called ``name`` (any listed spelling), or None.

    >>> lookup("بوتين", "Person").key
    'person/vladimir-putin'
    >>> lookup("Putin", "Organization") is None
    True
    """
    return _index().get((type_, compact(name_tokens(name))))


def all_known() -> list[KnownEntity]:
    """Every entry, once."""
    seen: dict[int, KnownEntity] = {}
    for e in _index().values():
        seen.setdefault(id(e), e)
    return list(seen.values())
