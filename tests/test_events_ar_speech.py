"""Arabic events, second round on real news (eighth session): what the two ANT dev sets showed.

The sentences here are written for the tests (in the style of the news, not copied from it).
"""
from __future__ import annotations

from kg.model import ASSERTED, HYPOTHETICAL, Document
from kg.pipeline import process


def _doc(text: str) -> Document:
    return process(Document(id="t", text=text, lang="ar"))


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(e.category, e.trigger.text, e.modality) for e in _doc(text).events]


def _asserted(text: str) -> set[str]:
    return {c for c, _, mod in _events(text) if mod == ASSERTED}


def _roles(text: str, category: str) -> tuple[list[str], list[str]]:
    """Agent and target names (all mentions of their entities) of the first asserted event of a category."""
    doc = _doc(text)
    ev = next(e for e in doc.events if e.category == category and e.modality == ASSERTED)

    def names(keys: list[str]) -> list[str]:
        return [m.text for k in keys for m in doc.entities[k].mentions] if keys else []

    return names(ev.agent), names(ev.target)


def test_defective_verb_feminine_perfect() -> None:
    # دعا (called) -> دعت: feminine subjects (ministries, states) call for things too
    assert "REQUEST" in _asserted("ودعت وزارة الخارجية المصرية إلى ضبط النفس ووقف التصعيد.")


def test_each_of_names_the_subjects() -> None:
    # "كل من X وY": "each of", not the preposition من
    agent, _ = _roles("ودعمت كل من فرنسا وألمانيا المبادرة الأوروبية الجديدة.", "SUPPORT")
    assert "فرنسا" in agent and "ألمانيا" in agent


def test_manner_participle_requests() -> None:
    text = "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش في بيان، داعيا روسيا إلى سحب قواتها."
    agent, target = _roles(text, "REQUEST")
    assert "أنطونيو غوتيريش" in agent and "روسيا" in target


def test_manner_participle_accuses_and_suspect_is_no_accusation() -> None:
    assert "ACCUSE" in _asserted("وقال رئيس الوزراء إن الحكومة لن تتراجع، منتقدا المعارضة بشدة.")
    # "اعتقلت الشرطة متهما": a suspect, no accusation
    assert "ACCUSE" not in _asserted("واعتقلت الشرطة متهما ثالثا في القضية مساء أمس.")


def test_stated_necessity_is_a_request() -> None:
    assert "REQUEST" in _asserted("وشدد الرئيس الفرنسي على ضرورة انسحاب القوات التركية من المنطقة.")
    _, target = _roles("وتتمسك الرباط بضرورة مشاركة الجزائر في المفاوضات المقبلة.", "REQUEST")
    assert "الجزائر" in target


def test_scornful_description_is_criticism() -> None:
    agent, _ = _roles("ووصف الرئيس الفنزويلي نيكولاس مادورو الإجراءات الأمريكية بالعدوانية.", "ACCUSE")
    assert "نيكولاس مادورو" in agent
    # a plain description is none
    assert "ACCUSE" not in _asserted("ووصف الوزير المحادثات بأنها مفيدة وبناءة.")


def test_endangering_is_no_threat() -> None:
    evs = _asserted("وقالت الحكومة اليمنية إن الحوثيين يهددون سلامة الملاحة في البحر الأحمر.")
    assert "THREATEN" not in evs and "ACCUSE" in evs
    assert "THREATEN" not in _asserted("ويرى باحثون أن الصراع على المياه قد يؤدي إلى حروب تهدد الحضارة.")


def test_met_his_death_is_an_attack_on_him() -> None:
    text = "وأفادت مصادر أن القيادي في الجماعة عبدالقادر هبة لقي مصرعه في مواجهات مع الجيش."
    agent, target = _roles(text, "ASSAULT")
    assert "عبدالقادر هبة" in target and "عبدالقادر هبة" not in agent


def test_underwent_poisoning_is_the_target() -> None:
    _, target = _roles("وتعرض سكريبال وابنته للتسميم في بريطانيا الشهر الماضي.", "ASSAULT")
    assert "سكريبال" in target


def test_financial_support_is_aid_from_its_source() -> None:
    text = "وكشفت الصحيفة عن تلقي الحركة دعما ماليا من قطر خلال السنوات الماضية."
    assert "AID" in _asserted(text) and "SUPPORT" not in _asserted(text)
    agent, _ = _roles(text, "AID")
    assert "قطر" in agent


def test_upheld_death_sentence_is_coercion() -> None:
    evs = _asserted("أيدت محكمة النقض المصرية حكما بإعدام شاب أدين بقتل تاجر.")
    assert "COERCE" in evs and "SUPPORT" not in evs


def test_whether_and_hope_are_not_asserted() -> None:
    evs = _events("وقال الوزير إن الرئيس سيقرر ما إذا كان سيشن هجوما على تلك المواقع.")
    assert not [c for c, _, mod in evs if mod == ASSERTED]
    evs = _events("وأبقت المحكمة القس في السجن بينما كانت واشنطن تأمل في أن يطلق سراحه.")
    assert [mod for c, t, mod in evs if c == "RETREAT"] == [HYPOTHETICAL]


def test_question_asks_states_nothing() -> None:
    assert _asserted("كيف يمكن لهذه الحرب مساعدة السلام في المنطقة؟") == set()


def test_dawn_stop_rally_reception_are_no_events() -> None:
    assert "ASSAULT" not in _asserted("وقال الضابط إن القوة تحركت في الرابعة فجرا، من الاتجاه الشمالي.")
    assert "ASSAULT" in _asserted("وقال الضابط إن الانتحاريين فجرا نفسيهما قرب الحاجز.")
    assert "COERCE" not in _asserted("وقال الطبيب إن توقف التنفس يحدث بعد دقائق من التعرض للغاز.")
    assert "PROTEST" not in _asserted("ورغم أن الشعبوية تجمع ترامب وأوبرادور، فإنهما يختلفان في ملف الهجرة.")
    assert "CONSULT" not in _asserted("وشددت السويد شروط الاستقبال ومنح اللجوء خلال العام الماضي.")


def test_with_support_of_is_manner() -> None:
    assert "SUPPORT" not in _asserted("واستعاد الجيش الوطني بدعم التحالف منطقة جبلية في محافظة الجوف.")


def test_weapons_test_and_detention() -> None:
    assert "MOBILIZE" in _asserted("وأعلنت روسيا أنها اختبرت صاروخا نوويا جديدا في الشمال.")
    assert "COERCE" in _asserted("وأقرت المحكمة استمرار حبس الصحفي لمدة شهر.")


def test_must_in_what_is_said_is_a_request() -> None:
    _, target = _roles("وجاء في الرسالة أنه يتوجب على بريطانيا أن تخفض عدد دبلوماسييها في موسكو.", "REQUEST")
    assert "بريطانيا" in target
    # no one says it: a rule stated by the writer, no request
    assert "REQUEST" not in _asserted("يجب على المسافرين تقديم جوازاتهم عند الوصول.")


def test_violating_in_what_is_said_is_an_accusation() -> None:
    agent, target = _roles("وقال المتحدث الروسي ديمتري بيسكوف إن الولايات المتحدة تنتهك القانون الدولي.", "ACCUSE")
    assert "ديمتري بيسكوف" in agent and "الولايات المتحدة" in target


def test_insisting_that_someone_act_is_a_request() -> None:
    _, target = _roles("وأكد الوزير أن واشنطن متمسكة بأن تتخلى بيونغ يانغ عن سلاحها النووي.", "REQUEST")
    assert "بيونغ يانغ" in target


def test_title_without_name_is_the_subject() -> None:
    # "the minister blamed Israel": Israel is blamed, not blaming
    agent, target = _roles("وحمل الوزير إسرائيل المسؤولية الكاملة عن الهجوم.", "ACCUSE")
    assert "إسرائيل" in target and "إسرائيل" not in agent


def test_place_after_district_noun_with_li_is_no_subject() -> None:
    text = 'وذكرت أن القيادي "أبو الزهراء العباسي" المشرف الأمني لمديرية الشرية لقي مصرعه.'
    _, target = _roles(text, "ASSAULT")
    assert "أبو الزهراء العباسي" in target and "الشرية" not in target


def test_what_is_imposed_falls_on_the_one_after_ala() -> None:
    _, target = _roles("وتفرض إسرائيل حصارا جويا وبريا وبحريا على قطاع غزة منذ سنوات.", "COERCE")
    assert "قطاع غزة" in target


def test_giving_money_is_aid() -> None:
    agent, _ = _roles("ألمانيا وفرنسا تقدمان ملياري يورو لإعادة إعمار المدينة.", "AID")
    assert "ألمانيا" in agent


def test_not_respecting_commitments_in_what_is_said_is_an_accusation() -> None:
    text = "وقال الرئيس الإيراني حسن روحاني إن الولايات المتحدة أعلنت أنها لا تحترم التزاماتها."
    agent, target = _roles(text, "ACCUSE")
    assert "حسن روحاني" in agent and "الولايات المتحدة" in target


def test_hashtag_keeps_its_preposition() -> None:
    text = "كما قال المفوض الأوروبي في #مجلس_أوروبا داعياً #ستوكهولم إلى التراجع عن القرار."
    agent, target = _roles(text, "REQUEST")
    assert not any("مجلس" in a for a in agent) and "ستوكهولم" in target


def test_attackers_from_a_named_group() -> None:
    text = "وقال الأهالي إن الفتيات فقدن بعد هجوم متطرفين من جماعة بوكو حرام على مدرستهن."
    agent, _ = _roles(text, "ASSAULT")
    assert any("بوكو" in a for a in agent)


def test_person_in_apposition_to_a_title_acts() -> None:
    agent, target = _roles("وتوعد الرئيس الأميركي، دونالد ترامب، برد قوي على الهجوم الكيماوي.", "THREATEN")
    assert "دونالد ترامب" in agent and "دونالد ترامب" not in target


def test_genitive_of_a_title_is_no_object() -> None:
    _, target = _roles("وأشاد مدير مكتب الإعلام في وزارة الخارجية القطرية بقرار المحكمة.", "SUPPORT")
    assert not any("مكتب" in t for t in target)


def test_a_title_does_not_reach_past_its_object() -> None:
    agent, target = _roles("وحمل الوزير إسرائيل المسؤولية عن مقتل الصحفي جمال خاشقجي.", "ACCUSE")
    assert "جمال خاشقجي" not in agent and "إسرائيل" in target


def test_participle_without_speaker_takes_the_sentence_subject() -> None:
    text = "تراجع الرئيس الأمريكي، دونالد ترامب، عن موافقته على البيان المشترك، متهما كندا بعدم النزاهة."
    agent, target = _roles(text, "ACCUSE")
    assert "دونالد ترامب" in agent and "كندا" in target


def test_calling_people_traitors_is_an_accusation() -> None:
    assert "ACCUSE" in _asserted("وقالت وسائل إعلام قريبة من السلطات إن بين المعتقلين خونة يعملون لسفارات أجنبية.")
    # a criminal who fled is no one's accusation
    assert "ACCUSE" not in _asserted("وقال المتحدث إن المجرم فر من السجن قبل يومين.")
