"""Descriptors, weak sightings, verbs, partial cues and short aliases are kept out of merges."""
from __future__ import annotations

from collections import Counter

from kg.model import Document, Mention
from kg.resolve import resolve_document
from kg.resolve.build_common import paradigm_verbs
from kg.resolve.nameness import descriptor_only, is_local, name_span, word_class


def _doc(text: str, spans: list[tuple[str, str, float, str]], doc_id: str = "d",
         extra: list[Mention] | None = None) -> Document:
    mentions: list[Mention] = list(extra or [])
    for surface, label, score, source in spans:
        i = text.index(surface)
        while any(m.start < i + len(surface) and i < m.end for m in mentions):  # the next free occurrence
            i = text.index(surface, i + 1)
        mentions.append(Mention(i, i + len(surface), surface, label=label, score=score, source=source))
    mentions.sort(key=lambda m: m.start)
    return Document(id=doc_id, text=text, lang="ar", mentions=mentions)


def _entity_of(doc: Document, surface: str) -> str | None:
    return next(m.entity for m in doc.mentions if m.text == surface)


# --- a name made only of descriptors is document-local unless a country is named with it ---

def test_descriptor_only_names() -> None:
    assert descriptor_only(("البنك", "المركزي"))
    assert descriptor_only(("المحكمه", "العليا"))
    assert descriptor_only(("وزاره", "الداخليه"))
    assert not descriptor_only(("بنك", "قطر", "الوطني"))  # a place name inside
    assert not descriptor_only(("حركه", "حماس"))
    assert not descriptor_only(("الحرس", "الثوري"))


def test_central_bank_alone_stays_in_its_story() -> None:
    text = "وقال البنك المركزي إنه رفع سعر الفائدة، وأكد البنك المركزي أن التضخم تراجع."
    doc = resolve_document(_doc(text, [("البنك المركزي", "ORG", 0.99, "ner"), ("البنك المركزي", "ORG", 0.99, "ner")]))
    assert is_local(_entity_of(doc, "البنك المركزي") or "")


def test_central_bank_with_a_nationality_is_linkable() -> None:
    text = "وقال البنك المركزي المصري إنه رفع سعر الفائدة، وأكد البنك المركزي المصري أن التضخم تراجع."
    spans = [("البنك المركزي", "ORG", 0.99, "ner"), ("البنك المركزي", "ORG", 0.99, "ner")]
    # the gazetteer's nationality right after each span
    extra = []
    for i in (j for j in range(len(text)) if text.startswith("المصري", j)):
        extra.append(Mention(i, i + 6, "المصري", label="LOC", kind="Country", score=1.0, source="gazetteer",
                             attrs={"iso": "EG", "nationality": True}))
    doc = resolve_document(_doc(text, spans, extra=extra))
    key = _entity_of(doc, "البنك المركزي")
    assert key is not None and not is_local(key)


def test_descriptor_before_a_nationality_in_another_sentence_stays_local() -> None:
    text = "وقال البنك المركزي\nالمصري يعمل في لندن. وأكد البنك المركزي أن التضخم تراجع."
    extra = [Mention(text.index("المصري"), text.index("المصري") + 6, "المصري", label="LOC", kind="Country",
                     score=1.0, source="gazetteer", attrs={"iso": "EG", "nationality": True})]
    doc = resolve_document(_doc(text, [("البنك المركزي", "ORG", 0.99, "ner"), ("البنك المركزي", "ORG", 0.99, "ner")],
                                extra=extra))
    assert is_local(_entity_of(doc, "البنك المركزي") or "")


# --- spans that are no name: echoes of a weak sighting, verbs of the news ---

def test_a_weak_span_and_its_propagated_echoes_stay_in_their_story() -> None:
    text = "ونصبت لوحات دعائية تروج للفيلم. وقالت إن الشركة تروج له، وإنها تروج كذلك لفيلم آخر."
    spans = [("لوحات دعائية تروج", "PER", 0.6, "rules"), ("تروج", "PER", 0.5, "propagation"),
             ("تروج", "PER", 0.5, "propagation")]
    doc = resolve_document(_doc(text, spans))
    keys = {m.entity for m in doc.mentions if m.entity}
    assert keys and all(is_local(k) for k in keys)


def test_a_name_the_tagger_is_sure_of_with_echoes_is_linkable() -> None:
    text = "وقال ماتيو سالفيني إن إيطاليا لن تستقبل السفينة. وأضاف سالفيني أن الموانئ مغلقة."
    spans = [("ماتيو سالفيني", "PER", 0.95, "ner"), ("سالفيني", "PER", 0.5, "propagation")]
    doc = resolve_document(_doc(text, spans))
    assert not is_local(_entity_of(doc, "ماتيو سالفيني") or "~")


def test_two_own_sightings_are_linkable_however_weak() -> None:
    text = "وقال سمير حداد إن الأمر انتهى. وأضاف سمير حداد أن الوضع صعب."
    doc = resolve_document(_doc(text, [("سمير حداد", "PER", 0.6, "rules"), ("سمير حداد", "PER", 0.6, "ner")]))
    assert not is_local(_entity_of(doc, "سمير حداد") or "~")


def test_paradigm_verbs_present_and_derived_past() -> None:
    news = Counter({"تروج": 3, "يروج": 5, "يروجون": 1, "تونس": 9, "يونس": 9, "الغيت": 2, "الغي": 4,
                    "الغوا": 1, "هانت": 3, "هان": 5, "هانوا": 1, "تيم": 4, "ييم": 3})
    assert paradigm_verbs(news) == {"تروج", "الغيت"}


def test_a_past_tense_verb_is_cut_off_a_person_span() -> None:
    # "ألغيت" (was cancelled) is in the shipped table as a verb; "هانت" (Hunt) is not
    assert word_class("الغيت") == "V"
    assert word_class("هانت") is None
    m = Mention(0, 11, "فيليب ألغيت", label="PER", source="ner")
    a, b = name_span(m, "Person") or (0, 0)
    assert m.text[a:b] == "فيليب"
    assert name_span(Mention(0, 5, "ألغيت", label="PER", source="ner"), "Person") is None


# --- a cue before one of several mentions retypes that mention only ---

def test_a_cue_on_one_mention_of_two_retypes_only_that_one() -> None:
    text = "وتبنت كتائب عبد الله عزام الهجوم. وكان عبد الله عزام قد قتل عام 1989."
    spans = [("عبد الله عزام", "PER", 0.95, "ner"), ("عبد الله عزام", "PER", 0.95, "ner")]
    doc = resolve_document(_doc(text, spans))
    first, second = sorted((m for m in doc.mentions if m.text == "عبد الله عزام"), key=lambda m: m.start)
    assert first.label == "ORG" and second.label == "PER"
    assert doc.entities[first.entity or ""].type == "Organization"
    assert doc.entities[second.entity or ""].type == "Person"


def test_a_cue_on_most_mentions_retypes_them_all() -> None:
    text = "وتبنت كتائب عبد الله عزام الهجوم. وقالت كتائب عبد الله عزام إنها مستمرة. وعبد الله عزام تنظيم."
    spans = [("عبد الله عزام", "PER", 0.95, "ner")] * 3
    doc = resolve_document(_doc(text, spans))
    assert {m.label for m in doc.mentions if m.text == "عبد الله عزام"} == {"ORG"}


# --- a one-word alias of a listed organization before a person's name ---

def _brotherhood(text: str, alias: str, extra_spans: list[tuple[str, str, float, str]]) -> Document:
    i = text.index(alias)
    org = Mention(i, i + len(alias), alias, label="ORG", score=0.9, source="gazetteer",
                  attrs={"org_id": "muslim-brotherhood", "en": "Muslim Brotherhood"})
    return resolve_document(_doc(text, extra_spans, extra=[org]))


def test_short_alias_before_a_person_name_is_not_the_organization() -> None:
    text = "وطالبت إليجاك والأخوان ألتان بتبرئتهم في هذه القضية."
    doc = _brotherhood(text, "الأخوان", [("ألتان", "PER", 0.9, "ner")])
    alias = next(m for m in doc.mentions if m.text == "الأخوان")
    assert alias.entity is None and alias.attrs.get("not_a_name")
    assert "org/muslim-brotherhood" not in doc.entities


def test_short_alias_with_the_full_name_in_the_story_stays_the_organization() -> None:
    text = "وقالت جماعة الإخوان المسلمين إن مرشد الإخوان محمد بديع ما زال في السجن."
    i = text.index("جماعة الإخوان المسلمين")
    full = Mention(i, i + len("جماعة الإخوان المسلمين"), "جماعة الإخوان المسلمين", label="ORG", score=0.9,
                   source="gazetteer", attrs={"org_id": "muslim-brotherhood"})
    j = text.index("الإخوان محمد")
    alias = Mention(j, j + len("الإخوان"), "الإخوان", label="ORG", score=0.9, source="gazetteer",
                    attrs={"org_id": "muslim-brotherhood"})
    doc = resolve_document(_doc(text, [("محمد بديع", "PER", 0.95, "ner")], extra=[full, alias]))
    assert alias.entity == "org/muslim-brotherhood"


def test_short_alias_not_before_a_name_stays_the_organization() -> None:
    text = "وقال مسؤول إن الإخوان يرفضون الحوار."
    doc = _brotherhood(text, "الإخوان", [])
    assert next(m for m in doc.mentions if m.text == "الإخوان").entity == "org/muslim-brotherhood"


# --- a relative whose given name the tagger missed is no short form ---

def test_an_arabic_name_without_its_first_word_is_a_relative() -> None:
    text = "قتلت الطفلة بيان محمد خماش ووالدتها إيناس محمد خماش في القصف."
    doc = resolve_document(_doc(text, [("إيناس محمد خماش", "PER", 0.99, "ner"), ("محمد خماش", "PER", 0.99, "ner")]))
    assert _entity_of(doc, "محمد خماش") != _entity_of(doc, "إيناس محمد خماش")


def test_a_surname_and_a_two_word_short_form_still_join() -> None:
    text = "وقال محمد جواد ظريف إن الاتفاق قائم. وأضاف ظريف أن إيران ملتزمة."
    doc = resolve_document(_doc(text, [("محمد جواد ظريف", "PER", 0.99, "ner"), ("ظريف", "PER", 0.99, "ner")]))
    assert _entity_of(doc, "ظريف") == _entity_of(doc, "محمد جواد ظريف")


# --- a listed person's name at the end of a span after another given name; a noun in construct ---

def test_a_listed_surname_after_another_given_name_is_not_the_listed_person() -> None:
    text = "ولفت إلى أن نجله سيقود التنظيم تحت قيادة حمزة بن لادن، بعد مقتل أسامة بن لادن."
    doc = resolve_document(_doc(text, [("حمزة بن لادن", "PER", 0.95, "ner"), ("أسامة بن لادن", "PER", 0.95, "ner")]))
    assert _entity_of(doc, "أسامة بن لادن") == "person/osama-bin-laden"
    assert _entity_of(doc, "حمزة بن لادن") != "person/osama-bin-laden"


def test_a_listed_name_after_a_title_is_still_the_listed_person() -> None:
    text = "قرر الرئيس السوداني عمر البشير حل الحكومة."
    doc = resolve_document(_doc(text, [("الرئيس السوداني عمر البشير", "PER", 0.95, "ner")]))
    assert doc.mentions[0].entity == "person/omar-al-bashir"


def test_a_given_name_before_a_common_noun_is_no_short_form() -> None:
    text = "استقبلني طفل بدا لي أنه في عمر ابنتي. وقرر الرئيس السوداني عمر البشير حل الحكومة."
    doc = resolve_document(_doc(text, [("عمر البشير", "PER", 0.95, "ner"), ("عمر", "PER", 0.95, "ner")]))
    lone = min((m for m in doc.mentions if m.text == "عمر"), key=lambda m: m.start)
    assert lone.entity != "person/omar-al-bashir"
    text = "وقرر الرئيس السوداني عمر البشير حل الحكومة. وقال عمر إن الحكومة الجديدة ستعمل."
    doc = resolve_document(_doc(text, [("عمر البشير", "PER", 0.95, "ner"), ("عمر", "PER", 0.95, "ner")]))
    assert _entity_of(doc, "عمر") == "person/omar-al-bashir"
