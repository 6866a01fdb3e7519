"""An Arabic verb right after an indefinite noun describes that noun: the name after it is the object."""
from __future__ import annotations

from kg.model import Document
from kg.pipeline import process


def _events(text: str) -> dict[str, tuple[list[str], list[str]]]:
    doc = process(Document(id="t", text=text, lang="ar"))
    return {e.trigger.text: (e.agent, e.target) for e in doc.events}


def test_relative_clause_without_alladhi() -> None:
    # "Russian air defences repel drones that targeted Moscow": Moscow is targeted, not attacking
    agent, target = _events("الدفاعات الجوية الروسية تصد مسيرات استهدفت موسكو")["استهدفت"]
    assert agent == []
    assert target == ["city/524901"]


def test_verb_first_sentence_keeps_its_subject() -> None:
    agent, target = _events("استهدفت روسيا أوكرانيا بصواريخ")["استهدفت"]
    assert agent == ["country/RU"]
    assert target == ["country/UA"]


def test_a_relative_clause_does_not_lend_its_destination_to_the_main_verb() -> None:
    # "Russian defences down 4 drones that were heading for Moscow": Moscow is no target of the downing
    doc = process(Document(id="t", text="الدفاعات الروسية تسقط 4 مسيرات كانت تتجه نحو موسكو", lang="ar"))
    (ev,) = [e for e in doc.events if e.trigger.text == "تسقط"]
    assert ev.category == "ASSAULT"
    assert ev.agent == ["country/RU"]
    assert "city/524901" not in ev.target + ev.participant


def test_past_a_relative_clause_a_place_still_locates() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
    from docs import make_doc

    from kg.events import extract

    names = [("روسيا", "LOC", "Country", "country/RU", False), ("ريازان", "LOC", "City", "city/500096", False)]
    doc = extract(make_doc("هاجمت روسيا قرية تقع في منطقة ريازان", names))
    (ev,) = [e for e in doc.events if e.category == "ASSAULT"]
    assert ev.place == ["city/500096"] and ev.target == []


def test_a_noun_trigger_keeps_its_clause() -> None:
    # only a verb's object ends where a relative clause begins: "هجوم على قافلة كانت تنقل جنودا من روسيا"
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
    from docs import make_doc

    from kg.events import extract

    names = [("روسيا", "LOC", "Country", "country/RU", False)]
    doc = extract(make_doc("وقع هجوم على قافلة كانت تنقل جنودا من روسيا", names))
    (ev,) = [e for e in doc.events if e.category == "ASSAULT"]
    assert "country/RU" in ev.agent + ev.target + ev.participant
