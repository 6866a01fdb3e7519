"""Agents, targets, places and reporters from the rule grammar, in Arabic and English."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from kg.events import extract
from kg.model import Document, Event

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import make_doc  # noqa: E402

D = dt.date(2024, 7, 12)
RU = ("روسيا", "LOC", "Country", "country/RU", False)
UA = ("أوكرانيا", "LOC", "Country", "country/UA", False)
IL = ("إسرائيل", "LOC", "Country", "country/IL", False)
GAZA = ("غزة", "LOC", "City", "city/281133", False)
AGENCY = ("وكالة رويترز", "ORG", None, "org/reuters", False)


def only(doc: Document, category: str) -> Event:
    evs = [e for e in doc.events if e.category == category]
    assert len(evs) == 1, [(e.category, e.trigger.text) for e in doc.events]
    return evs[0]


def test_verb_subject_object_arabic() -> None:
    doc = extract(make_doc("قصفت روسيا أوكرانيا أمس.", [RU, UA], date=D))
    ev = only(doc, "ASSAULT")
    assert (ev.agent, ev.target, ev.date) == (["country/RU"], ["country/UA"], dt.date(2024, 7, 11))


def test_subject_before_verb_after_that_and_reporter() -> None:
    doc = extract(make_doc("ذكرت وكالة رويترز أن إسرائيل قصفت غزة.", [AGENCY, IL, GAZA], date=D))
    ev = only(doc, "ASSAULT")
    assert ev.agent == ["country/IL"]
    assert ev.target == ["city/281133"]
    assert ev.reported_by == ["org/reuters"]


def test_preposition_target_and_place() -> None:
    doc = extract(make_doc("شنت إسرائيل غارات على غزة.", [IL, GAZA], date=D))
    ev = only(doc, "ASSAULT")
    assert ev.agent == ["country/IL"] and ev.target == ["city/281133"]
    doc = extract(make_doc("هاجمت روسيا أهدافا في أوكرانيا.", [RU, UA], date=D))
    ev = only(doc, "ASSAULT")
    assert ev.agent == ["country/RU"] and ev.place == ["country/UA"]


def test_conjoined_agents_and_nominal_agent() -> None:
    doc = extract(make_doc("ويأتي ذلك بعد توقيع روسيا وأوكرانيا على اتفاقية.", [RU, UA], date=D))
    ev = only(doc, "AGREE")
    assert set(ev.agent) == {"country/RU", "country/UA"}


def test_pro_drop_subject_inherits_previous_agent() -> None:
    doc = extract(make_doc("استقبلت روسيا وفدا من أوكرانيا. ثم اتهمت الوفد بالكذب.", [RU, UA], date=D))
    acc = only(doc, "ACCUSE")
    assert acc.agent == ["country/RU"]


def test_english_subject_object_and_passive() -> None:
    people = [
        ("Russia", "LOC", "Country", "country/RU", False),
        ("Ukraine", "LOC", "Country", "country/UA", False),
    ]
    doc = extract(make_doc("Russia attacked Ukraine on Thursday.", people, lang="en", date=D))
    ev = only(doc, "ASSAULT")
    assert (ev.agent, ev.target, ev.date) == (["country/RU"], ["country/UA"], dt.date(2024, 7, 11))
    doc = extract(make_doc("Ukraine was attacked by Russia.", people, lang="en", date=D))
    ev = only(doc, "ASSAULT")
    assert (ev.agent, ev.target) == (["country/RU"], ["country/UA"])


def test_english_reporter_is_not_the_agent() -> None:
    names = [
        ("Reuters", "ORG", None, "org/reuters", False),
        ("Israel", "LOC", "Country", "country/IL", False),
        ("Gaza", "LOC", "City", "city/281133", False),
    ]
    doc = extract(make_doc("Israel shelled Gaza overnight, Reuters said.", names, lang="en", date=D))
    ev = only(doc, "ASSAULT")
    assert ev.agent == ["country/IL"] and ev.reported_by == ["org/reuters"]


def test_conjunction_inside_a_mention_still_joins() -> None:
    # some extractors keep the "و" in the mention: "وأوكرانيا"
    doc = make_doc("ويأتي ذلك بعد توقيع روسيا وأوكرانيا على اتفاقية.", [RU], date=D)
    start = doc.text.index("وأوكرانيا")
    from kg.model import Entity, Mention

    doc.mentions.append(
        Mention(
            start, start + len("وأوكرانيا"), "وأوكرانيا", label="LOC", kind="Country", entity="country/UA"
        )
    )
    doc.entities["country/UA"] = Entity(key="country/UA", type="Country")
    ev = only(extract(doc), "AGREE")
    assert set(ev.agent) == {"country/RU", "country/UA"}
