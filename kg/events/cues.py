"""Closed word lists the event and relation rules use (normalised Arabic, lower-case English).

Kept apart from the rules so that a reader can see and extend the vocabulary
without reading code.  Arabic words are in :func:`kg.text.arabic.normalize` form
(alef forms -> ا, ة -> ه, ى -> ي).
"""

from __future__ import annotations

# ---------------------------------------------------------------- Arabic

AR_PREPOSITIONS = frozenset(
    "في من الي علي عن مع ضد بين حول خلال نحو لدي عبر امام تجاه بحق بشان لصالح داخل قرب عند منذ".split()
)
#: one-letter prepositions that attach to the next word
AR_CLITIC_PREPOSITIONS = frozenset("ب ل ك".split())
#: words that open a new clause: the arguments of a verb do not cross them
AR_CLAUSE_OPENERS = frozenset(
    "ان حيث بينما عندما اذا لو الذي التي الذين اللذان اللتان مما كما لكن بعدما قبلما حين حينما فيما اثناء".split()
)
#: forms of تمكّن (من), normalised: managed to do what the masdar after من names
AR_MANAGED = frozenset("تمكن تمكنت تمكنوا تمكنا تمكنتا يتمكن تتمكن يتمكنون".split())
AR_STRONG_PUNCT = frozenset(". ؛ ; : ! ? ؟".split())
#: prepositions of time: an event after them is a time reference outside a clause's modality; a name
#: after them and a noun opens no subject ("وبعد استقالة ديفيز، انسحبت ...")
AR_TIME_PREPS = frozenset("بعد قبل منذ اثر عقب خلال اثناء اعقاب اعقب".split())
#: place nouns between a preposition and a name (في منطقة ريازان); directions (جنوب موسكو) locate too
AR_PLACE_NOUNS = frozenset(
    "منطقه مدينه محافظه ولايه اقليم العاصمه بلده قريه مقاطعه ميناء مطار ضواحي مديريه ناحيه قضاء مقر اطراف "
    "محيط".split()
)
AR_DIRECTIONS = frozenset("جنوب شمال شرق غرب وسط جنوبي شمالي شرقي غربي".split())
#: reporting verbs (perfect and imperfect, 3rd person)
AR_REPORT_VERBS = frozenset(
    "ذكر ذكرت يذكر تذكر افاد افادت يفيد تفيد اورد اوردت نقل نقلت اعلن اعلنت قال قالت يقول تقول "
    "اضاف اضافت اكد اكدت يوكد توكد صرح صرحت اشار اشارت بث بثت نشر نشرت".split()
)
#: "according to" words: the next named source reports the sentence
AR_ACCORDING = frozenset("بحسب حسب حسبما وفقا وفق نقلا طبقا".split())
#: media words: an ORG after a reporting verb headed by one of these is a reporter
AR_MEDIA = frozenset("وكاله صحيفه قناه تلفزيون اذاعه موقع مصادر مصدر بيان التلفزيون التقرير تقرير".split())
AR_NEGATION = frozenset("لم لن لا ليس ليست ما غير عدم".split())
AR_PLANNED = frozenset(
    "مستعد مستعده استعداد استعداده استعدادها سوف سيتم المقرر المزمع المرتقب يعتزم تعتزم ينوي تنوي يخطط تخطط مقرر المتوقع".split()
)
AR_HYPOTHETICAL = frozenset("اذا لو ربما قد يمكن يحتمل محتمل المحتمل احتمال".split())
#: outlets that air or print (normalised, no article): "عرضت قناة الجزيرة لقاء مع": an interview
AR_OUTLETS = frozenset("قناه تلفزيون شاشه برنامج صحيفه موقع اذاعه وكاله".split())
#: relative pronouns (normalised): after them a verb's subject is their antecedent
AR_RELATIVE = frozenset("الذي التي الذين اللذين اللتين اللذان اللتان".split())
#: "the two countries / sides / presidents": refers back to the last two countries named
AR_BOTH = frozenset("الدولتان الدولتين البلدان البلدين الطرفان الطرفين الجانبان الجانبين كلا".split())
#: titles that make a person the leader of a country or organization
AR_LEADER_TITLES = frozenset("الزعيم زعيم الرييس رييس الملك ملك الامير امير السلطان المرشد العاهل".split())
#: words that start a position title
AR_TITLE_STARTS = frozenset(
    "وزير الوزير نايب سفير السفير المتحدث متحدث قايد القايد مستشار المستشار مبعوث المبعوث الامين امين "
    "مدير المدير رييس الرييس الزعيم زعيم الملك ملك الامير امير ولي السلطان المرشد العاهل عضو العضو "
    "محافظ المحافظ عمده العمده النايب الجنرال اللواء العقيد الفريق المشير "
    # feminine ("رئيسة الوزراء البريطانية تيريزا ماي", "وزيرة الخارجية")
    "وزيره الوزيره رييسه الرييسه سفيره السفيره المتحدثه متحدثه مستشاره المستشاره مديره المديره "
    "الملكه ملكه النايبه نايبه القيادي قيادي "
    # candidates ("ويدعم المرشح اليساري غوستافو بيترو اتفاق السلام")
    "المرشح مرشح المرشحه مرشحه".split()
)


def title_start(word: str, starts: frozenset[str] = AR_TITLE_STARTS) -> str | None:
    """The title word ``word`` is, without a conjunction or ``ب`` / ``ل`` glued to it (``ووزير``,
    ``بالرئيس`` keeps its article: ``بولي العهد`` -> ``ولي``; ``للرئيس`` -> ``الرئيس``, ``لرئيس``
    -> ``رئيس``), or None.

    >>> title_start("للرييس"), title_start("بالوزير"), title_start("لوزير"), title_start("ليبيا")
    ('الرييس', 'الوزير', 'وزير', None)
    """
    if word in starts:
        return word
    if word[:1] in "وفب" and word[1:] in starts:
        return word[1:]
    bare = word[1:] if word[:1] in "وف" and word[1:2] == "ل" else word
    if bare.startswith("لل") and "ال" + bare[2:] in starts:
        return "ال" + bare[2:]  # "الموالية للرئيس بشار الأسد", "خلفا للرئيس جمال عبد الناصر"
    if bare[:1] == "ل" and bare[1:] in starts and not bare[1:].startswith("ال"):
        return bare[1:]
    return None


#: a deputy is not the leader
AR_DEPUTY = frozenset("نايب النايب مساعد".split())
#: courtesy titles between a position and a name ("ولي العهد الأمير محمد"): not part of the position
AR_HONORIFICS = frozenset("الامير الاميره الشيخ الشيخه المهندس الدكتور د السيد السيده الحاج الاستاذ".split())
AR_HEADED_BY = frozenset("برياسه بقياده يتراسه يتزعمه يقوده".split())
AR_MEMBER = frozenset("عضو العضو اعضاء عضوا".split())

# ---------------------------------------------------------------- English

EN_PREPOSITIONS = frozenset(
    "in at on to with against from by of for into onto over near about between during toward towards "
    "across through inside outside among amid".split()
)
EN_CLAUSE_OPENERS = frozenset(
    "that which who whom whose while when after before because although as if".split()
)
EN_STRONG_PUNCT = frozenset(". ; : ! ?".split())
#: finite words common enough to show that a sentence has its own verb
EN_FINITE = frozenset(
    "is are was were has have had will would said says can could may might must shall should do does did".split()
)
#: forms of "be" before a passive participle or a predicate
EN_BE = frozenset("is are was were be been being".split())
EN_REPORT_VERBS = frozenset(
    "said says say told reported reports announced stated added according quoted claimed".split()
)
EN_ACCORDING = frozenset(["according"])
#: what is said, proposed or feared: "dismissed the claims as ..." is a refusal of what was said,
#: "rejected the proposal from Iran" targets whoever made it
EN_CLAIM_NOUNS = frozenset(
    "claim claims accusation accusations allegation allegations charge charges report reports criticism "
    "criticisms call calls demand demands proposal proposals offer offers plan plans idea ideas appeal appeals "
    "request requests suggestion suggestions speculation rumour rumours rumor rumors warning warnings threat "
    "threats notion fears fear concerns concern talk story stories remarks remark comments comment statement "
    "statements stance policy policies decision view views".split()
)
def _apostrophes(words: str) -> frozenset[str]:
    """Contractions with either apostrophe (' and ’)."""
    return frozenset(w for x in words.split() for w in (x, x.replace("'", "’")))


#: negated auxiliaries that take a bare verb ("didn't attack", "cannot say"); contractions are
#: single tokens for kg's tokeniser
EN_NEG_MODALS = frozenset(["cannot"]) | _apostrophes(
    "can't won't don't doesn't didn't wouldn't couldn't shouldn't mustn't"
)
#: every auxiliary fused with its negation ("n't" as the tokeniser of the training data splits it)
EN_NEG_AUX = (
    EN_NEG_MODALS
    | _apostrophes("isn't wasn't aren't weren't hasn't haven't hadn't needn't")
    | frozenset(["n't"])
)
EN_NEGATION = frozenset("not no never neither nor without failed fail fails unable".split()) | EN_NEG_AUX
EN_PLANNED = frozenset(
    "willing ready prepared will would shall plans plan planned scheduled expected intends intend "
    "going".split()
)
EN_HYPOTHETICAL = frozenset(
    "if could might may possibly perhaps whether should must unless considering consider considers "
    "mulling weighing possibility chance chances prospect prospects suspected alleged allegedly".split()
)
#: words that open a subordinate clause (relative, temporal, causal ...): its events are background
EN_SUBORDINATORS = frozenset(
    "who whom whose which where after since before following because although though while when once "
    "unless until amid despite".split()
)
#: "decided to allow", "began to withdraw": the infinitive is what was done
EN_ACTUAL = frozenset(
    "decided decides voted votes moved opted chose began begun begins started starts continued continues "
    "managed resolved proceeded decision decisions move".split()
)
EN_BOTH = frozenset(["both"])
EN_LEADER_TITLES = frozenset("leader president king queen premier chancellor emir sultan".split())
EN_TITLE_STARTS = frozenset(
    "president leader king queen premier chancellor emir sultan minister deputy secretary ambassador "
    "spokesman spokeswoman spokesperson commander general chief head envoy governor mayor prime "
    "foreign defence defense interior vice senator lawmaker".split()
)
EN_DEPUTY = frozenset("deputy vice assistant".split())
EN_HONORIFICS = frozenset("mr mrs ms dr sir sheikh prince princess".split())
EN_HEADED_BY = frozenset(["led", "headed"])
EN_MEMBER = frozenset(["member", "members"])
#: أنّ / إنّ with a pronoun ("أنه", "بأنها"): before a verb, that pronoun is its subject
AR_THAT_PRONOUNS = frozenset("انه انها انهم انهما بانه بانها بانهم".split())
