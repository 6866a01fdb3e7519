"""Arabic events read on unseen news (twentieth session, lead): who killed when a death happens
in or is caused by an attack, the doer of "قيام ... ب", a capital that attacks, a treasury's
targeting, "in return for", a month that falls on a date, and being interested in doing.
Sentences are written for the tests in the style of the news; each rule has both sides."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_ar_reading16 import _events, _none, _one  # noqa: E402  (the same pipeline run and labels)

pytestmark = pytest.mark.filterwarnings("ignore")


# -- who killed


def test_a_death_caused_by_an_attack_has_the_attackers_as_agent() -> None:
    ev = _one("وأوضح المرصد السوري أن الضربات الإسرائيلية أسفرت عن مقتل 23 مقاتلا.", "مقتل")
    assert ev[0] == "ASSAULT" and ev[2] == ["إسرائيل"]
    ev = _one("أدى القصف الروسي إلى مقتل ثلاثة مدنيين في إدلب.", "مقتل")
    assert ev[2] == ["روسيا"]
    ev = _one("وأسفر الانفجار عن مقتل ثلاثة أشخاص في إدلب.", "مقتل")
    assert ev[2] == []  # an explosion of no one's


def test_a_cause_across_a_comma_gives_no_agent() -> None:
    ev = _one("وكانت الضربات الإسرائيلية على دمشق قد تواصلت، وأدت الاشتباكات إلى مقتل 5 أشخاص.", "مقتل")
    assert ev[2] == []


def test_a_death_in_a_states_strikes_has_that_state_as_agent() -> None:
    ev = _one("قتل ثلاثة أشخاص في الغارات الإسرائيلية على غزة.", "قتل")
    assert ev[2] == ["إسرائيل"]
    ev = _one("وقصفت إسرائيل مواقع في القطاع. وقتل ثلاثة أشخاص في غارة إسرائيلية على غزة.", "وقتل")
    assert ev[2] == ["إسرائيل"]
    ev = _one("قتل خمسة أشخاص في هجوم لتنظيم داعش.", "قتل")
    assert ev[2] == ["تنظيم الدولة الإسلامية"]


def test_a_death_in_an_attack_of_no_one_named_has_no_agent() -> None:
    assert _one("قتل ثلاثة أشخاص في هجوم انتحاري على سوق شعبي.", "قتل")[2] == []
    # an indefinite adjective of a state the document does not name is no entity of it
    assert _one("قتل ثلاثة أشخاص في غارة إسرائيلية على مخيم.", "قتل")[2] == []


# -- قيام ... ب


def test_the_genitive_of_doing_does_the_act_after_it() -> None:
    ev = _one("وصل الاضطهاد في مصر درجة قيام قوات السيسي باعتقال نشطاء معروفين.", "باعتقال")
    assert ev[2] == ["قوات السيسي"]


def test_what_a_condemned_doer_did_makes_it_no_subject_of_the_condemnation() -> None:
    ev = _one("ونددت المنظمة بقيام الشرطة التركية باعتقال صحفيين.", "ونددت")
    assert ev[0] == "ACCUSE" and ev[2] == [] and len(ev[3]) == 1 and "ترك" in ev[3][0]
    ev = _one("ونددت الشرطة التركية باعتقال صحفيين.", "ونددت")
    assert len(ev[2]) == 1 and ev[3] == []  # no قيام: the (Turkish) police condemn


# -- a capital that attacks


def test_a_capital_attacking_against_someone_is_its_state() -> None:
    ev = _one("وسط توتر بشأن هجوم أنقرة ضد المقاتلين الأكراد في عفرين.", "هجوم")
    assert ev[2] == ["country/TR"] and "أنقرة" not in ev[3]
    assert _one("وسط توتر بشأن هجوم أنقرة على عفرين.", "هجوم")[2] == ["country/TR"]


def test_attacks_named_by_their_city_stay_places() -> None:
    ev = _one("بعد اعتداءات باريس على المدنيين.", "اعتداءات")
    assert ev[2] == []
    assert _one("وقعت اعتداءات باريس في نوفمبر.", "اعتداءات")[2] == []


# -- senses


def test_a_treasury_targets_by_sanctions() -> None:
    ev = _one("واستهدفت وزارة الخزانة الأمريكية شركات إيرانية.", "واستهدفت")
    assert ev[0] == _one("فرضت وزارة الخزانة الأمريكية عقوبات على شركات إيرانية.", "فرضت")[0] == "COERCE"
    assert _one("واستهدفت الغارات مواقع الحوثيين في صعدة.", "واستهدفت")[0] == "ASSAULT"


def test_in_return_for_favours_is_no_meeting() -> None:
    _none("وحكم على لولا لتلقيه شقة من شركة بناء لقاء امتيازات في مناقصات عامة.", "لقاء")
    assert _one("وتناول لقاء الرئيس المصري عبد الفتاح السيسي والملك سلمان العلاقات الثنائية.", "لقاء")[0] == "CONSULT"


def test_a_month_that_falls_on_a_date_agrees_to_nothing() -> None:
    _none("يوافق شهر أبريل من كل عام مناسبة يحرص فيها الناس على المزاح.", "يوافق")
    assert _one("يوافق البرلمان على الميزانية الشهر المقبل.", "يوافق")[0] == "AGREE"


def test_being_interested_in_a_meeting_is_no_meeting() -> None:
    evs = _events("قالت الوكالة إن الرئيس السوري بشار الأسد مهتم بزيارة كوريا الشمالية ولقاء الزعيم كيم جونغ أون.")
    assert not [e for e in evs if e[0] == "CONSULT" and e[4] == "asserted"], evs
    ev = _one("قالت الوكالة إن الرئيس السوري بشار الأسد التقى الزعيم كيم جونغ أون.", "التقى")
    assert ev[4] == "asserted"


# -- the genitive of an attack


def test_the_genitive_of_an_attack_with_an_object_after_does_it() -> None:
    ev = _one("وأصيب زوجها بجراح جراء استهداف الاحتلال الإسرائيلي لمنطقة الجعفراوي بمخيم النصيرات.", "استهداف")
    assert ev[2] == ["إسرائيل"] and ev[3] == []
    ev = _one("ارتفعت حصيلة ضحايا قصف النظام السوري بالغازات السامة على دوما إلى 150 قتيلا.", "قصف")
    assert ev[2] == ["الحكومة السورية"] and ev[3] == ["دوما"]
    assert _one("بعد هجوم المسلحين على القرية.", "هجوم")[2] == ["المسلحين"]


def test_the_genitive_of_an_attack_alone_undergoes_it() -> None:
    assert _one("وتواصل استهداف المدنيين في دوما.", "استهداف")[3] == ["المدنيين"]
    assert _one("بعد مقتل المسلحين في القرية.", "مقتل")[3] == ["المسلحين"]


def test_what_an_actor_holds_is_struck_in_its_stead() -> None:
    ev = _one("بعد قصف مواقع الحوثيين على الحدود.", "قصف")
    assert ev[2] == [] and ev[3] == ["الحوثيين"]
    ev = _one("بعد اقتحام مقر حزب الإصلاح في عدن.", "اقتحام")
    assert ev[3] == ["حزب الإصلاح"]


def test_a_masdar_after_victims_is_no_verb_of_a_relative_clause() -> None:
    ev = _one("وارتفعت حصيلة ضحايا قصف النظام السوري إلى 150 قتيلا.", "قصف")
    assert ev[2] == ["الحكومة السورية"] and ev[3] == []
    ev = _one("وأطلق الحوثيون مسيرات استهدفت مطار أبها.", "استهدفت")
    assert ev[0] == "ASSAULT"


def test_a_negated_light_verb_negates_its_noun() -> None:
    assert _one("ولم يوجه له اتهام رسمي في الولايات المتحدة.", "اتهام")[4] == "negated"
    assert _one("ووجه له اتهام رسمي في الولايات المتحدة.", "اتهام")[4] == "asserted"


# -- managed to


def test_who_managed_to_do_it_did_it() -> None:
    ev = _one("وتمكنت قوات الأمن المصرية من اعتقال المتهم.", "اعتقال")
    assert ev[2] == ["قوات الأمن المصرية"] and ev[4] == "asserted"
    ev = _one("وقال إن قوات النخبة الحضرمية تمكنت ظهر الأحد من اقتحام الموقع.", "اقتحام")
    assert ev[2] == ["قوات النخبة الحضرمية"]
    assert _one("وتمكنت قوات الأمن المصرية من جهة أخرى، وقالت إن اعتقال المتهم تم.", "اعتقال")[2] == []


def test_not_managing_to_do_it_is_not_doing_it() -> None:
    assert _one("ولم يتمكن المحققون من اعتقال أحد.", "اعتقال")[4] == "negated"
    assert _one("وتمكن المحققون من اعتقال أحدهم.", "اعتقال")[4] == "asserted"


def test_police_closing_roads_restrict_and_protesters_closing_them_protest() -> None:
    assert _one("وقطعت الشرطة الطرق المؤدية إلى ساحة تقسيم.", "وقطعت")[0] == "COERCE"
    assert _one("وقطع المحتجون الطرق المؤدية إلى ساحة التحرير.", "وقطع")[0] == "PROTEST"


def test_fans_supporting_their_team_is_no_event() -> None:
    _none("تنظيم رحلات خاصة من أجل السماح لمشجعي روما بمساندة فريقهم.", "بمساندة")
    assert _one("وأعلنت قطر دعمها لفريق المعارضة.", "دعمها")[0] == "SUPPORT"


def test_the_founding_of_a_state_is_no_act_it_does() -> None:
    ev = _one("الديار التي فرت منها أسرهم أو طردت منها عند قيام إسرائيل قبل نحو 70 عاما.", "طردت")
    assert ev[3] == []


def test_a_death_when_an_attack_happened_has_the_attackers_as_agent() -> None:
    ev = _one("قتل ثلاثة جنود حين هاجمت حركة الشباب قاعدة عسكرية.", "قتل")
    assert ev[2] == ["حركة الشباب"]
    ev = _one("قتل ثلاثة جنود في الهجوم، وهاجمت حركة الشباب قاعدة أخرى.", "قتل")
    assert ev[2] == []


def test_ways_of_supporting_and_a_proposal_to_deploy_are_no_acts_yet() -> None:
    ev = _one("حتى تبحث أساليب دعم الأردن.", "دعم")
    assert ev[4] == "planned" or ev[0] == "AGREE"  # (a stated intention to support is AGREE)
    ev = _one("بعدما تم الكشف عن أن بولندا تدرس مقترحا لنشر قوات أميركية في البلاد.", "لنشر")
    assert ev[4] == "planned"
    assert _one("ونشرت بولندا قوات في البلاد.", "ونشرت")[4] == "asserted"


def test_agreeing_that_something_is_so_is_no_agreement() -> None:
    _none("اتفق باحثون وسياسيون على أن جماعات الإسلام السياسي مسؤولة عن نشر الأفكار المتطرفة.", "اتفق")
    _none("واتفق الجميع على أنه لا حل عسكريا.", "اتفق")
    assert _one("واتفق الطرفان على أن تستمر الهدنة أسبوعا.", "اتفق")[0] == "AGREE"


def test_killed_in_it_names_no_killer_before() -> None:
    ev = _one("وقصفت إسرائيل مدرسة قتل فيها 12 طفلا.", "قتل")
    assert ev[2] != ["المدرسة"] and "إسرائيل" not in ev[3]
    ev = _one("وقال إن شركة إيرباص قتل فيها مهندس.", "قتل")
    assert ev[2] == []


def test_what_one_cannot_do_is_not_done() -> None:
    assert _one("ولا تستطيع روسيا نفي الاتهامات.", "نفي")[4] == "negated"
    assert _one("ونفت دمشق الاتهام بسرعة.", "ونفت")[4] == "asserted"


# -- fifth read


def test_a_halt_of_shooting_across_an_adjective_is_a_ceasefire() -> None:
    ev = _one("وأعلنت الحكومة وقفا فوريا لإطلاق النار.", "إطلاق")
    assert ev[0] == "RETREAT" and ev[4] == "asserted"
    assert _one("وتعرض الجنود لإطلاق النار.", "إطلاق")[0] == "ASSAULT"


def test_what_a_weapon_was_used_for_was_done() -> None:
    assert _one("غاز الأعصاب الذي استخدم لتسميم الجاسوس الروسي السابق.", "لتسميم")[4] == "asserted"
    assert _one("سافر الوفد لتوقيع الاتفاق.", "لتوقيع")[4] == "planned"


def test_a_lawyers_nationality_is_not_his_state_acting() -> None:
    assert _one("ولاحقا نفى المحامي النيجيري هذه الاتهامات.", "نفى")[2] == []
    assert _one("ولاحقا نفى الوزير النيجيري هذه الاتهامات.", "نفى")[2] == ["نيجيريا"]


def test_who_claims_an_attack_made_it() -> None:
    assert _one("وتبنى تنظيم داعش الهجوم على الكنيسة.", "الهجوم")[2] == ["تنظيم الدولة الإسلامية"]
    evs = _events("تعرض الحاجز لهجوم انتحاري، وقد تبنى تنظيم داعش هذا الهجوم.")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == [["تنظيم الدولة الإسلامية"]], evs


def test_a_vehicle_causing_a_death_is_an_accident_and_a_car_bomb_is_not() -> None:
    _none("تسببت سيارة أوبر ذاتية القيادة بمقتل امرأة الاثنين في تامبي.", "بمقتل")
    assert _one("تسببت سيارة مفخخة بمقتل 5 أشخاص في بغداد.", "بمقتل")[0] == "ASSAULT"


# -- sixth read


def test_the_one_taken_up_by_the_pronoun_of_an_arrest_is_arrested() -> None:
    ev = _one("وقال مدعون إن هاشمي نجاد ألقي القبض عليه الاثنين.", "ألقي")
    assert ev[2] == [] and ev[3] == ["هاشمي نجاد"]
    ev = _one("وقال مدعون إن الشرطة ألقت القبض على هاشمي نجاد الاثنين.", "ألقت")
    assert ev[3] == ["هاشمي نجاد"]


def test_a_former_office_holder_is_not_his_state() -> None:
    assert _one("وانتقد الرئيس الأمريكي السابق سياسة الحكومة.", "وانتقد")[2] == []
    assert _one("وانتقد الرئيس الأمريكي سياسة الحكومة.", "وانتقد")[2] == ["الولايات المتحدة"]


def test_deadly_is_no_killing() -> None:
    _none("غاز ثاني أكسيد الكبريت الذي قد يكون قاتلا.", "قاتلا")


def test_agreeing_with_statements_is_no_agreement() -> None:
    _none("واتفق يونس الخراشي، صحفي مغربي، مع تصريحات ضويوي.", "اتفق")
    assert _one("واتفق الرئيس مع نظيره الروسي على عقد قمة.", "اتفق")[0] == "AGREE"


def test_a_name_in_a_time_phrase_after_managed_is_no_subject() -> None:
    ev = _one("وقال إن الاستخبارات الروسية تمكنت، قبيل عيد النصر في الحرب الوطنية العظمى، من توقيف عناصر إرهابية.", "توقيف")
    assert ev[2] and "النصر" not in ev[2][0]


# -- seventh read


def test_the_one_attacked_is_not_the_one_condemned() -> None:
    ev = _one('وقال الكرملين في بيان إن "روسيا تدين بأقصى درجات الحزم الهجوم على سوريا".', "تدين")
    assert ev[2] == ["روسيا"] and ev[3] == []
    assert _one("وأدانت تركيا إسرائيل.", "وأدانت")[3] == ["إسرائيل"]


def test_will_with_a_first_person_verb_is_the_speaker() -> None:
    ev = _one('ونقل عن الأسد قوله: "سوف أزور جمهورية كوريا الديمقراطية الشعبية".', "أزور")
    assert ev[2] == ["بشار الأسد"]


def test_the_place_after_a_verb_of_visiting_is_visited() -> None:
    ev = _one("وقال إن الرئيس يزور كوريا الشمالية.", "يزور")
    assert ev[2] == [] and ev[3] == ["كوريا الشمالية"]
    ev = _one("وزار بوتين الصين.", "وزار")
    assert ev[2] == ["فلاديمير بوتين"] and ev[3] == ["الصين"]


# -- eighth read


def test_the_name_in_apposition_to_a_titled_subject_acts() -> None:
    ev = _one("ودعا وزير خارجية قطر، محمد بن عبد الرحمن آل ثاني، إلى الحوار.", "ودعا")
    assert ev[2] == ["محمد بن عبد الرحمن آل ثاني"] and ev[3] == []
    ev = _one("والتقى وزير الخارجية الأمريكي مايك بومبيو، نظيره الروسي سيرغي لافروف.", "والتقى")
    assert ev[2] == ["مايك بومبيو"] and ev[3] == ["سيرغي لافروف"]


def test_any_strikes_are_no_strikes_yet() -> None:
    assert _one("وأكد النواب ضرورة تقييم أي ضربات عقابية ضد سوريا.", "ضربات")[4] == "hypothetical"
    assert _one("وتواصلت الضربات العقابية ضد سوريا أمس.", "الضربات")[4] == "asserted"


def test_aiming_at_undermining_is_no_attack() -> None:
    _none("مواجهة التنظيمات الإرهابية التي تستهدف تقويض الأمن والاستقرار بالبلاد.", "تستهدف")
    assert _one("واستهدفت الغارات تجمعات للمسلحين.", "واستهدفت")[0] == "ASSAULT"


def test_a_gathering_is_a_protest_only_with_a_word_of_protest() -> None:
    _none("وتجمع القطريون جراء مناقشة هادئة.", "وتجمع")
    assert _one("وتجمع المحتجون أمام السفارة.", "وتجمع")[0] == "PROTEST"
    assert _one("وتجمع المئات أمام السفارة رفضا للقرار.", "وتجمع")[0] == "PROTEST"


def test_parties_agreeing_that_keep_their_accord() -> None:
    assert _one("واتفقا على أن الحل السياسي للأزمة ضروري.", "واتفقا")[0] == "AGREE"
    assert _one("اتفق البلدان على أن أي حل سياسي يجب أن يؤدي إلى إنهاء التهديدات.", "اتفق")[0] == "AGREE"
    assert _one("اتفقت روسيا وتركيا على أن الحل سياسي.", "اتفقت")[0] == "AGREE"


def test_a_former_spys_nationality_leaves_the_state_named_elsewhere() -> None:
    ev = _one("بعد اتهامها لروسيا بضلوعها بمحاولة اغتيال الجاسوس الروسي السابق سيرغي سكريبال.", "اتهامها")
    assert ev[3] == ["روسيا"]


def test_a_person_before_killed_in_it_is_implicated() -> None:
    ev = _one("وذكرت وسائل إعلام مصرية أن هشام عشماوي متورط في 17 عملية إرهابية قتل فيها العشرات من أفراد الجيش.", "قتل")
    assert ev[2] == ["هشام عشماوي"]


def test_an_agent_given_later_recomputes_the_confidence() -> None:
    from kg.events import extractor
    from kg.events.lexicon import get_lexicon
    from kg.events.roles import Roles
    from kg.model import Event, Span

    words = "قتل ثلاثة جنود".split()
    m = get_lexicon("ar").find(words)[0]
    ev = Event(category="ASSAULT", trigger=Span(0, 3, "قتل"), sentence=0, agent=["org/x"], confidence=0.01)
    extractor._reconfidence(ev, m, 12)
    assert ev.confidence == extractor._confidence(m, Roles(agent=["org/x"]), ev.modality, "ASSAULT", "ar", 12, False)


# -- a draw of the big sample


def test_where_one_entered_is_no_one_sentenced() -> None:
    evs = _events("وقد حكم عليها في فبراير بالسجن سبعة أشهر بعد إدانتها بالدخول إلى العراق.")
    assert not any("العراق" in e[3] for e in evs), evs
    assert _one("وقد حكم على العراقي بالسجن.", "حكم")[0] == "COERCE"


def test_exiling_someone_to_a_place_is_no_denial() -> None:
    assert _one("أجبرت بريطانيا الشريف حسين على التنازل عن العرش ونفته إلى قبرص.", "ونفته")[0] == "COERCE"
    assert _one("ونفته الحكومة بشدة.", "ونفته")[0] == "REJECT"


def test_a_student_demands_nothing() -> None:
    _none("وعانى عندما كان طالبا من الاكتئاب.", "طالبا")
    assert _one("وطالبا الحكومة بالاستقالة.", "وطالبا")[0] == "REQUEST"


def test_two_thousand_people_gathering_is_a_protest() -> None:
    text = "وتجمع أكثر من ألفي شخص ليلا قرب مبنى رئاسة الوزراء في وسط عمان حتى فجر السبت."
    assert _one(text, "وتجمع")[0] == "PROTEST"


def test_a_collision_is_an_accident() -> None:
    _none("قتل أربعة بريطانيين وأصيب 12 آخرون في حادث ارتطام بالسعودية.", "قتل")


def test_dana_condemns_as_adana_does() -> None:
    ev = _one("دانت فرنسا السبت إطلاق النار ودعت إلى ضبط النفس.", "دانت")
    assert ev[0] == "ACCUSE" and ev[2] == ["فرنسا"]
    _none("وقال مدير الاستخبارات الوطنية دان كوتس إن روسيا تتدخل.", "دان")


def test_a_call_after_a_condemnation_is_made_all_the_same() -> None:
    assert _one("وأدانت فرنسا الهجوم ودعت إلى الحوار.", "ودعت")[4] == "asserted"
    assert _one("واتهمت فرنسا روسيا بأنها هاجمت المدينة وقتلت المدنيين.", "وقتلت")[4] == "hypothetical"


# -- a twelfth draw


def test_does_not_mean_that_states_nothing() -> None:
    text = 'وأضاف "أؤكد للجميع أن إرسال القانون إلى مجلس النواب لا يعني أن يوافق عليه مجلس النواب".'
    assert _one(text, "يوافق")[4] == "hypothetical"


def test_a_family_or_a_lawyer_acts_not_the_one_named_after() -> None:
    assert _one("دعت عائلة عالم الفيزياء البريطاني الشهير ستيفن هوكينغ الجمهور لحضور مراسم تأبينه.", "دعت")[2] == []
    assert _one("ونفى محامي ترامب الاتهامات.", "ونفى")[2] == []
    assert _one("ودعا ستيفن هوكينغ الجمهور إلى الحضور.", "ودعا")[2] == ["ستيفن هوكينغ"]


def test_where_the_held_were_heading_is_no_one_held() -> None:
    ev = _one("وذكرت مصادر أن الحوثيين احتجزوا 10 حافلات كانت متجهة من تعز إلى الحديدة.", "احتجزوا")
    assert ev[3] == []


def test_no_strikes_at_all_are_negated() -> None:
    assert _one("وطوقت الشرطة منطقة الاحتجاج، لكن لم تقع أي اشتباكات بين الطرفين.", "اشتباكات")[4] == "negated"
    assert _one("وقال إن بلاده سترد على أي هجوم.", "هجوم")[4] == "hypothetical"


# -- a draw of the big sample at r4


def test_achieving_victory_after_its_subject_is_no_inquiry() -> None:
    _none("وظهر ذلك خلال معركة تحرير عدن التي حقق فيها الثوار النصر الكامل على المتمردين.", "حقق")
    assert _one("وحققت الشرطة فيها مع المتهمين.", "وحققت")[0] == "ACCUSE"


def test_teams_meeting_play_a_match() -> None:
    _none("والتقى الفريقان لآخر مرة في دور المجموعات بدوري الأبطال.", "والتقى")
    assert _one("والتقى الزعيمان في سنغافورة.", "والتقى")[0] == "CONSULT"


def test_a_states_deal_discussed_is_no_state_discussing() -> None:
    text = "أجرى نتانياهو مكالمات هاتفية بقادة العالم بينهم بوتين حيث ناقش معه الاتفاق النووي الإيراني."
    assert "إيران" not in _one(text, "ناقش")[2]
    assert _one("وهاجم الجيش الإيراني مواقع في سوريا.", "وهاجم")[2] == ["القوات المسلحة الإيرانية"]


def test_a_crowd_in_a_blast_is_no_protest() -> None:
    _none("وأصيب أكثر من 50 شخصا آخرين في الانفجار الذي وقع وسط تجمع من الناس كانوا منتظرين أمام مدخل المركز.", "تجمع")


# -- mends after the blind judgment (antQ / antC20 / antR20 at e56b4f4)


def test_his_son_named_after_acts() -> None:
    assert _one("وندد نجله زياد، الذي يعيش في الأردن، بالقائمة.", "وندد")[2] == ["زياد"]
    assert _one("وانتقدت ابنة ترامب الصحافة.", "وانتقدت")[2] == []


def test_acres_condemn_nothing() -> None:
    _none("وأتلفت محاصيل على مساحة 66284 فدانا منذ بدايتها.", "فدانا")


def test_the_soldiers_killed_after_a_death_noun_are_its_victims() -> None:
    ev = _one("وأعلنت الرياض في وقت سابق مقتل جنديين سعوديين في معارك ضد الحوثيين في اليمن.", "مقتل")
    assert ev[2] == [] and ev[3] == ["القوات المسلحة السعودية"]


def test_how_he_was_killed_is_no_plan_and_not_interested_because_of_is_a_cause() -> None:
    text = "وزار عبد الكريم الحوثي أسرة أحمد القوبري، دون أن تتطرق الوكالة إلى تاريخ وكيفية مقتله."
    assert _one(text, "مقتله")[0] == "ASSAULT"
    assert _one("قال النجم محمد هنيدي إنه غير مهتم بسبب رفض قنوات مصرية عرض المسلسل.", "رفض")[4] == "asserted"
