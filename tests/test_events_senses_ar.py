"""Arabic trigger words in their ordinary sense state no event (ninth session, kg.events.senses_ar).

Found by reading the events of a 3,000-article ANT store; the sentences are written for the tests
in the style of the news, not copied from it.  Each pair shows the ordinary sense (no event) next
to the event sense, so a rule that dropped the word everywhere would fail.
"""
from __future__ import annotations

import pytest

from kg.events.senses_ar import _feminine_noun
from kg.model import Document
from kg.pipeline import process


def _categories(text: str) -> list[tuple[str, str]]:
    doc = process(Document(id="t", text=text, lang="ar"))
    return [(e.category, e.trigger.text) for e in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        "وتستهدف الحكومة تحقيق فائض أولي قدره 2 في المئة العام المقبل.",
        "حققت الشركة أرباحا كبيرة خلال العام الماضي.",
        "وحقق الجيش تقدما كبيرا في جبهة الساحل الغربي.",
        "وقال إن بلاده تعمل لتحقيق هذا الهدف مع شركائها.",
        "حقق الجيش اليمني انتصارات كبيرة في تعز.",
        "وقال مكتب التحقيقات الفيدرالي إنه تلقى تحذيرا بشأن الشاب.",
    ],
)
def test_achieving_and_the_fbi_are_no_investigation(text: str) -> None:
    assert "ACCUSE" not in {c for c, _ in _categories(text)}


@pytest.mark.parametrize(
    "text",
    [
        "وفتحت الشرطة تحقيقا في الحادث.",
        "وأعلنت النيابة إجراء تحقيق شامل في وفاة الصحفي.",
        "وقالت الشرطة إنها تحقق في محاولة تسميم العميل.",
        "ويحقق فريق مولر في مزاعم تدخل روسيا في الانتخابات.",
        "وقال الوزير إن تحقيقا حكوميا كشف خروقات جسيمة.",
        "وأضافت أن تحقيقا فتح لكشف ملابسات الوفاة.",
        "وتحقق الهيئة الوطنية لسلامة وسائل النقل في الحادث.",
    ],
)
def test_investigations_stay_investigations(text: str) -> None:
    assert "ACCUSE" in {c for c, _ in _categories(text)}


def test_dawn_is_no_explosion() -> None:
    cats = _categories("شن الطيران الإسرائيلي فجر الخميس غارات على مواقع في غزة.")
    assert ("ASSAULT", "فجر") not in cats and ("ASSAULT", "شن") in cats
    assert ("ASSAULT", "فجر") not in _categories("وانطلقت، فجر الأربعاء، عملية عسكرية لتحرير الميناء.")
    assert ("ASSAULT", "فجر") in _categories("فجر انتحاري نفسه في سوق مزدحم ببغداد.")


def test_distance_is_no_expulsion() -> None:
    assert _categories("وقع الحادث في مدينة هورشولم التي تبعد 25 كيلومترا شمالي العاصمة.") == []
    assert ("COERCE", "أبعدت") in _categories("أبعدت السلطات الأردنية الصحفي عن البلاد.")


def test_a_challenge_is_no_defiance() -> None:
    assert _categories("ويشكل صعود الحزب تحديا كبيرا للاتحاد الأوروبي.") == []
    assert ("REJECT", "وتحدى") in _categories("وتحدى الرئيس ترامب الكونغرس.")


def test_political_targeting_is_no_armed_attack() -> None:
    assert "ASSAULT" not in {c for c, _ in _categories("وقال إنه يعتقد أنه يجري استهدافه سياسيا بسبب تصريحاته.")}
    assert "ASSAULT" in {c for c, _ in _categories("استهدفت غارة جوية موقعا عسكريا في درعا.")}


def test_ta_marbuta_is_no_verb_with_a_pronoun() -> None:
    # "رحلة" (a trip) read as رحّل + ه (deported him) made every flight an expulsion
    assert _categories("وألغيت حوالي 300 رحلة قطار في فرنسا يوم الثلاثاء.") == []
    assert _feminine_noun("رحلة") and _feminine_noun("قاتلة") and _feminine_noun("ورحلة")
    # verbal nouns keep the event: a resignation, a demonstration, a condemnation
    assert not any(_feminine_noun(w) for w in ("استقالة", "تظاهرة", "إدانة", "تنحية", "للاستقالة"))
    assert ("CONCEDE", "استقالة") in _categories("وقبلت رئيسة الوزراء استقالة وزير الخارجية بوريس جونسون.")


def test_a_word_of_a_name_is_no_trigger() -> None:
    # "رضوان فايد": the surname is not ف + أيّد (supported)
    assert "SUPPORT" not in {c for c, _ in _categories("اعتقلت الشرطة الفرنسية اللص الشهير رضوان فايد في باريس.")}


def test_admission_is_no_recognition() -> None:
    assert "SUPPORT" not in {c for c, _ in _categories("وقد اعترف المتهم بالجرائم التي نسبت إليه خلال التحقيق.")}
    assert "SUPPORT" not in {c for c, _ in _categories("اعترف اللاعب بأنه شعر بالعجز بعد المباراة.")}
    assert ("SUPPORT", "اعترف") in _categories("وكان ترمب اعترف بالقدس عاصمة لإسرائيل في ديسمبر.")
    assert ("SUPPORT", "الاعتراف") in _categories("وأعلن الرئيس الاعتراف بدولة فلسطين.")
    assert ("SUPPORT", "وتعترف") in _categories("وتعترف فقط تركيا باستقلال الشطر الشمالي من الجزيرة.")


def test_what_a_law_allows_is_no_concession() -> None:
    assert "CONCEDE" not in {c for c, _ in _categories("يدرس مجلس الشيوخ مشروع قانون يسمح بالإجهاض حتى الأسبوع الرابع عشر.")}
    assert "CONCEDE" not in {c for c, _ in _categories("ويسمح التعديل ببقاء الرئيس في السلطة بعد 2023.")}
    assert ("CONCEDE", "تسمح") in _categories("السعودية تسمح لتركيا بالبحث داخل القنصلية.")


def test_a_finding_and_an_anonymous_source_are_no_events() -> None:
    assert _categories("توصلت دراسة حديثة إلى أن الحفاظ على الكبد حيا يزيد فرص النجاح.") == []
    assert ("AGREE", "وتوصلت") in _categories("وتوصلت إسرائيل وحماس إلى اتفاق لوقف إطلاق النار.")
    cats = _categories("وقال المسؤول الذي طلب عدم الكشف عن اسمه إن الاجتماع سيعقد غدا.")
    assert "REQUEST" not in {c for c, _ in cats}
    assert ("REQUEST", "طلب") in _categories("طلب الرئيس الإسرائيلي من الأمير وليام أن ينقل رسالة إلى عباس.")


def test_a_place_that_is_no_capital_acts_for_no_one() -> None:
    from kg.events.metonymy import idle_places

    # Hodeidah (a city), a district: where it happened; Moscow (a capital), Tel Aviv (a seat of
    # government) and a country act
    keys = ["city/79415", "loc/x", "city/524901", "city/293397", "country/YE"]
    assert idle_places(keys, [], [], "ar") == ["city/524901", "city/293397", "country/YE"]
    doc = process(Document(id="t", text="وخرجت مظاهرات في مدينة الحديدة للمطالبة برفع الحصار.", lang="ar"))
    assert all(not k.startswith("city/") for e in doc.events for k in e.agent)


def test_prompting_portending_alarms_interviews_and_findings_are_no_events() -> None:
    for text, word in (
        ("وأكد المجلس تفهمه للأسباب التي دعت السعودية إلى منع القنوات.", "دعت"),  # what prompted it
        ("وقال إن الهجمات تنذر بحرب شاملة في المنطقة.", "تنذر"),  # portends
        ("كان إحراق المعبر جرس إنذار للحكومة المصرية.", "إنذار"),  # an alarm bell
        ("ويقول موظفو إغاثة إن المسؤولين يعرقلون المساعدات.", "إغاثة"),  # aid workers
        ("وفجر الرئيس الفرنسي مفاجأة خلال لقاء صحفي مساء الأحد.", "وفجر"),  # sprang a surprise
        ("وفجر الرئيس الفرنسي مفاجأة خلال لقاء صحفي مساء الأحد.", "لقاء"),  # in an interview
        ("ولكن فريق الباحثين الصيني توصل إلى تصميم جديد للبطاريات.", "توصل"),  # a result
    ):
        assert word not in {t for _, t in _categories(text)}, text
    assert ("REQUEST", "ودعا") in _categories("ودعا الرئيس المجتمع الدولي إلى التدخل.")
    assert ("THREATEN", "أنذرت") in _categories("أنذرت إسرائيل سكان غزة بإخلاء منازلهم.")
    assert ("AGREE", "نتوصل") in _categories("وقال الوزير إنه يأمل أن نتوصل إلى مذكرة تفاهم قريبا.")


def test_a_place_name_an_amount_and_a_bare_ta_are_no_triggers() -> None:
    # "وعدن" is و + Aden, not وعد (promised) + نون
    text = "وأطلع المبعوث مجلس الأمن على نتائج المباحثات التي أجراها في صنعاء وعدن غداة عودته."
    assert "AGREE" not in {c for c, _ in _categories(text)}
    assert "ACCUSE" not in {c for c, _ in _categories("وتهدف البحرين إلى تحقيق 250 ميغاواط من الطاقة المتجددة.")}
    assert "CONSULT" not in {c for c, _ in _categories("ستعرف عندها أنك قمت بتنشيط التصميم الجديد.")}
    assert ("CONSULT", "قمة") in _categories("قمة تجمع ترمب وكيم في سنغافورة.")


@pytest.mark.parametrize(
    "text",
    ["ويحتل ملف الهجرة أولوية في برنامج عمل الحكومة الجديدة.", "واحتلت فنلندا المركز الأول في تقرير السعادة."],
)
def test_ranking_is_no_occupation(text: str) -> None:
    assert "COERCE" not in {c for c, _ in _categories(text)}


def test_occupation_stays_occupation() -> None:
    assert "COERCE" in {c for c, _ in _categories("واحتلت القوات التركية مدينة عفرين في مارس الماضي.")}


def test_a_ceasefire_is_no_shooting() -> None:
    cats = _categories("وتعمل الدول الثلاث للتوصل إلى وقف دائم لإطلاق النار في سوريا.")
    assert "ASSAULT" not in {c for c, _ in cats}
    assert "ASSAULT" in {c for c, _ in _categories("وأطلق مسلحون النار على دورية للشرطة.")}


@pytest.mark.parametrize(
    "text",
    ["ودخل الشاب بريطانيا باعتباره طالب لجوء قبل عامين.", "وقال الأستاذ إن طالبا سعوديا طرق بابه أمس."],
)
def test_an_applicant_or_student_is_no_demand(text: str) -> None:
    assert "REQUEST" not in {c for c, _ in _categories(text)}


def test_a_demand_stays_a_demand() -> None:
    assert "REQUEST" in {c for c, _ in _categories("وطالب الرئيس الفلسطيني محمود عباس الأمم المتحدة بحماية شعبه.")}
    assert "REQUEST" in {c for c, _ in _categories("وقال المدرب إنه طالب لاعبيه بإدراك قيمة الفريق.")}


@pytest.mark.parametrize(
    "text",
    [
        "السعودية تستضيف أسبوع الموضة العربي للمرة الأولى",
        "وقال دو إن الاشتراك في استضافة دورة الألعاب الصيفية سيأتي بعد نجاح الأولمبياد.",
        "يشار إلى أن المدينة تستقبل الآلاف من الأسر النازحة من مناطق الحرب.",
        "وتزعم القناة أن السلطات أزالت جميع أجهزة استقبال القناة من المطاعم.",
        "ودهس العديد من المارة، بينما فر آخرون الى المقاهي طلبا للأمان.",
        "وأكد أحد تجار العملة لوكالة فرانس برس السعر، طالبا عدم ذكر هويته.",
    ],
)
def test_hosting_things_seeking_and_anonymity_are_no_events(text: str) -> None:
    assert [c for c, _ in _categories(text) if c in ("CONSULT", "REQUEST")] == []


def test_hosting_people_or_a_summit_stays_a_meeting() -> None:
    assert "CONSULT" in [c for c, _ in _categories("وتستضيف إسطنبول الجمعة قمة لمنظمة التعاون الإسلامي.")]
    assert "CONSULT" in [c for c, _ in _categories("واستقبل الرئيس الإندونيسي جوكو ويدودو، الاثنين، شيخ الأزهر أحمد الطيب في المعرض.")]


def test_a_ceasefire_with_words_between_is_no_shooting() -> None:
    # "لوقف" and "وقف" before "إطلاق النار": the rule compared words with و stripped twice
    for text in ("استبعدت حركة طالبان تمديد وقف غير مسبوق لإطلاق النار مدته 3 أيام.",
                 "وأعلن مصدر عسكري عن اتفاق لوقف إطلاق نار مؤقت في المخيم."):
        assert "ASSAULT" not in [c for c, _ in _categories(text)]


def test_dawn_and_weather_warnings_are_no_attack_or_threat() -> None:
    text = "كما صدر إنذار أصفر لمعظم مناطق المملكة المتحدة بين الساعة الرابعة فجرا السبت والساعة العاشرة صباحا الأحد."
    assert _categories(text) == []
    # the dual verb "فجّرا" (the two blew up) stays an attack
    assert "ASSAULT" in [c for c, _ in _categories("وكان الانتحاريان قد فجرا نفسيهما في سوق مزدحم ببغداد.")]


def test_holding_a_post_is_no_occupation() -> None:
    assert _categories("كما يعد من بين الأعضاء المهمين في حكومة إدوار فيليب حيث يحتل منصب وزير الخارجية.") == []


@pytest.mark.parametrize(
    "text",
    [
        "فجر أحد حراس زعيم تنظيم القاعدة الراحل، أسامة بن لادن، غضبا في ألمانيا.",
        "فجّر الجيش الإسرائيلي، الأربعاء، مفاجأة بشأن إسقاط المقاتلة السورية.",
        "خطف المغنيان برونو مارس وكيندريك لامار الأضواء في حفل توزيع جوائز غرامي.",
        "واستهدفت تلك الأوامر قطاعات من القوات المسلحة السعودية.",
    ],
)
def test_sparking_anger_stealing_the_show_and_orders_are_no_attack(text: str) -> None:
    assert "ASSAULT" not in [c for c, _ in _categories(text)]


def test_a_bomber_blowing_himself_up_stays_an_attack() -> None:
    assert "ASSAULT" in [c for c, _ in _categories("وفجر انتحاري نفسه وسط مدنيين وأثار الهجوم غضبا واسعا.")]
