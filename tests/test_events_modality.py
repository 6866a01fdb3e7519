"""Negated, planned and hypothetical events are marked, denials are not accusations."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from kg.events import extract
from kg.model import ASSERTED, HYPOTHETICAL, NEGATED, PLANNED

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import make_doc  # noqa: E402

D = dt.date(2024, 7, 12)
RU = ("روسيا", "LOC", "Country", "country/RU", False)
UA = ("أوكرانيا", "LOC", "Country", "country/UA", False)


def modes(text: str, lang: str = "ar", names: list | None = None) -> list[tuple[str, str]]:
    doc = extract(make_doc(text, names or [RU, UA], lang=lang, date=D))
    return [(e.category, e.modality) for e in doc.events]


def test_negation_arabic() -> None:
    assert modes("لم تهاجم روسيا أوكرانيا.") == [("ASSAULT", NEGATED)]
    assert modes("هاجمت روسيا أوكرانيا.") == [("ASSAULT", ASSERTED)]


def test_condition_is_hypothetical() -> None:
    assert ("ASSAULT", HYPOTHETICAL) in modes("ستدافع روسيا إذا هاجمت أوكرانيا حدودها.")


def test_future_attack_is_a_threat_and_future_visit_an_agreement() -> None:
    # PLOVER: a stated intention to act is THREATEN (coercive) or AGREE (cooperative)
    assert modes("ستهاجم روسيا أوكرانيا.") == [("THREATEN", ASSERTED)]
    assert modes("سيزور وفد من روسيا أوكرانيا.") == [("AGREE", ASSERTED)]


def test_denial_is_reject_and_what_it_denies_is_negated() -> None:
    got = modes("ونفت روسيا أنها هاجمت أوكرانيا.")
    assert ("REJECT", ASSERTED) in got
    assert ("ASSAULT", NEGATED) in got
    assert not any(c == "ACCUSE" for c, _ in got)


def test_english_negation_and_plans() -> None:
    names = [
        ("Russia", "LOC", "Country", "country/RU", False),
        ("Ukraine", "LOC", "Country", "country/UA", False),
    ]
    assert modes("Russia did not attack Ukraine.", "en", names) == [("ASSAULT", NEGATED)]
    assert modes("Russia will meet Ukraine next week.", "en", names) == [("AGREE", ASSERTED)]
    got = modes("Russia accused Ukraine of attacking its border.", "en", names)
    assert ("ACCUSE", ASSERTED) in got and ("ASSAULT", ASSERTED) not in got


def test_purpose_masdar_is_not_an_act() -> None:
    got = modes("جاءت روسيا لمساعدة أوكرانيا.")
    assert ("AID", PLANNED) in got
    assert ("AID", ASSERTED) not in got and ("AGREE", ASSERTED) not in got
    # but what befalls someone is real: "تعرضت ... لهجوم"
    assert ("ASSAULT", ASSERTED) in modes("تعرضت أوكرانيا لهجوم روسي أمس.")


def test_intent_verbs_give_way_to_what_is_intended() -> None:
    names = [
        ("Obama", "PER", None, "person/barack-obama", False),
        ("Switzerland", "LOC", "Country", "country/CH", False),
    ]
    assert modes("Obama wants to attack Switzerland.", "en", names) == [("THREATEN", ASSERTED)]
    names = [("rebels", "ORG", None, "org/rebels", False), ("Russian", "LOC", "Country", "country/RU", True)]
    assert ("ASSAULT", ASSERTED) in modes("Afghan rebels have kidnapped 16 Russian advisers.", "en", names)


def test_an_english_event_noun_before_a_modal_is_not_asserted() -> None:
    assert modes("More bombings will take place, the police said.", lang="en") == [("ASSAULT", PLANNED)]
    assert modes("A bombing could take place at any time.", lang="en") == [("ASSAULT", HYPOTHETICAL)]
    assert modes("A bombing took place at noon.", lang="en") == [("ASSAULT", ASSERTED)]


def test_a_passive_under_would_is_no_stated_intention() -> None:
    # PLOVER turns an actor's stated intention to coerce into THREATEN; a passive plan states none
    got = modes("Migrants would be detained under the plan.", lang="en")
    assert got == [("COERCE", PLANNED)]
