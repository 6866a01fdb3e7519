"""The lexicon builder reads PETRARCH dictionaries and the CAMEO -> PLOVER table."""

from __future__ import annotations

from pathlib import Path

from kg.events.build_lexicon import parse_cameo2plover, parse_verb_dictionary, plover_of

FIX = Path(__file__).parent / "fixtures" / "events"


def test_cameo_to_plover_by_longest_prefix() -> None:
    table = parse_cameo2plover(FIX / "mini_CAMEO2PLOVER.txt")
    assert plover_of("057", table) == "SUPPORT"
    assert plover_of("0841", table) == "RETREAT"  # falls back to 084
    assert plover_of("081", table) == "CONCEDE"  # the first "08:" root line wins
    assert plover_of("1712", table) == "ASSAULT"  # a code can leave its root's category
    assert plover_of("010", table) is None  # CAMEO 01 statements have no PLOVER event
    assert plover_of("", table) is None


def test_verb_dictionary_rows() -> None:
    rows = list(parse_verb_dictionary(FIX / "mini_CAMEO.en.txt", "en"))
    as_set = {(f, c, tuple(a)) for f, c, a, _b, _blk in rows}
    assert ("accuse", "112", ()) in as_set
    assert ("charge", "112", ()) in as_set  # no own code: the block's
    assert ("condemn", "111", ()) in as_set
    # a pattern applies to the verb its comment names, synsets expand to their heads
    assert ("condemn", "111", ("launcher|missile",)) in as_set
    assert ("condemn", "018", ("terrorist", "attack")) in as_set
    assert not any(f == "accuse" and a for f, _c, a in as_set)
    # irregular forms and multi-word verbs; "046:045" keeps the source code
    assert ("said", "010", ()) in as_set
    assert ("met with", "040", ()) in as_set
    assert ("meet", "046", ("under", "mediation")) in as_set
