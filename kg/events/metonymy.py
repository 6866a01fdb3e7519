"""A capital city that acts stands for its state: "Moscow denied", "نفت بيونغ يانغ".

News names a government by its capital (metonymy); CAMEO coders (PETRARCH among them)
code ``Moscow`` as Russia.  kg keeps the city where it is a place, and where it is the
object of an armed act (drones "targeted Moscow": the city was attacked), but an agent
that is a capital, and the target of a non-violent act ("accused Washington"), become the
country, so that an Arabic and an English report of the same statement meet on one
event.
"""

from __future__ import annotations

#: Categories whose target may be the city itself (an armed act hits a place).
_PHYSICAL = frozenset({"ASSAULT"})
#: Capitals whose state is disputed (Jerusalem): the city stays a city.
_DISPUTED = frozenset({"country/IL", "country/PS"})


#: words that make a place an institution: "شرطة لندن", "بلدية إسطنبول"
_INSTITUTION_AR = frozenset("شرطه بلديه اماره محافظه سلطات حكومه مجلس ولايه اداره محافظ عمده".split())


#: seats of government that news names like capitals: Tel Aviv (Israel's ministries), Ramallah
#: (the Palestinian Authority): "حذرت تل أبيب دمشق", "رام الله ترحب"
_SEATS = frozenset({"city/293397", "city/282239"})


def idle_places(keys: list[str], chunks: list, words: list[str], lang: str) -> list[str]:
    """``keys`` without the places that cannot act: a city that is no capital, a region, a sea
    ("مظاهرات في مدينة رام الله", "غارات في شوارع الحديدة", "بتوقيت غرينتش") is where something
    happened.  A place named with an institution stays: "شرطة إسطنبول" (ninth session: of 25
    place agents read in 600 ANT articles, about 21 were wrong).  Arabic only: English "places" acting are as often organisations typed LOC or linked
    to a namesake city (Southwest the airline, Hitachi, Downing Street, "Manchester to host"):
    on 400 BBC articles the same rule was wrong on 5 of 8 cities and about half of the regions.
    """
    from kg.resolve.places import capitals

    table = capitals()
    out = []
    for k in keys:
        if lang != "ar" or not k.startswith(("city/", "loc/")) or k in table or k in _SEATS:
            out.append(k)
            continue
        for c in chunks:
            if c.key != k:
                continue
            before = words[c.start - 1].removeprefix("و") if c.start else ""
            if before in _INSTITUTION_AR:
                out.append(k)
                break
    return out


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
    from kg.resolve.places import capitals

    table = capitals()
    out: list[str] = []
    for k in keys:
        state = table.get(k)
        k = state if state is not None and state not in _DISPUTED else k
        if k not in out:
            out.append(k)
    return out
