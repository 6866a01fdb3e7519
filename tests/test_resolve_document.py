"""Within-document resolution: name variants of one entity share one key."""
from __future__ import annotations

import re

from kg.model import Document, Mention
from kg.resolve import resolve_document

SEED = (
    "ذكرت وكالة الأنباء المركزية الكورية الشمالية، الجمعة، أن الزعيم الكوري الشمالي، كيم جونغ- أون "
    "استضاف في بيونغ يانغ وفدا رسميا من روسيا، برئاسة نائب وزير الدفاع أليكسي كريفوروتشكو. "
    "كما أعرب كيم عن دعمه لروسيا خلال اجتماعه مع كريفوروتشكو. ونقل تحيات الرئيس الروسي، "
    "فلاديمير بوتين إلى كيم جونغ أون. وقال بوتين إن بيونغيانغ شريك."
)


def _mentions(text: str, specs: list[tuple[str, str, dict]]) -> list[Mention]:
    """Every occurrence of each name, longest names first, without overlaps."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name, label, extra in sorted(specs, key=lambda s: -len(s[0])):
        for m in re.finditer(re.escape(name), text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            kw = dict(extra)
            out.append(Mention(m.start(), m.end(), name, label=label, kind=kw.pop("kind", None), attrs=kw))
    return sorted(out, key=lambda m: m.start)


def _seed_doc() -> Document:
    specs = [
        ("وكالة الأنباء المركزية الكورية الشمالية", "ORG", {}),
        ("الكوري الشمالي", "LOC", {"kind": "Country", "iso": "KP", "nationality": True}),
        ("كيم جونغ- أون", "PER", {}),
        ("كيم جونغ أون", "PER", {}),
        ("كيم", "PER", {}),
        ("بيونغ يانغ", "LOC", {"kind": "City", "geonames": "1871859", "country_iso": "KP"}),
        ("بيونغيانغ", "LOC", {}),
        ("روسيا", "LOC", {"kind": "Country", "iso": "RU"}),
        ("الروسي", "LOC", {"kind": "Country", "iso": "RU", "nationality": True}),
        ("أليكسي كريفوروتشكو", "PER", {}),
        ("كريفوروتشكو", "PER", {}),
        ("فلاديمير بوتين", "PER", {}),
        ("بوتين", "PER", {}),
    ]
    return Document(id="seed", text=SEED, lang="ar", mentions=_mentions(SEED, specs))


def _key_of(doc: Document, surface: str) -> set[str | None]:
    return {m.entity for m in doc.mentions if m.text == surface}


def test_resolve_document_surname_attaches_to_full_name() -> None:
    doc = resolve_document(_seed_doc())
    assert _key_of(doc, "كريفوروتشكو") == _key_of(doc, "أليكسي كريفوروتشكو")
    assert _key_of(doc, "كيم") == _key_of(doc, "كيم جونغ- أون") == {"person/kim-jong-un"}
    assert _key_of(doc, "بوتين") == {"person/vladimir-putin"}


def test_resolve_document_spacing_and_hyphen_variants() -> None:
    doc = resolve_document(_seed_doc())
    assert _key_of(doc, "كيم جونغ أون") == _key_of(doc, "كيم جونغ- أون")
    assert _key_of(doc, "بيونغيانغ") == _key_of(doc, "بيونغ يانغ") == {"city/1871859"}


def test_resolve_document_nationality_and_clitic_denote_the_state() -> None:
    doc = resolve_document(_seed_doc())
    assert _key_of(doc, "الروسي") == {"country/RU"}
    assert _key_of(doc, "الكوري الشمالي") == {"country/KP"}
    russia = doc.entities["country/RU"]
    assert russia.labels == {"en": "Russia", "ar": "روسيا"}
    assert ("الروسي", "ar") not in russia.alt_labels  # an adjective is not a name


def test_resolve_document_city_is_linked_to_geonames_and_country() -> None:
    doc = resolve_document(_seed_doc())
    city = doc.entities["city/1871859"]
    assert city.type == "City"
    assert city.attrs["country"] == "country/KP"
    assert city.same_as == ["https://sws.geonames.org/1871859/"]
    assert city.labels["en"] == "Pyongyang"


def test_resolve_document_every_name_mention_resolved_and_keys_consistent() -> None:
    doc = resolve_document(_seed_doc())
    assert all(m.entity in doc.entities for m in doc.mentions)
    for key, e in doc.entities.items():
        assert e.key == key
        assert all(m.entity == key for m in e.mentions)
    persons = sorted(k for k, e in doc.entities.items() if e.type == "Person")
    assert persons == ["person/alexei-krivoruchko", "person/kim-jong-un", "person/vladimir-putin"]


def test_resolve_document_preferred_label_is_the_longest_name() -> None:
    doc = resolve_document(_seed_doc())
    kriv = doc.entities["person/alexei-krivoruchko"]
    assert kriv.labels["ar"] == "أليكسي كريفوروتشكو"
    assert ("كريفوروتشكو", "ar") in kriv.alt_labels
    kim = doc.entities["person/kim-jong-un"]
    assert kim.labels["ar"] == "كيم جونغ أون"  # the cleanly written form of the same name
    assert ("كيم جونغ- أون", "ar") in kim.alt_labels


def test_resolve_document_glued_clitic_is_dropped_when_bare_form_attested() -> None:
    text = "التقى سمير قنطار مع وقنطار ثم قال قنطار."
    doc = Document(id="c", text=text, lang="ar", mentions=_mentions(text, [
        ("سمير قنطار", "PER", {}), ("وقنطار", "PER", {}), ("قنطار", "PER", {}),
    ]))
    resolve_document(doc)
    assert len({m.entity for m in doc.mentions}) == 1
    (entity,) = doc.entities.values()
    assert entity.labels["ar"] == "سمير قنطار"
    assert ("وقنطار", "ar") not in entity.alt_labels


def test_resolve_document_unknown_arabic_name_gets_percent_safe_key() -> None:
    text = "قال سمير قنطار."
    doc = resolve_document(Document(id="u", text=text, lang="ar",
                                    mentions=_mentions(text, [("سمير قنطار", "PER", {})])))
    (key,) = doc.entities
    assert key.startswith("person/") and key.isascii() and " " not in key


def test_resolve_document_acronyms_join_their_expansion() -> None:
    text = "The Organisation for Islamic Cooperation (OIC) met. OIC leaders and Amnesty International spoke."
    doc = Document(id="a", text=text, lang="en", mentions=_mentions(text, [
        ("Organisation for Islamic Cooperation", "ORG", {}), ("OIC", "ORG", {}),
        ("Amnesty International", "ORG", {}),
    ]))
    resolve_document(doc)
    assert _key_of(doc, "OIC") == _key_of(doc, "Organisation for Islamic Cooperation")
    assert len(doc.entities) == 2


def test_resolve_document_different_people_same_surname_stay_apart() -> None:
    text = "John Smith met Jane Smith in Leeds."
    doc = resolve_document(Document(id="s", text=text, lang="en", mentions=_mentions(text, [
        ("John Smith", "PER", {}), ("Jane Smith", "PER", {}),
    ])))
    assert len(doc.entities) == 2


def test_resolve_document_is_idempotent() -> None:
    doc = resolve_document(_seed_doc())
    first = {k: (e.labels, len(e.mentions)) for k, e in doc.entities.items()}
    resolve_document(doc)
    assert {k: (e.labels, len(e.mentions)) for k, e in doc.entities.items()} == first


def test_resolve_document_gazetteer_org_id_is_the_key() -> None:
    text = "قال حلف الناتو إن NATO مستعد."
    doc = resolve_document(Document(id="n", text=text, lang="ar", mentions=_mentions(text, [
        ("حلف الناتو", "ORG", {"org_id": "nato", "en": "NATO"}), ("NATO", "ORG", {}),
    ])))
    assert set(doc.entities) == {"org/nato"}


def test_resolve_document_surname_that_also_names_a_group_stays_apart() -> None:
    text = "اشتبكت ميليشيا الحوثي مع أتباع عبدالكريم الحوثي وقال الحوثي إن"
    doc = resolve_document(Document(id="h", text=text, lang="ar", mentions=_mentions(text, [
        ("ميليشيا الحوثي", "ORG", {}), ("عبدالكريم الحوثي", "PER", {}), ("الحوثي", "PER", {}),
    ])))
    full = _key_of(doc, "عبدالكريم الحوثي")
    alone = {m.entity for m in doc.mentions if m.text == "الحوثي" and m.label == "PER"}
    assert full != alone and len(alone) == 1


def test_resolve_document_place_with_glued_clitic_is_linked() -> None:
    text = "زار والعراق وبالصين ودمشق"
    doc = resolve_document(Document(id="p", text=text, lang="ar", mentions=_mentions(text, [
        ("والعراق", "LOC", {}), ("وبالصين", "LOC", {}), ("ودمشق", "LOC", {}),
    ])))
    assert set(doc.entities) == {"country/IQ", "country/CN", "city/170654"}
    assert doc.entities["city/170654"].labels["ar"] == "دمشق"


def test_resolve_document_titles_stay_out_of_keys() -> None:
    keys = []
    for text, name, lang in [("قال الرئيس سمير قنطار إن", "الرئيس سمير قنطار", "ar"),
                             ("قال سمير قنطار إن", "سمير قنطار", "ar"),
                             ("President John O'Brien said", "President John O'Brien", "en"),
                             ("John O'Brien said", "John O'Brien", "en")]:
        doc = resolve_document(Document(id="t", text=text, lang=lang, mentions=_mentions(text, [(name, "PER", {})])))
        keys += list(doc.entities)
    assert keys[0] == keys[1] and keys[2] == keys[3] == "person/john-obrien"
    doc = resolve_document(Document(id="t", text="قال سيد ترامب", lang="ar",
                                    mentions=_mentions("قال سيد ترامب", [("سيد ترامب", "PER", {})])))
    assert list(doc.entities) == ["person/donald-trump"]


def test_resolve_document_ambiguous_or_coordinated_surnames_stay_apart() -> None:
    text = "التقى كيم جونغ أون مع كيم يونغ تشول وقال كيم إن الملكة ليتيسيا والملكة صوفيا وصلتا وقالت صوفيا"
    doc = resolve_document(Document(id="k", text=text, lang="ar", mentions=_mentions(text, [
        ("كيم جونغ أون", "PER", {}), ("كيم يونغ تشول", "PER", {}), ("كيم", "PER", {}),
        ("ليتيسيا والملكة صوفيا", "PER", {}), ("صوفيا", "PER", {}),
    ])))
    kim = _key_of(doc, "كيم")
    assert kim.isdisjoint(_key_of(doc, "كيم جونغ أون") | _key_of(doc, "كيم يونغ تشول"))
    assert _key_of(doc, "صوفيا").isdisjoint(_key_of(doc, "ليتيسيا والملكة صوفيا"))


def test_listed_names_label_an_entity_and_the_text_forms_are_alternatives():
    from kg.extract import gazetteer

    text = "وقال بوتين إن تنفيذ أوامر الدفاع الحكومية للقوات المسلحة الروسية مستمر، وفق المركزي الروسي."
    doc = Document(id="d1", text=text, lang="ar")
    doc.mentions = gazetteer.extract(doc)
    start = text.index("بوتين")
    doc.mentions.append(Mention(start, start + len("بوتين"), "بوتين", label="PER"))
    doc.mentions.sort(key=lambda m: m.start)
    resolve_document(doc)
    forces = doc.entities["org/russian-armed-forces"]
    # the span after لل is "قوات ..."; the label is the listed name, with its article
    assert forces.labels["ar"] == "القوات المسلحة الروسية"
    assert ("قوات المسلحة الروسية", "ar") not in forces.alt_labels
    bank = doc.entities["org/central-bank-russia"]
    assert bank.labels == {"ar": "البنك المركزي الروسي", "en": "Central Bank of Russia"}
    assert ("المركزي الروسي", "ar") in bank.alt_labels
    putin = doc.entities["person/vladimir-putin"]
    assert putin.labels["ar"] == "فلاديمير بوتين"
    assert ("بوتين", "ar") in putin.alt_labels


def test_a_name_after_wall_is_found_and_labelled_with_its_article():
    # "وللقوات" = و + ل + القوات: the gazetteer finds the name, and the text form given
    # as an alternative label keeps its article
    from kg.extract import gazetteer

    text = "وقال إن الأوامر وللقوات المسلحة الروسية مستمرة."
    doc = Document(id="d1", text=text, lang="ar")
    doc.mentions = gazetteer.extract(doc)
    resolve_document(doc)
    forces = doc.entities["org/russian-armed-forces"]
    assert forces.labels["ar"] == "القوات المسلحة الروسية"
    assert ("قوات المسلحة الروسية", "ar") not in forces.alt_labels
