"""Companies and football clubs the English tagger types as persons (Boeing, Lockheed Martin, Fannie
Mae, Chelsea): kg's list of well-known organizations and the posts, kinds and possessions around
a name make them organizations; people keep their type."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.model import PER, Mention
from kg.resolve.companies import listed_organization, org_context

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))
from resolve_docs import entity_keys, spans_doc  # noqa: E402


@pytest.mark.parametrize("text, spans, org", [
    # no cue at all: only knowing the names tells a reader
    ("Boeing is to supply Japan Airlines with up to 50 planes. Boeing continues to enjoy a dominance.",
     [("Boeing", PER), ("Boeing", PER)], "org/boeing"),
    ("Fannie Mae was criticised by regulators. The regulator said Fannie Mae would have to raise capital.",
     [("Fannie Mae", PER), ("Fannie Mae", PER)], "org/fannie-mae"),
    ("The deal went to Lockheed Martin. Lockheed Martin will build the helicopters.",
     [("Lockheed Martin", PER), ("Lockheed Martin", PER)], "org/lockheed-martin"),
    ("Manchester United kept up the chase of Chelsea in the title race.", [("Chelsea", PER)], "org/chelsea"),
])
def test_listed_company_or_club_is_no_person(text: str, spans: list[tuple[str, str]], org: str) -> None:
    keys = entity_keys(spans_doc(text, spans))
    assert org in keys
    assert "person/" + org.split("/")[1] not in keys


@pytest.mark.parametrize("text, name", [
    ("said Gartner's principal analyst Kobita Desai.", "Gartner"),
    ("Fannex's senior executives have left.", "Fannex"),
    ("Boeing's great European competitor is to sell planes.", "Boeing"),
    ("said Lena Komileva, chief economist at Prebon Yamane.", "Prebon Yamane"),
    ("said Marsh chief executive Michael Cherkasky.", "Marsh"),
    ("his first silverware as Chelsea manager.", "Chelsea"),
    ("challenged by Gazpromneft, a former unit of Russian gas monopoly Gazprom.", "Gazpromneft"),
    ("Freddox, the country's other largest mortgage firm, said so.", "Freddox"),
    ("According to the statistics office, Destatis, exports rose.", "Destatis"),
])
def test_company_context(text: str, name: str) -> None:
    i = text.index(name)
    assert org_context(text, i, i + len(name))


@pytest.mark.parametrize("text, name", [
    ("said Gordon Brown's chief economic adviser Ed Balls.", "Gordon Brown"),
    ("Tony Blair's campaign chairman resigned.", "Tony Blair"),
    ("Michael Howard's former chief executive spoke.", "Michael Howard"),
    ("said a spokesman for the firm, John Smith, on Monday.", "John Smith"),
    ("John Smith, the firm's chairman, said so.", "John Smith"),
    ("Jane Smith, a former bank manager, said so.", "Jane Smith"),
    ("Sam Jones, the head of the group, said so.", "Sam Jones"),
    ("a Blair spokesman said.", "Blair"),
    ("Mr Brown said profits rose.", "Brown"),
])
def test_person_context(text: str, name: str) -> None:
    i = text.index(name)
    assert not org_context(text, i, i + len(name))


def test_listed_names() -> None:
    assert listed_organization("Chelsea") and listed_organization("Freddie Mac")
    # on the list of people, or on no list: the tagger's person stays a person
    assert not listed_organization("Tony Blair")
    assert not listed_organization("Chelsea Clinton")


def test_people_named_like_clubs_stay_people() -> None:
    text = "Chelsea Clinton visited London. Chelsea Clinton said she was pleased."
    keys = entity_keys(spans_doc(text, [("Chelsea Clinton", PER), ("Chelsea Clinton", PER)]))
    assert "person/chelsea-clinton" in keys


def test_cued_org_among_persons() -> None:
    text = "Gartner's principal analyst Kobita Desai said growth was strong. Kobita Desai added more."
    keys = entity_keys(spans_doc(text, [("Gartner", PER), ("Kobita Desai", PER), ("Kobita Desai", PER)]))
    assert "org/gartner" in keys and "person/kobita-desai" in keys


def test_a_post_the_person_was_appointed_to_is_no_possession() -> None:
    text = "Since Mike Smith's appointment as chief executive in 1999, the group has grown."
    i = text.index("Mike Smith")
    assert not org_context(text, i, i + len("Mike Smith"))


@pytest.mark.parametrize("text, name", [
    ("named in the suit are its unit Gazpromneft and others.", "Gazpromneft"),
    ("Channel Tunnel operator Eurotunnel has seen sales fall.", "Eurotunnel"),
    ("deepening its ties with Daiwa Securities, another firm.", "Daiwa"),
    ("SMFG shares climbed, and Daiwa added 5.3% to 740 yen.", "Daiwa"),
])
def test_more_company_context(text: str, name: str) -> None:
    i = text.index(name)
    assert org_context(text, i, i + len(name))


@pytest.mark.parametrize("text, name", [
    ("critics label Blair a liar.", "Blair"),
    ("said energy regulator Callum McCarthy.", "Callum McCarthy"),
    ("said stockbroker John Smith.", "John Smith"),
])
def test_kinds_a_person_is_too(text: str, name: str) -> None:
    i = text.index(name)
    assert not org_context(text, i, i + len(name))


@pytest.mark.parametrize("text, club", [
    ("قال المدير الفني لفريق ريال مدريد الإسباني إن اللاعبين مستعدون.", "ريال مدريد"),
    ("امتدح المدير الفني الإيطالي لنادي تشيلسي الانجليزي اللاعب.", "تشيلسي"),
])
def test_a_title_before_a_listed_club_names_no_person(text: str, club: str) -> None:
    from kg.extract import gazetteer, rules
    from kg.model import Document

    doc = Document(id="t", text=text, lang="ar")
    found = gazetteer.extract(doc)
    assert any(m.text == club and m.attrs.get("org_id") for m in found)
    people = [m.text for m in rules.extract(doc, found) if m.label == PER]
    assert people == []  # not "لفريق ريال مدريد", nor the head noun "لفريق" left before the club


def test_a_listed_company_before_its_chief_is_skipped() -> None:
    from kg.extract import gazetteer, rules
    from kg.model import Document

    text = "وقال رئيس أبل تيم كوك إن المبيعات زادت."
    doc = Document(id="t", text=text, lang="ar")
    # the model's mention is the rules' second signal for a name after a title (seventh session)
    start = text.index("تيم")
    model = Mention(start, start + len("تيم كوك"), "تيم كوك", PER, source="ner")
    people = [m.text for m in rules.extract(doc, [*gazetteer.extract(doc), model]) if m.label == PER]
    assert people == ["تيم كوك"]
