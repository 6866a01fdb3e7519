"""English trigger words that state no event on real news (twelfth session): participles inside
noun phrases, titles, named storms, warnings of what is no penalty.

Found on BBC News articles (BENCHMARKS.md, "English events: participles, titles, storms");
each test puts the defect next to the event sense of the same word.
"""
from __future__ import annotations

from kg.events.extractor import storm_names
from kg.model import Document
from kg.pipeline import process


def _events(text: str) -> set[tuple[str, str]]:
    doc = process(Document(id="t", text=text, lang="en"))
    return {(e.category, e.trigger.text) for e in doc.events}


def _categories(text: str) -> set[str]:
    return {c for c, _ in _events(text)}


def test_a_participle_inside_a_noun_phrase_is_an_adjective() -> None:
    sentence = (
        "Sony Ericsson just released its Walkman branded mobile phone, the W800, which combines "
        "a digital music player with a camera."
    )
    assert "ACCUSE" not in _categories(sentence)
    # the verb: after a subject, and after a verb of saying that takes a clause without "that"
    assert ("ACCUSE", "branded") in _events("The minister branded Labour's plans a shambles.")
    assert ("COERCE", "banned") in _events("Police said the EU banned imports of beef.")


def test_a_capitalised_trigger_before_a_capitalised_word_is_a_title() -> None:
    assert not _categories("Arrested Development star Jason Bateman was named best TV actor.")
    assert not _categories("He starred in Arrested Development last year.")
    assert ("COERCE", "arrested") in _events("Police arrested two men in London.")
    assert ("COERCE", "Arrested") in _events("Arrested at the scene, the men were taken to a police station.")


def test_a_named_storm_kills_without_attacking() -> None:
    text = (
        "The aid is similar to the cash sent to Central America after Hurricane Mitch. "
        "Mitch killed about 10,000 people and caused damage of about $10bn in 1998."
    )
    assert "ASSAULT" not in _categories(text)
    assert storm_names(text) == {"mitch"}
    # a man of the same name who kills, in a document with no storm, still attacks
    assert ("ASSAULT", "killed") in _events("Police said Mitch killed two guards during the robbery.")


def test_what_the_warned_may_face_threatens_only_as_a_penalty() -> None:
    assert "THREATEN" not in _categories(
        "Mr Dunn warned that companies could face a short supply of programming and artistic talent."
    )
    assert "THREATEN" not in _categories("Analysts warned that shoppers could face higher prices.")
    assert ("THREATEN", "warned") in _events("The union warned that firms would face legal action.")
    assert ("THREATEN", "warned") in _events("The regulator warned that companies could face fines.")


_MATCH_REPORT = (
    "Leicester beat Wasps 27-20 in the Premiership match at Welford Road. The home side scored three tries "
    "and the fly-half kicked two penalties before half-time. Wasps piled on the pressure in an attempt to "
    "grab a fourth try, but they were denied by some desperate defending. {} The coach said the win "
    "meant a lot to the club and the players, and the league title is now in sight."
)


def test_refusals_and_build_ups_in_a_match_report_are_play() -> None:
    assert "REJECT" not in _categories(_MATCH_REPORT.format(""))
    headed = "Helguera headed past keeper Doblas to seal victory for his team."
    assert "AGREE" not in _categories(_MATCH_REPORT.format(headed))
    # the game's business and praise stay events
    business = "The club denied claims that the coach had agreed a deal with Bath."
    assert ("REJECT", "denied") in _events(_MATCH_REPORT.format(business))
    praise = "Their coach praised winger Stewart Downing after the win."
    assert ("SUPPORT", "praised") in _events(_MATCH_REPORT.format(praise))


def test_ruling_out_a_player_or_a_possibility_is_no_rejection() -> None:
    assert not _categories("Gordon D'Arcy has been ruled out of the Ireland team for Saturday's clash.")
    assert "REJECT" not in _categories("A commercial system could be years away, though Siemens did not rule out an earlier date.")
    assert "REJECT" not in _categories("Mr Hague does not rule out a return to the front bench.")
    assert ("REJECT", "ruled out") in _events("The prime minister ruled out tax rises.")


def test_courtesies_are_no_support() -> None:
    assert not _categories('"I\'d like to thank my family for being really supportive," she said.')
    assert not _categories('"Thank you all for voting for me," she said.')
    assert not _categories("Johnson guided the Tigers to back to back Heineken Cup victories.")
    assert ("SUPPORT", "thanked") in _events("Mr Bush thanked Egypt for its mediation.")


def test_cancelled_flights_and_tours_are_no_sanction() -> None:
    assert "SANCTION" not in _categories("Altogether, some 1,100 flights were cancelled over the holiday weekend.")
    assert "SANCTION" not in _categories("US Airways ended up cancelling over 100 flights on Christmas Day.")
    assert "SANCTION" not in _categories("The injury led her to cancel the rest of the tour.")
    assert ("SANCTION", "cancelled") in _events("Russia cancelled the talks with Georgia.")


def test_an_assertion_with_have_is_no_demand() -> None:
    assert "REQUEST" not in _categories("After a two-year study, Uefa insists the surfaces have moved on.")


def test_shows_and_dates_are_no_events() -> None:
    assert not _categories("The prize will be given at a ceremony, to be held at the Curzon cinema on 20 March.")
    assert ("PROTEST", "held") in _events("Protesters held a march in central Cairo.")
    assert "SUPPORT" not in _categories("Joss Stone performed the song backed by a gospel choir.")
    assert ("SUPPORT", "backed") in _events("The plan was backed by the government.")
    assert "CONSULT" not in _categories("They are hosting a best-of gadget show in London this weekend.")
    assert ("CONSULT", "hosted") in _events("Mr Putin hosted the Chinese president in Moscow.")


def test_abusing_alcohol_hurts_no_one_else() -> None:
    assert "ASSAULT" not in _categories("The tiny minority who abuse alcohol cause disturbances.")
    assert ("ASSAULT", "abused") in _events("Soldiers abused prisoners at the jail.")


def test_attacks_on_computers_are_coercion_and_heart_attacks_no_event() -> None:
    # PLOVER codes cyber attacks as COERCE (mode cyber), not ASSAULT
    assert _categories("Hackers attacked the Pentagon's computers last week.") == {"COERCE"}
    assert _categories("The policy was adopted after an attack on the georgewbush.com website.") == {"COERCE"}
    # the practice, with no one attacking or attacked, and the body's attacks: no event
    assert not _categories("DDoS attacks typically use thousands of computers in many countries.")
    assert not _categories("The risk of heart attack doubled in patients taking the drug.")
    # attacks on people and places stay ASSAULT
    assert ("ASSAULT", "attacked") in _events("Insurgents attacked the US base near Mosul.")
    assert ("ASSAULT", "attack") in _events("The attack on the nuclear site in the desert killed four guards.")


def test_help_is_aid_only_with_material_help_in_sight() -> None:
    assert "AID" not in _categories("These small ads helped Google reach revenues of $805.9m.")
    assert "AID" not in _categories("Online training helped people rewrite their CVs.")
    assert "AID" not in _categories("The search engine will help people find what they want to watch.")
    # troops, victims, a state helped: aid
    assert ("AID", "help") in _events("British troops are on standby to help evacuate UK citizens from Ivory Coast.")
    assert ("AID", "helped") in _events("Britain helped the victims of the earthquake.")
    assert ("AID", "helped") in _events("France helped Syria.")


def test_bids_for_firms_and_players_are_no_offers_of_cooperation() -> None:
    assert "AGREE" not in _categories("Spurs had also made an undisclosed offer for 21-year-old defender Dawson.")
    assert "AGREE" not in _categories("Under the terms of the offer, minority Fox shareholders will receive News Corp shares.")
    assert "AGREE" not in _categories("Cable firm Telewest is to offer a personal video recorder in a set-top box.")
    # offers of talks, withdrawal or aid stay
    assert ("AGREE", "offered") in _events("Iran offered talks with the EU on its nuclear programme.")
    assert ("AGREE", "offered") in _events(
        "The amount of aid needed is about $5bn, similar to the cash offered to Central America after Hurricane Mitch."
    )


def test_a_product_appeals_to_people_without_asking() -> None:
    assert not _categories("Another feature likely to appeal to people with low vision is the zoom.")
    assert not _categories("He thought that the machine would appeal to those that like Apple technology.")
    assert ("REQUEST", "appealed") in _events("Police appealed to people to stay calm.")


def test_a_negation_inside_a_title_negates_nothing() -> None:
    text = "Swank, who won an Oscar for Boys Don't Cry, paid tribute to director Clint Eastwood."
    doc = process(Document(id="t", text=text, lang="en"))
    assert [(e.category, e.modality) for e in doc.events] == [("SUPPORT", "asserted")]
    negated = process(Document(id="t", text="Mr Blair did not meet Mr Bush.", lang="en"))
    assert [(e.category, e.modality) for e in negated.events] == [("CONSULT", "negated")]


def test_preventing_a_harm_coerces_no_one() -> None:
    assert not _categories("The film will be encrypted to prevent piracy.")
    assert not _categories("Yukos filed for bankruptcy protection in an attempt to prevent the forced sale of its unit.")
    assert ("COERCE", "prevented") in _events("Those refused were effectively prevented from travelling to the UK.")
    assert ("COERCE", "prevented") in _events("Turkish police prevented the demonstration staged by students in Sivas.")
    assert ("COERCE", "prevent") in _events("Church ministers are trying to prevent rapper Nelly performing in Arkansas.")
    # what was not prevented took place
    doc = process(Document(id="t", text="Similar schemes have not prevented attacks like the Madrid bombing.", lang="en"))
    assert ("ASSAULT", "asserted") in {(e.category, e.modality) for e in doc.events}
