"""Arabic trigger words with a second, ordinary sense that states no event.

Found by reading the events of a 3,000-article ANT store (ninth session): the trigger
lexicon knows one sense of these words, the news mostly uses the other.

* ``تحقيق`` / ``حقق`` is *investigation* (ACCUSE, CAMEO 090) and *achieving*
  (``تحقيق الأهداف``, ``حققت أرباحا``); ``مكتب التحقيقات الفيدرالي`` is the FBI.
* ``فجر`` is *blew up* (ASSAULT) and *dawn* (``فجر الخميس``, ``صلاة الفجر``).
* ``تبعد`` is *expels* (COERCE) and *lies ... away* (``التي تبعد 20 كيلومترا``).
* ``تحديا`` is *defied* (REJECT, a dual verb) and *a challenge* (``يشكل تحديا كبيرا``).
* A verb never ends in ta marbuta: ``رحلة`` (a trip) is not رحّل + ه (deported him).
* ``اعترف`` is *recognised* a state (SUPPORT) and *admitted* (``اعترف بالجرائم``, ``اعترف بأنه``).
* ``يسمح`` said of a law or a decision (``قانون يسمح بالإجهاض``), or with no actor next to it, is no one conceding.
* ``استهدف`` of a figure or a policy's reach (``تستهدف الحكومة خفض التضخم``, ``تستهدف العقوبات قطاع النفط``) aims, no attack.
* ``توصل إلى أن`` is a finding, not an agreement; ``طلب عدم الكشف عن اسمه`` a source's anonymity.
* ``استهداف`` / ``هجوم`` "سياسيا" (politically) is no armed attack.
* A word inside a person's or a place's name is no trigger (``رضوان فايد`` is not ف + أيّد,
  supported; ``مديرية أرحب`` is not أرحّب, I welcome); a noun has no bare ت (``قمت`` is no قمة).

Each test needs the sense's own signal; without it the word keeps its event reading.
"""

from __future__ import annotations

from kg.events.cues import (
    AR_OUTLETS,
    AR_PREPOSITIONS,
    AR_RELATIVE,
    AR_STRONG_PUNCT,
    AR_THAT_PRONOUNS,
)
from kg.events.lexicon import Match
from kg.events.sentence import SentenceView
from kg.events.timex import AR_MONTHS, AR_WEEKDAYS
from kg.text.arabic import HARAKAT, drop_conjunction, strip_clitics

#: after قمة it is a mountain's peak: "قمة جبل", "قمة إفرست", "قمة الهرم"
_PEAKS = ("جبل", "جبال", "افرست", "ايفرست", "افرست", "كليمنجارو", "كلمنجارو", "هرم", "تل")
#: verbs before قمة that climb it: "تسلق قمة", "صعود قمة"
_CLIMB = frozenset("تسلق صعود الصعود التسلق بلوغ وصل وصلوا".split())
#: camps and centres where people are held: "معسكر اعتقال", "مراكز الاحتجاز"
_CAMPS = frozenset("معسكر معسكرات مركز مراكز مخيم مخيمات".split())

#: what one is deemed ("تعده أنقرة منظمة إرهابية", "يعدها جزءا من")
_DEEMED = frozenset("منظمه جماعه حركه تنظيم دوله جزءا جزء خطرا تهديدا عدوا حليفا ارهابيه ارهابيا".split())
#: weather and its services: a warning about them threatens no one
#: what is prevented when منع coerces no one ("منعت الهجوم", "منع انتشار الوباء")
#: the size of a crowd ("حشدا كبيرا"), and people a crowd is of ("حشد من المتظاهرين")
_CROWD_SIZES = frozenset("كبير كبيرا غفير غفيرا هايل هايلا ضخم ضخما".split())
_PEOPLE = frozenset("متظاهرين محتجين ناس مواطنين مشيعين انصار مويدين مشجعين جماهير طلاب".split())
#: forms of شكّل / مثّل before تهديدا: "يشكل تهديدا" (poses a threat)
_POSES = frozenset("شكل شكلت يشكل تشكل يشكلون مثل مثلت يمثل تمثل يمثلون".split())
_PREVENTED = frozenset("هجوم هجوما هجمات اعتداء اعتداءات تفجير تفجيرات وقوع حدوث انتشار تكرار تسرب".split())
#: what a health warning is about ("حذر الأطباء من الإفراط في تناول السكر")
_HEALTH = frozenset(
    "علاج دواء ادويه اسبرين تناول جرعه جرعات مرض امراض سمنه تدخين سكري سرطان فيروس عدوي اوبيه وباء "
    "صحه مضادات لقاح لقاحات اصابه".split()
)
_WEATHER = frozenset("ارصاد الارصاد عاصفه عواصف امطار سيول طقس حراره موجه رياح ثلوج ضباب غبار".split())
#: what "تحقيق" achieves when it is no investigation ("تحقيق الفوز", achieving the win)
ACHIEVED = frozenset(
    "فوز انتصار نصر تعادل انجاز انجازات لقب هدف اهداف نتايج نتيجه صحوه منجز حلم احلام طموح طموحات مكاسب "
    "ارباح نمو تقدم سلام استقرار تنميه عداله مصالحه تكامل اكتفاء توازن رقم صعود تاهل مركز نجاح تطلعات "
    "رغبه رغبات مصالح مطالب اماني رويه وحده امن انتصارات نجاحات اختراقات ارقام تسويه "
    "فوايد ايراد ايرادات مبيعات اعلي افضل عوايد".split()  # "الفيلم حقق أعلى إيراد", "تحقيق فوائد"
)

#: words after an investigation noun or verb: "تحقيق في", "التحقيق معه", "تحقيقا بشأن"
_INQUIRY_NEXT = frozenset(
    "في فيه فيها فيما فيهم مع معه معها معهم حول بشان بخصوص عن الذي التي الذين اللذين جار جاري الجاري الجاريه "
    "شامل شاملا شامله عاجل عاجلا مستقل مستقلا مستقله نزيه نزيها سريع سريعا فعال فعالا مطول مطولا موسع موسعا "
    "كامل كاملا شفاف شفافا مفتوح مفتوحا مشترك مشتركا خاص خاصا الخاص جديد جديدا اولي اوليا الاولي الاوليه "
    "قضايي قضاييا القضايي جنايي جناييا الجنايي دولي دوليا الدولي دوليه الدوليه رسمي رسميا الرسمي داخلي داخليا "
    "برلماني برلمانيه صحفي صحفيا صحفيه اداري اداريا امني".split()
)

#: words before an investigation noun: "فتح تحقيق", "إجراء تحقيق", "لجنة تحقيق", "نتائج التحقيق"
_INQUIRY_BEFORE = frozenset(
    "فتح فتحت يفتح تفتح فتحوا اجراء واجراء لاجراء باجراء اجري اجرت يجري تجري يجرون بدء بدا بدات "
    "اطلاق اطلق اطلقت اطلقنا لجنه لجان نتايج نتيجه اطار قيد ذمه فريق باشر باشرت مباشره امر امرت يخضع "
    "خضع تخضع اخضاع عرقله عرقلت سير مسار اكمال انتهاء ختام".split()
)

#: prepositions after an investigating verb: "حقق في", "يحقق معه"
_VERB_INQUIRY = frozenset("في فيه فيها فيما مع معه معها معهم حول بشان".split())

#: who investigates, in construct after the noun: "تحقيق الشرطة", "تحقيق النيابة"
_INQUIRERS = frozenset(
    "الشرطه النيابه السلطات الجيش الحكومه الوزاره اللجنه المحكمه القضاء الامم الكونغرس البرلمان المجلس المحققين".split()
)

#: verbs right after an inquiry noun: "تحقيقا فتح", "تحقيقا تجريه الشرطة"
_INQUIRY_VERBS = ("فتح", "يجري", "تجري", "اجري", "اجرت", "اجراه", "بدا", "يتناول", "سيجري")

#: adverbs between a verb and its preposition: "وتحقق الحكومة حاليا في"
_ADVERBS = frozenset(["حاليا", "ايضا", "كذلك", "بدوره", "بدورها", "رسميا", "الان", "مجددا"])

#: "targeted politically / in the media": no armed attack
_FIGURATIVE = frozenset(["سياسيا", "اعلاميا", "سياسي", "اعلامي", "معنويا"])

#: what is recognised when a state recognises: "بدولة", "عاصمة", "باستقلال", "بسيادة"
_RECOGNISED = frozenset(["دوله", "عاصمه", "استقلال", "استقلاله", "سياده", "حكومه", "شرعيه", "ضم", "خطوه", "انتخابات", "انتخابيه", "نتايج"])

#: a rule or a thing that "allows": no one concedes ("قانون يسمح بالإجهاض")
_RULES = frozenset(
    "قانون قانونا قوانين قرار قرارا مشروع دستور نظام تعديل تعديلات اتفاق تطبيق خاصيه ميزه تقنيه "
    "وضع وضعه ظروف ظروفها امر امرا لوايح تشريع".split()
)
_WHICH = frozenset(["الذي", "التي", "ما", "بما", "مما", "الذين"])

#: what prompts: "الأسباب التي دعت"
_CAUSES = frozenset(["اسباب", "دوافع", "عوامل", "ظروف", "امر"])
#: an alarm: "جرس إنذار", "صفارات الإنذار"
_ALARMS = frozenset(["جرس", "صفارات", "صافرات", "صفاره", "صافره", "نظام", "انظمه", "اجهزه", "جهاز"])
#: who works in aid without giving any here: "موظفو إغاثة"
_AID_WORKERS = frozenset(["موظفو", "موظفي", "عمال", "عاملو", "عاملي", "فرق", "منظمات", "وكالات", "جمعيات", "هييات"])
#: an interview: "لقاء صحفي"
_MEDIA = frozenset(["صحفي", "صحافي", "تلفزيوني", "تليفزيوني", "اعلامي", "اذاعي", "متلفز"])
#: what "لقاء" (in return for) pays for or with: "لقاء مبلغ من المال", "لقاء صمتها"
_PAID_FOR = (
    "مبلغ", "مبالغ", "صمت", "اجر", "اجور", "ثمن", "مال", "اموال", "رسوم", "دفع", "مكافا", "تعويض", "خدمات",
    "امتياز", "رشو", "رشاوي", "عموله", "عمولات", "فديه", "اتعاب",
)
#: currencies after a sum ("لقاء 57 ألف دولار")
_CURRENCY = ("دولار", "يورو", "ريال", "جنيه", "درهم", "دينار", "ليره", "روبل", "يوان", "ين")
#: what parties reach when they agree
_AGREED = ("اتفاق", "ترتيب", "تفاهم", "تسويه", "صفقه", "هدنه", "حل", "صيغه", "توافق", "اجماع", "قرار", "تهديه", "مصالحه", "مذكره", "سلام", "معاهده")

#: what "فجّر" sparks when nothing blows up: anger, controversy, a crisis, a surprise, a scandal
_SPARKED = frozenset("غضب غضبا جدل جدلا ازمه موجه فضيحه مفاجاه خلاف خلافا خلافات سخط سخطا تساولات".split())
#: what "خطف" steals when no one is abducted: the spotlight, eyes, hearts, attention
_SPOTLIGHT = frozenset("اضواء انظار قلوب اهتمام الاضواء الانظار القلوب الاهتمام".split())
#: after "إنذار": a warning's level or kind, no threat ("إنذار أصفر", "الإنذار المبكر")
_WARNING_LEVELS = frozenset("اصفر احمر برتقالي مبكر المبكر كاذب حريق".split())
#: hours before "فجرا" (at dawn): "الساعة الرابعة فجرا"
_HOURS = frozenset(
    "الواحده الثانيه الثالثه الرابعه الخامسه السادسه السابعه الثامنه التاسعه العاشره الحاديه عشره "
    "الساعه الثانيه عشره والنصف والربع والثلث".split()
)
_DAWN_BEFORE = frozenset("صلاه حتي منذ مطلع ساعات ساعه قبيل عند بزوغ طلوع".split())
_DAWN_NEXT = frozenset(("اليوم", "امس", "يوم", "هذا", *AR_WEEKDAYS, *(k for k in AR_MONTHS if " " not in k)))

_APPLICANTS = frozenset("لجوء علم جامعي جامعه ثانوي دكتوراه ماجستير طب هندسه".split())
_RANKS = frozenset(
    "مرتبه مركز مراكز مراتب صداره اولويه مكانه موقع مساحه حيز جزءا نسبه المرتبه منصب مناصب عناوين "
    "واجهه اهتمام".split()
)
_DISTANCE_NEXT = frozenset("حوالي نحو قرابه اكثر اقل بضع بضعه مسافه عن بنحو".split())

_CHALLENGE_BEFORE = frozenset(
    "يشكل تشكل شكل شكلت يمثل تمثل مثل مثلت يعد تعد يعتبر تعتبر يطرح تطرح طرح يواجه تواجه الاكثر اكثر اكبر".split()
)


_bare = drop_conjunction


#: feelings something gives cause for ("يدعو للفخر", "تدعو إلى القلق")
_FEELINGS = frozenset(
    "فخر قلق تفاول استغراب دهشه تساول سخريه اسف حزن اعتزاز ارتياح تشاوم خوف شك ريبه اطمينان امل "
    "استهجان استنكار غضب".split()
)
#: devices and software as a subject of "يدعم" ("وتدعم التقنية الجديدة الصور")
_DEVICES = frozenset("هاتف هواتف تقنيه تطبيق جهاز اجهزه متصفح اصدار نسخه منصه".split())
#: currencies and markets that are "supported" ("دعم العملة", "دعم الليرة")
_CURRENCIES = frozenset("عمله عملات ليره جنيه ريال روبل يوان دولار يورو اسهم بورصه".split())
#: beliefs that evidence "supports" ("تدعم اعتقادها", "يدعم فرضية")
_BELIEFS = frozenset("اعتقاد اعتقادها اعتقاده فرضيه نظريه راي فكره ادعاء ادعاءات مزاعم استنتاج تقديرات روايه".split())
#: competitions a team bids farewell to ("ودعت بولندا النهائيات")
_COMPETITIONS = frozenset("نهاييات بطوله مونديال مسابقه منافسات دوري كاس تصفيات".split())
#: what a device supports ("يدعم كاميرتين", "يدعم الشحن اللاسلكي")
_DEVICE_FEATURES = frozenset(
    "كاميرا كاميرتين كاميرات شاشه شاشتين شاشات تقنيه تقنيات خاصيه ميزه ميزات شحن بطاريه تطبيقات "
    "معالج ذاكره بلوتوث بطاقه بطاقتين شريحه شريحتين".split()
)
#: what a government subsidises ("دعم الوقود", "الدعم عن الخبز"): دعم there is a subsidy, no support
_SUBSIDISED = frozenset(
    "وقود كهرباء طاقه محروقات خبز سلع بنزين ديزل سولار مياه صادرات اسعار غذاء سكر ارز مشتقات كيروسين قروض".split()
)
#: what follows "أبعد من" when it means "further than" ("أبعد من ذلك")
_THAN = frozenset("ذلك هذا هذه مجرد".split())


def _elative(view: SentenceView, m: Match, nxt: str) -> bool:
    """Is "أبعد" the elative (farthest, further) rather than the verb (expelled)?  Before an
    indefinite noun in the genitive (no article, no accusative alif, no name, no number) or
    before "من ذلك"."""
    w = view.words
    if nxt == "من":
        return m.end + 1 < len(w) and w[m.end + 1] in _THAN
    if nxt in ("منها", "منه"):
        return True  # "وأبعد منها إلى الأسواق الأوروبية": further than that
    return bool(nxt) and (
        not nxt.startswith(("ال", "عن", "من"))
        and nxt[:1].isalpha()
        and not nxt.endswith("ا")
        and nxt not in AR_PREPOSITIONS
        and not any(c.start == m.end for c in view.chunks)
    )


#: what a campaign (حملة) is when no arms are in it: "حملة إعلامية", "حملة عالمية لفرض العقوبات"
_CAMPAIGN_KINDS = frozenset(
    "عالميه دوليه اعلاميه دبلوماسيه انتخابيه دعايه دعاييه تحريض تحريضيه توعيه تبرعات تضامن مقاطعه "
    "انتقادات تشويه سياسيه قانونيه الكترونيه شعبيه ضغط ضغوط تشهير لفرض لجمع لمقاطعه للضغط تضليل تضليليه "
    "اكاذيب تحذير تحذيريه".split()
)


def _campaign_of_words(w: list[str], end: int) -> bool:
    """Is what "شن" launches (within three words after it) a campaign of words or pressure?"""
    for k in range(end, min(end + 4, len(w) - 1)):
        if _noun(w[k]) in ("حمله", "حملات"):
            return _noun(w[k + 1]) in _CAMPAIGN_KINDS or w[k + 1] in _CAMPAIGN_KINDS
    return False


#: what one prepares (أعدّ): "أعد لنا التقرير", "أعد خطة"
_PREPARED = frozenset("لنا لكم تقرير تقريرا خطه دراسه قايمه مشروع برنامج بحث ورقه وثيقه مسوده مخططا مخطط خططا".split())
#: the economy's words: a "blow" to them is a setback (with no weapon in the sentence)
_ECONOMY = frozenset("اقتصاد استثمارات اسواق بورصه اسهم عمله سياحه صادرات شركات ارباح مبيعات".split())
#: arms and forces: a blow in a sentence with one of them may be a strike
_ARMS_AR = frozenset("قصف غاره غارات صاروخ صواريخ جيش قوات هجوم هجمات عسكري عسكريه جويه جوي طايرات اسلحه مسلحين".split())


#: things that pile up (تتجمع): no rally
_PILED = frozenset("اكوام كميات مياه قمامه نفايات سحب غيوم ثلوج رمال اتربه دهون".split())
#: measures of distance (يبعد ... نحو 500 كيلومتر)
_DISTANCES = frozenset("كيلومتر كيلومترات كيلومترا كم متر مترا امتار ميل اميال مسافه".split())
#: who bursts out (انفجر غضبا, انفجر مساعد ترمب): people, tears, anger, laughter
_OUTBURST = frozenset(
    "مساعد مستشار رييس وزير مدرب لاعب نجم ممثل ممثله مغني مغنيه جمهور حضور غضبا بكاء باكيا ضاحكا ضحك "
    "غاضبا".split()
)
#: a trip (رحلة), spelt like the verb of deporting (رحّل) once ة is ه
_TRIPS = frozenset("رحله رحلته رحلتها رحلتهم رحلتي رحلتنا رحلات".split())
#: what software or a device supports: technical support, no backing of an actor
_TECH_SUPPORTED = frozenset(
    "خدمات خدماتها خدماته الخدمات تطبيق التطبيق تطبيقات اجهزه الاجهزه نظام انظمه ميزه ميزات تقنيه تقنيات "
    "لغه اللغه الهواتف هواتف متصفح المتصفح صيغه صيغ معالجات شاشات".split()
)
#: devices and software whose support is technical
_DEVICES = frozenset("اجهزه جهاز هواتف هاتف ايفون اندرويد حواسيب حاسوب تحديث اصدار نسخه متصفح".split())
#: users and customers a product helps
_USERS = frozenset("مستخدمين مستخدم مستخدمي عملاء عميل زباين مستهلكين مشتركين مشتركي".split())
#: goods and messages a market or an office receives (استقبلت الصادرات): no one met
_GOODS = frozenset("صادرات واردات بضايع شحنات سلع طلبات مكالمات رسايل شكاوي استثمارات اموال".split())
#: goals a team concedes (استقبل هدفا)
_GOALS = frozenset("هدف هدفا اهداف هدفين ثلاثيه شباكه".split())
#: activities one stops (أوقف المباراة, أوقف البث): no one detained
_ACTIVITIES = frozenset("مباراه مباريات لعب بث تصوير انتاج عرض حفل مسابقه سباق".split())
#: standards a thing conforms to (توافق / يتوافق مع): no parties agreeing
_STANDARDS = frozenset("معايير معيار متطلبات شروط قواعد مواصفات احكام مبادي قيم ضوابط اشتراطات".split())
#: verbs of showing a manner (أبدى حذرا: showed caution)
_SHOWN = frozenset("ابدي ابدت ابدوا يبدي تبدي اظهر اظهرت يظهر تظهر توخي توخت يتوخي تتوخي كن كوني كونوا".split())
#: what one collects or brings together (يجمع / تجمع + object): "تجمع بيانات المستخدمين", "يجمع بين"
_COLLECTED = frozenset("بيانات معلومات اموال تبرعات ادله توقيعات اصوات عينات بين شمل".split())
#: prepositions with the pronoun "her / it" that end in ا like an accusative noun
_PREP_PRONOUNS = frozenset("فيها عليها منها معها عنها لديها اليها حولها بينها ضدها عندها".split())


def _stopped(stem: str, nxt: str) -> bool:
    """Is a form of وقف the intransitive توقّف (stopped) rather than أوقف (stopped someone, arrested)?
    Its perfect and imperfect of form V, or the bare توقف before a preposition or a stop."""
    if stem in ("توقفوا", "توقفت", "توقفا", "يتوقف", "تتوقف", "يتوقفون", "يتوقفان"):
        return True
    return stem == "توقف" and (not nxt or nxt in AR_PREPOSITIONS or nxt in AR_STRONG_PUNCT or nxt in ("،", ","))


#: what is "categorical" (قاطع): "رفض قاطع", "نفيا قاطعا", "دليل قاطع"
_CATEGORICAL = frozenset("رفض رفضا نفي نفيا دليل دليلا حسم بشكل بصوره تاكيد تاكيدا".split())
#: what is destroyed only in a figure of speech
_FIGURATIVE_OBJECTS = frozenset("علاقات علاقه ثقه سمعه مستقبل فرص امال مصداقيه اقتصاد".split())


def _figurative_object(w: list[str], end: int) -> bool:
    """Is what a verb of destroying takes (within three words, "ما تبقى من" skipped) relations,
    trust, a reputation or a future?"""
    return any(_noun(x) in _FIGURATIVE_OBJECTS for x in w[end : end + 5] if x not in AR_STRONG_PUNCT)


#: fighters whose gathering is a target, no rally
_FIGHTERS = frozenset("انقلابيين حوثيين مسلحين ميليشيات مليشيات ميليشيا عناصر مقاتلين ارهابيين متمردين مرتزقه".split())
#: the same after a glued ل that :func:`_noun` leaves on ("لمسلحين")
_FIGHTERS_WITH_L = _FIGHTERS | frozenset("ل" + x for x in _FIGHTERS)


def _fighters_gathering(w: list[str], m: Match) -> bool:
    """Is a gathering (تجمع) one of fighters ("تجمعا للانقلابيين") or the object of a strike
    ("استهدفت الغارات تجمعات")?"""
    nxt = w[m.end] if m.end < len(w) else ""
    if nxt.startswith("ل") and _noun(nxt[1:]) in _FIGHTERS_WITH_L:
        return True
    if _noun(nxt) in _FIGHTERS or _noun(nxt).removeprefix("ل") in _FIGHTERS:
        return True
    return any(_noun(x).startswith(("استهدف", "قصف", "غارات", "غاره")) for x in w[max(0, m.start - 4) : m.start])


def _accusative_object(view: SentenceView, m: Match, nxt: str) -> bool:
    """Is the word after a verb an indefinite accusative noun ("قماشا"), its object, not a name?"""
    return (
        len(nxt) > 3 and nxt.endswith("ا") and not nxt.startswith("ال") and not _number(nxt)
        and nxt not in _PREP_PRONOUNS  # "تجمع فيها الآلاف": a preposition with "it", the crowd after
        and not any(c.start == m.end for c in view.chunks)
    ) or _noun(nxt) in _PILED or _noun(nxt) in _COLLECTED  # "وتتجمع أكوام القمامة": things pile up


def _economic_blow(w: list[str]) -> bool:
    """A sentence of the economy's words and no weapon: its ضربة is a setback."""
    nouns = [_noun(x) for x in w]
    return not _ECONOMY.isdisjoint(nouns) and _ARMS_AR.isdisjoint(nouns)


#: animals: killing them is no attack between actors
_ANIMALS = frozenset(
    "طاير طيور حيوان حيوانات كلب كلاب قطط اسماك حيتان حوت فيله افيال اسود نمور ابقار اغنام ماشيه مواشي "
    "دلافين خنازير قرود دجاج".split()
)
#: nouns of armed groups and operations before a name in quotes ("جماعة "فجر ليبيا"", "عملية فجر الجرود")
_GROUP_NOUNS = frozenset("جماعه ميليشيا ميليشيات مليشيات قوات عمليه تحالف كتايب كتيبه غرفه حركه تنظيم".split())


def _group_before(w: list[str], i: int) -> bool:
    """Is the word at ``i`` the start of a group's or an operation's name (after a group noun,
    quotes between)?"""
    k = i - 1
    while k >= 0 and w[k] in ('"', "«", "“", "'"):
        k -= 1
    return k >= 0 and _noun(w[k]) in _GROUP_NOUNS


def _noun(word: str) -> str:
    """The word without و / ف, a preposition ب / ل and the article: "للأسباب" -> "اسباب"."""
    w = _bare(word)
    for p in ("بال", "لل", "ال"):
        if w.startswith(p) and len(w) > len(p) + 1:
            return w[len(p) :]
    return w


def _number(word: str) -> bool:
    return word[:1].isdigit()


def _nisba(word: str) -> bool:
    """An adjective of relation ("حكوميا", "أمميا", "داخلية"): what kind of inquiry."""
    return len(word) >= 5 and word.endswith(("يا", "يه")) and word.removeprefix("ال") not in ACHIEVED


def _feminine_noun(text: str) -> bool:
    """A word in ta marbuta of the shapes فَعْلة / فاعِلة (رحلة, قاتلة, واعدة, فائدة): a noun or an
    adjective; a verbal noun (استقالة, تظاهرة, إدانة, تنحية) keeps its reading."""
    word = text.rstrip(HARAKAT)
    if not word.endswith("ة"):
        return False
    stem = word[1:-1] if len(word) >= 5 and word[0] in "وف" else word[:-1]
    return len(stem) == 3 or (len(stem) == 4 and stem[1] == "ا")


#: the parties of an accord, as a subject of اتفق ("اتفق البلدان", "الطرفان", "الزعيمان")
_PARTIES = frozenset("طرفان طرفين جانبان جانبين بلدان بلدين دولتان دولتين زعيمان زعيمين رييسان رييسين وزيران وزيرين".split())
#: words that make a gathering a protest ("تجمع المحتجون", "تجمعوا رفضا للقرار")
_PROTEST_WORDS = (
    "احتج", "محتج", "تظاهر", "متظاهر", "مظاهر", "اعتصام", "معتصم", "رفضا", "تنديدا", "احتجاج", "مسيره",
    "ضد", "هتف", "هتاف", "شعارات", "لافتات", "غاضب", "غضب", "للمطالبه", "مطالبين", "منددين",
    "الاف", "ميات", "حشود", "عشرات",  # crowds: "تجمع فيها الآلاف", "تجمع مئات في ولاية فلوريدا"
)
#: numbers and people that make a gathering a crowd ("وتجمع أكثر من ألفي شخص قرب مبنى رئاسة الوزراء")
_CROWDS = frozenset("الف الفا الفي الفين الاف الالاف ميه ميتا ميتي ميات المييات شخص شخصا اشخاص مواطن مواطنين".split())
#: violent masdars of the تفعيل pattern: aiming at them is an attack ("تستهدف تدمير البنية الأساسية")
_VIOLENT_AIMS = frozenset("تدمير تفجير تهجير تخريب تصفيه".split())


def _aim_masdar(word: str) -> bool:
    """Is ``word`` an indefinite masdar of the تفعيل pattern (``تقويض``, ``تحقيق``, ``تعزيز``), what
    one aims at, not a target struck?"""
    return len(word) == 5 and word[0] == "ت" and word[3] == "ي" and word not in _VIOLENT_AIMS


#: "deadly" and the verbs of being it follows as a predicate ("قد يكون قاتلا")
_DEADLY = frozenset("قاتل قاتلا قاتله قاتلين قاتلان".split())
_BEING = frozenset("يكون تكون يكونوا كان كانت كنت اصبح اصبحت يصبح تصبح بات باتت".split())
#: what one agrees with when agreeing with a view ("اتفق مع تصريحات ضويوي")
_VIEWS = frozenset("تصريحات تصريح راي اراء موقف ما كلام وجهه تحليل".split())


def _agree_that_ar(view: SentenceView, m: Match) -> bool:
    """Does ``اتفق`` agree "that" something is so (``على أن`` + a noun or a pronoun: a shared
    view), not "to" do something (``اتفقا على أن تستمر الهدنة``: أن + a verb, an agreement)?"""
    w = view.words
    if _bare(w[m.start]).endswith(("قا", "قتا")) or any(_noun(x) in _PARTIES for x in w[m.end : m.end + 3]):
        return False  # "واتفقا على أن الحل السياسي ضروري", "اتفق البلدان على أن": the parties' accord
    for k in range(m.end, min(m.end + 9, len(w) - 2)):
        if w[k] == "مع" and _noun(w[k + 1]) in _VIEWS:
            return True  # "واتفق يونس الخراشي، صحفي مغربي، مع تصريحات ضويوي": he shares the view
        if w[k] == "علي" and any(m.end <= c.start < k for c in view.chunks):
            return False  # "اتفقت روسيا وتركيا على أن": states or leaders named agree as parties
        if w[k] in ("،", ",") or w[k] in AR_STRONG_PUNCT:
            continue
        if w[k] == "علي":
            if w[k + 1] in ("انه", "انها", "انهم"):
                return True
            nxt = w[k + 2]
            return w[k + 1] == "ان" and (nxt.startswith("ال") or any(c.start == k + 2 for c in view.chunks)
                                         or not nxt.startswith(("ي", "ت", "ن")))
    return False


#: a sports team and its players, whom fans support ("بمساندة فريقهم")
_TEAMS = ("فريق", "منتخب", "نادي", "لاعبي", "لاعبيه")


#: teams as the subject of a verb of meeting: they play a match
_TEAMS_MET = frozenset("الفريقان الفريقين المنتخبان المنتخبين الناديان الناديين".split())


def no_event(view: SentenceView, m: Match) -> bool:
    """Does Arabic trigger ``m`` stand in its ordinary, non-event sense here?"""
    w = view.words
    word = w[m.start]
    prev = w[m.start - 1] if m.start else ""
    nxt = w[m.end] if m.end < len(w) else ""
    e = m.entry
    lemma = e.lemma.split("/")[0]  # a verb row's lemma is "perfect/imperfect"
    if any(c.label in ("PER", "LOC") and c.start <= m.start < c.end for c in view.chunks):
        return True  # "رضوان فايد", "مديرية أرحب": a name, not ف + أيّد, not أرحّب (I welcome)
    if e.kind == "n" and lemma.endswith("ه") and word.endswith("ت") and not word.endswith("ات"):
        return True  # "قمت بتنشيط" (you activated) is no "قمة" (summit): a noun has no bare ت
    if e.kind == "v" and _feminine_noun(view.tokens[m.start].text):
        return True  # "رحلة" (a trip), "قاتلة" (deadly): no verb + ه (رحّله, deported him)
    if e.plover == "AID" and _noun(word).startswith("مساعد") and _noun(prev).removeprefix("ك") in ("وسيله", "اداه", "عامل"):
        return True  # "كوسيلة مساعدة في جعل قوام الطعام متماسكا": an auxiliary means, no aid
    if e.plover in ("AID", "AGREE") and _noun(word).removeprefix("ل").startswith("مساعد") and _noun(nxt) in _USERS:
        return True  # "ميزة تعمل على مساعدة المستخدمين": a product helps its users, no aid
    if e.plover == "CONSULT" and lemma.startswith("استقبل") and _noun(nxt) in _GOODS:
        return True  # "الأسواق التي استقبلت الصادرات المصرية": goods received, no one met
    if e.plover == "CONSULT" and _noun(word).startswith("استقبال") and any(_noun(x) in _GOALS for x in w[m.end : m.end + 3]):
        return True  # "لعدم استقباله أي هدف": a goal conceded, no one received
    if e.plover == "COERCE" and _noun(word) == "توقيف" and _noun(nxt).startswith("تنفيذ"):
        return True  # "إصدار أحكام الإعدام مع توقيف تنفيذها": a suspension, no arrest
    if e.plover == "AID" and _bare(word) in ("قدما", "قدم") and (prev[:1].isdigit() or _noun(nxt) in ("مربعا", "مكعبا")):
        return True  # "2150 قدما مربعا": feet, nothing given
    if e.plover == "CONSULT" and _bare(word) in ("الاجتماع", "الاجتماعي", "الاجتماعيه") and _noun(prev) in ("عالم", "علم", "علماء"):
        return True  # "عالم الاجتماع مارتن جندلر": a sociologist, no meeting
    if e.plover == "AGREE" and _bare(word) == "عدا" and nxt == "عن":
        return True  # "وعدا عن الدعم المالي": apart from, no promise
    if e.plover == "AGREE" and lemma == "وافق" and _bare(word) in _COINCIDES and (
        _number(nxt) or nxt in AR_MONTHS or _noun(nxt).startswith("ذكري")
        or (nxt == "شهر" and m.end + 1 < len(w) and w[m.end + 1] in AR_MONTHS)  # "يوافق شهر أبريل"
    ):
        return True  # "عيدها الـ45، الذي يوافق 14 أكتوبر": falls on a date, no agreement
    if e.plover == "SUPPORT" and lemma == "دعم" and _noun(prev) == "تحالف" and nxt == "الشرعيه":
        return True  # "تحالف دعم الشرعية في اليمن": the coalition's name, no act of support
    if e.plover == "AID" and any(_noun(x) in _STOLEN for x in w[max(0, m.start - 2) : m.start]):
        return True  # "وسرقت المساعدات", "نهب المساعدات": aid stolen, nothing given
    if e.plover == "ACCUSE" and word.lstrip("و").removeprefix("ال") in ("فدان", "فدانا", "فدانين"):
        return True  # "على مساحة 66284 فدانا": acres, no ف + دانا (the two condemned)
    if e.plover == "ASSAULT" and _bare(word) in _DEADLY and _bare(prev) in _BEING:
        return True  # "الغاز الذي قد يكون قاتلا": deadly, no killing
    if e.plover == "ASSAULT" and e.kind == "v" and "استهدف" in lemma and _aim_masdar(nxt):
        return True  # "التنظيمات التي تستهدف تقويض الأمن": aims at undermining, no attack
    if e.plover == "PROTEST" and e.kind == "v" and _bare(word).endswith(("تجمع", "تجمعوا", "تجمعت")) and not (
        any(_noun(x).startswith(_PROTEST_WORDS) for x in w) or any(_bare(x) in _CROWDS for x in w[m.end : m.end + 4])
    ):
        return True  # "وتجمع القطريون جراء مناقشة هادئة": people gathered, no protest named
    if e.plover == "REQUEST" and _bare(word) in ("طالبا", "طالبه") and _bare(prev) in _BEING:
        return True  # "عندما كان طالبا": a student, no demand
    if e.plover == "AGREE" and lemma == "اتفق" and _agree_that_ar(view, m):
        return True  # "اتفق باحثون وسياسيون على أن جماعات الإسلام السياسي مسؤولة": a shared view
    if e.plover == "CONSULT" and e.kind == "v" and _bare(nxt) in _TEAMS_MET:
        return True  # "والتقى الفريقان لآخر مرة في دور المجموعات": a match, no meeting
    if e.plover == "SUPPORT" and nxt.removeprefix("ال").startswith(_TEAMS):  # (not _noun: ف of فريق)
        return True  # "لمشجعي روما بمساندة فريقهم": fans cheering a team, no political support
    if e.plover == "THREATEN" and e.kind == "n" and _bare(prev).removeprefix("س") in _POSES:
        return True  # "لم يعد تنظيم القاعدة يشكل تهديدا للعالم": poses a threat, nobody threatens
    if e.plover == "SUPPORT" and "ثني" in _bare(word) and "عن" in w[m.end : m.end + 3]:
        return True  # "لن يثنينا عن مواصلة العمل", "يثني سول عن خفض عملتها": deters, no praise
    if e.plover == "ASSAULT" and e.kind == "n" and _noun(word).startswith("ضرب") and any(
        _bare(x).removeprefix("س") in _POSES for x in w[max(0, m.start - 4) : m.start]
    ):
        return True  # "ويمثل مقتل الصماد ضربة كبيرة للحوثيين": a setback, no strike
    if e.plover == "SUPPORT" and _bare(word).removeprefix("ال").startswith("سايد"):
        return True  # "النظام الذي كان سائدا": prevailing (ساد), no س + أيّد
    if e.plover == "PROTEST" and lemma == "تظاهر" and e.kind == "v" and nxt.startswith(("بان", "بانه", "بانها", "بانهم")):
        return True  # "تظاهر بأنه السيناتور": pretended, no demonstration
    if e.plover == "MOBILIZE" and _noun(word).startswith("حشد") and (
        _noun(nxt) in _CROWD_SIZES or (nxt == "من" and m.end + 1 < len(w) and _noun(w[m.end + 1]) in _PEOPLE)
    ):
        return True  # "حشدا كبيرا من المتظاهرين": a crowd, no mobilisation of forces
    if e.plover == "REJECT" and lemma.startswith("رفض") and any(_noun(x) in ("تعليق", "ادلاء", "تعقيب") for x in w[m.end : m.end + 4]):
        return True  # "رفضوا التعليق": declined to comment (CAMEO 011, no PLOVER category)
    if e.plover == "CONSULT" and lemma == "توسط" and nxt.startswith("ال") and nxt not in ("الخلاف", "الازمه", "النزاع"):
        return True  # "بلدة مديرا التي تتوسط الأجزاء الثلاثة": lies in the middle, no mediation (توسط بين / في)
    if e.plover == "ASSAULT" and _noun(word).startswith("ضرب") and _noun(nxt) == "شمس":
        return True  # "توفي 12 شخصا بسبب ضربات الشمس": sunstroke, no strike
    if e.plover == "ASSAULT" and e.kind == "n" and _noun(word) in ("حرق", "احراق") and _noun(nxt).startswith(("علم", "اعلام")):
        return True  # "جمعة رفع علم فلسطين وحرق علم إسرائيل": a flag burnt in protest, no one attacked
    if e.plover == "AID" and _bare(word) in ("اقدم", "اقدمت", "اقدموا") and "علي" in w[m.end : m.end + 4]:
        return True  # "أقدم الانقلابيون على إجبار الصرافين": set about (أقدم على), nothing given
    if e.plover == "CONSULT" and nxt == "العيش":
        return True  # "كسب لقمة العيش": a living, no summit (ل + قمة)
    if e.kind == "v" and _bare(word) == "تعدين":
        return True  # "الغاز وتعدين الذهب": mining, no تعدين (you promise; news writes to no "you")
    if e.kind == "v" and _bare(word) in ("اثني", "اثنا") and _noun(nxt).startswith("عشر"):
        return True  # "اثني عشر فيلما": twelve, no أثنى (praised)
    if e.plover == "ASSAULT" and any(x in _FIGURATIVE for x in w[m.end : m.end + 2]):
        return True  # "يجري استهدافه سياسياً": targeted in politics, not by arms
    if e.plover == "SUPPORT" and lemma in ("اعترف", "اعتراف"):
        return not _recognition(view, m)
    if e.plover == "CONCEDE" and lemma == "سمح":
        # "قانون يسمح بالإجهاض", "القرار الذي يسمح", "لا يسمح القانون", "يسمح هذا البرنامج": what a
        # rule or a thing permits, no one conceding; an actor named next to the verb keeps the event
        # ("السعودية تسمح لتركيا بالبحث", "سمحت السلطات بدخول")
        near = {x.removeprefix("ال") for x in w[max(0, m.start - 2) : m.end + 2]}
        if prev in _WHICH or not near.isdisjoint(_RULES):
            return True
        return not _allowing_actor(view, m)
    if e.plover == "CONSULT" and lemma in _HOSTING:
        return _hosts_no_meeting(view, m, prev)
    if e.plover == "REQUEST" and lemma == "طلب" and _bare(word) == "طلبا" and nxt.startswith("لل") and (
        prev.removeprefix("و") not in _SUBMIT
    ):
        return True  # "فر آخرون إلى المقاهي طلبا للأمان": seeking safety, no request ("قدم طلبا للانضمام" keeps it)
    if e.plover == "REQUEST" and lemma in ("طلب", "طالب") and nxt in ("عدم", "حجب"):
        # "المصدر الذي طلب عدم الكشف عن اسمه": a source's anonymity, no request between actors
        return any(x.startswith(("الكشف", "ذكر", "نشر", "اسمه", "هويته")) for x in w[m.end + 1 : m.end + 3])
    if e.plover == "MOBILIZE" and _noun(word).startswith(("حشد", "حشود")) and (
        nxt in ("من", "غفيره", "غفيرة")
        or (nxt in ("كبير", "هايل", "ضخم", "كبيره", "هايله") and w[m.end + 1 : m.end + 2] == ["من"])
    ):
        return True  # "صدمت شاحنة حشدا من الناس", "حشود غفيرة": a crowd, no one mobilised ("حشدا عسكريا" keeps it)
    if e.plover == "ASSAULT" and word == "قاتل" and prev and prev not in AR_RELATIVE and prev not in ("،", ",", "حيث", "قد", "وقد", "لقد", "كما") and (
        not nxt or nxt in AR_PREPOSITIONS or nxt in AR_STRONG_PUNCT or nxt in ("،", ",")
    ):
        return True  # "حادث إطلاق نار قاتل في مدرسة": deadly, an adjective ("قاتل القوات السوفييتية" keeps it)
    if e.plover == "AID" and _bare(word) in ("تقدم", "التقدم") and _noun(nxt) in _ADVANCING:
        return True  # "تسارعت وتيرة تقدم قوات المقاومة": an advance, nothing provided
    if (
        e.plover == "ACCUSE"
        and lemma.startswith("حمل")
        and nxt.removeprefix("ال").startswith(("مسوولي", "مسيولي"))
        and not word.endswith(("ه", "ها", "هم", "هما"))
        and not any(c.label in ("PER", "ORG", "LOC") and m.end < c.start <= m.end + 4 for c in view.chunks)
    ):
        # "يجب أن يحمل مسؤولية توظيف": bears it; one holds someone responsible, named near or as
        # the verb's pronoun ("حمّل إسرائيل المسؤولية", "حمّل المسؤولية لإسرائيل", "حملته مسؤولية")
        return True
    if e.plover == "COERCE" and lemma == "منع" and nxt == "الحمل":
        return True  # "حبوب منع الحمل": contraception
    if e.plover == "COERCE" and lemma == "منع" and _noun(nxt) in _PREVENTED:
        return True  # "ومنعت الهجوم", "منع وقوع هجمات": a harm prevented, no one coerced
    if e.plover == "REQUEST" and lemma == "دعا" and (
        prev in ("مما", "ما") or (prev in _WHICH and m.start >= 2 and _noun(w[m.start - 2]) in _CAUSES)
    ):
        return True  # "الأسباب التي دعت السعودية إلى", "مما دعا": what prompted it, no call
    if e.plover == "REQUEST" and lemma == "دعا" and (
        _noun(nxt) in _FEELINGS or (nxt == "الي" and m.end + 1 < len(w) and _noun(w[m.end + 1]) in _FEELINGS)
    ):
        return True  # "أمر يدعو للفخر", "يدعو إلى القلق": gives cause for a feeling, no call
    if e.plover == "REQUEST" and lemma == "دعا" and word[:3] == "ودع" and any(
        _noun(x) in _COMPETITIONS for x in w[m.end : m.end + 3]
    ):
        return True  # "ودعت بولندا النهائيات": bade farewell (ودّع) to a tournament, no call
    if e.plover == "REQUEST" and lemma == "دعا" and nxt in ("الله", "لله", "ربه", "ربنا", "الرب"):
        return True  # "وندعو الله أن يزيل همهم": a prayer, no call on anyone
    if e.plover == "THREATEN" and lemma.startswith("انذ"):
        # "تنذر بحرب شاملة": portends; "جرس إنذار", "صفارات الإنذار": an alarm; "إنذار أصفر"
        # (a weather warning's level), "إنذار مبكر" (early warning)
        return (
            (e.kind == "v" and _bare(word) in ("تنذر", "ينذر", "ستنذر", "سينذر") and nxt.startswith("ب"))
            or prev in _ALARMS
            or prev == "سابق"  # "بدون سابق إنذار": without warning
            or nxt.removeprefix("ال") in _WARNING_LEVELS
        )
    if e.plover == "AID" and lemma == "اغاثه" and prev.removeprefix("و") in _AID_WORKERS:
        return True  # "موظفو إغاثة": aid workers, no aid given
    if e.plover == "CONSULT" and lemma == "لقاء" and (nxt in ("خاص", "خاصه") or _noun(prev) in ("هدف", "اهداف", "شوط")):
        return True  # "في لقاء خاص مع سكاي نيوز": an interview; "وسجل هدف اللقاء الوحيد": a match
    if e.plover == "SUPPORT" and _bare(word) == "ارحب" and _noun(prev) == "افاق":
        return True  # "إلى آفاق أرحب": wider horizons, no welcome
    if e.plover == "SUPPORT" and lemma == "دعم" and _noun(prev) in ("قاعده", "قواعد"):
        return True  # "توسيع قاعدة دعمه الإقليمي": his base of support, no act
    if e.plover == "CONSULT" and lemma == "بحث" and nxt == "عن":
        return True  # "يبحث عن المزيد من الأهداف": looking for, no talks
    if e.plover == "CONSULT" and lemma == "لقاء" and nxt in _MEDIA:
        return True  # "لقاء صحفي", "لقاء تلفزيوني": an interview
    if e.plover == "CONSULT" and lemma == "لقاء" and any(
        _noun(x) in AR_OUTLETS for x in w[max(0, m.start - 5) : m.start]
    ):
        return True  # "وعرضت قناة الجزيرة لقاء مع وزير الخارجية": an interview aired
    if e.plover == "CONSULT" and _bare(word) == "لقاء" and (
        _noun(nxt).startswith(_PAID_FOR)
        or (nxt[:1].isdigit() and any(_noun(x).startswith(_CURRENCY) for x in w[m.end + 1 : m.end + 4]))
    ):
        return True  # "لقاء مبلغ من المال", "لقاء صمتها", "لقاء 57 ألف دولار": in return for, no meeting
    if e.plover == "CONSULT" and _noun(word) == "قمه" and (
        _noun(nxt).startswith(_PEAKS) or _bare(prev).removeprefix("ل") in _CLIMB or _bare(prev) in ("اعلي", "اعلى")
    ):
        return True  # "تسلق قمة إفرست", "أعلى قمة في العالم", "قمة جبل": a peak, no summit
    if e.plover == "COERCE" and (_noun(prev) in _CAMPS or _noun(prev)[1:] in _CAMPS) and _bare(word).removeprefix("ال") in ("اعتقال", "احتجاز"):
        return True  # "صورة لمعسكر اعتقال نازي", "مراكز الاحتجاز": a place, no arrest
    if e.plover == "COERCE" and _bare(word).removeprefix("ي").removeprefix("ت").startswith("رحل") and nxt == "عن" and (
        m.end + 1 < len(w) and _noun(w[m.end + 1]).startswith(("عالم", "دنيا", "حياه"))
    ):
        return True  # "قدر لعمر الشريف أن يرحل عن عالمنا": he died, no one was deported
    if e.plover == "CONSULT" and (_noun(prev).startswith("تاشير") or _noun(prev)[1:].startswith("تاشير")):
        return True  # "يأتي بتأشيرة زيارة": a visitor's visa, no visit between actors
    if e.plover == "SUPPORT" and _bare(word) == "ثمنا":
        return True  # "دفعوا حياتهم ثمنا لمشروع الرايخ": a price, not ثمّن (praised)
    if e.plover == "AGREE" and _bare(word).removeprefix("ت").removeprefix("ي") in ("عده", "عدها", "عدهم") and any(
        _noun(x) in _DEEMED for x in w[m.end : m.end + 4]
    ):
        return True  # "وتعده أنقرة منظمة إرهابية": deems it (عدّ), no promise (وعد)
    if e.plover == "THREATEN" and lemma.startswith(("حذر", "تحذير")) and any(_noun(x) in _WEATHER for x in w):
        return True  # "حذرت هيئة الأرصاد من عاصفة ترابية": a weather warning, no threat
    if e.plover == "THREATEN" and lemma.startswith(("حذر", "تحذير")) and any(_noun(x) in _HEALTH for x in w[m.end : m.end + 6]):
        return True  # "حذروا من العلاج الذاتي بالأسبرين": a health warning, no threat
    if e.plover == "AGREE" and lemma == "توصل":
        # "توصلت دراسة إلى أن", "توصل الباحثون إلى تصميم جديد": a finding, no agreement
        # ("توصلت إلى اتفاق" keeps it)
        return _found_not_agreed(w, m)
    if e.plover == "ACCUSE" and lemma in ("حقق", "تحقيق"):
        return _not_inquiry(view, m, word, prev, nxt)
    if e.plover == "ASSAULT" and lemma == "فجر" and _sparked(_clause_words(w, m.end, 14)):
        return True  # "فجر أحد حراس بن لادن غضبا في ألمانيا": sparked anger, no blast
    if e.plover == "ASSAULT" and lemma.startswith("خطف") and any(_noun(x) in _SPOTLIGHT for x in _clause_words(w, m.end, 10)):
        return True  # "خطف المغنيان برونو مارس وكيندريك لامار الأضواء": stole the show
    if e.plover == "ASSAULT" and lemma == "فجر" and _bare(word) == "فجر" and _group_before(w, m.start):
        return True  # "جماعة "فجر ليبيا"": a group's name (Libya Dawn), no blast
    if e.plover == "ASSAULT" and lemma == "فجر" and word in ("فجرا", "وفجرا"):
        # "الساعة الرابعة فجرا السبت", "الثالثة فجرا بالتوقيت المحلي": at dawn (the dual verb
        # "فجّرا", they two blew up, has no hour before it)
        return (
            _number(prev) or prev in _HOURS or prev.startswith("الساع")
            or nxt in _DAWN_NEXT or nxt.startswith(("بتوقيت", "بالتوقيت"))
        )
    if e.plover == "ASSAULT" and lemma == "فجر" and _bare(word) == "فجر":
        # "فجر الخميس", "فجر اليوم", "فجر 25 يوليو", "صلاة الفجر": dawn
        return nxt in _DAWN_NEXT or _number(nxt) or prev in _DAWN_BEFORE or "مفاجاه" in w[m.end : m.end + 4]
    if e.plover == "COERCE" and lemma == "ابعد" and _bare(word) in ("تبعد", "يبعد"):
        # "التي تبعد 25 كيلومترا", "تبعد عن الحدود": lies that far away; past its subject too
        # ("ويبعد مركز الزلزال نحو 500 كيلومتر عن")
        return _number(nxt) or nxt in _DISTANCE_NEXT or any(_noun(x) in _DISTANCES for x in w[m.end : m.end + 5])
    if e.plover == "ASSAULT" and lemma.startswith("اطلاق") and any(
        "وقف" in (x, x[1:], x[2:]) for x in w[max(0, m.start - 3) : m.start]
    ):
        return True  # "وقف دائم لإطلاق النار", "وقف إطلاق نار": a ceasefire, no shooting
    if e.plover == "REQUEST" and lemma == "طالب" and _bare(word) in ("طالب", "طالبا", "طالبه") and (
        nxt.removeprefix("ال") in _APPLICANTS
        or (len(nxt) >= 5 and nxt.endswith(("يا", "ي")) and not nxt.startswith("ال"))  # "طالبا سعوديا"
        or _number(prev)
        or prev in ("باعتباره", "بصفته")
    ):
        return True  # "طالب لجوء" (an asylum seeker), "طالبا سعوديا" (a student): no demand
    if e.plover == "COERCE" and lemma.startswith("احتل") and e.kind == "v":
        # "يحتل إصلاح الاتحاد أولوية", "احتلت المركز الأول", "تحتل الصدارة": ranks, no occupation
        for x in w[m.end : m.end + 6]:
            if x in AR_STRONG_PUNCT or x in ("،", ","):
                break
            if x.removeprefix("ال") in _RANKS or (x.endswith("ا") and x[:-1] in _RANKS):
                return True  # ("تحتل موقعا متقدما": tanween)
        return False
    if e.plover == "ASSAULT" and lemma.startswith(("استهدف", "استهداف")):
        return _aims(w, m, prev)
    if e.plover == "COERCE" and lemma == "طرد" and _noun(nxt).startswith("مركزي"):
        return True  # "أجهزة طرد مركزي", "الطرد المركزي": centrifuges, no one expelled
    if e.plover == "SUPPORT" and lemma == "دعم" and nxt in ("هذه", "هذا", "تلك") and m.end + 1 < len(w) and (
        _noun(w[m.end + 1]) in _SUBSIDISED
    ):
        return True  # "كان البنك المركزي يدعم هذه القروض": subsidised loans, no one supported
    if e.plover == "SUPPORT" and _noun(word) == "دعم" and (
        _noun(nxt) in _SUBSIDISED
        or (nxt in ("عن", "على") and m.end + 1 < len(w) and _noun(w[m.end + 1]) in _SUBSIDISED)
    ):
        return True  # "خفض دعم الوقود", "رفع الدعم عن البنزين": a subsidy, no one supported
    if e.plover == "SUPPORT" and lemma == "دعم" and (
        any(_noun(x) in _DEVICE_FEATURES for x in w[m.end : m.end + 2])
        or (e.kind == "v" and (_noun(nxt) in _DEVICES or _noun(prev) in _DEVICES))
    ):
        return True  # "الهاتف يدعم كاميرتين", "وتدعم التقنية الجديدة الصور": what a device can do
    if e.plover == "SUPPORT" and lemma == "دعم" and _noun(nxt) in _CURRENCIES:
        return True  # "رفع أسعار الفائدة على أمل دعم العملة": propping up a currency, no one supported
    if e.plover == "AGREE" and _bare(word) in ("تعده", "يعده", "تعدها", "يعدها") and nxt[:1] == "ل" and len(nxt) > 3:
        return True  # "عمل وشيك كانت ميليشيات الحوثي تعده لاستهداف": preparing (أعدّ), no promise
    if e.plover == "SUPPORT" and lemma == "دعم" and any(_noun(x) in _BELIEFS for x in w[m.end : m.end + 2]):
        return True  # "المعلومات الاستخبارية تدعم اعتقادها بأن": evidence backs a belief, no one supported
    if e.plover == "ASSAULT" and lemma.startswith("تدمير") and _noun(nxt) in ("ذات", "نفس", "نفسه", "نفسها"):
        return True  # "تركز طاقتها على تدمير الذات": self-destruction, no attack
    if e.plover == "AGREE" and _bare(word) == "لنتفق":
        return True  # "لنتفق أيضا أن": let us agree (a writer to his readers), no agreement
    if e.plover == "COERCE" and lemma == "ابعد" and _bare(word) == "ابعد" and _elative(view, m, nxt):
        return True  # "أبعد نجم" (the farthest star), "أبعد من ذلك" (further than that): no expulsion
    if e.plover == "ASSAULT" and lemma == "شن" and _campaign_of_words(w, m.end):
        return True  # "شنت إدارة ترامب حملة عالمية لفرض العقوبات", "حملة إعلامية": no attack
    if e.plover == "AGREE" and _bare(word) in ("اعد", "اعدوا", "اعدت") and not nxt.startswith("ب") and _noun(nxt) in _PREPARED:
        return True  # "وأعد لنا التقرير التالي": prepared (أعدّ), no promise (أعِد)
    if e.plover == "PROTEST" and _bare(word) in ("تجمع", "يجمع", "تتجمع", "يتجمع") and _accusative_object(view, m, nxt):
        return True  # "تجمع قماشا من السودان على تصاميم": combines, no rally
    if e.plover == "ASSAULT" and _noun(word).removeprefix("ل").removeprefix("ب") in ("ضربه", "ضربات") and _economic_blow(w):
        return True  # "الاستثمارات التي تعرضت لضربة شديدة جراء الاضطرابات": a setback, no strike
    if e.plover == "COERCE" and _noun(word) in ("عقوبات",) and _noun(prev) in ("لجنه", "لجان"):
        return True  # "لجنة العقوبات في الأمم المتحدة": a committee's name
    if e.plover == "ASSAULT" and any(_noun(x) in _ANIMALS for x in w[m.end : m.end + 3]):
        return True  # "قتل مليون طائر سنويا": birds, no actor attacked
    if e.plover == "COERCE" and lemma == "اوقف" and _stopped(_bare(word).removeprefix("ل").removeprefix("ب"), nxt):
        return True  # "وتوقفوا على بعد 200 متر", "توقف في عضلة القلب": they stopped (توقّف), no one was stopped
    if e.plover == "PROTEST" and _bare(word) in ("قاطع", "قاطعا", "قاطعه") and (
        _noun(prev) in _CATEGORICAL or prev.startswith("بشكل")
    ):
        return True  # "ترفض تركيا بشكل قاطع", "رفضا قاطعا": categorical, no boycott
    if e.plover == "ASSAULT" and lemma.startswith("دمر") and _figurative_object(w, m.end):
        return True  # "تدمر ما تبقى من العلاقات مع موسكو": relations, nothing destroyed by arms
    if e.plover == "ASSAULT" and _noun(word) in ("ضربه", "ضربات") and nxt[:1] == "ل" and _ARMS_AR.isdisjoint(_noun(x) for x in w):
        return True  # "ويعد فوز صالح ضربة لمسعود البارازاني": a setback for him, no strike
    if e.plover == "AID" and _bare(word) == "مساعده" and view.tokens[m.start].text.endswith("ه") and (
        nxt[:1] == "ل" or any(c.end == m.start for c in view.chunks)
    ):
        return True  # "جاريد كوشنر ومساعده لشؤون": his aide (مساعدُه), no aid (مساعدة)
    if e.plover == "COERCE" and lemma == "رحل" and _noun(word) in _TRIPS:
        return True  # "غداة رحلته مع الصحافية": his trip (رحلة), no deportation
    if e.plover == "SUPPORT" and _noun(word) == "دعم" and _noun(nxt) in _TECH_SUPPORTED and any(
        _noun(x) in _DEVICES for x in w[m.end : m.end + 7]
    ):
        return True  # "ستخفض دعم خدماتها على أجهزة آيفون": technical support, no backing
    if e.plover == "AGREE" and _bare(word) in ("اعدها", "اعده", "اعدته", "اعدتها", "اعدهما", "اعدوها", "اعدوه"):
        return True  # "القائمة الأولية التي أعدها الفيفا": prepared it (أعدّ), no promise
    if e.plover == "COERCE" and lemma == "اوقف" and any(_noun(x) in _ACTIVITIES for x in w[m.end : m.end + 3]):
        return True  # "أوقف الحكم المباراة": a game or a broadcast stopped, no one detained
    if e.plover == "AGREE" and _bare(word) in ("نعد", "يعد", "تعد", "اعد") and _bare(prev) in ("لم", "ولم"):
        return True  # "لم نعد دولة تتهاون": no longer (عاد), no promise (وعد)
    if _bare(prev) in ("لشوون", "شوون", "للشوون"):
        return True  # "ومساعده لشؤون المفاوضات الدولية": a title's portfolio, no talks held
    if e.plover == "ASSAULT" and _bare(word).startswith(("انفجر", "تنفجر", "ينفجر")) and (
        _noun(nxt) in _OUTBURST or any(c.start == m.end and c.label == "PER" for c in view.chunks)
    ):
        return True  # "وانفجر مساعد ترمب السابق أثناء مقابلة": an outburst, no blast
    if e.plover == "AGREE" and _noun(word).startswith("توافق") and any(_noun(x) in _STANDARDS for x in w[m.end : m.end + 5]):
        return True  # "مدى توافقها مع معايير الشريعة": conformity with standards, no agreement
    if e.plover == "THREATEN" and word == "حذرا" and any(_bare(x) in _SHOWN for x in w[max(0, m.start - 4) : m.start]):
        return True  # "وأبدى كوربن حذرا في توجيه الاتهام": caution shown, no warning (the dual حذّرا)
    if e.plover == "PROTEST" and _noun(word).startswith(("تجمع", "تجمعات")) and _fighters_gathering(w, m):
        return True  # "استهدفت بعدة غارات جوية تجمعا للانقلابيين": fighters massed, no rally
    if e.plover == "REJECT" and lemma == "تحدي" and _bare(word) == "تحديا":
        # "يشكل تحديا كبيرا": a challenge; the dual verb "تحدّيا" has a named object
        return prev in _CHALLENGE_BEFORE or not any(c.start == m.end for c in view.chunks)
    return False


#: verbs and nouns of hosting and receiving: a meeting when people or a meeting are received
_HOSTING = frozenset(["استضاف", "استضافه", "استقبل", "استقبال"])
#: what is hosted or received when no one meets: shows, games, fairs, broadcasts, crowds, the displaced
_HOSTED_THINGS = frozenset(
    "معرض معارض سباق اسبوع دوره العاب الالعاب اولمبياد الاولمبياد منافسات مسابقه مسابقات بطوله بطولات كاس "
    "مباراه مباريات حفلات مهرجان مهرجانات عروض برامج بث قنوات فعاليه فعاليات موسم سياح زوار جمهور "
    "نازحين نازحه النازحين لاجيين اللاجيين مهاجرين المهاجرين اسر الاسر نزلاء النزلاء مرضي جرحي "
    "طلاب الطلاب شحنات شحنه سفن السفن رحلات الرحلات خوادم خوادمها "
    "الغاز غاز النفط نفط الكهرباء البضايع بضايع السلع سلع "  # "باستقبال الغاز من قبرص"
    "نهايي النهايي ماراثون سوبر كرنفال "  # "ستستضيف السعودية نهائي السوبر العالمي للملاكمة"
    "مكالمات اتصالات طلبات رسايل بيانات اشارات".split()  # "موظف استقبال المكالمات": calls, no visitors
)
#: who advances ("تقدم قوات", "تقدم الجيش"): تقدم is then a noun, no giving
_ADVANCING = frozenset("قوات جيش معارضه فصايل مسلحين ميليشيات مليشيات مقاتلين وحدات".split())
#: a device that receives: "أجهزة استقبال" (receivers)
_RECEIVERS = frozenset(
    ["اجهزه", "جهاز", "محطه", "محطات", "صالات", "صاله", "مراكز", "مركز", "مخيمات", "مخيم", "موظف", "موظفه", "موظفو", "موظفي"]
)  # ("موظف استقبال": a receptionist)
#: verbs of submitting a request: "قدم طلبا للانضمام"
_SUBMIT = frozenset("قدم قدمت تقدم تقدمت يقدم تقدمه رفع رفعت يرفع ارسل ارسلت طلب طلبت يطلب تطلب".split())


def _hosts_no_meeting(view: SentenceView, m: Match, prev: str) -> bool:
    """Is hosting / receiving ``m`` of a thing, not of people or a meeting?  "تستضيف السعودية أسبوع
    الموضة", "استضافة دورة الألعاب", "تستقبل المدينة الآلاف من الأسر النازحة", "أجهزة استقبال"; a
    person received first ("استقبل الرئيس الوزير ... في المعرض") keeps the meeting."""
    if _bare(prev) in _RECEIVERS:
        return True
    w = view.words
    if m.start >= 2 and prev in AR_RELATIVE and _noun(w[m.start - 2]) in _HOSTED_THINGS and w[m.start].endswith(("ها", "ه")):
        return True  # "الأولمبياد التي تستضيفها كوريا الجنوبية": the thing hosted is the antecedent
    stop = min(len(w), m.end + 6)
    for i in range(m.end, stop):
        x = w[i]
        if x in AR_STRONG_PUNCT or x in ("،", ","):
            return False
        if any(c.label == "PER" and c.start == i for c in view.chunks):
            return False
        n = _noun(x)
        if n in _HOSTED_THINGS or (n[:1] in "لب" and n[1:] in _HOSTED_THINGS) or (n[:2] == "لم" and n[1:] in _HOSTED_THINGS):
            return True
    return False


#: أنّ / لكنّ with a pronoun, before a verb: its subject
_PRONOUN_SUBJECTS = AR_THAT_PRONOUNS | frozenset("لكنه لكنها لكنهم ولكنه ولكنها ولكنهم".split())
#: who allows, as a common noun right after the verb: "سمحت السلطات بدخول المساعدات"
_AUTHORITIES = frozenset("سلطات حكومه جيش شرطه محكمه وزاره اداره قوات امن نيابه مجلس برلمان".split())


def _allowing_actor(view: SentenceView, m: Match) -> bool:
    """Is an actor named next to ``سمح`` (a name ending at most a word before it or starting at most
    a word after it, or an authority right after it)?"""
    for c in view.chunks:
        if c.prep or c.label not in ("PER", "ORG", "LOC") or c.mention.attrs.get("nationality"):
            continue  # (an adjective is no actor: "ولا المزاج السعودي يسمح بالحديث")
        if m.start - 2 <= c.end - 1 < m.start or m.end <= c.start <= m.end + 1:
            return True
    nxt = view.words[m.end] if m.end < len(view.words) else ""
    if _noun(nxt) in _AUTHORITIES:
        return True
    # "لكنها لن تسمح للمسلحين", "أعلنت أنها ستسمح للصحافيين": the pronoun of who was just named
    return any(x in _PRONOUN_SUBJECTS for x in view.words[max(0, m.start - 2) : m.start])


#: what a plan, a budget or a policy "targets" (استهدف = aims at): no attack
_AIMS = frozenset(
    "حد خفض رفع زياده تحقيق تطوير تعزيز تحويل تقليل تقليص مضاعفه اعلاء جذب تشجيع تحسين توفير اثاره فوز نمو "
    "عجز عجزا تضخم استقطاب توسيع تنويع انتاج بيع تصدير استيراد ترويج تنميه رفع انشاء بناء ايجاد دمج مراجعه "
    "معالجه مساعده تمكين توعيه تدريب تاهيل اعاده فيات شرايح شريحه دعم تقديم تجفيف احداث ضمان تسريع تعميق "
    "توطين استعاده".split()
)
#: who "targets" without arms: sanctions, plans, budgets, campaigns of advertisers
_NON_VIOLENT = frozenset(
    "عقوبات خطه برنامج موازنه ميزانيه اعلانات رسوم مبادره استراتيجيه رويه سياسه رسايل اوامر قرارات اجراءات "
    "تعديلات تغييرات برامج ملتقي دوره دورات مشروع مشاريع فعاليات انشطه مسابقه مسابقات قرار قانون".split()
)


def _aims(w: list[str], m: Match, prev: str) -> bool:
    """``تستهدف الحكومة خفض العجز``, ``يستهدف هذا البرنامج رفع``, ``وتستهدف العقوبات قطاع النفط``:
    aiming at a figure or a policy's reach, no armed attack; ``استهدفت الغارات مواقع`` keeps it."""
    window: list[str] = []
    for x in w[m.end : m.end + 4]:
        if x in AR_STRONG_PUNCT or x in ("،", ",") or x in AR_PREPOSITIONS or x[:1] in "بل":
            break  # the object comes before any phrase ("يستهدفان المدنيين بهدف إثارة", "في منطقة الجر")
        window.append(x)
    # an indefinite masdar as the object ("خفض التضخم", "زيادة الإنفاق"); of definite ones only "الحد من"
    if any(_noun(x) in _AIMS and (not _bare(x).startswith("ال") or _noun(x) == "حد") for x in window):
        return True
    before = [prev, w[m.start - 2]] if prev in AR_RELATIVE and m.start >= 2 else [prev]  # "البرامج التي تستهدف"
    if any(_noun(x) in _NON_VIOLENT for x in [*before, *window[:2]]):
        return True
    # "استراتيجية تطوير التعليم في مصر تستهدف التركيز": a plan's subject a few words back
    for x in reversed(w[max(0, m.start - 6) : m.start - 1]):
        if x in AR_STRONG_PUNCT or x in ("،", ","):
            break
        if _noun(x) in _NON_VIOLENT:
            return True
    return False


#: participles before "تحقيقه": what is aimed at or hoped for is achieved, not investigated
_AIMED = frozenset("المستهدف المستهدفه المامول الماموله المتوقع المتوقعه المطلوب المطلوبه الممكن المنشود المنشوده".split())
#: forms of وافق that say a day falls on a date ("الذي يوافق 14 أكتوبر", "الموافق")
_COINCIDES = frozenset("يوافق توافق الموافق الموافقه".split())
#: stealing and looting: aid taken, not given (normalised, without و / ف)
_STOLEN = frozenset("سرق سرقت سرقوا يسرق يسرقون سرقه نهب نهبت نهبوا ينهب نهبه استولي استولت استيلاء".split())

#: what a real blast names after "فجّر": himself, a bomb, a car, a belt, a mine
_BLASTED = frozenset("نفسه نفسها انفسهم نفسيهما عبوه عبوات قنبله قنابل سياره حزام حزاما لغم الغام مفخخه ناسفه".split())


def _sparked(words: list[str]) -> bool:
    """Does "فجّر" spark something (anger, a crisis) before any word of a real blast?"""
    for x in words:
        n = _noun(x)
        if n in _BLASTED:
            return False
        if n in _SPARKED:
            return True
    return False


def _clause_words(w: list[str], start: int, n: int) -> list[str]:
    """Up to ``n`` words from ``start`` to the next strong punctuation (commas do not end it)."""
    out = []
    for x in w[start : start + n]:
        if x in AR_STRONG_PUNCT:
            break
        out.append(x)
    return out


def _found_not_agreed(w: list[str], m: Match) -> bool:
    """``توصل إلى`` + what: an agreement (اتفاق، تفاهم، تسوية، صفقة، هدنة، حل) or a result; إلى
    may come after a parenthetical ("توصلت دراسة حديثة، أجراها باحثون في جامعة سيول، إلى أن")."""
    if m.end < len(w) and w[m.end] in ("اليه", "اليها", "اليهم", "لها", "له") and m.start >= 2:
        # "الاتفاقية النووية التي توصلت إليها إيران": what was reached is the antecedent
        before = [x.removeprefix("ال") for x in w[max(0, m.start - 4) : m.start]]
        return not any(x.startswith(_AGREED) for x in before)
    for i in range(m.end, min(m.end + 20, len(w) - 1)):
        if w[i] in AR_STRONG_PUNCT:
            break
        if w[i][:1] == "ل" and not w[i].startswith(("لل", "لي")) and w[i][1:].startswith(_AGREED):
            return False  # "توصل لاتفاق بانتقال حكيمي إلى دورتموند": an agreement
        if w[i] in ("الي", "لي") or w[i].startswith("لل"):
            obj = w[i].removeprefix("لل") if w[i].startswith("لل") else w[i + 1].removeprefix("ال")
            return obj in ("ان", "بان") or not obj.startswith(_AGREED)
    return False


def _recognition(view: SentenceView, m: Match) -> bool:
    """``اعترف بالقدس عاصمة``, ``الاعتراف بدولة فلسطين``: a state or a group recognised (SUPPORT);
    ``اعترف بالجرائم``, ``اعترف بأنه``, ``الاعتراف الإسرائيلي بتدمير``: an admission, no event."""
    w = view.words
    for i in range(m.end, min(m.end + 4, len(w))):  # past a subject: "وتعترف فقط تركيا باستقلال"
        if not w[i].startswith("ب") or w[i].startswith(("بان", "بانه", "بانها", "بانهم")):
            continue
        if w[i] in ("به", "بها", "بهم"):
            return True  # "خطوة لا يعترف بها المجتمع الدولي": what was just named
        if any(c.start == i and c.label in ("LOC", "ORG") for c in view.chunks):
            return True
        return any(x.removeprefix("ب").removeprefix("ال") in _RECOGNISED for x in w[i : i + 3])
    return False


def _not_inquiry(view: SentenceView, m: Match, word: str, prev: str, nxt: str) -> bool:
    """``تحقيق`` / ``حقق`` that achieves something, or the FBI's name, is no investigation."""
    if prev.endswith("مكتب") or nxt in ("الفيدرالي", "الفدرالي", "الاتحادي"):
        return True  # "مكتب التحقيقات الفيدرالي": the FBI
    if _bare(word).endswith(("ه", "ها")) and (prev in _AIMED or nxt == "بحلول"):
        return True  # "التوازن المالي المستهدف تحقيقه بحلول العام 2023": to be achieved
    if m.entry.kind == "v" and _bare(word).endswith(("ه", "ها")) and any(
        _noun(x) in ACHIEVED for x in view.words[max(0, m.start - 3) : m.start]
    ):
        return True  # "تقدم مماثل حققته اللجان": the progress it achieved
    if m.entry.kind == "v" and prev in AR_RELATIVE and nxt not in _VERB_INQUIRY:
        return True  # "بالشكل الذي يحقق توجيهات الدولة": what achieves, its object right after
    if m.entry.kind == "v":
        # "حققت الشرطة في", "ويحقق فريق مولر في": the inquiry's preposition follows, after the
        # subject if one stands between; "حققت أرباحا", "حقق الجيش انتصارات في": achieved
        after = view.words[m.end : m.end + 7]
        if (
            _bare(word).endswith(("نا", "وا")) and after and after[0] not in _VERB_INQUIRY
            and after[0][:1].isalpha() and not after[0].startswith("ال")
            and not any(c.start == m.end for c in view.chunks)
        ):
            return True  # "حققنا طفرة غير مسبوقة في": the subject in the verb, an indefinite object
        for k, x in enumerate(after):
            if x in _VERB_INQUIRY:
                # "حققت مصر فيها إنجازات كبيرة": achieved in them, the achievement right after, or
                # after its subject ("معركة التي حقق فيها الثوار النصر")
                return any(_noun(y) in ACHIEVED for y in after[k + 1 : k + 4])
            if x in _ADVERBS or not x[:1].isalpha():
                continue
            if x.endswith("ا") or x.removeprefix("ال") in ACHIEVED:
                return True  # an indefinite object ("تقدما", "شيئا") or what is achieved
            if (
                k == 0 and x.endswith("ات") and not x.startswith(("ال", "و")) and len(x) > 4
                and not any(c.start in (m.end, m.end + 1) for c in view.chunks)
            ):
                return True  # "سيحقق قفزات متواصلة في القطاع": a plural object right after the verb
        return True
    stems = [stem for stem, _ in strip_clitics(word)]
    if any(s.startswith("تحقيقات") for s in stems):
        return False  # the plural is always inquiries
    if _bare(word).startswith(("ال", "لل", "بال")):
        return False  # "التحقيق", "للتحقيق": the inquiry (achieving is a construct, never definite)
    if _number(nxt):
        return True  # "تحقيق 250 ميغاواط": achieving an amount
    if nxt in ('"', "«", "“") and m.end + 1 < len(view.words) and _noun(view.words[m.end + 1]) in ACHIEVED:
        return True  # 'برامج تحقيق "رؤية المملكة 2030"': achieving what is quoted
    if prev in _INQUIRY_BEFORE or not nxt or not nxt[:1].isalpha() or nxt.startswith(_INQUIRY_VERBS):
        return False
    if nxt in _INQUIRY_NEXT or _nisba(nxt) or (nxt.startswith("ب") and nxt not in ("بعض", "بين") and len(nxt) > 4):
        return False  # "تحقيق في", "تحقيق رسمي", "تحقيقا بجريمة"
    if nxt in _INQUIRERS or any(c.start == m.end and c.label in ("PER", "ORG") for c in view.chunks):
        return False  # "تحقيق اللجنة", "تحقيقات مولر": whose inquiry
    return True  # "تحقيق الأهداف", "تحقيق أرباح", "لتحقيق هذا الغرض": achieving
