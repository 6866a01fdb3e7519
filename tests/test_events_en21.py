"""English events on real news: the CONCEDE, COOPERATE, CONSULT, SUPPORT and RETREAT wordings kg
missed or misread (twenty-first session).

Found by reading kg's events on BBC politics, business, tech and entertainment articles and Reuters
stories (BENCHMARKS.md, "English events on BBC and Reuters news: resignations, pardons, co-operation,
talks, labour strikes, read and judged blind"); each test puts the defect next to the reading that
must stay.
"""
from __future__ import annotations

from kg.events.lexicon import get_lexicon
from kg.model import Document
from kg.pipeline import process


def _events(text: str) -> list[tuple[str, str, list[str], list[str], str]]:
    doc = process(Document(id="t", text=text, lang="en"))
    return [(e.category, e.trigger.text, e.agent, e.target, e.modality) for e in doc.events]


def test_british_hyphenated_spellings_of_cooperation() -> None:
    assert _events("Iran has co-operated with Russia.") == [
        ("COOPERATE", "co-operated", ["country/IR"], ["country/RU"], "asserted")
    ]
    assert _events("Iran has cooperated with Russia.") == [
        ("COOPERATE", "cooperated", ["country/IR"], ["country/RU"], "asserted")
    ]
    (ev,) = _events("Citigroup said it would continue to co-operate fully with the authorities.")
    assert ev[:3] == ("COOPERATE", "co-operate", ["org/citigroup"])
    # as the context word of another entry; the bare noun names no one ("guilty pleas and
    # co-operation", "received no co-operation from Botha"): no event of its own
    assert _events("He offered lighter sentences for guilty pleas and co-operation.") == []
    assert ("SANCTION", "suspended") in [e[:2] for e in _events("Iran suspended co-operation with Russia.")]


def test_a_hyphenated_verb_inflects_its_last_word() -> None:
    lex = get_lexicon("en")
    rests = {f.entry.rest for f in lex.own["co"] if f.entry.plover == "COOPERATE" and f.entry.kind == "v"}
    assert {("-", "operate"), ("-", "operated"), ("-", "operating"), ("-", "ordinate")} <= rests


def test_an_announced_or_tendered_resignation_is_a_concession() -> None:
    assert _events("Dick Morris announced his resignation on Thursday.")[0][:3] == (
        "CONCEDE", "announced", ["person/dick-morris"]
    )
    assert _events("Dick Morris tendered his resignation.")[0][:2] == ("CONCEDE", "tendered")
    # demanded, the resignation is what is requested
    assert [e[0] for e in _events("The union demanded the resignation of the manager.")] == ["REQUEST"]


def test_a_pardon_given_is_a_concession() -> None:
    ev = _events("King Norodom Sihanouk on Friday gave a royal pardon to an opposition newspaper editor.")
    assert ev[0][:3] == ("CONCEDE", "gave", ["person/norodom-sihanouk"])
    assert _events("The king gave a speech to parliament.") == []


def test_hosting_a_news_conference_is_no_meeting() -> None:
    assert _events("Mr Howard will host a news conference at the party's London HQ every morning.") == []
    assert _events("Kim Jong Un hosted the Russian delegation in Pyongyang.")[0][:3] == (
        "CONSULT", "hosted", ["person/kim-jong-un"]
    )


def test_a_context_word_does_not_match_a_word_it_only_begins() -> None:
    # "release ... plan" is no event; a plane is no plan
    (ev,) = _events("The hijackers released 140 people on Tuesday from a Sudan Airways plane.")
    assert ev[:2] == ("RETREAT", "released")
    assert _events("The ministry released a plan to cut waste.") == []
    assert _events("The ministry released its plans on Monday.") == []


def test_who_is_in_talks_holds_them() -> None:
    assert _events("Iran is in talks with the EU.") == [
        ("CONSULT", "talks", ["country/IR"], ["org/european-union"], "asserted")
    ]
    assert _events("Volkswagen has been in negotiations with Siemens over the plant.")[0][2:4] == (
        ["org/volkswagen"], ["org/siemens"]
    )
    assert _events("Russia is still in talks with Ukraine.")[0][2] == ["country/RU"]
    # only auxiliaries stand between the subject and "is": a city tagged inside a firm's name is none
    (ev,) = _events("Small state-owned carmaker Nanjing Auto is in negotiations with Rover and SAIC.")
    assert ev[0] == "CONSULT" and ev[2] == []


def test_what_a_law_or_an_outcome_allows_is_no_concession() -> None:
    assert _events("Beijing issued rules allowing foreign investment in television companies.") == []
    assert _events("Parmalat could expand overseas, allowing it to become a darling of the stock exchange.") == []
    # someone allowing, named before "by" / "for" or as the subject, concedes
    assert _events("Ukraine offended China by allowing a Taiwanese minister to appear on a platform.")[0][:3] == (
        "CONCEDE", "allowing", ["country/UA"]
    )
    assert _events("Israel is allowing Palestinian workers into the country.")[0][:3] == (
        "CONCEDE", "allowing", ["country/IL"]
    )


def test_a_dictionary_pattern_with_an_undefined_synset_is_dropped() -> None:
    from kg.events.build_lexicon import _pattern_words

    # PETRARCH2's "START * &FIGHT_GAMES IN +": the synset is defined nowhere in CAMEO.2.0.txt
    assert _pattern_words(" &FIGHT_GAMES IN +", {}) is None
    assert _pattern_words(" &ARMS IN +", {"&ARMS": ["GUN", "RIFLE"]}) == ["GUN|RIFLE", "IN"]
    lex = get_lexicon("en")
    assert not [f for f in lex.dict["started"] if f.entry.plover == "COOPERATE"]
    assert not [f for f in lex.dict["injured"] if f.entry.plover == "PROTEST"]


def test_hosting_websites_and_quitting_a_show_are_no_events() -> None:
    assert _events("Criminals use bot nets to host websites that look like those of banks.") == []
    assert _events("Singer Brian Harvey quit the show following a blazing row with Janet Street-Porter.") == []
    ev = _events("Veritas was formed by Mr Kilroy-Silk after he quit UKIP following an unsuccessful bid.")
    assert ("CONCEDE", "quit") in [e[:2] for e in ev]


def test_a_nationality_stands_for_its_noun_before_is_in_talks() -> None:
    (ev, _) = _events("The Australian government is in talks about whether to allow Singapore Airlines to fly.")
    assert ev[:3] == ("CONSULT", "talks", ["group/AU-GOV"])


def test_sentences_commuted_concessions_made_and_power_handed_over_are_concessions() -> None:
    assert [e[:2] for e in _events("The president commuted the death sentences of 20 prisoners.")] == [
        ("CONCEDE", "commuted")
    ]
    assert [e[:2] for e in _events("The government made concessions to the unions.")] == [("CONCEDE", "made")]
    assert [e[:2] for e in _events("The military junta handed power to a civilian government.")] == [
        ("CONCEDE", "handed power")
    ]
    assert _events("The commuter train made a stop.") == []


def test_a_strike_launched_by_workers_is_a_protest() -> None:
    assert [e[:2] for e in _events("The pilots' union launched a 24-hour strike.")] == [("PROTEST", "launched")]
    assert [e[:2] for e in _events("Workers launched a strike on Monday over pay.")] == [("PROTEST", "launched")]
    # armed strikes stay attacks
    assert _events("Israel launched an air strike on Gaza.")[0][:2] == ("ASSAULT", "launched")
    ev = _events("The army launched a strike against rebels who had attacked workers.")
    assert ev[0][:2] == ("ASSAULT", "launched")


def test_an_economy_or_data_speeds_supported_are_no_endorsement() -> None:
    assert _events("Kubo was asked if a supplementary budget was needed to support the economy.") == []
    assert _events("ADSL technology lets ordinary copper phone lines support high data speeds.") == []
    assert _events("Labour MPs support the prime minister's position on Iraq.")[0][:2] == ("SUPPORT", "support")


def test_a_participle_after_a_determiner_and_an_adverb_is_an_adjective() -> None:
    assert _events("The recently released prisoners returned home.") == []
    assert ("COERCE", "frozen") not in [e[:2] for e in _events("The previously frozen assets were invested abroad.")]
    # a relative clause's verb stays one
    assert _events("The rebel group that recently released two hostages said it would talk.")[0][:2] == (
        "RETREAT", "released"
    )
    # words in -ly that are no adverbs
    ev = _events("The assembly passed the law and its ally attacked the rebels.")
    assert ("ASSAULT", "attacked") in [e[:2] for e in ev]


def test_the_body_a_passive_subject_is_suspended_from_suspends_it() -> None:
    assert _events("Nigeria was suspended from the Commonwealth in November.")[0][:4] == (
        "SANCTION", "suspended", ["org/commonwealth"], ["country/NG"]
    )
    assert _events("Two Russian diplomats were expelled from Britain.")[0][2:4] == (["country/GB"], ["country/RU"])


def test_negotiations_conducted_are_talks() -> None:
    assert _events("Iran conducted talks with the EU.") == [
        ("CONSULT", "conducted", ["country/IR"], ["org/european-union"], "asserted")
    ]


def test_without_negates_its_own_noun_not_the_infinitive_after_it() -> None:
    (ev,) = _events("Israel is ready at any time without preconditions to hold peace negotiations.")
    assert ev[:2] == ("CONSULT", "hold") and ev[4] != "negated"
    assert _events("He left without meeting Blair.")[0][4] == "negated"
    (ev,) = _events("It lets users follow blogs without having to visit each journal site individually.")
    assert ev[4] == "negated"
