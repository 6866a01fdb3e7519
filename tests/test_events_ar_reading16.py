"""Arabic events read on unseen news (sixteenth session): centrifuges, subsidies and superlatives
that look like triggers, restrictive negation, efforts and pledges, "his country" after a speaker,
a state's strikes as the subject, scenes set by وذلك, campaigns of words, asteroids."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process

pytestmark = pytest.mark.filterwarnings("ignore")


def _events(text: str) -> list[tuple[str, str, list[str], list[str], str]]:
    doc = process(Document(id="t", text=text, lang="ar"))

    def label(k: str) -> str:
        ent = doc.entities.get(k)
        if ent is None:
            return k
        return ent.labels.get("ar") or next(iter(ent.labels.values()))

    return [
        (e.category, e.trigger.text, [label(k) for k in e.agent], [label(k) for k in e.target], e.modality)
        for e in doc.events
    ]


def _one(text: str, trigger: str) -> tuple[str, str, list[str], list[str], str]:
    found = [e for e in _events(text) if trigger in e[1]]
    assert found, (trigger, _events(text))
    return found[0]


def _none(text: str, trigger: str) -> None:
    assert not [e for e in _events(text) if trigger in e[1]], _events(text)


# -- words in their ordinary sense


def test_centrifuges_expel_no_one() -> None:
    _none("وقال صالحي إن طهران تطور البنية التحتية لبناء أجهزة طرد مركزي متطورة في منشأة نطنز.", "طرد")
    _none("وتشغل إيران أجهزة الطرد المركزي في منشأة فوردو.", "الطرد")


def test_an_expulsion_stays_one() -> None:
    assert _one("وطردت روسيا دبلوماسيين بريطانيين من موسكو.", "طردت")[0] in ("COERCE", "SANCTION")


def test_a_fuel_subsidy_supports_no_one() -> None:
    _none("وأعلنت الحكومة المصرية خفض دعم الوقود والكهرباء.", "دعم")
    _none("وقررت الحكومة رفع الدعم عن البنزين.", "الدعم")


def test_support_for_a_state_stays_support() -> None:
    assert _one("وأعلنت روسيا دعم الحكومة السورية في حربها.", "دعم")[0] == "SUPPORT"


def test_the_farthest_star_is_no_expulsion() -> None:
    _none("رصد باحثون أميركيون أبعد نجم تسنت رؤيته حتى الآن.", "أبعد")
    _none("وذهب الوزير أبعد من ذلك في تصريحاته.", "أبعد")


def test_an_expelling_verb_stays_coerce() -> None:
    assert _one("وأبعدت السلطات الإسرائيلية الناشط الفلسطيني عن القدس.", "أبعدت")[0] == "COERCE"


def test_a_campaign_of_words_is_no_attack() -> None:
    _none("وقد شنت إدارة ترامب حملة عالمية لفرض أقسى العقوبات على كوريا الشمالية.", "شنت")
    _none("وشنت وسائل الإعلام حملة تحريض على الحكومة.", "وشنت")


def test_a_military_campaign_stays_an_attack() -> None:
    assert _one("وشن الجيش حملة عسكرية على المسلحين في سيناء.", "وشن")[0] == "ASSAULT"


def test_an_asteroid_attacks_no_one() -> None:
    _none("كما انفجر كويكب مزدوج فوق تونغوسكا في روسيا عام 1908 وسوى 770 ميلا مربعا من الغابات بالأرض.", "انفجر")


def test_a_sports_team_giving_in_is_play() -> None:
    text = (
        "جعلت الوتيرة المنتخب التونسي يفقد توازنه في كثير من فترات المباراة، ويستسلم لهجمات المنتخب "
        "البلجيكي المتتالية."
    )
    _none(text, "يستسلم")


# -- modality


def test_not_until_is_no_negation() -> None:
    text = "وعثر عملاء على مفكرات في حقائبه، لكن لم يتم توقيفه إلا بعدها بست سنوات."
    assert _one(text, "توقيفه")[4] == "asserted"


def test_a_plain_negation_stays() -> None:
    assert _one("ولم تقصف الطائرات الروسية المدينة أمس.", "تقصف")[4] == "negated"


def test_but_however_keeps_the_negation() -> None:
    assert _one("ولم تقصف الطائرات الروسية المدينة إلا أن القوات تقدمت.", "تقصف")[4] == "negated"


def test_what_efforts_seek_is_not_reached() -> None:
    text = "وأصيب 220 آخرون في احتجاجات، وسط مساع دبلوماسية للتوصل إلى اتفاق لوقف إطلاق النار."
    assert _one(text, "للتوصل")[4] == "planned"


def test_a_pledged_inquiry_is_planned() -> None:
    text = "وقال وزير التجارة ويلبور روس إن الواردات أضرت بالصناعة، متعهدا بإجراء تحقيق شامل."
    assert _one(text, "تحقيق")[4] == "planned"


def test_a_meeting_that_will_take_place_is_planned() -> None:
    text = "وأعلنت الوزارة أن الاجتماع بين بومبيو وجاويش أوغلو سيتم الجمعة."
    assert _one(text, "الاجتماع")[4] == "planned"


def test_a_visit_prevented_did_not_happen() -> None:
    text = "ووقع مليون شخص عريضة لمنع ترامب من القيام بزيارة دولة إلى بريطانيا."
    assert _one(text, "بزيارة")[4] == "negated"


def test_what_may_have_caused_it_is_hypothetical() -> None:
    text = "ولم يتسن تحديد سبب الانفجار الذي قد يكون ناجما عن غارة جوية أو حادث في مخزن للأسلحة."
    assert _one(text, "غارة")[4] == "hypothetical"


# -- roles


def test_his_country_is_the_country_of_his_title() -> None:
    text = "قال فكرت أوزار، سفير تركيا في قطر، إن بلاده قدمت الدعم للدوحة في الأزمة الخليجية."
    cat, _, agent, target, _ = _one(text, "قدمت")
    assert cat == "AID" and agent == ["تركيا"] and target == ["قطر"]


def test_his_country_after_a_nationality_adjective() -> None:
    text = "وقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده لن تتفاوض مع الولايات المتحدة."
    cat, _, agent, target, mode = _one(text, "تتفاوض")
    assert agent == ["إيران"] and target == ["الولايات المتحدة"] and mode == "negated"


def test_his_country_where_he_spoke_is_not_it() -> None:
    # the only country named is where he spoke (after في): no agent is guessed
    text = "وقال المتحدث في روسيا إن بلاده تدعم الاتفاق."
    assert _one(text, "تدعم")[2] == []


def test_a_states_strikes_are_done_by_the_state() -> None:
    assert _one("ومؤخرا استهدف القصف الإسرائيلي مواقع يوجد فيها إيرانيون.", "استهدف")[2] == ["إسرائيل"]
    assert _one("وشن الطيران الروسي غارات على إدلب.", "وشن")[2] == ["روسيا"]


def test_a_protest_in_a_scene_set_by_that_is_not_the_speakers() -> None:
    text = (
        "دعا الرئيس الإيراني حسن روحاني إلى الوحدة الوطنية، وذلك وسط إضراب البازار الكبير لليوم الثاني "
        "احتجاجا على انخفاض قيمة العملة."
    )
    assert _one(text, "احتجاجا")[2] == []


def test_that_in_protest_keeps_the_subject() -> None:
    assert _one("ألغت كوريا الشمالية اجتماعا مع الجنوب، وذلك احتجاجا على المناورات.", "احتجاجا")[2] == ["كوريا الشمالية"]


def test_a_release_refused_did_not_happen() -> None:
    text = "تعهد الرئيس الأمريكي، دونالد ترامب، الجمعة، بمواصلة الضغط على تركيا بسبب رفضها الإفراج عن القس الأمريكي أندرو برونسون."
    assert _one(text, "الإفراج")[4] == "negated"


def test_a_pledge_reaches_only_what_it_pledges() -> None:
    # the pledge is to keep up pressure; the release named far after it is no pledge
    text = "تعهد الرئيس الأمريكي، دونالد ترامب، الجمعة، بمواصلة الضغط على تركيا بسبب رفضها الإفراج عن القس الأمريكي أندرو برونسون."
    assert _one(text, "الإفراج")[0] == "RETREAT"


def test_strikes_with_an_adjective_before_their_states() -> None:
    text = "وقال المتحدث: استهدفت الضربات الصاروخية الأمريكية والفرنسية والبريطانية عددا من المطارات السورية."
    assert _one(text, "استهدفت")[2] == ["الولايات المتحدة", "فرنسا", "المملكة المتحدة"]


def test_strikes_named_before_are_not_a_new_subject() -> None:
    # "الغارات" alone refers back to the strikes of the sentence before: the same agent
    text = "وشنت الطائرات العراقية غارات على بلدة هجين. واستهدفت الغارات ثلاثة بيوت في البلدة."
    assert _one(text, "واستهدفت")[2] == _one(text, "وشنت")[2]


def test_preparing_a_report_is_no_promise() -> None:
    _none("بعض القرى لم تصلها المساعدات، كقرية تانغا التي زارها فريق فرانس24 وأعد لنا التقرير التالي.", "وأعد")


def test_a_promise_with_its_object_stays() -> None:
    assert _one("وقال الرئيس: وأعد بمواصلة العمل من أجل السلام.", "وأعد")[0] == "AGREE"


def test_combining_fabric_is_no_rally() -> None:
    _none("نرى الثياب التي تصممها ذات ألوان قوية، تجمع قماشا من السودان على تصاميم مستوحاة.", "تجمع")


def test_protesters_gathering_stay_a_protest() -> None:
    assert _one("وتجمع المتظاهرون أمام البرلمان.", "وتجمع")[0] == "PROTEST"


def test_a_blow_to_investment_is_no_strike() -> None:
    text = "وكان من مهامه إنعاش الاقتصاد المتباطئ والاستثمارات التي تعرضت لضربة شديدة جراء الاضطرابات."
    _none(text, "ضربة")


def test_a_missile_blow_stays_a_strike() -> None:
    assert _one("وتعرضت مواقع الجيش لضربة صاروخية أضرت بالاقتصاد.", "ضربة")[0] == "ASSAULT"


def test_a_strategy_targets_no_one() -> None:
    _none("وأضاف أن استراتيجية تطوير التعليم في مصر تستهدف التركيز على التعلم.", "تستهدف")


# -- second reading round


def test_what_was_agreed_is_no_negation() -> None:
    text = "ووصف شكري الاتفاق بالإيجابي الذي ينسجم مع ما اتفق عليه قادة الدول الثلاث."
    assert _one(text, "اتفق")[4] == "asserted"


def test_what_could_happen_is_hypothetical() -> None:
    assert _one("وقال الخبير إن من شأن هذه الخطوة أن تدعم الاقتصاد.", "تدعم")[4] == "hypothetical"


def test_a_cancelled_visit_did_not_take_place() -> None:
    text = "وكان الرئيس الأمريكي دونالد ترامب ألغى زيارته للمقر الجديد للسفارة في يناير."
    assert _one(text, "زيارته")[4] == "negated"


def test_a_crowd_among_which_one_stands_mobilises_no_one() -> None:
    _none("حرص رئيس الوزراء الروسي ديمتري ميدفيديف، ضمن حشد كبير من زعماء العالم، على المشاركة.", "حشد")


def test_libya_dawn_is_a_group_not_a_blast() -> None:
    _none('وعلى رأسها جماعة "فجر ليبيا"، التي قتلت مئات المدنيين.', "فجر")


def test_the_sanctions_committee_imposes_nothing_here() -> None:
    _none("وكتب السفير في طلبه إلى لجنة العقوبات في الأمم المتحدة أن القمة فرصة.", "العقوبات")


def test_killing_birds_is_no_attack() -> None:
    _none("بعد اكتشافهم قتل مليون طائر سنويا في موقع واحد في إيران.", "قتل")


def test_without_prior_warning_threatens_no_one() -> None:
    _none("واقتربت الكويكبات من الأرض بدون سابق إنذار.", "إنذار")


def test_an_attack_in_a_tweet_is_criticism() -> None:
    text = (
        "وكان الرئيس الأميركي قد حذر روسيا، قائلا، في تغريدة على حسابه في تويتر، إن الصواريخ قادمة، "
        "وهاجم موسكو لدعمها رئيس النظام السوري بشار الأسد."
    )
    assert _one(text, "وهاجم")[0] == "ACCUSE"


def test_gunmen_attacking_a_checkpoint_stay_an_assault() -> None:
    assert _one("وقال بيان للجيش إن مسلحين هاجموا نقطة تفتيش في العريش.", "هاجموا")[0] == "ASSAULT"


def test_an_accusation_after_that_is_not_the_offer() -> None:
    text = (
        "أبدت كوريا الشمالية، الأحد، استعدادها لإجراء محادثات مع الولايات المتحدة، وذلك بعد ساعات من "
        "اتهام بيونغ يانغ لواشنطن بمحاولة إثارة الصراعات."
    )
    assert _one(text, "اتهام")[4] == "asserted"


def test_what_a_state_aims_at_is_planned() -> None:
    assert _one("وتستهدف السعودية دعم المنشآت الصغيرة والمتوسطة.", "دعم")[4] == "planned"


def test_fake_news_calls_no_one_a_liar() -> None:
    _none("كانت وزارة الإعلام قالت إن الحكومة ستلغي اعتماد الصحفيين الذين ينشرون أخبارا كاذبة.", "كاذبة")


# -- mends after reading the 1,150-article diff


def test_thousands_gathering_in_it_stay_a_protest() -> None:
    assert _one("جعل الأكراد احتفالاتهم مناسبة تجمع فيها الآلاف في مدينة القامشلي.", "تجمع")[0] == "PROTEST"


def test_sanctions_rejected_were_imposed_all_the_same() -> None:
    text = "أعرب وزير الخارجية الروسي، سيرغي لافروف، عن رفضه لعقوبات الإدارة الأمريكية المفروضة مؤخرا على روسيا."
    assert _one(text, "لعقوبات")[4] != "negated"


def test_a_threat_that_may_be_a_test_was_made() -> None:
    assert _one("وقد يكون تهديد كوريا الشمالية اختبارا لاستعداد الولايات المتحدة.", "تهديد")[4] == "asserted"


def test_a_threat_to_cancel_talks_leaves_them_planned() -> None:
    text = "يعد تهديد كوريا الشمالية بإلغاء المحادثات المهمة مع الولايات المتحدة تحولا."
    assert _one(text, "المحادثات")[4] == "planned"


def test_a_strike_others_expect_is_hypothetical() -> None:
    text = (
        "وكان قد هدد السفير بأن أي صواريخ أمريكية تطلق على سوريا سيتم إسقاطها، وذلك وسط توقعات بأن تشن "
        "الولايات المتحدة ضربة عسكرية ضد نظام الرئيس السوري بشار الأسد."
    )
    cat, _, agent, _, mode = _one(text, "تشن")
    assert (cat, mode) == ("ASSAULT", "hypothetical") and agent == ["الولايات المتحدة"]


# -- third reading round


def test_accused_of_with_no_object_is_passive() -> None:
    text = "وخلال مرحلة العنف الطائفي، لعب العامري دورا كبيرا في أعمال العنف واتهم بإدارة فرق الموت."
    cat, _, agent, target, _ = _one(text, "واتهم")
    assert cat == "ACCUSE" and agent == [] and target == ["العامري"]


def test_accusing_a_state_named_with_b_stays_active() -> None:
    assert _one("وكان بوتين قد اتهم بريطانيا بتسميم سكريبال.", "اتهم")[3] == ["المملكة المتحدة"]


def test_rubbish_piling_up_is_no_rally() -> None:
    _none("وتتجمع أكوام القمامة في أزقة المخيم.", "تتجمع")


def test_receiving_gas_is_no_meeting() -> None:
    _none("وأشار إلى أن هناك اتفاقا مبدئيا بين الحكومتين يتعلق باستقبال الغاز من قبرص إلى مصر.", "استقبال")


def test_but_without_a_comma_ends_what_was_charged() -> None:
    text = "وبعد الحادثة حاولت الضحية توجيه اتهام لكوسبي لكن نائب عام المقاطعة رفض الاستماع لها."
    assert _one(text, "رفض")[4] == "asserted"


def test_sanctions_that_target_a_sector_are_imposed() -> None:
    assert _one("وفرضت واشنطن عقوبات جديدة. وتستهدف العقوبات أيضا قطاع السيارات الإيراني.", "العقوبات")[4] == "asserted"


def test_people_who_stopped_were_stopped_by_no_one() -> None:
    _none("توجه عشرات المدنيين صوب السياج الحدودي الإسرائيلي وتوقفوا على بعد 200 متر منه.", "توقفوا")
    _none("وأشار النائب العام إلى أن الوفاة تعود لتوقف في عضلة القلب.", "توقف")


def test_police_stopping_a_suspect_stay_coerce() -> None:
    assert _one("وأوقفت الشرطة المشتبه به في لندن.", "وأوقفت")[0] == "COERCE"


def test_an_issue_ranking_high_occupies_nothing() -> None:
    _none("لكن القضية تحتل موقعا متقدما في الأجندة السياسية للاتحاد.", "تحتل")


def test_a_fever_attacks_no_one() -> None:
    _none("لقي خمسة أشخاص حتفهم في إيران نتيجة الإصابة بحمى الكونغو النزفية.", "لقي")


def test_a_city_battles_destroyed_stays_attacked_beside_epidemics() -> None:
    text = "استنزفت الحرب مدينة تعز، والتي دمرتها المعارك وتفشت فيها الأوبئة مع انتشار النفايات."
    assert _one(text, "دمرتها")[0] == "ASSAULT"


def test_a_second_accusation_is_not_what_the_first_said() -> None:
    text = (
        "ردت ميلانيا ترامب على كاتب المقال المجهول، الذي نشر قبل يومين في صحيفة نيويورك تايمز، وهاجم فيه "
        "زوجها الرئيس دونالد ترامب واتهمه بالتهور."
    )
    assert _one(text, "واتهمه")[4] == "asserted"


# -- fourth reading round (antT)


def test_further_than_it_is_no_expulsion() -> None:
    _none("سيمنح الجنوب طريقا بريا إلى الأسواق الصينية والروسية، وأبعد منها إلى الأسواق الأوروبية.", "أبعد")


def test_categorically_is_no_boycott() -> None:
    _none("وترفض تركيا بشكل قاطع استخدام كلمة إبادة.", "قاطع")


def test_a_boycott_stays_a_protest() -> None:
    assert _one("وقاطعت الدول العربية قطر.", "وقاطعت")[0] == "PROTEST"


def test_destroying_relations_is_no_attack() -> None:
    _none("قال السفير إن الولايات المتحدة تدمر ما تبقى من العلاقات مع موسكو.", "تدمر")


def test_no_threat_posed_is_no_threat_made() -> None:
    # posing a threat is no act of threatening, negated or not (PETRARCH2 codes "pose a real threat"
    # CAMEO 012, a pessimistic comment, which has no PLOVER category; twenty-first session)
    _none("إعدام لشخص لا يمثل تهديدا لأحد أمر مرعب.", "تهديدا")


def test_what_must_be_done_is_not_done() -> None:
    cat, _, _, _, mode = _one("يجب أن تسحب السفير من إسرائيل بدون عودة.", "تسحب")
    assert (cat, mode) == ("SANCTION", "hypothetical")


def test_we_do_not_plan_it() -> None:
    assert _one("وقال الوزير لا نخطط لتدمير البنية التحتية.", "لتدمير")[4] == "negated"


def test_a_far_aim_is_still_an_aim() -> None:
    text = "وكانت تهدف ورشة العمل التي أدلى فيها ستروميا بتعليقاته إلى مساعدة النساء."
    assert _one(text, "مساعدة")[4] == "planned"


def test_a_threat_to_kill_asserts_no_killing() -> None:
    assert not [e for e in _events("وأشارت إلى أنها تلقت تهديدات بالقتل عبر شبكة الانترنت.") if e[4] == "asserted" and e[0] == "ASSAULT"]


def test_the_subjects_title_after_a_comma_is_no_object() -> None:
    text = "طالب جان إيف لودريان، وزير خارجية فرنسا، إيران بالتوقف عن التهديد بالانسحاب من الاتفاق النووي."
    assert _one(text, "طالب")[3] == ["إيران"]


def test_an_attack_air_defences_confronted_took_place() -> None:
    text = "وقال التلفزيون السوري إن الدفاعات الجوية السورية تصدت لهجوم صاروخي استهدف قاعدة الشعيرات."
    assert _one(text, "لهجوم")[4] == "asserted"


def test_a_pretext_is_no_fact() -> None:
    text = "يبدو أن العملية العسكرية التي تشنها أنقرة على منطقة عفرين بذريعة طرد إرهابيين أكراد أضحت ساحة."
    assert _one(text, "طرد")[4] == "hypothetical"


def test_a_film_achieving_revenue_is_no_inquiry() -> None:
    _none("كما أشار إلى أن الفيلم حقق أعلى إيراد لفيلم عربي في سينمات الوطن العربي.", "حقق")


def test_hosting_a_boxing_final_is_no_meeting() -> None:
    _none("كما ستستضيف السعودية في العام الحالي نهائي السوبر العالمي للملاكمة.", "ستستضيف")


# -- mends after the second blind draw (antU)


def test_an_invasion_beside_operation_desert_storm_stays() -> None:
    text = "وساهم هذا الأسطول في عملية عاصفة الصحراء بعد الغزو العراقي للكويت."
    cat, _, agent, target, _ = _one(text, "الغزو")
    assert cat == "ASSAULT" and agent == ["العراق"] and target == ["الكويت"]


def test_belittling_accusations_leaves_them_made() -> None:
    text = "قلل وزير خارجية روسيا، سيرغي لافروف، من شأن اتهامات وجهها محقق أمريكي إلى 13 روسيا بالتدخل."
    assert _one(text, "اتهامات")[4] == "asserted"


def test_a_fund_that_would_support_is_hypothetical() -> None:
    text = "كانت الكويت والفلبين تتفاوضان من أجل التوصل إلى قانون عمل من شأنه رفع الحظر على سفر العمال إلى الكويت."
    assert _one(text, "رفع")[4] == "hypothetical"


# -- fifth reading round (antV)


def test_impossible_to_confiscate_is_no_confiscation() -> None:
    _none("لكنه من المستحيل معاقبة مالكي هذه العقارات أو مصادرتها بسبب نقص الأدلة.", "مصادرتها")


def test_a_gathering_of_fighters_struck_is_no_rally() -> None:
    text = "وذكرت مصادر أن مقاتلات التحالف استهدفت بعدة غارات جوية تجمعا للانقلابيين في منطقة البقعة."
    _none(text, "تجمعا")


def test_protesters_gathering_in_a_square_stay_a_protest() -> None:
    assert _one("وتجمع آلاف المتظاهرين في ساحة التحرير.", "وتجمع")[0] == "PROTEST"


def test_what_he_had_criticised_is_no_negation() -> None:
    assert _one("لافتا إلى أن ترامب كرر ما انتقده في السابق عن أوباما.", "انتقده")[4] == "asserted"


def test_wanting_to_help_is_an_intention() -> None:
    # "I wanted to help": no aid given; PLOVER codes a stated intention to aid as AGREE
    assert _one("وكتب في رسالة إلى الجمعية: سمعت بما حصل لكم، وأردت أن أساعد الأطفال.", "أساعد")[0] == "AGREE"


def test_what_he_never_criticised_at_the_start_is_negated() -> None:
    assert _one("ما انتقده ترامب أبدا.", "انتقده")[4] == "negated"
