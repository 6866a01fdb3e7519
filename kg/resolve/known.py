"""A small hand-written bilingual list of well-known people, organizations and regions.

It gives the same English-derived key to ``بوتين`` and ``Putin`` (``الضفة الغربية`` and
``West Bank``: regions that are neither a country nor a GeoNames city) whatever the
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
    """One entry of the list: its type, English names (canonical first) and Arabic names.

    ``id`` is the organization id of the extractor's gazetteer (``kcna``) when it
    lists the same organization, so both give the key ``org/kcna``.
    """

    type: str
    en: tuple[str, ...]
    ar: tuple[str, ...]
    id: str | None = None
    wikidata: str | None = None

    @property
    def key(self) -> str:
        """The entity key: ``org/<gazetteer id>``, else from the canonical English name."""
        if self.type == "Organization":
            return f"org/{self.id or slug(self.en[0])}"
        if self.type == "Location":
            return f"loc/{slug(self.en[0])}"
        return f"person/{slug(self.en[0])}"


def _gazetteer_orgs() -> list[KnownEntity]:
    """The organizations of :mod:`kg.extract`'s gazetteer, if it is installed."""
    try:
        text = resources.files("kg.extract").joinpath("data/orgs.tsv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return []
    rows = text.splitlines()
    if not rows:
        return []
    head = rows[0].split("\t")
    out = []
    for line in rows[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        row = dict(zip(head, line.split("\t")))
        en = [row.get("en", ""), row.get("acronym", ""), *row.get("aliases_en", "").split("|")]
        ar = row.get("ar", "").split("|")
        out.append(
            KnownEntity(
                "Organization",
                tuple(dict.fromkeys(x for x in en if x)),
                tuple(x for x in ar if x),
                id=row.get("id") or None,
                wikidata=row.get("wikidata") or None,
            )
        )
    return out


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, str], KnownEntity]:
    text = resources.files("kg.resolve").joinpath("data/known.tsv").read_text(encoding="utf-8")
    index: dict[tuple[str, str], KnownEntity] = {}
    by_id: dict[str, KnownEntity] = {}
    for entry in _gazetteer_orgs():
        if entry.id:
            by_id[entry.id] = entry
        for name in (*entry.en, *entry.ar):
            index.setdefault((entry.type, compact(name_tokens(name))), entry)
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        typ, en, ar = line.split("\t")[:3]
        entry = KnownEntity(typ, tuple(en.split("|")), tuple(a for a in ar.split("|") if a))
        names = (*entry.en, *entry.ar)
        # the gazetteer's entry for the same organization wins (its id is the key)
        other = next((index[(typ, k)] for k in (compact(name_tokens(n)) for n in names) if (typ, k) in index), None)
        target = other or entry
        for name in names:
            index.setdefault((typ, compact(name_tokens(name))), target)
    for entry in by_id.values():
        index[("#id", entry.id or "")] = entry
    return index


@lru_cache(maxsize=1)
def _location_text() -> str:
    # every listed location's compact names, one per line (see may_be_in_location_name)
    return "\n".join(k for typ, k in _index() if typ == "Location")


def may_be_in_location_name(word: str) -> bool:
    """False when no listed location's name can contain this word: a cheap test before
    :func:`lookup` of longer spans (a name's words, normalised, are pieces of its compact form).

    >>> may_be_in_location_name("غزة"), may_be_in_location_name("الوزير")
    (True, False)
    """
    piece = compact(name_tokens(word))
    return bool(piece) and piece in _location_text()


@lru_cache(maxsize=1)
def _region_keys() -> frozenset[str]:
    return frozenset(e.key for (typ, _), e in _index().items() if typ == "Location")


def is_region_key(key: str) -> bool:
    """True if ``key`` is a listed region's (``loc/west-bank``).

    >>> is_region_key("loc/asia"), is_region_key("loc/%D8%B9")
    (True, False)
    """
    return key in _region_keys()


def by_id(org_id: str) -> KnownEntity | None:
    """The gazetteer organization with this id (``kcna``), or None."""
    return _index().get(("#id", org_id))


def lookup(name: str, type_: str) -> KnownEntity | None:
    """The known entity of this type called ``name`` (any listed spelling), or None.

    >>> lookup("بوتين", "Person").key
    'person/vladimir-putin'
    >>> lookup("Putin", "Organization") is None
    True
    >>> lookup("الناتو", "Organization").key
    'org/nato'
    >>> lookup("بنيامين نتانياهو", "Person").key  # a spelling with other vowel letters
    'person/benjamin-netanyahu'
    """
    found = _index().get((type_, compact(name_tokens(name))))
    if found is None and type_ == "Person":
        found = _by_skeleton().get(_skeleton(name_tokens(name)) or "-")
    return found


#: Letters Arabic news writes or leaves out in foreign names (vowel letters, hamza seats).
_VOWEL_LETTERS = str.maketrans("", "", "اويءى")


def _skeleton(tokens: tuple[str, ...]) -> str | None:
    """A listed person's Arabic full name without vowel letters, word by word, or None when
    it is no full name or too short to tell people apart (``بنيامين نتانياهو`` and
    ``بنيامين نتنياهو`` -> ``بنمن نتنه``)."""
    if len(tokens) < 2 or not all(t and "\u0621" <= t[0] <= "\u064a" for t in tokens):
        return None
    words = [t.translate(_VOWEL_LETTERS) for t in tokens]
    if any(not w for w in words) or sum(len(w) for w in words) < 6:
        return None
    return " ".join(words)


@lru_cache(maxsize=1)
def _by_skeleton() -> dict[str, KnownEntity]:
    """Listed persons by the skeleton of their Arabic full names (a skeleton two persons share
    is left out)."""
    out: dict[str, KnownEntity] = {}
    clash: set[str] = set()
    for (typ, _), e in _index().items():
        if typ != "Person":
            continue
        for name in e.ar:
            sk = _skeleton(name_tokens(name))
            if sk is None:
                continue
            if out.get(sk, e) is not e:
                clash.add(sk)
            out.setdefault(sk, e)
    return {k: v for k, v in out.items() if k not in clash}


def all_known() -> list[KnownEntity]:
    """Every entry, once."""
    seen: dict[int, KnownEntity] = {}
    for (typ, _), e in _index().items():
        if typ == "#id":
            continue
        seen.setdefault(id(e), e)
    return list(seen.values())
