"""The entity layer's labelling rules, in one place.

Both writers of the entity layer use these functions: :class:`kg.graph.rdf.EntityLayer`
(a graph built in one go) and :func:`kg.resolve.layer.entity_quads` (a store, where each
entity's state is a running sum of per-document contributions).  So the same documents
give the same type, labels and links whichever way they were put together.

* **type**: the most specific place type seen (City/Country over Location), else the
  most frequent type (ties: the name later in code-point order);
* **labels**: per language, the name used most often (ties: the longer, then the first
  in code-point order) is ``rdfs:label``; every other name seen is ``skos:altLabel``;
* **sector**: a Group carries its CAMEO agent code (``kg:sector``), read off its key
  (``group/IL-MIL``: :func:`group_sector`);
* **romanization**: a person or place with an Arabic label and no English one gets a machine
  romanisation of the Arabic label (``kg:romanization "..."@ar-Latn``, :mod:`kg.resolve.romanize`),
  never an ``rdfs:label`` in English;
* **links**: a Country carries its ISO code; a City or Location is ``kg:locatedIn`` its
  country, a Person or Organization ``kg:country``.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

#: The entity classes of the ontology (local names).
TYPES = ("Person", "Organization", "Location", "Country", "City", "Group")
_SPECIFIC = ("Country", "City")


def entity_type(counts: Mapping[str, int]) -> str:
    """The type an entity gets from the (weighted) types its mentions had.

    >>> entity_type(Counter({"Location": 5, "City": 1}))
    'City'
    >>> entity_type(Counter({"Person": 2, "Organization": 2}))
    'Person'
    >>> entity_type({})
    'Location'
    """
    specific = [t for t in _SPECIFIC if counts.get(t)]
    if specific:
        return max(specific, key=lambda t: counts[t])
    if not counts:
        return "Location"
    best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return best if best in TYPES else "Location"


def preferred_labels(labels: Mapping[tuple[str, str], int]) -> dict[str, str]:
    """Per language, the name used most often (ties: the longer, then code-point order).

    Args:
        labels: ``{(text, lang): weight}``.

    >>> preferred_labels({("بوتين", "ar"): 3, ("فلاديمير بوتين", "ar"): 3, ("Putin", "en"): 1})
    {'ar': 'فلاديمير بوتين', 'en': 'Putin'}
    """
    out: dict[str, str] = {}
    for (text, lang), _n in sorted(labels.items(), key=lambda kv: (-kv[1], -len(kv[0][0]), kv[0][0])):
        out.setdefault(lang, text)
    return dict(sorted(out.items()))


def alt_labels(preferred: Mapping[str, str], names: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Every other name seen, sorted: the ``skos:altLabel`` values ``(text, lang)``."""
    return sorted({(t, lang) for t, lang in names if preferred.get(lang) != t})


#: Language tag of a machine romanisation (Arabic in Latin letters, BCP 47).
ROMANIZATION_LANG = "ar-Latn"


#: Entity types whose Arabic names are romanised: proper names.  Organizations are mostly
#: named by descriptive phrases ("وزارة الخارجية"), which want a translation, not letters.
ROMANIZED_TYPES = frozenset({"Person", "Location", "City"})


def romanization(preferred: Mapping[str, str], typ: str = "Person") -> str | None:
    """A machine romanisation of the Arabic label of a person or place that has no English label.

    >>> romanization({"ar": "حيدر العبادي"})
    'Haider al-Abadi'
    >>> romanization({"ar": "بوتين", "en": "Vladimir Putin"}) is None
    True
    >>> romanization({"ar": "وزارة الخارجية"}, "Organization") is None
    True
    """
    if typ not in ROMANIZED_TYPES or preferred.get("en") or not preferred.get("ar"):
        return None
    from kg.resolve.romanize import romanize

    return romanize(preferred["ar"]) or None


def country_link(typ: str) -> str | None:
    """The kg property linking an entity of type ``typ`` to its country (None for a Country)."""
    if typ == "Country":
        return None
    return "locatedIn" if typ in ("City", "Location") else "country"


def group_sector(key: str) -> str | None:
    """The CAMEO sector code of a group key, None for other keys.

    >>> group_sector("group/IL-MIL"), group_sector("group/OPP~0a1b2c3d4e"), group_sector("country/IL")
    ('MIL', 'OPP', None)
    """
    if not key.startswith("group/"):
        return None
    return key[6:].split("~", 1)[0].rsplit("-", 1)[-1] or None


def most_common(counts: Counter[str] | Mapping[str, int]) -> str | None:
    """The most frequent value (ties: the first in code-point order), or None."""
    if not counts:
        return None
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
