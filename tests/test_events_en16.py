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
