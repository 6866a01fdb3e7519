"""Who does an Arabic event noun (tenth session, ``kg.events.extractor._governed_ar``).

An event noun with no genitive agent took the first name of its clause as its agent.  Read in
unseen ANT news, that agent was wrong 24 times in 40: the noun sat in a phrase ("في أول هجوم",
"أعمال الشغب"), was what the subject underwent ("تواجه المنظمة انتقادات"), or was an event of
others.  Now the clause's subject does the noun only when a verb of doing governs it ("شن",
"أعلن", "قام ب", "وصل ... في زيارة").  The sentences are written for the tests in the style
of the news, not copied from it; each group has both sides, so dropping every such agent, or
keeping every one, fails.
"""
from __future__ import annotations

import pytest

from kg.events.extractor import _doing_verb_ar
from kg.model import Document
from kg.pipeline import process
from kg.text.arabic import normalize


def _agents(text: str, trigger: str) -> list[str]:
    doc = process(Document(id="t", text=text, lang="ar"))
    out: list[str] = []
    for e in doc.events:
        if trigger in e.trigger.text:
            for k in e.agent:
                ent = doc.entities[k]
                out.append(ent.labels.get("ar") or next(iter(ent.labels.values())))
    return out


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the subject undergoes the noun
        ("وتواجه منظمة أوكسفام انتقادات متزايدة بشأن سلوك موظفيها في هايتي.", "انتقادات"),
        ("وخضع رئيس الوزراء الإسرائيلي بنيامين نتنياهو للتحقيق مجددا يوم الأحد.", "للتحقيق"),
        # the noun inside a phrase: a denial of any attack, a place of an attack
        ("وشدد وزير الخارجية الروسي سيرغي لافروف على عدم وجود أي هجوم كيماوي في دوما.", "هجوم"),
        ("وسمع شاهد من وكالة رويترز دوي انفجار قوي قرب وسط العاصمة.", "انفجار"),
        # a victim named before the noun
        ("ونعت الحركة القيادي أبو بكر الشامي الذي قضى في قتل جماعي بريف حمص.", "قتل"),
    ],
)
def test_a_noun_no_verb_of_doing_governs_takes_no_clause_subject(text: str, trigger: str) -> None:
    assert _agents(text, trigger) == []


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("شن الجيش الإسرائيلي، يوم الجمعة، قصفا على مواقع في جنوب سوريا.", "قصفا", "إسرائيل"),
        ("قام ولي العهد السعودي الأمير محمد بن سلمان بزيارة رسمية إلى القاهرة.", "بزيارة", "محمد بن سلمان"),
        ("ويفكر الرئيس الأمريكي دونالد ترامب بالانسحاب من الاتفاق النووي.", "بالانسحاب", "دونالد ترامب"),
        ("وصلت المستشارة الألمانية أنغيلا ميركل إلى باريس في أول زيارة منذ فوزها.", "زيارة", "أنغيلا ميركل"),
        ("وأعلنت مصر إرسال مساعدات إنسانية عاجلة إلى غزة.", "مساعدات", "مصر"),
    ],
)
def test_a_noun_a_verb_of_doing_governs_takes_its_subject(text: str, trigger: str, agent: str) -> None:
    assert agent in _agents(text, trigger)


def test_a_titled_person_after_a_visit_visits_and_after_an_assassination_is_killed() -> None:
    text = "وتوجت العلاقات بزيارة الرئيس الراحل الشيخ زايد بن سلطان آل نهيان إلى بكين عام 1990."
    assert any("زايد" in a for a in _agents(text, "بزيارة"))
    doc = process(Document(id="t", text="وتصاعد التوتر بعد اغتيال رئيس الوزراء اللبناني رفيق الحريري في بيروت.", lang="ar"))
    (ev,) = [e for e in doc.events if "اغتيال" in e.trigger.text]
    assert not ev.agent and any("rafik" in k or "%D8%B1%D9%81%D9%8A%D9%82" in k for k in ev.target)


@pytest.mark.parametrize(
    ("word", "doing"),
    [("وشنت", True), ("يقوم", True), ("وأعلنت", True), ("تستأنف", True), ("سيواصل", True), ("وصلت", True),
     ("شنق", False), ("قتل", False), ("موقع", False), ("وصف", False)],
)
def test_verbs_of_doing(word: str, doing: bool) -> None:
    assert _doing_verb_ar(normalize(word)) is doing


def test_an_earlier_sentences_actor_is_no_pro_drop_subject_mid_sentence() -> None:
    text = (
        "اتهمت الولايات المتحدة إيران بتهريب الأسلحة إلى اليمن. "
        "ويقول خبراء مستقلون إن المسؤولين العسكريين نسقوا لاستخدام الغاز في الهجوم."
    )
    doc = process(Document(id="t", text=text, lang="ar"))
    (ev,) = [e for e in doc.events if e.trigger.text == "نسقوا"]
    assert ev.agent == []


def test_a_verb_opening_the_next_sentence_keeps_the_subject() -> None:
    text = "اتهمت الولايات المتحدة إيران بتهريب الأسلحة إلى اليمن. وطالبت بوقف فوري لهذه الشحنات."
    doc = process(Document(id="t", text=text, lang="ar"))
    (ev,) = [e for e in doc.events if "طالب" in e.trigger.text]
    assert ev.agent == ["country/US"]


def test_often_is_no_negation() -> None:
    doc = process(Document(id="t", text="وغالبا ما يتهم الرئيس مادورو الولايات المتحدة بالتآمر عليه.", lang="ar"))
    (ev,) = [e for e in doc.events if e.category == "ACCUSE"]
    assert ev.modality == "asserted"


def test_a_nominative_plural_after_the_verb_is_its_subject() -> None:
    doc = process(Document(id="t", text="وحث المنتقدون والمستشارون ترامب على تكثيف الضغط على بوتين.", lang="ar"))
    (ev,) = [e for e in doc.events if e.category == "REQUEST"]
    assert ev.agent == [] and ev.target == ["person/donald-trump"]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("وأثارت قضية مقتل الصحفي جمال خاشقجي غضبا واسعا.", "مقتل", "خاشقجي"),
        ("وأثار إطلاق سراح القس أندرو برانسون ارتياحا في واشنطن.", "إطلاق", "برانسون"),
        ("ونعت الجماعة القيادي صالح الصماد بعد مقتله في غارة جوية.", "مقتله", "الصماد"),
    ],
)
def test_the_genitive_or_pronoun_of_a_transitive_noun_undergoes_it(text: str, trigger: str, target: str) -> None:
    doc = process(Document(id="t", text=text, lang="ar"))
    (ev,) = [e for e in doc.events if trigger in e.trigger.text]
    names = [doc.entities[k].labels.get("ar", "") for k in ev.target]
    assert any(target in n for n in names) and not any(target in doc.entities[k].labels.get("ar", "") for k in ev.agent)


def test_a_support_noun_with_a_lam_object_keeps_its_genitive_agent() -> None:
    doc = process(Document(id="t", text="وتشعر أنقرة بالغضب من دعم واشنطن لوحدات حماية الشعب الكردية.", lang="ar"))
    (ev,) = [e for e in doc.events if e.category == "SUPPORT"]
    assert ev.agent == ["country/US"]


def test_a_name_in_brackets_after_a_name_is_no_second_argument() -> None:
    doc = process(Document(id="t", text='اتهم الرئيس الفلسطيني محمود عباس (أبومازن)، الأربعاء، حركة "حماس" بعرقلة المصالحة.', lang="ar"))
    (ev,) = [e for e in doc.events if e.category == "ACCUSE"]
    assert ev.target == ["org/hamas"]


def test_a_definite_noun_after_the_verb_is_its_subject_and_the_name_its_object() -> None:
    doc = process(Document(id="t", text="وطالب المؤتمر الأمم المتحدة بتشكيل لجنة تحقيق دولية.", lang="ar"))
    (ev,) = [e for e in doc.events if e.category == "REQUEST"]
    assert ev.agent == [] and ev.target == ["org/united-nations"]
    # a descriptor right before a person names that person, who acts
    doc = process(Document(id="t", text="ورفض النجم كريستيانو رونالدو الاتهامات الموجهة إليه.", lang="ar"))
    (ev,) = [e for e in doc.events if e.category == "REJECT"]
    assert any("رونالدو" in doc.entities[k].labels.get("ar", "") for k in ev.agent)


def test_a_relative_verb_of_doing_names_who_did_the_noun() -> None:
    # common nouns did it: no name, and not the mall named before
    text = "وأعيد افتتاح مركز ويست غيت التجاري في نيروبي أمس بعد عامين على هجوم شنه مسلحون متشددون."
    doc = process(Document(id="t", text=text, lang="ar"))
    (ev,) = [e for e in doc.events if e.trigger.text == "هجوم"]
    assert all(k.startswith("group/") for k in ev.agent)  # the gunmen (a group), never the mall
    doc = process(Document(id="t", text="وأكد الوزير خالد الفالح خلال الاجتماع الذي عقده بمقر الوزارة أن الإنتاج مستقر.", lang="ar"))
    (ev,) = [e for e in doc.events if "الاجتماع" in e.trigger.text]
    assert any("الفالح" in doc.entities[k].labels.get("ar", "") for k in ev.agent)


def test_a_possessive_support_noun_with_a_lam_object_is_the_possessors_support() -> None:
    text = "وشكر المدير الأمير بدر بن محمد على دعمه ومساندته للجنة المحلية."
    doc = process(Document(id="t", text=text, lang="ar"))
    (ev,) = [e for e in doc.events if e.trigger.text == "دعمه"]
    assert ev.target == [] and any("بدر" in doc.entities[k].labels.get("ar", "") for k in ev.agent)


def test_after_a_relative_pronoun_the_antecedent_acts_and_the_name_after_is_the_object() -> None:
    doc = process(Document(id="t", text="وقال ولي العهد السعودي، الأمير محمد بن سلمان، الذي يزور الولايات المتحدة حاليا، إن العلاقات قوية.", lang="ar"))
    (ev,) = [e for e in doc.events if e.category == "CONSULT"]
    assert ev.target == ["country/US"] and "country/US" not in ev.agent


def test_with_a_resumptive_pronoun_the_name_after_the_relative_verb_acts() -> None:
    doc = process(Document(id="t", text="ويحرص الرئيس، الذي أيدته الجمعية الوطنية للبنادق في حملته، على إرضاء الناخبين.", lang="ar"))
    (ev,) = [e for e in doc.events if e.category == "SUPPORT"]
    assert ev.agent and all("للبنادق" in doc.entities[k].labels.get("ar", "") or "البنادق" in doc.entities[k].labels.get("ar", "") for k in ev.agent)
