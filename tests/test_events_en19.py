"""English events on BBC news: offices as actors, business non-events (nineteenth session).

Found by reading kg's events on BBC politics, business, tech and entertainment articles that no
labelled BBC set draws from (BENCHMARKS.md, "English events on BBC news: offices as agents, business
non-events, read, fixed, judged blind"); each test puts the defect next to the reading that must stay.
"""
from __future__ import annotations

from kg.events import groups
from kg.model import Document
from kg.pipeline import process

#: a first sentence that makes a document British (Labour, the Tories: kg.events.groups.home_country)
_UK = "Labour MPs and the Tories clashed in the Commons on Monday. "


def _doc(text: str) -> Document:
    return process(Document(id="t", text=text, lang="en"))


def _roles(text: str, trigger: str) -> tuple[list[str], list[str], str, str]:
    doc = _doc(text)
    e = next(e for e in doc.events if e.trigger.text == trigger)
    return e.agent, e.target, e.category, e.modality


def _triggers(text: str) -> list[str]:
    return [e.trigger.text for e in _doc(text).events]


def test_the_document_country() -> None:
    assert groups.home_country(Document(id="a", text=_UK, lang="en")) == "GB"
    assert groups.home_country(Document(id="b", text="The company said profits rose.", lang="en")) is None
    doc = _doc("Venezuela's president said Venezuela would act. Caracas agreed. The government seized the ranches.")
    assert groups.home_country(doc) == "VE"


def test_an_office_named_by_title_alone_is_the_government_of_the_documents_country() -> None:
    agent, target, category, _ = _roles(_UK + "The prime minister accused Michael Howard of lying.", "accused")
    assert (category, agent, target) == ("ACCUSE", ["group/GB-GOV"], ["person/michael-howard"])
    agent, _, _, _ = _roles(_UK + "The chancellor also hailed the longest period of growth.", "hailed")
    assert agent == ["group/GB-GOV"]
    _, target, _, _ = _roles(_UK + "He urged the home secretary to hold a public inquiry.", "urged")
    assert target == ["group/GB-GOV"]
    agent, _, _, _ = _roles(_UK + "Ministers are telling councils to find more sites for travellers.", "telling")
    assert agent == ["group/GB-GOV"]
    doc = _doc(_UK + "The prime minister accused Michael Howard of lying.")
    gov = doc.entities["group/GB-GOV"]
    assert gov.type == "Group" and gov.labels["en"] == "British government"
    # the office's nationality says whose government it is
    agent, _, _, _ = _roles("The Israeli prime minister accused Hamas of lying.", "accused")
    assert agent == ["group/IL-GOV"]


def test_the_government_alone_is_that_of_the_documents_country() -> None:
    agent, _, _, _ = _roles(_UK + "The government has rejected the claims.", "rejected")
    assert agent == ["group/GB-GOV"]
    _, target, _, _ = _roles(_UK + "MPs urged the government to redraft the clauses.", "urged")
    assert target == ["group/GB-GOV"]


def test_no_government_where_the_document_or_the_sentence_does_not_say_whose() -> None:
    # no country in the document: nothing, as before
    agent, _, _, _ = _roles("The prime minister accused Michael Howard of lying.", "accused")
    assert agent == []
    agent, _, _, _ = _roles("The government has rejected the claims.", "rejected")
    assert agent == []
    # another state's government named in the sentence: "the government" may be either
    doc = _doc(_UK + "The government has offered the Indonesian government the help of Gurkhas.")
    assert "group/GB-GOV" not in {k for e in doc.events for k in e.agent + e.target}


def test_offices_that_are_no_government() -> None:
    # the opposition's office, a league, others' ministers, a title before its holder's name
    agent, _, _, _ = _roles(_UK + "The shadow chancellor accused Gordon Brown of lying.", "accused")
    assert agent == []
    agent, _, _, _ = _roles(_UK + "The Premier League accused Chelsea of an illegal approach.", "accused")
    assert agent != ["group/GB-GOV"]
    _, target, _, _ = _roles(_UK + "Gordon Brown urged finance ministers to cancel the debts.", "urged")
    assert target == []
    agent, _, _, _ = _roles(_UK + "The prime minister, Tony Blair, accused Michael Howard of lying.", "accused")
    assert agent == ["person/tony-blair"]


def test_a_title_the_document_gave_its_holder_stays_his() -> None:
    agent, _, _, _ = _roles(
        _UK + "Prime Minister Tony Blair spoke. The prime minister accused Michael Howard of lying.", "accused"
    )
    assert agent == ["person/tony-blair"]
    # an apposition after the name gives the title too
    agent, _, _, _ = _roles(
        "Tony Blair, the prime minister, spoke on Monday. The prime minister accused Michael Howard of lying.",
        "accused",
    )
    assert agent == ["person/tony-blair"]
    agent, _, _, _ = _roles(
        _UK + "Gordon Brown, the chancellor, spoke. The chancellor accused Michael Howard of lying.", "accused"
    )
    assert agent == ["person/gordon-brown"]


def test_who_says_a_passive_does_not_undergo_it() -> None:
    # "The government says unions will be consulted": the speaker is not the one consulted
    _, target, category, _ = _roles(_UK + "The government says unions will be consulted before any changes.", "consulted")
    assert (category, target) == ("CONSULT", [])
    _, target, _, _ = _roles(
        _UK + "The Tories say people fleeing persecution will not be denied sanctuary in Britain.", "denied"
    )
    assert target == []
    # the subject of the passive itself stays its target
    _, target, _, _ = _roles(_UK + "The government was criticised for insisting the detentions would continue.", "criticised")
    assert target == ["group/GB-GOV"]
    _, target, _, _ = _roles("Mr Smith, who said he was innocent, was accused of fraud.", "accused")
    assert target and target[0].startswith("person/")


def test_money_raised_for_a_deal_or_a_budget_is_no_aid() -> None:
    assert "fund" not in _triggers("Pernod has reduced the debt it took on to fund the Seagram purchase.")
    assert "fund" not in _triggers("Euronext is reported to be ready to raise £1.4bn to fund a bid.")
    assert "funding" not in _triggers("Mr Greenspan warned Asian states could soon stop funding the US deficit.")
    # funding an actor or a cause stays aid
    agent, target, category, _ = _roles("The US agreed to fund the Iraqi army.", "fund")
    assert (category, agent) == ("AID", ["country/US"])


def test_keeping_an_economy_or_a_machine_safe_is_no_aid() -> None:
    text = "The rise in remittances helps protect the Mexican economy against a fall in oil prices."
    assert not {"helps", "protect"} & set(_triggers(text))
    assert "protect" not in _triggers("Mexico, Saudi Arabia and Kuwait protect their national resources from foreign firms.")
    assert "protect" not in _triggers("Microsoft releases regular security updates to its software to protect PCs.")
    # people protected stay aid
    assert "protect" in _triggers("Britain sent troops to protect Catholic civilians in Belfast.")


def test_a_service_called_off_is_no_sanction() -> None:
    assert "cancel" not in _triggers("The company said that it had to cancel 77 short and medium-distance flights.")
    assert "cancelled" not in _triggers("The band cancelled the rest of its tour.")
    # a visit called off stays an event
    assert "cancelled" in _triggers("Russia cancelled its visit to Israel.")


def test_films_shot_music_backing_data_backed_up_and_names_given_are_no_events() -> None:
    text = ("Shooting on period drama Tulip Fever was postponed while shooting of The Libertine starring "
            "Johnny Depp was moved to the Isle of Man.")
    assert not {"Shooting", "shooting"} & set(_triggers(text))
    assert "backed" not in _triggers("Information from Sim cards can be backed up on physical memory cards.")
    assert "back" not in _triggers("The Bishop said there was a lack of evidence to back up its claims.")
    assert "backing" not in _triggers("It featured backing singers Pepsi and Shirlie.")
    assert "called" not in _triggers("The technology was developed by a firm called Swarm Systems.")
    # gunfire, an ally backed, a call on someone stay events
    assert "shot" in _triggers("Police said the gunman was shot dead during the filming of a documentary.")
    assert "backed" in _triggers("The US backed up its ally Israel.")
    assert "called" in _triggers("The group called on Sony to explain.")


def test_discs_burned_servers_shut_down_and_formats_supported_are_no_events() -> None:
    assert "burned" not in _triggers("Those copies could then be burned onto a blank DVD.")
    assert "Shutting down" not in _triggers("Shutting down this central server usually stops the virus spreading.")
    assert "support" not in _triggers("Sony said its players will support the Blu-ray format.")
    # a village burned, a newspaper shut down, an ally supported stay events
    assert "burned" in _triggers("Rebels burned the village.")
    assert "shut down" in _triggers("Police shut down the newspaper.")
    assert "support" in _triggers("The US will support Israel.")


def test_an_office_before_a_comma_acts_unless_its_holder_is_named_there() -> None:
    text = _UK + "The chancellor, during the election poster launch, once again refused to deny the claim."
    agent, _, _, _ = _roles(text, "refused")
    assert agent == ["group/GB-GOV"]


def test_money_put_into_a_business_jobs_provided_and_a_currency_supported_are_no_events() -> None:
    assert "invested" not in _triggers("BMW had invested some £280m in Mini production.")
    assert "invested" not in _triggers("Anheuser-Busch and Heineken have all invested in the Chinese beer industry.")
    assert "providing" not in _triggers("Tourism is vital to many developing countries, providing jobs for 19 million people.")
    text = "The Bush administration's apparent unwillingness to intervene to support the dollar has caused concern."
    assert "support" not in _triggers(text)
    # investment in a country, weapons provided, an investigation stay events
    assert "invested" in _triggers("China has invested heavily in Russia.")
    assert "investigation" in _triggers("Mr Spitzer's investigation of the US insurance industry looked at rigged bids.")
    assert "providing" in _triggers("The US is providing weapons to Israel.")


def test_violence_in_a_video_game_is_play() -> None:
    text = ("The games console market is booming and gamers want new titles. Sony's PlayStation and Microsoft's Xbox "
            "sell games, consoles and downloads. A futuristic shooter lets you play deathmatch modes or run through "
            "scenarios that involve killing aliens invading Earth.")
    assert "killing" not in _triggers(text)
    # a killing in a document about games that names real harm stays an attack
    text2 = ("The games console market is booming and gamers want new titles. Sony's PlayStation and Microsoft's Xbox "
             "sell games, consoles and downloads. Police said a gamer was killing his neighbour when officers arrived.")
    assert "killing" in _triggers(text2)


def test_a_name_with_a_word_of_games_is_no_game() -> None:
    text = ("The rapper's album sold a million copies and his single topped the chart, his label said, as fans "
            "bought the album, the single and the DVD. 50 Cent has thrown protege The Game out of his gang in "
            "a feud that has apparently involved two shootings.")
    assert "shootings" in _triggers(text)


def test_mends_after_the_blind_draw() -> None:
    # ministers whose governments the sentence names are not the document's government
    text = _UK + "Ministers from European and Asian governments have called on the US to strengthen the dollar."
    agent, _, _, _ = _roles(text, "called")
    assert agent != ["group/GB-GOV"]


def test_mends_after_the_blind_draw_pro_government() -> None:
    # "pro-government" is no government
    text = _UK + "Protesters set alight copies of the newspaper, alleging it was pro-government."
    _, target, _, _ = _roles(text, "alleging")
    assert target == []


def test_mends_after_the_blind_draw_elided_subject() -> None:
    # a speaker with no subject after the verb of saying is the passive's subject
    text = ("Reliance chairman Mukesh Ambani called a board meeting. His brother Anil, the vice-chairman, said had "
            "not been consulted and that the buy-back was completely inappropriate and unnecessary.")
    _, target, _, _ = _roles(text, "consulted")
    assert len(target) == 1 and target[0].startswith("person/anil")
    # ... but not a speaker inside a relative clause
    text = "The town has been held since 1994 by Kurdish rebels who Baghdad says are backed by Iran."
    _, target, _, _ = _roles(text, "backed")
    assert "country/IQ" not in target
