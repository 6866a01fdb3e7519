"""English titles, leaders and places: the cases a review of BBC politics articles found wrong."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import org, per, relation_rows  # noqa: E402

Rel = tuple[str, str, str, "str | None"]


def rels(text: str, names: list) -> set[Rel]:
    return relation_rows(text, names, lang="en")


CLARKE = per("Charles Clarke", "person/clarke")
BLUNKETT = per("David Blunkett", "person/blunkett")


def positions(got: set[Rel], key: str) -> set[str]:
    return {o for s, p, o, _ in got if s == key and p == "position"}


def test_a_title_must_touch_the_name() -> None:
    text = "The ruling came on Charles Clarke's first day as home secretary following David Blunkett's resignation."
    assert positions(rels(text, [CLARKE, BLUNKETT]), "person/blunkett") == set()
    text = "A new book says the prime minister went back on a pledge to Mr Brown to stand down."
    assert rels(text, [per("Brown", "person/brown")]) == set()
    text = "Mr Blair then changed his mind, amid suspicion the chancellor was manoeuvring against him, writes Mr Peston."
    assert rels(text, [per("Peston", "person/peston")]) == set()


def test_general_election_is_no_office() -> None:
    text = "Before the general election, Mr Kennedy acknowledged that the Budget was popular."
    assert rels(text, [per("Kennedy", "person/kennedy")]) == set()
    text = "A campaign group is to target nine marginal Labour seats at the General Election."
    assert rels(text, [per("Election", "person/junk")]) == set()


def test_the_whole_title_is_kept() -> None:
    got = rels("Home Secretary Charles Clarke has said detainees will not be freed.", [CLARKE])
    assert positions(got, "person/clarke") == {"Home Secretary"}
    got = rels("New Home Secretary Charles Clarke vowed the men would stay in prison.", [CLARKE])
    assert positions(got, "person/clarke") == {"Home Secretary"}
    cooper = per("Yvette Cooper", "person/cooper")
    got = rels("More money is to be given to councils, said housing minister Yvette Cooper.", [cooper])
    assert positions(got, "person/cooper") == {"housing minister"}
    bourn = per("John Bourn", "person/bourn")
    got = rels("Auditor General Sir John Bourn said literacy matters.", [bourn])
    assert positions(got, "person/bourn") == {"Auditor General"}


def test_the_party_before_a_title_is_its_owner() -> None:
    willis = per("Phil Willis", "person/willis")
    ld = org("Liberal Democrat", "org/libdem")
    got = rels("Liberal Democrat education spokesman Phil Willis added: nothing.", [willis, ld])
    assert ("person/willis", "position", "education spokesman", "org/libdem") in got
    kennedy = per("Charles Kennedy", "person/kennedy")
    got = rels("Lib Dem leader Charles Kennedy dismissed the Conservatives.", [kennedy, org("Lib Dem", "org/libdem")])
    assert ("person/kennedy", "leaderOf", "org/libdem", None) in got


def test_a_former_office_is_no_position() -> None:
    kinnock = per("Neil Kinnock", "person/kinnock")
    labour = org("Labour", "org/labour")
    assert rels("Ex-Labour leader Neil Kinnock said Mr Blair should stay.", [kinnock, labour]) == set()
    cook = per("Robin Cook", "person/cook")
    assert rels("His broadside came as ex-Foreign Secretary Robin Cook said so.", [cook]) == set()


def test_an_english_leader_without_a_country_keeps_the_office() -> None:
    blair = per("Tony Blair", "person/blair")
    got = rels("Prime Minister Tony Blair said it was only the start.", [blair])
    assert positions(got, "person/blair") == {"Prime Minister"}
    assert not any(p == "leaderOf" for _, p, _, _ in got)


def test_an_english_adjective_after_an_organization_is_not_its_country() -> None:
    names = [org("Labour", "org/labour"), ("British", "LOC", "Country", "country/GB", True)]
    got = rels("They would not allow a row to damage Labour or British interests.", names)
    assert not any(s == "org/labour" for s, _, _, _ in got)


def test_a_list_of_places_is_no_place_in_a_place() -> None:
    names = [
        ("Heathrow", "LOC", None, "loc/heathrow", False),
        ("Gatwick", "LOC", None, "loc/gatwick", False),
        ("Edinburgh", "LOC", "City", "city/edinburgh", False),
        ("Glasgow", "LOC", "City", "city/glasgow", False),
    ]
    got = rels("At Heathrow, Gatwick, Edinburgh and Glasgow airports, BAA launched consultations.", names)
    assert not any(p == "locatedIn" for _, p, _, _ in got)
    names = [
        ("Jakarta", "LOC", "City", "city/jakarta", False),
        ("Indonesia", "LOC", "Country", "country/ID", False),
    ]
    got = rels("He will attend the conference called in Jakarta, Indonesia on Thursday.", names)
    assert ("city/jakarta", "locatedIn", "country/ID", None) in got


def test_and_inside_a_title_but_not_between_names() -> None:
    johnson = per("Alan Johnson", "person/johnson")
    got = rels("Work and Pensions Secretary Alan Johnson said so.", [johnson])
    assert positions(got, "person/johnson") == {"Work and Pensions Secretary"}
    got = rels("Mr Brown and Health Secretary Alan Johnson said so.", [johnson])
    assert positions(got, "person/johnson") == {"Health Secretary"}


def test_only_a_leader_leads_an_organization() -> None:
    hughes, ld = per("Simon Hughes", "person/hughes"), org("Lib Dem", "org/libdem")
    got = rels("Lib Dem president Simon Hughes branded Mr Howard arrogant.", [hughes, ld])
    assert got == {("person/hughes", "position", "president", "org/libdem")}
    names = [per("George Bush", "person/bush"), ("US", "LOC", "Country", "country/US", False)]
    got = rels("He spoke to US President George Bush on Monday.", names)
    assert ("person/bush", "leaderOf", "country/US", None) in got
