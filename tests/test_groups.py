"""Actors that are groups named by a descriptor (kg.events.groups): "Israeli soldiers", "قوات الأمن"."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.events import extract
from kg.events.groups import country_of, group_key, sector_of
from kg.graph.rdf import ENTITY_GRAPH, to_dataset
from kg.model import Document, Event
from kg.namespace import ID, KG

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import make_doc  # noqa: E402

D = dt.date(2018, 5, 15)
IL_AR = ("الإسرائيلي", "LOC", "Country", "country/IL", True)
TR_AR = ("التركية", "LOC", "Country", "country/TR", True)
IL = ("إسرائيل", "LOC", "Country", "country/IL", False)
GAZA = ("غزة", "LOC", "City", "city/281133", False)
HAMAS = ("حركة حماس", "ORG", None, "org/hamas", False)
EG_ORG = ("قوات الأمن المصرية", "ORG", None, "org/qwat-alamn~0123456789", False)
ISRAELI = ("Israeli", "LOC", "Country", "country/IL", True)
AFGHAN = ("Afghan", "LOC", "Country", "country/AF", True)
HAMAS_EN = ("Hamas", "ORG", None, "org/hamas", False)
TALIBAN = ("Taliban", "ORG", None, "org/taliban", False)
KABUL = ("Kabul", "LOC", "City", "city/1138958", False)


def one(doc: Document, category: str) -> Event:
    evs = [e for e in doc.events if e.category == category]
    assert len(evs) == 1, [(e.category, e.trigger.text, e.agent, e.target) for e in doc.events]
    return evs[0]


def test_keys_say_country_and_sector() -> None:
    assert group_key("IL", "MIL") == "group/IL-MIL"
    assert (sector_of("group/IL-MIL"), country_of("group/IL-MIL")) == ("MIL", "country/IL")
    local = group_key(None, "OPP", Document(id="d", text="x"))
    assert local.startswith("group/OPP~") and country_of(local) is None and sector_of(local) == "OPP"


def test_arabic_army_with_nationality_is_the_agent() -> None:
    doc = extract(make_doc("قصف الجيش الإسرائيلي مواقع لحركة حماس في غزة.", [IL_AR, HAMAS, GAZA], date=D))
    ev = one(doc, "ASSAULT")
    assert ev.agent == ["group/IL-MIL"]
    assert ev.target == ["org/hamas"]


def test_arabic_plural_soldiers_and_protesters() -> None:
    # the gazetteer lists no plural nationality: kg's table reads الإسرائيليون / الفلسطينيين
    doc = extract(make_doc("أطلق الجنود الإسرائيليون النار على المتظاهرين الفلسطينيين قرب السياج.", [], date=D))
    ev = one(doc, "ASSAULT")
    assert (ev.agent, ev.target) == (["group/IL-MIL"], ["group/PS-OPP"])
    protest = one(doc, "PROTEST")  # the trigger word names who protests
    assert protest.agent == ["group/PS-OPP"]


def test_police_of_a_country_is_the_group_not_the_country() -> None:
    doc = extract(make_doc("اعتقلت الشرطة التركية 20 شخصا.", [TR_AR], date=D))
    assert one(doc, "COERCE").agent == ["group/TR-COP"]


def test_a_named_agent_stays() -> None:
    # the soldiers stand nearer the verb than the name, yet the name the rules found stays
    doc = extract(make_doc("وقصفت إسرائيل بالطائرات والجنود الإسرائيليين مواقع المسلحين في غزة.", [IL, GAZA], date=D))
    ev = one(doc, "ASSAULT")
    assert ev.agent == ["country/IL"]


def test_descriptor_the_tagger_took_for_a_name_becomes_the_group() -> None:
    doc = extract(make_doc("قتلت قوات الأمن المصرية عشرة مسلحين في سيناء.", [EG_ORG], date=D))
    ev = one(doc, "ASSAULT")
    assert ev.agent == ["group/EG-COP"]
    assert "org/qwat-alamn~0123456789" not in doc.entities
    assert ev.target and ev.target[0].startswith("group/REB~")  # gunmen: local to the article


def test_government_without_country_is_no_actor() -> None:
    doc = extract(make_doc("وقصفت الحكومة مواقع المعارضة.", [], date=D))
    ev = one(doc, "ASSAULT")
    assert not any(k.startswith("group/") and "GOV" in k for k in ev.agent)


def test_english_groups() -> None:
    doc = extract(make_doc("Israeli soldiers shot Palestinian protesters near the fence.",
                           [ISRAELI, ("Palestinian", "LOC", "Country", "country/PS", True)], lang="en", date=D))
    ev = one(doc, "ASSAULT")
    assert (ev.agent, ev.target) == (["group/IL-MIL"], ["group/PS-OPP"])
    doc = extract(make_doc("Afghan police arrested 20 people in Kabul.", [AFGHAN, KABUL], lang="en", date=D))
    assert one(doc, "COERCE").agent == ["group/AF-COP"]


def test_english_organisation_before_descriptor_acts() -> None:
    doc = extract(make_doc("Taliban fighters attacked a checkpoint in Kabul.", [TALIBAN, KABUL], lang="en", date=D))
    assert one(doc, "ASSAULT").agent == ["org/taliban"]


def test_one_node_across_languages_with_sector_country_and_labels() -> None:
    ar = extract(make_doc("قصف الجيش الإسرائيلي مواقع لحركة حماس.", [IL_AR, HAMAS], date=D, doc_id="a"))
    en = extract(make_doc("The Israeli army bombed Hamas positions.", [ISRAELI, HAMAS_EN], lang="en", date=D,
                          doc_id="b"))
    assert one(ar, "ASSAULT").agent == one(en, "ASSAULT").agent == ["group/IL-MIL"]
    ds = to_dataset([ar, en])
    g = ds.graph(ENTITY_GRAPH)
    node = URIRef(ID["group/IL-MIL"])
    assert (node, RDF.type, KG.Group) in g
    assert (node, KG.sector, Literal("MIL")) in g
    assert (node, KG.country, URIRef(ID["country/IL"])) in g
    labels = {(str(o), o.language) for o in g.objects(node, RDFS.label)}
    assert labels == {("Israeli military", "en"), ("القوات المسلحة الإسرائيلية", "ar")}
    # both documents' graphs hold a mention of it
    for doc_id in ("a", "b"):
        dg = ds.graph(URIRef(ID["doc/" + doc_id]))
        assert (node, KG.mentionedIn, URIRef(ID["doc/" + doc_id])) in dg


def test_groups_off_changes_nothing_else() -> None:
    import kg.events.extractor as x

    text = "قصف الجيش الإسرائيلي مواقع لحركة حماس في غزة."
    x.GROUPS = False
    try:
        off = extract(make_doc(text, [IL_AR, HAMAS, GAZA], date=D))
    finally:
        x.GROUPS = True
    on = extract(make_doc(text, [IL_AR, HAMAS, GAZA], date=D))
    assert [e.category for e in off.events] == [e.category for e in on.events]
    assert one(on, "ASSAULT").target == one(off, "ASSAULT").target == ["org/hamas"]


def test_state_organ_without_country_holds_the_subject_place() -> None:
    # "the security services arrested hundreds of gunmen": no node for the services (whose?),
    # and the gunmen are not taken for the subject
    doc = extract(make_doc("وأوقفت أجهزة الأمن مئات المسلحين في حملة ملاحقة.", [], date=D))
    ev = one(doc, "COERCE")
    assert ev.agent == []
    assert ev.target and ev.target[0].startswith("group/REB~")


def test_group_subject_replaces_an_agent_carried_over() -> None:
    text = "واعتقلت الشرطة التركية 20 شخصا في إسطنبول. وأطلق الجنود الإسرائيليون النار على المتظاهرين."
    doc = make_doc(text, [TR_AR, ("إسطنبول", "LOC", "City", "city/745044", False)], date=D)
    from kg.text.tokenize import split_sentences

    doc.sentences = split_sentences(text)
    doc = extract(doc)
    fire = next(e for e in doc.events if e.trigger.text == "وأطلق")
    assert fire.agent == ["group/IL-MIL"]


def test_common_noun_opposition_is_no_group() -> None:
    doc = extract(make_doc("The plan was abandoned in the wake of stiff opposition.", [], lang="en", date=D))
    assert not any(k.startswith("group/") for e in doc.events for k in e.agent + e.target)


def test_oblique_case_is_no_subject() -> None:
    # "three civilians were killed": مدنيين is genitive after the number, the civilians undergo it
    doc = extract(make_doc("قتل ثلاثة مدنيين في انفجار لغم.", [], date=D))
    ev = next(e for e in doc.events if e.category == "ASSAULT")
    assert ev.agent == []
    assert ev.target and ev.target[0].startswith("group/CVL~")
    # after إنّ the subject is accusative: still the agent
    doc = extract(make_doc("وقال في بيان إن المقاتلين صدوا الهجوم.", [], date=D))
    ev = next(e for e in doc.events if e.trigger.text == "صدوا")
    assert ev.agent and ev.agent[0].startswith("group/REB~")
