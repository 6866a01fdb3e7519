"""Who did it, to whom, where: argument rules over clauses and entity chunks.

Roles come from a small rule grammar over tokens, clause boundaries and the entity chunks
of :mod:`kg.events.sentence` (for English, kg's dependency parser, :mod:`kg.events.deps_en`,
then fills a target the grammar leaves empty: :data:`PARSE_MODE`):

* the **clause** of a trigger runs from the last clause opener before it
  (``أن``, ``حيث``, ``that``, strong punctuation, another verb trigger) to the
  next one after it; arguments never cross it, so ``ذكرت وكالة X أن Y استضاف Z``
  gives ``استضاف`` the agent Y, never the agency X;
* Arabic verbs: a bare (preposition-less) chunk between the clause start and the
  verb is the subject (SVO after ``أن``); otherwise the first bare chunk after
  the verb is (VSO).  The next bare chunk is the object (target); a chunk after
  ``على / ضد / ل / مع / إلى`` is the target when there is no bare object; a place
  after ``في / ب`` is the place; the rest are participants.  A verb without a
  subject takes the previous event's agent (pro-drop); a dual verb (``ناقشا``) the
  previous event's agent and target; ``الدولتان`` / ``البلدان`` the last two
  countries named;
* Arabic nominalisations: the genitive right after the noun is its agent
  (``توقيع روسيا وكوريا الشمالية``), a nationality adjective after it too
  (``هجوم إسرائيلي``);
* English: the last bare chunk before the verb is the subject, the first after
  it the object; ``by`` after a passive (``was attacked by``) gives the agent;
* chunks joined by ``و`` / ``and`` fill one role together; nationality adjectives
  that modify a name next to them (``الزعيم الكوري الشمالي، كيم``) are not
  arguments of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.events import cues
from kg.events.lexicon import Match
from kg.events.sentence import Chunk, SentenceView
from kg.events.timex import AR_NUMBERS, AR_UNITS, AR_WEEKDAYS
from kg.text.arabic import drop_conjunction, normalize

_TARGET_PREPS_AR = {"علي", "ضد", "ل", "مع", "الي", "بحق", "تجاه", "نحو"}
_PLACE_PREPS_AR = {"في", "ب", "داخل", "قرب"}
_TARGET_PREPS_EN = {"against", "on", "with", "to", "at", "toward", "towards", "into"}
_PLACE_PREPS_EN = {"in", "at", "near", "inside", "outside"}
_BE = cues.EN_BE


@dataclass
class Roles:
    """The arguments found for one trigger (entity keys)."""

    agent: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    participant: list[str] = field(default_factory=list)
    place: list[str] = field(default_factory=list)
    agent_from: str = ""  # how the agent was found: "subject", "inherited", "both", ...
    target_from: str = ""  # "parse" when the dependency parse filled the target
    object_chunk: Chunk | None = None  # the bare chunk the rules took as the verb's object
    subject_chunk: Chunk | None = None  # the chunk the rules took as the verb's subject


#: أنّ after a preposition ("توقعات بأن تشن أمريكا ضربة", "لأن"): a clause of its own, as after أنّ
_THAT_WITH_PREP_AR = frozenset("بان لان وبان ولان".split())


def _in_name(view: SentenceView, i: int) -> bool:
    """Is token ``i`` inside a name ("بان كي مون": no بأن)?"""
    return any(c.start <= i < c.end for c in view.chunks)


def clause_bounds(view: SentenceView, match: Match, verb_starts: list[int]) -> tuple[int, int]:
    """Token range ``[lo, hi)`` of the trigger's clause."""
    openers = cues.AR_CLAUSE_OPENERS if view.lang == "ar" else cues.EN_CLAUSE_OPENERS
    strong = cues.AR_STRONG_PUNCT if view.lang == "ar" else cues.EN_STRONG_PUNCT
    w = view.words
    lo = 0
    for i in range(match.start - 1, -1, -1):
        word = w[i]
        if (
            word in strong
            or word in openers
            or (view.lang == "ar" and word[:1] in "وف" and word[1:] in openers)
            or (view.lang == "ar" and word in _THAT_WITH_PREP_AR and not _in_name(view, i))
        ):
            lo = i + 1
            break
        if i in verb_starts:
            lo = i + 1
            break
    hi = len(w)
    for i in range(match.end, len(w)):
        word = w[i]
        if (
            word in strong
            or word in openers
            or (view.lang == "ar" and word[:1] in "وف" and word[1:] in openers)
            or (view.lang == "ar" and word in _THAT_WITH_PREP_AR and not _in_name(view, i))
        ):
            hi = i
            break
        if i in verb_starts:
            hi = i
            break
    if view.lang != "ar":
        for o, c in relatives(view):
            if o < match.start < c:
                hi = min(hi, c)  # ", which opposed the war," ends at its comma
        frame = _frame(view)
        if frame is not None and match.start < frame:
            hi = min(hi, frame)  # "..., Egypt said on Monday.": the reporter is no argument
    return lo, hi


def relatives(view: SentenceView) -> list[tuple[int, int]]:
    """:func:`relative_spans_en` of a sentence, computed once."""
    got = view.cache.get("relatives")
    if got is None:
        got = view.cache["relatives"] = relative_spans_en(view.words)
    return got  # type: ignore[return-value]


def _frame(view: SentenceView) -> int | None:
    if "frame" not in view.cache:
        view.cache["frame"] = trailing_frame_en(view.words)
    return view.cache["frame"]  # type: ignore[return-value]


_EN_FRAME_VERBS = cues.EN_REPORT_VERBS - {"say", "according", "quoted"}


def trailing_frame_en(words: list[str]) -> int | None:
    """Index of the comma that opens a closing reporting frame (", the Israeli army said Friday.").

    The frame is a comma, at most 8 words without a clause opener, a verb of saying, and at
    most 6 more words to the end of the sentence.
    """
    if _EN_FRAME_VERBS.isdisjoint(words[-8:]):
        return None
    n = len(words)
    for v in range(n - 1, max(-1, n - 8), -1):
        if words[v] not in _EN_FRAME_VERBS:
            continue
        if any(x in cues.EN_CLAUSE_OPENERS or x == "," for x in words[v + 1 :]):
            return None
        for k in range(v - 1, max(-1, v - 10), -1):
            if words[k] == ",":
                if any(x in cues.EN_CLAUSE_OPENERS for x in words[k + 1 : v]):
                    return None
                return k
            if words[k] in cues.EN_STRONG_PUNCT:
                return None
        return None
    return None


_EN_REL_AUX = frozenset("was were is are has have had been be also later then itself".split())


def relative_spans_en(words: list[str]) -> list[tuple[int, int]]:
    """Non-restrictive relative clauses ``, which|who|whose ... ,``: (index of which / who / whose, closing comma)."""
    out: list[tuple[int, int]] = []
    if "which" not in words and "who" not in words and "whose" not in words:
        return out
    for i, x in enumerate(words):
        if x in ("which", "who", "whose") and i > 1 and words[i - 1] == ",":
            for j in range(i + 1, len(words)):
                if words[j] == ",":
                    out.append((i, j))
                    break
                if words[j] in cues.EN_STRONG_PUNCT:
                    break
    return out


def _antecedent_en(view: SentenceView, m: Match) -> Chunk | None:
    """The name a relative clause hangs on, when it is the subject of trigger ``m``:

    * ``Iraq, which was invaded in 2003, ...``: the trigger right after ``which`` (and auxiliaries);
    * ``the group, which opposed the war, urged voters``: the trigger right after the closing comma.
    """
    w = view.words
    for o, c in relatives(view):
        # "X, whose daughter was found ..., is seeking": the clause has a subject of its own
        inside = o < m.start < c and w[o] != "whose" and all(x in _EN_REL_AUX for x in w[o + 1 : m.start])
        after = c < m.start and all(x in _EN_REL_AUX for x in w[c + 1 : m.start])
        if inside or after:
            ante = [x for x in view.chunks if x.end == o - 1 and not x.modifier]
            return ante[-1] if ante and not ante[-1].prep else None
    return None


def _unnamed_antecedent_en(view: SentenceView, m: Match) -> list[Chunk] | None:
    """The subject of a verb right after a relative clause (``, who ... ,``) that hangs on no name:
    the name of an apposition before it (*Tony Lloyd , the Manchester Central MP , whose
    constituency includes the club 's Old Trafford ground , has pledged*), else no one (*The Glasgow
    Kelvin MP , who was expelled from Labour over his anti Iraq war stance , accused*): never a name
    inside the clause.  None where no relative clause closes right before the verb."""
    w = view.words
    for o, c in relatives(view):
        if not (c < m.start and all(x in _EN_REL_AUX for x in w[c + 1 : m.start])):
            continue
        ante = [x for x in view.chunks if x.end in (o - 1, o) and x.start < o - 1 and not x.prep]
        if ante:
            return [ante[-1]]  # a name right before the clause (its comma inside the mention)
        opening = next((k for k in range(o - 3, max(-1, o - 10), -1) if w[k] in (",", *cues.EN_STRONG_PUNCT)), None)
        if opening is not None and w[opening] == ",":
            named = [x for x in view.chunks if x.end == opening and not x.prep and x.label in ("PER", "ORG")]
            if named:
                return [named[-1]]
        return []
    return None


def _groups(chunks: list[Chunk]) -> list[list[Chunk]]:
    """Join conjoined chunks: ``روسيا وكوريا الشمالية`` is one argument."""
    out: list[list[Chunk]] = []
    for c in chunks:
        if out and c.conj and not c.prep and c.start - out[-1][-1].end <= 2:
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _keys(group: list[Chunk]) -> list[str]:
    seen: list[str] = []
    for c in group:
        if c.key not in seen:
            seen.append(c.key)
    return seen


def _args(view: SentenceView, lo: int, hi: int, reporters: set[str]) -> list[Chunk]:
    # a pronoun is an argument even when the person it means reports the sentence
    # ("Mr Howard said he would attack Labour")
    return [
        c
        for c in view.chunks_in(lo, hi)
        if not c.modifier and (c.key not in reporters or c.mention.attrs.get("anaphor")) and not _alias(view, c)
        and not (view.lang == "ar" and c.start > 0 and view.words[c.start - 1] in _AR_CLOCK)
        and not (view.lang == "ar" and c.start > 1 and view.words[c.start - 1] == "علي" and view.words[c.start - 2] in _AR_OVERLOOKING)
    ]


#: "الموالية لإيران", "المدعومة من تركيا": whose side a noun is on (an adjective of the noun
#: before), no argument of a trigger (not التابعة: "قاعدة التابعة للجيش السوري" is the army's own)
_AR_AFFILIATED = frozenset(
    normalize(w)
    for w in "الموالية الموالي الموالين الموالون المدعومة المدعوم المدعومين المدعومون "
    "المقربة المقرب المقربين المقربون المرتبطة المرتبط المرتبطين المحسوبة المحسوب "
    "المحسوبين".split()
)


#: an interview, a talk with the press: "في مقابلة مع شبكة فوكس نيوز"
_AR_INTERVIEWS = frozenset(normalize(w) for w in "مقابلة حوار حديث مقابلات تصريحات تصريح".split())


#: nouns of a topic, whose genitive names what talks are about ("أزمة اليمن", "ملف إيران النووي")
_TOPICS_AR = frozenset(
    normalize(w) for w in "أزمة الأزمة ملف الملف ملفات قضية القضية مستقبل وضع الوضع أوضاع الأوضاع مسار "
    "تطورات مسألة المسألة".split()
)


def _topic_of_talks_ar(view: SentenceView, c: Chunk) -> bool:
    """Is chunk ``c`` the genitive of a topic noun right before it (``أزمة اليمن``)?"""
    return c.start > 0 and drop_conjunction(view.words[c.start - 1]) in _TOPICS_AR


def _interviewer_ar(view: SentenceView, c: Chunk) -> bool:
    """Is chunk ``c`` the medium of an interview (``مقابلة مع شبكة فوكس نيوز``, ``في حوار مع
    صحيفة``), no party to the event the interview reports?"""
    w = view.words
    k = c.start - 1
    if k >= 0 and (w[k] in cues.AR_MEDIA or w[k] in ("شبكه", "مجله")):
        k -= 1
    if k < 1 or w[k] != "مع":
        return False
    return any(drop_conjunction(x).removeprefix("ال") in _AR_INTERVIEWS for x in w[max(0, k - 2) : k])


def _affiliated_ar(view: SentenceView, c: Chunk) -> bool:
    """Does chunk ``c`` follow an adjective of affiliation (``الموالية لإيران``, ``المدعومة من
    تركيا``, ``المقربة من الحكومة``): the side of the noun before, no argument?"""
    w = view.words
    k = c.start - 1
    if k >= 1 and w[k] in ("من", "مع"):
        k -= 1
    return k >= 0 and w[k].removeprefix("و") in _AR_AFFILIATED


#: "المطلة على البحر الأحمر": a place described by the sea it overlooks, no argument
_AR_OVERLOOKING = frozenset(normalize(w) for w in "المطلة المطل المطلتين المطلين المطلان المشرفة".split())


#: "بتوقيت غرينتش", "بتوقيت مكة المكرمة": a clock, no argument
_AR_CLOCK = frozenset(normalize(w) for w in "بتوقيت توقيت وبتوقيت".split())


def _alias(view: SentenceView, c: Chunk) -> bool:
    """A name in brackets right after another name is that name again, no argument of its own:
    ``محمود عباس (أبو مازن)``, ``الاتحاد الأوروبي لكرة القدم (يويفا)``.  In English only after a
    person: an acronym in brackets often stands for a longer name than the chunk before it
    (``National Union for the Total Independence of Angola (UNITA)``)."""
    w = view.words
    if c.start < 2 or w[c.start - 1] != "(" or c.end >= len(w) or w[c.end] != ")":
        return False
    return any(x.end == c.start - 1 and (view.lang == "ar" or x.label == "PER") for x in view.chunks)


def find_roles(
    view: SentenceView,
    match: Match,
    bounds: tuple[int, int],
    *,
    reporters: set[str],
    previous: Roles | None,
    recent_countries: list[str],
) -> Roles:
    """Find the arguments of one trigger.

    Args:
        view: the sentence.
        match: the trigger.
        bounds: its clause (from :func:`clause_bounds`).
        reporters: entity keys that report the sentence; never arguments.
        previous: the roles of the event before, for pro-drop subjects.
        recent_countries: country keys named before this trigger, latest last.
    """
    if view.lang == "ar":
        roles = _roles_ar(view, match, bounds, reporters, previous, recent_countries)
        _mend_roles_ar(view, match, roles)
        return roles
    return _roles_en(view, match, bounds, reporters, previous, recent_countries)


def _mend_roles_ar(view: SentenceView, match: Match, roles: Roles) -> None:
    """Mends the clause rules' Arabic roles need, whatever rule found them: a private person's or a
    former office holder's nationality is not the state, the place after a verb of visiting is
    visited, the name in apposition to a titled subject acts, a state's deal is no actor, kin and
    counsel act for the one named after them (twentieth session)."""
    if roles.agent_from == "subject" and len(roles.agent) == 1:
        subject = next((c for c in view.chunks if c.key == roles.agent[0] and c.start >= match.end), None)
        if subject is not None and _private_nationality_ar(view, [subject]):
            # "ولاحقا نفى المحامي النيجيري هذه الاتهامات": a private person's nationality, not his state
            roles.agent, roles.agent_from = [], "common-subject"
    if (
        match.entry.kind == "v" and roles.agent_from == "subject" and len(roles.agent) == 1
        and normalize(match.entry.lemma.split("/")[0]) in _VISIT_VERBS_AR
    ):
        place = next((c for c in view.chunks if c.key == roles.agent[0] and c.start == match.end), None)
        if place is not None and place.is_place and not place.nationality and not place.modifier:
            # "قال إن الرئيس يزور كوريا الشمالية": the place after a verb of visiting is visited
            roles.target = [place.key] + [k for k in roles.target if k != place.key]
            roles.agent, roles.agent_from = [], ""
    if match.entry.kind == "v" and (named := _titled_apposition_ar(view, match)) is not None:
        # "ودعا وزير خارجية قطر، محمد بن عبد الرحمن آل ثاني، إلى الحوار": the name in
        # apposition to the titled subject acts; the title's owner takes no part
        owners = {c.key for c in view.chunks if match.end <= c.start and c.end <= named.start}
        roles.agent, roles.agent_from = [named.key], "subject"
        roles.target = [k for k in roles.target if k != named.key and k not in owners]
    if roles.agent_from == "subject" and len(roles.agent) == 1 and any(
        c.key == roles.agent[0] and c.nationality and c.start > 0 and view.words[c.start - 1] in _THINGS_OF_STATES_AR
        for c in view.chunks
    ):
        # "ناقش معه الاتفاق النووي الإيراني": the Iranian deal is discussed, Iran does not discuss
        roles.agent, roles.agent_from = [], ""
    if roles.agent and len(roles.agent) == 1:
        w = view.words
        after_kin = match.end < len(w) and _kin_ar(view, match.end)  # "دعت عائلة ... هوكينغ"
        kin = next((c for c in view.chunks if c.key == roles.agent[0] and c.start > 0 and (
            _kin_ar(view, c.start - 1)
            or (after_kin and match.end < c.start <= match.end + 6 and not any(x in ("،", ",") for x in w[match.end : c.start]))
        )), None)
        if kin is not None and not any(c.key == kin.key and c is not kin for c in view.chunks):
            # "دعت عائلة عالم الفيزياء ستيفن هوكينغ الجمهور": the family acts, not Hawking
            roles.agent, roles.agent_from = [], "kin"
    formers = [c for c in view.chunks if c.nationality and _former_ar(view, c)]
    former = {c.key for c in formers} - {c.key for c in view.chunks if c not in formers} if formers else set()
    # (a state named elsewhere in the sentence keeps its roles: "اتهامها لروسيا ... الجاسوس الروسي السابق")
    if former and (former & set(roles.agent) or former & set(roles.target)):
        # "وانتقد الرئيس الأمريكي السابق سياسة الحكومة": a former office holder, not his state
        roles.agent = [k for k in roles.agent if k not in former]
        roles.target = [k for k in roles.target if k not in former]


def _fill_rest(
    roles: Roles, rest: list[Chunk], target_preps: set[str], place_preps: set[str], view: SentenceView | None = None
) -> None:
    for c in rest:
        if c.key in roles.agent or c.key in roles.target or c.key in roles.place:
            continue
        if view is not None and c.prep == "مع" and c.is_place and _border_ar(view, c):
            continue  # "قتل ... على الحدود مع النيجر": where it lies, not who undergoes it
        if view is not None and view.lang == "ar" and _affiliated_ar(view, c):
            continue  # "فرضت ميليشيات الحوثي الموالية لإيران حظرا": the militia's side, no role
        if view is not None and view.lang == "ar" and _interviewer_ar(view, c):
            continue  # "نفى بوتين، في مقابلة مع شبكة فوكس نيوز، اتهامات بريطانيا": who asked, no role
        if c.prep in place_preps and c.is_place and not c.nationality:
            roles.place.append(c.key)
        elif c.prep in target_preps and not roles.target and not c.nationality:
            roles.target.append(c.key)
        elif c.key not in roles.participant:
            roles.participant.append(c.key)


#: "الحدود مع", "حدودها مع", "الحدودية مع": a border named by the country after مع
_BORDER_AR = frozenset(normalize(w) for w in "الحدود حدود حدودها حدوده الحدودية الحدودي المتاخمة".split())


def _border_ar(view: SentenceView, c: Chunk) -> bool:
    """Is chunk ``c`` (after مع) the country a border is shared with?"""
    k = c.start - 1 if c.start >= 1 and view.words[c.start - 1] == "مع" else c.start
    return k >= 1 and view.words[k - 1] in _BORDER_AR


def _both(view: SentenceView, lo: int, hi: int, recent: list[str]) -> list[str] | None:
    """``الدولتان`` / ``both countries`` as a subject: the last two countries named."""
    words = view.words[lo:hi]
    both = cues.AR_BOTH if view.lang == "ar" else cues.EN_BOTH
    if not any(w in both or (w[:1] in "وف" and w[1:] in both) for w in words[:3]):
        return None
    out: list[str] = []
    for k in reversed(recent):
        if k not in out:
            out.append(k)
        if len(out) == 2:
            break
    return list(reversed(out)) if len(out) == 2 else None


def _roles_ar(
    view: SentenceView,
    m: Match,
    bounds: tuple[int, int],
    reporters: set[str],
    previous: Roles | None,
    recent: list[str],
) -> Roles:
    lo, clause_hi = bounds
    # a verb's object ends where a relative clause begins; a noun keeps its clause
    hi = _relative_start(view, m.end, clause_hi) if m.entry.kind == "v" else clause_hi
    roles = _roles_ar_clause(view, m, (lo, hi), reporters, previous, recent)
    _envoy_named_ar(view, m, roles)
    for c in _args(view, hi, clause_hi, reporters):
        # past a relative clause only places count ("قرية تقع قرب خاركيف": near Kharkiv)
        if c.prep in _PLACE_PREPS_AR and c.is_place and not c.nationality and c.key not in roles.place:
            roles.place.append(c.key)
    return roles


#: nouns of office whose genitive is the state or body served: "مندوب إسرائيل", "سفير روسيا"
_ENVOY_NOUNS_AR = frozenset(normalize(w) for w in "مندوب ممثل سفير مبعوث وزير رئيس قائد زعيم متحدث".split())


def _envoy_named_ar(view: SentenceView, m: Match, roles: Roles) -> None:
    """"رفض مندوب إسرائيل الدائم لدى الأمم المتحدة السفير داني دانون، مشروع القرار": the person
    named after a title, in apposition to an office held for the agent (a state in the genitive
    of مندوب / سفير / وزير ...), is who acts, not the target."""
    if m.entry.kind != "v" or roles.agent_from != "subject" or len(roles.agent) != 1 or not roles.target:
        return
    w = view.words
    agent = next((c for c in view.chunks if c.key == roles.agent[0] and c.start >= m.end), None)
    if agent is None or agent.start == 0 or w[agent.start - 1].removeprefix("و") not in _ENVOY_NOUNS_AR:
        return
    for c in view.chunks:
        if c.start <= agent.end or c.key not in roles.target:
            continue
        between = w[agent.end : c.start]
        if (
            c.label == "PER"
            and len(between) <= 8
            and not c.prep
            and between
            and between[-1] in cues.AR_TITLE_STARTS
            and not any(x in ("،", ",") or x in cues.AR_STRONG_PUNCT for x in between)
        ):
            roles.agent = [c.key]
            roles.target = [k for k in roles.target if k != c.key]
        return


#: what an actor holds, struck in its stead ("قصف مواقع الحوثيين", "اقتحام مقر الحزب"), normalised
_HELD_BY_AR = frozenset(
    "مواقع موقع مقر مقار مقرات معسكر معسكرات مخازن مخزن منازل منزل ثكنات ثكنه تجمعات تجمع "
    "تعزيزات مراكز مركز قواعد قاعده اليات مستودعات مستودع مكاتب مكتب".split()
)


def _capital_against_ar(view: SentenceView, m: Match, c: Chunk) -> bool:
    """Is city chunk ``c``, the genitive of event noun ``m``, a capital followed by ``ضد`` (or by
    ``على`` after a singular noun: ``هجوم أنقرة على عفرين``): the government that attacks, not the
    city struck (``اعتداءات باريس``, ``اعتداءات باريس على المدنيين``)?"""
    nxt = view.words[c.end] if c.end < len(view.words) else ""
    if nxt != "ضد" and not (nxt == "علي" and not view.words[m.end - 1].endswith("ات")):
        return False
    from kg.resolve.places import capitals

    return c.key in capitals()


def _roles_ar_clause(
    view: SentenceView,
    m: Match,
    bounds: tuple[int, int],
    reporters: set[str],
    previous: Roles | None,
    recent: list[str],
) -> Roles:
    lo, hi = bounds
    roles = Roles()
    after = _args(view, m.end, hi, reporters)
    if m.entry.kind == "n":
        # the genitive right after the noun, or a nationality adjective, is the agent; after a
        # noun with a possessive pronoun ("استقباله سفير ...": his receiving of) it is the object
        groups = _groups(after)
        possessed = view.tokens[m.end - 1].text.endswith(("ه", "ها", "هم", "هما"))
        per = _person_after_title(view, m.end, after) if _title_at(view, m.end) else None
        if per is None and _visit_by_title_ar(view, m):
            # "زيارة للرئيس الصيني شي جينبينغ لأبوظبي": a visit made by the titled person
            per = _person_after_title(view, m.end, after)
        if per is not None and possessed:
            # "استقباله سفير بيونغ يانغ في دمشق مون جونغ نام": the titled person is received
            roles.target = [per.key]
            groups = [g for g in groups if per not in g and not all(c.end <= per.start for c in g)]
        elif per is not None:
            # "زيارة الرئيس الراحل الشيخ زايد بن سلطان إلى بكين": the titled person visits; the
            # titled person of an attack or arrest ("اغتيال رئيس الوزراء اللبناني رفيق الحريري"),
            # or after a purpose ل ("سافر إلى بكين للقاء الرئيس الصيني"), undergoes it
            if m.entry.plover in ("ASSAULT", "COERCE", "SANCTION") or _purpose_l_ar(view, m) or (
                normalize(m.entry.lemma.split("/")[0]) == "لقاء" and "مع" not in view.words[per.end : per.end + 3]
            ):  # ("عرض ترامب لقاء الرئيس الإيراني حسن روحاني": to meet him; "لقاء ماي مع ...": hers)
                roles.target = [per.key]
            else:
                roles.agent = [per.key]
                roles.agent_from = "genitive"
            groups = [g for g in groups if per not in g and not all(c.end <= per.start for c in g)]
        elif groups and not groups[0][0].prep and groups[0][0].start - m.end <= 1 and (
            # (an attack "ل" someone is one they make: "هجوم للجيش الفرنسي", "قصف لميليشيات الحوثي")
            possessed or m.entry.plover == "ASSAULT" or not _in_pp_ar(view, m.end, groups[0][0].start)
        ):
            if possessed:
                roles.target = [_titled_person(view, groups[0], after)]
            elif (
                m.entry.plover in ("ASSAULT", "COERCE") and groups[0][0].start == m.end + 1
                and view.words[m.end] in _HELD_BY_AR
            ):
                # "قصف مواقع الحوثيين": what is struck is theirs; they undergo it
                roles.target = _keys(groups[0])
                roles.target_from = "genitive"
            elif _visited_ar(m, groups[0]):
                # "زيارة القدس", "زيارة روسيا": the place visited, not the visitor
                roles.target = _keys(groups[0])
                roles.target_from = "genitive"
            elif (
                groups[0][0].nationality
                and groups[0][0].start > m.end
                and _construct_ar(view, m)
                and objective_noun_ar(view, m, groups[0][-1].end)
            ):
                # "لمطالبة الحكومة الإيرانية بالتحرك": the adjective of the genitive noun (a noun in
                # construct takes no adjective before its genitive), which undergoes the event
                roles.target = _keys(groups[0])
                roles.target_from = "genitive"
            elif (
                not groups[0][0].nationality and objective_noun_ar(view, m, groups[0][-1].end)
                and not (
                    m.entry.kind == "n" and groups[0][-1].end < len(view.words)
                    and groups[0][-1].label != "PER"  # ("مقتل الصحفي جمال خاشقجي غضبا": the verb's object)
                    and _indefinite_object_ar(view.words[groups[0][-1].end])
                    and not view.words[groups[0][-1].end].endswith(("يا", "ها"))  # "مساندة لبنان اقتصاديا": how
                    and view.words[groups[0][-1].end][:1] not in "بل"  # "انتقاد واشنطن لمطالبتها": a phrase
                )  # "اعتقال قوات الأمن العراقية مسؤولا بارزا": the genitive does it, to the object after
            ):
                # "مقتل الشابة مريم", "إطلاق سراح طاطور", "مساندة لبنان": who undergoes it
                roles.target = [_titled_person(view, groups[0], after)] if len(groups[0]) == 1 else _keys(groups[0])
                roles.target_from = "genitive"
            elif m.entry.plover == "CONSULT" and _purpose_l_ar(view, m) and not _visited_ar(m, groups[0]):
                # "سيقبل دعوة للقاء الزعيم الكوري الشمالي", "للقاء بوتين": the one to be met
                roles.target = _keys(groups[0])
                roles.target_from = "genitive"
            elif len(groups[0]) == 1 and groups[0][0].kind == "City" and (
                m.entry.plover == "ASSAULT" or _named_by_city_ar(view, m)
            ) and not _capital_against_ar(view, m, groups[0][0]):
                # "اعتداءات باريس", "تفجيرات بروكسل": where they struck, not who (a city stormed,
                # "اقتحام العاصمة صنعاء", undergoes it above)
                roles.place = _keys(groups[0])
            else:
                roles.agent = _keys(groups[0])
                roles.agent_from = "genitive"
            groups = groups[1:]
        if m.entry.plover == "ASSAULT" and not roles.agent and not possessed:
            of = next((g for g in groups if _attack_of_ar(view, m, g[0])), None)
            if of is not None:
                # "إطلاق النار العشوائي للجيش الإسرائيلي", "قصف لميليشيات الحوثي": whose attack
                roles.agent = _keys(of)
                roles.agent_from = "genitive"
                groups = [g for g in groups if g is not of]
        by = _by_agent_ar(view, m, hi, groups) if not roles.agent else None
        if by is not None:
            # "اعتداء من قبل مشجعين", "توقيع المذكرة من قبل المملكة": by whom
            roles.agent = _keys(by)
            roles.agent_from = "by"
            groups = [g for g in groups if g is not by]
        if not roles.agent and (claimed := _claimed_by_ar(view, m)):
            roles.agent = claimed  # "وتبنى تنظيم داعش الهجوم": who claims it made it
            roles.agent_from = "subject"
        if not roles.agent and (managed := _managed_by_ar(view, m)):
            # "وتمكنت قوات الأمن من اعتقال المتهم": who managed it did it
            roles.agent = managed
            roles.agent_from = "subject"
        if not roles.agent and (pushed := _pushed_to_ar(view, m)) is not None:
            # "الأمر الذي دفع الرئيس الأميركي دونالد ترامب إلى التهديد بقصف سوريا": Trump threatens
            roles.agent = [pushed.key]
            roles.agent_from = "pushed"
        if not roles.target and m.entry.plover == "CONSULT" and (met := _met_titled_ar(view, m, hi, after)) is not None:
            # "لقاء رئيسة الوزراء البريطانية تيريزا ماي مع أمير قطر تميم بن حمد": who is met
            roles.target = [met.key]
            groups = [g for g in groups if met not in g and not all(c.end <= met.start for c in g)]
        rest = [c for g in groups for c in g]
        _fill_rest(roles, rest, _TARGET_PREPS_AR, _PLACE_PREPS_AR, view)
        return roles
    before = [
        c for c in _args(view, lo, m.start, reporters)
        if not c.prep and not _located_ar(view, c) and not _interviewer_ar(view, c)
    ]
    if before and m.entry.kind == "v" and (
        _fronted_phrase_ar(view, before[-1].end, m) or _fronted_time_phrase_ar(view, _groups(before)[-1], m)
        or _fronted_reason_ar(view, m)
    ):
        before = []  # "تنفيذا لتوجيهات ... بمساعدة السودان في مواجهة آثار السيول، قدمت مصر مساعدات"
    if before and m.entry.kind == "v" and _new_clause_between_ar(view, before[-1].end, m) and _subject_right_after_ar(view, m):
        before = []  # "الصحفي السعودي المفقود، وفي إطار هذا التحقيق طلبت تركيا": a new clause, VSO
    whoever = m.entry.kind == "v" and m.start > 0 and view.words[m.start - 1] in _AR_WHOEVER
    counted = _counted_subject_ar(view, m)
    if before and (whoever or counted):
        before = []  # "..، وعارضه 24 عضوا": the counted noun after the verb is its subject
    when = m.start >= 1 and view.words[m.start - 1] in _WHEN_NOUNS_AR and m.entry.kind == "v"
    if when:
        before = []  # "في وقت تحدى الرئيس الأميركي، دونالد ترامب، روسيا": a clause of its own, VSO
    both = _both(view, m.end, hi, recent)
    groups = _groups(after)
    said = _speaker_of_pronoun_ar(view, m) if not before else None
    not_actor = None
    # a verb that names its subject after it is singular ("أوقف المحتجون الحركة"); a plural or
    # dual ending ("أوقفوا الحركة الجوية", "ناقشا") is the subject itself, so what follows is no subject
    pro_subject = m.entry.kind == "v" and m.number in ("pl", "dual")
    if m.entry.kind == "v" and _first_person_ar(view, m):
        # "سأوقع مذكرة لبدء العقوبات على النظام الإيراني", "ونجري اتصالات مع السلطات الفرنسية":
        # I / we do it: the one quoted, when the sentence names one; the names after are objects
        roles.agent = _quoted_speaker_ar(view, m, reporters, previous)
        roles.agent_from = "first person"
    elif said is not None:
        # "نقلت تاس عن الجيش الروسي قوله إنه أسقط طائرة": "he" is the one quoted
        roles.agent = [said.key]
        roles.agent_from = "speaker"
    elif not before and m.entry.kind == "v" and m.start >= 1 and view.words[m.start - 1] in _AR_PRONOUN_SUBJECT:
        # "كما أنها طالبت المملكة العربية السعودية بالكشف": the pronoun on أنّ is the subject
        # (no verb of saying names who it is); the name after the verb is its object
        roles.agent_from = "pronoun"
    elif (
        m.entry.kind == "v" and m.end + 1 < len(view.words) and view.words[m.end] in _AR_RESUMPTIVE_PP
        and view.words[m.end] not in ("فيه", "فيها")  # ("والتقى فيها بوتين": there, and Putin is met)
        and groups and groups[0][0].start == m.end + 1 and not groups[0][0].prep and not groups[0][0].nationality
    ):
        # "الاتفاق النووي ...، وانسحب منه ترامب": the name right after the verb's resumptive
        # pronoun is its subject (the pronoun is what it withdrew from)
        roles.agent = _keys(groups[0])
        roles.agent_from = "subject"
        groups = groups[1:]
    elif _coordinated_ar(view, m) and previous is not None and previous.agent:
        # "اتهمت الحكومة الفلسطينية إسرائيل بارتكاب مذبحة، وطالبت بتدخل": the same subject; a
        # dual verb the two of them ("والتقى بوتين كيم، وناقشا التعاون")
        if m.number == "dual" and m.entry.kind == "v" and previous.target:
            roles.agent = previous.agent[:1] + previous.target[:1]
        else:
            roles.agent = list(previous.agent)
        roles.agent_from = "inherited"
    elif not before and _relative_subject_ar(view, m):
        # "مستشار الرئيس الصيني شي جين بينغ، والذي زار واشنطن": the antecedent is the subject (a
        # name right before the pronoun: "روسيا، التي تستضيف"), the name after the verb the object;
        # with a pronoun on the verb or after it ("الذي أيدته الجمعية", "التي يستضيف فيها كيم") the
        # antecedent is the object and the rules below take the name after as the subject
        w = view.words
        k = m.start - 2 if m.start >= 2 and w[m.start - 2] not in ("،", ",") else m.start - 3
        ante = next((c for c in view.chunks if c.end == k + 1 and not c.prep and not c.nationality), None)
        if w[m.start - 1].startswith("و"):
            ante = None  # "مستشار للرئيس الصيني شي جين بينغ والذي زار": a second clause on an earlier head
        nxt = w[m.end] if m.end < len(w) else ""
        undergone = normalize(m.entry.lemma.split("/")[0]) in _PASSIVE_READING_AR and (
            nxt[:1] in "بف" or nxt in cues.AR_PREPOSITIONS or nxt.endswith("ا") and not nxt.startswith("ال")
        )  # "العميد الغريبي، الذي قتل في مواجهات", "الجنرال أوشوا الذي أعدم رميا بالرصاص": passive
        undergone = undergone or _accused_relative_ar(view, m)
        if ante is not None and ante.key not in reporters and not _passive_ar(view, m) and not undergone:
            roles.agent = [ante.key]
            roles.subject_chunk = None
        elif ante is not None and undergone:
            roles.target = [ante.key]
        roles.agent_from = "relative"
        # the object of a relative clause's verb follows it closely; a name further on belongs
        # to another phrase ("المواقع التي استقبلت جمهور العيد ... ساحة العروض بحي الجزيرة")
        groups = [g for g in groups if _near_object_ar(view, m.end, g[0])]
    elif (
        not when
        and not _object_pronoun_ar(view, m)
        and _after_indefinite_noun(view, m, lo)
        and (not before or _describes_noun_ar(view, m))
    ):
        # "مسيرات استهدفت موسكو": a verb right after an indefinite noun describes it (a
        # relative clause without الذي); that noun, not a name, is its subject, and the
        # bare name after the verb is the object (with a pronoun on the verb the noun is
        # its object and the name after its subject: "مزاعم ينفيها غولن", "أراض يحتلها التنظيم")
        roles.agent_from = "relative"
    elif (
        before
        and m.entry.kind == "v"
        and _verb_object_pronoun_ar(view, m)
        and groups
        and not groups[0][0].prep
        and not groups[0][0].nationality
        and groups[0][0].start == m.end
    ):
        # "وهو ما رفضته إسرائيل", "رهينة اختطفته ميليشيات الحوثي": with a pronoun on the verb the
        # name right after it is its subject; the pronoun is the name before (its object), or
        # what ما stands for (a claim, no actor)
        last = _groups(before)[-1]
        if last[-1].end >= m.start - 1 and view.words[m.start - 1] not in ("ما", "مما"):
            roles.target = _keys(last)  # right before the verb, or before its relative pronoun
            roles.target_from = "pronoun"
        roles.agent = _keys(groups[0])
        roles.agent_from = "subject"
        groups = groups[1:]
    elif before and (
        view.words[m.start][:1] == "و" and previous is not None and previous.agent
        and _pp_genitive_ar(view, _groups(before)[-1][0])
    ):
        # "نفذت غارة قرب مدينة أوباري بجنوب ليبيا وقتلت إرهابيين": the name before a joined verb
        # ends a prepositional phrase, so the verb goes on with the previous event's subject
        roles.agent = list(previous.agent)
        roles.agent_from = "inherited"
    elif before and _coordinated_ar(view, m) and previous is not None and not previous.agent and (
        not groups or (groups[0][0].start == m.end and not groups[0][0].prep and not groups[0][0].nationality)
    ):
        # "قد أدانت أزاريا بقتل ... عبد الفتاح الشريف في مدينة الخليل، وحكمت عليه": a second verb of
        # the unnamed subject (a court), or of the one named right after it ("وحكمت المحكمة العليا
        # عليه"); the names before the comma belong to the first clause
        if groups:
            roles.agent = _keys(groups[0])
            roles.agent_from = "subject"
            groups = groups[1:]
        else:
            roles.agent_from = "inherited"
    elif before and _private_nationality_ar(view, _groups(before)[-1]):
        # "وكان المدرب الأرجنتيني، وقع عقدا": a private person's nationality, not his state, is
        # all that is named before the verb
        roles.agent_from = "common-subject"
    elif before:
        # SVO: the last bare group before the verb
        bgroups = _groups(before)
        roles.agent = _keys(bgroups[-1])
        roles.agent_from = "subject"
        roles.subject_chunk = bgroups[-1][0]
    elif both:
        roles.agent = both
        roles.agent_from = "both"
    elif pro_subject:
        # the subject is the verb's ending; who "they" are the sentence seldom says by a name
        # before it (a verb joined to the previous one by و took its subject above): the previous
        # event's agent was wrong as often as not ("أوقفت الشرطة البريطانية أربعة أشخاص بعد أن
        # اقتحموا": the four, not the police); a dual verb after an event between two parties is
        # the two of them ("استضاف كيم ... وفدا برئاسة كريفوروتشكو ... حيث ناقشا")
        if m.number == "dual" and previous is not None and previous.agent and previous.target and not when:
            roles.agent = previous.agent[:1] + previous.target[:1]
            roles.agent_from = "inherited"
        else:
            roles.agent_from = "pronoun"
        # its object follows closely; a name further on sits in another phrase ("قتلوا خلال
        # قتالهم في صفوف داعش"), unless it says where
        groups = [
            g for g in groups
            if _near_object_ar(view, m.end, g[0])
            or (g[0].is_place and (g[0].prep in _PLACE_PREPS_AR or (
                m.entry.plover == "ASSAULT" and "علي" in view.words[max(0, g[0].start - 2) : g[0].start]
            )))  # "أطلقوا ثلاثة صواريخ كاتيوشا على مطار البصرة"
        ]
    elif (
        groups
        and not groups[0][0].prep
        and groups[0][0].start - m.end <= 3
        and _feminine_verb_ar(view, m)
        and _man_by_title_ar(view, groups[0][0], m.end)
    ):
        # "انتقدت خلالها وزير الخارجية بوريس جونسون": a feminine verb's subject is no man; "she"
        # acts, and the man named after the verb is its object
        roles.agent_from = "pronoun"
    elif (head := _common_subject_ar(view, m)) is not None:
        # "قصف الجيش الإسرائيلي غزة" / "قصف المتمردون السوريون دمشق": a common noun is the
        # subject; a nationality after a state organ is its state, and the name after is the object
        nat = groups[0] if groups and groups[0][0].start == m.end + 1 and groups[0][0].nationality else None
        if nat is None and groups and groups[0][0].nationality and groups[0][0].start == _nationality_after_ar(view, m.end):
            nat = groups[0]  # "استهدفت الضربات الصاروخية الأمريكية والفرنسية": past one adjective
        if nat is not None:
            if head in _STATE_HEADS_AR or head.removeprefix("و") in _STATE_STRIKES_AR:
                roles.agent = _keys(nat)
            groups = groups[1:]
        roles.agent_from = "common-subject"
    elif _title_at(view, m.end) and (per := _person_after_title(view, m.end, after)) is not None:
        # "حث الأمين العام للأمم المتحدة أنطونيو غوتيريش الرئيس ترامب": the titled person acts
        roles.agent = [per.key]
        roles.agent_from = "subject"
        groups = [g for g in groups if per not in g and not all(c.end <= per.start for c in g)]
    elif _title_at(view, m.end) and m.entry.kind == "v" and (per := _appositive_ar(view, m.end, groups)) is not None:
        # "وتوعد الرئيس الأميركي، دونالد ترامب، برد": the person in apposition to the title acts
        roles.agent = [per.key]
        roles.agent_from = "subject"
        groups = [g for g in groups if per not in g and not all(c.end <= per.start for c in g)]
    elif _title_at(view, m.end) and m.entry.kind == "v":
        # "وحمل الوزير إسرائيل المسؤولية": a title with no name is the subject (a common noun);
        # its nationality adjective names its state, and the name after it is the object;
        # a title in construct ("مدير مكتب الإعلام") has its genitive, no object, right after it
        nat = groups[0] if groups and groups[0][0].nationality and (
            groups[0][0].start == m.end + 1
            or (groups[0][0].start == m.end + 2 and view.words[m.end + 1].removeprefix("ال") in _TITLE_SECOND_WORDS_AR)
        ) else None  # ("وحمل وزير الخارجية الإيراني", "ولي العهد السعودي"; not "واستقبل الرئيس الوفد الروسي")
        if nat is not None:
            roles.agent = _keys(nat)
            groups = groups[1:]
        if not view.words[m.end].lstrip("و").startswith("ال"):
            groups = [g for g in groups if g[0].start != m.end + 1]
        roles.agent_from = "common-subject"
    elif groups and not groups[0][0].prep and groups[0][0].nationality and not _subject_phrase_ar(view, m.end, groups[0][0].start):
        # a nationality adjective modifies the noun before it; past a preposition, a number or a
        # name that noun is no subject ("تعهدت بمراقبة الطموحات النووية الإيرانية", "ووافقت 12 دولة
        # على مشروع القرار الأميركي"): Iran and the US are no agents there (nor, read off that
        # noun, its object)
        not_actor = groups[0][0].key
        groups = groups[1:]
    elif groups and not groups[0][0].prep and m.entry.kind == "v" and _construct_object_ar(view, m.end, groups[0][0]):
        # "وانتقد تصريحات ترامب", "نفى ادعاءات الجاسوس البريطاني كريستوفر ستيل": the noun right after
        # the verb is its object in construct, and the name is that noun's genitive (the subject is
        # the verb's own ending)
        if not _city_of_name_ar(view, groups[0]):  # ("انتقد اتفاق باريس للمناخ": no party)
            roles.target = _keys(groups[0])
        roles.agent_from = "pronoun"
        groups = groups[1:]
    elif (
        groups and not groups[0][0].prep and not groups[0][0].nationality and m.entry.kind == "v"
        and _phrase_before_name_ar(view, m.end, groups[0][0].start)
    ):
        # "وطالبت المنظمة بإطلاق سراح الصحفي محمد": the name sits in the ب phrase, neither the
        # subject nor the verb's object ("اتهمته زوجته باستخدام العنف ... وبدعم داعش")
        end = groups[0][-1].end
        if view.words[groups[0][0].start - 1] in _BULLETS_AR:
            roles.agent = _keys(groups[0])  # "قتل فلسطينيان برصاص الجيش الإسرائيلي": by its fire
            roles.agent_from = "by"
        else:
            roles.agent_from = ""
        groups = groups[1:]
        while groups and groups[0][0].start == end and groups[0][0].nationality:
            end = groups[0][-1].end  # (the phrase's adjective: "الجيش" + "الإسرائيلي")
            groups = groups[1:]
    elif (
        groups and not groups[0][0].prep and not groups[0][0].nationality and m.entry.kind == "v"
        and _to_titled_ar(view, m.end, groups[0][0].start)
    ):
        # "واتصل هاتفيا بالرئيس الأمريكي دونالد ترامب", "وأكد للرئيس أردوغان": the titled person
        # after ب / ل is who the act reaches, not its subject
        roles.target = [_titled_person(view, groups[0], after)] if len(groups[0]) == 1 else _keys(groups[0])
        roles.target_from = "object"
        groups = groups[1:]
    elif (
        groups and not groups[0][0].prep and m.entry.kind == "v" and groups[0][0].start > m.end
        and view.words[m.end].removeprefix("و") in _STATE_STRIKES_AR
    ):
        # "واستهدفت الغارات مواقع الحوثيين": the strikes are the subject (whoever launched them
        # named before), the name after them sits in the object
        if previous is not None and previous.agent:
            roles.agent = list(previous.agent)
        roles.agent_from = "inherited" if roles.agent else "common-subject"
    elif (
        groups and not groups[0][0].prep and m.entry.kind == "v" and m.start > 0
        and view.words[m.start - 1] in cues.AR_RELATIVE and m.end < len(view.words)
        and view.words[m.end] in ("فيه", "فيها", "خلاله", "خلالها")
        and normalize(m.entry.lemma.split("/")[0]) in _PASSIVE_READING_AR
        and groups[0][0].start == m.end + 1
    ):
        # "العملية التي قتل فيها أسامة بن لادن": the operation in which he was killed
        roles.target = [_titled_person(view, groups[0], after)] if len(groups[0]) == 1 else _keys(groups[0])
        roles.target_from = "passive"
        roles.agent_from = "passive"
        groups = groups[1:]
    elif groups and not groups[0][0].prep:
        roles.agent = [_titled_person(view, groups[0], after)] if len(groups[0]) == 1 else _keys(groups[0])
        roles.agent_from = "subject"
        roles.subject_chunk = groups[0][0] if groups[0][0].key in roles.agent else None
        inside = _apposition_ar(view, groups[0][-1].end, hi)
        groups = groups[1:]
        if inside is not None and any(g[0].start >= inside[1] for g in groups):
            # "أشاد الألماني ليروي ساني، صانع لعب مانشستر سيتي، بمدربه": the subject's apposition
            # names no object
            groups = [g for g in groups if not inside[0] <= g[0].start < inside[1]]
    elif whoever or counted:
        # "أيد 82 عضوا مشروع قرار ... وعارضه 24 عضوا": with its object on the verb, the number
        # after it counts the subject, not the previous event's agent; "لمن يرفض": whoever does it
        roles.agent_from = "relative" if whoever else "counted"
    elif (
        m.entry.kind == "v" and m.end + 1 < len(view.words) and view.words[m.end] in _AR_RESUMPTIVE_PP
        and _common_subject_at_ar(view, m.end + 1) is not None
    ):
        # "إصلاحات اقتصادية يطالب بها المقرضون الدوليون": the common noun after the verb's
        # resumptive pronoun is its subject, not the previous event's agent
        roles.agent_from = "common-subject"
    elif previous is not None and (previous.agent or previous.target) and not (
        when and m.end < len(view.words) and not view.words[m.end][:1].isdigit()
    ):
        # (after a time noun the clause names its own subject, "في وقت تجمع مئات", unless an
        # object follows the verb at once: "في حين أطلقت 10 صواريخ")
        if m.number == "dual" and previous.target:
            roles.agent = previous.agent[:1] + previous.target[:1]
        else:
            roles.agent = list(previous.agent)
        roles.agent_from = "inherited"
    if (
        m.entry.kind == "v"
        and roles.agent_from == "subject"
        and (
            (roles.subject_chunk is not None
             and (_passive_perfect_ar(view, m) or _unobjected_ar(view, m, hi, roles.subject_chunk, groups)))
            or _hollow_passive_ar(view, m)  # "أن إسبر قد اغتيل": before the verb too
        )
    ):
        # "وقد أدين سيدريك هيرو ... بتهمة", "سجن الساتي في عام 2010", "سعود، اعتقل في مدينة
        # طرابلس": a verb of undergoing with no object is passive (unvowelled news writes قُتل
        # as قتل); who is named undergoes it
        roles.target = list(roles.agent)
        roles.agent = []
        roles.agent_from = "passive"
    elif (
        roles.agent_from in ("inherited", "")
        or (roles.agent_from == "subject" and all(c.end <= m.start for c in view.chunks if c.key in roles.agent))
    ) and _accused_of_ar(view, m):
        # "لعب العامري دورا كبيرا في أعمال العنف واتهم بإدارة فرق الموت": accused (اتُّهم), no
        # object before the ب of the charge; the one the clause is about undergoes it
        roles.target = list(roles.agent)
        roles.agent = []
        roles.agent_from = "passive"
    by = _by_agent_ar(view, m, hi, groups)
    if by is not None:
        # "اعتقلا العام الماضي من قبل قوات ...", "اعتداء من قبل مشجعين", "قتل على يد مسلحين": the
        # one named after من قبل / على يد does it; a subject named before it undergoes it (passive)
        if roles.agent and roles.agent_from == "subject" and not roles.target:
            roles.target = [k for k in roles.agent if k not in _keys(by)]
        roles.agent = _keys(by)
        roles.agent_from = "by"
        groups = [g for g in groups if g is not by]
    # "وفدا ... برئاسة X": X heads the object; the country of the delegation takes part
    headed = [i for i in range(m.end, hi) if view.words[i] in cues.AR_HEADED_BY]
    if headed:
        h = headed[0]
        per = [c for c in after if c.start > h and c.label == "PER"]
        if per:
            roles.target = [per[0].key]
    if (
        not roles.target
        and m.entry.kind == "v"
        and m.start >= 2
        and view.words[m.start - 1] in cues.AR_RELATIVE
        and _verb_object_pronoun_ar(view, m)
    ):
        # "نظام بشار الأسد الذي تدعمه موسكو": the pronoun on the verb is the antecedent, its object
        w = view.words
        k = m.start - 2 if w[m.start - 2] not in ("،", ",") else m.start - 3
        ante = next((c for c in view.chunks if c.end == k + 1 and not c.prep and not c.nationality), None)
        if ante is not None and ante.key not in roles.agent and ante.key not in reporters:
            roles.target = [ante.key]
            roles.target_from = "relative"
    if not roles.target and m.entry.plover == "REQUEST":
        # "طلبت تايلاند من بريطانيا تسليمها ...": who is asked is the target
        start = max([m.end] + [c.end for g in groups for c in g if c.key in roles.agent])
        asked = next(
            (
                g for g in groups
                if g[0].prep == "من" and (
                    g[0].start - start <= 2
                    # "ويطلب المسؤول الأممي من السعودية": past a common-noun subject
                    or (g[0].start - start <= 4 and all(x.startswith("ال") for x in view.words[start : g[0].start - 1]))
                )
            ),
            None,
        )
        if asked is not None:
            roles.target = _keys(asked)
            groups = [x for x in groups if x is not asked]
    if not roles.target and m.entry.lemma.startswith("فرض"):
        # "تفرض إسرائيل حصارا ... على قطاع غزة": what is imposed falls on the one after على
        on = next((g for g in groups if g[0].prep == "علي"), None)
        if on is not None:
            roles.target = _keys(on)
            groups = [x for x in groups if x is not on]
    if not roles.target:
        for g in groups:
            if m.entry.kind == "v" and _in_time_phrase_ar(view, m.end, g[0].start):
                break  # "اتفقت دول الاتحاد ... بعد قرار الرئيس الأمريكي دونالد ترامب": when, not whom
            if m.entry.plover == "CONSULT" and _topic_of_talks_ar(view, g[0]):
                continue  # "يبحث مع ولي العهد السعودي أزمة اليمن": what is discussed, not with whom
            if not g[0].prep and not g[0].nationality and not _city_of_name_ar(view, g) and not _interviewer_ar(view, g[0]):
                roles.target = [_titled_person(view, g, after)] if len(g) == 1 else _keys(g)
                roles.object_chunk = g[0] if g[0].key in roles.target else None
                groups = [x for x in groups if x is not g]
                break
        if not roles.target:
            roles.target = [k for k in _object_nationality_ar(view, m, after, roles.agent) if k != not_actor]
    rest = [c for g in groups for c in g if c.key not in roles.target]
    _fill_rest(roles, rest, _TARGET_PREPS_AR, _PLACE_PREPS_AR, view)
    return roles


#: verbs that push someone to an act ("دفع ترامب إلى التهديد", "تدفع إيران إلى التفاوض")
_PUSH_AR = frozenset(normalize(w) for w in "دفع دفعت يدفع تدفع".split())


def _pushed_to_ar(view: SentenceView, m: Match) -> Chunk | None:
    """The one a verb of pushing (:data:`_PUSH_AR`) pushes to the act noun ``m`` right after إلى
    ("إلى التفاوض"), or to the act a threat after إلى names ("إلى التهديد بقصف": the threat
    itself, a definite noun with no one named, states no event of its own): the name between the
    verb and إلى, a title before it."""
    w = view.words
    if m.start >= 2 and w[m.start - 2] == "الي" and w[m.start][:1] == "ب" and _bare_ar(w[m.start - 1]) in _THREAT_WORDS_AR:
        to = m.start - 2
    elif m.start >= 1 and w[m.start - 1] == "الي" and not (m.end < len(w) and w[m.end][:1] == "ب" and len(w[m.end]) > 3):
        to = m.start - 1
    else:
        return None
    for k in range(to - 1, max(-1, to - 9), -1):
        if w[k] in ("،", ",") or w[k] in cues.AR_STRONG_PUNCT:
            return None
        if drop_conjunction(w[k]) in _PUSH_AR:
            named = [c for c in view.chunks if k < c.start and c.end <= to and not c.prep and not c.nationality]
            return named[0] if len(named) == 1 and named[0].end == to else None
    return None


#: forms of تبنّى (claimed an attack): its subject made the attack it names
_CLAIMED_AR = frozenset("تبني تبنت تبنوا يتبني تتبني".split())


def _claimed_by_ar(view: SentenceView, m: Match) -> list[str]:
    """Who claimed the attack noun ``m`` right after ``تبنى`` and its subject ("وتبنى تنظيم داعش
    الهجوم على الكنيسة"; "وقد تبنى تنظيم داعش هذا الهجوم"): its maker."""
    w = view.words
    if m.entry.plover != "ASSAULT":
        return []
    for k in range(m.start - 1, max(-1, m.start - 7), -1):
        if w[k] in ("،", ",") or w[k] in cues.AR_STRONG_PUNCT:
            return []
        if drop_conjunction(w[k]) in _CLAIMED_AR:
            after = [c for c in view.chunks if k < c.start and c.end <= m.start and not c.prep]
            return [after[0].key] if after else []
    return []


def _managed_by_ar(view: SentenceView, m: Match) -> list[str]:
    """Who managed to do the act noun ``m`` after ``تمكن ... من`` ("وتمكنت قوات الأمن المصرية من
    اعتقال المتهم", "الأجهزة الأمنية البريطانية تمكنت من توقيفها"): the name after the verb, else
    the one right before it."""
    w = view.words
    if m.start < 2 or w[m.start - 1] != "من":
        return []
    for k in range(m.start - 2, max(-1, m.start - 12), -1):
        if w[k] in cues.AR_STRONG_PUNCT:
            return []
        if drop_conjunction(w[k]) in cues.AR_MANAGED:
            after = [
                c for c in view.chunks if k < c.start and c.end < m.start and not c.prep
                and not any(x in ("،", ",") for x in w[k : c.start])  # "تمكنت، قبيل عيد النصر، من": no subject
            ]
            if after:
                return [after[0].key]
            before = [c for c in view.chunks if k - 4 <= c.start and c.end <= k and not c.prep]
            return [before[-1].key] if before and not any(x in ("،", ",") for x in w[before[-1].end : k]) else []
    return []


def _visit_by_title_ar(view: SentenceView, m: Match) -> bool:
    """Is visit noun ``m`` followed by a title with the ل of its maker ("زيارة للرئيس الصيني")?"""
    if normalize(m.entry.lemma.split("/")[0]).removeprefix("ال") not in ("زياره", "جوله") or m.end >= len(view.words):
        return False
    x = view.words[m.end]
    return x.startswith("لل") and "ال" + x[2:] in cues.AR_TITLE_STARTS and not any(c.start == m.end for c in view.chunks)


def _met_titled_ar(view: SentenceView, m: Match, hi: int, after: list[Chunk]) -> Chunk | None:
    """The person named with his title after "مع" that follows meeting noun ``m`` within eight words
    ("لقاء ماي مع أمير قطر تميم بن حمد": Tamim), no comma between."""
    w = view.words
    for k in range(m.end, min(hi, m.end + 8)):
        if w[k] in ("،", ",") or w[k] in cues.AR_STRONG_PUNCT:
            return None
        if w[k] == "مع" and _title_at(view, k + 1):
            return _person_after_title(view, k + 1, after)
    return None


#: "who(ever)" before a verb: "لمن يرفض أسلوب بولسونارو", "ممن يطالبون"
_AR_WHOEVER = frozenset("من لمن ممن بمن فمن".split())


def _counted_subject_ar(view: SentenceView, m: Match) -> bool:
    """Does a number follow verb ``m`` that carries its object as a pronoun ("وعارضه 24 عضوا"): the
    counted noun is the subject?"""
    return (
        m.entry.kind == "v" and m.end < len(view.words) and view.words[m.end][:1].isdigit()
        and _verb_object_pronoun_ar(view, m)
    )


#: a preposition with a pronoun right after a verb, taking up an antecedent ("يطالب بها")
_AR_RESUMPTIVE_PP = frozenset("به بها بهم فيه فيها عليه عليها منه منها عنه عنها له لها".split())


def _purpose_l_ar(view: SentenceView, m: Match) -> bool:
    """Does noun ``m`` carry a purpose ل ("للقاء", "لزيارة"), not a ل of its own ("لقاء"): the
    lexicon's :meth:`~kg.events.lexicon.Lexicon.radical_lam`, and ل before ل is the preposition."""
    from kg.events.lexicon import get_lexicon

    word = drop_conjunction(view.words[m.start])
    return word.startswith("لل") or (word.startswith("ل") and not get_lexicon("ar").radical_lam(word))


#: accusative masdars that open a sentence with its reason ("ردا على", "تعليقا على", "استجابة لـ")
_REASONS_AR = frozenset(normalize(w) for w in "ردا تعليقا استجابة تلبية تجاوبا تفاعلا".split())


def _fronted_reason_ar(view: SentenceView, m: Match) -> bool:
    """Does the sentence open with a reason phrase closed by the comma right before verb ``m``
    ("وردا على أسئلة وكالة فرانس برس، رفض المتحدث": the agency asked, the spokesman refuses)?"""
    w = view.words
    if m.start < 3 or w[m.start - 1] not in ("،", ","):
        return False
    first = next((k for k in range(m.start - 1) if w[k] not in ('"', "«", "“")), None)
    if first is None or w[first].removeprefix("و") not in _REASONS_AR:
        return False
    return not any(x in ("،", ",") or x in cues.AR_STRONG_PUNCT for x in w[first + 1 : m.start - 1])


def _fronted_phrase_ar(view: SentenceView, end: int, m: Match) -> bool:
    """Does a name ending at ``end`` sit in a fronted adverbial phrase closed by a comma right
    before verb ``m``, which names its own subject right after it?  ("بمساعدة السودان الشقيق في
    مواجهة آثار السيول، قدمت مصر": Egypt gives, not Sudan.)  Not a time word or a relative
    clause between commas ("مصر، الخميس، استقبلت", "ترامب، الذي زار بكين، قال")."""
    w = view.words
    gap = w[end : m.start]
    if len(gap) < 4 or gap[-1] not in ("،", ",") or any(x in ("،", ",") for x in gap[:-1]):
        return False
    if any(x in cues.AR_RELATIVE or x in cues.AR_STRONG_PUNCT for x in gap):
        return False
    if not any(x in cues.AR_PREPOSITIONS for x in gap):
        return False
    return _subject_right_after_ar(view, m)


def _new_clause_between_ar(view: SentenceView, end: int, m: Match) -> bool:
    """Does a comma and a preposition or a connective with و (not the verb ``m`` itself) stand between
    token ``end`` and the verb: a new clause opens there ("، وفي إطار هذا التحقيق طلبت", "، وقد نفى")?
    Not a coordinated noun ("، وإصدار تقارير ... تتهم روسيا": the verb describes تقارير)."""
    w = view.words
    return any(
        w[k] in ("،", ",") and w[k + 1][:1] == "و" and (w[k + 1][1:] in cues.AR_PREPOSITIONS or w[k + 1] in _AR_CONNECTIVES)
        for k in range(end, m.start - 1)
    )


#: words with و that open a new clause after a comma ("، وقد نفى ترامب", "، ولهذا انسحبت جوليا")
_AR_CONNECTIVES = frozenset("وقد ولهذا ولذلك وبالتالي ولكن وعليه وبذلك وهكذا وعندها وحينها وكذلك".split())


def _subject_right_after_ar(view: SentenceView, m: Match) -> bool:
    """Is the name right after verb ``m`` one that could be its subject: a person, organization or
    place agreeing with the verb ("حذّر إيران": a masculine verb, a feminine state: its object)?"""
    nxt = next((c for c in view.chunks if c.start == m.end and not c.prep and not c.nationality), None)
    if nxt is None or nxt.label not in ("PER", "ORG", "LOC"):
        return False
    if _feminine_verb_ar(view, m):
        return not (nxt.label == "PER" and _man_by_title_ar(view, nxt))
    return nxt.kind != "Country" or nxt.key.removeprefix("country/") in _MASCULINE_STATES_AR




def _fronted_time_phrase_ar(view: SentenceView, group: list[Chunk], m: Match) -> bool:
    """Are the names ``group`` the genitive of one or two nouns after a preposition of time
    (:data:`kg.events.cues.AR_TIME_PREPS`) that opens the clause, right before verb ``m`` (a comma
    between at most), which names its own subject right after it?  ("وبعد استقالة ديفيز، انسحبت
    سويلا بريفمان": Braverman withdrew, not Davis.)"""
    w = view.words
    c = group[0]
    if w[group[-1].end : m.start] not in ([], ["،"], [","]):
        return False
    j = next((k for k in range(c.start - 1, max(-1, c.start - 4), -1) if drop_conjunction(w[k]) in cues.AR_TIME_PREPS), None)
    if j is None:
        # "وبعد يومين من تهديدات روحاني، استهدفت": a time counted from an event of the names
        of = next((k for k in range(c.start - 1, max(-1, c.start - 4), -1) if w[k] == "من"), None)
        if of is not None and of > 0:
            j = counted_time_ar(view, of - 1)
    if j is None or j == c.start - 1 or any(x.start < c.start and x.end > j for x in view.chunks):
        return False
    if j > 0 and w[j - 1] not in ("،", ",") and w[j - 1] not in cues.AR_STRONG_PUNCT:
        return False
    # ("بعد لقاء ترامب وبوتين، انتقدت الصحف القمة": a common noun is the subject too)
    return _subject_right_after_ar(view, m) or _common_subject_ar(view, m) is not None


#: countries whose Arabic name is masculine (a feminine verb or pronoun is never them)
_MASCULINE_STATES_AR = frozenset("IQ JO LB SD MA YE KW BH".split())


def _feminine_verb_ar(view: SentenceView, m: Match) -> bool:
    """Is Arabic verb ``m`` in the third person feminine singular (``انتقدت``, ``نفت``, ``دعت``,
    ``تنتقد``, ``انتقدته``)?"""
    if m.entry.kind != "v" or m.number != "sg":
        return False
    parts = m.entry.lemma.split("/")
    perfect = normalize(parts[0])
    imperfect = normalize(parts[1]) if len(parts) > 1 and parts[1] else ""
    word = view.words[m.start]
    for w in (word, word[1:] if word[:1] in "وف" and len(word) > 3 else ""):
        for pro in ("", "ه", "ها", "هم", "هما"):
            if not w or (pro and not w.endswith(pro)):
                continue
            x = w[: len(w) - len(pro)]
            if x.endswith("ت") and not perfect.endswith("ت") and x[:-1] in (perfect, perfect[:-1]):
                return True
            if imperfect and x in ("ت" + imperfect, "ست" + imperfect):
                return True
    return False


#: words between a verb and its object that are neither: time words, prepositions with a pronoun
_BETWEEN_VERB_OBJECT_AR = frozenset("خلالها خلاله فيها فيه عليها عليه لها له منها منه اليوم امس ايضا".split())


#: feminine titles before a woman's name
FEMININE_TITLES_AR = frozenset(
    normalize(w) for w in "الرئيسة رئيسة الوزيرة وزيرة المستشارة مستشارة النائبة نائبة السفيرة سفيرة الملكة "
    "ملكة الأميرة أميرة السيدة الشيخة المتحدثة متحدثة الناشطة الصحفية الممثلة المغنية الفنانة الكاتبة "
    "اللاعبة المرشحة المديرة مديرة الزعيمة المبعوثة مبعوثة الأمينة المدافعة إحدى".split()
)


def title_gender_ar(view: SentenceView, start: int, lo: int = 0) -> str | None:
    """The gender ("f" / "m") of the position title right before a name starting at ``start``, or
    None: up to three words back, or further across the state and adjectives a title takes
    ("رئيسة كوريا الجنوبية السابقة باك جون هاي"), never across punctuation, another person's name
    or token ``lo`` (a verb's end: "نددت إدارة الرئيس ... ترامب" has the man in the genitive of
    the subject, so only time words or a preposition's pronoun may stand between the verb and the
    title)."""
    w = view.words
    for k in range(start - 1, max(lo - 1, start - 7), -1):
        x = w[k]
        if x in ("،", ",") or x in cues.AR_STRONG_PUNCT or any(
            c.start <= k < c.end for c in view.chunks if c.label == "PER" and c.end <= start
        ):
            return None
        bare = x[1:] if x[:1] == "و" and len(x) > 3 else x
        if x in FEMININE_TITLES_AR or bare in FEMININE_TITLES_AR:
            return "f"
        if x in cues.AR_TITLE_STARTS or bare in cues.AR_TITLE_STARTS:
            if lo and not all(y in _BETWEEN_VERB_OBJECT_AR or y in AR_WEEKDAYS for y in w[lo:k]):
                return None
            return "m"
        if start - k >= 3 and not (
            x.startswith("ال") or any(c.start <= k < c.end and (c.kind == "Country" or c.nationality) for c in view.chunks)
        ):
            return None  # past three words only across the state and adjectives ("الجنوبية السابقة")
    return None


def _man_by_title_ar(view: SentenceView, c: Chunk, lo: int = 0) -> bool:
    """Is person chunk ``c`` a man by the title right before it ("وزير الخارجية بوريس جونسون")?"""
    return c.label == "PER" and title_gender_ar(view, c.start, lo) == "m"


def _apposition_ar(view: SentenceView, end: int, hi: int) -> tuple[int, int] | None:
    """The words between commas right after a subject ending at ``end`` that describe it (one or
    two comma-closed noun phrases: "ليروي ساني، صانع لعب مانشستر سيتي، متصدر الدوري، ..."), as
    ``(start, stop)``; None when no comma follows, the phrase says when ("، الخميس،"), or it
    holds a verb of the lexicon's or a relative pronoun."""
    w = view.words
    k, stop = end, None
    for _ in range(2):
        if k >= hi or w[k] not in ("،", ","):
            break
        j = next((j for j in range(k + 1, min(hi, k + 12)) if w[j] in ("،", ",") or w[j] in cues.AR_STRONG_PUNCT), None)
        if j is None or w[j] not in ("،", ",") or j == k + 1:
            break
        first = w[k + 1]
        if (
            first in AR_WEEKDAYS
            or first in ("يوم", "امس", "اليوم")
            or first[:1].isdigit()
            or first in cues.AR_PREPOSITIONS
            or (first[:1] in "بلو" and not first.startswith("ال") and first not in cues.AR_TITLE_STARTS)  # not "وزير"
            or (first.endswith("ا") and not first.startswith("ال"))  # "مؤخرا", "أيضا": an adverb
            # a definite noun that is no title is an object after an odd comma ("وانتقد أوليتا،
            # المسؤولين في حكومة الرئيس"); an apposition is a title or a noun in construct
            or (first.startswith("ال") and first not in cues.AR_TITLE_STARTS)
            or any(x in cues.AR_RELATIVE for x in w[k + 1 : j])
        ):
            break
        stop = j
        k = j
    return None if stop is None else (end + 1, stop)


def _construct_ar(view: SentenceView, m: Match) -> bool:
    """Is Arabic event noun ``m`` (one word) in construct: no article, no pronoun, no tanween
    (``مطالبة``, ``لمطالبة``, ``وزيارة``)?  Its next word is then its genitive."""
    if m.end - m.start != 1:
        return False
    word = view.words[m.start]
    for p in ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"):
        if word.startswith(p) and len(word) - len(p) >= 3 and not word.startswith("ال"):
            word = word[len(p):]
            break
    return not word.startswith("ال") and not word.endswith(("ا", "ها", "هم", "هما"))


def _attack_of_ar(view: SentenceView, m: Match, c: Chunk) -> bool:
    """Is chunk ``c`` an armed actor in a ``ل`` phrase right after attack noun ``m`` (its
    adjectives between): "إطلاق النار العشوائي للجيش الإسرائيلي" (the army's fire); a place
    there is the target ("قصف لمدينة حلب")."""
    if c.prep != "ل" or c.is_place or c.nationality or c.start - m.end > 3:
        return False
    return all(x.startswith("ال") for x in view.words[m.end : c.start])


#: meetings and agreements named by the city that held them ("قمة هلسنكي", "اتفاق سوتشي")
_CITY_NAMED_AR = frozenset(normalize(w) for w in "قمة مؤتمر منتدى اتفاق اتفاقية معاهدة".split())


def _named_by_city_ar(view: SentenceView, m: Match) -> bool:
    """Is the event noun ``m`` a summit, conference or agreement, whose city genitive says where?"""
    return drop_conjunction(view.words[m.start]).removeprefix("ال").removeprefix("ب").removeprefix("ل") in _CITY_NAMED_AR


#: private persons: their nationality adjective ("المدرب الأرجنتيني") is no state acting
_PRIVATE_PERSONS_AR = frozenset(
    normalize(w)
    for w in "المدرب اللاعب النجم المهاجم المدافع الحارس الكاتب الروائي الشاعر الفنان الفنانة المغني المغنية "
    "الممثل الممثلة المخرج الطالب الطالبة الشاب الشابة الرجل المرأة السائح السائحة المصور الباحث الطبيب "
    "المواطن المواطنة المدون الملاكم العداء البطل البطلة الفتى الفتاة الطفل الطفلة الملياردير رجل "
    "المحامي المحامية الصحفي الصحفية الناشط الناشطة المهندس الخبير".split()
)


def _titled_apposition_ar(view: SentenceView, m: Match) -> Chunk | None:
    """The person named after a comma that closes a title right after verb ``m`` (``وتعهدت رئيسة
    حكومة أسكوتلندا، نيكولا ستورغن``), with at most five words of title and its owner between."""
    w = view.words
    if m.end >= len(w) or cues.title_start(w[m.end]) is None:
        return None
    for k in range(m.end + 1, min(m.end + 6, len(w) - 1)):
        if w[k] in ("،", ","):
            return next((c for c in view.chunks if c.start == k + 1 and c.label == "PER" and not c.prep), None)
        if w[k] in cues.AR_STRONG_PUNCT or any(c.start == k and c.label == "PER" for c in view.chunks):
            return None  # a name before the comma is the titled subject itself
    return None


#: things of a state whose nationality adjective follows them ("الاتفاق النووي الإيراني", "البرنامج
#: الصاروخي الإيراني"): objects, no actor
_THINGS_OF_STATES_AR = frozenset(normalize(w) for w in "النووي النووية الصاروخي الصاروخية الاتفاق البرنامج الملف".split())
#: kin and counsel: a name after them is whose they are, not who acts ("عائلة هوكينغ", "محامي ترامب")
_KIN_AR = frozenset(normalize(w) for w in "عائلة أسرة والد والدة ابن ابنة نجل نجلة زوجة أرملة شقيق شقيقة محامي محامية محامو".split())
def _kin_ar(view: SentenceView, i: int) -> bool:
    """Is the word at ``i`` a kin or counsel noun in construct (``عائلة``, ``محامي``, ``ابنة``), whose
    name after is whose they are?  Not with a pronoun (``نجله زياد``: his son, Ziad, is the one named;
    normalised, نجله and نجلة are one word, so the token's own ة decides)."""
    return drop_conjunction(view.words[i]) in _KIN_AR and not view.tokens[i].text.endswith("ه")


#: "former", "late": an office holder so named no longer acts for his state
_FORMER_AR = frozenset(normalize(w) for w in "السابق السابقة الأسبق الراحل الراحلة".split())


def _former_ar(view: SentenceView, c: Chunk) -> bool:
    """Is nationality chunk ``c`` followed by "former" / "late" (``الرئيس الأمريكي السابق``)?"""
    return c.end < len(view.words) and view.words[c.end] in _FORMER_AR


def _private_nationality_ar(view: SentenceView, group: list[Chunk]) -> bool:
    """Is ``group`` only the nationality adjective of a private person's noun right before it?"""
    c = group[0]
    return (
        len(group) == 1 and c.nationality and c.start > 0
        and drop_conjunction(view.words[c.start - 1]) in _PRIVATE_PERSONS_AR
    )


def _city_of_name_ar(view: SentenceView, group: list[Chunk]) -> bool:
    """Is ``group`` a city that names the agreement or summit right before it ("اتفاق باريس
    للمناخ", "قمة هلسنكي"): part of a name, no party?"""
    c = group[0]
    return (
        len(group) == 1 and c.kind == "City" and c.start > 0
        and drop_conjunction(view.words[c.start - 1]).removeprefix("ال") in _CITY_NAMED_AR
    )


def _in_time_phrase_ar(view: SentenceView, lo: int, start: int) -> bool:
    """Is the name at ``start`` the genitive of a time phrase that begins after ``lo``: a time
    preposition and at most three nouns before it (``بعد قرار الرئيس الأمريكي``, ``عقب اتصال``)?"""
    w = view.words
    indefinite = False
    for k in range(start - 1, max(lo - 1, start - 5), -1):
        x = w[k]
        if x.startswith("ال") and indefinite:
            return False  # "خلال الأيام الماضية صحفيين وناشطين": a definite phrase ended before the name's
        indefinite = indefinite or not x.startswith("ال")
        if x.removeprefix("و") in cues.AR_TIME_PREPS:
            return not (x == "قبل" and k > 0 and w[k - 1] == "من")  # (not "من قبل": by)
        if x.startswith(("لل", "بال")) or x in cues.AR_PREPOSITIONS:
            return False  # "بعد ظهر الاثنين للملك عبدالله": a phrase of its own after the time
        if x in ("،", ",") or x in cues.AR_STRONG_PUNCT or any(
            c.start <= k < c.end and not c.nationality for c in view.chunks
        ):
            return False
    return False


def _in_pp_ar(view: SentenceView, lo: int, hi: int) -> bool:
    """Is a word between an event noun and the name after it (``lo:hi``, at most one) a
    prepositional phrase the name belongs to ("انتقادات للرئيس الأمريكي"): no genitive then."""
    return any(
        x.startswith(("لل", "بال")) or (x[:1] == "ل" and not x.startswith("ال") and len(x) > 3)
        for x in view.words[lo:hi]
    )  # (not any ب: "تأييده بقاء بريطانيا", a noun)


#: nouns of visiting: a place in their genitive is where the visit goes
_VISIT_NOUNS_AR = frozenset(normalize(w) for w in "زيارة زيارات".split())


#: verbs of visiting (perfect, normalised): the place right after them is visited, no visitor
_VISIT_VERBS_AR = frozenset(("زار",))


def _visited_ar(m: Match, group: list[Chunk]) -> bool:
    lemma = normalize(m.entry.lemma.split("/")[0]).removeprefix("ال")
    c = group[0]
    return lemma in _VISIT_NOUNS_AR and c.is_place and not c.nationality and not c.modifier


def _subject_phrase_ar(view: SentenceView, lo: int, hi: int) -> bool:
    """Can words ``lo:hi`` (between a verb and a nationality adjective) be the subject's noun
    phrase it modifies ("قادة الأجهزة الأمنية", "جهات التحقيق")?  Not with a preposition, a
    number or a name among them, nor a first word that is a ب / ل phrase ("بمراقبة")."""
    w = view.words
    if lo >= hi or w[lo:hi] == ["كل", "من"]:
        return True  # "قطعت كل من السعودية والإمارات": a list of subjects
    first = w[lo]
    if first[:1] in "بل" and not first.startswith("ال") and len(first) > 3:
        return False
    if any(lo <= c.start < hi for c in view.chunks):
        return False
    for x in w[lo:hi]:
        bare = x[1:] if x[:1] == "و" and len(x) > 2 else x
        if bare in cues.AR_PREPOSITIONS or bare[:1].isdigit() or (
            bare.startswith(("بال", "لل", "كال")) and bare != "بالاعمال"  # "القائم بالأعمال": a title
        ):
            return False
        if x in ("،", ",") or x in cues.AR_STRONG_PUNCT:
            return False
    return True


#: "من قبل X" / "على يد X" / "على أيدي X": by X (the agent of a passive or an event noun)
_BY_AR = frozenset({("من", "قبل"), ("علي", "يد"), ("علي", "ايدي")})


def _by_agent_ar(view: SentenceView, m: Match, hi: int, groups: list[list[Chunk]]) -> list[Chunk] | None:
    """The group named right after ``من قبل`` / ``على يد`` shortly after trigger ``m`` (same
    clause: no comma between, at most 6 words on), if any.  ``من قبل`` not followed by a
    name is the adverb "before" ("ودعت واشنطن من قبل إلى"), and one after a participle
    belongs to it ("المدعومة من قبل"), not to the trigger."""
    w = view.words
    for k in range(m.end + 1, min(hi, m.end + 7)):
        prev = w[k - 1][1:] if w[k - 1][:1] == "و" and len(w[k - 1]) > 2 else w[k - 1]
        if w[k - 1] in ("،", ",") or w[k - 1] in cues.AR_STRONG_PUNCT:
            return None
        if (prev, w[k]) not in _BY_AR:
            continue
        if k >= 2 and w[k - 2].startswith("الم") and k - 2 >= m.end:
            return None
        return next((g for g in groups if g[0].start == k + 1), None)
    return None


_AR_HE_THAT = cues.AR_THAT_PRONOUNS
#: أنّ / إنّ / لأنّ with a pronoun, right before a verb: that pronoun is the verb's subject
_AR_PRONOUN_SUBJECT = _AR_HE_THAT | frozenset("لانه لانها لانهم لانهما وانه وانها وانهم".split())


def _speaker_of_pronoun_ar(view: SentenceView, m: Match) -> Chunk | None:
    """Who "he" is in ``X قال إنه + verb`` / ``نقلت Y عن X قوله إنه + verb``: the last name
    between the verb of saying and إنه (the one quoted after عن, else the speaker)."""
    w = view.words
    if m.entry.kind != "v" or m.start < 2 or w[m.start - 1] not in _AR_HE_THAT:
        return None
    say = next(
        (i for i in range(m.start - 2, max(-1, m.start - 14), -1) if (w[i][1:] if w[i][:1] in "وف" else w[i]) in cues.AR_REPORT_VERBS),
        None,
    )
    if say is None:
        return None
    found = None
    for c in view.chunks:
        if say < c.start and c.end <= m.start - 1 and not c.modifier and c.label in ("PER", "ORG", "LOC"):
            if c.is_place and c.kind != "Country" and not c.nationality:
                continue
            if c.prep and not (c.prep == "عن" or w[c.start - 2 : c.start - 1] == ["عن"]):
                continue
            if _interviewer_ar(view, c):
                continue  # "وقال ماكرون في مقابلة مع صحيفة لوموند إنه": the paper asks, he speaks
            found = c
    return found


#: Arabic event nouns of transitive verbs: a name in their genitive, or their possessive
#: pronoun, is the one they are done to ("مقتله", "اعتقال الناشطة", "استقبال ميلانيا")
_OBJECTIVE_NOUNS_AR = frozenset(
    normalize(w)
    for w in "مقتل قتل اعتقال مساعدة تدمير استقبال مساندة دعم تأييد إفراج اغتيال احتجاز توقيف "
    "استهداف اختطاف ترحيل حصار إدانة طرد محاكمة إطلاق انتقاد مهاجمة اتهام مقاطعة معاقبة ملاحقة غزو "
    "حبس سجن إعدام تسميم".split()  # ("قضت محكمة مصرية بحبس شيرين عبد الوهاب": she is jailed)
)
#: nouns objective only with a name in their genitive ("اقتحام العاصمة صنعاء", "مطالبة الولايات
#: المتحدة بتأجيل"); with a pronoun the owner acts ("واقتحامها", "ومطالبته بإصلاح النظام")
_OBJECTIVE_NAMED_AR = frozenset(normalize(w) for w in "اقتحام احتلال اجتياح مطالبة".split())
#: quantities whose genitive group does what the noun names ("اقتحام عشرات المستوطنين")
_QUANTITY_AR = frozenset(normalize(w) for w in "عشرات مئات آلاف الآلاف المئات العشرات ألوف".split())


def objective_noun_ar(view: SentenceView, m: Match, end: int) -> bool:
    """Is Arabic event noun ``m`` one whose genitive (ending at token ``end``) undergoes it?

    A noun of a transitive verb takes its object as genitive unless a ``ل`` phrase follows
    with the object ("دعم إيران للحوثيين": Iran supports; "مساندة لبنان": Lebanon is supported).
    """
    lemma = normalize(m.entry.lemma.split("/")[0]).removeprefix("ال")
    head = lemma.split(" ")[0]
    named = end > m.end  # a name in the genitive, not a pronoun on the noun
    many = m.end < len(view.words) and view.words[m.end] in _QUANTITY_AR  # "اقتحام عشرات المستوطنين"
    before = m.start - 1
    if before > 0 and view.words[before] in _ADVERBS_A_AR:
        before -= 1  # "لا تحاول أبدا تهديد الولايات المتحدة": past an adverb
    if named and before >= 0 and _bare_ar(view.words[before]) in _INTENT_VERBS_AR:
        return True  # "الصقر الذي يريد قصف كوريا الشمالية وإيران": the wanter would do it to them
    if named and m.start > 0 and view.words[m.start][:1] == "ب" and _bare_ar(view.words[m.start - 1]) in _THREAT_WORDS_AR:
        return True  # "دفع ترامب إلى التهديد بقصف سوريا": the threatener would do it to Syria
    if head not in _OBJECTIVE_NOUNS_AR and not (named and head in _OBJECTIVE_NAMED_AR and not many):
        return False
    if lemma in _SPEECH_NOUNS_AR and lemma + "ات" in view.words[m.start]:
        return False  # "اتهامات لندن", "اتهاماتها": the accusations someone makes
    if end == m.end and m.end < len(view.words):
        # a pronoun on the noun and its object right after: the owner acts ("بعد انتقادها
        # الاتفاق النووي", "إيران ستزيد دعمها لما سماهم"); not a time word ("مقتله الأحد")
        x = view.words[m.end]
        if (x.startswith("ال") and x not in _NOT_SUBJECT_AR and x not in AR_WEEKDAYS) or (
            x[:1] == "ل" and not x.startswith("ال") and len(x) > 2 and x not in _DURATIONS_AR
        ) or any(c.start == m.end and not c.prep for c in view.chunks) or x in cues.AR_TITLE_STARTS:
            return False  # (a title in construct too: "أثناء استقباله رئيس الوزراء الياباني": he receives)
    for k in range(end, min(end + 3, len(view.words))):
        x = view.words[k]
        if k > end and not view.words[k - 1].startswith("و") and k - end >= 2:
            break  # past a third word only across a coordinated noun ("دعمه ومساندته للجنة")
        if x in _LAM_PRONOUNS_AR or x[:1] == "ل" and (
            x[1:] in _GROUP_HEADS_AR or x[2:] in _GROUP_HEADS_AR or any(c.start == k for c in view.chunks)
        ):
            return False  # "دعم دمشق لميليشيات حزب الله", "دعمه له", "دعم إيران للحوثيين"
        if end == m.end and x.startswith("لل") and len(x) > 4:
            return False  # "على دعمه ومساندته للجنة": his support for the committee
        if named and x[:1] == "ل" and x[1:] in cues.AR_PLACE_NOUNS:
            return False  # "استهداف الاحتلال الإسرائيلي لمنطقة الجعفراوي": the place is its object
    if named and m.entry.plover == "ASSAULT":
        for k in range(end, min(end + 4, len(view.words) - 1)):
            x = view.words[k]
            if x in ("،", ",") or x in cues.AR_STRONG_PUNCT:
                break
            if x in ("علي", "ضد") and any(c.start == k + 1 for c in view.chunks):
                return False  # "قصف النظام السوري بالغازات السامة على دوما": the regime bombs Douma
    return True


_LAM_PRONOUNS_AR = frozenset("له لها لهم لهما".split())
#: verbs of wanting and intending whose subject does the masdar after them
#: threats whose ب names the act threatened ("التهديد بقصف سوريا", "هدد بضرب إيران")
_THREAT_WORDS_AR = frozenset(
    normalize(w) for w in "التهديد تهديد تهديدات التهديدات هدد هددت يهدد تهدد توعد توعدت يتوعد تتوعد".split()
)
_INTENT_VERBS_AR = frozenset(
    normalize(w) for w in "يريد تريد أراد أرادت يريدون ينوي تنوي نوى يعتزم تعتزم اعتزم يحاول تحاول حاول "
    "يسعى تسعى سعى يخطط تخطط خطط قرر قررت يقرر تقرر".split()
)


_bare_ar = drop_conjunction
#: nouns of saying whose plural is what the genitive says ("اتهامات لندن"), the singular what the
#: genitive undergoes ("اتهام روسيا", "بعد اتهامه بالتحرش")
_SPEECH_NOUNS_AR = frozenset(normalize(w) for w in "اتهام انتقاد".split())
_GROUP_HEADS_AR = frozenset(
    normalize(w) for w in "ميليشيات مليشيات ميليشيا جماعات جماعة قوات وحدات حركة حزب تنظيم فصائل نظام حكومة "
    "تحالف معارضة متمردين".split()
)


def _located_ar(view: SentenceView, c: Chunk) -> bool:
    """A city or region after a place noun (``مدينة الحديدة``, ``وجنوب مدينة الحديدة``) says
    where: it is no subject."""
    if not c.is_place or c.kind == "Country" or c.nationality or c.start < 1:
        return False
    prev = view.words[c.start - 1]
    return prev in cues.AR_PLACE_NOUNS or prev.lstrip("و") in cues.AR_DIRECTIONS


#: nouns in construct that stand right after a verb as its object (the name after them is their genitive)
_OBJECT_NOUNS_AR = frozenset(
    normalize(w)
    for w in "تصريحات تصريح ادعاءات ادعاء اتهامات اتهام مزاعم تهديدات تهديد مطالب مطالبات دعوات دعوة "
    "سياسات سياسة قرار قرارات موقف مواقف خطة خطط مقترح مقترحات اقتراح عرض عروض رواية تقارير تقرير "
    "تعليقات تعليق كلام كلمة حديث انتقادات انتقاد دعم هجوم هجمات".split()
)


def _construct_object_ar(view: SentenceView, i: int, c: Chunk) -> bool:
    """Is the word at ``i``, right after a verb, a listed noun of saying or doing in construct
    (:data:`_OBJECT_NOUNS_AR`, no article) whose genitive is the name ``c`` (next to it, or after a
    title and its adjectives: ``ادعاءات الجاسوس البريطاني السابق كريستوفر ستيل``)?"""
    w = view.words
    if i >= len(w) or c.start <= i or any(x.start <= i < x.end for x in view.chunks):
        return False
    if drop_conjunction(w[i]) not in _OBJECT_NOUNS_AR:
        return False
    between = w[i + 1 : c.start]
    return len(between) <= 4 and all(
        x.startswith("ال") or x in cues.AR_TITLE_STARTS or x in cues.AR_HONORIFICS for x in between
    )


def _pp_genitive_ar(view: SentenceView, c: Chunk) -> bool:
    """Is chunk ``c`` the genitive of a noun with a preposition glued to it (``بجنوب ليبيا``,
    ``لمدينة حلب``) or right after a preposition (``قرب دمشق``)?"""
    if c.start == 0:
        return False
    x = drop_conjunction(view.words[c.start - 1])
    return x in cues.AR_PREPOSITIONS or (x[:1] in "بل" and not x.startswith(("ال", "لل")) and len(x) > 3)


def _coordinated_ar(view: SentenceView, m: Match) -> bool:
    """An Arabic verb with و / ف after a comma, no name between: a second verb of the subject."""
    w = view.words
    return (
        m.entry.kind == "v"
        and w[m.start][:1] in "وف"
        and m.start >= 1
        and w[m.start - 1] in ("،", ",")
        and not any(c.start <= m.start and m.start < c.end for c in view.chunks)
    )


def _title_at(view: SentenceView, i: int) -> bool:
    """Does a position title (الأمين العام, الرئيس, وزير ...) start at token ``i``, outside a name?"""
    if i >= len(view.words) or any(c.start <= i < c.end for c in view.chunks):
        return False
    w = view.words[i]
    return w in cues.AR_TITLE_STARTS or (w[:1] == "و" and w[1:] in cues.AR_TITLE_STARTS)


#: offices in construct between a title and its state: "وزير خارجية إيران", "رئيس وزراء إسرائيل"
_OFFICES_AR = frozenset(
    normalize(w) for w in "خارجية داخلية دفاع وزراء حكومة جيش أركان مخابرات استخبارات برلمان مجلس شرطة".split()
)


#: second words of two-word titles and offices, before the nationality: "ولي العهد السعودي",
#: "الأمين العام", "وزير الخارجية الإيراني"
_TITLE_SECOND_WORDS_AR = _OFFICES_AR | frozenset(normalize(w) for w in "عهد عام جمهورية دولة أمن".split())


def _person_after_title(view: SentenceView, i: int, after: list[Chunk]) -> Chunk | None:
    """The person a title at token ``i`` names: the first bare PER chunk within 7 tokens, with
    no comma or clause break before it (``الأمين العام للأمم المتحدة أنطونيو غوتيريش``), and no
    second title after the first one's nationality adjective (``استقبل الرئيس المصري وزير
    الخارجية الروسي سيرغي لافروف``: Lavrov is received, the Egyptian president receives)."""
    closed = None  # end of a nationality adjective that closed the title's phrase
    for c in after:
        if c.start < i:
            continue
        if c.start - i > 7 or any(
            x in cues.AR_STRONG_PUNCT or x in ("،", ",", "مع") for x in view.words[i : c.start]
        ):
            return None  # (past مع the person is a partner: "وبحث الوزير مع نظيره الروسي سيرغي لافروف")
        if closed is not None and any(
            x in cues.AR_TITLE_STARTS or (x[:1] == "و" and x[1:] in cues.AR_TITLE_STARTS) for x in view.words[closed : c.start]
        ):
            return None
        if c.label == "PER" and not c.prep:
            return c
        if (c.nationality or c.modifier or c.label == "LOC") and closed is None and c.end - c.start == 1:
            closed = c.end
        before = view.words[c.start - 1] if c.start else ""
        construct = (_title_at(view, c.start - 1) and not before.lstrip("و").startswith("ال")) or (
            # "وزير خارجية إيران محمد جواد ظريف", "رئيس وزراء إسرائيل": a title's office in construct
            c.start >= 2 and _title_at(view, c.start - 2) and before in _OFFICES_AR
        ) or (
            # "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا": the body a spokesman speaks for
            c.start >= 2 and _title_at(view, c.start - 2) and before == "باسم"
        )
        if not c.prep and not c.nationality and not c.modifier and not construct:
            # "وحمل الوزير إسرائيل المسؤولية عن مقتل ... خاشقجي": Israel is the object; a
            # title's genitive goes on ("سفير بيونغ يانغ في دمشق مون جونغ نام")
            return None
    return None


def _appositive_ar(view: SentenceView, i: int, groups: list[list[Chunk]]) -> Chunk | None:
    """The person a title at token ``i`` names across a comma (``الرئيس الأمريكي، دونالد ترامب،``):
    the first argument after the title that is no nationality adjective, if it is a bare PER
    within 8 words, with only words of the title, adjectives and commas before it."""
    w = view.words
    comma = next((k for k in range(i, min(len(w), i + 8)) if w[k] in ("،", ",")), None)
    first = next(
        (
            g[0] for g in groups
            if not g[0].nationality and g[0].start > i
            # (the title's own genitive before the comma: "الأمين العام للأمم المتحدة، أنطونيو غوتيريس")
            and not (g[0].prep and comma is not None and g[0].start < comma)
        ),
        None,
    )
    if first is None or first.label != "PER" or first.prep or first.start - i > 8:
        return None
    between = w[i : first.start]
    if any(x in cues.AR_STRONG_PUNCT or x in cues.AR_PREPOSITIONS or x in cues.AR_CLAUSE_OPENERS for x in between):
        return None
    nat = next((g[0] for g in groups if g[0].nationality and i < g[0].start < first.start), None)
    if nat is not None and any(
        x in cues.AR_TITLE_STARTS or (x[:1] == "و" and x[1:] in cues.AR_TITLE_STARTS) for x in w[nat.end : first.start]
    ):
        return None  # "الرئيس المصري وزير الخارجية الروسي سيرغي لافروف": a second title, another person
    return first


def _titled_person(view: SentenceView, group: list[Chunk], after: list[Chunk]) -> str:
    """The key a one-chunk group stands for: the person its title names when the chunk is the
    title's country (``رئيس كوريا الجنوبية مون جاي إن`` is Moon, not South Korea)."""
    c = group[0]
    if c.label == "LOC" and c.start >= 1:
        back = [k for k in range(max(0, c.start - 2), c.start) if _title_at(view, k)]
        nxt = next((x for x in view.chunks if x.start >= c.end), None)  # "مون جاي إن" may end past the clause
        if back and nxt is not None and nxt.label == "PER" and nxt.start - c.end <= 1 and not nxt.prep:
            return nxt.key
    return c.key


def _object_nationality_ar(view: SentenceView, m: Match, after: list[Chunk], agent: list[str]) -> list[str]:
    """The state of the first nationality adjective in an Arabic verb's object, within 4 words:
    ``طالبوا الحكومة المصرية``, ``استهدف دورية مشتركة للقوات العراقية`` (as
    :func:`_object_nationality_en` in English); not the subject's own (``قتلت القوات
    الإسرائيلية``: the agent)."""
    for c in after:
        if not c.nationality or c.prep:
            continue
        between = view.words[m.end : c.start]
        if c.key in agent or len(between) > 4 or any(x in cues.AR_STRONG_PUNCT or x in ("،", ",") for x in between):
            return []
        if any(x in _AR_ADJUNCT_PREPS for x in between):
            return []  # "قتلوا تحت التعذيب في السجون السورية": where, not whom
        return [c.key]
    return []


#: prepositions of place and time, which open an adjunct, not an object
_AR_ADJUNCT_PREPS = frozenset(normalize(w) for w in "في تحت داخل خارج قرب عند خلال منذ بعد قبل أثناء".split())


#: Common nouns that are the subject of a verb-first Arabic clause: state organs, whose
#: nationality adjective names the acting state, and others, whose does not.
_STATE_HEADS_AR = frozenset(
    normalize(w) for w in "الجيش القوات الشرطة الحكومة السلطات الطائرات المقاتلات الدفاعات البحرية "
    "المدفعية الأمن الاستخبارات الوزارة الخارجية الدبلوماسية".split()
)
#: a state's strikes and aviation: the subject when its nationality adjective follows ("استهدف القصف
#: الإسرائيلي مواقع"); alone ("واستهدفت الغارات ثلاثة بيوت") they refer back to strikes named before
_STATE_STRIKES_AR = frozenset(
    normalize(w) for w in "الطيران القصف الغارات الضربات المروحيات البوارج الصاروخ الصاروخين الصواريخ القذائف".split()
)
_NON_STATE_HEADS_AR = frozenset(
    normalize(w) for w in "المتمردون المتمردين المسلحون المسلحين المعارضة المحتجون المحتجين المتظاهرون "
    "المتظاهرين الناشطون الناشطين المقاتلون المقاتلين الثوار الانفصاليون الانفصاليين الجهاديون "
    "المهاجمون المهاجمين اللاجئون المشجعون الطلاب العمال".split()
)


def _nationality_after_ar(view: SentenceView, j: int) -> int | None:
    """Where the nationality adjective of the common noun at ``j`` starts: right after it, or after
    one definite adjective that is no name ("القوات الجوية الروسية", "الضربات الصاروخية الأمريكية")."""
    for k in (j + 1, j + 2):
        if any(c.start == k and c.nationality for c in view.chunks):
            return k
        if k == j + 1 and (
            k >= len(view.words) or not view.words[k].startswith("ال") or any(c.start <= k < c.end for c in view.chunks)
        ):
            return None
    return None


def _common_subject_ar(view: SentenceView, m: Match) -> str | None:
    """The common noun right after an Arabic verb that is its subject, if it is a listed one."""
    return _common_subject_at_ar(view, m.end)


def _common_subject_at_ar(view: SentenceView, j: int) -> str | None:
    """The common noun at ``j``, after a verb, if it is a listed subject (:func:`_common_subject_ar`)."""
    if j >= len(view.words) or any(c.start <= j < c.end for c in view.chunks):
        return None
    w = view.words[j]
    if w in _STATE_HEADS_AR or w in _NON_STATE_HEADS_AR:
        return w
    if w.removeprefix("و") in _STATE_STRIKES_AR and _nationality_after_ar(view, j) is not None:
        return w
    # a definite sound masculine plural in the nominative ("وحث المنتقدون والمستشارون ترامب"):
    # the subject, whatever it names (an object would end in ين)
    bare = w[1:] if w[:1] == "و" else w
    if bare.startswith("ال") and bare.endswith("ون") and len(bare) > 6 and bare not in _NOT_PLURAL_AR:
        return w
    if bare.startswith("م") and bare.endswith("ون") and len(bare) >= 6 and not bare.startswith("مليون"):
        # an indefinite participle plural in the nominative ("واغتال مسلحون مجهولون المحامي عادل أحمد"):
        # the subject; the name after is the object
        return w
    nxt = view.words[j + 1] if j + 1 < len(view.words) else ""
    if (
        bare.startswith("ال") and nxt.startswith("ال") and nxt.endswith("ون") and len(nxt) > 6
        and nxt not in _NOT_PLURAL_AR and not any(c.start <= j + 1 < c.end for c in view.chunks)
    ):
        return w  # "وعبر الضباط المترقون عن شكرهم": a plural noun with its nominative adjective
    if _definite_subject_ar(view, j):
        return w
    if "ال" + bare in _STATE_HEADS_AR and nxt.startswith("ال") and len(bare) > 3 and not any(
        c.start == j + 1 for c in view.chunks
    ):  # not "شرطة البطحاء": a named genitive is the subject's own name
        return w  # "واستهدفت طائرات التحالف تحركات الحوثيين": a state's arm in construct, the subject
    return None


#: definite words right after a verb that are no subject: time words, ordinals, relative pronouns and
#: religious titles (weekdays, honorifics and titles are checked against their own tables)
_NOT_SUBJECT_AR = frozenset(
    normalize(w)
    for w in "اليوم الان الاسبوع الشهر العام الماضي الجاري المقبل الصباح المساء الليلة الأول الثاني الثالث أمس "
    "القس الأب البابا الإمام".split()
) | cues.AR_RELATIVE


def _definite_subject_ar(view: SentenceView, j: int) -> bool:
    """Is the definite common noun at ``j`` (right after a verb) the subject, with a bare name after
    it and its adjectives as the object?  Not a title (the titled person acts), a time word, an
    honorific, or a noun whose genitive name follows (``أعلن المتحدث باسم``)."""
    w = view.words
    word = w[j][1:] if w[j][:1] == "و" else w[j]
    if not word.startswith("ال") or len(word) < 5 or any(
        word in t for t in (_NOT_SUBJECT_AR, AR_WEEKDAYS, cues.AR_TITLE_STARTS, cues.AR_HONORIFICS, cues.AR_LEADER_TITLES)
    ):
        return False
    k = j + 1
    while k < len(w) and k - j <= 3 and w[k].startswith("ال") and not any(c.start == k for c in view.chunks):
        k += 1  # its adjectives ("المجلس العسكري")
    # a person right after the noun is named by it ("رفض النجم كريستيانو رونالدو", "المدافع بيبي"),
    # unless the noun is an institution ("وأدانت المحكمة نورة": the court convicts Noura)
    body = word in _STATE_HEADS_AR or word in _INSTITUTIONS_AR
    return any(
        c.start == k and not c.prep and not c.nationality and c.label != "MISC"
        and not (c.label == "PER" and k == j + 1 and not body)
        for c in view.chunks
    )


#: institutions, which no person's name follows as its own (the name after is the object)
_INSTITUTIONS_AR = frozenset(
    normalize(w) for w in "المحكمة النيابة القضاء المحاكم السلطات الشرطة الحكومة الوزارة اللجنة الهيئة البرلمان".split()
)


#: singular nouns ending in ون
_NOT_PLURAL_AR = frozenset(normalize(w) for w in "القانون المضمون الصابون الكانون الطاعون الزيتون".split())


_AR_KANA = frozenset("كان كانت كانوا كانتا كانا يكون تكون يكونون كن".split())


def _relative_start(view: SentenceView, start: int, hi: int) -> int:
    """Where an Arabic relative clause without الذي begins after the trigger, else ``hi``.

    ``أسقطت 4 مسيرات كانت تتجه نحو موسكو``: a verb right after an indefinite common
    noun describes that noun; Moscow is where the drones were heading, not the
    target of the downing.  A form of كان is enough; another verb (imperfect ت / ي)
    is asked of the tagger, and only when a name follows it.
    """
    w = view.words
    for i in range(start + 1, hi):
        prev = w[i - 1]
        if prev.startswith(("ال", "وال", "بال", "لل", "فال", "كال")) or not prev.isalpha():
            continue
        if any(c.start <= i - 1 < c.end or c.start <= i < c.end for c in view.chunks):
            continue
        if w[i] in _AR_KANA:
            return i
        if w[i][:1] in "تي" and len(w[i]) >= 4 and any(c.start > i and c.start < hi for c in view.chunks):
            if view.tags is not None:
                tags = view.tags[i - 1 : i + 1]
            else:
                a = max(start, i - 3)
                window = _window_tags(view, a, i + 2)
                if window is None:
                    continue
                tags = window[i - 1 - a : i + 1 - a]
            if tags[:2] == ["NOUN", "VERB"]:
                return i
    return hi


_RESUMPTIVE_AR = frozenset(
    "فيه فيها فيهم به بها بهم عليه عليها عليهم منه منها منهم اليه اليها عنه عنها عنهم معه معها معهم "
    "سراحه سراحها سراحهم سراحهما".split()  # "المواطنة التي أطلقت إسرائيل سراحها": she was freed
)


def _near_object_ar(view: SentenceView, end: int, c: Chunk) -> bool:
    """Does chunk ``c`` follow a verb ending at ``end`` closely enough to be its object: with at most
    one other word between, or only definite words (a title, adjectives: "استهدف العميل الروسي
    المزدوج سيرغي سكريبال"); a prepositional phrase within three words ("وقعت معاهدة مع الأردن")."""
    between = [x for x in view.words[end : c.start]]
    if len(between) <= 1:
        return True
    if c.prep:
        return len(between) <= 3
    return len(between) <= 5 and all(x.startswith("ال") or x in cues.AR_TITLE_STARTS for x in between)


#: perfect verbs whose unvowelled form is as often passive (قُتل، أُدين، سُجن) as active
_UNDERGONE_AR = frozenset(normalize(w) for w in "قتل أعدم اعتقل احتجز اغتال خطف اختطف سجن أدين جرح".split())
#: verbs of arresting and holding, whose passive a state, a force or an armed group seldom undergoes
_HOLDING_AR = frozenset(normalize(w) for w in "اعتقل احتجز خطف اختطف".split())
#: the sectors of groups that arrest and hold (kg.events.groups: army, police, government, rebels)
_HOLDING_SECTORS = frozenset("MIL COP GOV REB".split())


def _holder_ar(c: Chunk) -> bool:
    """Is chunk ``c`` a state, an organization or a group of a sector that arrests and holds?"""
    if c.key.startswith("group/"):
        from kg.events.groups import sector_of

        return sector_of(c.key) in _HOLDING_SECTORS
    return c.label == "ORG" or c.kind == "Country"


#: words that may stand between a verb of undergoing and what follows it in a passive clause
_PASSIVE_NEXT_AR = frozenset("قد امس اليوم الليله صباح مساء فجر ظهر".split())


#: how one died, after the victim's name: "قتل ليتفيننكو مسموما", "قتل طعنا", "قتل رميا بالرصاص"
_HOW_KILLED_AR = frozenset(
    normalize(w) for w in "مسموما مسموماً طعنا طعناً خنقا خنقاً ذبحا ذبحاً حرقا حرقاً رميا رمياً شنقا شنقاً "
    "غرقا غرقاً ضربا ضرباً".split()
)


def _unobjected_ar(view: SentenceView, m: Match, hi: int, subject: Chunk, groups: list[list[Chunk]]) -> bool:
    """Is the perfect verb ``m`` of undergoing (:data:`_UNDERGONE_AR`), with ``subject`` named
    right before or right after it, left without an object: a preposition, a comma, a time word
    or the clause's end right after the verb (subject first) or after the subject's name (verb
    first), and no other bare name nor a number later in the clause?  ("قتل أبو يعقوب في ذلك
    الهجوم 13 شخصا" has its object: 13 people.)"""
    w = view.words
    word = w[m.start]
    bare = drop_conjunction(word)
    stem = next((bare[: -len(e)] for e in ("وا", "ت", "ا") if bare.endswith(e) and bare[: -len(e)] in _UNDERGONE_OR_ACCUSED_AR), bare)
    if stem not in _UNDERGONE_OR_ACCUSED_AR or m.end - m.start != 1:
        return False  # ("قتلوا", "اعتقلت": the plural and the feminine too)
    if stem in _HOLDING_AR and _holder_ar(subject):
        return False  # "احتجزت ميليشيا الحوثي، في محافظة إب، شحنة أدوية": a militia, a police, a state hold
    nxt_at = subject.end if subject.start >= m.end else m.end
    if subject.start >= m.end and subject.start != m.end and not (
        subject.start - m.end <= 3 and all(x.startswith("ال") for x in w[m.end : subject.start])
    ):
        return False  # verb first: the name right after the verb, or after its title ("قتل العميل الروسي ألكسندر")
    if subject.start < m.start and any(x not in ("،", ",", "قد", "وقد", '"', "«", "»", "”", "“") for x in w[subject.end : m.start]):
        return False  # subject first: right before the verb (a comma, a quote or قد between)
    k = nxt_at
    while k < hi and any(c.start <= k < c.end and (c.nationality or c.modifier) for c in view.chunks):
        k += 1
    if k < hi and w[k][:1] == "و" and "،" in w[k + 1 : k + 4]:
        k = w.index("،", k + 1)  # "أدين سيدريك هيرو وناشط آخر،": the subject goes on to the comma
    if stem in _ACCUSED_AR:
        # "واتهم ميسي ووالده بالتهرب الضريبي": accused (اتُّهم), the charge's ب right after the
        # one named and his conjunct; active "اتهم X Y بـ" has its object Y between (a group's
        # span may have swallowed Y: "اتهمت الحكومة الفنزويلية المعارضة بتدبير")
        charge = _charge_after_ar(view, k, hi)
        if charge is None or subject.kind == "Group" or subject.key.startswith("group/"):
            return False
        nxt_at, hi = k, charge
        k = charge
    if k < hi and _bare_ar(w[k]).startswith(("اصيب", "جرح", "اصيبت")):
        return True  # "قتل جنديان تركيان وأصيب اثنان آخران": killed and wounded, both undergone
    if k + 2 < hi and w[k] == "(" and w[k + 1][:1].isdigit() and w[k + 2].startswith(("عام", "سن", "شهر")):
        return True  # "وقتل محمد علاونة (22 عامًا) بعد إصابته": a victim is introduced with his age
    if k < hi and w[k] in _HOW_KILLED_AR:
        return True  # "قتل العميل الروسي ألكسندر ليتفيننكو مسموما في لندن": how he died
    if k < hi:
        x = w[k]
        bare_x = x[1:] if x[:1] == "و" and len(x) > 2 else x
        if not (
            x in ("،", ",") or x in cues.AR_STRONG_PUNCT or bare_x in cues.AR_PREPOSITIONS
            or bare_x in _PASSIVE_NEXT_AR or bare_x in AR_WEEKDAYS
            or (bare_x[:1] in "بل" and not bare_x.startswith("ال") and len(bare_x) > 3)
            or bare_x.startswith(("في", "منذ", "خلال", "بعد", "قبل"))
        ):
            return False
    if any(x[:1].isdigit() for x in w[nxt_at:hi]):
        return False
    named = view.named_positions()
    for k in range(nxt_at, min(hi, nxt_at + 7)):
        x = w[k]
        if x[:1] == "و" and len(x) > 2:
            break  # another clause ("، وهو محتجز", "، وكان مسؤولا")
        if k not in named and _indefinite_object_ar(x):  # (not "سوريا")
            return False  # an indefinite accusative: "اعتقلت الشرطة الإيطالية، الثلاثاء، رجلا"
    # a place is no object of these verbs ("اعتقل في مدينة طرابلس")
    return not any(
        not g[0].prep and not g[0].nationality and not g[0].is_place and g[0].start < hi for g in groups
    )


#: verbs of accusing whose unvowelled passive (اتُّهم) news writes as the active
_ACCUSED_AR = frozenset({normalize("اتهم")})
_UNDERGONE_OR_ACCUSED_AR = _UNDERGONE_AR | _ACCUSED_AR


def _charge_after_ar(view: SentenceView, k: int, hi: int) -> int | None:
    """The index of a charge's ب-word at ``k``, or after one conjunct at ``k`` (``ووالده``, ``ووزير
    الدفاع``); None when something else stands there (an object: "اتهم X إيران بـ")."""
    w = view.words
    if k < hi and w[k][:1] == "و" and len(w[k]) > 2:
        chunk = next((c for c in view.chunks if c.start == k), None)
        k = chunk.end if chunk is not None else k + 1
    if k < hi and w[k].startswith("ب") and len(w[k]) > 3 and w[k] not in _AR_BI_ADVERBS:
        if not any(c.start <= k < c.end for c in view.chunks):
            return k
    return None


#: adverbs in ـًا, which are no object
_ADVERBS_A_AR = frozenset(
    "ايضا ابدا حاليا رسميا موخرا سابقا لاحقا مجددا فورا جدا تقريبا غالبا دايما قريبا معا سويا خصوصا "
    "تحديدا اساسا نهاييا فعلا تماما اليوم مساء صباحا ظهرا ليلا عصرا فجرا مبكرا اخيرا اولا ثانيا كثيرا قليلا "
    "بعيدا شخصيا جزييا كليا مباشره مباشرا عمدا جماعيا حيا حيه".split()
)


#: "by the fire of": the name after does the killing ("قتل برصاص الجيش")
_BULLETS_AR = frozenset("برصاص بنيران".split())
#: words with ب / ل at the front that open no phrase a name after could sit in
_NO_PHRASE_AR = frozenset("باسم بدوره بدورها بدورهم بينما بلاده بلادها بلادهم".split())


def _phrase_before_name_ar(view: SentenceView, lo: int, hi: int) -> bool:
    """Is there, between a verb's end ``lo`` and the first name after it ``hi``, a ب phrase
    (:func:`_b_phrase_ar`) outside any name: the name belongs to that phrase?"""
    named = view.named_positions()
    return any(k not in named and _b_phrase_ar(x) for k, x in enumerate(view.words[lo:hi], lo))


def _to_titled_ar(view: SentenceView, lo: int, hi: int) -> bool:
    """Is the name at ``hi`` a titled person after ب / ل (``بالرئيس الأمريكي دونالد``, ``للرئيس``,
    ``لوزير الخارجية``): a title with the preposition glued on within three words before it, and
    between them only words with the article (the title's genitive and adjectives)?"""
    w = view.words
    for k in range(hi - 1, max(lo, hi - 4) - 1, -1):
        x = w[k]
        if x[:1] in "بل" and len(x) > 3 and cues.title_start(x) is not None:
            return True
        if not x.startswith("ال"):
            return False
    return False


def _b_phrase_ar(x: str) -> bool:
    """Does word ``x`` open a ب phrase on an indefinite noun (``بإطلاق سراح``, ``باستخدام``, ``برصاص``):
    ب glued on a word of kg's word table, not a noun that starts with the letter (``بيان``,
    ``برلمان``, ``بعثة``: the rest is no word)?  Not ``بال`` (``بالرئيس``: who a verb of meeting or
    welcoming takes) nor ل (``للرئيس``: to whom)."""
    from kg.resolve.nameness import table

    if x in _BULLETS_AR:
        return True
    if (
        x[:1] != "ب" or len(x) <= 3 or x.startswith("بال") or x in _NO_PHRASE_AR or x in _ADVERBS_A_AR
        or x in cues.AR_HEADED_BY  # "برئاسة المهندس جديع القحطاني": who chairs, read elsewhere
    ):
        return False
    return table().get(x[1:]) is not None


def _indefinite_object_ar(x: str) -> bool:
    """An indefinite noun in the accusative (``رجلا``, ``شخصا``, ``مواطنا``): a verb's object."""
    return len(x) > 3 and x.endswith("ا") and not x.startswith("ال") and x not in _ADVERBS_A_AR and not x.endswith(("وا", "تا"))


#: durations after a noun with a pronoun ("توقيفه لفترة طويلة"): no object of the noun
_DURATIONS_AR = frozenset("لفتره لمده لساعات لايام لاسابيع لاشهر لسنوات لعده لحين لاجل".split())


def _accused_relative_ar(view: SentenceView, m: Match) -> bool:
    """Is ``m`` accusing (:data:`_ACCUSED_AR`) after a relative pronoun with its charge's ``بال``
    word coming before any object: the passive ``اتُّهم`` ("بدر الدين، الذي اتهم بعدها بأكثر من 20
    عاما بالضلوع باغتيال الحريري": he was accused)?  Active "الذي اتهم إسرائيل بالضلوع" names its
    object first."""
    w = view.words
    if normalize(m.entry.lemma.split("/")[0]) not in _ACCUSED_AR or m.entry.kind != "v":
        return False
    named = view.named_positions()
    for k in range(m.end, min(len(w), m.end + 8)):
        x = w[k]
        if k in named or x in ("،", ",") or x in cues.AR_STRONG_PUNCT:
            return False
        if x.startswith("بال") and len(x) > 4:
            return True
        if x.startswith("ال") and x not in AR_WEEKDAYS and x not in ("اليوم", "الليله"):
            return False  # an object: "الذي اتهم الحكومة بالفساد"
    return False


#: verbs whose unmarked passive after a relative pronoun is common in news ("الذي قتل في مواجهات")
_PASSIVE_READING_AR = frozenset(normalize(w) for w in "قتل أعدم اعتقل احتجز أوقف اغتال خطف أصاب جرح".split())


def _relative_subject_ar(view: SentenceView, m: Match) -> bool:
    """Is the Arabic verb ``m`` right after a relative pronoun whose antecedent is its subject?"""
    w = view.words
    if m.start == 0 or w[m.start - 1].removeprefix("و") not in cues.AR_RELATIVE:
        return False
    if _verb_object_pronoun_ar(view, m) or any(x in _RESUMPTIVE_AR for x in w[m.end : m.end + 5]):
        return False  # "الذي أيدته الجمعية", "التي اعترضت أنظمة الدفاع بعضا منها"
    if (
        m.end + 1 < len(w) and w[m.end] in cues.AR_PREPOSITIONS and w[m.end + 1].endswith(("ه", "ها", "هم"))
        and not view.tokens[m.end + 1].text.endswith("ة")  # "الذي توعّد منذ البداية": no pronoun
    ):
        return False  # "الذي وافقت على إبرامه الفصائل": the name after does it
    return True


#: words before a verb that are no noun it could describe: adverbs, time words and the nouns that
#: work as prepositions (رغم، بعد، بسبب)
_ADVERBS_AR = frozenset(
    normalize(w) for w in "أمس مساء صباح ليلا نهارا غدا أيضا كذلك رسميا مجددا سابقا حاليا مرارا بدوره بدورها "
    "فقط بدورهم أخيرا مؤخرا لاحقا فعلا رغم بعد قبل عقب إثر جراء بسبب خلال عند منذ حتى دون بدون ضد".split()
)
#: what an author speaks through: the clause's subject does what it says ("أصدرت الوزارة بيانا يدين")
_DOCUMENT_NOUNS_AR = frozenset(
    normalize(w) for w in "بيان قرار رسالة مذكرة تقرير دراسة تغريدة كلمة خطاب تصريح تصريحات بيانات".split()
)
#: time nouns whose verb after is a clause of its own: "في وقت تجمع مئات" (at a time when)
_WHEN_NOUNS_AR = frozenset(normalize(w) for w in "وقت حين لحظة ساعة يوم أيام فترة".split())


def _first_person_ar(view: SentenceView, m: Match) -> bool:
    """Is the Arabic verb ``m`` in the first person: ``ن`` + its imperfect stem (``نرفض``, ``ونجري``,
    ``سنطلب``) or ``سأ`` + the stem (``سأوقع``)?  A bare ``أ`` + stem is not trusted: it is also the
    passive perfect (``أُدين``, was convicted) or a perfect (``أعدّه``, ``ساعد``)."""
    word = view.words[m.start]
    if word[:1] in "وف" and len(word) > 3:
        word = word[1:]
    perfect, _, imperfect = normalize(m.entry.lemma).partition("/")
    if not imperfect:
        return False
    stem = imperfect[1:] if imperfect[:1] in "يت" and len(imperfect) > 3 else imperfect  # "وقع/وقع": the stem
    suffixes = ("", "ه", "ها", "هم", "هما", "ك", "كم")
    if any(word == perfect + suf for suf in suffixes):
        return False
    future = word[:1] == "س" and len(word) > 3
    if future:
        word = word[1:]
    elif m.start > 0 and view.words[m.start - 1] == "سوف":
        future = True  # "سوف أزور جمهورية كوريا الديمقراطية الشعبية": I will
    prefixes = ("ن", "ا") if future else ("ن",)
    return any(word == p + stem + suf for p in prefixes for suf in suffixes)


def _quoted_speaker_ar(view: SentenceView, m: Match, reporters: set[str], previous: Roles | None) -> list[str]:
    """Who says "I" / "we" in a quote: the one person among the sentence's reporters, else the last
    person quoted with عن (``نقلت الوكالة عن بشار الأسد قوله "سأزور"``), else the one
    reporter, else the previous event's agent ("دعا قرقاش إلى تحقيق، مضيفا: سنطلب تدخلا")."""
    people = {c.key for c in view.chunks if c.key in reporters and c.label == "PER"}
    if len(people) == 1:
        return sorted(people)
    named = [c for c in view.chunks if c.end <= m.start and c.label == "PER" and c.prep == "عن"]
    if named:
        return [named[-1].key]
    if len(reporters) == 1:
        return sorted(reporters)
    # who speaks right before the quote opens ("وأضافت السفارة الألمانية: \"نحن نطلب\"")
    w = view.words
    opening = next((i for i in range(m.start - 1, -1, -1) if w[i] in ('"', "«", "“")), None)
    if opening is not None:
        near = [
            c for c in view.chunks
            if c.end <= opening and opening - c.end <= 3 and not c.prep and (c.label in ("PER", "ORG") or c.nationality)
        ]
        if near:
            return [near[-1].key]
    if previous is not None and previous.agent:
        return list(previous.agent)
    return []


def _describes_noun_ar(view: SentenceView, m: Match) -> bool:
    """With a name earlier in its clause, does the Arabic verb ``m`` still describe the indefinite noun
    right before it ("وخلق حالة يعترف فيها العالم")?  Not after an adverb, a time word or a noun-like
    preposition (رغم، بعد), a document noun, a noun in a prepositional phrase ("ترامب في تغريدة هدد")
    or in a list; and only if the trigger reads as a verb.  (After a time noun, "في وقت تجمع مئات",
    the caller reads a clause of its own instead.)"""
    w = view.words
    prev = w[m.start - 1]
    if prev in _ADVERBS_AR or prev in AR_WEEKDAYS or w[m.start][:1] == "و":
        return False  # "ومصادرة أملاك ومنعهم": a list of nouns, not a clause on the last
    if prev.removesuffix("ا") in _DOCUMENT_NOUNS_AR:
        return False  # "أصدرت الخارجية بيانا يدين", "مشروع قرار يحث": the author speaks through it
    if m.start >= 2 and w[m.start - 2] in cues.AR_PREPOSITIONS:
        return False
    # the trigger must read as a verb: "قدم استقالة حكومته" (a verb never ends in ة), "إعادة فرض
    # العقوبات" (a bare three-letter perfect is also the masdar: the tagger decides)
    word = w[m.start][1:] if w[m.start][:1] == "ف" else w[m.start]
    if view.tokens[m.start].text.endswith("ة"):
        return False
    if len(word) > 3:
        return True
    if view.tags is not None:
        return view.tags[m.start] == "VERB"
    a = max(0, m.start - 3)
    window = _window_tags(view, a, m.end + 1)
    return window is not None and window[m.start - a] == "VERB"


#: nouns that open a clause as conjunctions ("حين", "وقت"; "في حال" below): no noun a verb after them describes
_AR_WHEN_NOUNS = frozenset("حين وقت ريثما".split())
#: adverbs in the accusative (normalised, "و" off): no noun a verb after them could describe
#: ("ومؤخرا استهدف القصف الإسرائيلي مواقع": recently)
_AR_ADVERBS = frozenset(
    "موخرا اخيرا حاليا سابقا لاحقا مجددا ايضا رسميا فعلا مبدييا تدريجيا مرارا دايما كثيرا قريبا مبكرا "
    "اولا ثانيا ثالثا اخيرا غالبا احيانا مجددا سريعا فورا تقريبا".split()
)


#: nouns a masdar follows in construct ("ضحايا قصف", "جراء هجوم", "سلسلة غارات"): a word after them
#: that could be a verb is the noun
_AR_HEADS_OF_MASDARS = frozenset("ضحايا ضحيه حصيله قتلي جرحي مصابي جراء اثر اعقاب سلسله موجه".split())


def _after_indefinite_noun(view: SentenceView, m: Match, lo: int) -> bool:
    """Whether the Arabic verb ``m`` follows an indefinite common noun of its own clause."""
    prev = m.start - 1
    if prev < lo or view.words[prev].startswith(("ال", "وال", "بال", "لل", "فال", "كال")):
        return False
    if view.words[prev].removeprefix("و") in _AR_ADVERBS:
        return False
    if view.words[prev] in _AR_HEADS_OF_MASDARS:
        return False  # "حصيلة ضحايا قصف النظام السوري": a masdar in construct, no verb of a relative clause
    if view.words[prev] in _AR_WHEN_NOUNS or (
        view.words[prev] in ("حال", "حاله") and prev > 0 and view.words[prev - 1] in ("في", "وفي")
    ):
        return False  # "في حال هاجمت إسرائيل إيران": a conjunction, the verb's clause has its own subject
    if any(c.start <= prev < c.end for c in view.chunks):
        return False
    if counted_time_ar(view, prev) is not None:
        return False  # "وبعد يومين استهدفت ميليشيات الحوثي": after a time, a clause of its own
    if view.tags is not None:
        return view.tags[prev] == "NOUN"
    # the sentence is not tagged (Arabic is tagged only when a word may be verb or noun):
    # tag a few words around the noun
    a = max(lo, prev - 2)
    window = _window_tags(view, a, m.end + 1)
    return window is not None and window[prev - a] == "NOUN"


#: time units besides the calendar ones of kg.events.timex: "بعد ساعات", "قبل دقائق"
_AR_SHORT_UNITS = frozenset(normalize(w) for w in "ساعة ساعتين ساعات دقيقة دقيقتين دقائق ليلة ليلتين ليال".split())


def counted_time_ar(view: SentenceView, k: int) -> int | None:
    """Where the بعد / قبل / منذ / خلال stands that counts the Arabic time unit at ``k`` (``بعد يومين``,
    ``قبل ثلاثة أسابيع``), or None: such a unit is an adverbial of time, no noun a verb after it
    could describe."""
    w = view.words
    if w[k] not in AR_UNITS and w[k] not in _AR_SHORT_UNITS:
        return None
    j = k - 1
    if j >= 0 and (w[j].isdigit() or w[j] in AR_NUMBERS or w[j] in ("عده", "بضعه", "بضع")):
        j -= 1  # "قبل ثلاثة أسابيع"
    return j if j >= 0 and drop_conjunction(w[j]) in ("بعد", "قبل", "منذ", "خلال") else None


def _window_tags(view: SentenceView, a: int, b: int) -> list[str] | None:
    """Part-of-speech tags of an untagged Arabic sentence's tokens ``a .. b-1``, tagged as a window of
    their own (the sentence's tags are not kept); a window asked twice, as the indefinite-noun test and
    :func:`_describes_noun_ar` do for one verb, is tagged once.  ``None`` without a tagger."""
    key = f"ar-window-tags {a} {b}"
    got = view.cache.get(key)
    if got is None:
        from kg.events.pos import get_tagger

        tagger = get_tagger("ar")
        if tagger is None:
            return None
        got = tagger.tag([t.text for t in view.tokens[a:b]])
        view.cache[key] = got
    return got  # type: ignore[return-value]


def _roles_en(
    view: SentenceView,
    m: Match,
    bounds: tuple[int, int],
    reporters: set[str],
    previous: Roles | None,
    recent: list[str],
) -> Roles:
    roles = _rule_roles_en(view, m, bounds, reporters, previous, recent)
    if PARSE_MODE in ("first", "only") and not _undergo_en(view, m):
        _parsed_roles_en(view, m, roles, reporters)
    return roles


def parse_target_en(view: SentenceView, m: Match, roles: Roles, reporters: set[str]) -> None:
    """The parse's second opinion on a kept English event's roles (:data:`PARSE_MODE`).

    Called for the events the extractor keeps, and only where the parse could change a role:
    the parser is the costliest step of English events, so it runs on few sentences.

    * "check": a bare object the rules took from beyond the trigger's next words is dropped
      when the parse puts it in another clause or a ``by`` phrase ("threatened to break
      relations with Russia unless the Kremlin closed ...": the Kremlin closes); the parse's
      own target replaces it.  And a verb after "and" whose subject the rules took from the
      object of the verb before it takes the parse's subject ("X met Y in Berlin and later
      criticised Z": X criticised);
    * "fill" ("fallback"): the parse fills a target the rules leave empty.
    """
    uses = parse_uses()
    if not uses or _undergo_en(view, m):
        return
    if "check" in uses and _subject_to_check(view, m, roles):
        _check_subject_en(view, m, roles, reporters)
    if "check" in uses and _object_to_check(view, m, roles):
        _check_object_en(view, m, roles, reporters)
    if "fill" in uses and _parse_may_fill(view, m, roles, reporters):
        _parsed_roles_en(view, m, roles, reporters, upto=m.end + _WINDOW + 3, fill=True)


#: How English roles use the dependency parse (:mod:`kg.events.deps_en`): "check" (the default
#: since the eighth session: the parse vets the rules' far bare objects and the subjects of verbs
#: after "and"; on three samples of 300 unseen BBC articles 86 of the 98 roles it changed were
#: right, mostly wrong targets removed; English `kg build` x1.49 against x1.42 with "off"),
#: "fallback" / "fill" (the parse also fills a target the rules leave empty), "check+fill",
#: "first" (the parse's agent / target where it names the phrase itself, the rules' otherwise),
#: "only", or "off" (the rules alone).
#: "fill" stays off (the lead's call, sixth session; measured again in the eighth): it found 4
#: more PLOVER dev targets (27 -> 31 of 56) and 1 more on test (69 -> 70 of 216), but about half
#: of the targets it adds to unseen BBC news are wrong.
PARSE_MODE = "check"


def parse_uses() -> set[str]:
    """The second-opinion uses of the parse that :data:`PARSE_MODE` turns on."""
    if PARSE_MODE == "fallback":
        return {"fill"}
    if PARSE_MODE in ("off", "first", "only"):
        return set()
    return set(PARSE_MODE.split("+"))


#: a bare object this many words or more after the trigger is vetted by the parse ("check")
_FAR_OBJECT = 3


def _object_to_check(view: SentenceView, m: Match, roles: Roles) -> bool:
    c = roles.object_chunk
    return (
        m.entry.kind == "v"
        and c is not None
        and bool(roles.target)
        and roles.target[0] == c.key
        and c.start - m.end >= _FAR_OBJECT
    )


def _subject_to_check(view: SentenceView, m: Match, roles: Roles) -> bool:
    """A coordinated verb whose subject the rules took from the object of the verb before it ("X
    met Y in Berlin and later criticised Z": Y is no subject of criticised)."""
    c = roles.subject_chunk
    if m.entry.kind != "v" or c is None or roles.agent_from != "subject" or not roles.agent or c.key not in roles.agent:
        return False
    w = view.words
    tags = view.tags or []
    k = m.start - 1
    while k > c.end and k < len(tags) and tags[k].startswith("RB"):
        k -= 1  # "and later criticised"
    if k <= c.end - 1 or w[k] not in ("and", "but"):
        return False
    # a finite verb before the chunk, after the last clause break: the chunk is its object
    j = c.start - 1
    while j >= 0 and w[j] not in cues.EN_STRONG_PUNCT and w[j] not in (",", "that", "which", "who"):
        if j < len(tags) and tags[j] in ("VBD", "VBZ", "VBP") and w[j] not in _EN_AUX_WORDS:
            return True
        j -= 1
    return False


#: auxiliaries, copulas and verbs of saying: a verb before a chunk that does not take it as object
_EN_AUX_WORDS = frozenset(
    "is are was were be been am has have had do does did will would shall should can could may might must "
    "says said say".split()
)


def _check_subject_en(view: SentenceView, m: Match, roles: Roles, reporters: set[str]) -> None:
    """Replace the rules' subject by the parse's when the parse makes it no subject of the trigger."""
    from kg.events.deps_en import parse_view, subject_governed, subject_of

    c = roles.subject_chunk
    assert c is not None
    p = parse_view(view, min(len(view.words), m.end + 3))
    if p is None or subject_governed(view, p, m, c):
        return
    got = [x for x in subject_of(view, p, m) if x.key not in reporters or x.mention.attrs.get("anaphor")]
    if not got and not p.deps(m.start, "nsubj"):
        return  # the parse names no subject of its own either: no evidence against the rules
    roles.agent = _keys(got) if got else []
    roles.agent_from = "parse" if got else ""
    roles.subject_chunk = None
    roles.target = [k for k in roles.target if k not in roles.agent]


def _check_object_en(view: SentenceView, m: Match, roles: Roles, reporters: set[str]) -> None:
    """Drop the rules' far bare object when the parse attaches it elsewhere; take the parse's."""
    from kg.events.deps_en import object_governed, parse_view

    c = roles.object_chunk
    assert c is not None
    p = parse_view(view, min(len(view.words), c.end + 3))
    if p is None or object_governed(view, p, m, c):
        return
    roles.target = []
    roles.object_chunk = None
    _parsed_roles_en(view, m, roles, reporters, upto=c.end + 3, fill=True)


#: how far after a trigger (in words) a name must start for the parse to be consulted
_WINDOW = 8


def _parse_may_fill(view: SentenceView, m: Match, roles: Roles, reporters: set[str]) -> bool:
    """Whether the target is empty and a name after the trigger could fill it (a name that is
    no role yet and no reporter): otherwise parsing would change nothing (the parse's targets
    of an active verb or an event noun follow it)."""
    if roles.target:
        return False
    used = set(roles.agent)
    return any(
        m.end <= c.start <= m.end + _WINDOW and not c.modifier and c.key not in used
        and (c.key not in reporters or c.mention.attrs.get("anaphor"))
        for c in view.chunks
    )


def _undergo_en(view: SentenceView, m: Match) -> bool:
    """ "X came under fire from Y": the rules' critic reading, which the parse does not know."""
    return m.entry.plover == "ACCUSE" and view.words[m.start] in _EN_UNDERGO


def _parsed_roles_en(
    view: SentenceView, m: Match, roles: Roles, reporters: set[str], *, upto: int | None = None, fill: bool = False
) -> None:
    """Roles from the parse: per :data:`PARSE_MODE`, or (``fill``) only an empty target filled."""
    from kg.events.deps_en import noun_roles, parse_view, verb_roles

    p = parse_view(view, upto)
    if p is None:
        return
    preps = _TARGET_PREPS_EN | _for_prep(view, m)
    got = verb_roles(view, p, m, preps) if m.entry.kind == "v" else noun_roles(view, p, m, preps)

    def keep(c: Chunk) -> bool:
        return c.key not in reporters or bool(c.mention.attrs.get("anaphor"))

    agent = _keys([c for c in got.agent if keep(c)])
    target = [k for k in _keys([c for c in got.target if keep(c)]) if k not in agent]
    if PARSE_MODE == "only":
        roles.agent, roles.target = agent, target
        roles.agent_from = got.how if agent else ""
    elif fill or PARSE_MODE == "fallback":
        # the target only: on the dev sets the parse found no agent the rules missed
        if target and not roles.target:
            roles.target = [k for k in target if k not in roles.agent]
            roles.target_from = "parse" if roles.target else ""
        roles.target = [k for k in roles.target if k not in roles.agent]
    else:
        # the parse wins where it names the phrase itself, or where the rules found nothing
        if agent and agent != roles.agent and (got.agent_direct or not roles.agent) and not _title_of(view, got.agent, roles.agent):
            roles.agent = agent
            roles.agent_from = "subject" if got.how in ("subject", "passive") else got.how
        if target and (got.target_direct or not roles.target):
            roles.target = [k for k in target if k not in roles.agent]
        roles.target = [k for k in roles.target if k not in roles.agent]
    used = set(roles.agent) | set(roles.target)
    roles.participant = [k for k in roles.participant if k not in used]
    roles.place = [k for k in roles.place if k not in used]


def _title_of(view: SentenceView, parsed: list[Chunk], rule: list[str]) -> bool:
    """The parse's agent only qualifies the rules' ("Pakistan President Mohammad Zia-Ul-Haq"):
    it ends at most three capitalised words before the rules' agent starts."""
    if not parsed or not rule:
        return False
    starts = [c.start for c in view.chunks if c.key == rule[0] and c.start >= parsed[0].end]
    if not starts:
        return False
    between = view.tokens[parsed[0].end : starts[0]]
    return len(between) <= 3 and all(t.text[:1].isupper() for t in between)


def _rule_roles_en(
    view: SentenceView,
    m: Match,
    bounds: tuple[int, int],
    reporters: set[str],
    previous: Roles | None,
    recent: list[str],
) -> Roles:
    lo, hi = bounds
    w = view.words
    after = _args(view, m.end, hi, reporters)
    before = _subjects_en(view, m, lo, reporters)
    groups = _groups(after)
    if m.entry.kind == "n":
        return _noun_roles_en(view, m, before, groups)
    roles = Roles()
    passive = (
        m.entry.kind == "v"
        and any(x in _BE for x in w[max(lo, m.start - 3) : m.start])
        and (
            w[m.start].endswith(("ed", "en", "wn"))
            or (w[m.start] in _EN_IRREGULAR_PARTICIPLES and w[m.start - 1] != "to")  # not "is to shut down"
        )
    )
    if not passive and m.entry.plover == "ACCUSE" and w[m.end : m.end + 1] == ["with"] and w[m.start] == "charged":
        # "Brunswijk was in custody on Wednesday charged with attempted murder", "Westlake, arrested
        # and charged with heroin trafficking": charging takes its object before "with"
        passive = True
    reduced = not passive and reduced_passive_en(view, m, lo)
    if reduced:
        passive = True
        # the noun the participle hangs on, right before it (or before its comma), is the target
        # ("the cuts proposed by X": no one); after a comma and a common noun, the subject of the
        # clause before ("Ebbers is on trial, accused of ...")
        k = _participle_comma_en(w, m.start)
        if before and (k == m.start or any(x.end == k for x in _groups(before)[-1])):
            before = [c for c in before if any(x.end == k for x in _groups(before)[-1])]
    if passive and before:
        before = _not_speakers_en(w, m, before)
    by = [g for g in groups if g[0].prep == "by"]
    if passive and not by and m.end < len(w) and w[m.end] == "by":
        # "the cuts proposed by shadow chancellor Oliver Letwin": a title between "by" and the name
        named = [
            g for g in groups
            if 0 < g[0].start - m.end <= (6 if g[0].label in ("PER", "ORG") else 4)
            and not any(x == "," or x == "including" or x in cues.EN_PREPOSITIONS for x in w[m.end + 1 : g[0].start])
            and not any(w[j] == "and" and w[j + 1] in ("the", "a", "an") for j in range(m.end + 1, g[0].start - 1))
        ]
        # "hosted by rap star and Chicago actress Queen Latifah": the person, not the city (but
        # "investigated by the Liberian authorities and the IMF": the authorities' state)
        if named and named[0][0].is_place and not named[0][0].nationality:
            named = [g for g in named if g[0].label in ("PER", "ORG")] or named
        by = named[:1]
    if passive and by:
        roles.agent = _keys(by[0])
        roles.agent_from = "passive"
        if before:
            roles.target = _keys(_groups(before)[-1])
        groups = [g for g in groups if g is not by[0]]
    elif passive and before:
        # "Mr Smith has been accused of ...", "Israel was attacked": the subject is what is done
        # to; the agent is not named in the clause
        roles.target = _keys(_groups(before)[-1])
        roles.agent_from = "passive"
        if (excluder := _excluded_from_en(view, m, groups)) is not None:
            roles.agent = _keys(excluder)  # "Nigeria was suspended from the Commonwealth": it suspends
            groups = [g for g in groups if g is not excluder]
    else:
        _verb_agent_en(view, m, lo, before, reporters, previous, recent, roles)
        groups = _verb_target_en(view, m, after, groups, roles)
    if m.entry.plover == "ACCUSE" and w[m.start] in _EN_UNDERGO:
        groups = _critic_en(after, groups, roles)
    rest = [c for g in groups for c in g if c.key not in roles.target]
    if headed_extra := [
        c for c in view.chunks_in(m.end, len(w)) if roles.target and c.key == roles.target[0]
    ]:
        rest = [c for c in rest if c not in headed_extra]
    _fill_rest(roles, rest, _TARGET_PREPS_EN | _for_prep(view, m), _PLACE_PREPS_EN)
    if not roles.target:
        roles.target = _that_subject_en(view, m, roles.agent)
    return roles


#: verbs of shutting someone out of a body ("suspended", "expelled", "barred")
_EN_EXCLUDING = ("suspend", "expel", "exclud", "barred", "eject", "kicked")


def _excluded_from_en(view: SentenceView, m: Match, groups: list[list[Chunk]]) -> list[Chunk] | None:
    """The body a passive subject is shut out of, which shuts it out: "Nigeria was suspended from
    the Commonwealth", "the diplomats were expelled from Britain"; an organisation or a country
    named right after "from"."""
    w = view.words
    if m.entry.plover not in ("SANCTION", "COERCE") or not w[m.start].startswith(_EN_EXCLUDING):
        return None
    if w[m.end : m.end + 1] != ["from"]:
        return None
    first = next((g for g in groups if g[0].prep == "from"), None)
    if first is None or first[0].start - m.end > 2 or not (first[0].label == "ORG" or first[0].kind == "Country"):
        return None
    return first


#: past participles that do not end in -ed / -en: "was found guilty", "were shot dead", "was told to"
_EN_IRREGULAR_PARTICIPLES = frozenset(
    "found shot told held sent hit caught struck led kept sold bought brought fought cut hurt bound "
    "sought left met paid beat shut slain dealt lost won set".split()
)
#: what may stand between a verb's object and a second verb sharing its subject ("and will visit")
_EN_SECOND_VERB = frozenset("and but then also later will would could may might shall has have had to".split())
#: what may follow a participle that takes no object: a preposition, "by", a time word
_EN_REDUCED_NEXT = frozenset(
    "by of with in on at for over after from to during near outside inside under last this earlier "
    "yesterday today , .".split()
)
#: a perfect ("Israel has attacked in ...") is active
_EN_HAVE = frozenset("has have had having".split())


#: adverbs between a comma and a participle ("Mamdouh Habib, previously accused of ...")
_EN_PARTICIPLE_ADVERBS = frozenset("previously already also once formerly recently earlier later since long".split())


def _participle_comma_en(w: list[str], i: int) -> int:
    """Where the noun a participle at ``i`` hangs on ends: the comma right before it, or before an
    adverb right before it (*Habib , previously accused of*), else ``i``."""
    if w[i - 1] == ",":
        return i - 1
    if i >= 2 and w[i - 2] == "," and (w[i - 1] in _EN_PARTICIPLE_ADVERBS or (w[i - 1].endswith("ly") and len(w[i - 1]) > 4)):
        return i - 2
    return i


def reduced_passive_en(view: SentenceView, m: Match, lo: int) -> bool:
    """A past participle that hangs on the noun before it, with no "be": "Dennis Kozlowski, accused
    of looting the firm", "Abu Hamza, arrested in London last year, faces ...", "a DVD technology
    backed by Sony has ...".  The noun undergoes the act (the target), and the agent is the ``by``
    phrase or no one: before this rule the noun was taken for the agent.

    The tagger must read the verb as a participle (VBN), a name or a common noun must end right
    before it (or before a comma right before it), no object may follow it (the next word is a
    preposition or "by"; "Israel accused Syria of ..." has one), and no "has" / "have" come before
    it (a perfect is active).  The tagger also says VBN of main verbs, so the sentence must show its
    own main verb elsewhere:

    * after a comma, a finite verb before the comma outside a relative clause ("Ebbers is on trial,
      accused of ..."), or a finite verb after the comma that closes the participle's phrase
      ("Abu Hamza, arrested in London, faces ..."); not when the comma closes a relative clause
      or an apposition that opens the sentence ("Trevor Phillips, chairman of the CRE, called on
      Mr Clarke": the verb is the sentence's own);
    * with no comma, the noun's own finite verb in the same clause within a few words ("the
      changes proposed by Lord Dubs were ..."), and no time word right after the participle
      ("Lord Greaves called last week for ...").
    """
    if m.entry.kind != "v" or not view.tags or m.entry.plover == "MOBILIZE":
        # "British troops deployed in Iraq": the forces are their own state's, which acts
        return False
    w, tags = view.words, view.tags
    i = m.start
    if i < 2 or i >= len(tags) or tags[i] != "VBN":
        return False
    if m.end >= len(w) or w[m.end] not in _EN_REDUCED_NEXT:
        return False
    if any(x in _EN_HAVE or x in _BE for x in w[max(lo, i - 3) : i]):
        return False
    k = _participle_comma_en(w, i)
    if k < 1:
        return False
    if not (any(c.end == k for c in view.chunks) or (tags[k - 1] in _EN_NOUN_TAGS and w[k - 1] not in _EN_TIME_NOUNS)):
        return False

    def finite(j: int) -> bool:
        return (j < len(tags) and tags[j] in ("VBD", "VBZ", "VBP", "MD")) or w[j] in cues.EN_FINITE  # (the tags may cover only windows)

    if k < i:
        spans = relatives(view)
        if any(c == k for _, c in spans):
            return False  # "Mr Blair, who was ..., insisted": the relative clause closed
        opening = next((p for p in range(k - 1, max(-1, k - 10), -1) if w[p] == ","), None)
        if opening is not None and opening + 1 < k and tags[opening + 1] in ("VBN", "VBG"):
            return False  # "200 forces, sent on a mission, clashed with rebels": a participle's phrase closed
        if any(finite(j) and not any(o < j < c for o, c in spans) for j in range(k)):
            return True
        for q in range(m.end, len(w)):
            if w[q] in cues.EN_STRONG_PUNCT:
                return False
            if w[q] == ",":
                return q + 1 < len(w) and (finite(q + 1) or (not tags[q + 1] and w[q + 1].endswith("s")))
        return False
    if w[m.end] in _EN_TIME_WORDS_AFTER:
        return False
    if (
        view.index == 0
        and (w[m.end] == "by" or (m.entry.plover in ("ASSAULT", "COERCE") and w[m.end] in _EN_HARM_NEXT))
        and len(w) <= 16
        and not any(j != i and finite(j) and not (j < k and w[j] in cues.EN_REPORT_VERBS) for j in range(len(w)))
    ):
        # a headline (the first sentence) with no verb of its own but a verb of saying: "Russian judge
        # stabbed to death over $ 7 fine", "Costa Rica says Dutch pair kidnapped by Nicaraguans" (an
        # active headline says "kill", "jail")
        return True
    for j in range(m.end, min(len(w), m.end + 10)):
        if w[j] in cues.EN_STRONG_PUNCT or w[j] in cues.EN_CLAUSE_OPENERS or w[j] in ("and", "but", "how", "-", ","):
            return False
        if w[j] == "to" and j + 1 < len(tags) and tags[j + 1] == "VB":
            return False  # "called for the office to be given ...": an infinitive clause
        if finite(j):
            return True
    return False


_EN_NOUN_TAGS = frozenset(["NN", "NNS", "NNP", "NNPS"])
#: what follows a headline's participle of harm: "stabbed to death over", "murdered in Malta"
_EN_HARM_NEXT = frozenset("to dead in on at after over near during".split())
#: time words after a verb: "called last week for", a main verb's adjunct
_EN_TIME_WORDS_AFTER = frozenset("last this earlier yesterday today".split())


#: nouns of time that a participle does not hang on ("signed last week", "the day released")
_EN_TIME_NOUNS = frozenset(
    "year years week weeks month months day days time today yesterday monday tuesday wednesday thursday "
    "friday saturday sunday morning evening night weekend".split()
)


def _not_speakers_en(w: list[str], m: Match, before: list[Chunk]) -> list[Chunk]:
    """The subjects before a passive verb, less those who say it ("The government says unions will
    be consulted", "police said the men were arrested": the speaker does not undergo what it reports;
    "Mr Smith, who said ..., was accused" keeps its antecedent)."""
    out = []
    for c in before:
        says = [k for k in range(c.end, m.start) if w[k] in cues.EN_REPORT_VERBS]
        if (
            not says
            or any(x in ("who", "which") for x in w[c.end : m.start])
            or (
                all(x in _EN_AUX_ONLY for x in w[says[-1] + 1 : m.start])
                and not (c.start > 0 and w[c.start - 1] in ("who", "whom", "which", "that"))
            )
        ):
            out.append(c)  # "Anil said had not been consulted": he was not ("rebels who Baghdad says are backed": not Baghdad)
    return out


#: what may stand between a verb of saying and a passive whose subject the speaker is ("said had not been")
_EN_AUX_ONLY = frozenset("had has have been being be was were is are not never will would could should may might also already".split())


def _subjects_en(view: SentenceView, m: Match, lo: int, reporters: set[str]) -> list[Chunk]:
    """The chunks before an English trigger in its clause that may be its subject."""
    w = view.words
    before = [c for c in _args(view, lo, m.start, reporters) if not c.prep or c.prep == "of"]
    between = [c for c in view.chunks_in(lo, m.start) if c.prep == "between"]
    if between:
        # "the talks between Israel and Syria resumed": Syria is no subject of its own
        before = [c for c in before if not (c.conj and any(0 < c.start - b.end <= 2 for b in between))]
    if before and _non_state_head_en(view, before[-1], m.start):
        before = before[:-1]  # "Syrian rebels shelled": the rebels act, not Syria
    if m.entry.kind == "v" and (ante := _antecedent_en(view, m)) is not None:
        before = [ante]  # "Iraq, which was invaded ...", "X, which ..., signed": the clause's subject
    elif m.entry.kind == "v" and (unnamed := _unnamed_antecedent_en(view, m)) is not None:
        before = unnamed  # "The Glasgow Kelvin MP, who was expelled over his anti Iraq war stance, accused"
    elif m.entry.kind == "v" and m.start > 1 and w[m.start - 1] == "," and before:
        # "Mr Hain, Leader of the Commons, accused ...": the name before the apposition acts
        opening = next((k for k in range(m.start - 2, max(-1, m.start - 10), -1) if w[k] == ","), None)
        if opening is not None and before[-1].start > opening:
            named = [c for c in view.chunks if c.end == opening and not c.prep and c.label in ("PER", "ORG", "LOC")]
            if named:
                before = [named[-1]]
    return before


def _by_doing_en(view: SentenceView, before: list[Chunk]) -> list[Chunk]:
    """The clause's subject before ``by`` + a gerund: its first name that is no word of the
    sentence's frame (a capitalised *In* the tagger took for a name)."""
    for g in _groups(before):
        if not all(view.words[k] in cues.EN_PREPOSITIONS or len(view.words[k]) < 2 for k in range(g[0].start, g[-1].end)):
            return g
    return []


def _owner_of_a_group_en(view: SentenceView, c: Chunk, verb: int) -> bool:
    """Is a country before the verb only the owner of the group that acts (*Turkey 's Kurd rebels
    kill two*, *Colombia's leftist guerrillas attacked a town*): a possessive, then within three
    words before the verb a group that fights or protests against a state?"""
    if c.kind != "Country" or c.nationality:
        return False
    w = view.words
    own = view.tokens[c.end - 1].text.endswith(("'s", "’s")) or w[c.end : c.end + 2] in (["'", "s"], ["’", "s"])
    head = w[c.end : min(verb, c.end + 5)]
    return own and not _NON_STATE_GROUPS.isdisjoint(head)


#: verbs whose object does the infinitive after it ("urged the men to step down")
_TELLING_EN = frozenset(
    "urged urge urges urging asked ask asks asking told tell tells telling want wants wanted wanting persuaded "
    "persuade persuades persuading encouraged encourage encourages encouraging invited invite invites inviting "
    "forced forcing pressed pressing challenged ordered ordering allowed allow allows expected expect expects "
    "required require requires".split()  # (not "forces", "orders": nouns as often)
)
#: words that end the object before "to" ("asked whether to", "told reporters that ...")
_NOT_OBJECT_EN = frozenset(", ; : that whether how what when where why if who which to not".split())


def _told_to_en(view: SentenceView, m: Match) -> list[str] | None:
    """The agent of an infinitive whose governing verb has an object, which does it: *urged the men
    to step down* (no name: ``[]``), *called on the EU to recognise* (the EU), *appealed to both sides
    to stop the fighting* (no name), *expected Japan 's
    Nippon to agree* (Nippon).  None where the infinitive has no such verb and object before it
    (*plans to attack*, *was allowed to resign*)."""
    w = view.words
    if m.start < 3 or w[m.start - 1] != "to":
        return None
    to = m.start - 1
    for v in range(to - 2, max(to - 8, -1), -1):
        appeal = w[v] == "to" and v > 0 and w[v - 1] in ("appealed", "appeal", "appeals", "appealing")
        if w[v] in _NOT_OBJECT_EN and not appeal:
            return None
        head = v - 1 if (w[v] in ("on", "upon") and v > 0 and w[v - 1] in ("called", "call", "calls", "calling")) or appeal else v
        if w[v] not in _TELLING_EN and head == v:
            continue
        if any(c.start <= head < c.end for c in view.chunks):
            return None  # "the Order of Merit": part of a name
        if w[v + 1 : v + 2] and w[v + 1] in ("his", "her", "their", "its", "our"):
            return None  # "ordered his bodyguards to beat him up": his own people act for him
        # the object, not a name after a preposition in it ("ordered U.S. forces in the Gulf to go")
        inside = [
            c for c in view.chunks
            if c.start > v and c.end <= to and not c.modifier and (not c.prep or (head != v and c.prep == w[v]))
        ]
        return _keys(_groups(inside)[-1]) if inside else []
    return None


#: groups that act against a state or without it: a country's possessive before them is where they are
_NON_STATE_GROUPS = frozenset(
    "rebels rebel guerrillas guerrilla militants militant separatists insurgents dissidents rioters protesters "
    "demonstrators hijackers gunmen kidnappers extremists fighters militia militias opposition".split()
)


def _city_modifier_en(view: SentenceView, c: Chunk) -> bool:
    """Is a name right before an English event noun a city or region (*the Los Angeles riots*), which
    says where the event was, not a state or a group that did it (*Israeli attack*, *a Hamas attack*)?
    Not across a possessive (*Beijing 's protest*: the government's), nor at the sentence's start."""
    own = view.tokens[c.end - 1].text.endswith(("'s", "’s", "s'", "s’"))
    # at a sentence's start the noun is a headline's verb ("Bonn appeals for Middle East peace")
    return c.is_place and not c.nationality and c.kind != "Country" and not own and c.start > 0


def _noun_roles_en(view: SentenceView, m: Match, before: list[Chunk], groups: list[list[Chunk]]) -> Roles:
    """An English event noun's roles: "Israeli attack on Gaza", "the attack by X on Y"."""
    roles = Roles()
    prev_nat = [c for c in view.chunks if c.end <= m.start and m.start - c.end <= 1 and not c.prep]
    if prev_nat and prev_nat[-1].end == m.start and _city_modifier_en(view, prev_nat[-1]):
        roles.place = [prev_nat[-1].key]  # "the 1992 Los Angeles riots", "a Moscow casino blaze": where
    elif prev_nat and not _non_state_head_en(view, prev_nat[-1], m.start):
        roles.agent = [prev_nat[-1].key]
    for g in groups:
        if g[0].prep == "by" and not roles.agent:
            roles.agent = _keys(g)

    if not roles.agent:
        roles.agent = _light_verb_subject_en(view, m, before)
        if roles.agent:
            roles.agent_from = "light verb"
    rest = [c for g in groups for c in g if c.key not in roles.agent]
    _fill_rest(roles, rest, _TARGET_PREPS_EN | {"of"} | _for_prep(view, m), _PLACE_PREPS_EN)
    if not roles.target:
        roles.target = _that_subject_en(view, m, roles.agent)
    return roles


def _verb_agent_en(
    view: SentenceView,
    m: Match,
    lo: int,
    before: list[Chunk],
    reporters: set[str],
    previous: Roles | None,
    recent: list[str],
    roles: Roles,
) -> None:
    """The agent of an active English verb: a participle's earlier subject, the subject, "both",
    a coordinated verb's subject, or the subject of the verb that governs an infinitive."""
    w = view.words
    both = _both(view, lo, m.start, recent)
    participle = m.start > 0 and w[m.start - 1] == "," and w[m.start].endswith("ing") and previous is not None
    told = _told_to_en(view, m)
    if participle and previous is not None:
        # "X attacked Gaza, killing 12": X kills, not Gaza (and no one named if X was not)
        roles.agent = list(previous.agent)
        roles.agent_from = "inherited" if previous.agent else ""
    elif before and _owner_of_a_group_en(view, _groups(before)[-1][-1], m.start):
        pass  # "Turkey 's Kurd rebels kill two": the rebels act, not Turkey (kg.events.groups names them)
    elif told is not None:
        # "Holdsworth urged the men to step down", "the Tories want the commissioner to investigate":
        # who is urged or wanted does it, not the subject (no one named if a common noun is)
        roles.agent = told
        roles.agent_from = "subject" if told else ""
    elif before and m.start > 0 and w[m.start - 1] == "by" and w[m.start].endswith("ing") and _by_doing_en(view, before):
        # "Banisadr angered Tehran last week by accusing top Iranian leaders": the clause's subject
        # acts by doing it, not the object before "by"
        first = _by_doing_en(view, before)
        roles.agent = _keys(first)
        roles.agent_from = "subject"
        roles.subject_chunk = first[-1]
    elif before and previous is not None and previous.agent and _object_of_the_verb_before_en(view, m, before, previous):
        roles.agent = list(previous.agent)  # "Belgian police have visited Bratislava and will visit Prague"
        roles.agent_from = "inherited"
    elif before:
        roles.agent = _keys(_groups(before)[-1])
        roles.agent_from = "subject"
        roles.subject_chunk = _groups(before)[-1][-1]
    elif both:
        roles.agent = both
        roles.agent_from = "both"
    elif previous is not None and previous.agent and _coordinated_en(view, m):
        roles.agent = list(previous.agent)  # "X attacked A and shelled B"
        roles.agent_from = "inherited"
    if not roles.agent and m.start >= 2 and w[m.start - 1] == "to" and not before and told is None:
        # "Israel plans to attack", "Iran is expected to sign": the subject of the verb governing
        # the infinitive (not "urged X to", where X is between)
        v = m.start - 2
        subj = [c for c in view.chunks if c.end <= v and v - c.end <= 3 and not c.prep and not c.modifier]
        if subj and not any(x in (",", "that", "which", "who") for x in w[subj[-1].end : v + 1]):
            if subj[-1].key not in reporters:
                roles.agent = [subj[-1].key]
                roles.agent_from = "control"


def _verb_target_en(
    view: SentenceView, m: Match, after: list[Chunk], groups: list[list[Chunk]], roles: Roles
) -> list[list[Chunk]]:
    """The target of an active English verb (the head of a delegation it receives, its object, a
    nationality in the object, the owner of a claim it rejects, "of" after its pattern's noun);
    returns the groups of chunks still unassigned."""
    headed = _headed_by_en(view, m)
    if headed is not None:
        roles.target = [headed.key]
    for g in groups:
        if roles.target:
            break
        if not g[0].prep and not g[0].nationality:
            roles.target = _keys(g)
            roles.object_chunk = g[0]
            groups = [x for x in groups if x is not g]
            break
    if not roles.target:
        roles.target = _object_nationality_en(view, m, after)
    if not roles.target and m.entry.plover in ("ACCUSE", "REJECT"):
        roles.target = _claim_owner_en(view, m, after)
        groups = [g for g in groups if not (roles.target and g[0].key in roles.target)]
    if not roles.target and m.context_at is not None and m.context_at >= m.end:
        # "mounted its invasion of South Lebanon": "of" after the event noun of the pattern
        of = [c for c in after if c.prep == "of" and 0 < c.start - m.context_at <= 2 and not c.nationality]
        if of:
            roles.target = [of[0].key]
            groups = [g for g in groups if of[0] not in g]
    return groups


def _critic_en(after: list[Chunk], groups: list[list[Chunk]], roles: Roles) -> list[list[Chunk]]:
    """ "X came under fire from Y", "X faced criticism from Y", "X's remarks sparked anger among Y":
    the subject is criticised, the one after from / by / among criticises."""
    critic = [c for c in after if c.prep in ("from", "by", "among")][:1]
    roles.target = [k for k in roles.agent if k not in [c.key for c in critic]]
    roles.agent = [c.key for c in critic]
    roles.agent_from = "critic" if critic else ""
    return [g for g in groups if not (critic and critic[0] in g)]


#: Heads that a nationality adjective may modify without the state being the actor:
#: "Syrian rebels", "Kurdish fighters", "Israeli protesters", "British fans".
NON_STATE_HEADS_EN = frozenset(
    "rebel rebels insurgent insurgents militant militants guerrilla guerrillas gunman gunmen fighters "
    "jihadist jihadists separatist separatists dissident dissidents opposition activist activists "
    "protester protesters demonstrator demonstrators students student fans fan hackers hacker "
    "refugees migrants workers farmers businessman businessmen tycoon company firm companies firms "
    "bank banks club team side player players media newspaper newspapers tourists tourist "
    "man men woman women citizens citizen nationals national people".split()
)


def _non_state_head_en(view: SentenceView, c: Chunk, verb: int) -> bool:
    """True if the nationality chunk ``c`` modifies a non-state head before the verb."""
    if not c.nationality:
        return False
    between = [x.lower() for x in view.words[c.end : verb]]
    return any(x in NON_STATE_HEADS_EN for x in between[:3])


def _object_nationality_en(view: SentenceView, m: Match, after: list[Chunk]) -> list[str]:
    """The state of a nationality adjective inside the verb's object: "killed 46 Afghan civilians",
    "rejected a Senegalese peace plan" (coders take the adjective's state as the target).

    Only within the object's first words: no preposition, punctuation or clause opener between
    the verb and the adjective.
    """
    w = view.words
    for c in after:
        if not c.nationality or c.prep:
            continue
        between = w[m.end : c.start]
        if len(between) <= 4 and not any(
            x in cues.EN_PREPOSITIONS or x in cues.EN_STRONG_PUNCT or x in cues.EN_CLAUSE_OPENERS or x in (",", "and")
            for x in between
        ):
            return [c.key]
        return []
    return []


#: verbs that only carry an event noun: "announced a suspension", "mounted its invasion"
_EN_LIGHT_VERBS = frozenset(
    "announce announced announces launch launched launches mount mounted mounts complete completed "
    "completes begin began begun begins start started starts conduct conducted conducts carry carried "
    "carries order ordered orders speed sped speeded continue continued continues resume resumed resumes "
    "make made makes step stepped intensify intensified escalate escalated stage staged declare declared "
    "declares impose imposed imposes".split()
)
_EN_NP_WORDS = frozenset("a an the its their his her our this that these those new fresh further".split())


#: spans of time or rounds an event noun may be counted in ("10 days of war games")
_EN_SPANS = frozenset("days weeks months hours years rounds round series day week month hour".split())
_EN_FEW = frozenset("a two three four five six seven eight nine ten several few".split())


#: forms of "be" (and "remain") before "in talks", "in negotiations"
_EN_BE_IN = frozenset("is are was were be been being remain remains remained".split())
_EN_STILL = frozenset("still now already currently also".split())
_EN_AUXILIARY = frozenset("has have had will would could may might should".split())


def _being_in_en(w: list[str], i: int) -> int | None:
    """Index of the "be" of "is (still) in" when ``w[i]`` is that "in", else None: "Volkswagen
    has been in talks with unions" says who holds the talks as a light verb's subject does."""
    if i < 1 or w[i] != "in":
        return None
    j = i - 1
    if j >= 1 and w[j] in _EN_STILL:
        j -= 1
    return j if w[j] in _EN_BE_IN else None


def _light_verb_subject_en(view: SentenceView, m: Match, before: list[Chunk]) -> list[str]:
    """Who carries out an event noun that is the object of a light verb: "Italy announced a
    suspension of air links", "the United States speeded up the withdrawal" (the verb's subject)."""
    w = view.words
    i = m.start - 1
    steps = 0
    while i >= 0 and steps < 5 and (w[i] in _EN_NP_WORDS or w[i] in ("up", "out", "off") or "-" in w[i]):
        i -= 1
        steps += 1
    if i >= 2 and w[i] == "of" and w[i - 1] in _EN_SPANS and (w[i - 2][:1].isdigit() or w[i - 2] in _EN_FEW):
        i -= 3  # "launched 10 days of war games", "began two rounds of talks": the span is the event's
    be = _being_in_en(w, i) if m.entry.plover == "CONSULT" else None
    if be is not None:
        i = be  # "Iran is in talks with the EU": who is in the talks holds them
    elif i < 0 or w[i] not in _EN_LIGHT_VERBS:
        return []
    if not before and i > 0:
        # the light verb is an event of its own ("launched"), which bounds the noun's clause: its
        # subject is still the one who carries the noun out
        before = [c for c in view.chunks if c.end <= i and not c.prep and not c.modifier]
        if before and _non_state_head_en(view, before[-1], i):
            before = []
    subj = [c for c in before if c.end <= i and not c.prep]
    if not subj or i - subj[-1].end > 3 or any(x in (",", "that", "which", "who") for x in w[subj[-1].end : i]):
        return []
    after_subject = subj[-1].end + (1 if subj[-1].nationality else 0)
    if be is not None and any(x not in _EN_AUXILIARY for x in w[after_subject:i]):
        # "Nanjing Auto is in negotiations": the city "Nanjing" is no subject of "is"; a nationality
        # may stand for its noun ("the Australian government is in talks")
        return []
    last = subj[-1]
    pair = [c for c in subj[:-1] if c.end == last.start - 1 and w[c.end] == "and" and c.nationality and last.nationality]
    return [c.key for c in pair[-1:]] + [last.key]  # "French and Egyptian warships launched": both




def _claim_owner_en(view: SentenceView, m: Match, after: list[Chunk]) -> list[str]:
    """ "rejected the claims made on Monday by Michael Howard", "dismissed a proposal from Iran":
    who made what is rejected or criticised is the target."""
    w = view.words
    j = m.end
    while j < len(w) and j - m.end < 4 and w[j] not in cues.EN_CLAIM_NOUNS:
        if w[j] in cues.EN_STRONG_PUNCT or w[j] in (",", "that", "to"):
            return []
        j += 1
    if j >= len(w) or w[j] not in cues.EN_CLAIM_NOUNS:
        return []
    for c in after:
        if c.start > j and c.start - j <= 5 and c.prep in ("by", "from", "of") and not c.nationality:
            if not any(x in (",", "that") for x in w[j : c.start]):
                return [c.key]
        if c.start > j + 5:
            break
    return []


_EN_UNDERGO = frozenset(
    "come came coming comes face faced facing faces draw drew drawn draws attract attracted attracts "
    "spark sparked sparks provoke provoked provokes prompt prompted prompts trigger triggered triggers".split()
)


def _for_prep(view: SentenceView, m: Match) -> set[str]:
    """``for`` names who is supported or helped ("support for Russia's war", "aid for Gaza");
    ``from`` whom one withdraws, whose offer is rejected, from whom things are seized."""
    if m.entry.plover in ("SUPPORT", "AID"):
        return {"for"}
    if m.entry.plover in ("REJECT", "COERCE") or (
        m.entry.plover == "RETREAT" and view.words[m.start].startswith(_EN_WITHDRAW)
    ):
        return {"from"}  # not "released from the camp": where the released were held
    return set()


_EN_WITHDRAW = ("withdr", "pull", "pulled", "retreat", "evacuat", "leav", "left", "exit", "quit")


def _that_subject_en(view: SentenceView, m: Match, agent: list[str]) -> list[str]:
    """Who a demand is made of: the subject of its "that" clause ("demanded that Hamas renounce",
    "reiterated its demand that Israel ease")."""
    if m.entry.plover != "REQUEST":
        return []
    w = view.words
    pos = max(m.end, (m.context_at + 1) if m.context_at is not None else 0)
    while pos < len(w) and pos - m.end < 4 and w[pos] in _EN_WHEN_WORDS:
        pos += 1  # "reiterated its demand today that Israel ease ..."
    if pos >= len(w) or w[pos] != "that":
        return []
    for c in view.chunks:
        if pos < c.start <= pos + 3 and not c.prep and not c.modifier and c.key not in agent:
            return [c.key]
    return []


#: time words between a demand and its "that" clause
_EN_WHEN_WORDS = frozenset(
    "today yesterday tonight again also on last this monday tuesday wednesday thursday friday saturday sunday "
    "week".split()
)


def _object_of_the_verb_before_en(view: SentenceView, m: Match, before: list[Chunk], previous: Roles) -> bool:
    """Is the name before a verb the previous event's target, with only "and" (or "but") and
    auxiliaries between (*have visited Bratislava and will visit Prague*, *met Qian and signed*)?
    Then the verb shares the previous verb's subject, not its object."""
    last = _groups(before)[-1]
    if not previous.target or _keys(last) != list(previous.target):
        return False
    between = view.words[last[-1].end : m.start]
    return bool(between) and between[0] in ("and", "but") and all(x in _EN_SECOND_VERB for x in between)


def _coordinated_en(view: SentenceView, m: Match) -> bool:
    """A verb that shares the subject of the verb before it: "and shelled", ", killing"."""
    w = view.words
    k = m.start - 1
    while k > 0 and w[k].endswith("ly") and len(w[k]) > 4:
        k -= 1  # "and flatly ruled out": over an adverb
    prev = w[k] if k >= 0 else ""
    if prev in ("and", "but", "then", "or"):
        return True
    tag = view.tags[m.start] if view.tags else ""
    return prev == "," and tag == "VBG"


def _headed_by_en(view: SentenceView, m: Match) -> Chunk | None:
    """ "a delegation led by X": X heads the object (searched up to strong punctuation)."""
    w = view.words
    for i in range(m.end, min(len(w) - 1, m.end + 8)):
        if w[i] in cues.EN_STRONG_PUNCT:
            return None
        if w[i] in cues.EN_HEADED_BY and w[i + 1] == "by":
            for c in view.chunks:
                if c.start > i and c.label == "PER" and c.start - i <= 8:
                    return c
            return None
    return None


#: How Arabic roles use kg's Arabic dependency parse (:mod:`kg.events.deps_ar`): "check" (the
#: parse vets the subject the rules took after a verb-first verb when words stand between
#: them) or "off" (the rules alone).
AR_PARSE_MODE = "check"

#: a preposition with a pronoun, which may stand between a verb and its subject ("نددت به إسرائيل")
_AR_PREP_PRONOUNS = frozenset(
    normalize(x) for x in "به بها بهم له لها لهم عليه عليها عليهم منه منها منهم عنه عنها عنهم إليه إليها إليهم معه معها".split()
)


def _object_pronoun_ar(view: SentenceView, m: Match) -> bool:
    """Does the verb carry an object pronoun (``تدعمه``, ``أوقفته``; not ``توجه``, whose stem ends in ه)?"""
    word = view.words[m.start]
    stem = normalize(m.entry.lemma.split("/")[0])
    return word.endswith(("ه", "ها", "هم", "هما")) and not stem.endswith("ه")


def _verb_object_pronoun_ar(view: SentenceView, m: Match) -> bool:
    """:func:`_object_pronoun_ar`, stricter: not a stem's own letters (``اتهم``, ``داهم``) nor a
    noun's ة (``تهنئة``, ``استقالة``, normalised to ه)."""
    word = view.words[m.start]
    stem = normalize(m.entry.lemma.split("/")[0])
    if view.tokens[m.start].text.endswith("ة"):
        return False
    return any(word.endswith(p) and not stem.endswith(p) for p in ("هما", "هم", "ها", "ه"))


#: adverbs with ب after a verb: no charge ("اتهم بشكل مباشر إسرائيل")
_AR_BI_ADVERBS = frozenset("بشكل بشده بدوره بدورها بوضوح بصراحه بقوه".split())


def _accused_of_ar(view: SentenceView, m: Match) -> bool:
    """Is an unvowelled ``اتهم`` / ``واتهم`` passive, its charge's ب right after it (``واتهم بإدارة``)?"""
    if m.entry.plover != "ACCUSE" or m.entry.kind != "v" or m.end >= len(view.words):
        return False
    if view.words[m.start].removeprefix("و") not in ("اتهم", "اتهمت"):
        return False
    nxt = view.words[m.end]
    return (
        nxt.startswith("ب") and len(nxt) >= 3 and nxt not in ("بها", "بهم", "به") and nxt not in _AR_BI_ADVERBS
        and not any(c.start <= m.end < c.end for c in view.chunks)
    )


def _passive_ar(view: SentenceView, m: Match) -> bool:
    """A perfect verb written passive: a damma on its first letter (``قُتل``, ``وأُطلق``)."""
    word = view.tokens[m.start].text
    if word[:1] in "وف" and len(word) > 3:
        word = word[1:]
    return len(word) > 2 and word[1] == "\u064f"


def _hollow_passive_ar(view: SentenceView, m: Match) -> bool:
    """A hollow verb of form VIII whose alif turned ي: passive, as unvowelled text shows it
    (``اغتيل``, ``اجتيح``; active ``اغتال``, ``اجتاح``)."""
    parts = [normalize(x) for x in m.entry.lemma.split("/")]
    if m.entry.kind != "v" or len(parts) < 2 or not parts[0].startswith("ا"):
        return False
    stem = parts[1]  # the imperfect's stem: "غتال" (يغتال), whatever the row gives as perfect
    if len(stem) < 4 or stem[-2] != "ا":
        return False
    word = view.words[m.start]
    word = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return word.startswith("ا" + stem[:-2] + "ي" + stem[-1])


def _passive_perfect_ar(view: SentenceView, m: Match) -> bool:
    """A perfect verb written passive (``قُتل``, ``وحُكم``); not an imperfect, whose prefix takes
    a damma in the active of forms II-IV too (``تُسقط``: brings down)."""
    if not _passive_ar(view, m):
        return False
    word = normalize(view.tokens[m.start].text)
    word = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    perfect = normalize(m.entry.lemma.split("/")[0])
    return word[:2] == perfect[:2]


#: exploration hook: when a list, every checked role is appended to it (never set in kg itself)
AR_PARSE_LOG: list[tuple[SentenceView, Match, str, Chunk, str, bool]] | None = None


def parse_check_ar(view: SentenceView, m: Match, roles: Roles, verbs: list[int]) -> None:
    """The parse's second opinion on a kept Arabic verb event's subject (:data:`AR_PARSE_MODE`).

    The rules take the first bare name after a verb-first verb as its subject.  When words
    stand between the verb and that name, the name is often no subject: the genitive of a
    common-noun object or subject (``احتجزت أربعة من قيادات تنظيم داعش``), a name after a
    time phrase that is the object (``التقى في فبراير الماضي سعد الحريري``), or a name in
    another clause.  Unless the parse makes the name's phrase the verb's ``nsubj``, the agent
    is dropped; when the parse makes it the verb's object and the rules found no target, it
    becomes the target.  A person the rules found after a title (``دعا وزير الخارجية
    الأمريكي، مايك بومبيو،``) is not checked.
    """
    if AR_PARSE_MODE == "off" or m.entry.kind != "v":
        return
    c = roles.subject_chunk
    if c is None or roles.agent_from != "subject" or c.key not in roles.agent or c.start <= m.end:
        return
    w = view.words
    if c.start >= 2 and w[c.start - 1] == "من" and w[c.start - 2].lstrip("و") == "كل":
        return  # "ودعمت كل من فرنسا وألمانيا": "each of" names the subjects (a rule of their own)
    between = [x for x in w[m.end : c.start] if x not in ("#", "_")]
    if not between or (len(between) == 1 and between[0] in _AR_PREP_PRONOUNS):
        return  # a hashtag name right after the verb ("تنفي #حماس"), "نددت به إسرائيل"
    if len(between) <= 2 and _object_pronoun_ar(view, m):
        return  # "التي تدعمها بعثة الاتحاد الإفريقي": the verb's object is its pronoun; the phrase after it acts
    from kg.events.deps_ar import parse_view_ar, relation

    p = parse_view_ar(view, verbs)
    if p is None:
        return
    rel, inside = relation(view, p, m.start, c)
    if AR_PARSE_LOG is not None:
        AR_PARSE_LOG.append((view, m, "agent", c, rel, inside))
    if rel == "nsubj" and _passive_ar(view, m) and not roles.target:
        # "قُتل تسعة من عناصر مليشيا الحوثي": the subject of a passive verb undergoes it
        roles.target, roles.agent = roles.agent, []
        roles.agent_from = ""
        roles.subject_chunk = None
        return
    if rel == "nsubj":
        return
    dropped = roles.agent
    roles.agent = []
    roles.agent_from = ""
    roles.subject_chunk = None
    if rel == "obj" and not roles.target:
        roles.target = dropped
