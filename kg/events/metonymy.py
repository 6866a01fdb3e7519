"""A capital city that acts stands for its state: "Moscow denied", "نفت بيونغ يانغ".

News names a government by its capital (metonymy); CAMEO coders (PETRARCH among them)
code ``Moscow`` as Russia.  kg keeps the city where it is a place, and where it is the
object of an armed act (drones "targeted Moscow": the city was attacked), but an agent
that is a capital, and the target of a non-violent act ("accused Washington"), become the
country, so that an Arabic and an English report of the same statement meet on one
event.
"""

from __future__ import annotations

from functools import lru_cache

#: Categories whose target may be the city itself (an armed act hits a place).
_PHYSICAL = frozenset({"ASSAULT"})
#: Countries whose capital is disputed (Jerusalem): their city stays a city.
_DISPUTED = frozenset({"IL", "PS"})


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """``city/<geonames id>`` -> ``country/<ISO>`` for every national capital GeoNames knows.

    >>> capitals()["city/524901"], capitals()["city/1871859"]
    ('country/RU', 'country/KP')
    """
    from kg.resolve import places

    wanted: dict[tuple[str, str], str] = {}
    for iso, info in places._countries().items():
        name = str(info.get("capital") or "")
        if name and iso not in _DISPUTED:
            wanted[(iso, name)] = iso
    best: dict[str, tuple[int, str]] = {}
    for gid, city in places._cities().items():
        iso = wanted.get((city["countrycode"], city["name"]))
        if iso is None:
            continue
        pop = int(city.get("population") or 0)
        if iso not in best or pop > best[iso][0]:
            best[iso] = (pop, places.city_key(gid))
    return {key: places.country_key(iso) for iso, (_, key) in best.items()}


def states(keys: list[str], category: str, role: str) -> list[str]:
    """``keys`` with capitals replaced by their country where the role makes them actors.

    >>> states(["city/524901", "person/x"], "REJECT", "agent")
    ['country/RU', 'person/x']
    >>> states(["city/524901"], "ASSAULT", "target")
    ['city/524901']
    >>> states(["city/524901"], "ACCUSE", "target")
    ['country/RU']
    """
    if role != "agent" and category in _PHYSICAL:
        return keys
    table = capitals()
    out: list[str] = []
    for k in keys:
        k = table.get(k, k)
        if k not in out:
            out.append(k)
    return out
