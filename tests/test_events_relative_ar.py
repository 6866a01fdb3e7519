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
