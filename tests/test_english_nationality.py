"""Nationality adjectives and common-noun subjects as actors. English nationality adjectives denote their state, as Arabic ones do (``Israeli`` -> Israel),
and the state acts only through its own organs: "Israeli troops attacked" has Israel as agent,
"Syrian rebels shelled" does not have Syria."""

from __future__ import annotations

import datetime as dt

from kg.extract.merge import merge
from kg.model import Document, Mention
from kg.pipeline import process


def _doc(text: str) -> Document:
    return process(Document(id="t", text=text, lang="en", date=dt.date(2024, 7, 12)))


def _asserted(doc: Document) -> list[tuple[str, list[str], list[str]]]:
    return [(e.category, e.agent, e.target) for e in doc.events if e.modality == "asserted"]


def test_a_model_misc_adjective_takes_the_gazetteers_country() -> None:
    ner = Mention(0, 7, "Israeli", label="MISC", source="ner", score=0.99)
    gaz = Mention(0, 7, "Israeli", label="LOC", source="gazetteer", kind="Country",
                  attrs={"iso": "IL", "nationality": True})
    (m,) = merge([ner, gaz])
    assert (m.label, m.kind, m.attrs["iso"], m.attrs["nationality"]) == ("LOC", "Country", "IL", True)


def test_a_model_misc_name_keeps_its_type_beside_a_non_nationality() -> None:
    ner = Mention(0, 5, "Dutch", label="MISC", source="ner", score=0.99)
    gaz = Mention(0, 5, "Dutch", label="LOC", source="gazetteer", kind="City", attrs={"geonames": "1"})
    (m,) = merge([ner, gaz])
    assert m.label == "MISC"


def test_the_adjective_links_to_the_country_entity_without_naming_it() -> None:
    doc = _doc("Russian President Vladimir Putin met Chinese officials in Beijing.")
    keys = {m.text: m.entity for m in doc.mentions}
    assert keys["Russian"] == "country/RU" and keys["Chinese"] == "country/CN"
    # "Chinese" is no label of China
    assert all(label != "Chinese" for label, _ in doc.entities["country/CN"].alt_labels)


def test_state_forces_act_for_the_state_but_rebels_do_not() -> None:
    # since the tenth session a state's forces and its rebels are groups (kg.events.groups): the
    # (Israel, MIL) and (Syria, REB) nodes, each kg:country its state; rebels are still not the state
    assert _asserted(_doc("Israeli troops attacked Gaza on Monday.")) == [("ASSAULT", ["group/IL-MIL"], ["city/281133"])]
    got = _asserted(_doc("The Syrian rebels shelled Damascus."))
    assert [(c, a) for c, a, _ in got] == [("ASSAULT", ["group/SY-REB"])]
    got = _asserted(_doc("A Kurdish rebel attack killed five soldiers."))
    assert all("country/" not in " ".join(a) for _, a, _ in got)


def _ar(text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = process(Document(id="a", text=text, lang="ar", date=dt.date(2024, 7, 12)))
    return _asserted(doc)


def test_arabic_common_noun_subjects_are_not_skipped_to_the_object() -> None:
    # the object after the common-noun subject is no agent
    # the rebels are the (Syria, REB) group since the tenth session, never Syria
    assert _ar("وقصف المتمردون السوريون دمشق.") == [("ASSAULT", ["group/SY-REB"], ["city/170654"])]
    assert _ar("وقصف الجيش مدينة حلب.") == [("ASSAULT", [], ["city/170063"])]
    # a state organ's nationality names whose organ acts: the (Israel, MIL) group since the tenth session
    assert _ar("قصفت القوات الإسرائيلية غزة.") == [("ASSAULT", ["group/IL-MIL"], ["city/281133"])]


def test_a_capital_that_acts_is_its_state_but_a_city_attacked_stays_a_city() -> None:
    got = _asserted(_doc("Pyongyang and Moscow have denied the accusations."))
    assert [(c, sorted(a)) for c, a, _ in got] == [("REJECT", ["country/KP", "country/RU"])]
    got = _ar("اتهمت واشنطن موسكو بدعم الحوثيين.")
    assert [(c, a, t) for c, a, t in got][:1] == [("ACCUSE", ["country/US"], ["country/RU"])]
    # drones that targeted Moscow hit the city
    got = _ar("أسقطت الدفاعات الجوية مسيرات استهدفت موسكو.")
    assert any(t == ["city/524901"] for c, _, t in got if c == "ASSAULT")


def test_support_for_names_who_is_supported() -> None:
    got = _asserted(_doc("Kim Jong Un expressed his full support for Russia's war in Ukraine."))
    assert [(c, t) for c, _, t in got] == [("SUPPORT", ["country/RU"])]


def test_verbs_of_scorn_are_criticism() -> None:
    for text in ("Michael Howard ridiculed the claims.", "Iran berated Britain for its stance."):
        assert [c for c, _, _ in _asserted(_doc(text))] == ["ACCUSE"], text
