"""Arabic events read on unseen news (twenty-first session, lead): the Houthis and the Saudi-led
coalition as the listed organizations they are, a nationality adjective before a name behind a
preposition, a time counted before a verb, masdars whose hamza sits on ئ before a pronoun
(لقائه), "poses a threat" and "deters from".  Sentences are written for the tests in the style
of the news; each rule has both sides."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_ar_reading16 import _events, _none, _one  # noqa: E402  (the same pipeline run and labels)

pytestmark = pytest.mark.filterwarnings("ignore")


# -- the Houthis and the coalitions


def test_houthi_militias_are_the_houthis_not_yemeni_gunmen() -> None:
    ev = _one("وقصفت ميليشيات الحوثي مواقع الجيش اليمني في تعز.", "وقصفت")
    assert ev[2] == ["الحوثيين"]
    # "the Iranian Houthi militias" (a side named by its sponsor): the Houthis act, not Iran
    assert _one("واختطفت ميليشيات الحوثي الإيرانية عددا من مالكي محال الصرافة في محافظة البيضاء.", "اختطفت")[2] == ["الحوثيين"]
    # a militia with no listed name stays a group
    assert _one("وقصفت ميليشيات مسلحة مواقع الجيش في تعز.", "وقصفت")[2] != ["الحوثيين"]


def test_the_coalitions_planes_strike_for_the_coalition() -> None:
    ev = _one("وشنت مقاتلات التحالف العربي غارات على مواقع ميليشيا الحوثي في صعدة.", "وشنت")
    assert ev[2] == ["التحالف العربي"] and ev[3] == ["الحوثيين"]
    ev = _one("لقي القيادي الحوثي مصرعه بغارة لطائرات تحالف دعم الشرعية في صعدة.", "لقي")
    assert ev[2] == ["التحالف العربي"] and ev[3] == []


# -- who met his death, and by whom


def test_who_met_his_death_is_the_victim_and_the_attacks_maker_the_killer() -> None:
    ev = _one("لقي ثلاثة جنود مصرعهم في هجوم لحركة حماس.", "لقي")
    assert ev[2] == ["حركة حماس"] and ev[3] == []
    ev = _one("لقي الصحفي جمال خاشقجي حتفه في القنصلية السعودية.", "لقي")
    assert ev[2] == [] and ev[3] == ["جمال خاشقجي"]


# -- a nationality adjective and the name after it


def test_an_adjective_before_a_name_behind_a_preposition_is_the_acting_state() -> None:
    ev = _one(
        "وأكد على ضرورة التزام طهران بمبادئ حسن الجوار، وعدم التدخل في شؤون دول المنطقة، وإنهاء الدعم الإيراني "
        "لميليشيات الحوثي وانسحاب العناصر الإيرانية وحزب الله من اليمن.",
        "الدعم",
    )
    assert ev[0] == "SUPPORT" and ev[2] == ["إيران"] and ev[3] == ["الحوثيين"]


def test_an_adjective_in_a_title_still_modifies_the_name() -> None:
    ev = _one("واستقبل الرئيس الروسي فلاديمير بوتين نظيره التركي في موسكو.", "واستقبل")
    assert ev[2] == ["فلاديمير بوتين"]


# -- a time counted before the verb


def test_a_verb_after_a_counted_time_names_its_subject_after_it() -> None:
    ev = _one("وبعد يومين استهدفت ميليشيات الحوثي ناقلتي نفط سعوديتين.", "استهدفت")
    assert ev[2] == ["الحوثيين"] and ev[3] == []
    ev = _one("وقبل ثلاثة أسابيع هاجمت قوات النظام مدينة دوما.", "هاجمت")
    assert ev[2] == ["قوات النظام"]


def test_a_verb_after_an_indefinite_noun_still_describes_it() -> None:
    ev = _one("أسقطت الدفاعات الجوية مسيرات استهدفت موسكو.", "استهدفت")
    assert ev[2] == [] and ev[3] == ["موسكو"]


def test_what_happened_after_a_threat_is_done_not_threatened() -> None:
    ev = _one("وبعد يومين من تهديدات روحاني استهدفت ميليشيات الحوثي ناقلتي نفط سعوديتين.", "استهدفت")
    assert ev[2] == ["الحوثيين"] and ev[4] == "asserted"
    ev = _one("وبعد تهديدات ترامب قصفت الطائرات الأمريكية مواقع في سوريا.", "قصفت")
    assert ev[4] == "asserted"


def test_a_threat_stays_a_threat() -> None:
    ev = _one("وهدد ترامب بقصف مواقع الحوثيين في اليمن.", "وهدد")
    assert ev[0] == "THREATEN" and ev[2] == ["دونالد ترامب"] and ev[4] == "asserted"
    _none("وهدد ترامب بقصف مواقع الحوثيين في اليمن.", "بقصف")  # what is threatened is no act done


# -- a hamza on ئ / ؤ before a pronoun


def test_a_meeting_with_a_pronoun_is_a_meeting() -> None:
    ev = _one("وقال ترامب خلال لقائه مع ماكرون إن الاتفاق سيئ.", "لقائه")
    assert ev[0] == "CONSULT" and ev[3] == ["إيمانويل ماكرون"]
    ev = _one("وأكد ترامب خلال لقاؤه مع ماكرون أن الاتفاق سيئ.", "لقاؤه")
    assert ev[0] == "CONSULT"
    ev = _one("ووصف الملاحظات التي دونها ماكيب وكومي خلال لقائهما معه بأنها كاذبة.", "لقائهما")
    assert ev[0] == "CONSULT"


def test_a_word_ending_in_ai_is_no_masdar_form_without_a_pronoun() -> None:
    from kg.events.lexicon import get_lexicon

    stems = [s for s, _ in get_lexicon("ar").analyses("لقايه")]
    assert "لقاء" in stems
    assert "لقاء" not in [s for s, _ in get_lexicon("ar").analyses("لقاي")]


# -- ordinary senses


def test_posing_a_threat_is_no_threat_made() -> None:
    _none("لم يعد تنظيم القاعدة يشكل تهديداً للعالم الخارجي.", "تهديد")
    _none("وقال إن البرنامج النووي يمثل تهديدا خطيرا للولايات المتحدة.", "تهديد")
    assert _one("ونقلت الوكالة عن روحاني تهديده بإغلاق مضيق هرمز.", "تهديده")[0] == "THREATEN"


def test_deterring_from_is_no_praise() -> None:
    _none("وأكد أن الاعتداء على الرئيس لن يثنينا عن مواصلة العمل.", "يثني")
    _none("ويتضمن الاتفاق بندا جانبيا يثني سول عن خفض عملتها.", "يثني")
    assert _one("وأصدر البيت الأبيض بيانا يثني فيه على الشباب الأمريكي.", "يثني")[0] == "SUPPORT"


def test_a_setback_is_no_strike() -> None:
    _none("ويمثل مقتل الصماد ضربة كبيرة للحوثيين.", "ضربة")
    assert _one("ووجهت إسرائيل ضربة قوية لمواقع حزب الله.", "ضربة")[0] == "ASSAULT"


def test_prevailing_is_no_support() -> None:
    _none("واعتمد النظام الرئاسي بدلا من النظام البرلماني الذي كان سائداً منذ عام 1923.", "سائد")


def test_pretending_is_no_demonstration() -> None:
    _none("وأضاف الممثل إنه تظاهر بأنه السيناتور.", "تظاهر")
    assert _one("وتظاهر آلاف الأشخاص في بغداد.", "تظاهر")[0] == "PROTEST"


def test_a_crowd_is_no_mobilisation() -> None:
    _none("وقال إن حشدا كبيرا من المتظاهرين استقبله.", "حشد")
    assert _one("وحشد الجيش الروسي قواته على الحدود.", "حشد")[0] == "MOBILIZE"


def test_declining_to_comment_is_no_rejection() -> None:
    _none("لكن المدعين رفضوا التعليق على أنباء الهجوم.", "رفضوا")
    _none("ورفضت إيران التعليق على التقارير.", "ورفضت")
    assert _one("ورفضت إيران المقترح الأوروبي.", "ورفضت")[0] == "REJECT"


# -- modality


def test_what_one_could_not_do_is_not_done() -> None:
    ev = _one("وأكد هولاند أنه لم يكن بإمكان فرنسا أن تشن بمفردها هجوما عسكريا على الجيش السوري.", "تشن")
    assert ev[4] == "negated"
    assert _one("وكان بإمكان فرنسا أن تشن هجوما على دمشق.", "تشن")[4] == "hypothetical"


def test_what_a_threat_answers_happened() -> None:
    ev = _one(
        "وكان الرئيس الأمريكي دونالد ترامب هدد بتوجيه ضربة عسكرية للنظام السوري ردا على هجوم كيميائي مفترض "
        "استهدف السبت مدينة دوما.",
        "استهدف",
    )
    assert ev[4] == "asserted" and ev[3] == ["دوما"]


# -- roles


def test_a_candidate_is_a_title_before_the_name() -> None:
    ev = _one("ويدعم المرشح اليساري غوستافو بيترو اتفاق السلام.", "ويدعم")
    assert ev[2] == ["غوستافو بيترو"] and ev[3] == []


def test_a_militia_police_or_state_before_a_comma_arrests_and_holds() -> None:
    ev = _one("احتجزت ميليشيا الحوثي، في محافظة إب، وسط اليمن، من جديد، شحنة أدوية إغاثية.", "احتجزت")
    assert ev[2] == ["الحوثيين"] and ev[3] == []
    ev = _one("احتجزت إيران، في مضيق هرمز، ناقلة نفط بريطانية.", "احتجزت")
    assert ev[2] == ["إيران"]
    # a person before the comma is held (the unvowelled passive)
    ev = _one("واعتقل سعود، في مدينة طرابلس.", "واعتقل")
    assert ev[2] == [] and ev[3] == ["سعود"]


def test_talks_to_be_held_are_to_come() -> None:
    ev = _one("حيث ستقام محادثات حول نزع السلاح النووي بمشاركة أمريكية.", "محادثات")
    assert ev[4] != "asserted" or ev[0] == "AGREE"  # planned, or PLOVER's intent to meet (AGREE)
    assert _one("وأقيمت محادثات حول نزع السلاح النووي في هلسنكي.", "محادثات")[0] == "CONSULT"


def test_no_withdrawal_observed_is_none() -> None:
    assert _one("انتهت المهلة من دون رصد انسحاب أي من الفصائل.", "انسحاب")[4] == "negated"


def test_a_name_in_what_is_reported_is_no_reporter() -> None:
    # "أفادت أنباء بمقتل ...": the Houthis are among the dead, they report nothing
    ev = _one("وأفادت أنباء الجمعة بمقتل 83 مسلحا من ميليشيات الحوثي وإصابة العشرات.", "بمقتل")
    assert ev[3] == ["الحوثيين"]
    # a spokesman named after the body he speaks for still reports
    ev = _one("وقال المتحدث باسم الكرملين، ديمتري بيسكوف، إن روسيا ستفرض عقوبات على أوكرانيا.", "ستفرض")
    assert ev[2] == ["روسيا"]


def test_the_dead_in_strikes_made_by_a_force_were_killed_by_it() -> None:
    ev = _one("لقي ما لا يقل عن 15 مدنياً مصرعهم في غارات نفذتها قوات النظام على محافظة إدلب.", "لقي")
    assert ev[2] == ["قوات النظام"] and ev[3] == []


def test_lying_in_the_middle_is_no_mediation() -> None:
    _none("وسيطرت قوات النظام على بلدة مديرا التي تتوسط الأجزاء الثلاثة.", "تتوسط")
    assert _one("وتتوسط مصر بين حماس وإسرائيل.", "تتوسط")[0] == "CONSULT"


def test_an_imminent_strike_is_not_done() -> None:
    ev = _one("وترتسم أكثر فأكثر معالم ضربة عسكرية غربية وشيكة ضد دمشق.", "ضربة")
    assert ev[0] != "ASSAULT" or ev[4] != "asserted"


def test_sunstroke_a_burnt_flag_and_setting_about_are_no_events() -> None:
    _none("وتوفي 12 شخصاً بسبب ضربات الشمس الأسبوع الماضي.", "ضربات")
    _none("وقد أطلق على هذه الجمعة اسم رفع علم فلسطين وحرق علم إسرائيل.", "حرق")
    _none("وفي منطقة عفار، أقدم الانقلابيون اليوم على إجبار الصرافين على دفع أموال.", "أقدم")
    assert _one("وقدمت الإمارات مساعدات لليمن.", "وقدمت")[0] == "AID"


def test_the_main_clause_after_while_is_no_content_of_its_act() -> None:
    ev = _one("وفيما عبر الفلسطينيون عن استيائهم من قلة الوقود، اشتبك العشرات من المتظاهرين مع رجال الأمن.", "اشتبك")
    assert ev[4] == "asserted"
    # displeasure (استياء before a pronoun: استيائهم) is expressed disapproval
    assert _one("وعبر الفلسطينيون عن استيائهم من قلة الوقود.", "عبر")[0] == "ACCUSE"


def test_the_dead_in_clashes_with_a_side_were_killed_by_it() -> None:
    ev = _one("قتل عدد من القيادات الحوثية الميدانية، السبت، إثر مواجهات مع قوات المقاومة الوطنية اليمنية.", "قتل")
    assert ev[2] == ["قوات المقاومة الوطنية اليمنية"] and ev[3] == []
    ev = _one("قتل ثلاثة جنود أتراك في اشتباكات مع حزب العمال الكردستاني.", "قتل")
    assert ev[2] == ["حزب العمال الكردستاني"]
    # clashes after a comma that closes the clause are another matter
    ev = _one("قتل ثلاثة جنود أتراك، واندلعت اشتباكات مع حزب العمال الكردستاني.", "قتل")
    assert ev[2] == []


def test_sanctions_one_is_subject_to_are_in_force() -> None:
    assert _one("وهو نائب رئيس البنك المركزي الروسي وخاضع لعقوبات أمريكية منذ نيسان.", "لعقوبات")[4] == "asserted"
    assert _one("وتخضع الشركة لعقوبات أمريكية منذ أبريل.", "لعقوبات")[4] == "asserted"



def test_under_a_sides_fire_that_side_fires() -> None:
    ev = _one("واضطرت ميليشيات الحوثي إلى سحب جثث قتلاها نحو منطقة المزارع، تحت قصف قوات المقاومة.", "قصف")
    assert ev[2] == ["قوات المقاومة"] and "قوات المقاومة" not in ev[3]


def test_support_named_after_via_stays() -> None:
    # "عبر" here is "via", but what it names is a real act of support (the dictionary's pattern)
    ev = _one("وأعلنت واشنطن، عبر وزارة خارجيتها، تضامنها مع الرياض.", "عبر")
    assert ev[0] == "SUPPORT"


def test_the_poisoned_is_no_poisoner() -> None:
    ev = _one("أنهت المنظمة تحليل العينات من الموقع الذي تم فيه تسميم الجاسوس الروسي المزدوج السابق في بريطانيا.", "تسميم")
    assert ev[2] == []
    assert _one("تسميم سكريبال في سالزبري.", "تسميم")[3] == ["سكريبال"]


def test_the_dead_in_strikes_a_forces_planes_made_were_killed_by_it() -> None:
    ev = _one("قتل 26 من ميليشيات الحوثي في غارات شنتها مقاتلات التحالف العربي على تجمعاتهم في الراهدة.", "قتل")
    assert ev[2] == ["التحالف العربي"] and "التحالف العربي" not in ev[3]
