"""Company names the English tagger types as persons (fifth-session review, second round):
the words around them (``its``, ``shares in``, ``X's chairman``, ``X Inc`` elsewhere)
make them organizations; people keep their type."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.model import ORG, PER
from kg.resolve.companies import org_context

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))
from resolve_docs import entity_keys, spans_doc  # noqa: E402


@pytest.mark.parametrize("text, spans, company", [
    ("Nike has reported its best second-quarter results. Nike, whose products are endorsed by stars, "
     "gained. Philip Knight said: \"Nike's revenues rose.\"",
     [("Nike", PER), ("Nike", PER), ("Philip Knight", PER), ("Nike", PER)], "org/nike"),
    ("US banking giant Citigroup has sold its insurance arm to Metlife. The sale is a move by Citigroup "
     "away from insurance. Robert Benmosche, Metlife's chairman, said so.",
     [("Citigroup", PER), ("Metlife", PER), ("Citigroup", PER), ("Robert Benmosche", PER), ("Metlife", PER)],
     "org/citigroup"),
    ("A possible takeover boosted Sina's shares by more than 10%. Shanda bought shares in Sina.",
     [("Sina", PER), ("Shanda", PER), ("Sina", PER)], "org/sina"),
])
def test_company_tagged_as_person_becomes_organization(text: str, spans: list[tuple[str, str]], company: str) -> None:
    keys = entity_keys(spans_doc(text, spans))
    assert company in keys
    assert "person/" + company.split("/")[1] not in keys


@pytest.mark.parametrize("text, spans, person", [
    ("Tony Blair said it was wrong. Mr Blair's budget was praised.", [("Tony Blair", PER), ("Blair", PER)],
     "person/tony-blair"),
    ("Rod Eddington, BA's chief executive, said profits rose. Mr Eddington said it was good.",
     [("Rod Eddington", PER), ("BA", ORG), ("Eddington", PER)], "person/rod-eddington"),
    ("Gordon Brown and Labour agreed, Gordon Brown's aides said.", [("Gordon Brown", PER), ("Labour", ORG),
                                                                  ("Gordon Brown", PER)], "person/gordon-brown"),
    # a name beside an organization, or before "its" through any verb, is no company
    ("the tycoons John Magnier and JP McManus. Mr Magnier said so.", [("John Magnier", PER), ("JP McManus", ORG),
                                                                      ("Magnier", PER)], "person/john-magnier"),
    ("Immigration minister Des Browne quoted its five-year plan.", [("Des Browne", PER)], "person/des-browne"),
    ("to give US tycoon Malcolm Glazer access to its books.", [("Malcolm Glazer", PER)], "person/malcolm-glazer"),
])
def test_people_stay_people(text: str, spans: list[tuple[str, str]], person: str) -> None:
    assert person in entity_keys(spans_doc(text, spans))


def test_context_cues() -> None:
    t = "Highfield said profits fell. Citigroup has sold its arm. Carnival's share price rose."
    for name, company in (("Highfield", False), ("Citigroup", True), ("Carnival", True)):
        i = t.index(name)
        assert org_context(t, i, i + len(name)) is company


def test_speaker_with_plans_is_a_company() -> None:
    text = "Highfield said that it intends to take legal action. Mr Smith said it was wrong."
    keys = entity_keys(spans_doc(text, [("Highfield", PER), ("Smith", PER)]))
    assert "org/highfield" in keys
    assert "person/smith" in keys


def test_name_with_company_suffix_elsewhere() -> None:
    text = "Reebok Inc rose on Monday after Reebok agreed the deal, Reebok confirmed."
    keys = entity_keys(spans_doc(text, [("Reebok Inc", ORG), ("Reebok", PER), ("Reebok", PER)]))
    assert "person/reebok" not in keys
