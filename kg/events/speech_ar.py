"""Arabic speech acts that the trigger lexicon does not see as a clause's verb.

Three constructions of Arabic news state an accusation, a demand, a threat or a
refusal without a finite verb of their own:

* a manner participle (حال) after a clause: ``قال المفوض ... داعيا ستوكهولم إلى
  التراجع`` (calling on Stockholm), ``نظمت احتجاجا ضد كوربين متهمة إياه``
  (accusing him), ``مطالبا``, ``منتقدا``, ``نافيا``.  Its agent is the subject of the
  clause it hangs on (the speaker, or the agent of the event before it);
* a stated necessity: ``شدد / أكد / تمسك (على | بـ) ضرورة X`` (insisted that X must)
  is a demand (PLOVER REQUEST), the actor of the masdar after ضرورة its target;
* a description: ``وصف X بـ"القاسية"`` / ``واصفا إياه بأنه فاسد``: calling someone or
  their acts cruel, corrupt, racist ... is criticism (PLOVER ACCUSE).

:func:`add_speech_events` adds these events for one sentence;
:func:`endangering` tells a verb of threatening whose object is a state of things
(``يهدد سلامة السفن``: endangers) from a threat made to someone.
"""

from __future__ import annotations

from kg.events import cues
from kg.events.confidence import said
from kg.events.lexicon import Match, arabic_verb_forms
from kg.events.sentence import Chunk, SentenceView
from kg.model import ASSERTED, Document, Event, Span

#: participle stem -> (PLOVER category, CAMEO code); forms: stem + ا (masculine accusative),
#: and after a comma also stem + ه (feminine) / ين (plural)
_PARTICIPLES: dict[str, tuple[str, str]] = {
    "داعي": ("REQUEST", "100"),
    "مطالب": ("REQUEST", "100"),
    "حاث": ("REQUEST", "100"),
    "مناشد": ("REQUEST", "100"),
    "متهم": ("ACCUSE", "112"),
    "منتقد": ("ACCUSE", "111"),
    "مندد": ("ACCUSE", "111"),
    "مستنكر": ("ACCUSE", "111"),
    "محمل": ("ACCUSE", "112"),  # only with مسؤولية after it
    "مهدد": ("THREATEN", "130"),  # only with بـ after it ("مهددا باتخاذ إجراءات")
    "متوعد": ("THREATEN", "130"),
    "نافي": ("REJECT", "120"),
    "رافض": ("REJECT", "120"),
    "مشيد": ("SUPPORT", "051"),  # only with بـ after it
}
#: participles that are also nouns of a person ("اعتقل متهما": a suspect): only after a comma,
#: a quote or a name
_NOUN_TOO = frozenset(["متهم", "مهدد", "رافض"])


def _participle(words: list[str], i: int, chunk_next: bool = False) -> tuple[str, str, str] | None:
    """(stem, PLOVER, CAMEO) of a manner participle at token ``i``, else None; ``chunk_next``:
    a name follows it ("متهما المفوضية": accusing the commission, no suspect)."""
    w = words[i]
    w = w[1:] if w[:1] == "و" and len(w) > 4 else w
    prev = words[i - 1] if i else ""
    after_comma = prev in ("،", ",")
    for stem, (cat, cameo) in _PARTICIPLES.items():
        if not w.startswith(stem):
            continue
        suf = w[len(stem):]
        nxt = words[i + 1 : i + 5]
        if suf == "ا" or (after_comma and suf in ("ه", "ين")):
            if stem in _NOUN_TOO and not (
                after_comma or prev in ('"', "»", "”") or prev.endswith('"') or chunk_next or (nxt[:1] and nxt[0] in _HIM)
            ):
                return None
            if stem == "محمل" and not any(x.lstrip("ال").startswith("مسوول") for x in nxt):
                return None
            if stem in ("مهدد", "مشيد") and not (nxt and nxt[0].startswith("ب")):
                return None
            return stem, cat, cameo
    return None


def _forms(*verbs: str) -> frozenset[str]:
    out: set[str] = set()
    for v in verbs:
        perfect, _, imperfect = v.partition("/")
        out |= set(arabic_verb_forms(perfect, imperfect or None))
    return frozenset(out)


#: verbs and nouns of insisting before ضرورة: "شدد على ضرورة", "تتمسك الرباط بضرورة", "دعت إلى ضرورة"
_URGE = _forms("شدد/شدد", "اكد/ؤكد", "تمسك/تمسك", "طالب/طالب", "دعا/دعو", "حث/حث", "اوصي/وصي", "جدد/جدد") | frozenset(
    "مشددا مشدده موكدا موكده متمسكا متمسكه مطالبا داعيا تاكيد تاكيده تاكيدها التاكيد تشديد تشديده تشديدها "
    "التشديد تمسك تمسكه تمسكها".split()
)
_NEED = frozenset("ضروره بضروره وجوب بوجوب".split())
#: insisting that someone do something: "واشنطن متمسكة بأن تنزع بيونغ يانغ سلاحها"
_INSIST = _forms("تمسك/تمسك", "اصر/صر") | frozenset("متمسك متمسكه متمسكون متمسكين مصر مصره مصرون مصرين".split())
#: verbs of saying and insisting whose subject a participle after them shares
_SAY = cues.AR_REPORT_VERBS | _forms("شدد/شدد", "تابع/تابع", "اعتبر/عتبر", "راي/ري", "كتب/كتب", "غرد/غرد")
#: what calling someone or their acts makes criticism ("وصفت الأحكام بالقاسية والانتقامية")
_SCORN = frozenset(
    f
    for w in (
        "قاسي انتقامي ظالم جاير تعسفي اعتباطي مسيء سخيف فاشل عنصري استفزازي عدايي عدواني مخزي مشين "
        "باطل كاذب فاسد منافق مجرم ارهابي خاين وحشي همجي جبان متهور دكتاتور ديكتاتور طاغي"
    ).split()
    for f in (w, w + "ه", w + "ين", w + "ون", w + "ا")
) | frozenset("خونه طغاه مجرمين مهزله فضيحه".split())
#: names a speaker calls people by, accusing them even without a verb: "قالت وسائل إعلام إن
#: من بين هؤلاء خونة"; not adjectives of acts (الهجوم الإرهابي), nor words that are also
#: neutral nouns (مجرم "a criminal", عميل "an agent", عملاء "clients")
_CALLED = frozenset(
    f for w in "خاين كاذب منافق مرتزق".split() for f in (w, w + "ون", w + "ين", w + "ه")
) | frozenset("خونه لصوص كذابون كذابين".split())
#: news and claims: "false" after them is said of the news, not of an actor
_NEWS = frozenset("اخبار اخبارا انباء معلومات ادعاءات شايعات تقارير اشاعات".split())
_DESCRIBE = _forms("وصف/صف", "نعت/نعت") | frozenset("واصفا واصفه واصفين ناعتا".split())
_HIM = frozenset("اياه اياها اياهم اياهما".split())
#: "must": "يتوجب على بريطانيا أن تخفض ...", said by someone, asks it of the one after على
_MUST = frozenset("يجب يتوجب يتعين ينبغي يتحتم".split())
#: verbs of violating: "قال إن روسيا تنتهك القانون الدولي" accuses Russia; so does not
#: respecting or keeping (after لا / لم): "الولايات المتحدة لا تحترم التزاماتها"
_VIOLATE = _forms("انتهك/نتهك", "خرق/خرق")
_KEEP = _forms("احترم/حترم", "التزم/لتزم", "اوفي/وفي")
#: frames of what a text says: "جاء في الخطاب أنه يتوجب ..."
_CAME = frozenset("جاء وجاء".split())


def _chunk_at(view: SentenceView, i: int) -> Chunk | None:
    return next((c for c in view.chunks if c.start <= i < c.end), None)


def _bare(view: SentenceView, lo: int, hi: int) -> list[Chunk]:
    return [c for c in view.chunks if lo <= c.start and c.end <= hi and not c.prep and not c.modifier]


def _actor(c: Chunk) -> bool:
    # a capital acts for its state ("وتتمسك الرباط بضرورة"; kg.events.metonymy)
    return c.label in ("PER", "ORG") or c.nationality or c.kind in ("Country", "City")


def governor_subject(view: SentenceView, i: int, kept: list[tuple[Match, Event]]) -> list[str]:
    """The subject of the clause a word at token ``i`` hangs on: who speaks in the closest
    verb of saying before it (the name after a verb-first verb, else the name right before
    it: "قال X إن ...، داعيا" is X calling), else the agent of the closest event verb before it."""
    w = view.words
    say = next(
        (j for j in range(i - 1, -1, -1) if w[j] in _SAY or (w[j][:1] in "وف" and w[j][1:] in _SAY)), None
    )
    if say is None:
        # no one speaks: the participle hangs on the event verb before it, else on the
        # sentence's subject ("تراجع الرئيس الأمريكي، دونالد ترامب، عن ...، متهما كندا")
        event = next((ev for m, ev in reversed(kept) if m.entry.kind == "v" and m.start < i), None)
        if event is not None:
            return list(event.agent)
        bare = [c for c in _bare(view, 0, i) if _actor(c)]
        first = bare[0] if bare and bare[0].start <= 8 else None
        if first is not None and first.nationality:
            # "وأتى هذا الموقف الفرنسي بعد أن سحب الرئيس الأميركي دونالد ترمب ...، متهماً": an
            # adjective of a noun early on; a name close after it is the subject
            first = next((c for c in bare if not c.nationality and c.start <= 12), first)
        return [first.key] if first is not None else []
    return _subject_of_say(view, say, i)


def _subject_of_say(view: SentenceView, say: int, i: int) -> list[str]:
    """Who speaks in the verb of saying at ``say`` (a word at ``i`` follows)."""
    after = [c for c in _bare(view, say + 1, i) if _actor(c) and c.start - say <= 8]
    if after:
        return [after[0].key]
    before = [c for c in _bare(view, max(0, say - 5), say) if _actor(c)]
    return [before[-1].key] if before else []


def speaker_before(view: SentenceView, i: int) -> list[str]:
    """Who speaks in the closest verb of saying before token ``i`` (see :func:`governor_subject`)."""
    return governor_subject(view, i, [])


def first_speaker(view: SentenceView, i: int) -> list[str]:
    """Who speaks in the first verb of saying before token ``i``: in ``قال الرئيس إن الولايات
    المتحدة أعلنت أنها ...`` the president, not the United States."""
    w = view.words
    say = next((j for j in range(i) if w[j] in _SAY or (w[j][:1] in "وف" and w[j][1:] in _SAY)), None)
    return _subject_of_say(view, say, i) if say is not None else []


def _target_after(view: SentenceView, i: int, kept: list[tuple[Match, Event]]) -> list[str]:
    w = view.words
    if i + 1 < len(w) and w[i + 1] in _HIM:
        ev = next((ev for m, ev in reversed(kept) if m.start < i and ev.target), None)
        return list(ev.target) if ev is not None else []
    nxt = next((c for c in view.chunks if c.start > i), None)
    if nxt is not None and not nxt.prep and nxt.start - i <= 2 and not (nxt.nationality and i + 1 < len(w) and w[i + 1] in cues.AR_TITLE_STARTS):
        return [nxt.key]
    if i + 1 < len(w) and w[i + 1] in cues.AR_TITLE_STARTS:
        # "متهماً رئيس الوزراء الكندي جاستن ترودو": the person the title names
        for c in view.chunks:
            if c.start <= i:
                continue
            if c.start - i > 6 or any(x in ("،", ",") or x in cues.AR_STRONG_PUNCT for x in w[i + 1 : c.start]):
                break
            if c.label == "PER" and not c.prep:
                return [c.key]
        if nxt is not None and nxt.nationality and nxt.start - i <= 4:
            return [nxt.key]  # "متهماً رئيس الوزراء الكندي بأنه": the title's state
    return []


def _add(doc: Document, view: SentenceView, index: int, cat: str, cameo: str, tok: int, agent: list[str],
         target: list[str], how: str) -> Event:
    a, b = view.tokens[tok].start, view.tokens[tok].end
    ev = Event(
        category=cat,
        trigger=Span(a, b, doc.text[a:b]),
        sentence=index,
        agent=list(agent),
        target=[k for k in target if k not in agent],
        cameo=cameo,
        modality=ASSERTED,
        confidence=said(doc.lang, cat, bool(agent), 0.5 if agent else 0.4),
        attrs={"source": "kg", "agent_from": "clause subject" if agent else "", "stated": cat, "speech": how},
    )
    doc.events.append(ev)
    return ev


def possible(words: list[str]) -> bool:
    """A cheap test: can :func:`add_speech_events` find anything in these words?"""
    return not _CUES.isdisjoint(words)


#: the complementisers after a verb of saying (normalised: أن / إن, with ب, with a pronoun)
_THAT = ("ان", "بان", "انه", "انها", "بانه", "بانها")


def _said_before(view: SentenceView, i: int) -> int | None:
    """Token of the closest verb of saying (or ``جاء في``) before ``i`` with أن / إن between."""
    w = view.words
    that = None
    for j in range(i - 1, -1, -1):
        if w[j] in _THAT and that is None:
            that = j
        x = w[j][1:] if w[j][:1] in "وف" and len(w[j]) > 3 else w[j]
        if (x in _SAY or w[j] in _CAME) and that is not None:
            return j
    return None


def _with_conjunctions(words: frozenset[str] | set[str]) -> frozenset[str]:
    return frozenset(words) | frozenset(c + x for x in words for c in "وف")


#: every word that can start one of this module's events (with و / ف): a sentence without
#: one is skipped by a set test
_CUES = _with_conjunctions(
    {stem + suf for stem in _PARTICIPLES for suf in ("ا", "ه", "ين")}
    | _NEED | {"بان"} | _CALLED | _DESCRIBE | _MUST | _VIOLATE | _KEEP
)


def add_speech_events(doc: Document, view: SentenceView, index: int, kept: list[tuple[Match, Event]]) -> None:
    """Add the events of manner participles, stated necessities and scornful descriptions
    in one Arabic sentence (see the module's doc).  An act the sentence already states as
    an event of the same category is not added twice."""
    w = view.words
    if not possible(w):
        return
    # a verb of the sentence, or a speech act found before, already states it (nouns such as
    # تحقيق may be background)
    have = {ev.category for m, ev in kept if ev.modality == ASSERTED and m.entry.kind == "v"}
    for e in reversed(doc.events):  # this sentence's events are the last ones
        if e.sentence != index:
            break
        if e.modality == ASSERTED and (e.attrs.get("speech") or e.attrs.get("criticism")):
            have.add(e.category)
    for i, x in enumerate(w):
        if x not in _CUES or _chunk_at(view, i) is not None:
            continue
        p = _participle(w, i, any(c.start == i + 1 and not c.prep for c in view.chunks))
        if p is not None:
            _stem, cat, cameo = p
            if cat in have or (i and w[i - 1] in ("غير", "لا")):
                continue
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if _stem == "متهم" and nxt[:1] == "ب" and not nxt.startswith(("بان", "بانه", "بانها")):
                # "وكان برانسون يعمل في تركيا ...، متهما بمساعدة جماعة": accused of, not accusing
                _add(doc, view, index, cat, cameo, i, [], governor_subject(view, i, kept), "participle")
            else:
                _add(doc, view, index, cat, cameo, i, governor_subject(view, i, kept), _target_after(view, i, kept),
                     "participle")
            have.add(cat)
            continue
        if x == "بان" and i and w[i - 1].lstrip("و") in _INSIST and "REQUEST" not in have:
            # "متمسكة بأن تنزع بيونغ يانغ سلاحها": the one who is to act is asked
            asked = [c for c in _bare(view, i + 1, i + 4) if _actor(c)]
            own = [c for c in _bare(view, max(0, i - 4), i - 1) if _actor(c)][-1:]
            agent = [own[0].key] if own else governor_subject(view, i, kept)
            _add(doc, view, index, "REQUEST", "100", i, agent, [asked[0].key] if asked else [], "necessity")
            have.add("REQUEST")
            continue
        if x in _NEED and "REQUEST" not in have:
            prev = w[max(0, i - 5) : i]
            if not (x.startswith("ب") or prev[-1:] in (["علي"], ["الي"])):
                continue
            urge = next(
                (i - len(prev) + k for k, y in enumerate(prev) if y in _URGE or (y[:1] in "وف" and y[1:] in _URGE)),
                None,
            )
            if urge is None:
                continue
            # "بضرورة دخول الجزائر في المحادثات": the actor of the masdar is asked
            act = next((c for c in view.chunks if c.start in (i + 2, i + 3) and not c.prep), None)
            # "وتتمسك الرباط بضرورة": the subject of the verb of insisting asks
            own = [c for c in _bare(view, urge + 1, i) if _actor(c)] or [
                c for c in _bare(view, max(0, urge - 3), urge) if _actor(c)
            ][-1:]
            agent = [own[0].key] if own else governor_subject(view, i, kept)
            _add(doc, view, index, "REQUEST", "100", i, agent, [act.key] if act else [], "necessity")
            have.add("REQUEST")
            continue
        y = x[1:] if x[:1] in "وف" and len(x) > 3 else x
        if y in _MUST and "REQUEST" not in have and w[i + 1 : i + 2] == ["علي"]:
            said = _said_before(view, i)
            asked = next((c for c in view.chunks if c.start == i + 2 and c.prep == "علي"), None)
            if said is None or asked is None:
                continue
            _add(doc, view, index, "REQUEST", "100", i, speaker_before(view, i), [asked.key], "must")
            have.add("REQUEST")
            continue
        negated_keep = y in _KEEP and i and w[i - 1] in ("لا", "لم", "لن")
        if (y in _VIOLATE or negated_keep) and "ACCUSE" not in have:
            if y in _VIOLATE and i and w[i - 1] in cues.AR_NEGATION:
                continue  # "قال إن اللقاء لم ينتهك أية قوانين": a defence, no accusation
            lo_who = i - 1 if negated_keep else i
            said = _said_before(view, i)
            if said is None:
                continue
            # "قال إن روسيا تنتهك": the one who violates, right before the verb (not in the speaker's
            # phrase between the verb of saying and its أن / إن: "قال سيكولو، أحد محاميي ترامب، إن")
            # or right after it
            that = next((j for j in range(said + 1, i) if w[j] in _THAT), said)
            speaker = first_speaker(view, i)
            who = [
                c for c in _bare(view, max(0, lo_who - 8), lo_who)
                if _actor(c) and c.key not in speaker and not said < c.start < that
            ][-1:] or [
                c for c in _bare(view, i + 1, i + 2) if _actor(c)
            ]
            if not who:
                continue
            _add(doc, view, index, "ACCUSE", "112", i, speaker, [who[0].key], "violation")
            have.add("ACCUSE")
            continue
        z = x.strip('"«»”“')
        z = z[1:] if z[:1] == "و" and z[1:] in _CALLED else z
        if z in _CALLED and "ACCUSE" not in have and not (i and w[i - 1].removeprefix("ال") in _NEWS):
            # (not "ينشرون أخبارا كاذبة": false news, no one called a liar)
            said = _said_before(view, i)
            if said is None:
                continue
            speaker = first_speaker(view, i)
            that = next(j for j in range(i - 1, said, -1) if w[j] in _THAT)
            who = [c for c in _bare(view, that + 1, i) if _actor(c) and c.key not in speaker][:1]
            _add(doc, view, index, "ACCUSE", "111", i, speaker, [who[0].key] if who else [], "called")
            have.add("ACCUSE")
            continue
        y = x[1:] if x[:1] in "وف" and x[1:] in _DESCRIBE else x
        if y in _DESCRIBE and "ACCUSE" not in have:
            by = _scorn_after(w, i)
            if by is None:
                continue
            agent, target = _describer(view, i, by, kept)
            _add(doc, view, index, "ACCUSE", "111", i, agent, target, "description")
            have.add("ACCUSE")


def _scorn_after(w: list[str], i: int) -> int | None:
    """Token of the ``بـ`` / ``بأنه`` that introduces a scornful word after a verb of
    describing at ``i``, within 14 words."""
    for k in range(i + 1, min(len(w), i + 15)):
        x = w[k]
        if x in cues.AR_STRONG_PUNCT:
            return None
        if x in ("ب", "بانه", "بانها", "بانهم", "بانهما", "بان"):
            rest = [y.strip('"«»”“').lstrip("و") for y in w[k + 1 : k + 5]]
            if any(y in _SCORN or (y.startswith("ال") and y[2:] in _SCORN) for y in rest):
                return k
            return None
        if x.startswith("ب") and len(x) > 2:
            y = x[1:].strip('"«»”“')
            y = y[2:] if y.startswith("ال") else y
            if y in _SCORN:
                return k
    return None


def _describer(
    view: SentenceView, i: int, by: int, kept: list[tuple[Match, Event]]
) -> tuple[list[str], list[str]]:
    """Agent and target of a description at ``i`` whose ``بـ`` is at ``by``: ``ووصفت نعيمة
    الأحكام بـ...`` (verb-first: the name right after the verb describes), ``X وصف Y بـ``
    (SVO), ``واصفا إياه`` (the participle's governor).  The one described is a name right
    after the verb or right before ``بـ``."""
    w = view.words
    if w[i].startswith(("واصف", "ناعت", "وواصف", "وناعت")):
        return governor_subject(view, i, kept), _target_after(view, i, kept)
    after = [c for c in _bare(view, i + 1, by) if _actor(c)]
    before = [c for c in _bare(view, max(0, i - 4), i) if _actor(c)]
    agent: list[str] = []
    if before:
        agent = [before[-1].key]
    elif after and (after[0].start == i + 1 or _titled(view, i + 1, after[0])):
        agent = [after[0].key]  # "ووصف الرئيس الفنزويلي نيكولاس مادورو ترامب بـ"
        after = after[1:]
    described = [c for c in after if c.start <= i + 2 or c.end == by]
    return agent, [described[0].key] if described else []


def _titled(view: SentenceView, i: int, c: Chunk) -> bool:
    """Does a title at token ``i`` name the person ``c`` (no comma between, within 7 words)?"""
    w = view.words
    return (
        c.label == "PER"
        and (w[i] in cues.AR_TITLE_STARTS or (w[i][:1] == "و" and w[i][1:] in cues.AR_TITLE_STARTS))
        and c.start - i <= 7
        and not any(x in ("،", ",") or x in cues.AR_STRONG_PUNCT for x in w[i : c.start])
    )


#: what a verb of threatening endangers rather than threatens ("يهدد سلامة السفن", "تهدد الحضارة")
_ENDANGERED = (
    "سلامه", "امن", "الامن", "استقرار", "الاستقرار", "حياه", "حيات", "ارواح", "مستقبل", "السلام", "السلم",
    "الحضاره", "وحده", "سياده", "مصالح", "بقاء", "وجود", "صحه", "مصير", "جهود", "العمليه", "عمليه", "الاقتصاد",
    "اقتصاد", "البييه", "الملايين", "ملايين",
)
_ADVERBS = frozenset("ايضا كذلك بشكل بشده فعلا حاليا جديا".split())


def endangering(view: SentenceView, m: Match) -> bool:
    """Is an Arabic verb of threatening used as "endangers": its object a state of things
    (``يهدد أيضا سلامة السفن``, ``نزاعات تهدد الحضارة``), not someone threatened?"""
    if m.entry.kind != "v" or not m.entry.lemma.startswith(("هدد", "توعد")):
        return False
    nxt = [x for x in view.words[m.end : m.end + 3] if x not in _ADVERBS]
    return bool(nxt) and nxt[0].startswith(_ENDANGERED) and _chunk_at(view, m.end) is None
