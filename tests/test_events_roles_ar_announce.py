"""Arabic roles found reading unseen ANT news (thirteenth session, lead).

* ``أعلن X + masdar`` with no أنّ: X is a source of the report and does the act ("أعلنت وزارة
  الخزانة فرض عقوبات"), also across a time word and a head noun before the name ("أعلن نادي
  فياريال يوم الأحد توقيع"), and a claim of responsibility ("أعلن التنظيم مسؤوليته عن الهجوم").
  Not a news medium announcing others' acts, not a death announced, not أعلن in a relative clause.
* A comma-closed apposition after a verb-first subject ("ليروي ساني، صانع لعب مانشستر سيتي،")
  names no object; a time word between commas is no apposition.
* ``ها`` of a woman whose feminine title comes before her state ("رئيسة كوريا الجنوبية السابقة
  باك جون هاي") is her, not the state.
* ``توصل`` with إلى after a parenthetical ("توصلت دراسة حديثة، أجراها باحثون ...، إلى أن") is a
  finding; the Olympics "التي تستضيفها" a state is no meeting.

Sentences are written for the tests in the style of the news; each rule has both sides.
"""
from __future__ import annotations

from test_events_roles_ar_clauses import _events  # the same pipeline run and labels


def _find(text: str, trigger: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [e for e in _events(text) if e[1] == trigger]


def _one(text: str, trigger: str) -> tuple[str, str, list[str], list[str]]:
    found = _find(text, trigger)
    assert found, (trigger, _events(text))
    return found[0]


def test_who_announces_an_act_does_it() -> None:
    _, _, agent, target = _one("أعلنت وزارة الخزانة الأميركية الخميس، فرض عقوبات جديدة على حزب الله.", "فرض")
    assert agent == ["وزارة الخزانة الأميركية"] and target == ["حزب الله"]
    _, _, agent, _ = _one("أعلن نادي فياريال الإسباني يوم الأحد توقيع عقد رعاية مع الشركة.", "توقيع")
    assert len(agent) == 1 and "فياريال" in agent[0]
    _, _, agent, _ = _one("وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم في مارسيليا.", "الهجوم")
    assert agent == ["تنظيم الدولة الإسلامية"]


def test_who_announces_is_no_agent_of_others_acts() -> None:
    # a news agency announces what others signed; a ministry announces deaths it did not cause
    _, _, agent, _ = _one("أعلنت وكالة الأنباء الرسمية توقيع اتفاق بين مصر والسودان.", "توقيع")
    assert agent == []
    _, _, agent, _ = _one("أعلنت وزارة الصحة مقتل 5 أشخاص في الغارة.", "مقتل")
    assert agent == []
    # أعلن inside a relative clause does not govern the main verb after it
    _, _, agent, _ = _one("ويقال إن المتهم، الذي أعلن الولاء لتنظيم الدولة الإسلامية، طالب بإطلاق سراح صلاح عبد السلام.", "طالب")
    assert "تنظيم الدولة الإسلامية" not in agent


def test_the_subjects_apposition_names_no_object() -> None:
    text = "أشاد الألماني ليروي ساني، صانع لعب مانشستر سيتي، متصدر الدوري الإنجليزي، بمدربه بيب غوارديولا."
    _, _, agent, target = _one(text, "أشاد")
    assert agent == ["ليروي ساني"] and target == ["بيب غوارديولا"]
    # a time word between commas is no apposition: the name after it is the object
    _, _, agent, target = _one("استقبل الرئيس عبد الفتاح السيسي، الخميس، وزير الخارجية الأمريكي مايك بومبيو.", "استقبل")
    assert target == ["مايك بومبيو"]
    # nor a definite noun that is no title: an object after an odd comma
    text = "وانتقد فيليكس أوليتا، المسؤولين في حكومة الرئيس، نيكولاس مادورو، لأنهم انتظروا شهرا."
    _, _, _, target = _one(text, "وانتقد")
    assert target == ["نيكولاس مادورو"]
    # nor is a phrase that starts with a preposition ("، مؤخرا، على تعيين بومبيو")
    _, _, _, target = _one("وصادق الكونغرس، مؤخرا، على تعيين مايك بومبيو وزيرا للخارجية، خلفا لريكس تيلرسون.", "وصادق")
    assert "مايك بومبيو" in target


def test_her_is_the_woman_titled_before_her_state() -> None:
    text = (
        "ذكرت وكالة يونهاب للأنباء أن رئيسة كوريا الجنوبية السابقة باك جون هاي تخلت عن استئناف الحكم "
        "الصادر عليها بعد إدانتها بالفساد."
    )
    _, _, _, target = _one(text, "إدانتها")
    assert len(target) == 1 and "باك" in target[0]
    # a man titled before his state leaves "her" to the state
    text = "قال رئيس كوريا الجنوبية مون جاي إن بعد إدانتها للتجربة الصاروخية."
    found = _find(text, "إدانتها")
    assert not found or all("مون" not in t for t in found[0][3])


def test_a_finding_reached_after_a_parenthetical_is_no_agreement() -> None:
    text = "توصلت دراسة حديثة، أجراها باحثون في جامعة سيول الوطنية بكوريا الجنوبية، إلى أن النوم الطويل مضر."
    assert not _find(text, "توصلت")
    text = "توصل الطرفان، بعد مفاوضات طويلة في الدوحة، إلى اتفاق لوقف إطلاق النار."
    assert [e[0] for e in _find(text, "توصل")] == ["AGREE"]
    text = "وقال ريال مدريد إنه توصل لاتفاق بانتقال حكيمي، الظهير الأيمن، إلى دورتموند على سبيل الإعارة."
    assert [e[0] for e in _find(text, "توصل")] == ["AGREE"]
    # reached in a relative clause: an agreement when its antecedent is one, else a finding
    text = "وذلك لمتابعة اتفاق توصلت إليه دول منطقة اليورو في وقت سابق، قبل أن تتحول المفاوضات إلى أزمة."
    assert [e[0] for e in _find(text, "توصلت")] == ["AGREE"]
    text = "وأعلنت الجمعية النتائج التي توصلت إليها تحقيقات وزارة التجارة قبل أن تتحول إلى قرارات."
    assert not _find(text, "توصلت")


def test_games_a_state_hosts_in_a_relative_clause_are_no_meeting() -> None:
    text = "وستقدم الشركة نسخة خاصة للرياضيين المشاركين في الأولمبياد التي تستضيفها كوريا الجنوبية."
    assert not _find(text, "تستضيفها")
    text = "وحضر الوزير القمة التي تستضيفها كوريا الجنوبية."
    assert _find(text, "تستضيفها")


def test_a_feminine_verb_has_no_man_for_its_subject() -> None:
    # "she criticised the foreign secretary": the man titled after a feminine verb is its object
    _, _, agent, target = _one("وانتقدت وزير الخارجية بوريس جونسون بشدة.", "وانتقدت")
    assert agent == [] and target == ["بوريس جونسون"]
    # a woman titled after it is its subject; a masculine verb keeps the man as subject
    _, _, agent, target = _one("انتقدت رئيسة الوزراء تيريزا ماي وزير الخارجية بوريس جونسون.", "انتقدت")
    assert agent == ["تيريزا ماي"] and target == ["بوريس جونسون"]
    _, _, agent, target = _one("انتقد وزير الخارجية بوريس جونسون روسيا.", "انتقد")
    assert agent == ["بوريس جونسون"] and target == ["روسيا"]
    # a feminine body before the title is the subject; the titled man its genitive, no object
    _, _, _, target = _one("نددت إدارة الرئيس الأمريكي دونالد ترامب الاثنين بالكلام الذي صدر عن عباس.", "نددت")
    assert "دونالد ترامب" not in target


def test_a_crowd_is_no_mobilisation() -> None:
    assert not [e for e in _events("صدمت شاحنة حشدا من الناس في مدينة نيس.") if e[0] == "MOBILIZE"]
    assert not [e for e in _events("واقتحمت مدرعة حشدا من المحتجين في سريناغار.") if e[0] == "MOBILIZE"]
    assert [e for e in _events("وحشد الجيش الروسي قواته على الحدود مع أوكرانيا.") if e[0] == "MOBILIZE"]


def test_a_participle_accuses_the_person_its_title_names() -> None:
    text = (
        "وأتى هذا الموقف الفرنسي بعد أن سحب الرئيس الأميركي دونالد ترمب تأييده للبيان، بسبب نزاع حول "
        "التجارة، متهماً رئيس الوزراء الكندي جاستن ترودو بأنه غير نزيه."
    )
    cat, _, agent, target = _one(text, "متهماً")
    # the nationality adjective of an earlier noun is no subject: the president named after it is
    assert cat == "ACCUSE" and len(agent) == 1 and "دونالد" in agent[0] and target == ["جاستن ترودو"]


def test_accused_of_is_undergone() -> None:
    _, _, agent, target = _one("وكان برانسون يعمل في تركيا منذ 20 عاما، متهما بمساعدة جماعة محظورة.", "متهما")
    assert agent == [] and target == ["برانسون"]
    # accusing someone: the speaker accuses
    _, _, agent, target = _one("وقال ترامب إنه لن يتراجع، متهما الصين بسرقة التكنولوجيا.", "متهما")
    assert len(agent) == 1 and "ترامب" in agent[0] and target == ["الصين"]


def test_a_name_in_a_fronted_phrase_is_no_subject() -> None:
    text = (
        "وقال المتحدث إنه تنفيذا لتوجيهات الرئيس بمساعدة السودان الشقيق في مواجهة آثار السيول، قدمت مصر "
        "مساعدات إنسانية عاجلة."
    )
    _, _, agent, _ = _one(text, "قدمت")
    assert agent == ["مصر"]
    # a time word between commas keeps the subject before the verb
    _, _, agent, target = _one("مصر، الخميس، استقبلت وزير الخارجية الأمريكي مايك بومبيو.", "استقبلت")
    assert agent == ["مصر"] and target == ["مايك بومبيو"]


def test_who_is_asked_after_a_common_noun_subject() -> None:
    _, _, _, target = _one("ويطلب المسؤول الأممي من السعودية إذنا يسمح لسفن المنظمة بالذهاب إلى ميناء الحديدة.", "ويطلب")
    assert len(target) == 1 and "السعودية" in target[0]


def test_the_adjective_of_a_genitive_shares_its_role() -> None:
    # the government is asked: its adjective is no asker
    text = "واحتشد مئات الأشخاص في طهران، لمطالبة الحكومة الإيرانية بالتحرك أمام تدهور العملة."
    _, _, agent, target = _one(text, "لمطالبة")
    assert agent == [] and len(target) == 1 and "الإيرانية" in target[0]
    # the president visits: his adjective stands for the visitor
    _, _, agent, _ = _one("وجاء ذلك خلال زيارة الرئيس المصري إلى الرياض.", "زيارة")
    assert agent in (["المصري"], ["مصر"])  # Egypt (labelled by its first mention)


def test_a_relative_verbs_object_pronoun_is_the_antecedent() -> None:
    _, _, agent, target = _one("جاءت الهزيمة حدثا سارا للسوريين المعارضين لنظام بشار الأسد الذي تدعمه موسكو.", "تدعمه")
    assert len(agent) == 1 and target == ["بشار الأسد"]


def test_deadly_and_an_advance_are_no_events() -> None:
    assert not _find("ويعد هذا الحادث رابع حادث اطلاق نار قاتل في مدرسة أمريكية.", "قاتل")
    assert _find("وكان جلال الدين حقاني، قاتل القوات السوفييتية في أفغانستان.", "قاتل")
    assert not [e for e in _events("تسارعت وتيرة تقدم قوات المقاومة اليمنية في محافظة الحديدة.") if e[0] == "AID"]
    assert [e for e in _events("وقالت الوزارة إن الحكومة تقدم مساعدات للنازحين في الحديدة.") if e[0] == "AID"]


def test_a_verb_written_passive_has_its_subject_undergo_it() -> None:
    # a damma on the first letter (قُتل, تُستهدف) is the passive whatever follows
    text = "ونظم العشرات مسيرة بعد موت سيمغنيو بيكيلي في العاصمة وفي مسقط رأسه وعبروا عن اعتقادهم أنه قُتل."
    _, _, agent, target = _one(text, "قُتل")
    assert agent == [] and target == ["سيمغنيو بيكيلي"]
    # an imperfect's prefix takes a damma in the active of forms II-IV: "تُسقط" brings down
    _, _, agent, _ = _one("الدفاعات الروسية تُسقط 4 مسيرات كانت تتجه نحو موسكو.", "تُسقط")
    assert agent in (["الروسية"], ["روسيا"])  # Russia, labelled by its first mention


def test_her_ministry_and_servers_hosted_are_no_events() -> None:
    # "وزارتها" is her ministry, not و + زارت + ها (and she visited her)
    assert not _events("وذكرت وزيرة الدفاع الهولندية أن وزارتها زادت من الميزانية المخصصة للحرب المعلوماتية.")
    assert not _find("وتقدم الشركة خدمات بريد إلكتروني مشفرة تستضيف ألمانيا خوادمها.", "تستضيف")
    # the Custodian of the Two Holy Mosques receives people: a meeting
    text = "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام اليوم وزير الدفاع الأمريكي."
    assert [e[0] for e in _find(text, "استقبل")] == ["CONSULT"]


def test_bearing_responsibility_is_no_accusation() -> None:
    assert not _events("إن كل واحد منا يجب أن يحمل مسؤولية توظيف أكبر عدد ممكن من الناس.")
    assert [e[0] for e in _events("وحمل المسؤولية لإسرائيل عن التصعيد.")] == ["ACCUSE"]
    assert [e[0] for e in _events("وشنت الدول ضربة ضد مواقع النظام، بعد أن حملته مسؤولية الهجوم.") if e[1] == "حملته"] == ["ACCUSE"]


def test_with_a_pronoun_on_the_verb_the_name_after_it_is_its_subject() -> None:
    _, _, agent, _ = _one("ودعا الأمين العام إلى فتح تحقيق مستقل، وهو ما رفضته إسرائيل.", "رفضته")
    assert len(agent) == 1 and "إسرائيل" in agent[0] or agent == ["الإسرائيلي"]
    _, _, agent, target = _one("أفشلت روسيا مشروع قرار قدمته بريطانيا يربط بين إيران وتهريب الأسلحة.", "قدمته")
    assert agent in (["بريطانيا"], ["المملكة المتحدة"]) and "روسيا" not in target
    # a stem's own letters are no pronoun: "واتهم" keeps the name after it as its subject
    _, _, agent, target = _one("وفي كلمته اتهم كوهين مجددا إيران بتزويد الحوثيين بالصواريخ.", "اتهم")
    assert "كوهين" in " ".join(agent) and target == ["إيران"]
