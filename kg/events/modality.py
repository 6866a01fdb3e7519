"""Polarity and modality of a trigger, and who reports a sentence.

* **negated**: a negation right before the trigger (``لم`` / ``لن`` / ``لا`` / ``not``),
  or the trigger inside what a denial denies (``نفت ... وجود صادرات``);
* **planned**: a future marker (``س`` on the verb, ``سوف``, ``من المقرر``, ``will``,
  ``plans to``);
* **hypothetical**: a condition or possibility (``إذا``, ``لو``, ``قد`` + imperfect,
  ``if``, ``could``, ``might``);
* otherwise **asserted**.

:func:`reporters` finds reporting frames: ``ذكرت وكالة X أن ...``, ``بحسب ما أفادت X``,
``حسبما ذكرت X``, ``X said``, ``according to X``.  The reporter is the source of the
sentence's events (kg:reportedBy), never their agent.
"""

from __future__ import annotations

import functools

from kg.events import cues
from kg.events.lexicon import Match
from kg.events.sentence import SentenceView
from kg.model import ASSERTED, HYPOTHETICAL, NEGATED, PLANNED

#: words after an English event noun that make it a plan ("a summit scheduled for April")
_EN_PLANNED_AFTER = frozenset(["scheduled", "planned", "expected", "due", "proposed"])
#: "tried to storm", "decided to allow": the infinitive is not a plan
_EN_DONE = frozenset(["attempt", "attempted", "attempts", "tried", "trying"]) | cues.EN_ACTUAL


_EN_ADVERBS = frozenset("also still soon now then again ever never probably likely".split())
#: an event noun these govern did not (or not yet) take place ("foiled" attempts did: kg.events.extractor)
_EN_PREVENT = frozenset(
    "prevent prevents prevented preventing avert averts averted averting deter deters deterred "
    "avoid avoids avoided avoiding".split()
)
_EN_HAPPEN = frozenset(
    "take happen occur go resume begin start continue proceed follow come break spread held staged".split()
)
_EN_WANT = frozenset("want wants wanted wanting like likes liked".split())
_EN_AUX_BEFORE_HAPPEN = frozenset("will would could may might should must shall wo is are was were be been has have had to".split())


def happening_verb(w: list[str], noun_end: int) -> int | None:
    """Index of the verb of happening an English event noun is the subject of, if any.

    "The talks will take place in Cairo", "talks were held in Doha", "the summit
    begins on Monday": that verb only says the noun's event happens, so its place and
    time are the noun's.

    >>> happening_verb("the talks will take place in cairo".split(), 2)
    3
    >>> happening_verb("the talks failed".split(), 2) is None
    True
    """
    j = noun_end
    if j < len(w) and w[j] in _EN_NOUN_PREPS:
        # "talks between Israel and Hamas will take place": past the noun's own phrase
        k = next((k for k in range(j + 1, min(len(w), j + 9)) if w[k] in _EN_AUX_BEFORE_HAPPEN), None)
        if k is None or any(x in (",", ";", ":", '"', "that", "which", "who") for x in w[j:k]):
            return None
        j = k
    first = j
    while j < len(w) and j - first < 4 and (w[j] in _EN_AUX_BEFORE_HAPPEN or w[j] in _EN_ADVERBS):
        j += 1
    if j >= len(w):
        return None
    x = w[j]
    if x in ("take", "takes", "took", "taken", "taking") and w[j + 1 : j + 2] == ["place"]:
        return j
    if x in ("held", "staged", "convened") and j > noun_end:
        return j  # "talks were held", "talks will be held"
    if x in _EN_HAPPEN_FORMS:
        return j
    return None


_EN_NOUN_PREPS = frozenset("between with on over of among about".split())
_EN_HAPPEN_FORMS = frozenset(
    "happen happens happened occur occurs occurred resume resumes resumed begin begins began start starts "
    "started open opens opened".split()
)


#: nouns of intention ("في نيتها أن تتوصل إلى اتفاق"): what they intend is planned
_AR_INTENT_NOUNS = frozenset("نيته نيتها نيتهم نيتهما نيتنا".split())  # not نية: حسن نية, فنية, بنية تحتية
#: indefinite nouns that make the ما after them "some" ("شخص ما", "إلى حد ما"), no negation
_AR_SOME = frozenset("شخص شيء شي وقت مكان نوع حد يوم جهه طرف سبب امر مرحله".split())
#: adverbs that make the ما after them no negation ("غالبا ما", "كثيرا ما", "طالما")
_AR_OFTEN = frozenset("غالبا كثيرا نادرا قليلا عاده طال طالما قلما دايما".split())  # normalised: دائما -> دايما


_AR_WITHOUT = frozenset("دون بدون ودون وبدون".split())
#: nouns of happening or doing between "دون" and the act ("دون وقوع هجمات", "دون توجيه اتهام")
_AR_HAPPENING = frozenset("وقوع حدوث اندلاع تنفيذ حصول توجيه اجراء عقد تقديم اصدار رصد تسجيل".split())


def _without_ar(w: list[str], i: int) -> bool:
    """Whether the noun trigger at ``i`` follows "دون" (without, preventing), directly or through a
    noun of happening.

    >>> _without_ar("يستخدم الكاميرا دون طلب اذنك".split(), 3)
    True
    >>> _without_ar("للحيلوله دون وقوع هجمات".split(), 3), _without_ar("بعد وقوع هجمات".split(), 2)
    (True, False)
    """
    if i > 0 and w[i - 1] in _AR_WITHOUT:
        return True
    return i > 1 and w[i - 1] in _AR_HAPPENING and w[i - 2] in _AR_WITHOUT


#: "ways of": the act after them is sought, not done ("لبحث طرق دعم الأردن", "سبل تعزيز التعاون")
_AR_WAYS_OF = frozenset("طرق سبل اساليب وسايل".split())  # (not كيفية: "كيفية مقتله", how it happened)
def _ways_of_ar(word: str) -> bool:
    """Is ``word`` "ways of" (:data:`_AR_WAYS_OF`), with و / ف and ب / ل or without?

    >>> _ways_of_ar("وسايل"), _ways_of_ar("لطرق"), _ways_of_ar("وبسبل"), _ways_of_ar("طريق")
    (True, True, True, False)
    """
    if word in _AR_WAYS_OF:
        return True
    for x in (word[1:] if word[:1] in "وف" else word, word):
        if x in _AR_WAYS_OF or (x[:1] in "بل" and x[1:] in _AR_WAYS_OF):
            return True
    return False


#: "any" before an event noun: no event in particular ("أي ضربات", "لأي هجوم")
_AR_ANY = frozenset("اي لاي باي واي".split())
#: a proposal before "ل" + an act noun ("مقترحا لنشر قوات")
_AR_PROPOSALS = frozenset("مقترح مقترحا مقترحات اقتراح اقتراحا اقتراحات".split())
#: being able: negated, the act after it is not done ("لا يستطيع تأكيد هذا الاتهام أو نفيه")
_AR_CAN = frozenset("يستطيع تستطيع يستطيعون نستطيع استطيع يستطع تستطع نستطع يمكنه يمكنها يمكنهم يمكننا".split())
#: "in one's power" after a negated "to be" ("لم يكن بإمكان فرنسا أن تشن"), normalised
_AR_IN_POWER = frozenset("بامكان بامكانه بامكانها بامكانهم بمقدور بمقدوره باستطاعه باستطاعته".split())
#: verbs that only carry an event noun ("يوجه له اتهام", "تجري محادثات"), normalised
_AR_LIGHT_VERBS = frozenset("يوجه توجه يتم تتم يجر تجر يصدر تصدر يقع تقع يعقد تعقد يحدث تحدث يجري تجري".split())
#: a pronoun's preposition between such a verb and its noun
_AR_PRONOUN_PPS = frozenset("له لها لهم لهما اليه اليها اليهم ضده ضدها ضدهم عليه عليها عليهم".split())


def _future_light_verb_ar(word: str) -> bool:
    """Is ``word`` a light verb in the future (``ستقام``, ``وسيعقد``, ``ستجري``), which carries the
    event noun after it as one to come?

    >>> _future_light_verb_ar("ستقام"), _future_light_verb_ar("وستعقد"), _future_light_verb_ar("تعقد")
    (True, True, False)
    """
    bare = word[1:] if word[:1] in "وف" else word
    return bare[:1] == "س" and bare[1:] in _AR_CARRYING


#: light verbs and passives of holding an event ("تقام محادثات")
_AR_CARRYING = _AR_LIGHT_VERBS | frozenset("تقام يقام تنعقد ينعقد".split())


def _negated_light_verb_ar(w: list[str], i: int) -> bool:
    """Is the event noun at ``i`` carried by a negated light verb (``لم يوجه له اتهام``)?

    >>> _negated_light_verb_ar("ولم يوجه له اتهام".split(), 3), _negated_light_verb_ar("ووجه له اتهام".split(), 2)
    (True, False)
    """
    k = i - 1
    if k >= 0 and w[k] in _AR_PRONOUN_PPS:
        k -= 1
    return k >= 1 and w[k] in _AR_LIGHT_VERBS and w[k - 1].removeprefix("و") in ("لم", "لن")


def modality(view: SentenceView, m: Match, lo: int, *, imperfect: bool = False) -> str:
    """The modality of trigger ``m`` whose clause starts at token ``lo``."""
    w = view.words
    near = w[max(lo, m.start - 3) : m.start]
    clause = w[max(0, lo - 1) : m.start]  # with the word that opened the clause ("إذا", "if")
    if view.lang == "ar":
        bare = [x[1:] if x[:1] in "وف" and len(x) > 2 else x for x in near]
        if m.start > 1 and w[m.start - 1] == "ما" and w[m.start - 2].removeprefix("و") in _AR_OFTEN:
            pass  # "غالبا ما يتهمون", "طالما دعا": how often, no negation
        elif m.start > 1 and w[m.start - 1] == "ما" and w[m.start - 2] in _AR_SOME:
            pass  # "تبحث عن شخص ما وهددت السكان": some person, no negation
        elif m.start > 1 and w[m.start - 1] == "ما" and w[m.start - 2].removeprefix("و") in ("اذا", "كلما", "متي", "حيثما", "بعدما"):
            pass  # "إذا ما رُحّل إلى إيران": if, no negation (the condition is found below)
        elif m.start > 1 and w[m.start - 1] == "ما" and w[m.start - 2].removeprefix("و") in _AR_PREPS_BEFORE_WHAT:
            pass  # "ينسجم مع ما اتفق عليه قادة الدول الثلاث": what they agreed, no negation
        elif (
            m.start > 1 and w[m.start - 1] == "ما" and m.entry.kind == "v" and _resumptive(w, m)
            and w[m.start - 2].isalpha() and w[m.start - 2] not in ("و", "ف", "لكن", "ولكن", "ان", "انه", "انها")
        ):
            pass  # "كرر ما انتقده في السابق": what he had criticised (a pronoun takes it up), no negation
        elif _only_then(w, m.end):
            pass  # "لم يتم توقيفه إلا بعدها بست سنوات": arrested only later, not never
        elif m.start > 0 and (
            w[m.start - 1] in cues.AR_NEGATION or bare[-1:] and bare[-1] in ("لم", "لن", "لا", "ما")
        ):
            if m.start > 1 and w[m.start - 2].removeprefix("و") in ("اذا", "لو", "ان"):
                return HYPOTHETICAL  # "إذا لم تتعاون معهم": a condition, not a denial
            return NEGATED
        if any(x in ("لم", "لن", "ليس", "عدم") for x in bare[-2:]) and not _only_then(w, m.end):
            return NEGATED
        if m.entry.kind == "n" and m.start > 2 and w[m.start - 1] == "من" and any(
            w[k] in cues.AR_MANAGED and w[k - 1].removeprefix("و") in ("لم", "لن")
            for k in range(max(1, m.start - 8), m.start - 1)
        ):
            return NEGATED  # "ولم يتمكن المحققون من اعتقال أحد": not managed
        if m.entry.kind == "n" and m.start > 0 and _ways_of_ar(w[m.start - 1]):
            return PLANNED  # "لبحث طرق دعم الأردن": ways of supporting it are sought, none given yet
        if any(
            w[k] in ("يعني", "تعني") and w[k - 1] in ("لا", "ولا") and w[k + 1] in ("ان", "بان")
            and not any(x in cues.AR_STRONG_PUNCT for x in w[k : m.start])
            for k in range(max(1, m.start - 6), m.start - 1)
        ):
            return HYPOTHETICAL  # "لا يعني أن يوافق عليه مجلس النواب": not implied, not stated
        if m.entry.kind == "n" and m.start > 0 and w[m.start - 1] in _AR_ANY:
            if any(x.removeprefix("و") in ("لم", "لن", "دون", "بدون", "عدم") for x in w[max(0, m.start - 4) : m.start - 1]):
                return NEGATED  # "لكن لم تقع أي اشتباكات بين الطرفين": none at all
            return HYPOTHETICAL  # "ضرورة تقييم أي ضربات عقابية ضد سوريا": any strikes, none named
        if w[m.start][:1] == "ل" and m.start > 0 and w[m.start - 1] in _AR_PROPOSALS:
            return PLANNED  # "تدرس مقترحا لنشر قوات أميركية": a proposal, not done
        if any(
            w[k] in _AR_CAN and w[k - 1].removeprefix("و") in ("لا", "لم", "لن")
            and not any(x in ("،", ",") or x in cues.AR_STRONG_PUNCT for x in w[k : m.start])
            for k in range(max(1, m.start - 9), m.start)
        ):
            return NEGATED  # "لا يستطيع تأكيد هذا الاتهام أو نفيه": cannot, so does not
        if any(
            w[k] in _AR_IN_POWER and (
                w[k - 1] in ("ليس", "ليست") or w[k - 1] in ("يكن", "تكن", "يعد", "تعد") and k > 1 and w[k - 2].removeprefix("و") in ("لم", "لن")
            )
            and not any(x in ("،", ",") or x in cues.AR_STRONG_PUNCT for x in w[k : m.start])
            for k in range(max(1, m.start - 9), m.start)
        ):
            return NEGATED  # "لم يكن بإمكان فرنسا أن تشن بمفردها هجوما": it could not, and did not
        if any(
            w[k] in _AR_IN_POWER and w[k - 1].removeprefix("و") in ("كان", "كانت", "سيكون", "يكون")
            and not any(x in ("،", ",") or x in cues.AR_STRONG_PUNCT for x in w[k : m.start])
            for k in range(max(1, m.start - 9), m.start)
        ):
            return HYPOTHETICAL  # "وكان بإمكان فرنسا أن تشن هجوما": it could have
        if m.entry.kind == "n" and _negated_light_verb_ar(w, m.start) and not _only_then(w, m.end):
            return NEGATED  # "ولم يوجه له اتهام رسمي": no charge brought
        if any(w[k] in ("دون", "بدون", "ودون") and w[k + 1] == "ان" for k in range(max(m.start - 5, 0), m.start - 1)):
            return NEGATED  # "دون أن تقوم باعتقاله": without arresting him
        if m.entry.kind == "n" and any(
            x in ("وشيكه", "وشيك", "الوشيكه", "الوشيك") for x in w[m.end : m.end + 3]
        ) and not any(x in ("،", ",") or x in cues.AR_STRONG_PUNCT for x in w[m.end : m.end + 3]):
            return PLANNED  # "ضربة عسكرية غربية وشيكة ضد دمشق": imminent, not yet
        if m.entry.kind == "n" and m.start > 0 and _future_light_verb_ar(w[m.start - 1]):
            return PLANNED  # "حيث ستقام محادثات حول نزع السلاح": talks to be held
        if m.entry.kind == "n" and any(
            x in ("محتمل", "محتمله", "المحتمل", "المحتمله")
            for x in [y for y in w[m.end : m.end + 4] if y not in ('"', "«", "»", "“", "”")][:2]
        ):
            return HYPOTHETICAL  # "ضربات محتملة في سوريا", "هجوم كيميائي "محتمل"": possible, none known
        if _without_ar(w, m.start):  # (a verb form never follows دون: "دون طلب" is the noun)
            return NEGATED  # "دون طلب إذنك", "للحيلولة دون وقوع هجمات": without it, prevented
        if lo >= 1 and w[lo - 1] in ("ان", "بان"):
            clause = w[max(0, lo - 4) : m.start]  # "من المقرر أن يلتقي", "من المتوقع أن"
        plain = [y[1:] if y[:1] in "وف" else y for y in clause]
        if (
            any(x in ("اذا", "لو") for x in plain)
            or any(x in _AR_HOPE for x in plain[-6:])
            or _in_case_ar(clause)
        ):  # "في حال هاجمت إسرائيل إيران": a condition
            # "سيقرر ما إذا كان سيشن هجوما": whether, not a plan; "تأمل في أن يطلق سراحه": a hope
            return HYPOTHETICAL
        if m.start > 1 and w[m.start - 1] in ("ان", "بان") and w[m.start - 2].removeprefix("و") in _AR_MUST:
            return HYPOTHETICAL  # "يجب أن تسحب السفير": demanded, not done (and no intention of the agent)
        if (
            m.entry.kind == "n" and m.start > 2 and w[m.start - 2] in ("ان", "بان")
            and w[m.start - 3].removeprefix("و") in _AR_MUST
        ):
            return HYPOTHETICAL  # "يجب أن يواكبه دعم أمريكي": the noun of the verb demanded
        if m.entry.kind == "n" and m.start > 0 and w[m.start - 1].removeprefix("و") in _AR_THREATS and w[m.start][:1] == "ب":
            return PLANNED  # "تلقت تهديدات بالقتل": threatened, not done
        if m.entry.kind == "n" and m.start > 1 and w[m.start - 2] == "لا" and w[m.start - 1] in _AR_CONSTITUTE:
            return NEGATED  # "شخص لا يمثل تهديدا لأحد": no threat
        if m.entry.kind == "n" and m.start > 0 and w[m.start - 1] in _AR_NEED:
            return PLANNED  # "شدد على ضرورة انسحاب القوات": demanded, not done
        if (
            m.entry.kind == "n"
            and m.entry.plover in _AR_REFUSED_ACTS
            and not w[m.start].startswith("ل")
            and m.start > 0
            and w[m.start - 1].lstrip("وبل") in _AR_REFUSAL
        ):  # ("رفضه لعقوبات واشنطن المفروضة": sanctions rejected, imposed all the same)
            return NEGATED  # "بسبب رفضها الإفراج عن القس": refused, not done
        if _offered_ar(view, m):
            return PLANNED  # "عرض ترامب لقاء روحاني", "اقترح الرئيس الفرنسي عقد قمة": offered, not held
        if "؟" in w[m.end :] and any(x in _AR_ASK for x in plain + [y[1:] for y in plain]):
            return HYPOTHETICAL  # "كيف يمكن لقتل طفل ... مساعدة السلام؟": asked, not stated
        intent = [
            k for k, x in enumerate(plain)
            if x in cues.AR_PLANNED or x in _AR_WANT or x in _AR_INTENT_NOUNS or x in _AR_PLAN_FORMS
            or (x in _AR_PLEDGE and k >= len(plain) - 3)  # "متعهدا بإجراء تحقيق", not a pledge's far object
            or (x in _AR_INTERESTED and (k == len(plain) - 1 or (k >= len(plain) - 4 and w[m.start][:1] == "و")))
            # "مهتم بزيارة كوريا الشمالية ولقاء الزعيم"; not "غير مهتم بسبب رفض قنوات": a cause
            or (x == "نيه" and plain[k - 1 : k] == ["لا"])
        ]  # "لا نية لدينا لتمديد وقف إطلاق النار": no intention
        intent = [k for k in intent if not _scene_after(plain, k)]
        if plain and plain[-1] in ("بعد", "عقب", "اثر"):
            intent = []  # "كان من المقرر انعقاده ... بعد استقالة رئيس وزرائها": what came before the plan
        if any(x in _AR_EXPECT for x in plain[-4:]):
            return HYPOTHETICAL  # "وسط توقعات بأن تشن الولايات المتحدة ضربة": expected by others, not done
        if intent and any(x in cues.AR_NEGATION for x in plain[max(0, intent[-1] - 2) : intent[-1]]):
            return NEGATED  # "لا تعتزم توجيه ضربات", "لم يكن يريد ... عقوبات": no act, not even a plan
        if m.future or intent:
            return PLANNED
        if _not_fitting(w, m, lo):
            return NEGATED  # "من غير المناسب ... عقد هذا الاجتماع": it will not be held
        if m.entry.kind == "n" and ar_planned_noun(w, m):
            return PLANNED  # "القمة المرتقبة", "التحضير للقمة": not held yet
        if (
            m.entry.kind == "n"
            and (w[m.start - 1 : m.start] == ["من"] or (m.start > 1 and w[m.start - 2] == "من" and w[m.start - 1] in _AR_DOING))
            and any(x in _AR_PREVENT for x in plain[-16:])
        ):  # "لمنع ترامب من القيام بزيارة دولة"
            return NEGATED  # "منعت الشرطة الوزير من زيارة مدرسة": the visit did not take place
        cl = [x[1:] if x[:1] in "وف" and len(x) > 2 else x for x in clause]
        if any(x in ("اذا", "لو", "ربما", "يحتمل", "المحتمل", "احتمال") for x in cl):
            return HYPOTHETICAL
        if any(x.removeprefix("ب") in ("ذريعه", "حجه", "زعم") for x in w[max(lo, m.start - 2) : m.start]):
            return HYPOTHETICAL  # "بذريعة طرد إرهابيين أكراد", "تحت زعم محاربة الإرهاب": a pretext
        if any(
            w[k].removeprefix("و") == "من" and w[k + 1] in ("شان", "شانه", "شانها", "شانهم")
            and (w[k + 1] != "شان" or "ان" in w[k + 2 : m.start])  # not "قلل من شأن اتهامات" (belittled them)
            and not any(x in cues.AR_TIME_PREPS or x in ("،", ",") for x in w[k + 2 : m.start])
            for k in range(max(0, lo - 6, m.start - 9), m.start - 1)
        ):  # (not past "بعد": "عمل من شأنه أن يؤدي إلى تصعيد بعد الضربات الغربية")
            return HYPOTHETICAL  # "من شأن هذه التجارب أن تدمر البشرية": it could, it has not
        if m.entry.plover == "CONSULT" and m.entry.kind == "n" and m.start > 0 and w[m.start - 1].removeprefix("و") in _AR_CANCEL:
            return NEGATED  # "ألغى زيارته للمقر الجديد": the visit did not take place
        if (m.entry.kind == "n" or w[m.start] == m.entry.lemma.split("/")[0]) and any(
            x in ("امكان", "امكانيه", "بامكان", "احتمال", "باحتمال", "بتهمه", "بتهم", "تهمه") for x in w[max(lo, m.start - 3) : m.start]
        ):
            return HYPOTHETICAL  # "إمكان شن هجمات", "بتهمة الانتماء ودعم تنظيم داعش": possible, or alleged
        if "قد" in bare[-2:] and imperfect:
            return HYPOTHETICAL
        if m.entry.kind == "n" and any(
            cl[k] == "قد" and cl[k + 1] in ("يكون", "تكون") for k in range(max(0, len(cl) - 6), len(cl) - 2)
        ):  # (not the subject right after it: "وقد يكون تهديد كوريا الشمالية اختبارا")
            return HYPOTHETICAL  # "الانفجار الذي قد يكون ناجما عن غارة جوية": it may have been one
        if (
            m.entry.kind == "v" and m.start >= 2 and w[m.start - 1] in ("يكون", "تكون", "يكونوا", "يكونون")
            and w[m.start - 2].removeprefix("و").removeprefix("ف") == "قد"
        ):
            return HYPOTHETICAL  # "إن القائد قد يكون قتل في الغارة": he may have been killed
        if m.entry.kind == "n" and purpose(w, m.start):
            return PLANNED  # "لمساعدة بعضهما": a purpose, not an act
        if striven_for(w, m.start):
            return PLANNED  # "وسط مساع دبلوماسية للتوصل إلى اتفاق": sought, not reached
        return ASSERTED
    if m.entry.kind == "n" and failed_prevention(w, m.start):
        return ASSERTED  # "police failed to prevent the attack", "have not prevented attacks like ...": it took place
    start = m.start - len(near)
    if any(
        x in cues.EN_NEGATION
        and not (start + k > 0 and view.tokens[start + k].text[:1].isupper())
        and not (x == "no" and not _EN_CLAUSE_JOINS.isdisjoint(near[k + 1 :]))  # "in no danger and promised"
        # "ready without preconditions to hold talks" (not "without having to visit")
        and not (x == "without" and "to" in near[k + 1 :] and not near[k + 1].endswith("ing"))
        for k, x in enumerate(near)
    ):
        return NEGATED  # not a capitalised word inside the sentence: "won an Oscar for Boys Don't Cry, paid tribute"
    if m.entry.kind == "v" and _no_subject_of_passive(w, lo, m.start):
        return NEGATED  # "no such deal had been offered", "no one was arrested": it did not happen
    if m.start >= 2 and w[m.start - 2] in _EN_WANT and w[m.start].endswith(("ed", "en", "wn")):
        # "does not want it lifted", "wants them released": a wish, not an act
        return NEGATED if any(x in cues.EN_NEGATION for x in w[max(0, m.start - 5) : m.start - 2]) else PLANNED
    if m.start >= 2 and w[m.start - 1] == "to" and w[m.start - 2] in cues.EN_NEGATION:
        return NEGATED  # "failed to agree" (the verb "failed" may bound the clause)
    before = w[max(0, m.start - 5) : max(0, m.start - 3)]
    if m.entry.kind == "n" and any(x in cues.EN_NEGATION for x in before):
        return NEGATED  # "failed to renew the sanctions": the object of a negated verb
    if m.entry.kind == "n" and w[m.end : m.end + 1] and w[m.end] in _EN_PLANNED_AFTER:
        return PLANNED  # "a summit scheduled for April"
    if m.entry.kind == "n" and _ahead_of(w, m.start):
        return PLANNED  # "on the eve of a visit by Arafat", "ahead of talks": not yet
    if m.entry.kind == "n" and _feared(w, m.start):
        return HYPOTHETICAL  # "fears of industrial unrest", "the threat of a major assault": not (yet) taken place
    if m.entry.kind == "n" and not _EN_PREVENT.isdisjoint(w[max(0, m.start - 4) : m.start]):
        return HYPOTHETICAL  # "cannot prevent all terror attacks", "prevented the demonstration"
    if m.entry.kind == "n":
        # the noun as the subject of a modal: "more bombings will take place", "talks could resume"
        # ("the proposal would mean a hike" states the proposal: only verbs of happening count)
        nxt = [x for x in w[m.end : m.end + 5] if x not in _EN_ADVERBS][:3]
        if len(nxt) >= 2 and (nxt[1] in _EN_HAPPEN or nxt[1] == "be" and nxt[2:] and nxt[2] in _EN_HAPPEN):
            if nxt[0] in ("will", "shall", "wo"):
                return PLANNED
            if nxt[0] in ("would", "could", "may", "might", "should", "must"):
                return HYPOTHETICAL
        j = happening_verb(w, m.end)
        if j is not None:
            aux = set(w[max(m.end, j - 4) : j])
            if aux & {"will", "shall", "wo"}:
                return PLANNED
            if aux & {"would", "could", "may", "might", "should", "must"}:
                return HYPOTHETICAL
    window = clause[-6:]
    for k, x in enumerate(window):
        if x not in cues.EN_HYPOTHETICAL:
            continue
        following = window[k + 1] if k + 1 < len(window) else w[m.start]
        if x in ("suspected", "alleged") and following not in ("of", "to", "that", "by", w[m.start]):
            continue  # "suspected militants set fire": an adjective of the agent
        return HYPOTHETICAL
    if m.start >= 2 and w[m.start - 1] in ("help", "helps", "helped") and w[m.start - 2] == "to":
        return PLANNED  # "offered to help mediate"
    unrealised = _passive_infinitive(w, m)
    if unrealised:
        return unrealised  # "a meeting of Islamists to be held in London", "unlikely to be prosecuted"
    attempt = (
        m.start >= 2
        and w[m.start - 1] == "to"
        and w[m.start - 2] in _EN_DONE
    )
    if not attempt and (_planned_cue(clause[-6:] + [w[m.start]]) or ("to" in near[-1:] and m.entry.kind == "v")):
        return PLANNED
    return ASSERTED


#: words that open, after a comma, the scene of what came before ("، وذلك بعد ساعات من اتهام")
_AR_SCENE = frozenset("وذلك ذلك بعد عقب اثر وسط".split())  # ("ذلك": the clause words lose their و)


def _scene_after(words: list[str], k: int) -> bool:
    """Does a comma + a scene-setting word come after word ``k``, so that what follows is no
    longer in its scope ("أبدت استعدادها لإجراء محادثات، وذلك بعد ساعات من اتهام ...")?"""
    return any(
        words[j] in ("،", ",") and words[j + 1] in _AR_SCENE for j in range(k + 1, len(words) - 1)
    )


def _resumptive(w: list[str], m: Match) -> bool:
    """Does a pronoun on the verb, or on a preposition right after it, take up "ما" before it
    ("ما انتقده", "ما اتفق عليه"): "what", a relative, not "not"?"""
    word = w[m.start].removeprefix("و")
    nxt = w[m.end] if m.end < len(w) else ""
    if nxt in ("عليه", "عليها", "به", "بها", "فيه", "فيها", "منه", "عنه", "له"):
        return True
    forms = _verb_forms(m.entry.lemma)  # "تتهم" ends in هم but is no pronoun: the bare verb must be a form
    return any(word.endswith(suf) and word[: -len(suf)] in forms for suf in ("ه", "ها", "هم"))


@functools.lru_cache(maxsize=4096)
def _verb_forms(lemma: str) -> frozenset[str]:
    from kg.events.lexicon import arabic_verb_forms

    perfect, _, imperfect = lemma.partition("/")
    return frozenset(arabic_verb_forms(perfect, imperfect or None))


def _only_then(w: list[str], end: int) -> bool:
    """Does "إلا" (except) follow the trigger in its clause, making a negation before it restrictive
    ("لم يتم توقيفه إلا بعدها": he was arrested only later; "لا يزور إلا حلفاءه")?  Not "إلا أن"
    (however), which opens a new clause."""
    for k in range(end, min(end + 4, len(w))):
        x = w[k]
        if x in cues.AR_STRONG_PUNCT or x in ("،", ","):
            return False
        if x == "الا":
            return not (k + 1 < len(w) and w[k + 1].startswith("ان"))
    return False


#: nouns of striving before "ل" / "إلى" + masdar ("مساع للتوصل إلى اتفاق", "جهود لإنهاء الحرب")
_AR_EFFORTS = frozenset("مساع مساعي المساعي مساعيه مساعيها جهود الجهود جهودا جهوده جهودها جهودهم مسعي".split())
#: the efforts' forms that take a genitive (no article, no pronoun)
_AR_EFFORTS_CONSTRUCT = frozenset("مساعي جهود مسعي".split())


def striven_for(w: list[str], i: int) -> bool:
    """Is the trigger at ``i`` (with "ل", or after "إلى") what efforts seek, one or two words after
    the noun of effort ("مساع دبلوماسية للتوصل", "جهود دولية لوقف إطلاق النار")?"""
    if i > 0 and w[i - 1].removeprefix("و").removeprefix("ب") in _AR_EFFORTS_CONSTRUCT:
        return True  # "يضعف مشروع القانون مساعي فرض قيود": in construct with the efforts
    if i > 1 and w[i - 1][:1] == "ل" and len(w[i - 1]) > 3 and not w[i].startswith("ل") and striven_for(w, i - 1):
        return True  # "وسط مساع لفرض عقوبات": what the sought masdar governs
    if not (w[i].startswith("ل") or (i > 0 and w[i - 1] == "الي")):
        return False
    lo = i - 1 if w[i - 1 : i] == ["الي"] else i
    for k in range(lo - 1, max(-1, lo - 3), -1):
        if w[k] in ("،", ","):
            return False
        if w[k].removeprefix("و").removeprefix("ب") in _AR_EFFORTS:
            return True
    return False


def _in_case_ar(clause: list[str]) -> bool:
    """Does "في حال" / "في حالة" (in case) open a condition a few words before the trigger (the
    clause's last words), no comma between?  "في حال ثبوت ضلوعها باغتيال خاشقجي"."""
    for k in range(len(clause) - 2, max(-1, len(clause) - 14), -1):
        if clause[k + 1] in ("،", ",", ";", ":"):
            return False
        if clause[k] in ("في", "وفي") and clause[k + 1] in ("حال", "حاله"):
            return True
    return False


#: verbs of offering and proposing: the masdar they govern is offered, not done
_AR_OFFER = frozenset("عرض عرضت يعرض عرضوا اقترح اقترحت يقترح تقترح اقترحوا يقترحون".split())  # not تعرض: underwent


def _offered_ar(view: SentenceView, m: Match) -> bool:
    """Is Arabic trigger ``m`` offered or proposed: a masdar (or a bare perfect that reads as one) a
    few words after a verb of offering, only its subject between ("وعرض الرئيس الأمريكي دونالد
    ترامب لقاء الرئيس الإيراني"), or a verb in the أن clause such a verb governs ("اقترح الوزير
    أن تعقد القمة")?"""
    w = view.words
    word = w[m.start]
    for k in range(m.start - 1, max(-1, m.start - 4), -1):
        if w[k] in ("ان", "بان"):
            # "اقترح الوزير أن تعقد القمة": what is proposed
            for j in range(k - 1, max(-1, k - 5), -1):
                if w[j] in ("،", ",") or w[j] in cues.AR_STRONG_PUNCT:
                    return False
                if w[j].removeprefix("و") in _AR_OFFER:
                    return True
            return False
        if w[k] in ("،", ",") or w[k] in cues.AR_STRONG_PUNCT:
            break
    if m.entry.kind == "v" and word.removeprefix("و") != m.entry.lemma.split("/")[0]:
        return False  # a verb's own form; only a bare perfect can be the masdar ("اقترح ... عقد قمة")
    if word.startswith("ب") or (word.startswith("ل") and not word.startswith("ال")):
        from kg.events.lexicon import get_lexicon

        if word.startswith("ب") or not get_lexicon("ar").radical_lam(word):
            return False  # "عرض لبحث", "بلقاء": a phrase of its own ("لقاء" keeps its ل)
    for k in range(m.start - 1, max(-1, m.start - 7), -1):
        x = w[k]
        if x.removeprefix("و").removeprefix("ف") in _AR_OFFER:
            if x == "عرض" and k > 0 and w[k - 1] not in ("قد", "لقد", "وقد", "،", ",", "."):
                return False  # "عرض مسلسل", "عرض الخروج الآمن": a showing or an offer named, no verb of offering
            return not any(y.removeprefix("ال") in cues.AR_OUTLETS for y in w[k + 1 : m.start])  # "عرضت القناة لقاء": aired
        if x in ("،", ",") or x in cues.AR_STRONG_PUNCT or x in cues.AR_PREPOSITIONS or x in ("ان", "بان"):
            return False
    return False


#: prepositions before "ما" that make it "what", not "not" ("مع ما اتفق عليه")
_AR_PREPS_BEFORE_WHAT = frozenset("مع علي عن في الي من حول بشان".split())
#: cancelling a meeting or a visit right before its noun ("ألغى زيارته", "إلغاء القمة")
_AR_CANCEL = frozenset("الغي الغت الغاء والغاء لالغاء الغيت يلغي تلغي الغوا".split())  # not "بالغاء": "هدد بإلغاء"
#: first-person and plural forms of planning and intending ("لا نخطط لتدمير البنية التحتية")
_AR_PLAN_FORMS = frozenset("نخطط اخطط يخططون نعتزم اعتزم يعتزمون ننوي انوي ينوون".split())
#: "must" before أن: what follows is demanded ("يجب أن تسحب السفير")
_AR_MUST = frozenset("يجب يتوجب يتعين ينبغي يتحتم".split())
#: threats: the act named with ب after them is threatened ("تهديدات بالقتل")
_AR_THREATS = frozenset("تهديد تهديدات تهديدا التهديد التهديدات".split())
#: "does not pose / constitute" before a noun: "لا يمثل تهديدا"
_AR_CONSTITUTE = frozenset("يمثل تمثل يمثلون يشكل تشكل يشكلون".split())
#: a refusal right before an event noun: it did not take place ("رفضها الإفراج عن القس")
_AR_REFUSAL = frozenset("رفض رفضه رفضها رفضهم رفضت رفضوا يرفض ترفض يرفضون الرفض".split())
#: acts the one who refuses would have done: refused, they did not take place
_AR_REFUSED_ACTS = frozenset("RETREAT CONCEDE AGREE CONSULT AID COOPERATE".split())
#: "the necessity of": what follows is demanded ("ضرورة انسحاب القوات")
_AR_NEED = frozenset("ضروره بضروره وجوب بوجوب".split())
#: hoping states no act ("كانت الولايات المتحدة تأمل في أن يطلق سراحه")
_AR_HOPE = frozenset("يامل تامل نامل يامل ياملون يامله تامله امل امله املها املت "
                     "يتطلع تتطلع نتطلع اتطلع يتطلعون".split())  # "يتطلع إلى لقاء آخر": looks forward to it
#: question words: what a question asks about is not stated ("ما هي الجماعات التي تقاتل ...؟")
_AR_ASK = frozenset("هل كيف لماذا ماذا متي اين".split())
#: wanting is intending: "لم يكن يريد تصعيد الأزمة إلى عقوبات" (he did not want sanctions)
_AR_WANT = frozenset("يريد تريد نريد اريد يريدون يرغب ترغب نرغب يرغبون اردت اراد ارادت ارادوا".split())
#: forms of منع (prevent): the event noun after its "من" did not take place
_AR_PREVENT = frozenset("منع منعت منعوا منعا يمنع تمنع يمنعون تمنعان منعتها منعته لمنع بمنع".split())
#: adjectives after an Arabic event noun that put it in the future ("القمة المرتقبة")
_AR_PLANNED_AFTER = frozenset(
    "المرتقب المرتقبه المرتقبين المقبل المقبله المقرر المقرره المزمع المزمعه المنتظر المنتظره "
    "مرتقب مرتقبه مقبل مقبله مقرر مقرره مزمع مزمعه "
    "متوقع متوقعه المتوقع المتوقعه "  # "لقاء قمة متوقع": expected
    "سيعقد ستعقد سيجري ستجري سيقام ستقام".split()  # "لقاء سيعقد الأسبوع المقبل": to be held
)
#: future verbs of taking place: an event noun they follow within its clause is to come ("الاجتماع
#: بين بومبيو وأوغلو سيتم الجمعة")
_AR_WILL_TAKE_PLACE = frozenset("سيعقد ستعقد سيجري ستجري سيقام ستقام سيتم ستتم".split())
#: pledging and readiness: what follows is promised, not done ("متعهدا بإجراء تحقيق", "مستعدون للرد")
_AR_PLEDGE = frozenset("متعهدا متعهده متعهدين تعهد تعهدت يتعهد تتعهد تعهدوا مستعدون مستعدين".split())
#: being interested in: what one is interested in doing is not done ("الأسد مهتم بزيارة كوريا الشمالية")
_AR_INTERESTED = frozenset("مهتم مهتمه مهتمون مهتمين مهتمان مهتمتان".split())
#: expecting: what is expected has not happened ("توقعات بأن تشن الولايات المتحدة ضربة")
_AR_EXPECT = frozenset("توقعات توقع توقعت يتوقع تتوقع يتوقعون نتوقع".split())
#: masdars of doing between "من" and an event noun ("منعه من القيام بزيارة")
_AR_DOING = frozenset("القيام اجراء عقد شن تنفيذ".split())
#: nouns of preparing, whose object is not held yet ("التحضير للقمة", "للإعداد لقمة")
_AR_PREPARING = ("تحضير", "التحضير", "اعداد", "الاعداد", "الاستعداد", "استعداد", "التمهيد", "تمهيد")


def _not_fitting(w: list[str], m: Match, lo: int) -> bool:
    """``من غير المناسب / الممكن`` (it is not fitting / possible) within six words before an
    Arabic event noun, no clause break between; across the أن that opens the trigger's clause."""
    first = max(0, m.start - 7) if lo >= 1 and w[lo - 1] in ("ان", "بان") else max(0, lo - 1, m.start - 7)
    for k in range(first, m.start - 1):  # (across أن: "من غير الوارد بالنسبة لنا أن يسمح الأسد")
        if w[k] == "من" and (w[k + 1] == "غير" or w[k + 1] in ("المستحيل", "المتعذر")):
            # ("من المستحيل معاقبة مالكي هذه العقارات أو مصادرتها": impossible, sixteenth session)
            return not any(x in cues.AR_STRONG_PUNCT or x in ("،", ",") for x in w[k : m.start])
    return False


def ar_planned_noun(w: list[str], m: Match) -> bool:
    """An Arabic event noun that names a future event: an adjective of expectation after it
    (``القمة المرتقبة``, ``الزيارة المقبلة``) or a noun of preparing before it (``التحضير للقمة``).

    >>> from kg.events.lexicon import get_lexicon
    >>> ws = "مستمرة في التحضير للقمه المرتقبه".split()
    >>> ar_planned_noun(ws, get_lexicon("ar").find(ws)[0])
    True
    """
    if any(x in _AR_PLANNED_AFTER for x in w[m.end : m.end + 2]):
        return True
    for x in w[m.end : m.end + 7]:
        if x in cues.AR_STRONG_PUNCT or x in ("،", ",") or x in cues.AR_RELATIVE:
            break
        if x in _AR_WILL_TAKE_PLACE:
            return True
    prev = w[m.start - 1] if m.start > 0 else ""
    # "التحضير", "والتحضير", "للإعداد" (ل + الإعداد)
    stems = [prev[k:] for k in range(3) if all(c in "وفل" for c in prev[:k])]
    return any(x.startswith(_AR_PREPARING) for x in stems) and w[m.start].startswith("ل")


def _ahead_of(w: list[str], noun: int) -> bool:
    """Is an English event noun the object of "on the eve of", "ahead of", "in the run-up to"?"""
    before = w[max(0, noun - 6) : noun]
    for j in range(len(before) - 1):
        pair = (before[j], before[j + 1])
        if pair in (("eve", "of"), ("ahead", "of"), ("run-up", "to"), ("advance", "of")) or (
            pair == ("up", "to") and j > 0 and before[j - 1] == "run"
        ):
            # the noun follows within the phrase: at most a determiner, modifiers or a name
            return not any(x in (",", ";", ".", "that", "which", "who") for x in before[j + 2 :])
    return False


def failed_prevention(w: list[str], noun: int) -> bool:
    """Was an English event noun at ``noun`` not prevented: "failed to prevent the attack",
    "did not / could not avert the bombing" (it took place)?  "cannot prevent all attacks" is
    a general statement (hypothetical), not a failure.

    >>> failed_prevention("police failed to prevent the attack".split(), 5)
    True
    >>> failed_prevention("we cannot prevent all attacks".split(), 4)
    False
    """
    for p in range(max(0, noun - 4), noun):
        if w[p] not in _EN_PREVENT:
            continue
        prev = w[max(0, p - 2) : p]
        return (prev[-1:] == ["to"] and prev[:1] in (["failed"], ["unable"])) or bool(
            set(prev) & _EN_FAILED_NEGATION and not set(prev) & {"cannot", "can't", "can’t", "can"}
        )
    return False


#: negations that, before "prevent", say it was not prevented ("could not", "did not", "didn't")
_EN_FAILED_NEGATION = frozenset(["not", "never"]) | (cues.EN_NEG_MODALS - {"cannot", "can't", "can’t"})


def _no_subject_of_passive(w: list[str], lo: int, verb: int) -> bool:
    """Is an English passive's subject phrase opened by *no* (*no such deal had been offered*, *no one
    was arrested*)?  A form of *be* right before the participle and *no* within six words before it,
    in its clause, with no comma, *and* or *but* after it."""
    if verb < 2 or w[verb - 1] not in ("been", "be", "was", "were", "is", "are"):
        return False
    for k in range(verb - 2, max(lo - 1, verb - 8), -1):
        if w[k] in _EN_CLAUSE_JOINS or w[k] in cues.EN_STRONG_PUNCT:
            return False
        if w[k] == "no":
            return True
    return False


#: what joins a second clause or verb phrase after a "no" + noun: the "no" stays in the first
_EN_CLAUSE_JOINS = frozenset(["and", "but", ","])
#: what is feared is not yet done: "fears of", "the risk of", "the threat of" an event noun
_EN_FEARED = frozenset("fear fears risk risks danger dangers threat threats spectre specter".split())


def _feared(w: list[str], noun: int) -> bool:
    """Is an English event noun what is feared or risked (*fears of industrial unrest*, *the threat of
    a major assault*, *at risk of legal action*): *of* and at most three words (an article, adjectives)
    between?"""
    for k in range(noun - 1, max(-1, noun - 5), -1):
        if w[k] == "of":
            return k > 0 and w[k - 1] in _EN_FEARED
        if w[k] in cues.EN_PREPOSITIONS or w[k] in cues.EN_STRONG_PUNCT or w[k] == ",":
            return False
    return False


def _passive_infinitive(w: list[str], m: Match) -> str | None:
    """The modality of an English verb in a passive infinitive (*to be held*, *to be formally
    signed*): what is yet to be done (PLANNED), or may be (HYPOTHETICAL after *likely*, *unlikely*);
    None when the infinitive states what was done (*the twelfth man to be arrested*, *the first
    athlete to be banned*, *honoured to be asked*) or what is reported (*believed to be armed*)."""
    j = m.start - 1
    if j >= 0 and w[j].endswith("ly") and w[j] not in ("likely", "unlikely"):
        j -= 1  # "to be formally signed"
    if j < 1 or w[j] != "be" or w[j - 1] != "to":
        return None
    gov = w[j - 2] if j >= 2 else ""
    if gov in _EN_REPORTED or gov in _EN_GLAD:
        return None
    if any(x in _EN_ORDINALS or x.endswith("th") and x[:-2].isalpha() and len(x) > 4 for x in w[max(0, j - 5) : j - 1]):
        return None  # "the first athlete to be banned", "the twelfth man to be arrested"
    return HYPOTHETICAL if gov in ("likely", "unlikely", "possible", "may", "might", "could") else PLANNED


#: verbs of report before "to be": what they report is the clause's own business (*believed to be armed*)
_EN_REPORTED = frozenset(
    "believed said reported thought understood alleged known claimed rumoured feared seems seem seemed "
    "appears appear appeared found".split()
)
#: how someone felt to undergo it: it happened (*honoured to be asked*)
_EN_GLAD = frozenset(
    "honoured honored honour honor privilege pleasure proud delighted pleased happy lucky sorry surprised shocked".split()
)
_EN_ORDINALS = frozenset("first second third last latest only next".split())


def _planned_cue(words: list[str]) -> bool:
    """A future marker among the words before a trigger: a modal (will, would, shall), or a word
    of planning followed by "to" ("plans to", "is expected to"); not the noun of "the plans drew"."""
    last = len(words) - 1  # the trigger
    for k, x in enumerate(words[:-1]):
        if x in cues.EN_PLANNED and (
            x in ("will", "would", "shall")
            or "to" in words[k + 1 : k + 3]
            or "for" in words[k + 1 : k + 2]  # "prepared for an attack"
            or (x in ("planned", "scheduled", "expected") and last - k <= 2)  # "the planned attack"
        ):
            return True
    return False


_AR_PURPOSE_BEFORE = frozenset("اجل بهدف لغرض بغيه سعيا خطط خطه".split())  # "خطط للغزو": plans
#: verbs of aiming before "إلى" + masdar ("يهدف إلى دعم", "تسعى إلى")
_AR_AIM = frozenset("يهدف تهدف يهدفان تهدفان يهدفون هدف هدفت يسعي تسعي يسعون نسعي اسعي سعي سعت يرمي ترمي".split())
#: "aims at" before a masdar, its object ("تستهدف الحكومة خفض العجز")
_AR_TARGETING = frozenset("يستهدف تستهدف نستهدف يستهدفون تستهدفان".split())
#: likeness before a masdar with "ل" ("في ظروف مشابهة لخطف تلميذات شيبوك"): a comparison, no purpose
_AR_LIKE = frozenset("مشابهه مشابه مماثله مماثل شبيهه شبيه مطابقه مطابق".split())
#: ordinals and days before a masdar with "ل" ("اليوم الأول لزيارته"): a part of the event, no purpose
_AR_PART_OF = frozenset("الاول الاولي الثاني الثانيه الثالث الثالثه الاخير الاخيره اليوم ايام".split())
#: verbs whose "ل" introduces what befell the subject, not a purpose (تعرضت لهجوم)
_AR_UNDERGO = ("تعرض", "يتعرض", "تتعرض", "تعرضت", "تعرضوا", "يتعرضون",
               "تصدت", "تصدي", "يتصدي", "تتصدي", "التصدي",  # "تصدت الدفاعات لهجوم صاروخي": it came
               "خضع", "يخضع", "تخضع", "خاضع", "الخاضع")  # "وخاضع لعقوبات أمريكية منذ نيسان": in force


#: past forms of "used": what a thing was used for was done ("استخدم لتسميم سكريبال")
_AR_USED = frozenset("استخدم استخدمت استخدما استخدموا استعمل استعملت استعملوا".split())
#: verbs of blame and praise: a masdar with a pronoun after their object is their cause ("لدعمها")
_AR_BLAME = frozenset(
    "هاجم هاجمت هاجموا انتقد انتقدت انتقدوا ادان ادانت ندد نددت لام لامت اتهم اتهمت شكر شكرت اشاد اشادت "
    "عاقب عاقبت".split()
)


def purpose(w: list[str], i: int) -> bool:
    """A masdar of purpose: ``لمساعدة`` (to help), ``من أجل إطلاق``, ``بهدف``."""
    prev = w[i - 1] if i > 0 else ""
    prev = prev[1:] if prev[:1] in "وف" and len(prev) > 3 else prev
    if prev in _AR_PURPOSE_BEFORE:
        return True
    if (
        not w[i].removeprefix("و").startswith("ال")  # "وتستهدف العقوبات قطاع السيارات": the subject
        and any(w[k].removeprefix("و") in _AR_TARGETING for k in range(max(0, i - 3), i))
        and not any(x in ("،", ",") or x in cues.AR_STRONG_PUNCT for x in w[max(0, i - 3) : i])
    ):
        return True  # "وتستهدف السعودية دعم المنشآت": an aim
    if prev == "الي":
        # "يهدف إلى دعم", "سعت روسيا إلى دعم الأسد", "تهدف ورشة العمل التي ... إلى مساعدة": an aim
        for k in range(i - 2, max(-1, i - 13), -1):
            if w[k] in ("،", ",") or w[k] in cues.AR_STRONG_PUNCT:
                break
            if w[k].removeprefix("و") in _AR_AIM:
                return True
    word = w[i]
    if word.endswith(("ها", "ه", "هم")) and any(x.removeprefix("و") in _AR_BLAME for x in w[max(0, i - 6) : i]):
        return False  # "هاجم موسكو لدعمها الأسد": for its support (a cause), not to support
    if not word.startswith("ل") or word.startswith(("لل", "ال")) or prev in _AR_PART_OF or prev in _AR_LIKE:
        return False  # "في اليوم الأول لزيارته البلاد": the first day of his visit; "مشابهة لخطف": like it
    if prev in _AR_USED:
        return False  # "غاز الأعصاب الذي استخدم لتسميم الجاسوس": it was used so, the poisoning happened
    if any(x.lstrip("وف").startswith(_AR_UNDERGO) for x in w[max(0, i - 4) : i]):
        return False
    for k in range(i - 5, max(-1, i - 11), -1):  # "تعرض الصحافي علي الأمين في بلدته شقرا لاعتداء"
        if w[k] in ("،", ",") or w[k] in cues.AR_STRONG_PUNCT:
            break
        if w[k].lstrip("وف").startswith(_AR_UNDERGO):
            return False
    from kg.events.lexicon import get_lexicon

    return not get_lexicon("ar").radical_lam(word)  # "خلال لقاء مع": a meeting, held


def reporters(view: SentenceView) -> tuple[set[str], list[int]]:
    """Entity keys that report this sentence and the token positions of their frames.

    Computed once per sentence (the result is shared: do not change it).

    Returns:
        ``(keys, frame_tokens)``: the reporters and every token index that
        belongs to a reporting frame (verb and reporter), so that no argument is
        taken from it.
    """
    got = view.cache.get("reporters")
    if got is None:
        got = view.cache["reporters"] = _reporters(view)
    return got  # type: ignore[return-value]


_EN_DETERMINERS = frozenset("the a an his her its their one".split())


#: words with ب between a verb of reporting and its reporter that open no reported content
#: ("قال المتحدث باسم الكرملين", "قالت بدورها الوزارة")
_AR_BI_WORDS = frozenset("باسم بدوره بدورها بدورهم بحسب بدوري".split())


#: Arabic :func:`_reporters` looks at a sentence only if :func:`_ar_reporting` lets one of its words
#: through (speed only; False: every sentence, for the tests)
AR_REPORTING_WORDS = True


@functools.lru_cache(maxsize=1 << 15)
def _ar_reporting(word: str) -> bool:
    """Can an Arabic word open a reporting frame (cached: news repeats its words)?  What
    :func:`_reporters` asks of a word before anything else, of the word and of the word without
    a first و / ف both (whichever its test reads), less the words after ``جاء``."""
    return any(
        bare in cues.AR_REPORT_VERBS or bare in cues.AR_ACCORDING or bare.startswith(("حسبما", "بحسب"))
        or bare in ("جاء", "وجاء")
        for bare in ((word, word[1:]) if word[:1] in "وف" else (word,))
    )


def _reporters(view: SentenceView) -> tuple[set[str], list[int]]:
    w = view.words
    keys: set[str] = set()
    frame: list[int] = []
    if view.lang == "ar":
        if AR_REPORTING_WORDS and not any(map(_ar_reporting, w)):
            return keys, frame  # no word can open a reporting frame (about half the sentences)
        for i, word in enumerate(w):
            bare = word[1:] if word[:1] in "وف" and (word[1:] in cues.AR_REPORT_VERBS or word[1:] in cues.AR_ACCORDING) else word
            according = bare in cues.AR_ACCORDING or bare.startswith(("حسبما", "بحسب")) or (
                bare in ("جاء", "وجاء") and "في" in w[i + 1 : i + 3]
            )  # "وجاء في صحيفتي تايمز وإيفنينغ ستاندرد أنه": what the papers say
            if bare not in cues.AR_REPORT_VERBS and not according:
                continue
            # the reporter: first ORG/PER chunk within 6 tokens, before any "أن"/"إن"
            for c in view.chunks:
                if c.start <= i or c.start - i > 7:
                    continue
                gap = w[i + 1 : c.start]
                if any(g in ("ان", "بان") for g in gap):
                    break
                if any(g[:1] == "ب" and len(g) > 4 and g not in _AR_BI_WORDS for g in gap):
                    break  # "وأفادت أنباء بمقتل 83 مسلحا من ميليشيات الحوثي": what is reported, not who
                if according and any(g in ("،", ",", "فان") or g in cues.AR_RELATIVE for g in gap):
                    break  # "وحسب الوكالة، دعا الملك سلمان": the agency (no name) reports; the king acts
                media = any(g in cues.AR_MEDIA for g in gap) or c.label == "ORG"
                if c.label in ("ORG", "PER") and (according or media or c.label == "PER"):
                    # a person after "قال" speaks; an agency reports
                    if (
                        c.label == "PER"
                        and not according
                        and bare not in ("قال", "قالت", "اضاف", "اضافت", "صرح", "صرحت")
                    ):
                        break
                    keys.add(c.key)
                    frame.extend(range(i, c.end))
                    end = c.end
                    for d in view.chunks:  # "صحيفتي تايمز وإيفنينغ ستاندرد": the papers joined by و
                        if d.start == end and d.label == c.label and w[d.start].startswith("و"):
                            keys.add(d.key)
                            frame.extend(range(end, d.end))
                            end = d.end
                    # "قال المتحدث باسم الكرملين، ديمتري بيسكوف،": the spokesman named after the
                    # body he speaks for reports too (he is no argument of what he says)
                    nxt = next((d for d in view.chunks if d.start >= c.end), None)
                    if (
                        nxt is not None
                        and nxt.label == "PER"
                        and c.start > 0
                        and w[c.start - 1] == "باسم"
                        and all(g in ("،", ",") for g in w[c.end : nxt.start])
                        and nxt.start - c.end <= 1
                    ):
                        keys.add(nxt.key)
                        frame.extend(range(c.end, nxt.end))
                break
        return keys, frame
    # only the verbs of reporting (and "according") do anything below: the rest are passed over at once
    for i, word in [(i, x) for i, x in enumerate(w) if x in cues.EN_REPORT_VERBS]:
        if word == "according" and i + 1 < len(w) and w[i + 1] == "to":
            for c in view.chunks:
                if c.start > i and c.start - i <= 4 and c.label in ("ORG", "PER"):
                    keys.add(c.key)
                    frame.extend(range(i, c.end))
                    break
            continue
        if i > 0 and w[i - 1] in ("the", "a", "an", "its", "their", "his", "her"):
            continue  # "criticised the reported rivalry": an adjective
        # "X said", "..., X said Monday."; "reports" right after its reporter only ("Reuters reports"),
        # else it is a noun ("Tony Blair has dismissed reports ...")
        reach = 1 if word == "reports" else 3
        prev = [c for c in view.chunks if c.end <= i and i - c.end <= reach and c.label in ("ORG", "PER")]
        gap = w[prev[-1].end : i] if prev else []
        closing = len(w) - i <= 5 and not {"that", "it", "he", "she", "they"} & set(w[i + 1 :])
        if closing and gap[:1] == [","] and gap[1:2] and gap[1] in _EN_DETERMINERS and gap[-1] != ",":
            continue  # "talks with his counterpart Tang Jiaxuan , the spokesman said": the spokesman says
        if prev and not prev[-1].mention.attrs.get("anaphor"):
            # a pronoun that speaks ("anything he said") is no source: kg.events.anaphora
            keys.add(prev[-1].key)
            frame.extend(range(prev[-1].start, i + 1))
    return keys, frame
