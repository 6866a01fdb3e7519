"""English events on Reuters conflict and diplomacy news, second round (sixteenth session).

Found by reading kg's events on 280 Reuters stories of CoNLL-2003 eng.train / eng.testa that the
fifteenth session read no event of (BENCHMARKS.md, "English events on Reuters news, second
round"); each test puts the defect next to the event sense of the same words.
"""
from __future__ import annotations

from kg.model import Document
from kg.pipeline import process


def _events(text: str) -> set[tuple[str, str]]:
    doc = process(Document(id="t", text=text, lang="en"))
    return {(e.category, e.trigger.text) for e in doc.events}


def _categories(text: str) -> set[str]:
    return {c for c, _ in _events(text)}


def test_said_no_before_a_noun_reports_that_there_is_none() -> None:
    assert "REJECT" not in _categories("He said no date had been fixed yet for the start of the trial .")
    assert "REJECT" not in _categories("A spokesman said no direct link had yet been established .")
    # a refusal stays one
    assert ("REJECT", "said no") in _events("The minister said no to the plan .")
    assert ("REJECT", "said no") in _events("Greece said no , and the talks collapsed .")


def test_a_squad_called_up_is_no_mobilisation() -> None:
    assert "MOBILIZE" not in _categories(
        "Coach Berti Vogts has called up a virtually identical squad for next week 's friendly against Poland ."
    )
    assert "MOBILIZE" not in _categories("Portugal 's new coach Artur Jorge called up six players from Porto .")
    assert ("MOBILIZE", "called up") in _events("Russia called up 10,000 reservists .")


def test_a_journey_by_air_is_no_mobilisation_or_aid() -> None:
    assert "MOBILIZE" not in _categories("Lebed , who flew into Chechnya earlier in the day , said he hoped for peace .")
    assert "AID" not in _categories("Chamorro has repeatedly flown to Washington for treatment by her doctor .")
    # what is flown comes before the preposition
    assert ("MOBILIZE", "flew") in _events("Russia flew troops into Chechnya .")
    assert ("AID", "flew") in _events("The UN flew relief supplies to the refugees .")


def test_a_complaint_of_pain_accuses_no_one() -> None:
    assert "ACCUSE" not in _categories("Chamorro has complained of lower back pain since her trip to Taiwan .")
    assert ("ACCUSE", "complained") in _events("Israeli Arabs have long complained of state discrimination .")


def test_a_published_text_or_survey_is_no_release() -> None:
    assert "RETREAT" not in _categories(
        "The BOJ released the August tankan , its quarterly short-term corporate survey , in the morning ."
    )
    assert "RETREAT" not in _categories("A resolution released by the council called for halting contacts .")
    assert "RETREAT" not in _categories(
        "Also on Friday , France 's industrial output for December was released , showing 0.7 % growth ."
    )
    assert "RETREAT" not in _categories("The treatment may help many patients , the medical centre said in a release .")
    # people set free stay released, beside a text too
    assert ("RETREAT", "released") in _events("Israel released 200 Palestinian prisoners on Friday .")
    assert ("RETREAT", "released") in _events("Israel released 200 Palestinian prisoners under the resolution .")
    assert ("RETREAT", "release") in _events("The release of the prisoners was announced in a letter .")


def _roles(text: str, trigger: str) -> tuple[list[str], list[str]]:
    doc = process(Document(id="t", text=text, lang="en"))
    e = next(e for e in doc.events if e.trigger.text == trigger)
    short = lambda keys: [k.rsplit("/", 1)[-1] for k in keys]  # noqa: E731
    return short(e.agent), short(e.target)


def test_a_passive_with_an_irregular_participle_names_its_target() -> None:
    # "was found guilty", "were shot dead": the subject undergoes it, as with "was convicted"
    agent, target = _roles("South African apartheid killer Eugene de Kock was found guilty of murder on Tuesday .", "found")
    assert agent == [] and target == ["eugene-de-kock"]
    agent, target = _roles("The armed militants were shot dead in Nahar village , Liberte newspaper said .", "shot")
    assert agent == [] and target
    # an infinitive after "is" is no passive, and the active verb keeps its subject
    agent, target = _roles("Dublin 's research laboratory , Media Labs Europe , is to shut down .", "shut down")
    assert agent == ["media-labs-europe"] and target == []
    agent, _ = _roles("Gunmen shot dead two policemen in Algiers on Monday .", "shot")
    assert agent


def test_a_second_verb_after_an_object_shares_the_first_verbs_subject() -> None:
    agent, target = _roles("Belgian police have visited Bratislava and will visit Prague .", "visit")
    assert "SK" not in agent and target == ["CZ"]
    # a new subject after "and" still acts
    agent, _ = _roles("Belgian police visited Bratislava and Slovakia will visit Prague .", "visit")
    assert agent == ["SK"]


def test_an_attack_with_a_bottle_or_by_a_dog_is_no_criticism() -> None:
    assert ("ASSAULT", "attacked") in _events("The dog attacked Louis Booy in the front garden of his house .")
    assert ("ASSAULT", "attacked") in _events(
        "Brunswijk said he had merely defended himself when Pinas attacked him with a bottle ."
    )
    assert ("ACCUSE", "attacked") in _events("Algeria attacked Britain on Wednesday for allowing Islamist groups to meet .")


def test_a_train_slamming_or_a_player_charging_accuses_no_one() -> None:
    assert "ACCUSE" not in _categories(
        "At least three people were injured when an Amtrak passenger train slammed into an empty logging truck ."
    )
    assert "ACCUSE" not in _categories("Thomas Muster of Austria also charged into the second round with a romp .")
    assert ("ACCUSE", "slammed") in _events("But Israel slammed Damascus for creating a dangerous atmosphere .")
    assert ("ACCUSE", "charged") in _events("Police charged Brunswijk with attempted murder .")


def test_charged_with_right_after_the_verb_names_the_charged() -> None:
    agent, target = _roles(
        "Former Surinamese rebel leader Ronny Brunswijk was in custody on Wednesday charged with attempted murder .",
        "charged",
    )
    assert agent == [] and target == ["ronny-brunswijk"]


def test_going_home_returns_nothing() -> None:
    assert "RETREAT" not in _categories(
        "The two girls were reported missing after failing to return home from a shopping trip to the eastern town of Liege ."
    )
    assert ("RETREAT", "returned") in _events("Israel returned the town of Hebron to the Palestinians .")


def _place(text: str, trigger: str) -> tuple[list[str], list[str]]:
    doc = process(Document(id="t", text=text, lang="en"))
    e = next(e for e in doc.events if e.trigger.text == trigger)
    short = lambda keys: [k.rsplit("/", 1)[-1] for k in keys]  # noqa: E731
    return short(e.target), short(e.place)


def test_a_name_before_a_place_noun_is_where_it_happened() -> None:
    target, place = _place("A policeman has been shot dead in Serbia 's troubled Kosovo province , police said .", "shot")
    assert "XK" not in target and "XK" in place
    target, place = _place("Popov was in a serious condition after being stabbed on a Moscow street .", "stabbed")
    assert target == [] and place == ["524901"]
    # with no preposition the province is still what is attacked
    target, _ = _place("Serb forces attacked Kosovo province .", "attacked")
    assert target == ["XK"]


def _modality(text: str, trigger: str) -> tuple[str, str]:
    doc = process(Document(id="t", text=text, lang="en"))
    e = next(e for e in doc.events if e.trigger.text == trigger)
    return e.category, e.modality


def test_a_negated_intention_is_no_stated_intention() -> None:
    assert _modality("Iran does not want to meet US officials .", "meet") == ("AGREE", "negated")
    assert _modality("Iran said it was not willing to sign the treaty .", "sign") == ("AGREE", "negated")
    assert _modality("Iran wants to meet US officials .", "meet") == ("AGREE", "asserted")


def test_a_feared_event_has_not_taken_place() -> None:
    assert _modality("The franc fell on fears of industrial unrest .", "unrest") == ("PROTEST", "hypothetical")
    assert _modality("Ischinger said the threat of a major assault on Grozny was lifted .", "assault")[1] == "hypothetical"
    assert _modality("Residents fled after a new attack by the rebels .", "attack") == ("ASSAULT", "asserted")


def test_a_headline_participle_is_passive() -> None:
    agent, target = _roles("Defiant U.S. neo-Nazi jailed by German court .", "jailed")
    assert agent == ["DE"]
    agent, _ = _roles("Russian judge stabbed to death over $ 7 fine .", "stabbed")
    assert agent == []
    # a headline's present tense acts
    agent, _ = _roles("Peru 's guerrillas kill one , take 8 hostage in jungle .", "kill")
    assert agent
    # a first sentence whose verb is its own acts
    agent, target = _roles("Coalition Against Domestic Violence called for the church to support victims .", "called")
    assert agent == ["coalition-against-domestic-violence"]


def test_the_chief_accused_is_a_defendant() -> None:
    assert "ACCUSE" not in _categories("The court heard that the chief accused had bribed officials .")
    assert "ACCUSE" not in _categories("Police said the accused men were armed .")
    assert ("ACCUSE", "accused") in _events("The Tories accused the government of lying .")
    assert ("ACCUSE", "accused") in _events("It was the government the Tories accused of lying .")


def test_a_flight_made_is_a_trip_not_an_intention() -> None:
    assert ("CONSULT", "flew") in _events("Kornblum flew to the Croatian capital Zagreb on Monday .")
    assert ("AGREE", "fly") in _events("Kornblum will fly to Zagreb on Monday .")


def test_no_before_a_noun_does_not_negate_the_next_verb() -> None:
    assert _modality("Popov said he was in no danger and promised he would be back in the pool shortly .", "promised") == (
        "AGREE", "asserted"
    )
    assert _modality("There was no fighting in Grozny .", "fighting")[1] == "negated"


def test_a_new_clause_after_comma_and_is_no_part_of_the_accusation() -> None:
    text = "Tehran asked Ankara to withdraw four Turkish diplomats accused of spying , and Turkey expelled four Iranian diplomats ."
    assert _modality(text, "expelled") == ("SANCTION", "asserted")
    assert _modality("Israel accused Syria of arming the rebels , and of attacking its soldiers .", "attacking")[1] == (
        "hypothetical"
    )


def test_a_need_met_is_no_meeting() -> None:
    assert "CONSULT" not in _categories(
        "The company said the increase reflected extensions to the network to meet economic growth in its area ."
    )
    assert "CONSULT" not in _categories("Carers need more money to make ends meet .")
    assert "CONSULT" not in _categories("Noise targets for a third runway can be met .")
    assert ("CONSULT", "met") in _events("Lebed met Russian Prime Minister Viktor Chernomyrdin on Monday .")
    assert ("CONSULT", "meet") in _events("EU finance ministers meet on Thursday to discuss proposals .")
    assert ("CONSULT", "met") in _events("Obama met Putin to discuss the challenge of climate change .")


def test_a_rally_of_a_share_price_is_no_protest() -> None:
    assert "PROTEST" not in _categories("But the rally was short-lived and Stork ended just 0.20 up at 51.00 guilders .")
    assert "PROTEST" in _categories("Thousands of workers held a rally in Belgrade after wages fell 20 percent .")


def test_a_judgement_word_inside_a_compound_judges_no_one() -> None:
    assert "ACCUSE" not in _categories(
        "The RMT spokesman said that near the eastern city of Turnhout , a group of boy scouts camping in a "
        "low-lying meadow had to be evacuated as water flooded their tents ."
    )
    assert ("ACCUSE", "lying") in _events("Labour said the Tories were lying about taxes .")


def test_a_passive_whose_subject_is_no_one_did_not_happen() -> None:
    assert _modality("No customers have yet been taken to court for refusing to pay these bills .", "taken to court")[1] == (
        "negated"
    )
    assert _modality("Police said no protesters were arrested on Monday .", "arrested") == ("COERCE", "negated")
    assert _modality("Police said two protesters were arrested on Monday .", "arrested") == ("COERCE", "asserted")


def test_a_second_predicate_of_the_speaker_is_not_what_was_said() -> None:
    text = "Buyoya on Saturday dismissed its threat of an arms embargo against Burundi and flatly ruled out talks with Hutu rebels ."
    assert _modality(text, "ruled out") == ("REJECT", "asserted")
    assert _roles(text, "ruled out")[0] == ["buyoya"] or _roles(text, "ruled out")[0]
    assert _modality("Israel denied the report and said it attacked the village .", "attacked")[1] == "asserted"
    # inside the complement the denial still holds, and participles share their auxiliary
    assert _modality("Israel denied that its troops attacked and killed the villagers .", "killed")[1] == "negated"
    text = '"If she is found guilty she should be stripped of all her medals and banned for two years," said Pound.'
    assert _modality(text, "banned")[1] == "hypothetical"


def test_a_disease_kills_with_no_attacker() -> None:
    assert "ASSAULT" not in _categories(
        "Romania suffered an epidemic of bacterial meningitis which has killed some 15,000 people in Africa this year ."
    )


def test_deciding_to_act_against_someone_refuses_nothing() -> None:
    assert "REJECT" not in _categories("The U.S. and allies decided to protect Iraqi Kurds against Baghdad .")
    assert "REJECT" not in _categories("Australia won the toss and decided to bat against Zimbabwe .")


def test_after_the_blind_draw_say_no_reason_promising_and_a_critics_claim() -> None:
    # found in the sixteenth session's blind draw (so no longer blind)
    assert ("REJECT", "say no") in _events("Dutch say no reason to reopen El Al cargo enquiry .")
    assert "AGREE" not in _categories("Pires , one of the most promising strikers in the country , was called up by Aime Jacquet .")
    text = "Arafat condemned Israel 's settlement policy and said Prime Minister Benjamin Netanyahu was preparing for war with Arabs ."
    assert _modality(text, "preparing")[1] == "hypothetical"
