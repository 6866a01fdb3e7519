"""Arabic roles from clause shape (eleventh session, lead; read in unseen ANT and SaudiNewsNet news).

* ``كما أنها طالبت المملكة ...``: the pronoun on أنّ is the verb's subject; the name after the
  verb is its object, not its subject.
* A verb right after an indefinite noun describes that noun even when a name stands earlier in
  the clause (``وخلق حالة يعترف فيها العالم``); after a time noun (``في وقت تحدى ترامب روسيا``)
  the verb opens a clause of its own, subject first.
* The singular of an accusation or criticism takes the accused as genitive (``اتهام روسيا``,
  ``بانتقاد الناتو``), the plural the accuser (``اتهامات لندن``); the event the accusation's ``ب``
  phrase names was done, allegedly, by the accused.
* A country after ``الحدود مع`` is where, not who undergoes the event.
* ``سمح`` (allow) is an event only with an actor next to it: a programme, a law, a card or the
  weather "allowing" is no concession.

Sentences are written for the tests in the style of the news; each rule has both sides.
"""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process


def _events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    doc = process(Document(id="t", text=text, lang="ar"))

    def label(k: str) -> str:
        ent = doc.entities.get(k)
        if ent is None:
            return k  # a key an event names without a mention here ("country/TR" for أنقرة's state)
        return ent.labels.get("ar") or next(iter(ent.labels.values()))

    return [(e.category, e.trigger.text, [label(k) for k in e.agent], [label(k) for k in e.target]) for e in doc.events]


def _one(text: str, trigger: str) -> tuple[str, str, list[str], list[str]]:
    found = [e for e in _events(text) if trigger in e[1]]
    assert found, (trigger, _events(text))
    return found[0]


def test_pronoun_on_anna_is_the_subject_and_the_name_after_the_object() -> None:
    _, _, agent, target = _one("وكشفت عن خطتها، كما أنها طالبت المملكة العربية السعودية بالكشف عن مصير خطيبها.", "طالبت")
    assert agent == []
    assert any("السعودية" in t for t in target)


def test_verb_after_an_indefinite_noun_describes_it_despite_an_earlier_name() -> None:
    text = "يسعى كيم إلى إجهاض الجهود العسكرية الأمريكية، وخلق حالة يعترف فيها العالم بشرعية كوريا الشمالية."
    _, _, agent, _ = _one(text, "يعترف")
    assert not any("أمريك" in a or "الولايات" in a for a in agent)


def test_verb_after_a_time_noun_opens_its_own_clause() -> None:
    text = "رصدت صور الأقمار الصناعية تحركا قبالة سوريا، في وقت تحدى الرئيس الأميركي، دونالد ترامب، روسيا."
    _, _, agent, target = _one(text, "تحدى")
    assert any("ترامب" in a for a in agent)
    assert any("روسيا" in t for t in target)
    text = "ودعا الرئيس الأمريكي دونالد ترامب الصين إلى تطبيق العقوبات، وذلك في وقت تجمع مئات في ولاية فلوريدا."
    _, _, agent, _ = _one(text, "تجمع")
    assert agent == []


def test_an_earlier_subject_still_does_a_verb_after_an_adverb_or_a_masdar() -> None:
    # "إعادة فرض": a masdar chain, not a clause describing إعادة
    text = "أعلن الرئيس الأمريكي دونالد ترامب قرار الانسحاب من الاتفاق وإعادة فرض العقوبات على إيران."
    cat, _, agent, _ = _one(text, "فرض")
    assert cat == "COERCE"
    assert any("ترامب" in a for a in agent)


def test_accusation_singular_takes_the_accused_plural_the_accuser() -> None:
    _, _, agent, target = _one("وأكدت بريطانيا على تمسكها باتهام روسيا أمام مجلس الأمن.", "باتهام")
    assert any("روسيا" in t for t in target) and not any("روسيا" in a for a in agent)
    _, _, agent, target = _one("واختار أردوغان أن يرد بانتقاد الناتو لعدم دعمه.", "بانتقاد")
    assert any("الناتو" in t or "شمال الأطلسي" in t for t in target)
    _, _, agent, target = _one("وقال البيان إن كل اتهامات لندن لا معنى لها.", "اتهامات")
    assert any("لندن" in a or a == "country/GB" for a in agent)  # London stands for its state


def test_the_accused_does_what_the_accusation_names() -> None:
    text = (
        "وقال إن الضربات الأمريكية التي استهدفت قاعدة الشعيرات جاءت إثر اتهام نظام بشار الأسد "
        "بشن هجوم كيماوي في خان شيخون."
    )
    events = _events(text)
    accuse = next(e for e in events if e[0] == "ACCUSE")
    assert any("الأسد" in t for t in accuse[3])
    attack = next(e for e in events if e[1] == "هجوم")
    assert any("الأسد" in a for a in attack[2])


def test_a_border_country_is_no_target() -> None:
    _, _, _, target = _one("وقتل أربعون مدنيا في شمال شرق مالي، على الحدود مع النيجر.", "وقتل")
    assert not any("النيجر" in t for t in target)
    # مع elsewhere still names who it is done with
    _, _, _, target = _one("ووقع الأردن اتفاقية تعاون مع مصر في عمان.", "تعاون")
    assert any("مصر" in t for t in target)


@pytest.mark.parametrize(
    "text",
    [
        "ويسمح هذا البرنامج لأصحاب المهارات بتسجيل المهارات.",
        "وتسمح البطاقة الخضراء للشخص بالحياة والعمل في الولايات المتحدة.",
        "نحن نخطط لنقل مرور الكويكب على الهواء في حال سمحت الأحوال الجوية بذلك.",
    ],
)
def test_allowing_without_an_actor_is_no_event(text: str) -> None:
    assert not any(e[0] == "CONCEDE" for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "وسمحت السلطات المصرية بدخول المساعدات إلى غزة.",
        "وذكر أن أنقرة لا تعتزم إيذاء جنود الحلفاء، لكنها لن تسمح للمسلحين بالتحرك بحرية.",
        "وتسمح السعودية لتركيا بالبحث في القنصلية.",
    ],
)
def test_allowing_by_an_actor_stays_an_event(text: str) -> None:
    assert any(e[0] == "CONCEDE" for e in _events(text))


def test_first_person_verbs_are_done_by_the_speaker_not_the_name_after() -> None:
    # "we reject": the one quoted; the names after the verb are its objects
    _, _, agent, _ = _one('وقال وزير الخارجية السعودي عادل الجبير: "نرفض نقل السفارة الأميركية إلى القدس".', "نرفض")
    assert any("الجبير" in a for a in agent)
    _, _, agent, target = _one('وقال ترامب: "وفي لحظات قريبة سأوقع مذكرة لبدء العقوبات على النظام الإيراني".', "سأوقع")
    assert not any("إيران" in a or "الإيراني" in a for a in agent)
    assert any("الإيراني" in t for t in target)
    # a perfect that looks like "I" + stem stays third person: "أدين" (was convicted) and "ساعد" (helped)
    assert _first_person_words("أدين", "دان/دين") is False
    assert _first_person_words("سنطلب", "طلب/طلب") is True
    assert _first_person_words("أعده", "اعد/عد") is False


def _first_person_words(word: str, lemma: str) -> bool:
    from types import SimpleNamespace

    from kg.events.roles import _first_person_ar
    from kg.text.arabic import normalize

    view = SimpleNamespace(words=[normalize(word)])
    m = SimpleNamespace(entry=SimpleNamespace(lemma=lemma), start=0)
    return _first_person_ar(view, m)  # type: ignore[arg-type]


def test_the_killed_are_from_the_group_not_its_agents() -> None:
    _, _, agent, target = _one("كشفت السلطات الأردنية عن حيثيات مقتل ضابط من قوات الدرك الأردنية في انفجار.", "مقتل")
    assert not any("الدرك" in a for a in agent)
    assert any("الدرك" in t for t in target)
    # attackers from a group: the group attacks
    _, _, agent, _ = _one("وأسفر هجوم متطرفين من جماعة بوكو حرام على مدرسة في نيجيريا عن مقتل عشرة.", "هجوم")
    assert any("بوكو" in a for a in agent)


@pytest.mark.parametrize(
    "text",
    [
        "وأشار إلى أن الحكومة التركية تستهدف خفض التضخم إلى ما دون العشرة بالمئة.",
        "وبحسب الخطة، فإن العقوبات تستهدف الحد من صادرات النفط الإيرانية.",
        "وتستهدف العقوبات أيضا قطاع السيارات الإيراني والقطاع المصرفي.",
        "يستهدف هذا البرنامج رفع حجم أسواق رأس المال السعودية.",
    ],
)
def test_aiming_at_a_figure_or_a_policy_reach_is_no_attack(text: str) -> None:
    assert not any(e[0] == "ASSAULT" for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "واستهدفت الغارات تجمعات للحوثيين في منطقة العرج.",
        "وقال الوزير إن حركة طالبان وتنظيم الدولة الإسلامية يستهدفان المدنيين بهدف إثارة غضب الناس.",
        "وقتل القائد الحوثي جراء غارة جوية لطائرات التحالف استهدفته في منطقة الجر بمحافظة حجة.",
    ],
)
def test_targeting_by_arms_stays_an_attack(text: str) -> None:
    assert any(e[0] == "ASSAULT" for e in _events(text))


def test_an_agreement_allowing_is_no_concession_and_the_pair_helps_each_other() -> None:
    text = (
        "ويأتي الاجتماع بعد شهر واحد من توقيع روسيا وكوريا الشمالية على اتفاقية دفاعية تاريخية جديدة، "
        "تسمح بكل الوسائل المتاحة لمساعدة بعضهما البعض إذا تعرضت أي من الدولتين لهجوم."
    )
    events = _events(text)
    assert not any(e[0] == "CONCEDE" for e in events)
    aid = next(e for e in events if "لمساعدة" in e[1])
    assert len(aid[2]) == 2  # Russia and North Korea, each other
