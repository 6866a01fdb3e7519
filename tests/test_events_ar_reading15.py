"""Arabic events read on unseen news (fifteenth session): conditions opened by في حال, times
after the document's day, verbs opening a relative clause, accidents, mountain peaks and camps."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.model import Document
from kg.pipeline import process

pytestmark = pytest.mark.filterwarnings("ignore")


def _events(text: str, date: dt.date | None = None) -> list[tuple[str, str, list[str], list[str], str]]:
    doc = process(Document(id="t", text=text, lang="ar", date=date))

    def label(k: str) -> str:
        ent = doc.entities.get(k)
        if ent is None:
            return k
        return ent.labels.get("ar") or next(iter(ent.labels.values()))

    return [
        (e.category, e.trigger.text, [label(k) for k in e.agent], [label(k) for k in e.target], e.modality)
        for e in doc.events
    ]


def _one(text: str, trigger: str, date: dt.date | None = None) -> tuple[str, str, list[str], list[str], str]:
    found = [e for e in _events(text, date) if trigger in e[1]]
    assert found, (trigger, _events(text, date))
    return found[0]


def _none(text: str, trigger: str) -> None:
    assert not [e for e in _events(text) if trigger in e[1]], _events(text)


# -- في حال: a condition, and no relative clause after حال


def test_in_case_is_a_condition_with_its_own_subject() -> None:
    cat, _, agent, target, mode = _one("وقال المتحدث إنه في حال هاجمت إسرائيل إيران فإن الرد سيكون قاسيا.", "هاجمت")
    assert (cat, mode) == ("ASSAULT", "hypothetical")
    assert agent == ["إسرائيل"] and target == ["إيران"]


def test_in_case_of_a_noun_is_a_condition() -> None:
    text = (
        "هدد الرئيس الأمريكي دونالد ترامب بفرض عقاب شديد على المملكة العربية السعودية في حال ثبوت "
        "ضلوعها باغتيال الصحفي والكاتب السعودي، جمال خاشقجي، الذي اختفى بعد دخوله للقنصلية."
    )
    assert _one(text, "اغتيال")[4] == "hypothetical"


def test_in_case_before_a_comma_does_not_reach_a_later_event() -> None:
    text = (
        "لوحت القناة بالتوقف عن البث في حال عدم توفير الحماية لأطقمها، وذلك غداة إصابة اثنين "
        "من الصحافيين إثر اعتداء من قبل مشجعين."
    )
    assert _one(text, "اعتداء")[4] == "asserted"


# -- a time after the document's day: not held yet


def test_next_week_makes_a_present_verb_planned() -> None:
    text = "يستضيف الرئيس الأميركي دونالد ترامب الملك عبد الله الثاني ملك الأردن في البيت الأبيض الأسبوع المقبل."
    cat, _, agent, target, mode = _one(text, "يستضيف")
    assert (cat, mode) == ("CONSULT", "planned")
    assert agent == ["دونالد ترامب"] and target == ["عبد الله الثاني"]


def test_tomorrow_makes_a_visit_planned() -> None:
    text = "وكتب الوزير: سيرأس الرئيس أسياس أفورقي وفدا في زيارة رسمية لإثيوبيا غدا."
    assert _one(text, "زيارة")[4] == "planned"
    text = "يلتقي الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون غدا في باريس."
    assert _one(text, "يلتقي", dt.date(2018, 4, 6))[4] == "planned"


def test_past_verbs_and_past_times_stay_asserted() -> None:
    text = "التقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون أمس في باريس."
    assert _one(text, "التقى", dt.date(2018, 4, 6))[4] == "asserted"
    # "بعد أسبوع" resolves to a day after the document's, but it counts from an earlier event
    text = "وانضمت روسيا بعد أسبوع تقريبا إلى حملة القصف الجوي."
    assert _one(text, "القصف", dt.date(2018, 4, 6))[4] == "asserted"


def test_the_time_of_another_clause_or_event_does_not_count() -> None:
    text = (
        "وأبدت اهتماما بالمشاورات الجارية بين المسؤولين للخروج بنتائج من جلسة مجلس الوزراء "
        "المقرر عقدها يوم الخميس المقبل."
    )
    assert _one(text, "المشاورات")[4] == "asserted"
    text = (
        "أعلن رئيس المفوضية الأوروبية جان كلود يونكر أن المفوضية ستطلق غدا العملية التي تتيح لها أن "
        "تتصدى للعقوبات الأميركية على شركات أوروبية."
    )
    assert _one(text, "عقوبات")[4] == "asserted"


def test_an_announced_threat_stays_a_threat() -> None:
    text = "أعلنت واشنطن أنها ستفرض حزمة جديدة من العقوبات ضد روسيا الشهر المقبل."
    cat, _, _, _, mode = _one(text, "ستفرض")
    assert (cat, mode) == ("THREATEN", "asserted")


# -- a verb opens a relative clause


def test_verb_with_object_pronoun_after_a_relative_pronoun() -> None:
    text = "وقد غرقت ليبيا في الفوضى منذ الانتفاضة التي دعمها حلف شمالي الأطلسي عام 2011."
    cat, _, agent, target, _ = _one(text, "دعمها")
    assert cat == "SUPPORT"
    assert agent == ["حلف شمالي الأطلسي"] and "ليبيا" not in target


# -- accidents: no one attacked


@pytest.mark.parametrize(
    "text",
    [
        "لقي 16 شخصا مصرعهم إثر غرق مركب يقل مهاجرين قبالة سواحل قبرص.",
        "قتل 8 أشخاص وأصيب 14 آخرون إثر حادث سير مروع على الطريق الساحلي.",
        "وفي السادس من مارس، قتل 39 شخصا جراء تحطم طائرة نقل روسية قرب قاعدة حميميم.",
        "وشهدت المدينة انهيارا أرضيا في عام 2008 أسفر عن مقتل 19 شخصا.",
    ],
)
def test_the_dead_of_an_accident_were_not_attacked(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "ASSAULT"], _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "قتل عشرة أشخاص في قصف أدى إلى انهيار مبنى في حلب.",
        "وجرت الانتخابات في ظل حالة الطوارئ المعلنة منذ محاولة الانقلاب عام 2016 والتي قتل فيها 240 شخصا.",
    ],
)
def test_killings_beside_arms_or_a_coup_stay(text: str) -> None:
    assert [e for e in _events(text) if e[0] == "ASSAULT"], _events(text)


# -- words in another sense


def test_a_mountain_peak_is_no_summit() -> None:
    _none("فقد قرر ريتا المضي في تسلق قمة إفرست يوم الأحد.", "قمة")
    _none("الاستعداد لتسلق أعلى قمة جبل في العالم تجربة شاقة.", "قمة")
    assert _one("وتشارك السعودية في قمة عربية طارئة في عمان يوم الأحد.", "قمة")[0] == "CONSULT"


def test_a_camp_is_no_arrest() -> None:
    _none("نشر صورة على تويتر لمعسكر اعتقال نازي.", "اعتقال")
    assert _one("اعتقلت الشرطة التركية ستة أشخاص في إسطنبول.", "اعتقلت")[0] == "COERCE"


def test_achieving_a_settlement_is_no_inquiry() -> None:
    _none("يسعى المبعوث الأممي إلى تحقيق تسوية شاملة للأزمة اليمنية.", "تحقيق")


# -- "شخص ما" is someone, and an aim is no act


def test_ma_after_an_indefinite_noun_is_no_negation() -> None:
    text = "ويبدو أن العصابة المسلحة كانت تبحث عن شخص ما وهددت السكان المحليين قبل إطلاقها عيارات نارية."
    assert _one(text, "هددت")[4] == "asserted"
    assert _one("قال إن الحكومة ما هددت السكان يوما.", "هددت")[4] == "negated"


def test_the_aim_of_a_verb_of_aiming_is_planned() -> None:
    assert _one("وقالت الرسالة إن هذا الإجراء يهدف إلى دعم خدمات التراسل الوطنية.", "دعم")[4] == "planned"
    assert _one("وسعت روسيا إلى دعم الأسد عسكريا.", "دعم")[4] == "planned"
    assert _one("وأعلنت روسيا دعم الأسد عسكريا.", "دعم")[4] == "asserted"


# -- more senses read on SaudiNewsNet


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ووفقا للمعلومات الواردة فان هناك تقدم مماثل حققته اللجان في لحج.", "حققته"),
        ("في إطار مسؤوليتها لتنظيم القطاع بالشكل الذي يحقق توجيهات الدولة المتمثلة في تمكين الحجاج.", "يحقق"),
        ("مشيرا إلى أن البرامج التي تستهدف مختلف فئات المجتمع تشمل المحاضرات.", "تستهدف"),
        ("قدر لعمر الشريف أن يرحل عن عالمنا في ذكرى مرور خمسين سنة.", "يرحل"),
        ("فكثير منهم يأتي الصيف بتأشيرة زيارة أو عمرة ثم يبقى بعدها مدة طويلة.", "زيارة"),
        ("حيث دفع ملايين من الأوروبيين حياتهم ثمنا لمشروع الرايخ الثالث.", "ثمنا"),
    ],
)
def test_ordinary_senses_state_no_event(text: str, trigger: str) -> None:
    _none(text, trigger)


def test_their_event_senses_stay() -> None:
    assert _one("الفريق الذي يحقق في القضية قدم تقريره.", "يحقق")[0] == "ACCUSE"
    assert _one("رحلت السلطات الألمانية عشرات المهاجرين إلى أفغانستان.", "رحلت")[0] == "COERCE"
    assert _one("غير أن الحوثيين يقولون إن الحملة تستهدف تدمير البنية الأساسية وتقتل المدنيين.", "تستهدف")[0] == "ASSAULT"


def test_a_new_clause_after_a_comma_leaves_what_was_refused() -> None:
    text = "وعند محاولة استيقافه رفض التوقف وجرى متابعته، وعندما طلب منه الوقوف رفض ذلك."
    assert _one(text, "طلب")[4] == "asserted"
    text = "رفض الرئيس الأمريكي دونالد ترامب التوقيع على الاتفاق النووي، وعندما سئل عن السبب هاجم إيران."
    assert _one(text, "هاجم")[4] == "asserted"


# -- roles read on unseen ANT articles


def test_a_state_arm_in_construct_is_the_subject() -> None:
    text = "واستهدفت طائرات التحالف تحركات الحوثيين في مديرية الدريهمي."
    cat, _, agent, target, _ = _one(text, "استهدفت")
    assert cat == "ASSAULT" and agent == [] and target == ["الحوثيين"]


def test_the_owner_of_positions_struck_is_no_agent() -> None:
    text = "واستهدفت طائرات التحالف فجر الخميس تحركات وتحصينات ميليشيات الحوثي في الخط الساحلي."
    _, _, agent, target, _ = _one(text, "استهدفت")
    assert agent == [] and target


def test_the_accused_does_what_he_is_accused_of_however_long_the_accusers_list() -> None:
    text = (
        'من جهة أخرى، اتهم كل من جيش الإسلام، ومنظمة الخوذ البيضاء، الدفاع المدني في مناطق سيطرة الفصائل '
        'المعارضة، و"الائتلاف الوطني لقوى الثورة والمعارضة السورية" قوات النظام السوري بشن هجوم '
        'بـ"الغازات السامة" السبت على دوما.'
    )
    cat, _, agent, _, mode = _one(text, "هجوم")
    assert cat == "ASSAULT" and mode == "hypothetical"
    assert agent and "الخوذ" not in agent[0]


def test_a_relative_clause_states_a_fact_outside_a_demand() -> None:
    text = "وطالب ترامب نظيره التركي رجب طيب أردوغان بإطلاق سراح برونسون مقابل المواطنة التركية التي أطلقت إسرائيل سراحها."
    cat, _, agent, target, mode = _one(text, "أطلقت")
    assert (cat, mode) == ("RETREAT", "asserted")
    assert agent == ["إسرائيل"] and "إسرائيل" not in target


def test_the_person_after_a_title_and_its_state_acts() -> None:
    _, _, agent, target, _ = _one("انتقد وزير خارجية إيران محمد جواد ظريف الولايات المتحدة.", "انتقد")
    assert agent == ["محمد جواد ظريف"] and target == ["الولايات المتحدة"]
    _, _, agent, target, _ = _one("التقى رئيس وزراء إسرائيل بنيامين نتنياهو الرئيس الروسي فلاديمير بوتين.", "التقى")
    assert agent == ["بنيامين نتنياهو"] and target == ["فلاديمير بوتين"]


def test_an_envoy_named_after_his_title_acts() -> None:
    text = "وفي المقابل رفض مندوب إسرائيل الدائم لدى الأمم المتحدة السفير داني دانون، مشروع القرار الكويتي."
    _, _, agent, target, _ = _one(text, "رفض")
    assert agent == ["داني دانون"] and "داني دانون" not in target


# -- invasions, a state after an army's nationality, offers


def test_invading_is_an_assault_and_the_state_after_the_army_its_target() -> None:
    cat, _, agent, target, _ = _one("غزت القوات الأمريكية العراق عام 2003.", "غزت")
    assert cat == "ASSAULT" and agent and target == ["العراق"]
    cat, _, agent, target, _ = _one("هاجم الجيش الأمريكي العراق.", "هاجم")
    assert target == ["العراق"] and "العراق" not in agent[0]
    assert _one("منذ الغزو الأمريكي للعراق عام 2003.", "الغزو")[0] == "ASSAULT"


def test_storms_sweep_nothing_into_an_assault() -> None:
    assert not _events("اجتاحت عواصف رملية عاتية مناطق في أنحاء الهند الأربعاء.")


def test_an_offered_meeting_is_an_intention() -> None:
    text = "وعرض الرئيس الأمريكي دونالد ترامب لقاء الرئيس الإيراني حسن روحاني دون شروط مسبقة."
    cat, _, agent, target, _ = _one(text, "لقاء")
    assert cat == "AGREE" and agent == ["دونالد ترامب"] and target == ["حسن روحاني"]
    assert _one("اقترح الوزير أن تعقد القمة في الرياض.", "تعقد")[0] == "AGREE"


def test_what_is_aired_or_undergone_is_not_offered() -> None:
    assert not [e for e in _events("وعرضت قناة الجزيرة لقاء مع وزير الخارجية.") if e[0] in ("CONSULT", "AGREE")]
    text = "فقامت السلطات باعتقاله مجددا في 9 أبريل وتعرض للضرب المبرح أثناء الاعتقال."
    assert all(e[0] != "THREATEN" for e in _events(text)), _events(text)


def test_plans_for_an_invasion_are_no_invasion() -> None:
    text = "وتدافع عن هذه البرامج وتقول إنها رادع ضروري لما تتصور أنها خطط للغزو من جانب الولايات المتحدة."
    assert _one(text, "غزو")[4] == "planned"


# -- a third draw: clauses after بأن, how one died, charges, intentions


def test_a_clause_after_bi_anna_has_its_own_subject() -> None:
    text = "حذر غوتيريس من خروج الوضع عن السيطرة، وسط توقعات بأن تشن أمريكا ضربة عسكرية ضد النظام السوري."
    cat, _, agent, _, mode = _one(text, "تشن")
    assert cat == "ASSAULT" and agent == ["الولايات المتحدة"] and mode != "asserted"


def test_how_one_died_makes_the_verb_passive() -> None:
    text = "وعندما قتل العميل الروسي ألكسندر ليتفيننكو مسموما في لندن عام 2006 استخدم عنصر مشع."
    _, _, agent, target, _ = _one(text, "قتل")
    assert agent == [] and target == ["ألكسندر ليتفيننكو"]


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("ويعرف تماما أن حياته ستكون في خطر شديد إذا ما رحل إلى إيران.", "رحل", "hypothetical"),
        ("أكد الجيش الإسرائيلي أنه يتهيأ لمواجهة إمكان شن هجمات صاروخية.", "شن", "hypothetical"),
        ("أصدر القاضي حكما بالإعدام بحق 6 نساء تركيات بتهمة الانتماء ودعم تنظيم داعش.", "دعم", "hypothetical"),
        ("حضرت أوروبا القمة وفي نيتها أن تتوصل إلى اتفاق مع واشنطن.", "تتوصل", "planned"),
        ('وقال المسؤول: "لا نية لدينا لتمديد وقف إطلاق النار".', "وقف إطلاق النار", "negated"),
    ],
)
def test_conditions_charges_and_intentions(text: str, trigger: str, mode: str) -> None:
    assert _one(text, trigger)[4] == mode


def test_good_faith_is_no_intention() -> None:
    text = "وجاء ذلك في إطار بادرة حسن نية، على خلفية مفاوضات محلية تجري بين الطرفين."
    assert _one(text, "مفاوضات")[:1] == ("CONSULT",)


def test_a_name_like_ban_is_no_bi_anna() -> None:
    text = "عقب ذلك ألقى الأمين العام للأمم المتحدة بان كي مون كلمة أعرب فيها عن شكره للسعودية."
    assert _one(text, "أعرب")[2] == ["بان كي مون"]


def test_the_invaded_follows_the_invasion() -> None:
    _, _, agent, target, _ = _one("يمثل هذا الانتشار أكبر تحرك لقوة جوية أميركية منذ غزو العراق عام 2003.", "غزو")
    assert agent == [] and target == ["العراق"]


def test_a_named_genitive_of_the_police_is_its_name() -> None:
    _, _, agent, target, _ = _one("تحقق شرطة البطحاء بالرياض في لغز حادثة اختفاء كمية من الهواتف.", "تحقق")
    assert agent and "البطحاء" not in target


def test_a_sinking_someone_is_blamed_for_is_no_accident() -> None:
    text = "سيرأسه مسؤول يُنحى باللوم عليه في غرق سفينة تابعة للبحرية الكورية الجنوبية عام 2010 مما أدى إلى مقتل 46 بحارا."
    assert [e for e in _events(text) if e[0] == "ASSAULT"]


# -- a fourth draw: likeness, landslides, negative conditions, attackers' groups


def test_a_likeness_is_no_purpose() -> None:
    text = "واختطفت التلميذات في بلدة دابشي في 19 شباط/فبراير في ظروف مشابهة لخطف تلميذات شيبوك في 2014."
    assert _one(text, "خطف")[4] == "asserted"


def test_the_dead_of_landslides_were_not_attacked() -> None:
    assert not _events("ولا أحد يعرف عدد الذين قتلوا في الانهيارات الأرضية الكبيرة التي وقعت في بيتوبو.")


def test_a_negative_condition_is_hypothetical() -> None:
    text = "وحسب المحامية، فإن المحقق هدد عهد بالقبض على أفراد آخرين من عائلتها إذا لم تتعاون معهم."
    assert _one(text, "تتعاون")[4] == "hypothetical"
    assert _one("وقالت إنها لم تتعاون مع المحققين.", "تتعاون")[4] == "negated"


def test_the_group_of_those_a_raid_targeted_is_no_attacker() -> None:
    text = "وشاركت القوات الأميركية والصومالية في غارة استهدفت مسلحين من تنظيم القاعدة في 9 مايو الفائت."
    assert not [a for e in _events(text) if e[1] == "غارة" for a in e[2] if "القاعدة" in a]


def test_without_doing_it_is_a_negation() -> None:
    text = "غادر وزير الخارجية الأمريكي مايك بومبيو بيونغ يانغ دون أن يلتقي الزعيم الكوري الشمالي كيم جونغ أون."
    assert _one(text, "يلتقي")[4] == "negated"


def test_deeming_is_no_promise_and_weather_warnings_no_threat() -> None:
    assert not _events("وتعده أنقرة منظمة إرهابية.")
    assert _one("ووعد الرئيس بإجراء انتخابات مبكرة.", "وعد")[0] == "AGREE"
    assert not _events("وكانت هيئة الأرصاد الجوية قد حذرت الأربعاء من تعرض أجزاء واسعة من البلاد لعاصفة ترابية شديدة.")
    assert _one("وحذرت إيران الولايات المتحدة من عواقب أي هجوم.", "حذرت")[0] == "THREATEN"


def test_the_receiver_of_threats_is_their_target() -> None:
    _, _, _, target, _ = _one("وتلقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو تهديدات بالقتل.", "تهديدات")
    assert target == ["بنيامين نتنياهو"]


def test_dozens_killed_from_a_group_are_its_men() -> None:
    _, _, agent, target, _ = _one("كما تمكنت من أسر أو قتل العشرات من الحوثيين.", "قتل")
    assert agent == [] and target == ["الحوثيين"]
