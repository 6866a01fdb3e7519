"""leaderOf, position, country, memberOf and locatedIn from titles, appositions and locatives."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.events import extract

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import make_doc  # noqa: E402

RU_ADJ = ("الروسي", "LOC", "Country", "country/RU", True)
PUTIN = ("فلاديمير بوتين", "PER", None, "person/vladimir-putin", False)
LAVROV = ("سيرغي لافروف", "PER", None, "person/sergey-lavrov", False)


def rels(text: str, names: list, lang: str = "ar") -> set[tuple[str, str, str, str | None]]:
    doc = extract(make_doc(text, names, lang=lang))
    for r in doc.relations:
        assert r.evidence is not None and doc.text[r.evidence.start : r.evidence.end] == r.evidence.text
        assert 0 < r.confidence <= 1
    return {(r.subject, r.predicate, r.object, r.attrs.get("of")) for r in doc.relations}


def test_leader_with_nationality_adjective() -> None:
    got = rels("قال الرئيس الروسي فلاديمير بوتين إن", [RU_ADJ, PUTIN])
    assert ("person/vladimir-putin", "leaderOf", "country/RU", None) in got
    assert ("person/vladimir-putin", "country", "country/RU", None) in got


def test_minister_is_a_position_not_a_leader() -> None:
    got = rels("وقال وزير الخارجية الروسي، سيرغي لافروف، إن", [RU_ADJ, LAVROV])
    assert ("person/sergey-lavrov", "position", "وزير الخارجية", "country/RU") in got
    assert not any(p == "leaderOf" for _, p, _, _ in got)


def test_deputy_of_a_leader_title_is_not_leader() -> None:
    got = rels("التقى نائب الرئيس الروسي فلاديمير بوتين", [RU_ADJ, PUTIN])
    assert not any(p == "leaderOf" for _, p, _, _ in got)
    assert ("person/vladimir-putin", "position", "نائب الرئيس", "country/RU") in got


def test_english_titles() -> None:
    names = [
        ("Russian", "LOC", "Country", "country/RU", True),
        ("Vladimir Putin", "PER", None, "person/vladimir-putin", False),
        ("North Korean", "LOC", "Country", "country/KP", True),
        ("Kim Jong Un", "PER", None, "person/kim-jong-un", False),
    ]
    got = rels("Russian President Vladimir Putin met North Korean leader Kim Jong Un.", names, "en")
    assert ("person/vladimir-putin", "leaderOf", "country/RU", None) in got
    assert ("person/kim-jong-un", "leaderOf", "country/KP", None) in got


def test_member_of_and_places() -> None:
    names = [
        ("خالد مشعل", "PER", None, "person/khaled-meshaal", False),
        ("حركة حماس", "ORG", None, "org/hamas", False),
    ]
    got = rels("وقال خالد مشعل، عضو حركة حماس، إن", names)
    assert ("person/khaled-meshaal", "memberOf", "org/hamas", None) in got
    places = [
        ("ريازان", "LOC", "City", "city/500096", False),
        ("روسيا", "LOC", "Country", "country/RU", False),
    ]
    got = rels("في مدينة ريازان في روسيا", places)
    assert ("city/500096", "locatedIn", "country/RU", None) in got


def test_honorifics_and_genitives_are_not_titles() -> None:
    mbs = ("محمد بن سلمان", "PER", None, "person/mohammed-bin-salman", False)
    got = rels("استقبل ولي العهد السعودي، الأمير محمد بن سلمان الوفد", [mbs])
    assert ("person/mohammed-bin-salman", "position", "ولي العهد السعودي", None) in got
    gov = ("الحكومة", "PER", None, "person/junk", False)  # a common noun mis-tagged as a person
    assert rels("قال المتحدث باسم الحكومة إن", [gov]) == set()
    reagan = ("رونالد ريغان", "PER", None, "person/ronald-reagan", False)
    got = rels("ومدير الميزانية في عهد الرئيس الجمهوري رونالد ريغان", [reagan])
    assert not any(o == "مدير الميزانية في عهد الرئيس الجمهوري" for _, _, o, _ in got)


def test_english_places_and_membership() -> None:
    names = [
        ("Khaled Meshaal", "PER", None, "person/km", False),
        ("Hamas", "ORG", None, "org/hamas", False),
        ("Pyongyang", "LOC", "City", "city/1871859", False),
        ("North Korea", "LOC", "Country", "country/KP", False),
        ("Paris", "LOC", "City", "city/2988507", False),
        ("Brussels", "LOC", "City", "city/2800866", False),
    ]
    got = rels(
        "Khaled Meshaal, a member of the Hamas movement, visited Pyongyang, North Korea, then Brussels, Paris.",
        names,
        "en",
    )
    assert ("person/km", "memberOf", "org/hamas", None) in got
    assert ("city/1871859", "locatedIn", "country/KP", None) in got
    assert not any(p == "locatedIn" and s != "city/1871859" for s, p, _, _ in got)  # no city in a city
