"""Arabic events read on unseen news (eighteenth session, lead): a denial whose subject is long,
"without" and prevention, a day that falls on a date, stolen aid, achieving what is quoted, storms,
and word lists that normalisation made unreachable. Sentences are written for the tests in the
style of the news; each rule has both sides."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_ar_reading16 import _none, _one  # noqa: E402  (the same pipeline run and labels)

pytestmark = pytest.mark.filterwarnings("ignore")


# -- modality


def test_a_denial_after_a_long_subject_and_a_day_covers_its_complement() -> None:
    ev = _one("نفى مستشار الأمن القومي الأميركي جون بولتون، الجمعة، أن يكون الرئيس دونالد ترامب قد طلب "
              "من البنتاغون تخفيض عدد القوات.", "طلب")
    assert ev[0] == "REQUEST" and ev[4] == "negated"


def test_a_denial_then_a_participle_of_saying_does_not_reach_past_it() -> None:
    ev = _one("نفى المتحدث باسم وزارة الخارجية الأميركية ذلك في مؤتمر صحفي عقده في واشنطن، مؤكدا أن القوات "
              "الأميركية قصفت مواقع التنظيم في سوريا.", "قصفت")
    assert ev[4] == "asserted"


def test_but_that_is_no_complement_of_a_condemnation() -> None:
    ev = _one("ونددت الولايات المتحدة والاتحاد الأوروبي بإعادة انتخاب مادورو قائلة إن الانتخابات لم تستوف "
              "المعايير الديمقراطية، إلا أن الصين وروسيا حذرتا من التدخل في شؤون البلاد.", "حذرتا")
    assert ev[4] == "asserted"


def test_a_request_addressed_with_min_keeps_a_later_clause_asserted() -> None:
    ev = _one("وطلب وزير الخارجية الإيراني من لودريان أن تلعب أوروبا دورا بناء أكثر لحماية الاتفاق، في وقت "
              "يهدد الرئيس الأمريكي بالانسحاب منه.", "يهدد")
    assert ev[4] == "asserted"


def test_a_denial_by_a_spokeswoman_named_after_her_title_covers_its_complement() -> None:
    ev = _one("ونفت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا أن تكون موسكو قد قصفت المستشفى في المدينة.",
              "قصفت")
    assert ev[4] == "negated"


def test_without_a_request_is_no_request() -> None:
    assert _one("ويمكن للتطبيق الوصول إلى الكاميرا دون طلب إذنك.", "طلب")[4] == "negated"


def test_attacks_prevented_did_not_happen() -> None:
    assert _one("وانتشر نحو 371 ألف جندي عند مراكز الاقتراع للحيلولة دون وقوع هجمات.", "هجمات")[4] == "negated"


def test_held_without_charge_is_no_charge() -> None:
    assert _one("وقال إن الصحفي اعتقل دون توجيه اتهام له.", "اتهام")[4] == "negated"


def test_an_attack_after_a_raid_stays_asserted() -> None:
    assert _one("وأعلنت الشرطة وقوع هجوم مسلح على حاجز أمني في المدينة.", "هجوم")[4] == "asserted"


# -- words in their ordinary sense


def test_a_day_that_falls_on_a_date_agrees_to_nothing() -> None:
    _none("وتحتفل القوات الجوية بعيدها الـ45، الذي يوافق 14 أكتوبر من كل عام.", "يوافق")


def test_agreeing_stays_agreeing() -> None:
    assert _one("ووافقت الحكومة على تقديم المساعدات للاجئين.", "ووافقت")[0] == "AGREE"


def test_stolen_aid_was_given_by_no_one() -> None:
    _none("واقتحمت الميليشيات مخازن البرنامج العالمي للغذاء في الحديدة، وسرقت المساعدات.", "المساعدات")


def test_aid_delivered_stays_aid() -> None:
    assert _one("وقدمت الإمارات المساعدات لأهالي الحديدة.", "وقدمت")[0] == "AID"


def test_achieving_a_quoted_vision_is_no_inquiry() -> None:
    _none('وتم إطلاق برامج تحقيق "رؤية المملكة 2030"، إضافة إلى زيادة الإنفاق.', "تحقيق")


def test_an_inquiry_into_a_quoted_case_stays_one() -> None:
    assert _one('وفتحت النيابة تحقيقا في "قضية الفساد" الكبرى.', "تحقيقا")[0] == "ACCUSE"


def test_the_dead_of_storms_were_attacked_by_no_one() -> None:
    _none("وقال مفوض الإغاثة إن 34 شخصا على الأقل قتلوا، وأصيب 47 آخرون عندما ضربت عواصف رعدية أنحاء الولاية.",
          "قتلوا")


def test_the_dead_of_a_raid_were_attacked() -> None:
    assert _one("وقال المسؤول إن 34 شخصا على الأقل قتلوا في غارة جوية على القرية.", "قتلوا")[0] == "ASSAULT"


# -- word lists written with hamza or ta marbuta, which normalisation never produces


def test_word_lists_hold_normalised_forms_only() -> None:
    import importlib
    import pkgutil

    import kg.events as events
    from kg.text.arabic import normalize

    bad = []
    for info in pkgutil.iter_modules(events.__path__):
        mod = importlib.import_module(f"kg.events.{info.name}")
        for name, value in vars(mod).items():
            if isinstance(value, (frozenset, set, tuple)) and value and all(isinstance(x, str) for x in value):
                bad += [(info.name, name, x) for x in value
                        if any("\u0600" <= c <= "\u06ff" for c in x) and normalize(x) != x]
    assert not bad


# -- roles


def test_the_one_named_before_alladhi_accused_does_the_accusing() -> None:
    ev = _one("وتأتي هذه التطورات لتنفي تصريحات وزير الخارجية التركي مولود شاوش أوغلو الذي اتهم قبل يومين "
              "قوى خارجية بشن حرب اقتصادية على تركيا.", "اتهم")
    assert ev[2] == ["مولود شاوش أوغلو"] and ev[3] == []


def test_the_one_named_before_alladhi_accused_him_is_accused() -> None:
    ev = _one("الرئيس السوري بشار الأسد الذي اتهمه ترامب بقتل المدنيين.", "اتهمه")
    assert ev[2] == ["دونالد ترامب"] and ev[3] == ["بشار الأسد"]


def test_a_masdar_whose_genitive_has_an_object_after_it_is_the_genitives_act() -> None:
    ev = _one("وكانت أحدث الضربات للتنظيم اعتقال قوات الأمن العراقية مسؤولا بارزا في الجهاز الدعائي.", "اعتقال")
    assert ev[2] == ["قوات الأمن العراقية"] and ev[3] == []


def test_a_masdar_whose_genitive_has_no_object_after_it_is_done_to_the_genitive() -> None:
    ev = _one("وشهدت المدينة اعتقال الصحفي محمد علي أمس.", "اعتقال")
    assert ev[2] == [] and ev[3] == ["محمد علي"]


def test_a_name_inside_the_verbs_b_phrase_is_no_subject() -> None:
    ev = _one("وطالبت المنظمة بإطلاق سراح الصحفي محمد فورا.", "وطالبت")
    assert ev[2] == []


def test_a_titled_subject_before_the_b_phrase_still_acts() -> None:
    ev = _one("وطالب رئيس الوزراء بنيامين نتنياهو بفرض عقوبات على إيران.", "وطالب")
    assert ev[2] == ["بنيامين نتنياهو"]


def test_the_one_named_before_alladhi_threatened_since_the_start_threatens() -> None:
    ev = _one("وتحولت الإدارة إلى الجمهوريين بقيادة الرئيس الحالي دونالد ترامب، الذي توعّد منذ البداية أن يكون "
              "إسقاط الاتفاق النووي مع إيران أهم إنجازاته.", "توعّد")
    assert ev[2] == ["دونالد ترامب"]


# -- reporters


def test_papers_after_jaa_fi_report_and_do_not_act() -> None:
    ev = _one("وجاء في صحيفتي تايمز وإيفنينغ ستاندرد أنه في حال وافق كانتي على تمديد عقده مع فريق الزرق، "
              "فسيتقاضى 290 ألف جنيه.", "وافق")
    assert ev[2] == ["كانتي"] and ev[4] == "hypothetical"


def test_a_statement_after_jaa_fi_reports_the_attack() -> None:
    ev = _one("وجاء في بيان لوزارة الخارجية الروسية أن القوات الأمريكية قصفت مواقع للجيش السوري.", "قصفت")
    assert ev[0] == "ASSAULT" and "وزارة الخارجية الروسية" not in ev[2]


# -- senses


def test_what_is_aimed_at_is_achieved_not_investigated() -> None:
    _none("وأفاد الوزير أن برنامج التوازن المالي المستهدف تحقيقه بحلول العام 2023 يهدف إلى تحفيز النشاط.", "تحقيقه")


def test_a_black_hole_portends_no_threat() -> None:
    _none("وإذا اقترب الثقب الأسود من مجموعتنا سينذر بفناء البشرية.", "سينذر")


def test_killed_by_the_fire_of_an_army_is_the_armys_act() -> None:
    ev = _one("قتل فلسطينيان برصاص الجيش الإسرائيلي في غزة، الجمعة.", "قتل")
    assert ev[2] == ["القوات المسلحة الإسرائيلية"] and ev[3] == []


def test_a_name_in_the_charges_b_phrase_is_not_the_accused() -> None:
    ev = _one("وذكر مصدر في الشرطة أن توقيفه تقرر بعدما اتهمته زوجته باستخدام العنف ضدها، وبدعم داعش أيضا.",
              "اتهمته")
    assert ev[2] == [] and ev[3] == []


def test_a_noun_that_starts_with_b_opens_no_phrase() -> None:
    ev = _one("وحث بيان الاتحاد الأوروبي لكرة القدم على التحالف مع رابطة الأندية.", "وحث")
    assert ev[2] == ["الاتحاد الأوروبي لكرة القدم"]


def test_a_titled_person_after_b_is_who_the_call_reaches() -> None:
    ev = _one("واتصل هاتفيا بالرئيس الأمريكي دونالد ترامب.", "واتصل")
    assert ev[2] == [] and ev[3] == ["دونالد ترامب"]


def test_a_titled_person_after_l_is_who_is_assured() -> None:
    ev = _one("وأكد للرئيس أردوغان دعم فرنسا في هذا الاتجاه.", "وأكد")
    assert "رجب طيب أردوغان" not in ev[2]


def test_a_subject_after_a_definite_b_object_still_acts() -> None:
    assert _one("وأشاد بالاتفاق الرئيس الفرنسي إيمانويل ماكرون.", "وأشاد")[2] == ["إيمانويل ماكرون"]


def test_possible_strikes_are_not_strikes_yet() -> None:
    assert _one("وقال إن بلاده مستعدة للانضمام إلى ضربات محتملة في سوريا.", "ضربات")[4] == "hypothetical"


def test_but_they_opens_a_clause_of_its_own() -> None:
    ev = _one("في المقابل تعهد المسؤولان التركيان برفع سعر الفائدة في تركيا لكنهما طلبا مزيدا من الوقت.", "طلبا")
    assert ev[4] == "asserted"


def test_a_step_that_aims_to_dry_up_funding_is_no_attack() -> None:
    _none("أقر مجلس النواب المصري قانونا في خطوة تستهدف تجفيف منابع تمويل تلك الجماعات.", "تستهدف")


def test_storms_that_killed_in_a_country_had_no_attacker() -> None:
    _none("وقتلت عواصف مصحوبة بثلوج وأمطار أكثر من 78 شخصا في شمال وغرب الهند في أوائل الشهر.", "وقتلت")


def test_a_raid_during_a_storm_stays_a_raid() -> None:
    assert _one("وقصفت الطائرات العراقية الكويت خلال عاصفة رملية.", "وقصفت")[0] == "ASSAULT"


@pytest.mark.parametrize(("text", "trigger"), [
    ("وسجل هدف اللقاء الوحيد ألكساندر كولاروف في الدقيقة 57.", "اللقاء"),
    ("وقال الوزير إن الزيارة تنقل العلاقات بين البلدين إلى آفاق أرحب.", "أرحب"),
    ("ويسعى الصدر لتوسيع قاعدة دعمه الإقليمي.", "دعمه"),
    ("واعتبر المزروعي في لقاء خاص مع سكاي نيوز عربية أن التغير كبير.", "لقاء"),
    ("ولا يزال بنزيمة يبحث عن المزيد من الأهداف.", "يبحث"),
])
def test_words_in_their_ordinary_sense_18(text: str, trigger: str) -> None:
    _none(text, trigger)


def test_talks_held_stay_talks() -> None:
    assert _one("وبحث وزير الخارجية مع نظيره الروسي الأزمة السورية.", "وبحث")[0] == "CONSULT"
    assert _one("وأكد الوزير خلال لقاء مع الصحفيين أن الحوار مستمر.", "لقاء")[0] == "CONSULT"


def test_a_call_whose_subject_is_long_does_not_reach_a_report_inside_it() -> None:
    ev = _one("وطالبت منظمة الصحة العالمية أمس بأن يتاح لها الوصول إلى المنطقة للتحقق من تقارير شركائها بأن 70 شخصا "
              "قتلوا في الهجوم.", "قتلوا")
    assert ev[4] == "asserted"


def test_the_object_of_a_criticism_after_a_phrase_is_criticised() -> None:
    ev = _one("فإن ذلك لم يمنع الشمال من انتقاد واشنطن لمطالبتها بنزع كامل لترسانته النووية.", "انتقاد")
    assert ev[3] == ["country/US"] or ev[3] == ["الولايات المتحدة"]


def test_the_chair_after_biriasat_still_acts() -> None:
    ev = _one("وناقشت اللجنة التنفيذية خلال اجتماعها برئاسة المهندس جديع القحطاني العديد من الموضوعات.", "وناقشت")
    assert ev[2] == ["جديع القحطاني"]


def test_a_hollow_form_viii_passive_is_undergone() -> None:
    ev = _one("يذكر أن إسبر قد اغتيل السبت الماضي في منطقة مصياف في ريف حماة وسط سوريا.", "اغتيل")
    assert ev[2] == [] and ev[3] == ["إسبر"]
    ev = _one("واغتيل الصحفي جمال خاشقجي في القنصلية.", "اغتيل")
    assert ev[2] == [] and ev[3] == ["جمال خاشقجي"]



def test_a_states_objection_is_no_opposition_group() -> None:
    ev = _one("رغم معارضة روسيا التي استخدمت حق النقض بمجلس الأمن ضد مشروع القرار.", "استخدمت")
    assert ev[2] == ["روسيا"]


def test_the_syrian_opposition_stays_a_group() -> None:
    ev = _one("وقالت المعارضة السورية إنها ترفض الاتفاق.", "ترفض")
    assert ev[2] == ["المحتجون السوريون"]


def test_an_indefinite_participle_plural_after_the_verb_is_its_subject() -> None:
    ev = _one("واغتال مسلحون مجهولون المحامي عادل أحمد في بغداد.", "واغتال")
    assert ev[3] == ["عادل أحمد"] and "عادل أحمد" not in ev[2]
    ev = _one("وانتقد مسؤولون أمريكيون الرئيس التركي رجب طيب أردوغان.", "وانتقد")
    assert ev[3] == ["رجب طيب أردوغان"]
