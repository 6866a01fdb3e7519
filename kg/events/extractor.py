"""Event and relation extraction for one document: the step the pipeline calls.

For every sentence: find triggers (:mod:`kg.events.lexicon`), drop nominal
triggers that only name the content of a verb before them (``ناقشا أهمية
التعاون``, ``اتهمت ... بتقديم مساعدات``), find reporters, clauses, roles,
modality and the time expression, and add :class:`kg.model.Event` objects; then
add the relations of :mod:`kg.events.relations`.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from dataclasses import replace

from kg.events import confidence as event_confidence
from kg.events import cues, groups, market_en, senses_ar, senses_en
from kg.events.anaphora import History, own_country_ar
from kg.events.anaphora import resolve as resolve_anaphora
from kg.events.criticism import criticisms, demands, possible_demand
from kg.events.criticism import possible as possible_criticism
from kg.events.lexicon import Match, arabic_actor_forms, get_lexicon
from kg.events.metonymy import idle_places, states
from kg.events.modality import (
    ar_planned_noun,
    failed_prevention,
    happening_verb,
    modality,
    purpose,
    reporters,
    striven_for,
)
from kg.events.relations import find_relations
from kg.events.roles import (
    _MASCULINE_STATES_AR,
    _QUANTITY_AR,
    _STATE_HEADS_AR,
    Roles,
    _groups,
    clause_bounds,
    counted_time_ar,
    find_roles,
    objective_noun_ar,
    parse_target_en,
    relatives,
    title_gender_ar,
)
from kg.events.sentence import Chunk, SentenceView, build_view, mention_order, tag_view
from kg.events.speech_ar import add_speech_events, endangering, speaker_before
from kg.events.sports import (
    SPORTS_SENSES,
    SPORTS_SENSES_EN,
    on_field_en,
    play,
    play_en,
    play_sense_en,
    sports_document,
    sports_document_en,
)
from kg.events.timex import AR_WEEKDAYS, Timex, resolve_anchored
from kg.events.typing_en import retype_en
from kg.model import (
    ASSERTED,
    HYPOTHETICAL,
    NEGATED,
    PLANNED,
    PLOVER_CATEGORIES,
    Document,
    Event,
    Mention,
    Relation,
    Span,
)
from kg.text.arabic import drop_conjunction, normalize

#: a token's start and text (kg.text.tokenize.Token), for map()
_START, _TEXT = operator.itemgetter(0), operator.itemgetter(2)

#: a nominal trigger this close after a verb trigger names that verb's content
_CONTENT_WINDOW = 14


def _mask_abbreviation_stops(words: list[str]) -> None:
    """The full stops of ``U . S .`` / ``U . N .`` and the decimal points of ``12 . 8bn``
    (as kg's tokeniser splits them) end no clause."""
    if "." not in words:
        return
    # (a stop masked here reads the same to the test of the next one: "·" is no letter or digit either)
    for i in [i for i, w in enumerate(words) if w == "." and i]:
        if (len(words[i - 1]) == 1 and words[i - 1].isalpha()) or (
            words[i - 1].isdigit() and i + 1 < len(words) and words[i + 1][:1].isdigit()
        ):
            words[i] = "\u00b7"


def _is_imperfect(view: SentenceView, m: Match) -> bool:
    lex = get_lexicon(view.lang)
    for stem, _ in lex.analyses(view.words[m.start], verb=True):
        for f in lex.own.get(stem, ()):
            if f.entry is m.entry:
                return f.imperfect
    return False


#: verbs whose following nouns name what is said / discussed / alleged, not new events (an
#: English statement verb's object is the act it announces: "announced a suspension of links")
_COMMUNICATIVE = {"CONSULT", "ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN", "AGREE", "AID"}
#: events that answer a request or a charge: the noun they govern is their object, not an event
_RESPONSES = {"CONCEDE", "REJECT", "RETREAT"}


def _keep(view: SentenceView, matches: list[Match]) -> list[Match]:
    """Drop non-events and nominal triggers that are the content of a verb trigger.

    Also: violence whose subject is an actor noun of protest (``هاجم المتظاهرون``,
    protesters attacked) is a violent protest (PROTEST, CAMEO 145), as PLOVER codes
    it; an actor noun adds a PROTEST event only when the sentence has none.
    """
    out: list[Match] = []
    strong = cues.AR_STRONG_PUNCT if view.lang == "ar" else cues.EN_STRONG_PUNCT
    last_verb: Match | None = None
    ctx_hits = {m.context_at for m in matches if m.context_at is not None}
    actors = [m for m in matches if m.entry.kind == "a"]
    protesters_act = False
    for m in matches:
        if m.entry.plover not in PLOVER_CATEGORIES:
            if m.entry.kind == "v":
                last_verb = m  # a known verb without an event still governs its content
            continue
        if m.start in ctx_hits and m.entry.kind in ("n", "a"):
            continue  # "أعرب عن دعمه": the noun is the verb's context word
        if m.entry.kind == "n" and _modifier(view, m):
            continue  # "riot police", "aid agency", "protest leaders": a noun modifying a noun
        if m.entry.kind == "n" and _of_object(view, m, matches):
            continue  # "the suspension of aid", "the threat of air strikes": the noun's object
        if m.entry.kind == "n" and _protested(view, m, out):
            continue  # "احتجاجا على مقتل فتى", "protesting the killing of": what is protested
        if (
            m.entry.kind == "n"
            and last_verb is not None
            and last_verb.entry.plover == m.entry.plover
            and last_verb.entry.source == "kg"
            and m.start - last_verb.end <= 8
            and not any(w in strong for w in view.words[last_verb.start : m.start])
            and not _foiled(view, m)
        ):
            continue  # "اغتيل في انفجار عبوة", "killed in a bombing": the same event, named again
        if m.entry.kind == "n" and _foiled(view, m):
            out.append(m)  # "أنقذ المنشأة من هجوم", "foiled an attack": the attempt is an event
            continue
        if (
            m.entry.kind == "n"
            and last_verb is not None
            and _states(last_verb)
            and (
                last_verb.entry.plover in _COMMUNICATIVE
                or last_verb.entry.cameo[:2] == "02"
                or (last_verb.entry.cameo[:2] == "01" and view.lang == "ar")
            )
            and m.start - last_verb.start <= _CONTENT_WINDOW
            and not any(w in strong for w in view.words[last_verb.start : m.start])
            # (an Arabic adverbial accusative after a comma is the main clause's: "إضراب عام دعت له
            # النقابات ...، احتجاجا على مشروع قانون": in protest, not what was called for)
            and not (view.lang == "ar" and _adverbial_after_comma_ar(view, last_verb.end, m))
        ):
            continue
        if (
            view.lang == "en"
            and m.entry.kind == "n"
            and last_verb is not None
            and last_verb.entry.plover in PLOVER_CATEGORIES
            and 0 <= m.start - last_verb.end <= 4
            and not any(
                w in strong or w == "," or w in cues.EN_PREPOSITIONS
                for w in view.words[last_verb.end : m.start]
            )
        ):
            continue  # "lift embargoes and other sanctions": the verb's object, not an event of its own
        if (
            view.lang == "en"
            and m.entry.kind == "v"
            and view.tags is not None
            and view.tags[m.start] == "VBG"
            and any(
                p.entry.kind in ("n", "a") and p.end == m.start and p.entry.plover != m.entry.plover
                for p in matches
            )
        ):
            continue  # "a demonstration calling for ...": what the protest demands, not a second event
        if m.entry.kind == "v":
            last_verb = m
            # "demonstrators were arrested": the protesters undergo it
            passive = view.lang == "en" and any(
                x in ("was", "were", "been", "being", "is", "are")
                for x in view.words[max(0, m.start - 2) : m.start]
            )
            if (
                m.entry.plover in ("ASSAULT", "COERCE")
                and not passive
                and (
                    # English is SVO: protesters after the verb undergo it ("police arrested 12
                    # protesters", "fired on protesters"); Arabic verbs may come first
                    any(
                        0 <= m.start - a.end <= 3 if view.lang == "en" else (
                            -4 <= a.start - m.end <= 3
                            # (after an Arabic verb a plural in ين is its object: "منعت السلطات
                            # الأمنية المتظاهرين من نصب خيام")
                            and not (
                                a.start >= m.end and view.words[a.end - 1].endswith("ين")
                                and view.words[a.start - 1] not in _AR_COUNTING  # "هاجم آلاف المتظاهرين"
                            )
                        )
                        for a in actors
                    )
                    or (protesters_act and _pro_drop(view, m))
                )
            ):
                m = m._replace(entry=replace(m.entry, plover="PROTEST", cameo="145"))
                protesters_act = True  # "أحرق متظاهرون ... وأطلقوا": the same protesters go on
        out.append(m)
    if view.lang == "en" and view.tags is not None:
        # protesters as the object of a verb ("police dispersed demonstrators") state no protest
        first_verb = next(
            (i for i, t in enumerate(view.tags) if t in ("VBD", "VBZ", "VBP", "MD")), len(view.tags)
        )
        out = [m for m in out if m.entry.kind != "a" or m.start < first_verb]
        # ... and so do protesters who undergo it ("demonstrators were arrested")
        out = [
            m
            for m in out
            if m.entry.kind != "a"
            or not any(x in ("was", "were", "been", "being") for x in view.words[m.end : m.end + 3])
        ]
    if any(m.entry.plover == "PROTEST" and m.entry.kind != "a" for m in out):
        out = [m for m in out if m.entry.kind != "a"]
    elif actors:
        out = [m for m in out if m.entry.kind != "a" or m is actors[0] or m.start == actors[0].start]
    return out


_EN_OF_WORDS = frozenset(["of", "the", "a", "an", "its", "their", "his", "her"])


def _of_object(view: SentenceView, noun: Match, matches: list[Match]) -> bool:
    """Is an English noun trigger the ``of`` object of an event noun before it (``suspension of aid``)?"""
    if view.lang != "en":
        return False
    w = view.words
    for p in matches:
        if p.entry.kind != "n" or p.end >= noun.start or p.entry.plover == noun.entry.plover:
            continue
        between = w[p.end : noun.start]
        if between[:1] == ["of"] and all(x in _EN_OF_WORDS for x in between):
            return True
    return False


def _modifier(view: SentenceView, noun: Match) -> bool:
    """An English noun trigger directly followed by a common noun modifies it (``riot police``)."""
    if view.lang != "en" or view.tags is None or noun.end >= len(view.words):
        return False
    nxt = view.tags[noun.end]
    return nxt in ("NN", "NNS") and view.words[noun.end].isalpha()


_EN_FUNCTION = frozenset(
    "to with on for in at of from by against over into about the a an up down out off back as".split()
)


def _function_pattern(m: Match) -> bool:
    """Is a dictionary pattern made of English function words only (``come * to``)?"""
    words = [w for slot in (*m.entry.after, *m.entry.before) for alt in slot for w in alt.split()]
    return bool(words) and all(w in _EN_FUNCTION for w in words)


def _states(m: Match) -> bool:
    """Can this match state an event?  A dictionary row's bare default code never does."""
    return m.entry.source == "kg" or bool(m.entry.after or m.entry.before)


def _protested(view: SentenceView, noun: Match, before: list[Match]) -> bool:
    """A noun after "على" / "ضد" / "against" right after a protest or accusation trigger."""
    w = view.words
    if noun.start < 1:
        return False
    prep = w[noun.start - 1]
    if prep not in ("علي", "ضد", "against", "over"):
        # "in protest of the government's refusal": what is protested
        return "of" in w[max(0, noun.start - 5) : noun.start] and any(
            x.startswith("protest") for x in w[max(0, noun.start - 7) : noun.start]
        )
    return any(
        b.entry.plover in ("PROTEST", "ACCUSE", "REJECT") and 0 <= noun.start - 1 - b.end <= 2 for b in before
    ) or any(
        w[i].lstrip("وفل").startswith(("احتجاج", "تنديد", "المحتج", "محتج"))
        for i in range(max(0, noun.start - 3), noun.start - 1)
    )


def _pro_drop(view: SentenceView, m: Match) -> bool:
    """An Arabic verb with no named subject right after it (a plural pronoun subject: وأطلقوا)."""
    if view.lang != "ar":
        return False
    return view.words[m.start].endswith(("وا", "ون")) or not any(c.start == m.end for c in view.chunks)


_FOIL_AR = ("انقذ", "ينقذ", "تنقذ", "احبط", "يحبط", "تحبط", "افشل", "يفشل", "تفشل", "حمي", "يحمي", "تحمي")
_FOIL_EN = ("foil", "thwart", "prevent", "protect", "rescue", "save", "avert")


def _foiled(view: SentenceView, noun: Match) -> bool:
    """Is ``noun`` an attempt that was foiled (``أنقذ ... من هجوم``, ``thwarted an attack``)?"""
    w = view.words
    window = range(max(0, noun.start - 6), noun.start)
    if view.lang == "ar":
        heads = [i for i in window if w[i].lstrip("وف").startswith(_FOIL_AR)]
        return any(
            any(x in ("من", "ضد") for x in w[i + 1 : noun.start])
            or w[i].lstrip("وف").startswith(("احبط", "يحبط", "تحبط", "افشل", "يفشل", "تفشل"))
            for i in heads
        )
    after = w[noun.end : noun.end + 3]
    return any(w[i].startswith(_FOIL_EN) for i in window) or (
        any(x in ("was", "were") for x in after) and any(x.startswith(_FOIL_EN) for x in after)
    )


#: words that put a time expression after the document's day ("الأسبوع المقبل", "next month")
_FUTURE_TIME = re.compile(r"(?:^|\s)(?:ال)?(?:مقبل|مقبله|مقبلة|قادم|قادمه|قادمة)(?:\s|$)|(?:^|\s)[وف]?(?:غدا|بعد غد)|\b(?:tomorrow|next|coming|upcoming)\b(?!\s+(?:day|morning|evening|night)\b)", re.I)


#: words between a trigger and its time expression that start another clause ("دعت إلى أن
#: يجعلوا الجمعة القادمة", "فيما من المتوقع أن تؤدي الحكومة اليمين الأسبوع المقبل")
_TIME_BREAKS_AR = cues.AR_CLAUSE_OPENERS | frozenset("بان لان انه انها".split())


def _future_time(view: SentenceView, m: Match, tx: Timex | None) -> bool:
    """Whether the time expression ``tx`` of trigger ``m`` names a time after the document's day
    ("غدا", "الأسبوع المقبل", "next month") in the trigger's own clause.  Only the words count:
    a date resolved from "بعد أسبوع" (a week after some earlier event) may lie after the
    document's day and be past all the same."""
    if tx is None or not _FUTURE_TIME.search(normalize(tx.text) if view.lang == "ar" else tx.text):  # "غدًا"
        return False
    ti = view.token_at(tx.start)
    if ti is None:
        return False
    between = view.words[m.end : ti] if ti >= m.end else view.words[view.token_at(tx.end - 1) or ti : m.start]
    if view.words[m.end : m.end + 1] and view.words[m.end].removeprefix("ال") in ("جاري", "جاريه"):
        return False  # "المشاورات الجارية": going on now
    return not any(
        x in _TIME_BREAKS_AR or x[1:] in _TIME_BREAKS_AR or x in cues.AR_PLANNED or x in ('"', "«", "“", ":")
        for x in between
    )  # "المشاورات ... من جلسة مجلس الوزراء المقرر عقدها يوم الخميس المقبل": another event's time


def _timex_for(
    view: SentenceView, m: Match, timexes: list[tuple[Timex, str]], frame: set[int]
) -> Timex | None:
    """The time expression nearest the trigger, outside reporting frames."""
    best: tuple[int, Timex] | None = None
    for t, anchor in timexes:
        ti = view.token_at(t.start)
        if ti is None:
            continue
        if frame and any(abs(ti - f) <= 2 for f in frame) and not (m.start < ti):
            continue
        if anchor == "next":
            te = view.token_at(t.end - 1)
            if te is None or not (0 < m.start - te <= 3):
                continue  # "بعد شهر من توقيع": only the signing gets that date
        d = ti - m.end if ti >= m.end else (m.start - ti) + 1
        if best is None or d < best[0]:
            best = (d, t)
    return best[1] if best else None


#: intentions PLOVER codes by what is intended (manual: future cooperative acts are AGREE,
#: coercive intentions THREATEN; intended retreats and concessions AGREE, as CAMEO 035 is mapped)
_INTENT_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_INTENT_THREATEN = {"ASSAULT", "COERCE", "SANCTION"}

#: verbs of intention whose infinitive states an intention (offered to hand over)
_EN_INTENT = frozenset(
    "offer offered offers pledge pledged pledges promise promised promises vow vowed vows "
    "agree agreed agrees would "
    "want wants wanted hope hopes hoped seek seeks sought plan plans planned intend "
    "intends intended expect expects expected prepare prepares prepared ready willing will shall going "
    "scheduled set determined willingness readiness intention intent commitment determination".split()
)


def _intent(view: SentenceView, m: Match, lo: int) -> bool:
    """Does a future or intention cue govern the trigger (not a purpose infinitive)?"""
    if view.lang == "ar":
        # Arabic planned cues (س, سوف, من المقرر, مستعد) are intentions; a purpose masdar is not,
        # nor an event noun planned by others ("التحضير للقمة المرتقبة")
        w = view.words
        if lo >= 1 and w[lo - 1] in ("ان", "بان") and {"المقرر", "المتوقع"} & set(w[max(0, lo - 4) : lo - 1]):
            return False  # "من المقرر أن يلتقي": a schedule, nobody's stated intention
        if {"المقرر", "المتوقع"} & set(w[max(0, m.start - 3) : m.start]):
            return False  # "ومن المتوقع عقد قمة ترامب - كيم": expected, nobody's stated intention
        if striven_for(w, m.start):
            return False  # "وسط مساع لفرض عقوبات": sought, by whom the sentence seldom says
        return not (m.entry.kind == "n" and (purpose(w, m.start) or ar_planned_noun(w, m)))
    if m.start and view.words[m.start - 1] in ("be", "been"):
        return False  # "would be detained under the plan": a passive states no one's intention
    before = view.words[max(0, m.start - 6) : m.start]  # may cross the intent verb's own clause
    cut = max((i for i, w in enumerate(before) if w in cues.EN_STRONG_PUNCT), default=-1)
    before = before[cut + 1 :]
    for i, w in enumerate(before):
        if w in _EN_INTENT:
            rest = before[i + 1 :]
            if w not in ("will", "would", "shall") and "to" not in rest:
                continue  # "poster plans attacking X", "a pledge": no intention to do the act
            # "wants to attack" is an intention; "wants Putin to attack" asks someone else
            if "to" in rest and rest.index("to") > 0 and not {"be", "have"} & set(rest[: rest.index("to")]):
                continue
            return True
    return False


def _negated_intent_en(w: list[str], start: int) -> bool:
    """Is the intention word before an English infinitive negated (*does not want to meet*, *were
    never willing to sign*)?  The negation within three words before it, in its clause."""
    for i in range(start - 1, max(-1, start - 7), -1):
        if w[i] in cues.EN_STRONG_PUNCT or w[i] == ",":
            return False
        if w[i] in _EN_INTENT and w[i] not in ("will", "would", "shall"):
            return any(x in ("not", "n't", "never", "no") for x in w[max(0, i - 3) : i])
    return False


#: what an event said / demanded / denied inside another event is not asserted
_EMBEDDING = {
    "REJECT": NEGATED,
    "ACCUSE": HYPOTHETICAL,
    "THREATEN": PLANNED,
    "REQUEST": PLANNED,
    "AGREE": PLANNED,
}


def _embedded(view: SentenceView, m: Match, before: list[tuple[Match, Event]], mode: str) -> str:
    """Modality of a trigger inside the complement of a speech act before it.

    ``rejected a call for forces to be deployed``: the deployment is not asserted;
    ``threatened to cut off``: planned; ``accused X of attacking``: alleged.
    """
    if mode != ASSERTED:
        return mode
    strong = cues.AR_STRONG_PUNCT if view.lang == "ar" else cues.EN_STRONG_PUNCT
    if view.lang == "ar" and m.entry.kind == "v" and m.start > 0 and view.words[m.start - 1].removeprefix("و") in cues.AR_RELATIVE:
        return mode  # "طالب بإطلاق سراح برونسون مقابل المواطنة التي أطلقت إسرائيل سراحها": a fact of the antecedent
    if (
        view.lang == "ar" and m.start > 1 and view.words[m.start - 1] in ("ما", "وما")
        and view.words[m.start - 2].removeprefix("و") in ("هو", "هي", "هذا", "ذلك", "الامر")
    ):
        return mode  # "وتتهم كييف روسيا بدعم الانفصاليين وهو ما تنفيه روسيا": the answer, not the charge
    closed = relatives(view) if view.lang != "ar" else []
    for pm, ev in reversed(before):
        if ev.category not in _EMBEDDING or m.start <= pm.end:
            continue
        if any(o < pm.start < c < m.start for o, c in closed):
            continue  # "the group, which opposed the war, urged ...": the relative clause has closed
        if view.lang == "ar" and _again_ar(view, m, pm, ev.category):
            continue
        if view.lang == "ar" and any(
            x in ("ردا", "وردا") and y == "علي" for x, y in zip(view.words[pm.end : m.start], view.words[pm.end + 1 : m.start], strict=False)
        ):
            continue  # "هدد بتوجيه ضربة ردا على هجوم كيميائي استهدف دوما": what it answers happened
        if (
            view.lang == "ar" and m.entry.kind == "v" and m.start > 0 and view.words[m.start - 1] in ("،", ",")
            and any(drop_conjunction(x) in ("فيما", "بينما", "عندما", "حين", "حينما") for x in view.words[max(0, pm.start - 2) : pm.start])
        ):
            continue  # "وفيما عبر الفلسطينيون عن استيائهم ...، اشتبك العشرات": the main clause after "while"
        if view.lang == "ar" and pm.entry.kind == "n" and m.entry.kind == "v" and _heads_time_phrase_ar(view, pm) and not _is_imperfect(view, m):
            continue  # "وبعد يومين من تهديدات روحاني استهدفت ميليشيات الحوثي": done after the threat
        if view.lang == "ar" and ev.category == "ACCUSE" and _accused_ar(view, m, [(pm, ev)]):
            return _EMBEDDING["ACCUSE"]  # "اتهم كل من ... ، ... قوات النظام بشن هجوم": alleged, however far
        if any(w in strong for w in view.words[pm.end : m.start]):
            continue
        # "alleged that ...", "نفت أن ...": the whole complement is what is said
        that = any(w in ("that", "ان", "بان", "وان") for w in view.words[pm.end : pm.end + 4]) or (
            view.lang == "ar" and ev.category == "REJECT" and _that_after_subject_ar(view, pm.end, m.start)
        )
        if view.lang == "ar" and m.entry.kind == "n" and _adverbial_after_comma_ar(view, pm.end, m):
            continue  # "دعت له النقابات ...، احتجاجا على مشروع قانون": the main clause's adverbial
        if view.lang == "ar" and (_coordinate_ar(view, m, pm) or (
            (ev.category != "ACCUSE" or not normalize(pm.entry.lemma).startswith("اتهم")) and _same_tense_ar(view, m, pm)
        )):  # (a condemnation's object is a noun: "وأدانت فرنسا الهجوم ودعت إلى الحوار" calls all the same)
            continue  # "اتهمت X بارتكاب مذبحة، وطالبت بتدخل", "يرفض تغيير رئيس الحكومة ويدعو لتعديل": a second act
        if view.lang == "en" and (
            _new_clause_en(view, pm.end, m.start) or _second_verb_en(view, pm.end, m.start, ev.category)
        ):
            continue  # "diplomats accused of spying, and Turkey expelled ...", "dismissed X and ruled out talks"
        if view.lang == "ar" and any(
            (x in ("،", ",") and y in _AR_NEW_CLAUSE) or y in ("لكن", "ولكن") or y.startswith(("لكنه", "ولكنه"))
            for x, y in zip(view.words[pm.end : m.start], view.words[pm.end + 1 : m.start], strict=False)
        ):  # ("توجيه اتهام لكوسبي لكن نائب عام المقاطعة رفض": "but" opens a clause without a comma too)
            continue  # "رفض التوقف وجرى متابعته، وعندما طُلب منه الوقوف": a new clause, asked all the same
        if that or m.start - pm.end <= 12:
            return _EMBEDDING[ev.category]
    return mode


def _heads_time_phrase_ar(view: SentenceView, noun: Match) -> bool:
    """Is the Arabic event noun the head of a phrase of time (``بعد تهديدات روحاني``, ``وبعد يومين من
    تهديدات روحاني``)?  What the clause then says happened is no content of it."""
    w = view.words
    k = noun.start - 1
    if k > 0 and w[k] == "من" and counted_time_ar(view, k - 1) is not None:
        return True
    return k >= 0 and drop_conjunction(w[k]) in cues.AR_TIME_PREPS


def _new_clause_en(view: SentenceView, lo: int, hi: int) -> bool:
    """Does a new English clause with its own subject open between tokens ``lo`` and ``hi``: a comma,
    *and* / *but* / *while* / *whereas*, then a name, a pronoun or a determiner (*, and Turkey
    expelled*, *, but the words are backed up*)?  Not *, and of stealing* (the same complement)."""
    w, toks = view.words, view.tokens
    for i in range(lo, hi - 2):
        if w[i] == "," and w[i + 1] in ("and", "but", "while", "whereas"):
            nxt = toks[i + 2].text
            if w[i + 2] in _EN_SUBJECT_OPENERS or (nxt[:1].isupper() and not nxt.isupper()):
                return True
    return False


def _second_verb_en(view: SentenceView, lo: int, verb: int, category: str) -> bool:
    """Is the English verb at ``verb`` a second finite verb of the speech act's own subject (*Buyoya
    dismissed its threat of an arms embargo and flatly ruled out talks*), or does one stand between
    (*denied the report and said ...*; not after an accusation, ``category`` ACCUSE): *and* / *but*
    (and adverbs) right before it, a past or present tense, and no *that* since the speech act?"""
    w, tags = view.words, view.tags
    if not tags:
        return False
    for j in range(lo, verb):
        if w[j] == "that":
            return False
        if w[j] not in ("and", "but"):
            continue
        k = j + 1
        while k < verb and (w[k].endswith("ly") or w[k] in ("also", "then", "later")):
            k += 1
        if k == verb and (tags[verb] in ("VBD", "VBZ") or (tags[verb] == "VBN" and _EN_AUX.isdisjoint(w[lo:j]))):
            # "... and flatly ruled out talks"; not a participle sharing an auxiliary ("should be
            # stripped of all her medals and banned")
            return True
        if k < verb and category != "ACCUSE" and (tags[k] in ("VBD", "VBZ") or w[k] in cues.EN_REPORT_VERBS):
            # "denied the report and said it attacked the village": a new predicate; what a critic goes
            # on to say stays alleged ("condemned Israel's policy and said Netanyahu was preparing for war")
            return True
    return False


_EN_SUBJECT_OPENERS = frozenset("the a an he she they it we i his her their its this these those".split())


#: words after a comma that open a new Arabic clause (time, contrast), outside what a speech act said
_AR_NEW_CLAUSE = frozenset(
    "وعندما عندما وحين حين وحينما حينما ولما وبعدما بعدما وبعد وقبل ولكن لكن فيما بينما وبينما وقد وكان وكانت "
    "وذلك".split()  # "، وذلك بعد ساعات من اتهام": the scene of what was said (sixteenth session)
)


def _coordinate_ar(view: SentenceView, m: Match, pm: Match) -> bool:
    """Is the Arabic verb ``m`` a new clause coordinated after a comma (``، وطالبت``), not part of
    what the speech act ``pm`` before it says?  Not when a complementiser (أن) stands between."""
    w = view.words
    if m.entry.kind != "v" or w[m.start][:1] not in "وف" or m.start < 1 or w[m.start - 1] not in ("،", ","):
        return False
    return _no_that_between(w, pm.end, m.start)


#: words that count a plural after them, which then stands in the genitive (ين) as a subject too
_AR_COUNTING = _QUANTITY_AR | frozenset("من عدد بعض مجموعه حشود ملايين".split())


#: adverbial participles of saying ("مؤكدا أن", "قائلة إن"): a second statement of the speaker
_AR_SAYING_PARTICIPLES = frozenset(
    "موكدا مشيرا موضحا معتبرا مضيفا مشددا منوها معربا قايلا لافتا متهما مطالبا داعيا "
    "موكده مشيره موضحه معتبره مضيفه مشدده منوهه معربه قايله لافته متهمه مطالبه داعيه".split()
)


def _that_after_subject_ar(view: SentenceView, since: int, until: int) -> bool:
    """Whether a denial's ``أن`` follows the speech act's subject, however long (``نفى مستشار
    الأمن القومي الأميركي جون بولتون، الجمعة، أن يكون الرئيس ... قد طلب``): an ``أن`` within 14 words
    with only a noun phrase before it: no preposition (but ``باسم``), no verb or participle of saying,
    no strong punctuation, and not the ``أن`` of ``إلا أن`` (but)."""
    w = view.words
    named = {k for c in view.chunks if not c.prep for k in range(c.start, c.end)}
    for k in range(since, min(until, since + 14)):
        x = w[k]
        if k in named:
            continue  # a name of the subject ("جون بولتون", not ب + ولتون)
        if x in ("ان", "بان", "وان"):
            return k == since or w[k - 1] not in ("الا", "غير")
        bare = x.removeprefix("و")
        if (
            x in cues.AR_STRONG_PUNCT or bare in cues.AR_REPORT_VERBS or bare in _AR_SAYING_PARTICIPLES
            or bare in cues.AR_PREPOSITIONS or (x[:1] in "بل" and x != "باسم")
        ):
            return False
    return False


def _adverbial_after_comma_ar(view: SentenceView, since: int, m: Match) -> bool:
    """Is Arabic trigger ``m`` an accusative (``احتجاجا``) after a comma that follows token ``since``:
    an adverbial of the main clause, not what a verb before the comma said or asked?"""
    return view.words[m.start].endswith("ا") and "،" in view.words[since : m.start]


def _same_tense_ar(view: SentenceView, m: Match, pm: Match) -> bool:
    """Is the Arabic verb ``m`` (with و) a second finite verb in the tense of the speech act ``pm``
    ("يرفض ... ويدعو", "رفضت ... وطالبت"), no complementiser between: what it says is a verbal noun
    or an أن clause, not a finite verb of its own."""
    w = view.words
    if m.entry.kind != "v" or pm.entry.kind != "v" or w[m.start][:1] != "و" or not _no_that_between(w, pm.end, m.start):
        return False
    first, second = drop_conjunction(w[pm.start]), w[m.start][1:]
    if second[:1] in "يت" and first[:1] in "يت":
        return True  # both imperfect
    return second.endswith(("ت", "وا")) and first.endswith(("ت", "وا"))  # both perfect, unambiguous endings


def _no_that_between(words: list[str], a: int, b: int) -> bool:
    """No complementiser (أن, بأن, أنه ...) among ``words[a:b]``: what follows it is said, not done."""
    return not any(x in ("ان", "بان", "وان", "انه", "بانه") for x in words[a:b])


def _again_ar(view: SentenceView, m: Match, pm: Match, category: str) -> bool:
    """Is the Arabic verb ``m`` (with و) a second act of the kind (``category``) of the verb ``pm``
    before it, not what ``pm`` said ("وهاجم فيه زوجها ... واتهمه بالتهور": a second accusation)?"""
    return (
        m.entry.kind == "v" and pm.entry.kind == "v" and m.entry.plover == category
        and view.words[m.start][:1] in "وف"
        and _no_that_between(view.words, pm.end, m.start)
    )


_EN_AUX = frozenset(
    "will would shall should can could may might must has have had is are was were be been being do does did".split()
) | cues.EN_NEG_AUX  # "didn't", "cannot", "n't" ...


def _finite(view: SentenceView, m: Match) -> bool:
    """A finite verb (or verb group), not a participle or infinitive in a reduced clause."""
    if m.entry.kind != "v":
        return False
    if view.lang == "ar" or view.tags is None or not view.tags[m.start]:
        return True
    tag = view.tags[m.start]
    if tag in ("VBD", "VBZ", "VBP"):
        return True
    before = view.words[max(0, m.start - 3) : m.start]
    return "to" not in before[-1:] and any(w in _EN_AUX for w in before)


def _note_countries(
    view: SentenceView, country_keys: set[str], recent: list[str], *, after: int | None = -1
) -> None:
    """Append the sentence's countries (from token ``after`` on) to the recent list."""
    if after is None:
        return
    for c in view.chunks:
        if c.start < after:
            continue
        if c.kind == "Country" or c.nationality or c.key in country_keys:
            recent.append(c.key)


def _mark_main(view: SentenceView, kept: list[tuple[Match, Event]], scores: dict[int, float]) -> None:
    """Flag the sentence's main event (``attrs["main"]``): its first asserted finite verb event
    of the main clause, else (English) its first asserted event of the main clause that is no
    noun inside a prepositional phrase, else its first asserted finite verb event.

    Falls back to the event of the highest hand-set score (:func:`_score`, ``scores`` by the
    event's id), the confidence it had before the twentieth session.  Lets users (and the
    single-label gold sets) pick one event per sentence; the others stay in the graph.
    """
    if not kept:
        return
    # 1: a finite verb of the main clause; 2: any other event of the main clause that is no
    # background noun ("Albanians demonstrated [tagged VBN] ..., where 24 people were killed",
    # "Italy announced a suspension of links, one day after a jet shot down"); 3: a finite verb
    for tier in (1, 2, 3):
        for m, ev in kept:
            if ev.modality != ASSERTED:
                continue
            finite = _finite(view, m)
            if tier == 1 and not (finite and not _subordinate(view, m)):
                continue
            if tier == 2 and (
                view.lang != "en"
                or _subordinate(view, m)
                or (m.entry.kind != "v" and _in_pp(view, m))
            ):
                continue
            if tier == 3 and not finite:
                continue
            ev.attrs["main"] = True
            return
    pool = [p for p in kept if p[1].modality == ASSERTED] or kept
    max(pool, key=lambda p: scores[id(p[1])])[1].attrs["main"] = True


#: words that head a prepositional phrase besides the prepositions of kg.events.cues
_EN_PP_HEADS = frozenset(["following", "amid", "despite", "after", "before", "since"])


#: English subjects that kill and destroy without anyone attacking
_EN_NATURAL = frozenset(
    "storm storms hurricane typhoon cyclone earthquake quake floods flood flooding fire fires blaze wildfire "
    "landslide landslides mudslide tsunami avalanche drought disease epidemic virus outbreak accident crash "
    "collision heatwave tornado lightning famine cholera malaria pandemic".split()
)


def storm_names(text: str) -> frozenset[str]:
    """The names an English document gives its storms (lower-cased): *Hurricane Mitch*, *Typhoon
    Haiyan*, *Tropical Storm Allison* make *Mitch* a natural cause wherever it stands alone.

    >>> sorted(storm_names("Aid after Hurricane Mitch. Mitch killed 10,000 people."))
    ['mitch']
    """
    if "urricane" not in text and "yphoon" not in text and "yclone" not in text and "torm" not in text:
        return frozenset()  # the pattern's words are absent: no need to run it
    return frozenset(x.lower() for x in _STORM_NAME.findall(text))


_STORM_NAME = re.compile(r"\b(?:[Hh]urricane|[Tt]yphoon|[Cc]yclone|[Ss]torm)\s+([A-Z][a-z]+)\b")


def _natural(view: SentenceView, m: Match, lo: int, names: frozenset[str] = frozenset()) -> bool:
    """Is an English violence verb's subject a natural cause or an accident (``the storm killed``,
    ``Mitch killed`` after *Hurricane Mitch*: ``names``, :func:`storm_names`)?"""
    w = view.words
    start = max(lo, m.start - 4)
    if "and" in w[start : m.start]:
        start = max(0, m.start - 12)  # "the storm killed 12 people and destroyed homes"
    if start > 0 and w[start - 1] in ("which", "that"):
        start = max(0, start - 4)  # "the tsunami which killed": the relative clause's antecedent
    return any(x in _EN_NATURAL or x.removesuffix("'s").removesuffix("’s") in names for x in w[start : m.start])


#: natural disasters (normalised, without ال and clitics): their dead were attacked by no one
_AR_NATURAL = frozenset(
    "زلزال زلازل هزه فيضان فيضانات سيول اعصار اعاصير عاصفه عواصف كوارث انزلاق "
    "انزلاقات تسونامي بركان "
    "كويكب كويكبات نيزك نيازك صاعقه صواعق".split()  # "انفجر كويكب فوق تونغوسكا": no one attacked
)
#: illnesses: their dead were attacked by no one, when no weapon or battle is named beside them
#: ("لقوا حتفهم نتيجة الإصابة بحمى الكونغو"; not "دمرتها المعارك وتفشت فيها الأوبئة")
_AR_ILLNESS = frozenset("حمي مرض امراض وباء اوبيه فيروس كوليرا سرطان انفلونزا ايبولا حصبه".split())


def _natural_ar(view: SentenceView) -> bool:
    """Does an Arabic sentence speak of a natural disaster (``الزلزال``, ``للكوارث``), or of an
    illness with no weapon or battle named?"""
    ill = False
    for x in view.words:
        natural, sick = _nature_ar(x)
        if natural:
            return True
        ill = ill or sick
    return ill and _unarmed_ar(view)


@functools.lru_cache(maxsize=1 << 15)
def _nature_ar(x: str) -> tuple[bool, bool]:
    """Of one Arabic word (cached: news repeats its words): does it name a natural disaster, an illness?"""
    ill = False
    for c in (x, x[1:]) if x[:1] in "وف" else (x,):
        for d in (c, c[1:]) if c[:1] in "بلك" else (c,):
            if any(d[k:] in _AR_NATURAL for k in (0, 1, 2) if d[:k] in ("", "ل", "ال")):
                return True, ill  # "الزلزال", "للكوارث" (ل + الكوارث), "والفيضانات"
            ill = ill or any(d[k:] in _AR_ILLNESS for k in (0, 1, 2) if d[:k] in ("", "ل", "ال"))
    return False, ill


#: where words are said (normalised, clitics and article off): an "attack" in one is in words
_AR_MEDIUM = frozenset("تغريده تغريدات تويتر خطاب خطابه مقال فيديو مقابله حوار".split())  # not بيان: it reports raids
#: accidents: their dead were attacked by no one ("لقي 16 شخصا مصرعهم إثر غرق مركب")
_AR_ACCIDENT = frozenset("غرق تحطم انهيار انهيارات اصطدام تصادم ارتطام حريق حرايق".split())  # not انقلاب: a coup too
#: "caused" (clitics off) and the vehicles whose causing a death is an accident
_AR_CAUSED_BY = frozenset("تسبب تسببت يتسبب تتسبب".split())
_AR_VEHICLES = frozenset("سياره شاحنه حافله قطار طايره مركبه دراجه".split())
#: words after حادث / حوادث that make it a road accident ("حادث سير", "حادث مروري")
_AR_ROAD = frozenset("سير مرور مروري السير المرور المروري".split())
#: arms in the same sentence: then the dead may well have been attacked ("قصف أدى إلى انهيار مبنى")
_AR_ARMS = frozenset(
    "قصف هجوم هجمات غاره غارات تفجير تفجيرات انفجار اطلاق رصاص اشتباكات اشتباك معارك اعتداء طعن قذيفه "
    "قذايف صاروخ صواريخ عبوه مسلح مسلحون مسلحين طوربيد لوم مفخخه ناسفه".split()  # "باللوم عليه في غرق سفينة": blamed
)


def _death_ar(m: Match) -> bool:
    """Is Arabic trigger ``m`` a word of dying or killing (قتل, مقتل, لقي مصرعه), not of fighting?"""
    return normalize(m.entry.lemma.split("/")[0]) in ("قتل", "مقتل", "لقي")


def _mend_found_roles_ar(view: SentenceView, m: Match, roles: Roles) -> None:
    """Mends of the roles :func:`find_roles` gave an Arabic trigger that read the sentence around it:
    the doer of قيام is what a condemnation condemns, the one named before "القبض عليه" is arrested,
    where one went is no one sentenced, the one an attack struck is not the one condemned."""
    if m.entry.plover == "ASSAULT" and m.start > 0 and view.words[m.start - 1] in ("تحت", "وتحت"):
        under = next((c for c in view.chunks if c.start in (m.end, m.end + 1) and not c.prep and not c.is_place), None)
        if under is not None:
            # "اضطرت ميليشيات الحوثي إلى سحب جثث قتلاها، تحت قصف قوات المقاومة": whose fire they were under
            roles.agent, roles.agent_from = [under.key], "genitive"
            roles.target = [k for k in roles.target if k != under.key]
    if m.entry.kind == "v" and roles.agent_from == "subject" and roles.agent:
        doing = [c for c in view.chunks if c.key in roles.agent and c.start >= m.end]
        if doing and all(_after_doing_ar(view, c) for c in doing):
            # "ونددت المنظمة بقيام الشرطة التركية باعتقال صحفيين": what the police did is condemned
            roles.target = roles.target or roles.agent
            roles.agent, roles.agent_from = [], ""
    if (
        m.entry.kind == "v" and roles.agent and m.end + 1 < len(view.words)
        and view.words[m.end] == "القبض" and view.words[m.end + 1] in _AR_ON_HIM
        and all(c.end <= m.start for c in view.chunks if c.key in roles.agent)
    ):
        # "هاشمي نجاد ألقي القبض عليه": the one named before and taken up by the pronoun is arrested
        roles.target, roles.agent, roles.agent_from = roles.agent, [], ""
    if m.entry.plover in ("COERCE", "ACCUSE") and roles.target:
        # "حكم عليها ... بالدخول إلى العراق": where one entered is no one sentenced or arrested
        roles.target = [k for k in roles.target if not any(c.key == k and _destination_ar(view, c) for c in view.chunks)]
    if m.entry.plover == "ACCUSE" and roles.target:
        struck = {c.key for c in view.chunks if c.start > m.end and _struck_by_attack_ar(view, c)}
        if struck:
            # "روسيا تدين الهجوم على سوريا": the one attacked is not the one condemned
            roles.target = [k for k in roles.target if k not in struck]


def _killers_roles_ar(
    doc: Document, view: SentenceView, m: Match, roles: Roles, hi: int, kept: list[tuple[Match, Event]]
) -> None:
    """The agent of an Arabic word of dying: none before "in it" (a passive), else who killed
    (:func:`_killers_ar`) when the rules found no one."""
    if (
        roles.agent and m.entry.kind == "v" and m.end < len(view.words) and view.words[m.end] in _AR_IN_IT
        and all(c.end <= m.start and c.label != "PER" for c in view.chunks if c.key in roles.agent)
    ):
        # "تحطم طائرة إيرباص تحمل سياحا في سيناء، قتل فيها 224 شخصا": killed in it, a passive
        # (a person before is implicated: "عشماوي متورط في 17 عملية قتل فيها العشرات")
        roles.agent, roles.agent_from = [], ""
    if m.entry.lemma.startswith("لقي"):
        # "لقي القيادي الحوثي مصرعه": who met his death is the victim, not the attacker; a name
        # behind a preposition ("في هجوم لحركة حماس") is none of the dead
        w = view.words
        death = next((k for k in range(m.end, min(len(w), m.end + 8)) if w[k].startswith(("مصرع", "حتف"))), m.end)
        dead = {c.key for c in view.chunks if not c.prep and c.end <= death}
        roles.target = [k for k in roles.agent or roles.target if k in dead]
        roles.agent, roles.agent_from = [], ""
        if killers := _killers_ar(doc, view, m, hi, kept):
            roles.agent = [k for k in killers if k not in roles.target]
            roles.agent_from = "cause"
        return
    if not roles.agent and (killers := _killers_ar(doc, view, m, hi, kept)):
        roles.agent = killers  # "قتل ثلاثة أشخاص في غارة إسرائيلية": Israel killed them
        roles.agent_from = "cause"
        roles.target = [k for k in roles.target if k not in killers]  # (not "مع" whom they fought)


#: attacks a death happens in ("قتل ثلاثة أشخاص في غارة إسرائيلية"), normalised, without ال
_AR_STRIKES_IN = frozenset("غاره غارات قصف هجوم هجمات ضربه ضربات قذيفه قذايف".split())
def _day_between_commas(w: list[str], k: int) -> bool:
    """Is Arabic word ``k`` a day (a weekday, أمس, اليوم) with a comma on each side (``، السبت،``)?"""
    return 0 < k < len(w) - 1 and w[k - 1] in ("،", ",") and w[k + 1] in ("،", ",") and (
        drop_conjunction(w[k]) in AR_WEEKDAYS or w[k] in ("امس", "اليوم")
    )


#: fighting a death happens amid ("إثر مواجهات مع قوات المقاومة"), and the words that join it to the death
_AR_CLASHES = frozenset("مواجهات مواجهه اشتباكات اشتباك معارك معركه".split())
_AR_AMID = frozenset("في اثر خلال جراء عقب".split())
#: who strike for an actor named after them ("بغارة لطائرات التحالف", "في قصف لمدفعية الجيش"), normalised
_AR_STRIKERS = frozenset("طايرات طيران مقاتلات مدفعيه قوات عناصر مسلحي صواريخ".split())
#: how an attack is made, between it and its nationality ("غارات جوية إسرائيلية")
_AR_STRIKE_MANNER = frozenset("جويه جوي صاروخيه صاروخي مدفعيه مدفعي بحريه بحري".split())
#: forms of أسفر (عن) and أدى (إلى), by their particle: what follows was caused by their subject
_AR_CAUSED = {
    "عن": frozenset("اسفر اسفرت اسفرا اسفرتا يسفر تسفر".split()),
    "الي": frozenset("ادي ادت اديا ادتا يودي تودي".split()),
}


def _killers_ar(doc: Document, view: SentenceView, m: Match, hi: int, kept: list[tuple[Match, Event]]) -> list[str]:
    """Who killed, for an Arabic word of dying with no agent: who made the attack that caused it
    ("أسفرت الضربات الإسرائيلية عن مقتل 23 مقاتلا", "أدى القصف الروسي إلى مقتل 3 مدنيين"), or the
    state whose strikes it happened in ("قتل ثلاثة أشخاص في غارة إسرائيلية على غزة", "في الغارات
    الجوية الروسية"; an indefinite adjective only for a state the document names)."""
    w = view.words
    if m.start >= 2 and w[m.start - 1] in _AR_CAUSED:
        forms = _AR_CAUSED[w[m.start - 1]]
        v = next((k for k in range(m.start - 2, max(-1, m.start - 7), -1) if drop_conjunction(w[k]) in forms), None)
        if v is not None and not any(x in ("،", ",") or x in cues.AR_STRONG_PUNCT for x in w[v : m.start]):
            for pm, ev in reversed(kept):
                if ev.category == "ASSAULT" and ev.agent and v - 4 <= pm.start < m.start - 1 and not any(
                    x in ("،", ",") or x in cues.AR_STRONG_PUNCT for x in w[min(pm.end, v) : m.start]
                ):
                    return list(ev.agent)
    for k in range(m.end, min(hi, m.end + 10, len(w) - 1)):
        if w[k] in ("،", ",") and (_day_between_commas(w, k + 1) or _day_between_commas(w, k - 1)):
            continue  # "قتل عدد من القيادات الحوثية، السبت، إثر مواجهات": a day between commas
        if w[k] in ("،", ",") or w[k] in cues.AR_STRONG_PUNCT:
            break
        if (
            drop_conjunction(w[k]) in _AR_AMID and w[k + 1].removeprefix("ال") in _AR_CLASHES
            and k + 3 < len(w) and w[k + 2] == "مع"
        ):
            # "قتل عدد من القيادات الحوثية إثر مواجهات مع قوات المقاومة": the side they fought killed them
            c = next((c for c in view.chunks if c.start == k + 3), None)
            return [c.key] if c is not None and c.label in ("ORG", "LOC") and not c.is_place or (
                c is not None and c.kind == "Country"
            ) else []
        if w[k] == "في" and w[k + 1].removeprefix("ال") in _AR_STRIKES_IN:
            j = k + 2
        elif w[k][:1] == "ب" and w[k][1:].removeprefix("ال") in _AR_STRIKES_IN:
            j = k + 1  # "لقي مصرعه بغارة لطائرات التحالف": by a strike
        else:
            continue
        if j < len(w) and w[j].removeprefix("ال") in _AR_STRIKE_MANNER:
            j += 1
        if j < len(w) and drop_conjunction(w[j]).startswith(("نفذته", "شنته")):
            j += 1  # "في غارات نفذتها قوات النظام": the ones named after the relative verb made them
        of_arms = j < len(w) and (w[j][:1] == "ل" and w[j][1:] in _AR_STRIKERS or (
            drop_conjunction(w[j - 1]).startswith(("نفذته", "شنته")) and w[j] in _AR_STRIKERS
            and not any(c.start == j for c in view.chunks)  # ("نفذتها قوات النظام": a name itself)
        ))  # ("لطائرات التحالف", "في غارات شنتها مقاتلات التحالف": the coalition's planes)
        c = next((c for c in view.chunks if c.start == j + of_arms), None)
        if c is not None:  # ("في هجوم لتنظيم الدولة": the group's attack; "لطائرات التحالف": its planes')
            made = drop_conjunction(w[j - 1]).startswith(("نفذته", "شنته")) and not c.prep
            return [c.key] if c.nationality or (c.prep == "ل" or of_arms or made) and c.label == "ORG" else []
        iso = groups.nationalities("ar").get(w[j]) if j < len(w) else None
        if iso and f"country/{iso}" in doc.entities:
            return [f"country/{iso}"]
        break
    return []


#: "when" and "after" words that join a death to the attack it happened in ("قتل 17 جنديا عندما اقتحم مسلحون")
_AR_WHEN_ATTACKED = frozenset("عندما حين حينما بعدما لدي اثناء".split())


def _killed_when_attacked_ar(view: SentenceView, kept: list[tuple[Match, Event]]) -> None:
    """A death with no agent, followed by "when" and an attack of the same sentence that has one
    ("قتل 17 جنديا أفغانيا عندما اقتحم مسلحون من حركة طالبان قاعدة عسكرية"): the attackers killed."""
    w = view.words
    for i, (m, ev) in enumerate(kept):
        if ev.agent or ev.category != "ASSAULT" or not _death_ar(m):
            continue
        for m2, ev2 in kept[i + 1 :]:
            between = w[m.end : m2.start]
            if any(x in ("،", ",") or x in cues.AR_STRONG_PUNCT for x in between) or len(between) > 8:
                break
            if ev2.category == "ASSAULT" and ev2.agent and between and drop_conjunction(between[-1]) in _AR_WHEN_ATTACKED:
                ev.agent = [k for k in ev2.agent if k not in ev.target]
                ev.attrs["agent_from"] = "cause"
                _reconfidence(ev, m, len(w))
                break


#: attacks, whose "على" / "ضد" names the one struck (normalised, without و)
_AR_ATTACK_NOUNS = frozenset(
    "الهجوم هجوم الهجمات هجمات العدوان عدوان القصف قصف الضربات ضربات الضربه ضربه الغارات غارات "
    "الغاره غاره الاعتداء اعتداء الاعتداءات اعتداءات".split()
)


def _struck_by_attack_ar(view: SentenceView, c: Chunk) -> bool:
    """Is chunk ``c`` what an attack noun before it struck (``الهجوم على سوريا``, ``الهجوم الإسرائيلي
    على غزة``): after على / ضد, with an attack noun and at most one adjective before that?"""
    if c.prep not in ("علي", "ضد"):
        return False
    w = view.words
    k = c.start - 1 if c.start > 0 and w[c.start - 1] in ("علي", "ضد") else c.start
    return any(drop_conjunction(w[j]) in _AR_ATTACK_NOUNS for j in range(max(0, k - 2), k))


#: masdars of going, whose إلى names where one went ("بالدخول إلى العراق")
_AR_GOING = frozenset(
    "الدخول بالدخول دخول السفر بالسفر التوجه بالتوجه العوده بالعوده الوصول بالوصول التسلل بالتسلل "
    "متجهه متجها متجهين متجهون متوجهه متوجها متوجهين قادمه قادما قادمين عايدين عايدا عايده".split()
)


def _destination_ar(view: SentenceView, c: Chunk) -> bool:
    """Is chunk ``c`` (after إلى) where a word of going within four words before went (``بالدخول إلى
    العراق``, ``حافلات متجهة من تعز إلى الحديدة``)?"""
    w = view.words
    return c.prep == "الي" and c.start >= 2 and w[c.start - 1] == "الي" and any(
        x in _AR_GOING for x in w[max(0, c.start - 6) : c.start - 1]
    )


#: "on him / her / them" after القبض: the arrested named before the verb
_AR_ON_HIM = frozenset("عليه عليها عليهم عليهما".split())
#: demonstratives: "this attack" is one named before in the sentence
_AR_THIS = frozenset("هذا هذه ذلك تلك".split())
#: "in it": a death verb with it after is passive ("قتل فيها 224 شخصا"), its subject no killer
_AR_IN_IT = frozenset("فيه فيها فيهما فيهم".split())
#: "قيام" with its prepositions: the name after it does the masdar that follows ("قيام قوات
#: الأمن باعتقال نشطاء")
_AR_DOING_OF = frozenset("قيام بقيام لقيام وقيام".split())


def _after_doing_ar(view: SentenceView, c: Chunk) -> bool:
    """Is chunk ``c`` the genitive of "قيام" (right after it, or the nationality adjective of the
    noun right after it: "بقيام الشرطة التركية"), with the ب of what it does after it?"""
    w = view.words
    if c.end >= len(w) or not w[c.end].startswith("ب"):
        return False  # "عند قيام إسرائيل قبل 70 عاما": its founding, no act done by it
    k = c.start - 1
    if c.nationality and k > 0 and w[k].startswith("ال") and not any(d.start <= k < d.end for d in view.chunks):
        k -= 1
    return k >= 0 and w[k] in _AR_DOING_OF


def _doer_of_masdar_ar(view: SentenceView, m: Match) -> list[str]:
    """The genitive of "قيام" right before an Arabic event noun with ب ("قيام قوات السيسي باعتقال
    نشطاء", "بقيام الشرطة التركية باعتقال صحفيين"): who does it."""
    w = view.words
    if not w[m.start].startswith("ب"):
        return []
    c = next((c for c in view.chunks if c.end == m.start), None)
    if c is None or c.start == 0 or w[c.start - 1] not in _AR_DOING_OF:
        return []
    return [c.key]


def _only_places(keys: list[str]) -> bool:
    """Are all of an event's agents places (or is there none)?"""
    return all(k.startswith(("country/", "city/", "loc/")) for k in keys)


def _bare_words_ar(view: SentenceView) -> list[str]:
    """The sentence's words without و / ف, ب / ل / ك and the article (long words only)."""
    bare = []
    for x in view.words:
        x = x[1:] if x[:1] in "وف" and len(x) > 3 else x
        x = x[1:] if x[:1] in "بلك" and len(x) > 3 else x
        bare.append(x.removeprefix("ال") if len(x) > 4 else x)
    return bare


def _unarmed_ar(view: SentenceView) -> bool:
    """Does an Arabic sentence name no weapon or attack (:data:`_AR_ARMS`)?"""
    return _AR_ARMS.isdisjoint(_bare_words_ar(view))


def _accident_ar(view: SentenceView) -> bool:
    """Does an Arabic sentence speak of an accident (a sinking, a crash, a fire, a road accident)
    and of no weapon?  Its dead were attacked by no one."""
    bare = _bare_words_ar(view)
    if not _AR_ARMS.isdisjoint(bare):
        return False
    return any(
        x in _AR_ACCIDENT or x.removesuffix("ا") in _AR_ACCIDENT or x.removesuffix("ت") in _AR_ACCIDENT for x in bare
    ) or any(  # ("عندما تحطمت الطائرة": the verb with its ت)
        x in ("حادث", "حوادث") and y in _AR_ROAD for x, y in zip(bare, bare[1:], strict=False)
    ) or any(  # ("تسببت سيارة أوبر ذاتية القيادة بمقتل امرأة": a vehicle caused it)
        x in _AR_CAUSED_BY and y in _AR_VEHICLES for x, y in zip(bare, bare[1:], strict=False)
    )


def _in_pp(view: SentenceView, m: Match) -> bool:
    """Is an English noun trigger inside a prepositional phrase (``since the invasion``)?"""
    w = view.words
    for i in range(m.start - 1, max(-1, m.start - 6), -1):
        if w[i] in cues.EN_PREPOSITIONS or w[i] in _EN_PP_HEADS:
            return True
        if w[i] in cues.EN_STRONG_PUNCT or w[i] == ",":
            return False
        if view.tags is not None and view.tags[i][:2] in ("VB", "MD"):
            return False
    return False


_EN_POSSESSIVES = frozenset(["his", "her", "its", "their", "our", "my", "your", "'s", "’s"])


def _complemented(view: SentenceView, m: Match) -> bool:
    """Does an English event noun say whose act it is: an ``of`` phrase after it or a possessor
    before it (``the resignation of X``, ``Blunkett's resignation``, ``its repression``)?"""
    w = view.words
    before = w[m.start - 1] if m.start else ""
    return (m.end < len(w) and w[m.end] == "of") or before in _EN_POSSESSIVES or before.endswith(("'s", "’s"))


def _subordinate(view: SentenceView, m: Match) -> bool:
    """Is an English verb trigger in a subordinate clause or a participial adjunct?

    ``who was detained``, ``after a jet shot down``, ``..., killing one person``,
    ``a report released Tuesday``: background to the sentence's main event.
    """
    if view.lang != "en":
        return False
    w = view.words
    for i in range(m.start - 1, -1, -1):
        if w[i] in cues.EN_STRONG_PUNCT or w[i] == ",":
            break
        if w[i] in cues.EN_SUBORDINATORS:
            return True
    if view.tags is None or not view.tags[m.start]:
        return False
    tag = view.tags[m.start]
    prev = w[m.start - 1] if m.start else ""
    if tag == "VBG" and prev in (",", "and", "by", "while", "after", "before"):
        return True  # ", killing one person and arresting 12"
    prev_tag = view.tags[m.start - 1] if m.start else ""
    return tag in ("VBN", "VBD") and prev_tag in ("NN", "NNS") and m.start + 1 < len(w) and (
        view.tags[m.start + 1] in ("NNP", "IN") or w[m.start + 1] in ("by", "in", "on", "at", "last", "this")
    ) and not any(x in _EN_AUX for x in w[max(0, m.start - 3) : m.start])


def _definite(view: SentenceView, m: Match) -> bool:
    """A definite noun (``الاجتماع``, ``the meeting``, ``اجتماعه``) refers to a known event."""
    w = view.words[m.start]
    if view.lang == "ar":
        if w.lstrip("وفبلك").startswith("ال") or w.startswith("لل"):
            return True
        return view.tokens[m.end - 1].text.endswith(("ه", "ها", "هم", "هما"))
    prev = view.words[m.start - 1] if m.start else ""
    nxt = view.words[m.end] if m.end < len(view.words) else ""
    if nxt in ("of", "on", "against", "between", "with", "by"):
        return False  # "the arrest of the opposition leader": the complement says which event
    return prev in ("the", "this", "that", "these", "those")  # "their withdrawal" says who withdrew


def _possessor(view: SentenceView, m: Match, previous: Roles | None) -> list[str]:
    """Who "his" / "her" / "their" is in a noun with a possessive pronoun (``اجتماعه``,
    ``زيارتها``, ``دعمهما``), by the pronoun's gender and number.

    * ``ه`` (he): the last person named before it in the sentence;
    * ``ها`` (she, or a state or a body): the last feminine actor named before it: a state (a
      country; not the few masculine ones, ``العراق``, ``لبنان``), an organization whose head
      is feminine (``الحكومة``, ``الوزارة``), a woman a feminine title names (``الوزيرة``);
    * ``هما`` (the two of them): two names joined by و, the last such pair before it;
    * ``هم`` (they): nobody (a plural is a group the sentence names as a noun).

    A name right before the noun owns it whatever its gender when it agrees (``وجهت اليونسكو
    إنذارها``, ``أكد الرئيس دعمه``: the verb's subject just named), and ``ها`` right after a verb
    of affirming is the affirmer, the previous event's agent (``وحذرت مصر ...، وتؤكد مساندتها``).
    Else the previous event's single agent, if it agrees.  Nothing if the noun has no pronoun
    (``ة`` is not ``ه``).  (Reading 25 of them in unseen ANT news, the last person named was
    right 10 times: "استنكارها" of the kingdom given to its interior minister, "رفضهما" of a couple to
    a name, "تحقيقاتهم" of the Saudis to the crown prince.)
    """
    word = view.tokens[m.end - 1].text
    if not word.endswith(("ه", "ها", "هم", "هما")):
        return []
    before = [c for c in view.chunks if c.end <= m.start and not c.modifier]
    if word.endswith("هم"):
        return []
    adjacent = next((c for c in before if c.end == m.start and not c.prep and c.label in ("PER", "ORG", "LOC")), None)
    if adjacent is not None and not word.endswith("هما") and (
        adjacent.label == "ORG"
        or (word.endswith("ها") and (adjacent.label != "PER" or _feminine_ar(view, adjacent)))
        or (not word.endswith("ها") and adjacent.label == "PER" and not _feminine_ar(view, adjacent))
    ):
        return [adjacent.key]  # "وجهت اليونسكو إنذارها", "أكد الرئيس دعمه": the subject just named
    if word.endswith("هما"):
        pairs = [g for g in _groups(before) if len(g) == 2]
        if pairs:
            return [c.key for c in pairs[-1]]
        if previous is not None and len(previous.agent) == 2:
            return list(previous.agent)
        return []
    if word.endswith("ها"):
        if _after_saying_ar(view, m) and previous is not None and len(previous.agent) == 1 and not previous.agent[0].startswith("person/"):
            return list(previous.agent)  # "وحذرت مصر ...، وتؤكد مساندتها للمملكة": the one affirming
        fem = [c for c in before if _feminine_ar(view, c)]
        if fem and fem[-1].label != "PER" and any(w.lstrip("وبل") in _WOMAN_AR for w in view.words[: m.start]):
            return []  # "امرأة مسلمة في السويد ... إثر رفضها": the woman, whom no name gives
        if fem:
            return [fem[-1].key]
        if previous is not None and len(previous.agent) == 1 and not previous.agent[0].startswith("person/"):
            return list(previous.agent)
        return []
    people = [c for c in before if c.label == "PER" and not _feminine_ar(view, c)]
    if people:
        return [people[-1].key]
    if previous is not None and len(previous.agent) == 1:
        return list(previous.agent)
    return []


#: feminine nouns in construct with a person's name: his administration / government / campaign
_FEMININE_BODIES_AR = frozenset(normalize(w) for w in "إدارة حكومة حملة إدارته".split())
#: verbs of affirming and expressing whose subject owns the noun right after them ("تؤكد مساندتها")
_SAYING_BEFORE_NOUN_AR = frozenset(
    normalize(w) for w in "تؤكد يؤكد أكدت أكد تجدد جددت يجدد أعلنت أعلن تعلن يعلن أبدت أبدى تبدي تعرب أعربت".split()
)


def _after_saying_ar(view: SentenceView, m: Match) -> bool:
    """Does a verb of affirming or expressing stand right before noun ``m`` (``وتؤكد مساندتها``,
    ``أعربت عن تضامنها``)?"""
    w = view.words
    k = m.start - 1
    if k >= 0 and w[k] == "عن":
        k -= 1
    if k < 0:
        return False
    return drop_conjunction(w[k]) in _SAYING_BEFORE_NOUN_AR


#: words for a woman, whom a feminine pronoun after them means rather than a state named before
_WOMAN_AR = frozenset(
    normalize(w) for w in "امرأة المرأة امراة فتاة الفتاة سيدة زوجة الزوجة ابنة طالبة الطالبة ناشطة "
    "الناشطة مواطنة المواطنة".split()
)


def _feminine_ar(view: SentenceView, c: Chunk) -> bool:
    """Can a feminine pronoun (``ها``) stand for chunk ``c``?"""
    if c.label == "PER":
        # "الوزيرة X", "رئيسة وزراء بلاده تيريزا ماي", "أم سياف"; "إدارة ترامب" (Trump's administration)
        if view.words[c.start] == "ام" and c.end - c.start >= 2:
            return True
        if c.start > 0 and view.words[c.start - 1] in _FEMININE_BODIES_AR:
            return True
        return title_gender_ar(view, c.start) == "f"
    if c.nationality:
        # "السلطة القطرية" (feminine: the body may be "her"), "النائب الدانماركي" (masculine)
        return view.words[c.end - 1].endswith("ه")
    if c.kind == "Country" or c.key.startswith("country/"):
        return c.key.removeprefix("country/") not in _MASCULINE_STATES_AR
    if c.kind == "City":
        # a capital stands for its state ("قطعت مصر العلاقات مع الدوحة بسبب دعمها"); another city
        # is a place, seldom the one a pronoun means
        from kg.resolve.places import capitals

        return c.key in capitals()
    if c.label == "ORG":
        head = view.words[c.start]
        head = head[1:] if head[:1] == "و" and len(head) > 3 else head
        return head.endswith("ه") and len(head) > 3
    return False


#: Arabic verbs (normalised stems, without the imperfect prefix) whose subject does the event
#: noun they govern: light verbs ("شن الجيش قصفا", "قام ب", "أجرى محادثات"), verbs of starting,
#: continuing, announcing, deciding and planning ("أعلن الجيش ... قصف", "يفكر ترامب بالانسحاب"),
#: and of travelling, for a visit or a meeting ("وصل ... إلى مدريد في زيارة")
_DOING_STEMS_AR = frozenset(
    normalize(w)
    for w in "شن قام قوم أجر جر عقد بدأ فتح نفذ واصل استأنف ستأنف قرر اقترح عرض فكر أرسل رسل فرض أقر قر "
    "نظم أطلق طلق استمر ستمر اعتزم عتزم نوى هدد أعلن علن وصل توجه وجه سافر غادر صعد كثف "
    "جدد أكمل كمل باشر".split()
)
_DOING_SUFFIXES_AR = ("", "ت", "وا", "ون", "ان", "تا", "نا", "ا", "ن", "ي")
#: masdars and participles of those verbs that govern an event noun ("خلال شن هجمات",
#: "أعلنت مصر إرسال مساعدات", "معلنا القبض على")
_DOING_NOUNS_AR = frozenset(
    normalize(w)
    for w in "شن إرسال فرض تنفيذ إجراء عقد مواصلة استئناف تكثيف قيام معلنا معلنة مواصلا بدء".split()
)
#: purpose accusatives: the clause's subject does them ("ألغت كوريا الشمالية اجتماعا احتجاجا على")
_PURPOSE_AR = frozenset(normalize(w) for w in "احتجاجا تضامنا تنديدا رفضا ردا دعما".split())
_ORDINALS_AR = frozenset(normalize(w) for w in "أول اول ثاني ثالث آخر اخر أي".split())


def _doing_verb_ar(word: str) -> bool:
    forms = []
    for w in {word, word[1:] if word[:1] in "وف" and len(word) > 3 else word}:
        forms.append(w)
        if w[:1] == "س" and len(w) > 3:
            w = w[1:]
            forms.append(w)
        if w[:1] in "يتنا" and len(w) > 2:
            forms.append(w[1:])
    for f in forms:
        for suffix in _DOING_SUFFIXES_AR:
            if suffix and not f.endswith(suffix):
                continue
            if f[: len(f) - len(suffix)] in _DOING_STEMS_AR:
                return True
    return False


#: "مسؤوليته عن الهجوم" (normalised): responsibility claimed for the event noun after it
_RESPONSIBILITY_AR = ("مسووليت", "مسيوليت")
#: forms of أعلن (normalised, without و / ف): an event noun it announces is its subject's act
_ANNOUNCE_AR = frozenset("اعلن اعلنت يعلن تعلن اعلنوا يعلنون سيعلن ستعلن".split())
#: words that end the clause of أعلن before a trigger: that, relative pronouns, but, while
_ANNOUNCE_BREAKS_AR = frozenset("ان انه انها انهم بان بانه بانها الذي التي الذين لكن بينما حيث".split())
#: deaths announced: the announcer is seldom the killer
_DEATHS_AR = frozenset(normalize(w) for w in "مقتل مصرع وفاة إصابة".split())


def _announcer_ar(view: SentenceView, m: Match) -> set[str]:
    """The subject of a form of ``أعلن`` that governs Arabic trigger ``m`` with no أنّ between
    ("أعلنت وزارة الخزانة الأميركية، الخميس، فرض عقوبات", "أعلن نادي فياريال يوم الأحد توقيع",
    "وأعلن تنظيم الدولة مسؤوليته عن الهجوم"): a source of the report and the one who acts.
    Not a news medium announcing others' acts ("أعلنت وكالة الأنباء توقيع اتفاق"), nor whoever
    announces a death ("أعلنت وزارة الصحة مقتل 5 أشخاص")."""
    w = view.words
    if normalize(m.entry.lemma.split("/")[0]) in _DEATHS_AR:
        return set()
    k = m.start - 1
    if k >= 1 and w[k] == "عن" and w[k - 1].startswith(_RESPONSIBILITY_AR):
        k -= 2
    stop = max(-1, m.start - 9)
    while k > stop:
        x = w[k]
        if drop_conjunction(x) in _ANNOUNCE_AR:
            if k >= 1 and w[k - 1] in cues.AR_RELATIVE:
                return set()  # "لقديم، الذي أعلن الولاء للتنظيم، طالب": أعلن of a relative clause
            break
        if x in _ANNOUNCE_BREAKS_AR or x in cues.AR_STRONG_PUNCT or x in ('"', "«", "»"):
            return set()
        k -= 1
    else:
        return set()
    return {
        c.key
        for c in view.chunks
        if k < c.start and c.end <= m.start and not c.prep and not c.nationality and w[c.start] not in cues.AR_MEDIA
    }


#: what "وذلك" (and that) opens when it sets the scene of a clause: "وذلك وسط إضراب ..."
_THAT_AMID_AR = frozenset("وسط بعد عقب اثر خلال في مع بالتزامن تزامنا".split())


def _that_amid_ar(w: list[str], i: int) -> bool:
    """Does a purpose accusative at ``i`` belong to the scene that "وذلك وسط / بعد ..." sets
    before it, not to the clause's subject ("دعا روحاني إلى الوحدة، وذلك وسط إضراب البازار ...
    احتجاجا على انخفاض العملة": the strikers protest)?  "وذلك احتجاجا" keeps the subject."""
    for k in range(i - 2, max(-1, i - 12), -1):
        if w[k] == "وذلك":
            return w[k + 1] in _THAT_AMID_AR
    return False


def _governed_ar(view: SentenceView, m: Match) -> bool:
    """Is an Arabic event noun done by its clause's subject?  Only when a verb of doing governs
    it (:data:`_DOING_STEMS_AR`: "شن الجيش الإسرائيلي، الجمعة، قصفا"), with nothing between
    but that subject (names, a title, definite words, a time word, commas) and one
    preposition, or a masdar of such a verb does, or the noun is a purpose accusative.
    Elsewhere the subject of the sentence is seldom the noun's agent: the noun in a phrase
    ("في أول هجوم", "أعمال الشغب", "اتهامات الاعتداء"), the object of a verb whose subject
    undergoes it ("تواجه المنظمة انتقادات", "خضع نتنياهو للتحقيق"), or an event of others
    ("دعا بومبيو الحكومة إلى دعم"): 24 of 40 such agents read in unseen ANT news were wrong."""
    w = view.words
    i = m.start
    word = w[i]
    if word in _PURPOSE_AR or (word[:1] == "و" and word[1:] in _PURPOSE_AR):
        return not _that_amid_ar(w, i)
    if _reciprocal_ar(view, m):
        return True  # "لمساعدة بعضهما البعض": the pair named before helps each other
    in_chunk = view.named_positions()
    prep = False
    definite = 0
    k = i - 1
    while k >= 0 and w[k] in _ORDINALS_AR:
        k -= 1  # "في أول زيارة"
    near = k
    while k >= 0 and i - k <= 16:
        x = w[k]
        if k == near and (x in _DOING_NOUNS_AR or x.lstrip("لب") in _DOING_NOUNS_AR):
            return True
        if _doing_verb_ar(x) and k not in in_chunk:
            return True
        if x in ("،", ","):
            # a parenthetical between commas ("نفذ الجيش، مسنودا بقوات التحالف، اليوم، عملية")
            j = next((j for j in range(k - 1, max(-1, k - 8), -1) if w[j] in ("،", ",")), None)
            if j is not None and not any(_doing_verb_ar(y) for y in w[j + 1 : k]):
                k = j
                continue
        if k in in_chunk or x in ("،", ",", "\"", "«", "»") or x in AR_WEEKDAYS or (x == "يوم" and w[k + 1] in AR_WEEKDAYS):
            k -= 1  # ("يوم الأحد")
            continue
        if k == near and not prep and x in ("في", "الي", "علي", "عن", "من", "ب", "ل"):
            prep = True
            k -= 1
            if x == "عن" and k >= 0 and w[k].startswith(_RESPONSIBILITY_AR):
                k -= 1  # "أعلن التنظيم مسؤوليته عن الهجوم": who claims the attack made it
            continue
        if prep and x in ("الي", "من") and k + 1 in in_chunk:
            k -= 1  # "وصلت ميركل إلى باريس في زيارة": where the verb took the subject
            continue
        if x in cues.AR_TITLE_STARTS or (x.startswith("ال") or k + 1 in in_chunk and x[:1] not in "بلوف") and definite < 4:
            # (a head noun before a name: "نادي فياريال", "جهاز الموساد")
            definite += 1
            k -= 1
            continue
        return False
    return False


def _relative_doer_ar(view: SentenceView, m: Match) -> list[str] | None:
    """An event noun followed by a verb of doing with its pronoun (``هجوم شنه``, ``الاجتماع
    الذي عقده``): None if there is none; else the name right after that verb, or the name
    after ``من`` in a phrase of people there ("عناصر من حركة الشباب"), or [] (its subject
    is the clause's)."""
    w = view.words
    k = m.end
    if k < len(w) and w[k] in cues.AR_RELATIVE:
        k += 1
    if k >= len(w):
        return None
    verb = w[k]
    stem = next((verb[: -len(p)] for p in ("ها", "هم", "ه") if verb.endswith(p) and len(verb) - len(p) >= 2), None)
    if stem is None or not _doing_verb_ar(stem):
        return None
    for c in view.chunks:
        if c.start == k + 1 and not c.prep and not c.nationality:
            return [c.key]
        if k + 1 < c.start <= k + 5 and c.prep == "من" and c.label in ("ORG", "PER"):
            return [c.key]
    nxt = w[k + 1] if k + 1 < len(w) else "."
    if nxt[:1] in "بفلك" or nxt in cues.AR_PREPOSITIONS or nxt in AR_WEEKDAYS or not nxt[:1].isalpha():
        return []  # no subject after the verb: the clause's subject did it
    return ["?"]  # a common noun does it ("شنه مسلحون"): no name to give


def _accused_ar(view: SentenceView, m: Match, kept: list[tuple[Match, Event]]) -> list[str]:
    """The accused of an accusation earlier in the clause whose ``ب`` phrase holds event noun ``m``
    ("إثر اتهام نظام بشار الأسد بشن هجوم", "اتهامات لروسيا بتسميم سكريبال"): what it alleges
    they did.  ``[]`` when the noun is not in such a phrase."""
    w = view.words
    for pm, ev in reversed(kept):
        if pm.end > m.start:
            continue
        if ev.category != "ACCUSE" or not ev.target:
            return []
        accused = [c for c in view.chunks if c.key in ev.target and pm.end <= c.start < m.start]
        # the accused right before the ب phrase, no comma between ("اتهم كل من جيش الإسلام، ومنظمة
        # الخوذ البيضاء، ... قوات النظام السوري بشن هجوم": the subjects' list may be long)
        if not accused or m.start - accused[-1].end > 3:
            return []
        if any(x in cues.AR_STRONG_PUNCT or x in ("،", ",") for x in w[accused[-1].end : m.start]):
            return []
        # the noun is the ب phrase ("بدعم الحوثيين") or what its masdar governs ("بشن هجوم")
        if accused[-1].end <= m.start and any(
            w[k].startswith("ب") and len(w[k]) > 2 for k in range(max(accused[-1].end, m.start - 1), m.start + 1)
        ):
            return list(ev.target)
        return []
    return []


def _clause_subject_ar(
    view: SentenceView, m: Match, lo: int, kept: list[tuple[Match, Event]], reps: set[str], roles: Roles
) -> list[str]:
    """Who does an Arabic event noun with no genitive agent: the agent of the sentence's last
    verb event before it, else the first bare name of its clause (the subject of a verb that
    is no trigger: ``وصلت المستشارة الألمانية أنغيلا ميركل إلى باريس في أول زيارة``); only
    when a verb of doing governs the noun (:func:`_governed_ar`)."""
    accused = _accused_ar(view, m, kept)
    if accused:
        return accused  # "اتهام نظام بشار الأسد بشن هجوم كيماوي": the accused did it, allegedly
    rel = _relative_doer_ar(view, m)
    if rel is not None:
        # "بعد هجوم شنه عناصر من حركة الشباب": the name after the relative verb does it;
        # "خلال الاجتماع الذي عقده" (no name): the clause's subject, as below
        if rel:
            return [k for k in rel if k != "?"]
    elif not _governed_ar(view, m):
        return []
    for pm, ev in reversed(kept):
        if pm.entry.kind == "v" and pm.end <= m.start and ev.agent:
            return [k for k in ev.agent if k not in roles.target]
    found: list[str] = []
    for c in view.chunks_in(lo, m.start):
        if c.prep or c.modifier or c.key in reps or c.key in roles.target:
            continue
        if c.is_place and c.kind != "Country" and not c.nationality:
            continue  # a city or region before the noun is where, not who
        if any(x in cues.AR_STRONG_PUNCT for x in view.words[c.end : m.start]):
            return []
        if not found:
            found = [c.key]
        elif _reciprocal_ar(view, m) and c.key not in found and view.words[c.start].startswith("و"):
            # "توقيع روسيا وكوريا الشمالية على اتفاقية ... لمساعدة بعضهما البعض": the pair helps
            found.append(c.key)
            break
        else:
            break
    return found


def _reciprocal_ar(view: SentenceView, m: Match) -> bool:
    """Is the Arabic event noun ``m`` done to "each other" (``لمساعدة بعضهما البعض``)?"""
    return any(x.startswith("بعض") and len(x) > 3 for x in view.words[m.end : m.end + 2])


def _confidence(
    m: Match, roles: Roles, mode: str, category: str = "", lang: str = "", words: int = 0, dated: bool = False
) -> float:
    """The probability that the event is right (:mod:`kg.events.confidence`): its category fits, its
    modality holds and no stated role is wrong, as measured on labelled news; the hand-set score of
    :func:`_score` for a language without a model."""
    coef = event_confidence.coefficients(lang)
    if coef is None:
        return _score(m, roles, mode)
    return event_confidence.probability(
        coef,
        category,
        noun=float(m.entry.kind == "n"),
        agent=float(bool(roles.agent)),
        target=float(bool(roles.target)),
        place=float(bool(roles.place)),
        dated=float(dated),
        not_asserted=float(mode != ASSERTED),
        petrarch=float(m.entry.source != "kg"),
        words=event_confidence.word_feature(words),
        prior=(m.entry.confidence - 0.5) * 10,
    )


def _reconfidence(ev: Event, m: Match, words: int, lang: str = "ar") -> None:
    """The confidence of event ``ev`` (of trigger ``m``) again, after a later rule gave it an agent."""
    roles = Roles(agent=list(ev.agent), target=list(ev.target), place=list(ev.place), agent_from=ev.attrs.get("agent_from", ""))
    ev.confidence = _confidence(m, roles, ev.modality, ev.category, lang, words, ev.time_text is not None)


def _score(m: Match, roles: Roles, mode: str) -> float:
    """The hand-set score of the lexicon entry's prior and the roles found (the confidence before the
    twentieth session): it still picks a sentence's main event among asserted ones (:func:`_mark_main`)."""
    c = m.entry.confidence
    if m.entry.source != "kg" and not (roles.agent and roles.target):
        c -= 0.15  # PETRARCH codes a dictionary verb only between two actors; kg keeps it, less sure
    if roles.agent and roles.agent_from in ("subject", "genitive", "passive"):
        c += 0.1
    elif roles.agent:
        c += 0.05
    if roles.target and roles.target_from != "parse":
        c += 0.05  # a target the parse alone found is right about half the time on news: no gain
    if mode != ASSERTED:
        c -= 0.05
    return round(max(0.05, min(0.95, c)), 2)


def _relations(doc: Document, view: SentenceView) -> list[Relation]:
    """The sentence's relations (:func:`kg.events.relations.find_relations`), each with its
    predicate's measured probability of being right as its confidence (:mod:`kg.events.confidence`);
    the rule's own score (a title 0.6-0.8, a verb 0.5) stays in ``attrs["score"]``."""
    found = find_relations(doc, view)
    for r in found:
        r.attrs["score"] = r.confidence
        r.confidence = event_confidence.relation(view.lang, r.predicate, r.confidence)
    return found


def _add_criticisms(doc: Document, view: SentenceView, index: int, kept: list[Event]) -> None:
    """ACCUSE events for what a speaker judges of an actor (:mod:`kg.events.criticism`).

    Not when the sentence already states an accusation (``criticised X, saying ...``).
    """
    if not possible_criticism(view.words) or any(e.category == "ACCUSE" and e.modality == ASSERTED for e in kept):
        return
    found = criticisms(view, reporters(view)[0])
    main = not any(e.attrs.get("main") for e in kept)
    for c in found:
        a, b = view.tokens[c.start].start, view.tokens[c.end - 1].end
        doc.events.append(
            Event(
                category="ACCUSE",
                trigger=Span(a, b, doc.text[a:b]),
                sentence=index,
                agent=list(c.speaker),
                target=list(c.target),
                cameo="111",
                modality=NEGATED if c.negated else ASSERTED,
                confidence=event_confidence.said(doc.lang, "ACCUSE", bool(c.speaker), 0.4 if c.speaker else 0.3),
                attrs={
                    "source": "kg",
                    "agent_from": "speaker" if c.speaker else "",
                    "stated": "ACCUSE",
                    "criticism": True,
                    **({"main": True} if main and not c.negated else {}),
                },
            )
        )
        main = main and c.negated


#: what a speaker calls an actor: "إن الولايات المتحدة وفرنسا ... كاذبون وفاسدون"
_AR_SCORN = frozenset(
    f for w in "كاذب فاسد منافق مجرم".split() for f in arabic_actor_forms(w)
)
_AR_SAY = frozenset("قال قالت يقول تقول اضاف اضافت صرح صرحت اكد اكدت يري تري".split())
_AR_BLAME = ("يتحمل", "تتحمل", "يتحملون")


def _add_criticisms_ar(doc: Document, view: SentenceView, index: int, kept: list[tuple[Match, Event]]) -> None:
    """ACCUSE / REJECT for what an Arabic speaker says: ``قال الجعفري إن الولايات المتحدة
    "كاذبون وفاسدون"``, ``يقول أبو سعدة إن "الحكومة القطرية تتحمل مسؤولية ..."``: the speaker
    accuses, the actor named right after إن is accused; ``أكد الوزير أن ما يتم تداوله "أكاذيب
    لا أساس لها من الصحة"``: the speaker denies.  Not when the sentence states such an act already."""
    w = view.words
    for i, x in enumerate(w):
        if (x[1:] if x[:1] in "وف" else x) not in _AR_SAY:
            continue
        that = next((j for j in range(i + 1, min(len(w), i + 16)) if w[j] in ("ان", "بان")), None)
        if that is None:
            return
        speaker = [c for c in view.chunks if i < c.start < that and c.label in ("PER", "ORG") and not c.prep][:1]
        if not speaker:
            # "وكان وزير الداخلية السعودي أكد أن": the subject before the verb (a state's official)
            speaker = [
                c for c in view.chunks
                if i - 5 <= c.start and c.end <= i and not c.prep and (c.label in ("PER", "ORG") or c.nationality)
            ][-1:]
        denial = _denial_ar(w, that)
        if denial is not None and not any(ev.category == "REJECT" and ev.modality == ASSERTED for _, ev in kept):
            _add_said(doc, view, index, "REJECT", "120", denial, speaker, [])
            return
        if any(ev.category == "ACCUSE" and ev.modality == ASSERTED for _, ev in kept):
            return
        first = next((c for c in view.chunks if c.start > that), None)
        if first is None or first.prep or first.start - that > 3:
            return
        if not all(not y.isalnum() or y in _STATE_HEADS_AR for y in w[that + 1 : first.start]):
            return
        targets = [first] + [c for c in view.chunks if c.start > first.start and c.conj and c.start - first.end <= 8]
        end = max(c.end for c in targets)
        rest = w[end : end + 10]
        hit = next((k for k, y in enumerate(rest) if y.lstrip("و") in _AR_SCORN or y in _AR_SCORN), None)
        if hit is None and rest[:1] and rest[0].startswith(_AR_BLAME) and any(y.startswith(("مسوول", "المسوول")) for y in rest[1:3]):
            hit = 0  # "تتحمل مسؤولية": is to blame
        if hit is None:
            return
        _add_said(doc, view, index, "ACCUSE", "111", end + hit, speaker, list(dict.fromkeys(c.key for c in targets)))
        return


def _denial_ar(w: list[str], that: int) -> int | None:
    """Token of a denial in what is said after أن (within 16 words): ``لا أساس لها من الصحة``,
    ``عار عن الصحة``, ``أكاذيب``."""
    for k in range(that + 1, min(len(w), that + 17)):
        x = w[k].lstrip("و")
        if x in ("اكاذيب", "اكذوبه") or (x == "اساس" and w[k - 1] == "لا" and "الصحه" in w[k + 1 : k + 4]):
            return k
        if x in ("عار", "عاريه", "عاري") and w[k + 1 : k + 3] in (["عن", "الصحه"], ["من", "الصحه"]):
            return k
    return None


def _add_said(
    doc: Document, view: SentenceView, index: int, category: str, cameo: str, tok: int, speaker: list[Chunk],
    target: list[str],
) -> None:
    a, b = view.tokens[tok].start, view.tokens[tok].end
    doc.events.append(
        Event(
            category=category,
            trigger=Span(a, b, doc.text[a:b]),
            sentence=index,
            agent=[c.key for c in speaker],
            target=[k for k in target if k not in {c.key for c in speaker}],
            cameo=cameo,
            modality=ASSERTED,
            confidence=event_confidence.said(doc.lang, category, bool(speaker), 0.4 if speaker else 0.3),
            attrs={"source": "kg", "agent_from": "speaker" if speaker else "", "stated": category, "criticism": True},
        )
    )


def _add_demands(doc: Document, view: SentenceView, index: int, kept: list[Event]) -> None:
    """REQUEST events for what a speaker says an actor should do (:func:`kg.events.criticism.demands`).

    Not when the sentence already states a request (``urged X to ...``).
    """
    if not possible_demand(view.words):
        return
    stated = {e.category for e in kept if e.modality == ASSERTED}
    main = not any(e.attrs.get("main") for e in kept)
    for c in demands(view, reporters(view)[0]):
        if c.category in stated:
            continue
        a, b = view.tokens[c.start].start, view.tokens[c.end - 1].end
        doc.events.append(
            Event(
                category=c.category,
                trigger=Span(a, b, doc.text[a:b]),
                sentence=index,
                agent=list(c.speaker),
                target=list(c.target),
                cameo="100" if c.category == "REQUEST" else "111",
                modality=ASSERTED,
                confidence=event_confidence.said(doc.lang, c.category, bool(c.speaker), 0.4 if c.speaker else 0.3),
                attrs={
                    "source": "kg",
                    "agent_from": "speaker" if c.speaker else "",
                    "stated": c.category,
                    "demand": True,
                    **({"main": True} if main else {}),
                },
            )
        )
        main = False


def _target_of_intended(view: SentenceView, kept: list[tuple[Match, Event]]) -> None:
    """A threat or a pledge is made to whom the act it names would be done: "threatened to break
    off relations with Russia", "pledged to send aid to Sudan" (English)."""
    w = view.words
    for i, (m, ev) in enumerate(kept):
        if ev.target or ev.category not in ("THREATEN", "AGREE") or m.entry.kind != "v":
            continue
        if w[m.end : m.end + 1] != ["to"]:
            continue
        if i + 1 == len(kept):
            continue
        m2, ev2 = kept[i + 1]  # the act named right after "to"
        if m2.start - m.end <= 3 and ev2.target:
            ev.target = [k for k in ev2.target if k not in ev.agent]
            ev.participant = [k for k in ev.participant if k not in ev.target]


def _no_event(
    view: SentenceView,
    m: Match,
    roles: Roles,
    tx: Timex | None,
    *,
    lang: str,
    lo: int,
    kept: list[tuple[Match, Event]],
    event_verbs: list[int],
    named_events: dict[int, str],
    played: bool,
    storms: frozenset[str] = frozenset(),
) -> bool:
    """Does trigger ``m``, with its roles and time, state no event in its sentence?

    Background nouns, dictionary defaults without PETRARCH's actor slots, play in sports
    reports, natural disasters, participles and intentions (see each rule).
    """
    if lang == "ar" and _not_an_act_ar(view, m):
        return True
    if (
        m.entry.kind == "n"
        and not (roles.agent or roles.target or roles.place or roles.participant)
        and not (lang == "ar" and _passive_masdar_ar(view, m))
        and (
            (_definite(view, m) and tx is None)
            or (lang == "en" and event_verbs and _in_pp(view, m))
            or (lang == "en" and m.entry.plover in _COMMUNICATIVE)
        )
    ):
        # a bare definite noun ("الاجتماع") refers back to an event, it does not state one;
        # an English noun with no participant beside a verb event is background ("since the invasion");
        # an English noun of talk with no one talking names a topic ("an outside threat",
        # "demand for asylum", "the official visit")
        return True
    if (
        lang == "en"
        and m.entry.derived
        and not (roles.agent or roles.target or roles.participant)
        and not _complemented(view, m)
    ):
        return True  # a derived noun with no one in it names a practice: "opponent of nationalisation"
    if (
        lang == "en"
        and m.entry.kind == "n"
        and m.entry.plover in _COMMUNICATIVE
        and any(ev.category in _RESPONSES and k.end <= m.start <= k.end + 3 for k, ev in kept)
    ):
        return True  # "conceded to demands from UNITA": what was conceded, not a second event
    if m.entry.source != "kg" and not (m.entry.after or m.entry.before):
        # a dictionary verb's bare default code: PETRARCH keeps it between two dictionary
        # actors; kg's actors are looser, and on the English tuning sets none of these was
        # right (wants -> AGREE, decided -> AGREE, failed -> REJECT ...): only patterns count
        return True
    if m.entry.source != "kg" and _function_pattern(m) and not (roles.agent and roles.target):
        # a pattern of function words only ("come * to +"): PETRARCH's actor slots made it
        # specific; without them it needs the two actors ("he came to Britain as a jumper")
        return True
    if (
        m.entry.source != "kg"
        and lang == "en"
        and not (roles.agent or roles.target)
        and named_events.get(m.context_at if m.context_at is not None else -1) != m.entry.plover
    ):
        # a dictionary pattern codes what one actor does to another ("is being paid"),
        # unless its object names the event itself ("completed their withdrawal")
        return True
    if (
        played
        and m.entry.plover in (SPORTS_SENSES if lang == "ar" else SPORTS_SENSES_EN)
        and not (
            lang == "ar"
            and m.entry.plover == "CONSULT"
            and any(k.startswith("person/") for k in roles.agent + roles.target)
        )
    ):
        # "واصل الهلال هجومه", "يلتقي بايرن إشبيلية", "he attacks the net": play
        # (kg.events.sports); Arabic officials still meet
        return True
    if (
        lang == "en"
        and played
        and play_sense_en(m.entry.plover, view.words[m.start])
        and on_field_en(view.words, m.start, m.end)
    ):
        return True  # "they were denied by desperate defending", "headed past the keeper": play
    if lang == "en" and m.entry.plover == "ASSAULT" and _natural(view, m, lo, storms):
        return True  # "the storm killed 12 people": no one attacked
    if (
        lang == "ar"
        and m.entry.plover == "ASSAULT"
        and (
            not roles.agent
            or (all(k.startswith(("city/", "loc/")) for k in roles.agent) and _unarmed_ar(view))
            or (all(k.startswith(("city/", "loc/", "country/")) for k in roles.agent) and _death_ar(m) and _unarmed_ar(view))
        )  # (a state as killer where no weapon is named: "وقتلت عواصف مصحوبة بثلوج ... في شمال وغرب الهند")
        and _natural_ar(view)
    ):  # (a place before the verb is no attacker: "انفجر كويكب فوق تونغوسكا"; a state may be one:
        # "بعد الغزو العراقي للكويت" beside "عملية عاصفة الصحراء")
        return True  # "ابتلعتها الأرض وقتل فيها مئات الناس" (the disaster agency says): no one attacked
    if (
        lang == "ar"
        and m.entry.plover == "ASSAULT"
        and _only_places(roles.agent)  # no one, or where
        and _death_ar(m)
        and _accident_ar(view)
    ):
        return True  # "لقي 16 شخصا مصرعهم إثر غرق مركب", "قتل عشرة في حادث تصادم قطارين": an accident
    if m.entry.source != "kg" and lang == "en" and not _finite(view, m):
        return True  # PETRARCH codes a clause's verb: not a participle or gerund ("damaging relations")
    if (
        m.entry.source != "kg"
        and view.words[m.start] in _EN_INTENT
        and view.words[m.end : m.end + 1] == ["to"]
    ):
        return True  # "wants to attack": what is intended is the event (PLOVER intent rule)
    return False


#: what "receiving" people in numbers means: hosting migrants, not a visit (CONSULT)
_AR_HOSTED_CROWDS = ("مهاجر", "المهاجر", "لاجي", "اللاجي", "نازح", "النازح", "زوار", "الزوار", "سياح", "السياح",
                     "حجاج", "الحجاج", "طلبات", "الاف", "ميات", "نحو", "قرابه", "حوالي", "اكثر")
#: "a number of" before actors named by a participle (عدد من المتظاهرين)
_AR_SOME = frozenset("عدد عددا مجموعه بعض".split())
#: the passive of a masdar: "تم القبض على", "جرى اعتقال"
_AR_PASSIVE_AUX = frozenset("تم وتم يتم ويتم سيتم جري وجري".split())


def _dictionary_default_en(view: SentenceView, m: Match) -> bool:
    """An English dictionary row that :func:`_no_event` rejects whatever the trigger's roles,
    time and sentence: a bare default code (no context slot) or a verb that is not finite.
    Most dictionary matches of English news are such (1,950 of 2,816 matches on 200 BBC
    articles), so :func:`extract` skips them before finding their roles."""
    e = m.entry
    return e.source != "kg" and (not (e.after or e.before) or not _finite(view, m))


def _not_an_act_ar(view: SentenceView, m: Match) -> bool:
    """Arabic words that look like a trigger but state no event: ``تحالف دعم الشرعية`` (a
    name), ``استقبلت نحو 19 ألف مهاجر`` (hosting migrants, not a visit)."""
    w = view.words
    prev = w[m.start - 1] if m.start else ""
    if m.entry.kind == "a" and prev == "من" and m.start >= 2 and w[m.start - 2].lstrip("ل") in _AR_SOME:
        return True  # "لقطات لعدد من المتظاهرين": protesters in a picture, no protest stated
    if m.entry.kind == "n" and prev.endswith("تحالف"):
        return True  # "تحالف دعم الشرعية", "بقوات تحالف دعم الشرعية": the coalition's name
    if m.entry.plover == "CONSULT" and m.entry.lemma.startswith(("استقبل", "استقبال", "استضاف", "استضافه")):
        nxt = w[m.end : m.end + 2]
        if any(x[:1].isdigit() or x.startswith(_AR_HOSTED_CROWDS) for x in nxt):
            return True
        # "شروط الاستقبال", "مراكز الاستقبال": the noun in construct after another, no one received
        word = w[m.start].lstrip("وبل")
        return (
            m.entry.kind == "n"
            and word.startswith("ال")
            and m.start > 0
            and prev.isalpha()
            and not prev.startswith(("ال", "وال"))
            and prev not in cues.AR_PREPOSITIONS
            and prev not in _AR_PASSIVE_AUX
            and not any(c.start == m.end for c in view.chunks)
            and not any(c.start <= m.start - 1 < c.end for c in view.chunks)
        )
    if m.entry.lemma.startswith("فجر") and w[m.start] == "فجرا":
        # "في الرابعة فجرا،": at dawn; the dual "فجرا نفسيهما" (the two blew themselves up) has an object
        nxt = w[m.end] if m.end < len(w) else ""
        return not nxt.isalpha() or nxt in cues.AR_PREPOSITIONS
    if m.entry.plover == "PROTEST" and m.entry.kind == "v" and m.entry.lemma.startswith("تجمع"):
        # "الشعوبية تجمع ترامب وأوبرادور": brings two named people together, no rally
        return any(c.start == m.end and c.label in ("PER", "ORG") and not c.prep for c in view.chunks)
    if m.entry.plover == "SUPPORT" and (w[m.start] in ("بدعم", "وبدعم") or w[m.start].startswith("مدعوم")):
        # "الجيش الوطني بدعم التحالف استعاد ...": how the subject acts, not an act of support
        return True
    return False


def _undergone_noun_ar(view: SentenceView, m: Match) -> bool:
    """An Arabic event noun after من, or with a ل proclitic, names what its clause's subject
    undergoes or escapes, not what it does: "إذا تعرضت أي من الدولتين لهجوم" (either state
    attacked), "الحرس الوطني الروسي ينقذ منشأة عسكرية من هجوم" (the Guard foils the attack)."""
    if m.start > 0 and view.words[m.start - 1] == "من":
        return True
    word, lemma = view.words[m.start], m.entry.lemma
    # ل after تعرض (to be subjected to); elsewhere it may state a purpose ("لمساعدة بعضهما")
    return (word.startswith("ل") and not lemma.startswith("ل")
            and any("تعرض" in w for w in view.words[max(0, m.start - 4) : m.start]))


#: numbers of people ("قتل العشرات من الحوثيين"): the noun's genitive, those it is done to
_AR_MANY = frozenset("عشرات ميات الاف الوف".split())
#: verbs of receiving: "تلقى دعما", "تتلقى تهديدات" (normalised, without و / ف)
_AR_RECEIVED = ("تلقي", "يتلقي", "تتلقي", "تلقت", "تلقوا", "يتلقون", "نتلقي", "اتلقي")
#: verbs of facing: what one faces one undergoes (a sentence, charges, criticism, an attack)
_AR_FACING = frozenset("يواجه تواجه يواجهون يواجهان تواجهان واجه واجهت واجهوا واجها".split())


def _subject_undergoes(view: SentenceView, m: Match, t: int | None, roles: Roles, how: str) -> None:
    """The subject of the verb at ``t`` (تعرض, تلقى) undergoes event noun ``m``: a bare name right
    after the verb ("تعرضت العاصمة العراقية": the Iraqi capital, Iraq), else the last one in the four words before it."""
    if t is None:
        return
    after = [c for c in view.chunks if t < c.start and c.end <= m.start and not c.prep and not c.modifier]
    before = [c for c in view.chunks if t - 4 <= c.start and c.end <= t and not c.prep and not c.modifier]
    subject = after[:1] or before[-1:]
    if subject:
        roles.target = [subject[0].key]
        roles.target_from = how
        roles.agent = [k for k in roles.agent if k != subject[0].key]


def _undergone_roles_ar(view: SentenceView, m: Match, roles: Roles, trig_starts: list[int] | tuple[int, ...] = ()) -> None:
    """Roles an Arabic event noun's frame gives: who ``تعرض ل`` (underwent) it is its target
    (``وتعرض سكريبال وابنته للتسميم``); support or aid ``من X`` (from X) after the noun
    has X as its agent (``تلقي الحركة دعما ماليا من الدوحة``), as has an attack by people
    ``من`` a named group (``هجوم متطرفين من جماعة بوكو حرام``)."""
    w = view.words
    if not roles.target and w[m.start].startswith("ل"):
        t = next((k for k in range(m.start - 1, max(-1, m.start - 6), -1) if "تعرض" in w[k]), None)
        _subject_undergoes(view, m, t, roles, "undergoer")
    if not roles.target and m.start > 0:
        # "تلقى أوسكار تاباريز، المدير الفني للمنتخب، دعما كبيرا", "وتلقت الحكومة السورية دعما
        # عسكريا من روسيا": who receives it is its target
        t = next((k for k in range(m.start - 1, max(-1, m.start - 9), -1) if drop_conjunction(w[k]).startswith(_AR_RECEIVED)), None)
        _subject_undergoes(view, m, t, roles, "receiver")
    if m.start > 0 and not roles.target:
        # "يواجه حكما بالسجن", "واجهت الحكومة انتقادات": who faces it undergoes it, and does not do it
        t = next((k for k in range(m.start - 1, max(-1, m.start - 4), -1) if drop_conjunction(w[k]) in _AR_FACING), None)
        if t is not None and not any(x in ("،", ",") for x in w[t:m.start]):
            _subject_undergoes(view, m, t, roles, "undergoer")
            roles.agent = [k for k in roles.agent if not any(c.key == k and c.end <= t for c in view.chunks)]
            if not roles.agent:
                roles.agent_from = "faced"  # (no clause subject then: "علما أنه يواجه حكما": he faces it)
    if m.entry.plover in ("SUPPORT", "AID"):
        src = next((c for c in view.chunks if c.prep == "من" and 0 < c.start - m.end <= 3), None)
        if src is not None:  # a capital stands for its state (kg.events.metonymy)
            roles.agent = [src.key]
            roles.agent_from = "from"
    elif m.entry.plover == "ASSAULT" and not roles.agent:
        # "هجوم متطرفين من جماعة بوكو حرام على مدرستهن": the group the attackers are from attacks
        nxt = next((c for c in view.chunks if c.start >= m.end), None)
        if (
            nxt is not None
            and nxt.label in ("ORG", "PER")
            and nxt.start - m.end <= 4
            and "من" in w[m.end : nxt.start]
            and not any(x in ("،", ",") or x in cues.AR_STRONG_PUNCT for x in w[m.end : nxt.start])
            and not any(m.end <= k < nxt.start for k in trig_starts)  # "غارة استهدفت مسلحين من القاعدة": the raid's target
        ):
            many = m.end < len(w) and (w[m.end].removeprefix("ال") in _AR_MANY or w[m.end][:1].isdigit())
            if objective_noun_ar(view, m, m.end) or (many and _death_ar(m)):
                # "مقتل ضابط من قوات الدرك الأردنية", "قتل العشرات من الحوثيين": those killed are from that group
                if not roles.target:
                    roles.target = [nxt.key]
                    roles.target_from = "from"
                return
            roles.agent = [nxt.key]
            roles.agent_from = "from"
            roles.target = [k for k in roles.target if k != nxt.key]


def _passive_masdar_ar(view: SentenceView, m: Match) -> bool:
    """An Arabic masdar after تم / جرى states the act in the passive ("تم القبض على الفاعل")."""
    return m.start > 0 and view.words[m.start - 1] in _AR_PASSIVE_AUX


def _typed(
    view: SentenceView,
    m: Match,
    roles: Roles,
    *,
    lang: str,
    bounds: tuple[int, int],
    matches: list[Match],
    kept: list[tuple[Match, Event]],
) -> tuple[str, str | None, str] | None:
    """The (PLOVER category, CAMEO code, modality) trigger ``m`` states, or None for no event:
    English retyping by context, stated intentions (AGREE / THREATEN), embedding under
    another event."""
    lo, hi = bounds
    mode = modality(view, m, lo, imperfect=_is_imperfect(view, m) if lang == "ar" else False)
    category, cameo = m.entry.plover, m.entry.cameo or None
    if lang == "en":
        typed = retype_en(view, m, roles, matches, (lo, hi))
        if typed is None:
            return None  # an opinion, an idiom, a party's quarrels: no event
        category, cameo = typed
    elif category == "ASSAULT" and _verbal_attack_ar(view, m, roles):
        category, cameo = "ACCUSE", "111"
    elif category == "PROTEST" and m.entry.kind == "v" and _authorities_close_roads_ar(view, m):
        category, cameo = "COERCE", "172"  # "وقطعت الشرطة الطرق المؤدية إلى ساحة تقسيم": a restriction
    elif category == "PROTEST" and _official_protest_ar(view, m):
        category, cameo = "ACCUSE", "111"
    elif category == "AID" and _help_in_general_ar(view, m, roles):
        return None  # "الأدوية المضادة للاكتئاب تساعد على العلاج": help in general, no actor
    elif category == "COERCE" and _halted_trade_ar(view, m):
        category, cameo = "SANCTION", "163"  # "أوقفت ألمانيا صادرات الأسلحة للسعودية": an embargo
    elif category == "REJECT" and m.entry.kind == "v" and _exiled_ar(view, m):
        category, cameo = "COERCE", "174"  # "ونفته إلى قبرص": exiled, no denial (CAMEO 174 deport)
    elif category == "ASSAULT" and (halt := _ceasefire_of_ar(view, m)) is not None:
        # "إعلان طالبان وقفا غير مسبوق لإطلاق النار": a ceasefire, as "وقف إطلاق النار" is
        category, cameo = "RETREAT", "0871"
        mode = modality(view, m._replace(start=halt), lo)
    elif category == "ASSAULT" and _treasury_targets_ar(view, m):
        category, cameo = "COERCE", "163"  # "تستهدف وزارة الخزانة خمسة مسؤولين إيرانيين": sanctions (as فرض عقوبات)
    elif category == "ASSAULT" and _weapons_test_ar(view, m, roles):
        category, cameo = "MOBILIZE", "150"  # a missile test: a show of military force (CAMEO 150)
    elif category == "SUPPORT" and _material_ar(view, m):
        category, cameo = "AID", "070"  # "دعما ماليا من الدوحة": money, arms: aid (CAMEO 07)
    elif category == "SUPPORT" and _upheld_sentence_ar(view, m):
        category, cameo = "COERCE", "173"  # "أيدت محكمة النقض حكما بإعدام شاب": a court's sentence
    elif category == "THREATEN" and endangering(view, m):
        # "وشدد المالكي على أن الحوثي ... يهدد سلامة السفن": who endangers is accused by the
        # speaker; without a speaker ("نزاعات تهدد الحضارة") no one threatens anyone
        speaker = speaker_before(view, m.start)
        if not speaker:
            return None
        roles.target = roles.agent or [c.key for c in view.chunks if c.end <= m.start and not c.prep][-1:]
        roles.agent = speaker
        roles.agent_from = "speaker"
        category, cameo = "ACCUSE", "111"
    if mode == PLANNED and _embedded(view, m, kept, ASSERTED) == ASSERTED and _intent(view, m, lo):
        # PLOVER: a stated intention to cooperate is AGREE, to coerce or attack THREATEN
        if category in _INTENT_AGREE:
            category, cameo, mode = "AGREE", "030", ASSERTED
        elif category in _INTENT_THREATEN:
            category, cameo, mode = "THREATEN", "130", ASSERTED
        elif category in ("RETREAT", "CONCEDE"):
            # CAMEO 035x "express intent to yield / release / de-escalate", which the
            # CAMEO2PLOVER table (and the gold sets) code as AGREE
            category, cameo, mode = "AGREE", "035", ASSERTED
        if mode == ASSERTED and view.lang == "en" and _negated_intent_en(view.words, m.start):
            mode = NEGATED  # "Iran does not want to meet US officials": no intention stated
    mode = _embedded(view, m, kept, mode)
    return category, cameo, mode


#: the authorities whose closing of roads restricts others, no protest (normalised)
_AR_AUTHORITIES = frozenset("الشرطه السلطات قوات الامن الجيش الحكومه البلديه".split())


def _authorities_close_roads_ar(view: SentenceView, m: Match) -> bool:
    """Is the subject right after an Arabic road-blocking verb an authority (``وقطعت الشرطة الطرق``)?"""
    return m.end < len(view.words) and view.words[m.end] in _AR_AUTHORITIES


def _exiled_ar(view: SentenceView, m: Match) -> bool:
    """Is an Arabic نفى with a pronoun object followed by إلى (``ونفته إلى قبرص``): exile, no denial?"""
    w = view.words
    return (
        normalize(m.entry.lemma.split("/")[0]) == "نفي" and w[m.start].endswith(("ه", "ها", "هم"))
        and m.end < len(w) and w[m.end] == "الي"
    )


#: a halt, whose "ل" + shooting after an adjective is a ceasefire ("وقفا فوريا لإطلاق النار")
_AR_HALTS = frozenset("وقف وقفا وقفه الوقف".split())


def _ceasefire_of_ar(view: SentenceView, m: Match) -> int | None:
    """Where the halt of shooting noun ``m`` (``لإطلاق النار``) starts, a word or two before it
    (``وقف شامل لإطلاق النار``, ``وقفا غير مسبوق لإطلاق النار``), or None."""
    w = view.words
    if not w[m.start].startswith("لاطلاق"):
        return None
    for k in range(m.start - 1, max(-1, m.start - 4), -1):
        x = w[k]
        if x in _AR_HALTS or (x[:1] == "و" and x[1:] in _AR_HALTS):
            return k
        if x in ("،", ",") or x in cues.AR_STRONG_PUNCT:
            return None
    return None


#: a treasury (finance ministry), whose targeting is by sanctions
_AR_TREASURY = frozenset("الخزانه الخزينه والخزانه".split())


def _treasury_targets_ar(view: SentenceView, m: Match) -> bool:
    """Is an Arabic ``استهدف`` done by a treasury (``تستهدف وزارة الخزانة خمسة مسؤولين``,
    ``استهدفت الخزانة الأمريكية``): sanctions, no attack?"""
    if "استهدف" not in normalize(m.entry.lemma.split("/")[0]):
        return False
    return any(x in _AR_TREASURY for x in view.words[max(0, m.start - 3) : m.end + 3])


#: what makes support material (aid, CAMEO 07): "دعما ماليا", "الدعم العسكري", "بالسلاح"
_AR_MATERIAL = ("مالي", "عسكري", "لوجستي", "اقتصادي", "بالسلاح", "بالاسلحه", "بالمال", "بالاموال")


def _material_ar(view: SentenceView, m: Match) -> bool:
    """Is an Arabic ``دعم`` support in money, arms or supplies (``تلقي ... دعما ماليا``)?"""
    if "دعم" not in m.entry.lemma:
        return False
    return any(x.lstrip("و").removeprefix("ال").startswith(_AR_MATERIAL) for x in view.words[m.end : m.end + 2])


_AR_SENTENCES = ("باعدام", "بالاعدام", "بسجن", "بالسجن", "بحبس", "بالحبس", "بالمويد")


def _upheld_sentence_ar(view: SentenceView, m: Match) -> bool:
    """``أيدت المحكمة حكما بإعدام شاب``: upholding a sentence of death or prison is the
    court's coercion (CAMEO 173), not support."""
    if not m.entry.lemma.startswith("ايد"):
        return False
    after = view.words[m.end : m.end + 8]
    return any(x.lstrip("و").removeprefix("ال").startswith("حكم") for x in after) and any(
        x.startswith(_AR_SENTENCES) for x in after
    )


#: adjectives of a verbal attack ("شن هجوما لاذعا على"); a person's "violent" attack too
_AR_SHARP = frozenset("لاذعا لاذعه لاذع حادا حاده حاد كلاميا كلاميه اعلاميا اعلاميه".split())
_AR_VIOLENT = frozenset("عنيفا عنيفه عنيف شرسا شرسه".split())
#: participles of accusing after a violent "attack" that make it one of words
_AR_SPEAKING_AFTER = frozenset("متهما واصفا".split())


def _verbal_attack_ar(view: SentenceView, m: Match, roles: Roles) -> bool:
    """``شن دوتيرتي هجوما عنيفا على الكويت``: a person launching an "attack" on a state or
    a person attacks in words (ACCUSE, CAMEO 111), as does any sharp (لاذع, حاد) attack.
    Armies, forces and aircraft launch the real ones.  ``هاجم موسكو لدعمها الأسد`` in a tweet, a
    speech or a statement, or a person's ``هاجم ... بسبب``, is one too (sixteenth session), as is a
    named person's ``هاجم`` of named states or persons (seventeenth session)."""
    if m.entry.kind == "v" and m.entry.lemma.startswith("هاجم"):
        bare = _bare_words_ar(view)
        if not _AR_ARMS.isdisjoint(bare[m.end : m.end + 5]):
            return False  # "هاجم مواقع الجيش بالصواريخ"
        speakers = bool(roles.agent) and all(k.startswith(("person/", "country/")) for k in roles.agent)
        person = bool(roles.agent) and all(k.startswith("person/") for k in roles.agent)
        return (speakers and not _AR_MEDIUM.isdisjoint(bare[: m.start])) or (
            person and any(x.removeprefix("و") == "بسبب" for x in view.words[m.end :])
        ) or (
            # "هاجم الرئيس الأمريكي دونالد ترامب بشدة روسيا وإيران": a named person "attacks"
            # named states or persons in words
            person and m.number == "sg" and bool(roles.target)
            and all(k.startswith(("country/", "person/")) for k in roles.target)
        )
    if m.entry.kind != "v" or not m.entry.lemma.startswith("شن"):
        return False
    after = view.words[m.end : m.end + 6]
    noun = next((i for i, x in enumerate(after) if x.startswith(("هجوم", "حمله", "هجمات"))), None)
    if noun is None:
        return False
    adjectives = view.words[m.end + noun + 1 : m.end + noun + 3]  # (past the window: a long subject)
    if any(x in _AR_SHARP for x in adjectives):
        return True
    if any(x in _AR_VIOLENT for x in adjectives) and any(x.removeprefix("و") in _AR_SPEAKING_AFTER for x in view.words[m.end :]):
        return True  # "شن رئيس جهاز المخابرات هجوما عنيفا على روسيا، متهما نظام بوتين بالكذب": words
    return bool(roles.agent) and all(k.startswith("person/") for k in roles.agent) and (
        any(x in _AR_VIOLENT for x in adjectives)
        or any(x in ("قال", "وقال", "واضاف", "مضيفا", "قائلا") for x in view.words[m.end :])
    )


#: a weapon's test: "في تجربة", "تجارب صاروخية", "اختبار"
_AR_TESTS = (
    "تجربه", "تجارب", "التجربه", "التجارب", "اختبار", "اختبارات", "بتجربه", "لاختبار", "كتجربه", "تجريبيا",
    "تجريبي", "تجريبيه", "التجريبي", "التجريبيه",
)
_AR_LAUNCH = ("اطلق", "يطلق", "تطلق", "اطلاق")


def _help_in_general_ar(view: SentenceView, m: Match, roles: Roles) -> bool:
    """A verb of helping (ساعد) followed by على / في and what it helps to (a masdar), with no one
    named who helps nor anyone helped: drugs, studies or a decision that "help to", no aid."""
    if m.entry.kind != "v" or roles.agent or roles.target or not normalize(m.entry.lemma.split("/")[0]).startswith("ساعد"):
        return False
    named = view.named_positions()
    for k in range(m.end, min(len(view.words), m.end + 4)):
        x = view.words[k]
        if x in ("علي", "في"):
            return True
        if x in ("،", ",") or x in cues.AR_STRONG_PUNCT or groups.names_actors_ar(x) or k in named:
            return False  # an actor first: "والتي ساعدت الثوار في الإطاحة", "يساعدون مجانا مهاجرين في"
    return False


#: what a state stops or suspends when it sanctions: trade, arms sales, aid, funding
_AR_HALTED = frozenset(
    "صادرات الصادرات مبيعات المبيعات واردات الواردات المساعدات مساعدات التمويل تمويل الاستيراد استيراد "
    "تصدير التصدير صفقات صفقه".split()
)


def _halted_trade_ar(view: SentenceView, m: Match) -> bool:
    """Is the stopping verb ``m`` (أوقف) stopping trade, arms sales, aid or funding (its object
    within the next three words): a sanction, not an arrest?"""
    if m.entry.kind != "v" or not normalize(m.entry.lemma.split("/")[0]).startswith("اوقف"):
        return False
    return any(x.removeprefix("و") in _AR_HALTED for x in view.words[m.end : m.end + 3])


def _weapons_test_ar(view: SentenceView, m: Match, roles: Roles) -> bool:
    """``في تجربة ...، أطلقت غواصة نووية روسية صواريخ بالستية``: a launch in a test, with no one it
    is launched at, shows force (MOBILIZE) and attacks no one."""
    if any(not k.startswith(("loc/", "city/")) for k in roles.target) or not drop_conjunction(view.words[m.start]).startswith(_AR_LAUNCH):
        return False  # (a test range may be named: "لتصيب هدفا تجريبيا على شبه جزيرة كامتشاتكا")
    return any(drop_conjunction(x) in _AR_TESTS for x in view.words)


def _official_protest_ar(view: SentenceView, m: Match) -> bool:
    """A government's protest is a complaint, not a demonstration (PLOVER ACCUSE): ``لإعلان
    احتجاجها رسميا``, or an ambassador summoned in the same sentence (protesters' ``مذكرة
    احتجاج`` stays a protest)."""
    if m.entry.kind != "n" or not view.words[m.start].lstrip("ولب").lstrip("ا").startswith(("حتجاج", "لاحتجاج")):
        return False
    w = view.words
    if any(x.startswith("رسمي") for x in w[m.end : m.end + 2]):
        return True
    return any(x.lstrip("وف").startswith(("استدع", "يستدعي", "تستدعي")) for x in w[: m.start])


def _bounds(
    view: SentenceView, m: Match, lang: str, verb_starts: list[int], trig_starts: list[int]
) -> tuple[int, int]:
    """Token range of the clause whose arguments trigger ``m`` takes."""
    happens = happening_verb(view.words, m.end) if lang == "en" and m.entry.kind == "n" else None
    if happens is not None:
        # "the talks will take place in Cairo": the place and time of "take place" are the talks'
        lo, hi = clause_bounds(view, m, [v for v in verb_starts if v != happens])
        return lo, min([hi] + [s for s in trig_starts if s > m.start and s != happens])
    lo, hi = clause_bounds(view, m, verb_starts)
    if m.entry.kind == "n":  # a noun's arguments stop at the next trigger
        hi = min([hi] + [s for s in trig_starts if s > m.start])
    return lo, hi


def _names_its_event(m: Match) -> bool:
    """Does a kg trigger's own context word (its object) follow right after it?"""
    return (
        m.entry.source == "kg"
        and bool(m.entry.after)
        and m.context_at is not None
        and 0 <= m.context_at - m.end <= 2
    )


def extract(doc: Document) -> Document:
    """Add the events and relations that ``doc``'s sentences state; return ``doc``.

    Needs ``doc.text`` and ``doc.lang``; uses ``doc.mentions`` (with ``.entity``
    keys) for roles and relations, ``doc.date`` for time expressions, and computes
    ``doc.sentences`` when they are missing.  Never fails on a document without
    mentions: events then have no roles.
    """
    from kg.events.roles import parse_check_ar
    from kg.text.tokenize import split_sentences, token_keys, tokenize

    if not doc.text.strip():
        return doc
    if not doc.sentences:
        doc.sentences = split_sentences(doc.text)
    lang = "ar" if doc.lang == "ar" else "en"
    lex = get_lexicon(lang)
    previous: Roles | None = None
    previous_sentence = -1  # English subjects carry over only within a sentence (coordination)
    country_keys = {k for k, e in doc.entities.items() if e.type == "Country"}
    recent_countries: list[str] = []
    anaphora = History()
    all_tokens = tokenize(doc.text)
    starts = list(map(_START, all_tokens))
    lowered = list(map(str.lower, map(_TEXT, all_tokens))) if lang == "en" else []
    keys = token_keys(doc.text) if lang == "ar" else lowered  # the sentence views' words (the gazetteer's pass)
    sports_doc = sports_document(doc.text) if lang == "ar" else sports_document_en(lowered, len(doc.text))
    # a document about products or shows: its releases are products ("as soon as it's released")
    products_doc = lang == "en" and market_en.products_document(lowered, len(doc.text))
    storms = storm_names(doc.text) if lang == "en" else frozenset()  # "Mitch killed" after "Hurricane Mitch"
    ordered = mention_order(doc)  # the views pick their mentions from it (the loop adds none to doc)
    group_mentions: list[Mention] = []
    for index, (s_start, s_end) in enumerate(doc.sentences):
        a, b = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        while b > a and all_tokens[b - 1].end > s_end:  # tokens end in order: those past the sentence are last
            b -= 1
        view = build_view(doc, index, tag=False, tokens=all_tokens[a:b], words=keys[a:b], ordered=ordered)
        if not view.tokens:
            continue
        descriptors = groups.find(view, doc)  # "Israeli soldiers", "قوات الأمن": actors that are no names
        if descriptors:
            groups.rekey_absorbed(view, doc, descriptors)
            group_mentions.extend(groups.mentions(view, doc, descriptors))
        if lang == "en":
            _mask_abbreviation_stops(view.words)
            resolve_anaphora(doc, view, anaphora)  # "he", "the chancellor": the person meant
        else:
            own_country_ar(view)  # "قال سفير تركيا إن بلاده قدمت": Turkey
        if not lex.could_trigger(view.words):
            if lang == "en":
                _add_criticisms(doc, view, index, [])
                _add_demands(doc, view, index, [])
            else:
                _add_criticisms_ar(doc, view, index, [])
                add_speech_events(doc, view, index, [])
            doc.relations.extend(_relations(doc, view))
            _note_countries(view, country_keys, recent_countries)
            continue
        strong = cues.AR_STRONG_PUNCT if lang == "ar" else cues.EN_STRONG_PUNCT
        present = None  # English: the first four letters of the words, for candidates() and find()
        positions: list[int] = []
        actor = False
        if lang == "en":
            present = {w[:4] for w in view.words}
            positions, actor = lex.candidates(view.words, present=present)
            if IDLE_SKIP and not positions:
                _idle_sentence_en(doc, view, index, country_keys, recent_countries)  # (may_code's answer)
                continue
        barriers = {i for i, w in enumerate(view.words) if w in strong}
        if lang == "en":
            if IDLE_SKIP and not lex.may_code(view.words, positions, barriers, present):  # type: ignore[arg-type]
                _idle_sentence_en(doc, view, index, country_keys, recent_countries)
                continue
            # tag around the words that may trigger; whole sentence if protesters may be its subject
            tag_view(view, None if actor else positions)
        elif lex.ambiguous(view.words):
            tag_view(view)  # Arabic tags only settle verb-or-noun words
        raw = lex.find(view.words, barriers=barriers, tags=view.tags, present=present)
        named_events = {x.start: x.entry.plover for x in raw if x.entry.kind == "n"}
        matches = _keep(view, raw)
        if lang == "ar":
            matches = [m for m in matches if not senses_ar.no_event(view, m)]
        else:
            matches = [m for m in matches if not senses_en.no_event(view, m, products_doc)]
        if lang == "ar":
            played = play(view.words, sports_doc)
        else:
            played = play_en(view.words, sports_doc)
        rep_keys, frame = reporters(view)
        frame_set = set(frame)
        # a verb of saying in a reporting frame is no event, unless its object names one
        # ("Hamas announced a truce", "Labour announced its support")
        matches = [m for m in matches if m.start not in frame_set or (lang == "en" and _names_its_event(m))]
        # finite verbs bound clauses ("led by" in "a delegation led by X" does not)
        finite = [m for m in matches if m.entry.kind == "v" and _finite(view, m)]
        verb_starts = [m.start for m in finite]
        event_verbs = [m.start for m in finite if _states(m)]  # verbs that state an event
        stating = any(_states(m) for m in matches)
        timexes: list[tuple[Timex, str]] | None = None  # found when a trigger first asks (most are skipped)
        trig_starts = sorted(m.start for m in matches)
        kept: list[tuple[Match, Event]] = []
        scores: dict[int, float] = {}  # id(event) -> _score, for _mark_main
        later: list[tuple[Event, Match, tuple[int, int], set[str], Roles | None, list[str]]] = []
        chunk_iter = iter(view.chunks)
        pending = next(chunk_iter, None)
        for m in matches:
            while pending is not None and pending.start < m.start:
                if pending.kind == "Country" or pending.nationality or pending.key in country_keys:
                    recent_countries.append(pending.key)
                pending = next(chunk_iter, None)
            if lang == "en" and _dictionary_default_en(view, m):
                continue  # what _no_event says of it whatever its roles: not worth finding them
            lo, hi = _bounds(view, m, lang, verb_starts, trig_starts)
            # Arabic subjects carry over within a sentence, and to a verb that opens the next one
            # ("وأضاف", "وتابع"); further, the actor of an earlier sentence was right on about 1 in 6
            # pro-drop verbs read in unseen ANT news
            prev_roles = (
                previous
                if previous_sentence == index or (lang == "ar" and previous_sentence == index - 1 and m.start <= 1)
                else None
            )
            reps = rep_keys
            if m.start in frame_set:
                # "Hamas announced a truce": who announces is the agent, not a source
                reps = rep_keys - {c.key for c in view.chunks if c.end <= m.start and m.start - c.end <= 3}
            elif lang == "ar" and reps:
                reps = reps - _announcer_ar(view, m)  # "أعلنت الوزارة فرض عقوبات": it imposes them
            roles = find_roles(
                view, m, (lo, hi), reporters=reps, previous=prev_roles, recent_countries=recent_countries
            )
            if lang == "ar":
                _mend_found_roles_ar(view, m, roles)
            if m.entry.kind == "n" and lang == "ar":
                _undergone_roles_ar(view, m, roles, trig_starts)
                if not roles.agent and (doer := _doer_of_masdar_ar(view, m)):
                    roles.agent = doer  # "قيام قوات السيسي باعتقال نشطاء": Sisi's forces arrest them
                    roles.agent_from = "genitive"
            if lang == "ar" and _death_ar(m):
                _killers_roles_ar(doc, view, m, roles, hi, kept)
            if m.entry.kind == "n" and not roles.agent and lang == "ar" and roles.agent_from != "faced":
                owner = _possessor(view, m, previous)
                if owner and objective_noun_ar(view, m, m.end):
                    if not roles.target:
                        roles.target = owner  # "مقتله": he was killed
                        roles.target_from = "possessive"
                elif owner:
                    roles.agent = owner  # "اجتماعه": his meeting
                    roles.agent_from = "possessive"
                elif not _passive_masdar_ar(view, m) and not _undergone_noun_ar(view, m):  # "تم القبض على"
                    subject = _clause_subject_ar(view, m, lo, kept, reps, roles)
                    if subject and normalize(m.entry.lemma.split("/")[0]) == "مقتل" and all(
                        k.startswith("person/") for k in subject
                    ):
                        subject = []  # "أعلن يلدريم مقتل 3 جنود": a person announcing a death killed no one
                    if subject:
                        roles.agent = subject  # "وصلت ميركل إلى باريس في زيارة": Merkel visits
                        roles.agent_from = "clause subject"
                if m.entry.plover == "CONSULT" and not roles.target:
                    # "وصلت ميركل إلى باريس في أول زيارة": the place arrived at is visited
                    to = [c for c in view.chunks_in(lo, m.start) if c.prep == "الي" and c.key not in roles.agent]
                    if to:
                        roles.target = [to[-1].key]
            if (
                lang == "ar" and m.entry.kind == "n" and roles.agent and m.start > 0
                and view.words[m.start - 1] in _AR_THIS
                and (same := next((p for p in reversed(kept) if p[1].category == m.entry.plover and not p[1].agent), None))
            ):
                # "تعرض الحاجز لهجوم انتحاري، وقد تبنى تنظيم داعش هذا الهجوم": the attack named before
                pm, ev = same
                ev.agent = [k for k in roles.agent if k not in ev.target]
                ev.attrs["agent_from"] = "this"
                _reconfidence(ev, pm, len(view.words))
                continue
            if timexes is None:
                found = resolve_anchored(doc.text[view.start : view.end], doc.date, lang) if stating else []
                timexes = [(Timex(t.start + view.start, t.end + view.start, t.text, t.date), a) for t, a in found]
            tx = _timex_for(view, m, timexes, frame_set)
            if _no_event(
                view,
                m,
                roles,
                tx,
                lang=lang,
                lo=lo,
                kept=kept,
                event_verbs=event_verbs,
                named_events=named_events,
                played=played,
                storms=storms,
            ):
                continue
            typed = _typed(view, m, roles, lang=lang, bounds=(lo, hi), matches=matches, kept=kept)
            if typed is None:
                continue
            category, cameo, mode = typed
            if (
                mode == ASSERTED
                and category == m.entry.plover  # an announced threat stays one
                and (m.entry.kind == "n" or (lang == "ar" and _is_imperfect(view, m)))
                and _future_time(view, m, tx)
            ):
                mode = PLANNED  # "يستضيف ترامب الملك عبد الله الأسبوع المقبل": not held yet
            if lang == "en":
                parse_target_en(view, m, roles, reps)
            else:
                parse_check_ar(view, m, roles, verb_starts)
            # an attempt that was foiled still happened (PLOVER: attempted assassinations are ASSAULT)
            foiled = m.entry.kind == "n" and _foiled(view, m) and not (
                lang == "en" and failed_prevention(view.words, m.start)  # "failed to prevent the attack"
            )
            a, b = view.tokens[m.start].start, view.tokens[m.end - 1].end
            ev = Event(
                category=category,
                trigger=Span(a, b, doc.text[a:b]),
                sentence=index,
                agent=(agent := states(idle_places(roles.agent, view.chunks, view.words, lang), category, "agent")),
                target=(target := [k for k in states(roles.target, category, "target") if k not in agent]),
                participant=[k for k in roles.participant if k not in agent and k not in target],
                place=roles.place,
                cameo=cameo,
                date=tx.date if tx else None,
                time_text=tx.text if tx else None,
                modality=mode,
                reported_by=sorted(reps),
                confidence=_confidence(m, roles, mode, category, lang, len(view.words), tx is not None),
                attrs={
                    "source": m.entry.source,
                    "agent_from": roles.agent_from,
                    "stated": m.entry.plover,
                    **({"target_from": roles.target_from} if roles.target_from else {}),
                    **({"foiled": True} if foiled else {}),
                },
            )
            doc.events.append(ev)
            kept.append((m, ev))
            scores[id(ev)] = _score(m, roles, mode)
            if descriptors and GROUPS:
                later.append((ev, m, (lo, hi), reps, prev_roles, list(recent_countries)))
            if m.entry.kind == "v":
                previous, previous_sentence = roles, index
        if lang == "ar":
            _add_criticisms_ar(doc, view, index, kept)
            add_speech_events(doc, view, index, kept)
        _mark_main(view, kept, scores)
        if lang == "en":
            _target_of_intended(view, kept)
            _add_criticisms(doc, view, index, [ev for _, ev in kept])
            _add_demands(doc, view, index, [ev for _, ev in kept])
        for ev, m, bounds, reps, prev_roles, countries in later:
            # last, so that no rule of this sentence or of the next reads a group's role
            _group_roles(doc, view, m, bounds, ev, descriptors, reps, prev_roles, countries, verb_starts)
        if lang == "ar":
            _killed_when_attacked_ar(view, kept)
        _note_countries(
            view, country_keys, recent_countries, after=pending.start if pending is not None else None
        )
        doc.relations.extend(_relations(doc, view))
    if group_mentions:
        groups.keep_used(doc, group_mentions)
    return doc


def _idle_sentence_en(
    doc: Document, view: SentenceView, index: int, country_keys: set[str], recent_countries: list[str]
) -> None:
    """What :func:`extract` leaves of an English sentence none of whose matches can be an event
    whatever its tags (:data:`IDLE_SKIP`): its criticisms, demands, countries and relations."""
    _add_criticisms(doc, view, index, [])
    _add_demands(doc, view, index, [])
    _note_countries(view, country_keys, recent_countries)
    doc.relations.extend(_relations(doc, view))


#: Arabic words of killing and dying whose group is its victim ("قتل ثلاثة مدنيين", "لقوا مصرعهم").
_AR_KILLED = ("قتل", "قتلو", "مقتل", "بمقتل", "لقي", "لقو", "اصيب", "اصابه", "جرح", "استشهد", "سقط", "مصرع")

#: Fill empty agent / target roles with groups named by a descriptor (:mod:`kg.events.groups`).
GROUPS = True

#: English: a sentence none of whose matches can be an event, whatever its tags
#: (:meth:`kg.events.lexicon.Lexicon.may_code` False), is neither tagged nor matched; only its
#: criticisms, demands, countries and relations are read (speed only; False: the whole path,
#: for the tests)
IDLE_SKIP = True


def _group_roles(
    doc: Document,
    view: SentenceView,
    m: Match,
    bounds: tuple[int, int],
    ev: Event,
    found: list[groups.Found],
    reps: set[str],
    previous: Roles | None,
    recent_countries: list[str],
    verb_starts: list[int],
) -> None:
    """Where the rules found no name for an event's agent or target, the group the same rules find.

    The role rules and the parse checks run again on the sentence with its groups as chunks
    (:func:`kg.events.groups.view_with`); only groups are taken from that second reading, and
    only for a role the names left empty, or in place of a country the rules read off the
    group's own nationality adjective (``اعتقلت الشرطة التركية``: the Turkish police, not Turkey).
    Runs after every other rule of the sentence, so that the events found and their categories
    are those without groups.
    """
    from kg.events.roles import parse_check_ar

    own = next((f for f in found if f.sector and f.key != groups.BLOCKED and f.start <= m.start < f.end), None)
    if own is not None:
        # "المتظاهرين الفلسطينيين", "Palestinian protesters" as a PROTEST trigger: the word names
        # who protests (an agent the rules gave it came from elsewhere: a subject carried over)
        ev.agent = [own.key]
        ev.target = [k for k in ev.target if k != own.key]
        ev.attrs["agent_from"] = "group"
        return
    if ev.agent and ev.target and not any(k.startswith("country/") for k in ev.agent + ev.target):
        return
    keys = {f.key for f in found} - {groups.BLOCKED}
    gview = groups.view_with(view, doc, found)
    visible = {c.key for c in gview.chunks}
    other = find_roles(gview, m, bounds, reporters=reps, previous=previous, recent_countries=recent_countries)
    if view.lang == "en":
        parse_target_en(gview, m, other, reps)
    else:
        parse_check_ar(gview, m, other, verb_starts)
    if view.lang == "ar" and other.agent and other.agent_from != "by" and (m.entry.kind == "v" or ev.category != "PROTEST"):
        # an Arabic group in the oblique case is no subject: after a verb it is the object,
        # after a number or a noun a genitive ("قتل ثلاثة مدنيين"); only after "إنّ" and its
        # sisters is a subject accusative ("إن المقاتلين صدوا")
        # the genitive of a quantity ("اقتحم مئات المستوطنين") is the subject's own noun, unless
        # the verb kills ("قتل ثلاثة مدنيين": killed, or were killed; victims either way)
        dying = view.words[m.start].lstrip("وف").startswith(_AR_KILLED)
        objects = {
            f.key for f in found
            if (groups.oblique(view, f) and not groups.after_inna(view, f)
                and (dying or not groups.after_quantity(view, f))
                # the event noun's own genitive the role rules read as its doer ("هجوم المسلحين
                # على القرية", "قصف النظام السوري بالغازات على دوما"): an object follows
                and not (m.entry.kind == "n" and other.agent_from == "genitive" and f.start == m.end and not _death_ar(m)))
            or (f.start > m.end and groups.after_held_noun(view, f))
        }
        if objects & set(other.agent):
            after = {f.key for f in found if f.start >= m.end}
            if not other.target:
                other.target = [k for k in other.agent if k in objects and k in after]
            other.agent = [k for k in other.agent if k not in objects]
    for role in ("agent", "target"):
        mine: list[str] = getattr(ev, role)
        theirs: list[str] = getattr(other, role)
        new = [k for k in theirs if k in keys and k not in ev.agent and k not in ev.target]
        if not new:
            continue
        if not mine or (role == "agent" and ev.attrs.get("agent_from") == "inherited"
                        and other.agent_from == "subject"):
            # an agent carried over from the sentence before gives way to the group this
            # sentence names as the verb's subject ("... وأطلق الجنود الإسرائيليون النار")
            setattr(ev, role, new)
        else:
            # a country the rules read off the group's own nationality adjective, which the
            # group absorbed: no chunk of the group reading names it any more
            instead = {c: k for k in new if (c := groups.country_of(k)) and c not in visible}
            if not any(k in instead for k in mine):
                continue
            setattr(ev, role, list(dict.fromkeys(instead.get(k, k) for k in mine)))
        ev.attrs[f"{role}_from"] = "group"
    ev.target = [k for k in ev.target if k not in ev.agent]
