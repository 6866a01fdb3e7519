"""Arabic events read on unseen news (seventeenth session, lead): unvowelled passives of accusing
with a conjunct before the charge, verbs after قد يكون. Sentences are written for the tests in the
style of the news; each rule has both sides."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_ar_reading16 import _events, _none, _one  # noqa: E402  (the same pipeline run and labels)

pytestmark = pytest.mark.filterwarnings("ignore")


# -- roles


def test_accused_with_a_conjunct_before_the_charge_is_passive() -> None:
    ev = _one("واتهم ميسي ووالده بالتهرب الضريبي في إسبانيا.", "واتهم")
    assert ev[0] == "ACCUSE" and ev[2] == [] and ev[3] == ["ميسي"]


def test_accused_with_an_object_before_the_charge_stays_active() -> None:
    ev = _one("واتهم ترامب الصين بسرقة الوظائف الأمريكية.", "واتهم")
    assert ev[2] == ["دونالد ترامب"] and ev[3] == ["الصين"]


def test_accused_named_later_in_the_clause_stays_active() -> None:
    ev = _one("اتهم ترامب في خطاب الصين بالتلاعب بالعملة.", "اتهم")
    assert ev[2] == ["دونالد ترامب"] and ev[3] == ["الصين"]


# -- modality


def test_a_verb_after_qad_yakun_may_have_happened() -> None:
    assert _one("وقال المتحدث إن القائد قد يكون قتل في الغارة.", "قتل")[4] == "hypothetical"
    assert _one("وقالت الشرطة إن المهاجمين قد يكونوا اختطفوا الصحفي.", "اختطفوا")[4] == "hypothetical"


def test_a_verb_after_yakun_without_qad_is_asserted() -> None:
    assert _one("وقال المتحدث إن القائد قتل في الغارة.", "قتل")[4] == "asserted"


def test_accused_masculine_after_that_is_passive_too() -> None:
    ev = _one("وقالت الصحيفة إن ترامب اتهم بالتحرش.", "اتهم")
    assert ev[2] == [] and ev[3] == ["دونالد ترامب"]


# -- a name in a fronted phrase of time is no subject


def test_a_name_after_bada_and_a_masdar_is_no_subject() -> None:
    ev = _one("وبعد استقالة ديفيز، انسحبت سويلا بريفمان من الحكومة.", "انسحبت")
    assert ev[2] == ["سويلا بريفمان"] and ev[3] == []


def test_a_name_after_bada_takes_a_named_subject_after_the_verb() -> None:
    ev = _one("وبعد لقاء ترامب، انتقد بوتين الصحفيين.", "انتقد")
    assert ev[2] == ["فلاديمير بوتين"]


def test_a_subject_before_the_verb_still_acts() -> None:
    ev = _one("وقال المتحدث إن ترامب، انتقد بوتين بشدة.", "انتقد")
    assert ev[2] == ["دونالد ترامب"] and ev[3] == ["فلاديمير بوتين"]


# -- "his country" after a titled subject


def test_his_country_after_a_titled_subject_is_the_title_s_state() -> None:
    ev = _one("ودعا البرلماني الألماني البارز كريستوف هوفمان بلاده إلى التوقف عن دعم رواندا.", "ودعا")
    assert ev[2] == ["كريستوف هوفمان"] and ev[3] == ["ألمانيا"]


def test_his_country_without_a_state_in_the_title_adds_nothing() -> None:
    ev = _one("ودعا هوفمان بلاده إلى التوقف عن دعم رواندا.", "ودعا")
    assert "ألمانيا" not in ev[3]


# -- a nationality adjective in an adjunct is no target


def test_a_nationality_after_fi_is_where_not_whom() -> None:
    ev = _one("في إشارة إلى آلاف المعتقلين الذين قُتلوا تحت التعذيب في السجون السورية", "قُتلوا")
    assert ev[3] == []


def test_a_nationality_in_the_object_stays_the_target() -> None:
    ev = _one("وطالب المحتجون الحكومة المصرية بالإفراج عنهم.", "وطالب")
    assert ev[3] == ["الحكومة المصرية"]


# -- meetings with a titled person, feminine titles


def test_a_meeting_with_a_titled_person_after_ma_has_its_target() -> None:
    ev = _one("وتناول لقاء ترامب مع الرئيس الصيني شي جين بينغ التجارة.", "لقاء")
    assert ev[2] == ["دونالد ترامب"] and ev[3] == ["شي جين بينغ"]


def test_a_feminine_title_names_the_one_who_meets() -> None:
    ev = _one("وعبر كولين عن استغرابه من لقاء رئيسة الوزراء البريطانية تيريزا ماي مع أمير قطر تميم بن حمد.", "لقاء")
    assert ev[2] == ["تيريزا ماي"] and ev[3] == ["تميم بن حمد آل ثاني"]


def test_a_purpose_l_still_makes_the_titled_person_the_one_met() -> None:
    ev = _one("وسافر إلى بكين للقاء الرئيس الصيني شي جين بينغ.", "للقاء")
    assert ev[3] == ["شي جين بينغ"]


# -- senses


def test_achievements_in_them_are_no_investigation() -> None:
    _none("وقد حققت مصر فيها إنجازات كبيرة.", "حققت")


def test_an_investigation_in_it_stays_one() -> None:
    assert _one("وحققت الشرطة فيها مع المشتبه بهم.", "حققت")[0] == "ACCUSE"


def test_a_health_warning_threatens_no_one() -> None:
    _none("ووصف الخبراء النتائج بأنها مهمة وحذروا من العلاج الذاتي بالأسبرين.", "حذروا")


def test_a_warning_to_a_state_stays_a_threat() -> None:
    assert _one("وحذرت إيران الولايات المتحدة من مهاجمة منشآتها.", "وحذرت")[0] == "THREATEN"


def test_an_attack_prevented_coerces_no_one() -> None:
    _none("وتمكنت المقاتلة من إسقاط الطائرة ومنعت الهجوم.", "ومنعت")


def test_a_journalist_prevented_from_travelling_is_coerced() -> None:
    assert _one("ومنعت السلطات المصرية الصحفي من السفر.", "ومنعت")[0] == "COERCE"


# -- modality


def test_efforts_in_construct_are_sought_not_done() -> None:
    ev = _one("يضعف مشروع القانون مساعي فرض قيود صارمة على الشركة.", "فرض")
    assert ev[0] == "COERCE" and ev[4] == "planned"


def test_what_a_sought_masdar_governs_is_sought() -> None:
    ev = _one("وسط مساع لفرض عقوبات على إيران.", "عقوبات")
    assert ev[0] == "COERCE" and ev[4] == "planned"


def test_sanctions_imposed_are_asserted() -> None:
    assert _one("وفرضت واشنطن عقوبات على إيران.", "وفرضت")[4] == "asserted"


def test_the_noun_of_a_verb_that_must_happen_is_hypothetical() -> None:
    assert _one("ومثل هذا الإجراء يجب أن يواكبه دعم أمريكي قوي للمعارضة الإيرانية.", "دعم")[4] == "hypothetical"


def test_a_call_with_l_is_a_request_and_its_strikes_are_not_done() -> None:
    events = _events("وبولتون يدعو لشن ضربات جوية على إيران.")
    assert [e[0] for e in events if e[1] == "يدعو"] == ["REQUEST"]
    assert all(e[4] != "asserted" for e in events if e[1] == "ضربات")


# -- second draw (antW): lookalikes, second acts, resumptive pronouns, threats, visits, devices


def test_mining_is_no_promise() -> None:
    _none("وزيادة الاستثمارات في مجالات الطاقة والنفط والغاز وتعدين الذهب.", "وتعدين")


def test_twelve_is_no_praise() -> None:
    _none("فيما يعرض المهرجان اثني عشر فيلماً تسجيليا.", "اثني")


def test_praise_stays_support() -> None:
    assert _one("وأثنى الرئيس على جهود الجيش.", "وأثنى")[0] == "SUPPORT"


def test_a_second_verb_in_the_tense_of_a_refusal_is_a_second_act() -> None:
    ev = _one("بينما يرفض حزب النهضة تغيير رئيس الحكومة ويدعو لتعديل جزئي.", "ويدعو")
    assert ev[0] == "REQUEST" and ev[4] == "asserted"


def test_what_a_denial_says_after_an_that_stays_negated() -> None:
    assert _one("ونفت الوزارة أن تكون قواتها قصفت المدينة وقتلت مدنيين.", "وقتلت")[4] == "negated"


def test_the_subject_after_a_resumptive_pronoun_is_no_inherited_agent() -> None:
    text = "بينما يرفض حزب النهضة تغيير رئيس الحكومة في مرحلة تحتاج فيها البلاد لإصلاحات يطالب بها المقرضون الدوليون."
    assert _one(text, "يطالب")[2] == []


def test_a_threatened_act_s_genitive_is_its_target_and_the_one_pushed_acts() -> None:
    ev = _one("الأمر الذي دفع الرئيس الأميركي دونالد ترامب إلى التهديد بقصف سوريا.", "بقصف")
    assert ev[0] == "THREATEN" and ev[2] == ["دونالد ترامب"] and ev[3] == ["سوريا"]


def test_a_visit_with_the_l_of_a_title_is_made_by_the_titled_person() -> None:
    assert _one("تزامنا مع زيارة للرئيس الصيني شي جينبينغ لأبوظبي.", "زيارة")[2] == ["شي جين بينغ"]


def test_a_device_supports_no_one() -> None:
    _none("كما أن الهاتف يدعم كاميرتين.", "يدعم")
    _none("ويدعم الهاتف تقنية الشحن السريع.", "ويدعم")


def test_a_state_supporting_a_government_stays_support() -> None:
    assert _one("وتدعم روسيا الحكومة السورية.", "وتدعم")[0] == "SUPPORT"


def test_a_group_subject_before_its_object_and_the_charge_stays_the_accuser() -> None:
    ev = _one("كما اتهمت الحكومة الفنزويلية المعارضة بتدبير الحادث.", "اتهمت")
    assert ev[2] == ["الحكومة الفنزويلية"] and ev[3] == []


def test_cause_for_a_feeling_is_no_call() -> None:
    _none("وتابع: الفوز على الفريق الأفضل في أفريقيا أمر يدعو للفخر.", "يدعو")
    _none("وهذا يدعو إلى القلق.", "يدعو")


def test_a_call_for_dialogue_stays_a_request() -> None:
    assert _one("ودعا الرئيس للحوار.", "ودعا")[0] == "REQUEST"


# -- third draw (antX)


def test_we_achieved_a_leap_is_no_investigation() -> None:
    _none("على مدار فترة مسؤوليتي حققنا طفرة غير مسبوقة في مؤشرات التنمية.", "حققنا")


def test_they_investigated_stays_an_investigation() -> None:
    assert _one("وحققوا في الحادث لساعات.", "وحققوا")[0] == "ACCUSE"


def test_self_destruction_is_no_attack() -> None:
    _none("إن كل السياسة الروسية تركز طاقتها على تدمير الذات منذ 2014.", "تدمير")


def test_evidence_backing_a_belief_supports_no_one() -> None:
    _none("وتقول بريطانيا إن المزيد من المعلومات الاستخبارية تدعم اعتقادها بأن روسيا هي المسؤولة.", "تدعم")


def test_a_technology_supports_no_one() -> None:
    _none("وتدعم التقنية الجديدة الصور التي تلتقطها هواتف أيفون.", "وتدعم")


def test_a_state_backing_a_regime_stays_support() -> None:
    assert _one("وتدعم روسيا نظام الأسد.", "وتدعم")[2] == ["روسيا"]


def test_let_us_agree_is_no_agreement() -> None:
    _none("لنتفق أيضاً أن فلسطين لم تعد تحتل الموقع الأول.", "لنتفق")


def test_a_clock_is_no_target() -> None:
    text = "يجتمع مجلس الأمن الدولي الأربعاء عند الساعة السابعة مساء بتوقيت غرينتش لبحث التصعيد."
    assert _one(text, "يجتمع")[3] == []


def test_a_denial_after_wahuwa_ma_answers_the_charge() -> None:
    text = "وتتهم كييف والغرب روسيا بدعم الانفصاليين من خلال تزويدهم بالسلاح وهو ما تنفيه روسيا بشكل قاطع."
    ev = _one(text, "تنفيه")
    assert ev[0] == "REJECT" and ev[4] == "asserted"


def test_a_named_person_attacking_states_attacks_in_words() -> None:
    text = "هاجم الرئيس الأمريكي دونالد ترامب بشدة روسيا وإيران والرئيس السوري بشار الأسد."
    ev = _one(text, "هاجم")
    assert ev[0] == "ACCUSE" and ev[2] == ["دونالد ترامب"]


def test_forces_attacking_positions_stay_an_assault() -> None:
    assert _one("وهاجمت القوات الروسية مواقع المعارضة في إدلب.", "وهاجمت")[0] == "ASSAULT"


# -- fourth draw (antX)


def test_a_spokeswoman_for_a_ministry_names_the_one_who_calls() -> None:
    text = "ودعت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا، الاثنين، لندن وواشنطن، إلى نشر الأدلة."
    assert _one(text, "ودعت")[2] == ["ماريا زاخاروفا"]


def test_a_prayer_is_no_call() -> None:
    _none("نهنئ شعبنا القطري الصابر بهذا الشهر الفضيل، وندعوا الله أن يزيل همهم.", "وندعوا")


def test_propping_up_a_currency_supports_no_one() -> None:
    _none("وزاد البنك المركزي أسعار الفائدة على أمل دعم العملة.", "دعم")


def test_what_a_militia_prepares_is_no_promise() -> None:
    _none("أعلن التحالف إحباط عمل وشيك كانت ميليشيات الحوثي تعده لاستهداف خطوط الملاحة.", "تعده")


def test_accused_of_a_three_letter_charge_is_passive() -> None:
    ev = _one("يذكر أن النظام السوري كان قد اتهم بشن هجمات كيماوية.", "اتهم")
    assert ev[2] == [] and ev[3] == ["الحكومة السورية"]


def test_a_counted_subject_after_a_verb_with_its_object_pronoun_is_no_earlier_name() -> None:
    text = "وأيد 82 عضوا في المنظمة مشروع قرار تقدمت به لندن بدعم من واشنطن وباريس، وعارضه 24 عضوا."
    assert _one(text, "وعارضه")[2] == []


def test_a_number_after_a_plain_verb_is_its_object() -> None:
    assert _one("وقتل المسلحون 12 شخصا.", "وقتل")[2] == ["المسلحون"]


# -- fifth draw (antW, after the second commit)


def test_whoever_does_it_is_no_earlier_name() -> None:
    assert _one("صور حداد نفسه كمرشح موثوق به لمن يرفض ويعارض أسلوب بولسونارو.", "يرفض")[2] == []


def test_out_of_the_question_across_an_is_negated() -> None:
    assert _one("وقال: من غير الوارد بالنسبة لنا أن يسمح الأسد بإعلان حرب من بلاده.", "يسمح")[4] == "negated"


def test_what_came_before_a_plan_is_no_plan() -> None:
    text = "وأعلنت مصر تأجيل اجتماع كان من المقرر انعقاده في الخرطوم بناء على طلب من إثيوبيا بعد استقالة رئيس وزرائها."
    ev = _one(text, "استقالة")
    assert ev[0] == "CONCEDE" and ev[4] == "asserted"


# -- warships, warplanes, fighter jets and tanks as a state's military (groups.tsv)


def test_indefinite_warships_and_warplanes_with_a_nationality_act() -> None:
    text = "وفجر السبت، قصفت مدمرات أميركية وطائرات حربية بريطانية مواقع تابعة للنظام السوري."
    assert _one(text, "قصفت")[2] == ["القوات المسلحة الأمريكية", "القوات المسلحة البريطانية"]


def test_fighter_jets_with_a_nationality_act() -> None:
    assert _one("وشنت طائرات حربية إسرائيلية غارات على غزة.", "وشنت")[2] == ["القوات المسلحة الإسرائيلية"]


def test_definite_aircraft_keep_their_state_as_agent() -> None:
    assert _one("وقصفت الطائرات الإسرائيلية مواقع في غزة.", "وقصفت")[2] == ["إسرائيل"]


# -- sixth draw (antX)


def test_a_title_s_genitive_before_the_comma_leaves_the_appositive_name_the_subject() -> None:
    text = "استنكر الأمين العام للأمم المتحدة، أنطونيو غوتيريس، بشدة الهجوم الصاروخي الذي شنه الحوثيون."
    ev = _one(text, "استنكر")
    assert ev[2] == ["أنطونيو غوتيريس"] and "أنطونيو غوتيريس" not in ev[3]


def test_a_leader_in_a_group_named_after_his_title_acts() -> None:
    text = "وفي هذا السياق، اتهم القيادي في جيش الإسلام محمد علوش الجمعة أنصار الحكومة السورية بإعاقة المحادثات."
    assert _one(text, "اتهم")[2] == ["محمد علوش"]


def test_a_team_bidding_farewell_to_a_tournament_calls_no_one() -> None:
    _none("في المقابل، ودعت بولندا النهائيات بتعرضها للخسارة الثانية.", "ودعت")


def test_a_state_calling_on_the_world_stays_a_request() -> None:
    assert _one("ودعت روسيا المجتمع الدولي إلى الحوار.", "ودعت")[0] == "REQUEST"


def test_a_receptionist_hosts_no_one() -> None:
    _none("فرد عليها موظف استقبال المكالمات الهاتفية.", "استقبال")


def test_subsidised_loans_support_no_one() -> None:
    _none("فبعدما كان البنك المركزي اللبناني يدعم هذه القروض لسنوات طويلة.", "يدعم")


# -- seventh draw (antW)


def test_feet_are_nothing_given() -> None:
    _none("يمكن للجهاز أن يضع طبقات الإسمنت على 2150 قدما مربعا في الساعة.", "قدما")


def test_earning_a_living_is_no_summit() -> None:
    _none("تنكرت في هيئة صبي بغية مساعدة أمها على كسب لقمة العيش.", "لقمة")


def test_receiving_data_is_no_meeting() -> None:
    _none("تتصل أشياء عادية مثل السيارات بشبكات لإرسال واستقبال البيانات.", "واستقبال")


def test_an_attack_undergone_far_after_taarrada_is_no_purpose() -> None:
    text = "تعرض الصحافي علي الأمين في بلدته شقرا لاعتداء إرهابي من مناصري حزب الله."
    assert _one(text, "لاعتداء")[4] == "asserted"


# -- eighth draw (antX)


def test_a_sociologist_holds_no_meeting() -> None:
    _none("يقول عالم الاجتماع مارتن جندلر من جامعة بوينس آيرس إن الصدع ظاهرة حديثة.", "الاجتماع")


def test_apart_from_is_no_promise() -> None:
    _none("وعدا عن الدعم المالي، هناك دعم إعلامي أيضا.", "وعدا")


def test_the_sea_a_province_overlooks_is_no_target() -> None:
    ev = _one("وتمكنت المقاتلات من تدمير آليات عسكرية في محافظة الحديدة المطلة على البحر الأحمر.", "تدمير")
    assert ev[3] == []


def test_protesters_after_the_verb_in_yn_are_its_object() -> None:
    text = "وفي محافظة ذي قار، منعت السلطات الأمنية المتظاهرين من نصب خيام اعتصام."
    assert _one(text, "منعت")[0] == "COERCE"


def test_protesters_attacking_stay_a_violent_protest() -> None:
    assert _one("وهاجم متظاهرون مقر الحزب.", "وهاجم")[0] == "PROTEST"


def test_thousands_of_protesters_attacking_stay_a_violent_protest() -> None:
    text = "وقد هاجم آلاف المتظاهرين مكتب رئيس الوزراء في وسط بانكوك."
    assert _one(text, "هاجم")[0] == "PROTEST"


# -- after the blind judgment on antY (its one worse case)


def test_a_nationality_before_a_comma_and_a_new_clause_is_no_subject() -> None:
    text = (
        'وأكدت القناة أن تحقيقاً "كاملا" يجرى لمعرفة مكان الصحفي السعودي المفقود، وفي إطار هذا التحقيق '
        "طلبت تركيا تصريحاً لتفتيش القنصلية السعودية في إسطنبول."
    )
    ev = _one(text, "طلبت")
    assert ev[2] == ["تركيا"] and ev[3] == ["المملكة العربية السعودية"]


# -- antZ draw


def test_a_suspended_execution_is_no_arrest() -> None:
    _none("ويستمر في تونس إصدار أحكام الإعدام مع توقيف تنفيذها منذ عام 1991.", "توقيف")


def test_the_one_a_court_jails_is_the_target() -> None:
    text = "يذكر أن محكمة مصرية قضت بحبس شيرين عبد الوهاب ستة أشهر بتهمة الإساءة إلى مصر."
    ev = _one(text, "بحبس")
    assert ev[2] == [] and ev[3] == ["شيرين عبد الوهاب"]


def test_an_expected_summit_is_a_planned_meeting_not_an_intention() -> None:
    ev = _one("ومن المتوقع عقد قمة ترامب - كيم في وقت لاحق هذا الشهر.", "عقد")
    assert ev[0] == "CONSULT" and ev[4] == "planned"


def test_the_dead_of_a_plane_crash_were_attacked_by_no_one() -> None:
    _none("وقتل جميع الركاب البالغ عددهم 66 شخصا عندما تحطمت الطائرة في البحر الأبيض المتوسط.", "وقتل")


# -- after the second blind judgment (antZ2): its worse cases, mended after it


def test_a_coordinated_noun_after_a_comma_opens_no_new_clause() -> None:
    text = (
        'وأفضى التقرير إلى تشكيل لجنة تحقيق من قبل الوكالة الدولية لمكافحة المنشطات ("وادا)، وإصدار تقارير '
        "بين آب/أغسطس 2015 وحزيران/يونيو 2016 تتهم روسيا بمخالفة القوانين المتعلقة بمكافحة المنشطات."
    )
    assert _one(text, "تتهم")[3] == ["روسيا"]


def test_in_protest_after_a_comma_belongs_to_the_main_clause() -> None:
    text = "شارك آلاف الأردنيين الأربعاء في إضراب عام دعت له النقابات المهنية في البلاد، احتجاجا على مشروع قانون حكومي جديد."
    assert _one(text, "احتجاجا")[4] == "asserted"


def test_a_mood_allows_nothing() -> None:
    _none("ولم يكن الشارع ولا المزاج السعودي يسمح بالحديث.", "يسمح")


def test_a_state_allowing_stays_a_concession() -> None:
    assert _one("وقالت الوزارة إن السعودية تسمح لتركيا بالبحث.", "تسمح")[0] == "CONCEDE"


def test_a_connective_after_a_comma_opens_a_new_clause() -> None:
    text = "والبحث عن العلاقات المحتملة بين شركاء حملة الرئيس دونالد ترامب وروسيا، وقد نفى ترامب مرارا أي تواطؤ."
    assert _one(text, "نفى")[2] == ["دونالد ترامب"]
