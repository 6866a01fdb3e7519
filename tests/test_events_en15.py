"""English events on Reuters conflict and diplomacy news (fifteenth session): accidents and
disasters that kill with no attacker, ...

Found by reading kg's events on 300 Reuters stories of CoNLL-2003 eng.train / eng.testa
(BENCHMARKS.md, "English events on Reuters news"); each test puts the defect next to the event
sense of the same words.
"""
from __future__ import annotations

from kg.model import Document
from kg.pipeline import process


def _events(text: str) -> set[tuple[str, str]]:
    doc = process(Document(id="t", text=text, lang="en"))
    return {(e.category, e.trigger.text) for e in doc.events}


def _categories(text: str) -> set[str]:
    return {c for c, _ in _events(text)}


def test_an_accident_kills_with_no_attacker() -> None:
    assert "ASSAULT" not in _categories(
        "At least 16 people were killed and several injured on Sunday when a bus fell from a mountain "
        "road into a ravine, police said."
    )
    assert "ASSAULT" not in _categories(
        "Two people were killed and six were injured after a helicopter crashed in bad weather, a minister said."
    )
    assert "ASSAULT" not in _categories("Car kills two trying to avoid Texas drag race.")
    assert "ASSAULT" not in _categories("Eight killed in Moscow casino blaze.")
    # an attack beside a vehicle or a crash stays one
    assert ("ASSAULT", "killed") in _events("Gunmen stopped a bus and killed 12 passengers.")
    assert ("ASSAULT", "killed") in _events("A car bomb killed five soldiers in Baghdad.")
    assert ("ASSAULT", "killed") in _events("Russian aircraft killed 46 Afghan civilians on Monday.")
    assert ("ASSAULT", "killing") in _events(
        "The helicopter crashed after it was shot down by rebels, killing ten soldiers."
    )


def _roles(text: str, trigger: str) -> tuple[list[str], list[str], list[str], list[str]]:
    doc = process(Document(id="t", text=text, lang="en"))
    e = next(e for e in doc.events if e.trigger.text == trigger)
    short = lambda keys: [k.rsplit("/", 1)[-1] for k in keys]  # noqa: E731
    return short(e.agent), short(e.target), short(e.place), short(e.participant)


def test_a_place_after_a_place_noun_or_a_direction_keeps_its_preposition() -> None:
    # "in northern Iraq" is where it happened, not whom it was done to
    agent, target, place, _ = _roles("Turkish troops attacked Kurdish rebels in northern Iraq.", "attacked")
    assert "IQ" not in target and place == ["IQ"]
    # "in the town of Hebron", "10 km north of Beirut": places, not participants
    _, _, place, part = _roles("Police arrested two men in the town of Hebron.", "arrested")
    assert place == ["hebron"] and part == []
    _, _, place, part = _roles("Israeli troops shelled villages 10 km north of Beirut.", "shelled")
    assert place and not part
    # a name after a preposition still takes it: "talks with the Palestinians", "in Iraq"
    _, _, place, _ = _roles("Turkish troops attacked Kurdish rebels in Iraq.", "attacked")
    assert place == ["IQ"]
    _, target, place, _ = _roles("Tass said the talks were taking place 20 km south of the Chechen capital Grozny .", "talks")
    assert place and not target
    _, target, place, _ = _roles("Police said the killings occurred in the municipality of Anza .", "killings")
    assert place == ["anza"] and target == []
    # "from" a region is what a withdrawal leaves, as "from" a country is
    _, target, _, _ = _roles(
        "Russian troops began to pull out from southern Chechnya under a ceasefire agreement between "
        "security chief Alexander Lebed and rebel leaders .", "pull out"
    )
    assert target == ["chechnya"]


def test_a_yield_of_an_amount_is_a_return_not_a_concession() -> None:
    assert not _categories("The U.S. 30-year benchmark fell 30/32 to yield 7.12 percent.")
    assert not _categories("The farmer expected the land to yield 5.2 tonnes per hectare.")
    assert ("RETREAT", "yielded") in _events("The army yielded control of the town to the rebels.")
    assert "CONCEDE" in _categories("The government yielded to the strikers' demands.")


def test_a_trip_made_is_a_visit() -> None:
    # PETRARCH2 codes "make ... trip" 036 (intent to meet): a trip made is the visit itself
    assert ("CONSULT", "made") in _events("Former Secretary of State James Baker made a secret trip to Syria in 1995.")
    assert ("CONSULT", "made") in _events("He is known to have made frequent visits to Slovakia.")
    assert not _categories("Clinton made a speech in Chicago.")
    assert not {t for _, t in _events("The e-mails tried to make people visit fake versions of the websites.")} & {"make"}
    assert not {t for _, t in _events("He had also made a point of visiting the shop.")} & {"made"}
    assert not {t for _, t in _events("Tsang made the remarks during a visit to New Zealand.")} & {"made"}


def test_a_wire_sports_slug_makes_a_sports_report() -> None:
    report = "GOLF - PARNEVIK STORMS AHEAD .\nParnevik continued to storm through the course , birdying three holes ."
    assert not _categories(report)
    assert ("ASSAULT", "storm") in _events(report.split("\n", 1)[1])  # the same play with no slug: the count misses it
    # violence in a sports report stays an event; a slug of another section makes no sports report
    assert ("ASSAULT", "assault") in _events(
        "SOCCER - ROMANIAN PLAYER BANNED .\nCozma is awaiting trial for assault and criminal damage in a bar ."
    )
    assert ("ASSAULT", "stormed") in _events("IRAQ - TROOPS STORM TOWN .\nIraqi troops stormed the town of Arbil .")
    # a governing body's ban in a sports report stays an event
    assert ("COERCE", "banned") in _events(
        "CYCLING - BUGNO RETURNS .\nBugno was banned for three months in 1994 after testing positive for caffeine ."
    )


def _modality(text: str, trigger: str) -> str:
    doc = process(Document(id="t", text=text, lang="en"))
    return next(e.modality for e in doc.events if e.trigger.text == trigger)


def test_a_passive_infinitive_is_not_yet_done() -> None:
    assert _modality("Egypt is concerned about a meeting of Islamists to be held in London soon.", "held") == "planned"
    assert _modality("The two men are due to be sentenced on 29 April.", "sentenced") == "planned"
    assert _modality("The treaty is to be formally signed in Paris.", "signed") == "planned"
    assert _modality("Householders who injure intruders are unlikely to be prosecuted.", "prosecuted") == "hypothetical"
    # what was done: an ordinal before, a feeling before
    assert _modality("Mr Griffin is the twelfth man to be arrested after the documentary.", "arrested") == "asserted"
    assert _modality("She is the first athlete to be banned without a positive test.", "banned") == "asserted"
    assert _modality("It is an honour to be asked to lead the team, said Boateng.", "asked") == "asserted"


def test_company_finance_is_no_aid() -> None:
    assert not _categories("Shareholders of Mostostal approved a 25-million-zloty convertible issue.")
    assert not _categories("The company has received venture financing from Bessemer Venture Partners.")
    assert not _categories("People who have billions of dollars invested in stocks were bracing for the vote.")
    assert ("AID", "approved") in _events("The World Bank approved a $50 million loan to Kenya.")
    assert "AID" in _categories("Britain gave 8.5 million pounds in aid to Montserrat, a dependent territory.")
    # the trigger's own word is no word of company finance: "share information"
    assert ("COOPERATE", "share") in _events(
        "Lockheed said it had signed an agreement with Hindustan Aeronautics to share information on the aircraft."
    )


def test_a_city_before_an_event_noun_is_its_place() -> None:
    agent, _, place, _ = _roles("Kemp campaigned near the site of the 1992 Los Angeles riots.", "riots")
    assert agent == [] and place
    # a state or a group before the noun did it; a capital's possessive is its government's
    assert _roles("The Israeli attack on Gaza killed five.", "attack")[0] == ["IL"]
    assert _roles("A Hamas attack killed five.", "attack")[0] == ["hamas"]
    assert _roles("Beijing's protest was rejected.", "protest")[0] == ["CN"]
    assert _roles("Bonn appeals for Middle East peace .", "appeals")[0]  # a headline's subject and verb


def test_a_name_before_the_speaker_of_a_closing_attribution_does_not_report() -> None:
    doc = process(Document(id="t", lang="en", text=(
        "The appeal was made during talks between Foreign Minister Lee Ki-choo and his Chinese "
        "counterpart Tang Jiaxuan , the spokesman said ."
    )))
    talks = next(e for e in doc.events if e.trigger.text == "talks")
    assert not talks.reported_by and any(k.endswith("tang-jiaxuan") for k in talks.participant)
    doc = process(Document(id="t", lang="en", text="China attacked Taiwan , Tang Jiaxuan said ."))
    assert [k.rsplit("/", 1)[-1] for k in doc.events[0].reported_by] == ["tang-jiaxuan"]


def test_seizing_on_an_issue_holding_a_vote_and_ending_a_truce_are_no_such_events() -> None:
    assert not _categories("Republicans hope to seize on the character issue to bolster Dole.")
    assert ("COERCE", "seized") in _events("Police seized 20 kg of heroin in Bangkok.")
    assert not _categories("The factions should hold free elections next year.")
    assert ("COERCE", "holding") in _events("Police in Bangkok are holding three men.")
    assert "RETREAT" not in _categories("Separatist guerrillas ended a shaky seven-month truce in mid-August.")
    assert "RETREAT" not in _categories("FLNC announces end of truce after the attacks.")
    assert "RETREAT" in _categories("The truce, the latest of several, took effect on Friday.")


def test_a_country_owning_the_group_that_acts_is_not_its_agent() -> None:
    agent = _roles("Turkey 's Kurd rebels kill two , take three hostage .", "kill")[0]
    assert agent and "TR" not in agent
    agent = _roles("Colombia 's leftist guerrillas attacked a town .", "attacked")[0]
    assert agent and "CO" not in agent
    assert _roles("Russia 's president visited China .", "visited")[0] == ["RU"]


def test_the_subject_acts_by_doing_it() -> None:
    agent, target, _, _ = _roles(
        "Banisadr angered Tehran last week by accusing top Iranian leaders of ordering the killing.", "accusing"
    )
    assert agent == ["banisadr"] and target == ["IR"]
    assert _roles("Iran angered Germany by expelling two diplomats.", "expelling")[0] == ["IR"]
