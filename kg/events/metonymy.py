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
