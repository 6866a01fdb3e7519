"""An English report of the seed's story: the same events and relations come out."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from kg.events import extract
from kg.model import Document, Event

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import make_doc  # noqa: E402

TEXT = (
    "North Korean leader Kim Jong Un hosted a Russian delegation led by Deputy Defence Minister "
    "Alexei Krivoruchko in Pyongyang on Thursday, KCNA reported. "
    "Kim expressed support for Russia's war in Ukraine. "
    "Russia and North Korea signed a defence pact a month ago. "
    "The United States and South Korea have accused North Korea of supplying weapons to Russia. "
    "Both countries denied the accusations."
)
NAMES = [
    ("North Korean", "LOC", "Country", "country/KP", True),
    ("North Korea", "LOC", "Country", "country/KP", False),
    ("Kim Jong Un", "PER", None, "person/kim-jong-un", False),
    ("Kim", "PER", None, "person/kim-jong-un", False),
    ("Russian", "LOC", "Country", "country/RU", True),
    ("Russia", "LOC", "Country", "country/RU", False),
    ("Alexei Krivoruchko", "PER", None, "person/alexei-krivoruchko", False),
    ("Pyongyang", "LOC", "City", "city/1871859", False),
    ("KCNA", "ORG", None, "org/kcna", False),
    ("Ukraine", "LOC", "Country", "country/UA", False),
    ("United States", "LOC", "Country", "country/US", False),
    ("South Korea", "LOC", "Country", "country/KR", False),
]


@pytest.fixture(scope="module")
def doc() -> Document:
    return extract(make_doc(TEXT, NAMES, lang="en", date=dt.date(2024, 7, 12)))


def one(doc: Document, category: str, word: str) -> Event:
    hits = [e for e in doc.events if e.category == category and word in e.trigger.text]
    assert hits, [(e.category, e.trigger.text) for e in doc.events]
    return hits[0]


def test_hosting(doc: Document) -> None:
    ev = one(doc, "CONSULT", "hosted")
    assert ev.agent == ["person/kim-jong-un"]
    assert "person/alexei-krivoruchko" in ev.target + ev.participant
    assert ev.place == ["city/1871859"]
    assert ev.date == dt.date(2024, 7, 11)
    assert ev.reported_by == ["org/kcna"]


def test_support_agreement_accusation_denial(doc: Document) -> None:
    assert one(doc, "SUPPORT", "expressed").agent == ["person/kim-jong-un"]
    agree = one(doc, "AGREE", "signed")
    assert set(agree.agent) == {"country/RU", "country/KP"} and agree.date == dt.date(2024, 6, 12)
    acc = one(doc, "ACCUSE", "accused")
    assert set(acc.agent) == {"country/US", "country/KR"} and acc.target == ["country/KP"]
    rej = one(doc, "REJECT", "denied")
    assert set(rej.agent) == {"country/KP", "country/RU"}
    assert not any(e.category == "AID" and e.modality == "asserted" for e in doc.events)


def test_relations(doc: Document) -> None:
    rels = {(r.subject, r.predicate, r.object) for r in doc.relations}
    assert ("person/kim-jong-un", "leaderOf", "country/KP") in rels
    assert any(
        r.subject == "person/alexei-krivoruchko"
        and r.predicate == "position"
        and r.object == "Deputy Defence Minister"
        for r in doc.relations
    )
