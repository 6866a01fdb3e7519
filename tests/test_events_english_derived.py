"""English typing beyond the hand-written lexicon (issue #4, tenth session): the object of a
passive verb before it, a phrasal verb's particle after its object, event nouns derived from kg's
own verbs, gerunds used as nouns, event nouns inside names, and the main event of a sentence
whose main clause has no finite verb event."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import asserted_events  # noqa: E402

NAMES = [
    ("Iran", "LOC", "Country", "country/IR", False),
    ("Israel", "LOC", "Country", "country/IL", False),
    ("Syria", "LOC", "Country", "country/SY", False),
    ("Egypt", "LOC", "Country", "country/EG", False),
    ("Italy", "LOC", "Country", "country/IT", False),
    ("Serbia", "LOC", "Country", "country/RS", False),
    ("Russia", "LOC", "Country", "country/RU", False),
    ("Ukraine", "LOC", "Country", "country/UA", False),
    ("Gorazde", "LOC", "City", "city/gorazde", False),
    ("Palestine Liberation Organization", "ORG", None, "org/plo", False),
]


def categories(text: str) -> list[str]:
    return [e.category for e in asserted_events(text, NAMES, lang="en", date=dt.date(2005, 3, 1))]


def main_category(text: str) -> str | None:
    evs = asserted_events(text, NAMES, lang="en", date=dt.date(2005, 3, 1))
    return next((e.category for e in evs if e.attrs.get("main")), None)


def test_a_passive_verb_finds_its_object_before_it() -> None:
    # lifting sanctions is a retreat (CAMEO 085), not the sanctions themselves (COERCE)
    assert categories("Sanctions against Iran were lifted on Monday.") == ["RETREAT"]
    assert categories("The embargo was lifted last year.") == ["RETREAT"]
    assert categories("The ambassador to Syria was recalled on Monday.") == ["SANCTION"]
    assert categories("Eighty UN peacekeepers were shipped out of Gorazde on Friday.") == ["SANCTION"]
    # calling off talks is no meeting
    assert categories("The talks with Israel were called off by Egypt.") == ["SANCTION"]


def test_a_passive_verb_does_not_take_another_nouns_object() -> None:
    # "restrictions" is the object of "easing", not of "announced"
    assert "COERCE" not in categories("The easing of restrictions on Israel was announced on Monday.")


def test_an_active_verb_still_needs_its_object_after_it() -> None:
    assert categories("Sanctions hurt Iran, so Syria lifted its spirits.") == ["COERCE"]


def test_a_particle_may_follow_the_object() -> None:
    assert categories("Israel handed the town back to Syria.") == ["RETREAT"]
    assert categories("The rebels gave their weapons up on Friday.") == ["RETREAT"]
    # no particle after the object: no phrasal verb
    assert categories("Israel handed the town to Syria.") == []


def test_nouns_of_the_acts_of_kgs_verbs() -> None:
    from kg.events.lexicon import english_nominalisations

    assert categories("The expulsion of the British ambassador angered Syria.") == ["SANCTION"]
    assert categories("Russia made a concession to Ukraine on gas prices.") == ["CONCEDE"]
    assert sorted(english_nominalisations("deport")) == ["deportation"]
    # a noun whose ordinary sense is no act is never derived
    assert english_nominalisations("oppose") == set()
    assert english_nominalisations("confer") == set()


def test_a_gerund_between_a_determiner_and_of_is_the_act() -> None:
    assert categories("The easing of restrictions on Israel began on Monday.") == ["CONCEDE"]


def test_an_event_noun_inside_a_name_is_no_event() -> None:
    assert "RETREAT" not in categories("Syria hosted the Palestine Liberation Organization on Monday.")


def test_the_main_event_is_in_the_main_clause() -> None:
    # the main clause's noun event before a finite verb of a subordinate clause
    assert (
        main_category("Italy announced a suspension of air links with Serbia, one day after a jet shot down a helicopter.")
        == "SANCTION"
    )


def test_a_derived_noun_needs_someone_in_it() -> None:
    # no one deports, nationalises or complies here: a practice, not an act
    assert categories("He is a well-known opponent of nationalisation in competitive markets.") == []
    assert categories("Licences would be removed for non-compliance.") == []
    # a possessor or an "of" phrase says whose act it is
    assert categories("Israel's expulsion of the British ambassador angered Syria.") == ["SANCTION"]


def test_a_passive_subject_with_no_states_nothing_happened() -> None:
    assert categories("No agreement has been reached with Syria.") == []


def test_avoiding_an_act_is_no_act() -> None:
    assert "COERCE" not in categories("Rosneft must pay the creditors to avoid seizure of the assets.")
