"""Across documents and languages: the same entity gets the same key; namesakes stay apart."""
from __future__ import annotations

from kg.model import Document, Entity, Event, Mention, Span
from kg.resolve.link import EntityIndex, rekey


def _doc(doc_id: str, lang: str, entities: list[tuple[str, str, str]]) -> Document:
    """Entities as (key, type, name); each gets one mention of its name."""
    text = " . ".join(name for _, _, name in entities)
    doc = Document(id=doc_id, text=text, lang=lang)
    pos = 0
    for key, typ, name in entities:
        start = text.index(name, pos)
        m = Mention(start, start + len(name), name, label={"Person": "PER", "Organization": "ORG"}.get(typ, "LOC"),
                    entity=key)
        pos = start + len(name)
        doc.mentions.append(m)
        doc.entities[key] = Entity(key=key, type=typ, labels={lang: name}, mentions=[m])
    return doc


AR_KEY = "person/%D8%A7%D9%84%D9%8A%D9%83%D8%B3%D9%8A-%D9%86%D8%A7%D9%81%D8%A7%D9%84%D9%86%D9%8A"


def test_link_arabic_and_english_spellings_of_one_person_share_a_key() -> None:
    idx = EntityIndex()
    en = _doc("en", "en", [("person/alexei-navalny", "Person", "Alexei Navalny"), ("country/RU", "Country", "Russia")])
    ar = _doc("ar", "ar", [(AR_KEY, "Person", "أليكسي نافالني"), ("country/RU", "Country", "روسيا")])
    assert idx.link(en) == {}
    assert idx.link(ar) == {AR_KEY: "person/alexei-navalny"}
    assert set(ar.entities) == {"person/alexei-navalny", "country/RU"}
    assert ar.mentions[0].entity == "person/alexei-navalny"


def test_link_namesakes_without_shared_context_stay_apart() -> None:
    idx = EntityIndex()
    idx.link(_doc("a", "en", [("person/john-smith", "Person", "John Smith"), ("country/GB", "Country", "UK")]))
    # a surname alone in an unrelated story (different country) is not linked
    other = _doc("b", "en", [("person/smith", "Person", "Smith"), ("country/AU", "Country", "Australia")])
    assert idx.link(other) == {}
    # nor in the same context: across stories a surname alone may be a relative
    # ("بدوي": her brother Raif, not Samar Badawi) or another bearer of the name
    idx = EntityIndex()
    london = ("city/2643743", "City", "London")
    full = _doc("a", "en", [("person/john-smith", "Person", "John Smith"), ("country/GB", "Country", "UK"), london])
    full.entities["person/john-smith"].alt_labels.add(("Smith", "en"))  # his document also says "Smith"
    idx.link(full)
    same = _doc("c", "en", [("person/smith", "Person", "Smith"), ("country/GB", "Country", "UK"), london])
    assert idx.link(same) == {}
    assert "person/smith" in same.entities


def test_link_a_one_word_name_joins_the_same_one_word_name_in_a_shared_context() -> None:
    idx = EntityIndex()
    ctx = [("country/BR", "Country", "Brazil"), ("org/psg", "Organization", "PSG")]
    idx.link(_doc("a", "en", [("person/neymar-x", "Person", "Neymar"), *ctx]))
    assert idx.link(_doc("b", "en", [("person/neymar", "Person", "Neymar"), *ctx])) == {"person/neymar": "person/neymar-x"}


def test_link_single_word_is_not_linked_across_scripts() -> None:
    idx = EntityIndex()
    ctx = [("country/ES", "Country", "Spain"), ("city/3117735", "City", "Madrid")]
    ar = _doc("a", "ar", [("person/x", "Person", "فلورنتينو بيريز"), *ctx])
    ar.entities["person/x"].alt_labels.add(("بيريز", "ar"))
    idx.link(ar)
    assert idx.link(_doc("b", "en", [("person/peres", "Person", "Peres"), *ctx])) == {}


def test_link_needs_the_same_type() -> None:
    idx = EntityIndex()
    idx.link(_doc("a", "en", [("org/jordan", "Organization", "Jordan Group"), ("country/JO", "Country", "Jordan")]))
    doc = _doc("b", "en", [("person/jordan-group", "Person", "Jordan Group"), ("country/JO", "Country", "Jordan")])
    assert idx.link(doc) == {}


def test_link_a_different_name_spelled_alike_is_not_linked_without_context() -> None:
    idx = EntityIndex()
    idx.link(_doc("a", "en", [("person/putin", "Person", "Patten"), ("country/HK", "Country", "Hong Kong")]))
    ar = _doc("b", "ar", [("person/%D8%A8%D9%88%D8%AA%D9%8A%D9%86", "Person", "بوتين"), ("country/RU", "Country", "روسيا")])
    assert idx.link(ar) == {}


def test_rekey_renames_everywhere_and_merges() -> None:
    doc = _doc("d", "ar", [("person/a", "Person", "ا ب"), ("person/b", "Person", "ج د")])
    doc.events.append(Event("CONSULT", Span(0, 1, "x"), 0, agent=["person/a"], target=["person/b"]))
    rekey(doc, {"person/a": "person/z", "person/b": "person/z"})
    assert list(doc.entities) == ["person/z"]
    assert len(doc.entities["person/z"].mentions) == 2
    assert doc.events[0].agent == ["person/z"] and doc.events[0].target == ["person/z"]
    assert {m.entity for m in doc.mentions} == {"person/z"}


def test_link_the_same_single_word_in_unrelated_stories_stays_two_people() -> None:
    from kg.resolve.nameness import is_local

    key = "person/%D9%85%D8%AD%D9%85%D8%AF"  # محمد
    idx = EntityIndex()
    idx.link(_doc("a", "ar", [(key, "Person", "محمد"), ("country/EG", "Country", "مصر"), ("city/360630", "City", "القاهرة")]))
    other = _doc("b", "ar", [(key, "Person", "محمد"), ("country/YE", "Country", "اليمن")])
    assert idx.link(other) == {}  # no link made ...
    (apart,) = [k for k in other.entities if k.startswith("person/")]
    assert is_local(apart) and other.mentions[0].entity == apart  # ... and a node of its own
    same_story = _doc("c", "ar", [(key, "Person", "محمد"), ("country/EG", "Country", "مصر"),
                                  ("city/360630", "City", "القاهرة")])
    assert idx.link(same_story) == {}  # two shared places: the same man, kept on one node


def test_link_a_person_named_like_an_organization_elsewhere_needs_strong_evidence() -> None:
    from kg.resolve.nameness import is_local

    idx = EntityIndex()
    ctx = [("country/BR", "Country", "Brazil"), ("city/3448439", "City", "Sao Paulo")]
    idx.link(_doc("a", "en", [("org/costa", "Organization", "Costa"), ("country/GB", "Country", "UK")]))
    idx.link(_doc("b", "en", [("person/costa", "Person", "Costa"), *ctx]))
    # the same word, typed Person, in a story sharing the context: still not merged
    later = _doc("c", "en", [("person/costa", "Person", "Costa"), *ctx])
    assert idx.link(later) == {}
    (apart,) = [k for k in later.entities if k.startswith("person/")]
    assert is_local(apart)
    # without an organization of that name, the same two stories would share the node
    idx = EntityIndex()
    idx.link(_doc("b", "en", [("person/costa", "Person", "Costa"), *ctx]))
    again = _doc("c", "en", [("person/costa", "Person", "Costa"), *ctx])
    idx.link(again)
    assert "person/costa" in again.entities


def test_link_the_start_of_another_story_s_longer_name_is_no_match() -> None:
    from kg.resolve.names import slug

    kim_yong_chol = "person/" + slug("كيم يونغ تشول")
    ctx = [("country/KP", "Country", "كوريا الشمالية"), ("city/1871859", "City", "بيونغ يانغ")]
    idx = EntityIndex()
    a = _doc("a", "ar", [(kim_yong_chol, "Person", "كيم يونغ تشول"), *ctx])
    a.entities[kim_yong_chol].alt_labels.add(("كيم يونغ", "ar"))  # its own short form in story a
    idx.link(a)
    # story b's "كيم يونغ" (a cut "كيم يونغ أون") is not Kim Yong Chol
    b_key = "person/" + slug("كيم يونغ")
    assert idx.link(_doc("b", "ar", [(b_key, "Person", "كيم يونغ"), *ctx])) == {}
    # the full name still links, and so does a two-word name that is the key name
    full = _doc("c", "ar", [("person/x", "Person", "كيم يونغ تشول"), *ctx])
    assert idx.link(full) == {"person/x": kim_yong_chol}


def test_link_a_kunya_alone_is_a_word_alone() -> None:
    # "أبو صلاح" (a CNN video series here) is not the activist Bilal Abu Salah of another story
    idx = EntityIndex()
    ctx = [("country/SY", "Country", "سوريا"), ("org/cnn", "Organization", "CNN")]
    full = _doc("a", "ar", [("person/bilal", "Person", "بلال أبو صلاح"), *ctx])
    full.entities["person/bilal"].alt_labels.add(("أبو صلاح", "ar"))
    idx.link(full)
    assert idx.link(_doc("b", "ar", [("person/abu-salah", "Person", "أبو صلاح"), *ctx])) == {}


def test_link_a_title_and_a_father_s_name_are_a_word_alone() -> None:
    # "الأمير بن سلمان" (Mohammed bin Salman there) is not Khalid bin Salman of another story
    idx = EntityIndex()
    ctx = [("country/SA", "Country", "السعودية"), ("city/108410", "City", "الرياض")]
    khalid = _doc("a", "ar", [("person/khalid", "Person", "خالد بن سلمان"), *ctx])
    khalid.entities["person/khalid"].alt_labels.add(("الأمير بن سلمان", "ar"))
    idx.link(khalid)
    assert idx.link(_doc("b", "ar", [("person/prince", "Person", "الأمير بن سلمان"), *ctx])) == {}
