"""English trigger words in their ordinary sense state no event (ninth session, kg.events.senses_en).

Found by reading the events of 400 BBC articles; the sentences are written for the tests.  Each
test shows the ordinary sense (no event) next to the event sense.
"""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process


def _events(text: str) -> list[tuple[str, str]]:
    doc = process(Document(id="t", text=text, lang="en"))
    return [(e.category, e.trigger.text) for e in doc.events]


def test_a_guilty_plea_is_no_request() -> None:
    assert _events("Robert Stearns had pleaded guilty to scheming to defraud.") == []
    assert _events("He pleads not guilty.") == []
    assert ("REQUEST", "pleaded") in _events("Manchester City has pleaded with visiting fans not to protest.")


def test_told_is_an_order_only_with_its_infinitive() -> None:
    assert ("REQUEST", "told") in _events("It said the Indian government had told it to pay a production tax.")
    assert ("REQUEST", "told") in _events("The president told the army to withdraw from the city.")
    for text in (
        "Mr Cook told BBC Radio 4 it was not fair to blame the public.",
        "Prescott told Mr Brown of his intention to stand down.",
        "They were told it would be brought to the Speaker's attention.",
    ):
        assert "REQUEST" not in {c for c, _ in _events(text)}, text


def test_in_order_to_is_a_purpose() -> None:
    assert "REQUEST" not in {c for c, _ in _events("They met in order to discuss the crisis.")}
    assert ("REQUEST", "ordered") in _events("The court ordered the company to pay damages.")


def test_abused_tolerance_hurts_no_one() -> None:
    assert "ASSAULT" not in {c for c, _ in _events("He claims the current asylum system is being abused.")}
    text = "Mr Howard said voters' tolerance and desire to help others are being abused."
    assert "ASSAULT" not in {c for c, _ in _events(text)}
    assert ("ASSAULT", "abused") in _events("The guards abused the prisoners in the camp.")


def test_english_places_keep_acting() -> None:
    # English "places" that act are as often companies or namesake cities (Hitachi): left alone
    from kg.events.metonymy import idle_places

    assert idle_places(["city/2112708", "loc/downing-street"], [], [], "en") == ["city/2112708", "loc/downing-street"]


@pytest.mark.parametrize(
    "text",
    [
        "The new version of the game will be released in March.",
        "China overtook the US, according to numbers released by Japan's Finance Ministry on Wednesday.",
        "Their album Untouchables, released in the same year, made it to number four.",
    ],
)
def test_a_product_or_figures_released_free_no_one(text: str) -> None:
    assert "RETREAT" not in {c for c, _ in _events(text)}


def test_captives_released_are_a_release() -> None:
    assert "RETREAT" in {c for c, _ in _events("The rebels released three hostages on Friday.")}


@pytest.mark.parametrize(
    "text",
    [
        "Tarantino is intrigued by one of the genre's most recognised figures.",
        "But we must also recognise that some people have concerns about the plan.",
    ],
)
def test_recognising_a_fact_or_a_face_is_no_recognition(text: str) -> None:
    assert "SUPPORT" not in {c for c, _ in _events(text)}


def test_recognising_a_government_is_recognition() -> None:
    assert "SUPPORT" in {c for c, _ in _events("Britain recognised the new government in Kabul.")}


def test_a_player_ruled_out_by_injury_rejects_nothing() -> None:
    assert _events("Thierry Henry is ruled out with an Achilles tendon injury.") == []
    assert ("REJECT", "ruled out") in _events("The minister ruled out a referendum on the treaty.")


def test_helping_boost_profits_is_no_aid() -> None:
    assert _events("Events such as the Olympics helped boost WPP's profits in 2004.") == []
    assert ("AID", "helped") in _events("The UN helped refugees return home.")
