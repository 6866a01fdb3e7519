"""English events on BBC politics and business news (eighteenth session).

Found by reading kg's events on 201 BBC politics and business articles that no labelled BBC set
draws from (BENCHMARKS.md, "English events on BBC politics and business news, read and judged
blind"); each test puts the defect next to the reading that must stay.
"""
from __future__ import annotations

from kg.model import Document
from kg.pipeline import process


def _doc(text: str) -> Document:
    return process(Document(id="t", text=text, lang="en"))


def _roles(text: str, trigger: str) -> tuple[list[str], list[str], str, str]:
    doc = _doc(text)
    e = next(e for e in doc.events if e.trigger.text == trigger)
    return e.agent, e.target, e.category, e.modality


def test_the_tories_and_the_conservatives_are_the_party() -> None:
    agent, target, category, _ = _roles("The Tories accused Labour of running a smear campaign.", "accused")
    assert (category, agent, target) == ("ACCUSE", ["org/conservative-party"], ["org/labour-party"])
    agent, _, _, _ = _roles("Meanwhile, the Conservatives accused officials of a collective failure.", "accused")
    assert agent == ["org/conservative-party"]
    _, target, _, _ = _roles("Culture Secretary Tessa Jowell accused the Tories of opportunism.", "accused")
    assert target == ["org/conservative-party"]
    doc = _doc("The Tories accused Labour of running a smear campaign.")
    party = doc.entities["org/conservative-party"]
    assert party.type == "Organization" and party.labels["en"] == "Conservative Party"
    # the singular is an adjective: the leader acts, not the party
    agent, _, _, _ = _roles("Tory leader Michael Howard accused Labour of lying.", "accused")
    assert agent == ["person/michael-howard"]


def test_who_is_urged_or_wanted_to_act_does_it() -> None:
    # the object of "urged", "want", "called on" does the infinitive, not the subject
    agent, _, category, _ = _roles("Tony Blair urged voters to back Labour.", "back")
    assert (category, agent) == ("SUPPORT", [])
    agent, _, _, _ = _roles("UKIP chairman Petrina Holdsworth urged the men to step down from the GLA.", "step down")
    assert agent == []
    agent, _, _, _ = _roles("Vice-Prime Minister Oleg Rybachuk called on the EU to recognise the steps that Ukraine was taking.", "recognise")
    assert agent == ["org/european-union"]
    # the urging keeps its subject, and an infinitive with no object before it its governing subject
    agent, _, _, _ = _roles("Tony Blair urged voters to back Labour.", "urged")
    assert agent == ["person/tony-blair"]
    agent, _, _, _ = _roles("Israel plans to attack Gaza.", "attack")
    assert agent == ["country/IL"]


def test_an_attack_on_a_measure_or_called_something_is_criticism() -> None:
    _, _, category, _ = _roles(
        'The International Air Transport Association has attacked the package as a "bad piece of legislation".',
        "attacked",
    )
    assert category == "ACCUSE"
    agent, _, category, _ = _roles("That has been attacked by the Tories as too little, too late.", "attacked")
    assert (category, agent) == ("ACCUSE", ["org/conservative-party"])
    _, _, category, _ = _roles("Members of parliament have attacked previous privatisations.", "attacked")
    assert category == "ACCUSE"
    # "as" of time, or a word of harm: an assault
    assert _roles("He was attacked as he left the mosque.", "attacked")[2] == "ASSAULT"
    assert _roles("The imam was attacked as a traitor by gunmen who shot him.", "attacked")[2] == "ASSAULT"


def _categories(text: str) -> set[str]:
    return {e.category for e in _doc(text).events}


def test_records_or_lives_destroyed_are_no_assault() -> None:
    assert "ASSAULT" not in _categories("The Department of Work and Pensions destroyed nearly 37,000 files last year.")
    assert "ASSAULT" not in _categories("The opera house reopened in 2003 after it was destroyed by fire in 1996.")
    assert "ASSAULT" not in _categories("The research endorses our policy of destroying unwanted and unnecessary quangos.")
    # force against a country or its people stays an assault
    assert "ASSAULT" in _categories("Israeli troops destroyed three houses in Gaza.")
    assert "ASSAULT" in _categories("The decision to destroy the African nation's small air force prompted riots.")


def test_a_participle_after_a_comma_and_an_adverb_hangs_on_the_name() -> None:
    text = (
        "The US has also announced that 48-year-old Australian Mamdouh Habib, previously accused of terrorist "
        "offences, will be released."
    )
    agent, target, category, _ = _roles(text, "accused")
    assert (category, agent, target) == ("ACCUSE", [], ["person/mamdouh-habib"])
    # a relative clause's perfect stays active
    agent, target, _, _ = _roles("Mr Blair, who has repeatedly accused Mr Howard of lying, spoke on Monday.", "accused")
    assert "person/howard" in target and "person/howard" not in agent


def test_the_subject_after_a_relative_clause_is_never_a_name_inside_it() -> None:
    text = "The Glasgow Kelvin MP, who was expelled from Labour over his anti Iraq war stance, accused Ms King of lying."
    agent, _, category, _ = _roles(text, "accused")
    assert category == "ACCUSE" and agent == []
    text = (
        "Tony Lloyd, the Manchester Central MP, whose constituency includes the club's Old Trafford ground, "
        "has pledged to take the matter to Tony Blair."
    )
    agent, _, _, _ = _roles(text, "pledged")
    assert agent == ["person/tony-lloyd"]
    # a name right before the clause stays the subject
    agent, _, _, _ = _roles("Mr Galloway, who was expelled from Labour, accused Ms King of lying.", "accused")
    assert len(agent) == 1 and agent[0].startswith("person/galloway")


def test_a_clash_of_words_is_criticism() -> None:
    text = "Labour and the Tories have clashed over tax and spending plans as the row over the Budget turned into a battle."
    assert _roles(text, "clashed")[2] == "ACCUSE"
    text = "The UK's top judge has revealed he has clashed with ministers about how the heads of public inquiries are chosen."
    assert _roles(text, "clashed")[2] == "ACCUSE"
    # police, arms or a ceasefire: a fight
    assert _roles("Police clashed with students in the capital.", "clashed")[2] == "ASSAULT"
    text = "About 200 interior ministry forces clashed with rebels at Minutka Square."
    assert _roles(text, "clashed")[2] == "ASSAULT"


def test_deaths_in_a_tsunami_or_a_storm_had_no_attacker() -> None:
    text = "The Sri Lanka Banks Association said the waves which killed more than 30,000 people also washed away property."
    assert "ASSAULT" not in _categories(text)
    assert "ASSAULT" not in _categories("The storm killed 12 people in Haiti.")
    assert "ASSAULT" in _categories("Israeli troops killed two Palestinians during a storm.")


def test_appealing_to_voters_is_no_plea() -> None:
    assert "REQUEST" not in _categories("The approach is particularly designed to appeal to women voters, he said.")
    assert "REQUEST" not in _categories("The plan will appeal right across the political spectrum.")
    # a plea names whom it asks to do what, or what for
    assert "REQUEST" in _categories("We appeal to Powys Local Health Board to allow Powys people to use the hospital.")
    assert "REQUEST" in _categories("Mr Blair appealed for calm.")
    assert "REQUEST" in _categories("Hamas appealed to the United Nations.")


def test_who_is_appealed_to_does_the_infinitive() -> None:
    agent, _, category, _ = _roles("The UN appealed to both sides to stop the fighting.", "stop")
    assert category == "RETREAT" and agent == []


def test_demonstrating_something_is_no_protest() -> None:
    assert "PROTEST" not in _categories("We have got to demonstrate to people that we are up to that task.")
    assert "PROTEST" not in _categories("A team at the MIT Media Labs Europe demonstrated a wireless cap.")
    assert "PROTEST" not in _categories("Many argued that an election win would demonstrate popular support for a parliament.")
    # in the street: a place, a cause or the end of the clause follows
    assert "PROTEST" in _categories("Protesters demonstrated outside BBC buildings across the UK.")
    assert "PROTEST" in _categories("Hundreds of thousands of people demonstrated against plans for the Iraq war.")
    assert "PROTEST" in _categories("Thousands demonstrated in Cairo on Friday.")


def test_sharing_a_view_is_no_agreement() -> None:
    text = "But, while all the parties appear to agree the time has come to properly debate the issue, there are signs of trouble."
    assert "AGREE" not in _categories(text)
    text = 'Opposition to raising the retirement age is "one thing all the unions are agreed on", our correspondent added.'
    assert "AGREE" not in _categories(text)
    assert "AGREE" not in _categories("No one agrees with this.")
    # agreements to act, and a deal agreed on a day, stay
    assert "AGREE" in _categories("The deal was agreed on Friday.")
    assert "AGREE" in _categories("Israel and Syria agreed to resume talks.")


def test_a_fight_in_court_or_for_a_cause_is_no_assault() -> None:
    assert "ASSAULT" not in _categories("Wal-Mart is also fighting two lawsuits.")
    assert "ASSAULT" not in _categories("Fighting between Mr Camus and Mr Forgeard has hit the headlines in France.")
    text = "Save Our Community is a group fighting to prevent Wal-Mart opening a store in Rosemead, California."
    assert "ASSAULT" not in _categories(text)
    # with a word of war, a fight
    assert "ASSAULT" in _categories("One is a Jamaican who joined British troops to fight Hitler.")
    assert "ASSAULT" in _categories("Fighting erupted in Grozny on Tuesday.")
    assert "ASSAULT" in _categories("Kabul is controlled by Rabbani's government, which Taleban is fighting to overthrow.")


def test_a_markets_demand_is_no_request() -> None:
    assert "REQUEST" not in _categories("Helmut Panke predicted demand for such crossover vehicles would soar in Europe.")
    text = "Vodafone had pinned its hopes on the launch of its 3G phones in November but demand for them has been slow."
    assert "REQUEST" not in _categories(text)
    text = "There were fears that the potential increase of shares in circulation would ease demand for stock."
    assert "REQUEST" not in _categories(text)
    # someone who demands
    assert "REQUEST" in _categories("Unions will demand a pay rise that is strong enough.")
    assert "REQUEST" in _categories("Workers demand stronger protection.")


def test_after_the_blind_draws_an_appeal_to_a_tribunal_and_an_ordered_force() -> None:
    # mended after the blind judgment (read there, so not blind)
    text = "MI5 reached a settlement with the former spy, which he has been able to appeal to security and intelligence tribunals."
    assert "REQUEST" in _categories(text)
    text = "Clinton said he had ordered U.S. forces in the Gulf to go on high alert."
    agent, _, _, _ = _roles(text, "go on")
    assert agent == ["group/US-MIL"]
    text = "Clinton directed the Department of Defense to take planning steps to have forces ready to deploy to the region."
    agent, _, _, _ = _roles(text, "deploy")
    assert agent == ["org/department-of-defense"]


def test_after_the_reuters_blind_draw_a_relative_clause_after_a_name_and_ones_own_people() -> None:
    # mended after the blind judgment (read there, so not blind)
    text = (
        "The daily reported that Prime Minister Benjamin Netanyahu , who has said he has no desire to hold talks "
        "with the Palestinian president , opposes the meeting due to be held this week ."
    )
    agent, _, _, _ = _roles(text, "opposes")
    assert agent == ["person/benjamin-netanyahu"]
    agent, _, _, _ = _roles("Pinas said Brunswijk then ordered his bodyguards to beat him up .", "beat")
    assert agent and agent[0].startswith("person/")
