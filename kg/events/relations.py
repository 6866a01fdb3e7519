"""Relations between entities stated by titles, appositions and locatives.

* ``الزعيم الكوري الشمالي، كيم جونغ أون`` / ``North Korean leader Kim Jong Un``
  -> Kim **leaderOf** North Korea (and **country** North Korea);
* ``نائب وزير الدفاع الروسي، أليكسي كريفوروتشكو`` -> Krivoruchko **position**
  "نائب وزير الدفاع" (``attrs["of"]`` = Russia) and **country** Russia;
* ``X، عضو Y`` / ``X, a member of Y`` / ``عضو Y X`` -> X **memberOf** Y; a player of a club
  (``Arsenal keeper Jens Lehmann``, ``X مدافع بشكتاش``, ``X، لاعب وسط ريال مدريد``), a party's MP
  (``Labour MP X``), a cadre (``القيادي في حركة حماس X``) -> **memberOf** the club, party or movement;
* ``City في Country`` / ``City, Country`` / ``أربيل شمال العراق`` / ``LOC في ولاية LOC`` / ``Camden
  Market, London`` -> **locatedIn**: a place in a country is the same property the entity layer
  gives a gazetteer city (:func:`kg.resolve.labelling.country_link`), here as a statement with
  its sentence (twentieth session; before, a place's country was kg:country);
* a nationality before a name (``British actress Imelda Staunton``, ``النجم البرتغالي كريستيانو
  رونالدو``) -> the person's **country**; ``ORG الروسي`` (``الحرس الوطني الروسي``) -> the
  organization's **country**.

The title is read from the few tokens before a person's name, back to the first
word that can start a title (``نائب``, ``وزير``, ``الرئيس`` ...), skipping the
nationality adjective and commas; the country comes from that adjective or from
a country named in the title (``رئيس وزراء العراق``).  An Arabic title may also
follow the name past a comma (``جوزيه مورينيو، مدرب مانشستر يونايتد،``); which
Arabic titles name no sure holder (a rank inside a span, a title in the genitive
of a title, a relative's title, a place named for an office holder) is told in
:func:`_ar_title` and :func:`_ar_title_office` (seventeenth session).  An English title may
follow the name too (``Kurt Barnard, president of ... Retail Consulting Group, said``:
:func:`_en_title_after`).
"""

from __future__ import annotations

import functools
from itertools import compress

from kg.events import cues
from kg.events.sentence import Chunk, SentenceView
from kg.model import Document, Relation, Span
from kg.text.arabic import HARAKAT, normalize


def _rel(
    view: SentenceView,
    doc: Document,
    s: str,
    p: str,
    o: str,
    conf: float,
    lo: int,
    hi: int,
    *,
    literal: bool = False,
    **attrs: str,
) -> Relation:
    a, b = view.tokens[lo].start, view.tokens[hi - 1].end
    return Relation(
        s,
        p,
        o,
        sentence=view.index,
        confidence=conf,
        object_is_literal=literal,
        evidence=Span(a, b, doc.text[a:b]),
        attrs=dict(attrs),
    )


def _title(view: SentenceView, per: Chunk) -> tuple[int, int, list[Chunk]] | None:
    """The title before a person chunk: (first token, end token, chunks inside)."""
    if view.lang != "ar":
        return _en_title(view, per)
    t = _ar_title(view, per)
    return None if t is None else t[:3]


#: words that start an Arabic title: kg's shared list (feminine forms of the common offices among them)
#: and the feminine forms it lacks, coaches and secretaries
_AR_STARTS = cues.AR_TITLE_STARTS | frozenset(
    "مبعوثه المبعوثه الامينه زعيمه الزعيمه محافظه المحافظه مدرب المدرب المدربه سكرتير السكرتير".split()
)
#: the leader titles with their feminine forms
_AR_LEADER = cues.AR_LEADER_TITLES | frozenset("رييسه الرييسه زعيمه الزعيمه".split())
#: military ranks: a title only right before the name ("اللواء سعد معن"); inside a longer span
#: they are common nouns ("الفريق" the team, "اللواء التاسع" the brigade); after an office
#: ("نائب رئيس شرطة دبي الفريق ضاحي خلفان") they are a courtesy, not part of the office
_AR_RANKS = frozenset("الجنرال اللواء العقيد الفريق المشير العميد الكولونيل الميجور المقدم الرايد".split())
#: "رئيس X" is the head of state or government of the country it names only for these X
_AR_STATE_HEADS = frozenset("الوزراء الحكومه الجمهوريه الدوله السلطه وزراء حكومه".split())
#: a former holder ("رئيس العراق السابق", "الرئيس الروسي آنذاك", "زعيم تنظيم القاعدة الراحل")
_AR_FORMER_TITLE = frozenset("السابق السابقه الاسبق الراحل الراحله انذاك حينذاك المخلوع المعزول".split())
#: words that end the title scan to the left besides punctuation, clause openers and prepositions
_AR_TITLE_STOP = frozenset("قبل بعد هو هي".split())
#: "وزير الدفاع وكبير موظفي البيت الأبيض جون كيلي": a second office joined by "و" is the name's
_AR_JOINED_HEADS = frozenset("كبير كبيره".split())
#: titles of a club's or a team's staff: the nationality after them is the person's, not the title's
_AR_SPORT_TITLES = frozenset("مدرب المدرب المدربه".split())
#: places and prizes named after an office holder ("استاد مدينة الملك عبدالله", "مركز الملك عبد الله
#: المالي"): the name in them is no statement about who holds the office
_AR_NAMED_AFTER = frozenset("مركز مدينه استاد ملعب جامعه شارع رصيف مستشفي مطار جسر قاعه جايزه كاس ميدان مسجد برج قصر".split())
#: a relative or an employee named before a title: "شقيقة الزعيم الكوري، كيم يو جونج", "زوجة رئيس
#: الوزراء، سارة نتانياهو", "محامي الرئيس الأمريكي مايكل كوهين": the name may be theirs
_AR_KIN = frozenset(
    "شقيقه شقيق زوجه زوج نجل ابن ابنه والد والده ام اب اخ اخت حفيد حفيده صهر عم خال ارمله محامي".split()
)


def _ar_start(word: str) -> str | None:
    """The title word ``word`` is, ب / ل / و unglued (:func:`kg.events.cues.title_start` with
    relations' own title starts), or None."""
    return cues.title_start(word, _AR_STARTS)


def _ar_title_text(word: str, head: str, text: str) -> str:
    """The written title without the clitics ``_ar_start`` took off its first word: ``ووزير الدفاع``
    -> ``وزير الدفاع``, ``للرئيس الأمريكي`` -> ``الرئيس الأمريكي``."""
    if word == head:
        return text
    if word[:1] in "وف" and word[1:2] == "ل":
        word, text = word[1:], text[1:]
    if word.startswith("لل") and head.startswith("ال"):
        return "ال" + text[2:]
    return text[len(word) - len(head):]


def _ar_title(view: SentenceView, per: Chunk) -> tuple[int, int, list[Chunk], int | None] | None:
    """The Arabic title before a person chunk: (first token, end token, chunks inside, the index
    of a word that makes it a former office or None).

    ``نائب وزير الدفاع الروسي، أليكسي كريفوروتشكو`` -> "نائب وزير الدفاع" (the nationality inside);
    a rank counts only right before the name, the last office joined by "و" is the name's own
    (``وزير الدفاع وكبير موظفي البيت الأبيض جون كيلي`` -> "كبير موظفي البيت الأبيض"), and a title
    whose genitive is another title (``المتحدث باسم رئيس كوريا الجنوبية مون``, ``المستشار القانوني
    للرئيس العراقي فؤاد معصوم``) says nothing sure about whom the name is: None.
    """
    w = view.words
    stop = cues.AR_STRONG_PUNCT | cues.AR_CLAUSE_OPENERS | cues.AR_PREPOSITIONS | _AR_TITLE_STOP
    lo = max(0, per.start - 7)
    for c in view.chunks:  # another name bounds the title
        if c.end <= per.start and c.label in ("PER",) and c is not per:
            lo = max(lo, c.end)
    nationality_at = {i for c in view.chunks if c.nationality or c.kind == "Country" for i in range(c.start, c.end)}
    first = None
    for i in range(per.start - 1, lo - 1, -1):
        word = w[i]
        if word in stop:
            break
        bare = _ar_start(word)
        if bare is None:
            continue
        if bare in _AR_RANKS:
            # only right before the name, or before the name past a nationality ("الجنرال الروسي")
            # or "الركن" (staff: "العقيد الركن تركي المالكي")
            gap = [k for k in range(i + 1, per.start) if k not in nationality_at and w[k] not in ("،", "الركن")]
            if gap or (bare == "الفريق" and i + 1 < per.start):
                continue  # "الفريق الكرواتي جلب": the team
        first = i
    if first is None or (first > 0 and w[first - 1] in _QUOTES and per.end < len(w) and w[per.end] in _QUOTES):
        return None  # "السلطان أردوغان" chanted, title and name in quotes: a nickname
    kin = _ar_bare(w[first - 1]) if first > 0 else ""
    if kin[:1] in "بل" and kin[1:] in _AR_KIN | _AR_NAMED_AFTER:
        kin = kin[1:]
    named_after = per.end + 1 < len(w) and w[per.end] == "،" and any(
        c.start in (per.end + 1, per.end + 2) and c.label == "PER" for c in view.chunks
    )  # "زوجة الرئيس السوري بشار الأسد، أسماء الأسد": the relative is named after the title holder
    # (a first name the tagger left out may stand between)
    if kin in _AR_NAMED_AFTER or kin in _AR_KIN and not named_after:
        return None  # "لزوجة رئيس الوزراء، سارة نتانياهو", "مدينة الملك عبدالله"
    prev = w[per.start - 1] if per.start > 0 else ""
    if (
        (prev[:1] == "ب" or prev[:1] == "ل" and not prev.startswith("لل"))
        and prev[1:] not in _AR_STARTS
        and ("ال" + prev[2:] if prev.startswith("لل") else "") not in _AR_STARTS
        and _ar_start(prev) is None
        and not any(c.start <= per.start - 1 < c.end for c in view.chunks)
    ):
        return None  # "لخلافة أنطونيو كونتي", "بالمهاجم مهند عسيري": the name is a genitive or an object
        # (not "الأمين العام للاتحاد الفرنسي الديمقراطي للعمل لوران برجيه": a definite complement)
    inside = [c for c in view.chunks if c.start >= first and c.end <= per.start]
    end = per.start
    while end > first and (w[end - 1] in ("،", ",", "-")
                           # the quote that opens the name, not one that closes a quoted owner
                           or w[end - 1] in _QUOTES and sum(x in _QUOTES for x in w[first : end - 1]) % 2 == 0
                           or (_ar_start(w[end - 1]) or w[end - 1]) in cues.AR_HONORIFICS
                           or (w[end - 1] in _AR_RANKS or w[end - 1] == "الملك") and end - 1 > first
                           and _ar_start(w[end - 2]) is None  # not "لقائد الفريق": the team's captain
                           or w[end - 1] == "الركن" and end - 2 > first and w[end - 2] in _AR_RANKS):
        end -= 1
    former = next((k for k in range(first, per.start) if w[k] in _AR_FORMER_TITLE), None)
    if former is None and normalize(per.mention.text.split()[0]) in _AR_FORMER_TITLE:
        former = per.start  # "الرئيس الروسي آنذاك بوريس يلتسين" with "آنذاك" inside the name's span
    # the last office joined by "و" is the name's ("نائب رئيس الوزراء ووزير الخارجية X" holds at
    # least the second; "وزير الدفاع وكبير موظفي البيت الأبيض جون كيلي" only the second)
    for k in range(end - 1, first, -1):
        if w[k][:1] == "و" and (w[k][1:] in _AR_STARTS or w[k][1:] in _AR_JOINED_HEADS) and w[k][1:] not in _AR_RANKS:
            first = k
            inside = [c for c in inside if c.start >= first]
            break
    for k in range(first + 1, end):  # a title in the genitive of the title: whose name is it?
        inner = "ال" + w[k][2:] if w[k].startswith("لل") else w[k][1:] if w[k][:1] == "ل" else None
        if (w[k - 1] == "باسم" and w[k] in _AR_STARTS) or (inner in _AR_STARTS and inner not in _AR_RANKS):
            return None
    for c in inside:
        if c.nationality or c.kind == "Country":
            end = min(end, c.start)
    if end <= first:
        return None
    return first, end, inside, former


#: a player's place in a team ("Arsenal *keeper* Jens Lehmann", "England *forward* Michael Owen"):
#: no office, but the team's member (a club) or the country's national (a national team)
_EN_PLAYERS = frozenset(
    "striker midfielder defender goalkeeper keeper winger forward captain playmaker flanker hooker "
    "fly-half scrum-half full-back".split()
)
#: a team's staff: an office of the club ("Chelsea *boss* Jose Mourinho"); a national team's coach
#: need not be its national ("Scotland coach Matt Williams" is Australian)
_EN_STAFF = frozenset("manager coach boss".split())
#: a party's seat holders: "Labour MP Gordon Prentice" is a member of the party as well
_EN_PARTY_SEATS = frozenset("mp mep msp mps peer councillor senator congressman congresswoman assemblyman".split())
#: the last word of an English title: the office itself ("Home *Secretary*", "election *chief*")
_EN_HEADS = cues.EN_LEADER_TITLES | _EN_PLAYERS | _EN_STAFF | _EN_PARTY_SEATS | frozenset(
    "minister secretary ambassador spokesman spokeswoman spokesperson commander general chief head envoy "
    "governor mayor senator lawmaker director chairman chairwoman treasurer adviser advisor commissioner "
    "mp mep judge prosecutor executive editor correspondent president".split()
)
#: "vice-president", "co-chairman": the prefix before the hyphen is part of the title
_EN_HYPHEN_PREFIXES = frozenset("vice co deputy".split())
#: lower-case words that may stand inside an English title before its head
_EN_MODIFIERS = (
    cues.EN_TITLE_STARTS
    | _EN_HEADS
    | frozenset(
        "shadow junior first home foreign defence defense health education housing aid election elections "
        "campaign culture trade transport environment treasury justice finance economic europe european "
        "party press industry work pensions affairs immigration schools children's women's communications "
        "policy energy agriculture development international armed forces security sport sports media "
        "tourism employment welfare legal local government cabinet opposition union police army military "
        "intelligence science technology business enterprise executive managing political northern "
        "constitutional attorney auditor solicitor inspector surveyor state regional".split()
    )
)
#: words that end an English title to the left: determiners, qualifiers of time ("former", "new"),
#: conjunctions and sentence adverbs that may be capitalised at a sentence's start
_EN_TITLE_STOP = (
    cues.EN_PREPOSITIONS
    | cues.EN_CLAUSE_OPENERS
    | cues.EN_REPORT_VERBS
    | frozenset(
        "the a an his her their its our my your this these those then now new former ex current outgoing "
        "incoming late acting but and or also meanwhile both last next yesterday today tomorrow week month "
        "year monday tuesday wednesday thursday friday saturday sunday since until under like than via "
        "including".split()
    )
)
#: a title that is no title ("the General Election" with "Election" tagged as a person)
_EN_NOT_NAMES = frozenset("election elections assembly secretary council".split())
_EN_PAST = frozenset(["former", "ex", "late", "then"])
#: what may follow a name set off from its title by a comma ("Iran's president, Mohammad Khatami,
#: has"): the apposition ends there
_EN_APPOSITION_ENDS = cues.EN_STRONG_PUNCT | frozenset([",", ")", "(", '"', "“", "”", "'", "’", "-"])


def _en_title(view: SentenceView, per: Chunk) -> tuple[int, int, list[Chunk]] | None:
    """The English title right before a person's name: a noun phrase ending in an office word.

    ``Shadow Home Secretary David Davis`` -> "Shadow Home Secretary"; ``Liberal Democrat education
    spokesman Phil Willis`` -> "education spokesman" (of the party's chunk); a title must touch the
    name (one comma or honorific between at most), so "home secretary following David Blunkett's
    resignation" states nothing about Blunkett. A former office ("ex-Foreign Secretary") is no
    position now and gives None.
    """
    w = view.words
    name = per.mention.text.split()
    if not name or name[0].lower() in _EN_NOT_NAMES:
        return None
    end = per.start
    while end > 0 and w[end - 1] in cues.EN_HONORIFICS:
        end -= 1
    if end > 0 and w[end - 1] == ",":
        end -= 1
        nxt = w[per.end] if per.end < len(w) else "."
        after = w[per.end + 1] if per.end + 1 < len(w) else "."
        if nxt not in _EN_APPOSITION_ENDS and not (nxt in _EN_PARTY_SEATS | {"qc"} and after in _EN_APPOSITION_ENDS):
            return None  # "did not trust the prime minister, Mr Brown replied": a new clause, no apposition
            # (but "Scottish Finance Minister, Tom McCabe MSP, said")
    if end == 0 or w[end - 1] not in _EN_HEADS:
        return None
    covering = {i: c for c in view.chunks for i in range(c.start, c.end)}
    inside: list[Chunk] = []
    first = end - 1
    i = end - 2
    while i >= 0 and end - i <= 6:
        c = covering.get(i)
        if c is not None:
            if c.label != "PER" and c is not per:
                inside.append(c)  # "US President", "Usdaw general secretary": the title's owner
            break
        word, tok = w[i], view.tokens[i].text
        if (
            word == "and"
            and i > 0
            and i - 1 not in covering
            and view.tokens[i - 1].text[:1].isupper()
            and w[i - 1] in _EN_MODIFIERS
        ):
            first = i  # "Work and Pensions Secretary" (not "Mr Brown and Health Secretary")
            i -= 1
            continue
        if word == "-" and i > 0 and i - 1 not in covering and w[i - 1] in _EN_HYPHEN_PREFIXES and first == i + 1:
            first = i - 1  # "vice-president", "co-chairman"
            i -= 2
            continue
        if word in _EN_TITLE_STOP or word == "-":
            if word in _EN_PAST or (word == "-" and i > 0 and w[i - 1] in _EN_PAST):
                return None
            break
        capital = tok[:1].isupper() and not tok.endswith(("'s", "’s"))
        if word not in _EN_MODIFIERS and (not capital or word.endswith("ed")):
            # "Former civil service chief Lord Butler": a former office past words the title list lacks
            for k in range(i, max(-1, i - 3), -1):
                if k in covering or not w[k].isalpha() or w[k] in _EN_TITLE_STOP - _EN_PAST:
                    break
                if w[k] in _EN_PAST:
                    return None
            # "LTA performance director David Felgate", "BNP founding chairman John Tyndall": one or two
            # common nouns between an organization and the office are the office's
            run = next((n for n in (1, 2) if i - n + 1 >= 0 and (i - n) in covering
                        and covering[i - n].label == "ORG" and covering[i - n] is not per), None)
            if run is not None and all(
                w[k].isalpha() and view.tokens[k].text[:1].islower() and w[k] not in _EN_TITLE_STOP
                and w[k] not in cues.EN_FINITE and k not in covering for k in range(i - run + 1, i + 1)
            ):
                first = i - run + 1
                i -= run
                continue
            break  # "Sacked MP Howard Flight": a verb opens the sentence, not the title
        first = i
        i -= 1
    left = inside[0].start if inside else first
    if inside and inside[0].mention.text.split()[0].lower() in _EN_PAST:
        return None  # "Former Labour leader Lord Kinnock" (the adjective inside the party's span)
    if left > 0 and (w[left - 1] in _EN_PAST or (w[left - 1] == "-" and left > 1 and w[left - 2] in _EN_PAST)):
        return None  # "ex-Labour leader Neil Kinnock": a former office is no position now
    return first, end, inside


#: what ends a title after a name: not a hyphen ("director of Sheffield-based MEPS") nor an
#: apostrophe ("spokesman for athletics' ruling body")
_EN_AFTER_ENDS = _EN_APPOSITION_ENDS - frozenset(["-", "'", "’"])
#: determiners an English title after a name may open with ("X, the chief executive of Y,")
_EN_APPOSITION_DETS = frozenset("the a an".split())


def _en_title_after(doc: Document, view: SentenceView, per: Chunk) -> list[Relation]:
    """An English title after the name and a comma: ``Kurt Barnard, president of industry forecaster
    Retail Consulting Group, said`` -> position "president" of the group; ``X, leader of the Liberal
    Democrats,`` -> leaderOf; ``Edward Leigh, chairman of the Commons public accounts committee,``
    -> position "chairman of the Commons public accounts committee" (no single owner named).

    The apposition must close (a comma, the sentence's end, a quote or a dash) within 10 tokens
    and hold no other name of a person; a former office ("X, a former minister,") or a title that
    does not end in an office word states nothing.
    """
    w = view.words
    k = per.end
    if k + 1 >= len(w) or w[k] != ",":
        return []
    k += 1
    if w[k] in _EN_APPOSITION_DETS:
        k += 1
    chunk_at = {c.start: c for c in view.chunks}
    j = k
    while j < len(w) and w[j] in _EN_MODIFIERS and j not in chunk_at and w[j] not in _EN_TITLE_STOP:
        j += 1
    if j == k or w[j - 1] not in _EN_HEADS - _EN_PLAYERS or (j - k == 1 and w[k] in cues.EN_TITLE_STARTS - _EN_HEADS):
        return []
    head_end = j
    of: Chunk | None = None
    if j < len(w) and w[j] in ("of", "at", "for") and j + 1 < len(w):
        m = j + 1 + (w[j + 1] == "the")
        while m < len(w) and m not in chunk_at and m - j <= 4 and w[m].isalpha() and not view.tokens[m].text[:1].isupper():
            m += 1  # "president of industry forecaster Retail Consulting Group"
        c = chunk_at.get(m)
        if c is not None and c.label in ("ORG", "LOC") and c.key != per.key and (c.end >= len(w) or w[c.end] in _EN_AFTER_ENDS):
            of, j = c, c.end
    if of is None:  # the title as written, up to the apposition's end
        while j < len(w) and j - k < 10 and w[j] not in _EN_AFTER_ENDS:
            c = chunk_at.get(j)
            if c is not None and c.label == "PER" or w[j] in cues.EN_REPORT_VERBS or w[j] in cues.EN_CLAUSE_OPENERS:
                return []
            j += 1
    if j - k > 10 or (j < len(w) and w[j] not in _EN_AFTER_ENDS):
        return []
    if any(x in _EN_PAST for x in w[per.end + 1 : head_end]):
        return []
    if of is not None and of.label == "LOC" and not (of.kind == "Country" or of.nationality):
        of = None  # "mayor of Lyon": the title as written, below
        title_end = j
    else:
        title_end = head_end if of is not None else j
    title_text = doc.text[view.tokens[k].start : view.tokens[title_end - 1].end]
    if any(ch in title_text for ch in "_#@\n"):
        return []
    words = w[k:head_end]
    lo, hi = per.start, j
    if of is not None and len(words) == 1 and (words[0] == "leader" or words[0] in cues.EN_LEADER_TITLES and of.label == "LOC"):
        out = [_rel(view, doc, per.key, "leaderOf", of.key, 0.7, lo, hi)]
    else:
        kw = {"of": of.key} if of is not None else {}
        out = [_rel(view, doc, per.key, "position", title_text, 0.6 if of is not None else 0.5, lo, hi, literal=True, **kw)]
    if of is not None and of.label == "ORG" and words[-1] in _EN_PARTY_SEATS:
        out.append(_rel(view, doc, per.key, "memberOf", of.key, 0.6, lo, hi))
    if of is not None and (of.kind == "Country" or of.nationality) and _is_country(of.key):
        out.append(_rel(view, doc, per.key, "country", of.key, 0.6, lo, hi))
    return out


#: irregular past tenses news puts between a nationality and a name ("US pundits found Eastwood's drama")
_EN_PAST_VERBS = frozenset(
    "found told met made took gave sent led won lost held left saw knew thought became began brought kept paid "
    "put ran set sold spent stood struck went wrote came got beat chose drew fought hit let meant read sat shot "
    "spoke swore taught threw understood".split()
)


def _en_past_ed(word: str) -> bool:
    """A regular past tense (``challenged``, ``agreed``), not a noun in -eed (``seed``, ``speed``).

    >>> [_en_past_ed(x) for x in ("challenged", "agreed", "seed", "red", "bed")]
    [True, True, False, False, False]
    """
    return len(word) > 4 and word.endswith("ed") and (not word.endswith("eed") or word in ("agreed", "freed", "decreed"))


def _en_nationality(doc: Document, view: SentenceView, per: Chunk) -> list[Relation]:
    """A nationality right before a name or before an occupation that is no office: ``British actress
    Imelda Staunton``, ``US actor Ossie Davis``, ``Iraqi Salam Pax`` -> **country**.  The words between
    are at most two lower-case words (``French Open champion X`` names a tournament, not a nation)."""
    w = view.words
    end = per.start
    while end > 0 and w[end - 1] in cues.EN_HONORIFICS:
        end -= 1
    i = end
    # (no tags: a sentence is tagged only when it may hold an event, and a relation must not depend on that)
    while (i > 0 and end - i < 2 and w[i - 1].isalpha() and w[i - 1] not in _EN_TITLE_STOP
           and w[i - 1] not in _EN_PAST and w[i - 1] not in cues.EN_FINITE  # "British director is X"
           and w[i - 1] not in _EN_PAST_VERBS and not _en_past_ed(w[i - 1])):  # "US pundits found Eastwood's"
        if not view.tokens[i - 1].text[:1].islower():
            break
        i -= 1
    c = next((x for x in view.chunks if x.end == i), None)
    if c is None or not (c.nationality or c.kind == "Country" and c.mention.text in ("US", "UK")):
        return []
    if c.start > 0 and (w[c.start - 1] in _EN_PAST or w[c.start - 1] == "-"):
        return []  # "former British champion X" may be no longer
    if not _is_country(c.key) or any(x in _EN_PAST for x in w[i:end]):
        return []
    return [_rel(view, doc, per.key, "country", c.key, 0.6, c.start, per.end)]


def find_relations(doc: Document, view: SentenceView) -> list[Relation]:
    """The relations stated in one sentence."""
    out: list[Relation] = []
    ar = view.lang == "ar"
    w = view.words
    for per in view.chunks:
        if per.label != "PER" or not (_name_like(per, ar) or ar and _known_person(per)):
            continue
        if ar:
            found = _ar_title_relations(doc, view, per)
            out.extend(found)
            if not any(r.predicate in ("country", "leaderOf") for r in found):
                out.extend(_ar_nationality(doc, view, per))
            continue
        out.extend(_en_title_after(doc, view, per))
        t = _title(view, per)
        if t is None:
            out.extend(_en_nationality(doc, view, per))
            continue
        first, end, inside = t
        countries = [c for c in inside if c.kind == "Country" or c.nationality]
        orgs = [c for c in inside if c.label == "ORG"]
        of = countries[-1] if countries else (orgs[-1] if orgs else None)
        head = w[end - 1]
        national = of is not None and (of.kind == "Country" or of.nationality)
        if head in _EN_PLAYERS:
            # "Arsenal keeper Jens Lehmann": the club's member; "England forward Michael Owen": a national
            if of is not None and of.label == "ORG":
                out.append(_rel(view, doc, per.key, "memberOf", of.key, 0.7, first if not inside else inside[0].start, per.end))
            elif national and _is_country(of.key):
                out.append(_rel(view, doc, per.key, "country", of.key, 0.7, inside[0].start, per.end))
            continue
        if head in _EN_PARTY_SEATS and of is not None and of.label == "ORG":
            # "Labour MP Gordon Prentice": the party's member (and its MP, below)
            out.append(_rel(view, doc, per.key, "memberOf", of.key, 0.7, inside[0].start, per.end))
        words = [
            x[1:] if ar and x[:1] in "وفب" and x[1:] in cues.AR_TITLE_STARTS else x for x in w[first:end]
        ]
        leaders = cues.AR_LEADER_TITLES if ar else cues.EN_LEADER_TITLES
        deputy = cues.AR_DEPUTY if ar else cues.EN_DEPUTY
        is_leader = (
            bool(words)
            and (words[0] in leaders or (not ar and "prime" in words))
            and not any(x in deputy for x in words)
            and len(words) <= 3
            and not any(x in ("وزير", "الوزير", "minister") for x in words[:1])
        )
        if not ar and words and words[0] == "prime":
            is_leader = True
        if not ar and of is not None and of.label == "ORG" and words and words[-1] != "leader":
            is_leader = False  # "Lib Dem president Simon Hughes": a party's president is an office in it
        title_text = doc.text[view.tokens[first].start : view.tokens[end - 1].end]
        if any(ch in title_text for ch in "_#@\n") or len(words) > 8:
            continue  # hashtags, handles and runaway spans are not titles
        if (
            ar
            and words
            and (words[-1] == "باسم" or (len(words) == 1 and not words[0].startswith("ال") and of is None))
        ):
            continue  # "مدير مكتب ...", "المتحدث باسم X": the name after is a genitive, not the holder
        if ar and title_text[:1] in "وفب" and w[first][1:] in cues.AR_TITLE_STARTS:
            title_text = title_text[1:]
        lo = first
        if is_leader and of is not None:
            out.append(_rel(view, doc, per.key, "leaderOf", of.key, 0.8, lo, per.end))
        elif (not is_leader or (not ar and of is None)) and words and words[0] not in ("عضو", "العضو"):
            # an English leader's title with no country or party named ("Prime Minister Tony
            # Blair") is still the person's office
            kw = {"of": of.key} if of is not None else {}
            out.append(
                _rel(
                    view,
                    doc,
                    per.key,
                    "position",
                    title_text,
                    0.7 if of else 0.6,
                    lo,
                    per.end,
                    literal=True,
                    **kw,
                )
            )
        if national and head not in _EN_STAFF:  # "Scotland coach Matt Williams": the team's coach
            out.append(_rel(view, doc, per.key, "country", of.key, 0.7, lo, per.end))
    out.extend(_members(doc, view))
    if ar:
        out.extend(_ar_players(doc, view))
    out.extend(_places(doc, view))
    out.extend(_ar_verbs(doc, view) if ar else _en_verbs(doc, view))
    return out


#: people named by what they do, before a nationality and a name (normalised): "النجم البرتغالي
#: كريستيانو رونالدو", "الحارس السعودي وليد عبدالله"
_AR_PERSON_NOUNS = frozenset(
    "النجم النجمه اللاعب اللاعبه المهاجم المدافع الحارس الجناح الكاتب الكاتبه الممثل الممثله المغني "
    "المغنيه الفنان الفنانه المخرج المخرجه الروايي الرواييه الشاعر الشاعره الصحفي الصحفيه الصحافي "
    "الصحافيه الناشط الناشطه الملاكم العداء العداءه البطل البطله الداعيه الباحث الباحثه المصور المصوره "
    "المصمم المصممه المنتج المنتجه الرسام الموسيقار المطرب المطربه المواطن المواطنه الطالب الطالبه "
    "الطبيب الطبيبه المهندس المهندسه المحامي المحاميه الاسطوره".split()
)


def _ar_nationality(doc: Document, view: SentenceView, per: Chunk) -> list[Relation]:
    """A nationality right before a name: after a word for what the person does (``النجم البرتغالي
    كريستيانو رونالدو``, ``المهاجم البرتغالي ...``) or standing as a noun (``أن الكرواتي ماتيو
    كوفاسيتش``) -> **country**.  Not after a noun the adjective can be another's (``المنتخب السعودي
    سالم``: the team's), nor before a name the tagger glued a clitic to."""
    if per.start == 0 or view.words[per.start][:1] in "وبل" and not _known_person(per):
        return []
    c = next((x for x in view.chunks if x.end == per.start), None)
    if c is None or not c.nationality or c.conj or not _is_country(c.key):
        return []
    a, b = view.tokens[c.start].start, view.tokens[c.end - 1].end
    if "_" in doc.text[max(0, a - 1) : b + 1] or "#" in doc.text[max(0, a - 1) : b]:
        return []  # "نجم #الدراما_السعودية ناصر القصبي": a hashtag, not a nationality
    prev = view.words[c.start - 1] if c.start > 0 else ""
    if any(x.end == c.start for x in view.chunks):
        return []  # "وكالة الأنباء الروسية X": the adjective is the name before it's
    if prev in _QUOTES:
        return []  # "صحيفة "الماركا" الإسبانية غريزمان": the adjective is the quoted name's
    bare = prev[1:] if prev[:1] in "وف" and prev[1:3] == "ال" else prev
    if not (bare in _AR_PERSON_NOUNS or not bare.startswith("ال") and bare not in cues.AR_PREPOSITIONS
            and _ar_start(prev) is None and not prev[:1].isdigit()):
        return []
    return [_rel(view, doc, per.key, "country", c.key, 0.6, c.start, per.end)]


#: a player's place in a team, normalised (``لاعب وسط ريال مدريد``, ``مدافع بشكتاش``, ``حارس مرمى كييفو``)
_AR_PLAYERS = frozenset("لاعب مهاجم مدافع حارس جناح".split())
#: the words that may follow a player's word before the club: "لاعب وسط", "حارس مرمى", "لاعب خط وسط"
_AR_PLAYER_PLACES = frozenset("وسط مرمي خط".split())
#: "القيادي في حركة حماس": a leading member of the organization after "في"
_AR_CADRES = frozenset("القيادي قيادي القياديه قياديه".split())
#: every written form :func:`_ar_players` starts at (with و / ف, and ل / ب on a player's word)
_AR_PLAYER_FORMS = frozenset(
    c + p + x for x in _AR_PLAYERS for c in ("", "و", "ف") for p in ("", "ل", "ب")
) | frozenset(c + x for x in _AR_CADRES | frozenset(["عضو", "العضو"]) for c in ("", "و", "ف"))


def _ar_players(doc: Document, view: SentenceView) -> list[Relation]:
    """A player of a club or a cadre of a movement, next to his name -> **memberOf** the organization.

    ``دوماجوف فيدا مدافع بشكتاش التركي``, ``ماتيو كوفاسيتش، لاعب وسط ريال مدريد،`` (the name before),
    ``ومدافع كييفو فيرونا ماتيا باني`` (the name after the club), ``القيادي في حركة حماس X``.  The
    player's word is a construct with the club (no article: ``اللاعب`` is followed by a name, not a
    club); a former player (``السابق``) or a name that is not there states nothing.
    """
    out: list[Relation] = []
    w = view.words
    todo = [i for i, x in enumerate(w) if x in _AR_PLAYER_FORMS]  # most sentences: none
    if not todo:
        return out
    chunk_at = {c.start: c for c in view.chunks}
    chunk_end = {c.end: c for c in view.chunks}
    covered = {i for c in view.chunks for i in range(c.start, c.end)}
    for i in todo:
        word = w[i]
        if i in covered:
            continue
        bare = _ar_bare(word)
        governed = bare[:1] in "لب" and bare[1:] in _AR_PLAYERS  # "لمهاجم المنتخب X": X is the player
        if governed:
            bare = bare[1:]
        j = i + 1
        if bare in _AR_PLAYERS:
            while j < len(w) and j - i <= 2 and w[j] in _AR_PLAYER_PLACES and j not in covered:
                j += 1
        elif bare in _AR_CADRES:
            if j < len(w) and w[j].startswith("ال") and j not in covered:
                j += 1  # "القيادي البارز في"
            if j >= len(w) or w[j] != "في":
                continue
            j += 1
        elif bare not in cues.AR_MEMBER:
            continue
        org = chunk_at.get(j)
        if org is None or org.label != "ORG":
            continue
        k = org.end
        nat = chunk_at.get(k)
        if nat is not None and nat.nationality:
            k = nat.end  # "بشكتاش التركي"
        if k < len(w) and w[k] in _AR_FORMER_TITLE:
            continue  # "مدافع كييفو السابق"
        if "_" in doc.text[view.tokens[i].start : view.tokens[k - 1].end] or any(
            x in _AR_FORMER_TITLE for x in w[i + 1 : org.start]
        ):
            continue
        before = chunk_end.get(i) or (chunk_end.get(i - 1) if i > 0 and w[i - 1] == "،" else None)
        if bare in cues.AR_MEMBER:
            before = None  # "X، عضو Y" is :func:`_members`'; here "عضو مجلس الشيوخ الأمريكي، X"
            k += k < len(w) and w[k] == "،"
        after = chunk_at.get(k)
        member, lo, hi = None, i, org.end
        if before is not None and before.label == "PER" and _name_like(before, True) and not governed:
            member, lo = before, before.start
        elif after is not None and after.label == "PER" and _name_like(after, True):
            member, hi = after, after.end
        if member is None:
            continue
        out.append(_rel(view, doc, member.key, "memberOf", org.key, 0.6, lo, hi))
    return out


#: "وزير خارجيته" / "وزير خارجية بلاده" (his foreign minister): the office as a title writes it
_AR_OWN_OFFICE = {
    "خارجيته": "الخارجية", "خارجيتها": "الخارجية", "خارجيتنا": "الخارجية", "داخليته": "الداخلية",
    "داخليتها": "الداخلية", "دفاعه": "الدفاع", "دفاعها": "الدفاع",
}
_AR_OWN_COUNTRY = frozenset("بلاده بلادها بلادنا".split())
_AR_BARE_OFFICE = {"خارجيه": "الخارجية", "داخليه": "الداخلية", "دفاع": "الدفاع"}


def _ar_title_relations(doc: Document, view: SentenceView, per: Chunk) -> list[Relation]:
    """The relations an Arabic title states about the person ``per``: a title before the name
    (``الرئيس الروسي فلاديمير بوتين``) or after it past a comma (``جوزيه مورينيو، مدرب مانشستر
    يونايتد،``, ``فكرت أوزار، سفير تركيا في قطر``)."""
    out: list[Relation] = []
    if per.key.startswith(("country/", "city/", "loc/", "org/")) or _ar_start(view.words[per.start]) is not None:
        return out  # a person's span resolved to a place ("#محمود_عباس"), "وولي" tagged as a name
    tok = view.tokens[per.start]
    clitic = normalize(doc.text[tok.start : per.mention.start])
    joined = clitic[:1] == "و" or (per.start > 0 and view.words[per.start - 1] == "و") or (
        per.start > 0 and view.words[per.start - 1] == "،" and view.words[per.start][:1] == "و"
    )  # "منى عطايا، الرئيس التنفيذي، ولينا خليل"
    if clitic.lstrip("وف")[:1] not in ("ب", "ل", "ك") and not joined:
        # not "للترحيب بعبد الرحمن" (a name after a preposition), nor "مورينيو، مدرب مانشستر
        # يونايتد، وماوريسيو بوكيتينو" (the title before "و" + a name is the previous name's)
        t = _ar_title(view, per)
        if t is not None:
            first, end, inside, former = t
            out.extend(_ar_title_office(doc, view, per, first, end, inside, former, first, per.end, after=False))
    t2 = _ar_title_after(view, per)
    if t2 is not None:
        first, end, inside, _ = t2
        out.extend(_ar_title_office(doc, view, per, first, end, inside, None, per.start, t2[3], after=True))
    return out


def _ar_title_after(view: SentenceView, per: Chunk) -> tuple[int, int, list[Chunk], int] | None:
    """A title after the name and a comma: (first token, end token, chunks inside, end of the span).

    The title ends at a comma, a clause opener, a preposition or the sentence's end within 7
    tokens, and holds no other name (``التقى بوتين، رئيس الوزراء X``: the title is X's); a list
    that goes on (``، وماوريسيو بوكيتينو``) ends it too.
    """
    w = view.words
    k = per.end + 1
    if per.end >= len(w) or w[per.end] != "،" or k >= len(w):
        return None
    if w[k] not in _AR_STARTS or w[k] in _AR_RANKS or w[k] in cues.AR_MEMBER or w[k] in cues.AR_HONORIFICS:
        return None
    chunk_at = {c.start: c for c in view.chunks}
    stop = cues.AR_STRONG_PUNCT | cues.AR_CLAUSE_OPENERS | cues.AR_PREPOSITIONS | _AR_TITLE_STOP | {"،"}
    j = k + 1
    while j < len(w):
        c = chunk_at.get(j)
        if c is not None:
            if c.label == "PER":
                if w[j][:1] != "و":
                    return None  # "بوتين، رئيس الوزراء ميدفيديف": the title is the next name's
                break
            j = c.end
            nxt = chunk_at.get(j)
            owner = c.label == "ORG" or c.kind == "Country" or c.nationality
            if owner and (nxt is None or not nxt.nationality) and not (j < len(w) and w[j].startswith("وال") and nxt is None):
                break  # the owner ends the title: "مدير الكرة بنادي الأهلي المصري ما تردد"
            continue
        if w[j] in stop or (w[j][:1] == "و" and not w[j].startswith("وال")):
            break
        j += 1
    if j - k > 7:
        return None
    inside = [c for c in view.chunks if c.start >= k and c.end <= j]
    end = j
    for c in inside:
        if c.nationality or c.kind == "Country":
            end = min(end, c.start)
    if end <= k:
        return None
    return k, end, inside, j


def _ar_title_office(
    doc: Document,
    view: SentenceView,
    per: Chunk,
    first: int,
    end: int,
    inside: list[Chunk],
    former: int | None,
    lo: int,
    hi: int,
    *,
    after: bool,
) -> list[Relation]:
    """leaderOf, position and country from the Arabic title ``first:end`` of ``per``.

    A lone leader's title of a country (``الرئيس الروسي``, ``رئيس وزراء العراق``, ``رئيس الحكومة
    الإثيوبي``) or of the organization right after it (``رئيس نادي الزمالك``, ``زعيم تنظيم
    القاعدة``) -> leaderOf; any other title -> position (``رئيس مجلس العموم البريطاني`` is the
    Speaker, ``زعيم المعارضة الأرمينية`` no head of state), with its owner; a former office
    (``رئيس العراق السابق``) -> the position as written with "السابق", never leaderOf; a coach's
    nationality (``المدرب الفرنسي``) is the coach's country, not the title's owner.
    """
    w = view.words
    out: list[Relation] = []
    orgs = [c for c in inside if c.label == "ORG"]
    org_ends = {c.end for c in orgs}
    countries = [c for c in inside if (c.kind == "Country" or c.nationality) and c.start not in org_ends]
    of = countries[-1] if countries else (orgs[-1] if orgs else None)
    head = _ar_start(w[first]) or (w[first][1:] if w[first][1:] in _AR_JOINED_HEADS else w[first])
    words = [head] + w[first + 1 : end]
    if not words or words[0] in ("عضو", "العضو"):
        return out
    title_text = doc.text[view.tokens[first].start : view.tokens[end - 1].end]
    if "_" in doc.text[view.tokens[first].start : per.mention.start]:
        return out  # "#الرئيس_الفلسطيني #محمود_عباس"
    if any(ch in title_text for ch in "_#@\n") or len(words) > 8:
        return out  # hashtags, handles and runaway spans are not titles
    if words[-1] == "باسم" or (len(words) == 1 and not words[0].startswith("ال") and of is None):
        return out  # "مدير مكتب ...", "المتحدث باسم X": the name after is a genitive, not the holder
    title_text = _ar_title_text(w[first], words[0], title_text)  # "ووزير", "بالرئيس", "للرئيس"
    if any(x in _AR_OWN_OFFICE or x in _AR_OWN_COUNTRY for x in words):
        # "وزير خارجيته ري يونج هو", "وزير خارجية بلاده": the office as a title writes it
        parts = [view.tokens[first].text[len(w[first]) - len(words[0]) :]]
        for x, t in zip(words[1:], view.tokens[first + 1 : end]):
            if x in _AR_OWN_COUNTRY:
                continue
            parts.append(_AR_OWN_OFFICE.get(x) or (_AR_BARE_OFFICE.get(x) if x in _AR_BARE_OFFICE else t.text))
        title_text = " ".join(parts)
    sport = words[0] in _AR_SPORT_TITLES or words[:2] in (["المدير", "الفني"], ["مدير", "فني"])
    country = of
    if of is not None and of.nationality and sport:
        # "المدرب الفرنسي زين الدين زيدان": a French coach, not France's; "المدير الفني لفريق باريس
        # سان جيرمان الفرنسي": the club's country, not the coach's
        country = of if of.start == first + (2 if words[0].endswith("المدير") else 1) else None
        of = None
    last = end - 1
    if not after and of is None and not (
        words[-1].startswith(("ال", "وال", "لل", "بال")) or words[-1].endswith("ها") or words[-1] in _AR_OWN_OFFICE
        or words[-1] in _QUOTES or any(c.start <= last < c.end for c in inside)
    ):
        # a title ends in a definite word or a name: before "العاهل السعودي اختفاء خاشقجي", "رئيس
        # حملة ترامب بول مانافورت" the name is a genitive, not the holder
        return out
    is_leader = False
    if former is None and of is not None and words[0] in _AR_LEADER:
        if of.label == "ORG":
            gap = w[first + 1 : of.start]
            is_leader = len(words) <= 3 and all(x in ("نادي", "النادي") for x in gap)
        else:
            is_leader = len(words) == 1 or (
                len(words) <= 3 and (words[1] in _AR_STATE_HEADS or words[:2] == ["المرشد", "الاعلي"])
            )
    if is_leader and of is not None:
        out.append(_rel(view, doc, per.key, "leaderOf", of.key, 0.7 if after else 0.8, lo, hi))
    else:
        if former is not None:
            if former < per.start:
                title_text = doc.text[view.tokens[first].start : view.tokens[max(end - 1, former)].end]
                title_text = _ar_title_text(w[first], words[0], title_text)
            else:
                title_text = f"{title_text} {per.mention.text.split()[0]}"
        kw = {"of": of.key} if of is not None else {}
        conf = (0.7 if of else 0.6) - (0.1 if after else 0.0)
        out.append(_rel(view, doc, per.key, "position", title_text, conf, lo, hi, literal=True, **kw))
    if country is not None and (country.kind == "Country" or country.nationality):
        out.append(_rel(view, doc, per.key, "country", country.key, 0.6 if after else 0.7, lo, hi))
    return out


_EN_APPOINTED = frozenset("appointed named elected chosen promoted".split())
_EN_JOINED = frozenset("joined joins".split())
_EN_AUX = frozenset("was is has have been had".split())
#: a verb relation in a negated, planned or hypothetical frame states nothing yet
_EN_NOT_YET = cues.EN_NEGATION | cues.EN_PLANNED | cues.EN_HYPOTHETICAL | frozenset(["to"])


def _en_verbs(doc: Document, view: SentenceView) -> list[Relation]:
    """``X was appointed (as) TITLE (of Y)`` -> position; ``X (has) joined ORG`` -> memberOf.

    Only the subject right before the verb counts ("Mr Brown was joined by Alan Milburn" is
    no membership), and the confidence is lower than a title's: a verb reports a change, and
    the sentence may be about the past.
    """
    out: list[Relation] = []
    w = view.words
    chunk_at = {c.start: c for c in view.chunks}
    for c in view.chunks:
        if c.label != "PER" or not _name_like(c, False):
            continue
        i = c.end
        while i < len(w) and w[i] in _EN_AUX:
            i += 1
        if i >= len(w) or any(x in _EN_NOT_YET for x in w[c.end : i]):
            continue
        if c.end > 0 and c.start > 0 and w[c.start - 1] in _EN_NOT_YET:
            continue
        verb = w[i]
        if verb in _EN_JOINED and i == c.end or (verb == "joined" and i > c.end and w[i - 1] != "been"):
            j = i + 1 + (i + 1 < len(w) and w[i + 1] == "the")
            org = chunk_at.get(j)
            if org is not None and org.label == "ORG":
                out.append(_rel(view, doc, c.key, "memberOf", org.key, 0.5, c.start, org.end))
            continue
        if verb not in _EN_APPOINTED:
            continue
        holder, j = c, i + 1
        if i == c.end:  # active: "Blair appointed Alan Milburn as election chief"
            obj = chunk_at.get(i + 1)
            if obj is None or obj.label != "PER" or obj.end >= len(w) or w[obj.end] != "as":
                continue
            holder, j = obj, obj.end
        if j < len(w) and w[j] == "as":
            j += 1
        while j < len(w) and w[j] in ("the", "a", "an", "new"):
            j += 1
        k = j
        while k < len(w) and k - j < 6 and k not in chunk_at:
            tok = view.tokens[k].text
            capital_and = w[k] == "and" and k > j and k + 1 < len(w) and view.tokens[k + 1].text[:1].isupper()
            if not capital_and and (w[k] in _EN_TITLE_STOP or not (w[k] in _EN_MODIFIERS or tok[:1].isupper())):
                break  # "Work and Pensions Secretary" keeps its "and"
            k += 1
        while k > j and w[k - 1] not in _EN_HEADS:
            k -= 1
        if k == j:
            continue
        of = None
        if k + 1 < len(w) and w[k] in ("of", "for"):
            nxt = chunk_at.get(k + 1 + (w[k + 1] == "the"))
            if nxt is not None and (nxt.label == "ORG" or nxt.kind == "Country" or nxt.nationality):
                of = nxt
        title_text = doc.text[view.tokens[j].start : view.tokens[k - 1].end]
        lo, hi = min(c.start, holder.start), (of.end if of is not None else k)
        if of is not None and k - j == 1 and w[j] in cues.EN_LEADER_TITLES:
            out.append(_rel(view, doc, holder.key, "leaderOf", of.key, 0.5, lo, hi))
            continue
        kw = {"of": of.key} if of is not None else {}
        out.append(_rel(view, doc, holder.key, "position", title_text, 0.5, lo, hi, literal=True, **kw))
    return out


#: appointment and election verbs (perfect, read active or passive) and their verbal nouns,
#: normalised, without a leading و / ف (the nouns also with ب / ل: "قرارا بتعيين")
_AR_APPOINT_VERBS = frozenset("عين عينت انتخب انتخبت اختير اختيرت".split())
_AR_APPOINT_NOUNS = frozenset("تعيين انتخاب".split())
#: "الذي عينه القذافي قائدا": the object pronoun is the relative's antecedent
_AR_APPOINT_OBJ = frozenset("عينه عينها انتخبه انتخبها".split())
_AR_JOIN_VERBS = frozenset("انضم انضمت انضموا".split())
_AR_JOIN_NOUNS = frozenset(["انضمام"])
#: words between "إلى" and the organization joined
_AR_JOIN_NOUNS_BEFORE_ORG = frozenset("صفوف تنظيم حركه جماعه حزب نادي فريق".split())
#: the stem of an indefinite title after the verb (وزيرا, رئيسا, سفيرة, مديرا عاما), normalised
_AR_TITLE_STEMS = frozenset(
    "وزير رييس سفير مدير امين نايب مستشار قايد مبعوث محافظ مدرب متحدث ممثل مساعد مندوب نقيب مفوض "
    "حاكم ولي سكرتير".split()
)
#: accusative adjectives inside a title (مديرا عاما, قائدا أعلى, نائبا أول), as the title writes them
#: "رئيسا لجمهورية / لدولة / للمملكة ..." + a country: the title is of that country
_AR_STATE_WORDS = ("لجمهوريه", "لدوله", "للمملكه", "لمملكه", "لاماره", "لسلطنه")
#: a lone title that makes its holder the leader of the country or organization it is of
_AR_LEADERS = frozenset("رييس رييسه زعيم زعيمه ملك ملكه".split())
_AR_TITLE_ADJ = {
    "عاما": "عام", "عامه": "عامة", "اعلي": "أعلى", "اول": "أول", "اولا": "أول", "خاصا": "خاص", "خاصه": "خاصة"
}
#: "مديرا سابقا": a former office, no position now
_AR_FORMER = frozenset("سابقا سابقه السابق السابقه".split())
#: before a verbal noun: the appointment is sought, opposed or discussed, not made
_AR_NOT_MADE = frozenset(
    "يبحث تبحث يريد تريد طالب طالبت يطالب تطالب رفض رفضت يرفض ترفض معارضه معارضي ضد اقتراح يقترح "
    "تقترح حال عدم امكانيه".split()
)


def _ar_bare(word: str) -> str:
    """A word without the conjunction و / ف that Arabic writes on it."""
    return word[1:] if word[:1] in "وف" and len(word) > 3 else word


def _ar_not_yet(w: list[str], i: int, noun: bool) -> bool:
    """A negated, planned or hypothetical frame right before the verb at ``i`` (قد before a
    perfect verb is "has", not "may")."""
    before = [_ar_bare(x) for x in w[max(0, i - 3) : i]]
    cues_ = cues.AR_NEGATION | cues.AR_PLANNED | (cues.AR_HYPOTHETICAL - {"قد"}) | {"حال", "عدم"}
    if any(x in cues_ for x in before):
        return True
    return noun and any(x in _AR_NOT_MADE for x in before[-2:])


def _ar_title_at(view: SentenceView, k: int) -> tuple[int, str] | None:
    """An indefinite accusative title word at token ``k``: (its end, its text as a title writes it)."""
    word, tok = view.words[k], view.tokens[k].text
    nxt = view.words[k + 1] if k + 1 < len(view.words) else ""
    if nxt.startswith("ال") and not any(c.start == k + 1 and c.nationality for c in view.chunks):
        return None  # a construct ("رئيسة الوزراء تيريزا ماي") or a dual ("وزيرا الخارجية"), no title
    lead = 1 if word[:1] == "ك" and word[1:3] != "ال" else 0  # "كرئيسة للاستخبارات", "كمستشار"
    word = word[lead:]
    text = tok[lead:].rstrip(HARAKAT)
    if word.endswith("ا") and word[:-1] in _AR_TITLE_STEMS:
        return k + 1, text[:-1]
    if word.endswith("ه") and word[:-1] in _AR_TITLE_STEMS or lead and word in _AR_TITLE_STEMS:
        return k + 1, text
    if k > 0 and view.words[k - 1] in ("كاول", "كاولي") and word in _AR_TITLE_STEMS:
        return k + 1, text  # "كأول سفير عالمي لها": the first ambassador
    return None


#: nouns whose first letter is a lam: "للجنة" -> "اللجنة" (not "الجنة")
_AR_LAM_STEMS = frozenset("جنه جان".split())


def _ar_title_phrase(view: SentenceView, k: int) -> tuple[str, Chunk | None, int] | None:
    """The title that starts at token ``k`` (``وزيرا للخارجية`` -> "وزير الخارجية"), the chunk it is
    of (``رئيسا لكولومبيا``, ``سفيرا لدى Y``, ``وزيرا للثقافة في السعودية``) and its end."""
    head = _ar_title_at(view, k)
    if head is None:
        return None
    w, toks = view.words, view.tokens
    chunk_at = {c.start: c for c in view.chunks}
    j, parts = head
    parts = [parts]
    of: Chunk | None = None
    for _ in range(2):  # accusative adjectives: "مديرا عاما", "مديرا فنيا", "وزيرا جديدا"
        if j >= len(w) or j in chunk_at:
            break
        if w[j] in _AR_FORMER:
            return None
        if w[j] in _AR_TITLE_ADJ:
            parts.append(_AR_TITLE_ADJ[w[j]])
        elif w[j] in ("جديدا", "جديده"):
            pass
        elif w[j].endswith("يا") and len(w[j]) > 3 and not w[j].startswith(("ال", "ل")):
            parts.append(toks[j].text.rstrip("\u064b\u064e")[:-1])  # فنيا -> فني
        elif j == k + 1 and k > 0 and w[k - 1] in ("كاول", "كاولي") and w[j].endswith("ي") and not w[j].startswith(("ال", "ل")):
            parts.append(toks[j].text)  # "كأول سفير عالمي"
        else:
            break
        j += 1
    # the complement: "للخارجية" -> "الخارجية" (and its definite adjectives), "لرئيس الوزراء";
    # after an adjective it keeps its "ل": "مديرا عاما للجهاز" -> "مدير عام للجهاز"
    adjective = len(parts) > 1
    n_before = len(parts)
    if j < len(w) and j not in chunk_at and w[j].startswith("لل") and len(w[j]) > 3:
        # "للجنة" is ل + اللجنة: the written article's alif and one lam fall
        art = "الل" if w[j][2:] in _AR_LAM_STEMS else "ال"
        parts.append(toks[j].text if adjective else art + toks[j].text[2:])
        j += 1
    elif (
        j + 1 < len(w)
        and j not in chunk_at
        and w[j].startswith("ل")
        and not w[j].startswith("لدي")
        and w[j][1:] not in ("هذا", "هذه", "ذلك", "تلك", "هولاء")  # "مبعوثة خاصة لهذه الأزمة"
        and (w[j][1:] in _AR_TITLE_STEMS or w[j + 1].startswith("ال") and j + 1 not in chunk_at)
    ):
        parts.append(toks[j].text if adjective else toks[j].text[1:])
        j += 1
    complement = len(parts) > n_before
    n = 0
    while j < len(w) and n < 3 and j not in chunk_at and w[j] not in _AR_FORMER:
        if w[j].startswith("ال"):
            parts.append(toks[j].text)
        elif complement and w[j].startswith("وال") and not any(c.start == j + 1 for c in view.chunks):
            parts.append(toks[j].text)  # "مديرا لجهاز الأمن والمخابرات", "وزيرا للمياه والري"
        else:
            break
        j += 1
        n += 1
    # what the title is of: a nationality after it, "ل" / "لدى" / "في" + a country or organization
    c = chunk_at.get(j)
    if c is None and j + 1 < len(w) and w[j] in ("لدي", "في") + _AR_STATE_WORDS:
        c = chunk_at.get(j + 1)  # "سفيرا لدى Y", "رئيسا لجمهورية جنوب إفريقيا"
    if c is not None and (c.label == "ORG" or c.kind == "Country" or c.nationality):
        if c.start == j and not c.nationality and c.prep not in ("ل", "لدي", "في") and w[j][:1] != "ل":
            c = None  # a name right after the title without a preposition is not its owner
        if c is not None:
            of, j = c, c.end
    return " ".join(p for p in parts if p), of, j


def _ar_verbs(doc: Document, view: SentenceView) -> list[Relation]:
    """Arabic appointments and joinings, at the English verbs' confidence (0.5).

    * ``عُيّن X وزيرا للدفاع``, ``تم تعيين X سفيرا لدى Y``, ``انتُخب X رئيسا لـ Y``, ``عيّن الملك
      سلمان ابنه محمد وليا للعهد`` (the holder is the name right before the title), ``X، الذي عُيّن
      رئيسا للوزراء`` -> X **position** the title as a title writes it ("وزير الدفاع"), or
      **leaderOf** Y for a lone رئيس / زعيم / ملك of a country or organization;
    * ``انضم X إلى ORG``, ``X انضم إلى ORG``, ``انضمام X إلى ORG`` -> X **memberOf** ORG.

    Only an indefinite title after the name counts (``عُيّن X خلفا له`` says no office), and
    nothing comes from a negated, planned or hypothetical frame (``لم``, ``من المقرر``, ``إذا``,
    ``عدم تعيين``) or from a name that is not there (a dropped pronoun: ``ثم عُيّنت وزيرة``).
    """
    out: list[Relation] = []
    w = view.words
    # only the words of appointing and joining do anything below: the others are passed over at once
    todo = list(compress(range(len(w)), map(_ar_verb_word, w))) if AR_VERB_WORDS else range(len(w))
    if not todo:
        return out
    chunk_end = {c.end: c for c in view.chunks}
    stop = cues.AR_STRONG_PUNCT | (cues.AR_CLAUSE_OPENERS - {"حيث"})
    for i in todo:
        word = w[i]
        bare = _ar_bare(word)
        noun = bare in _AR_APPOINT_NOUNS or bare[:1] in "بل" and bare[1:] in _AR_APPOINT_NOUNS
        obj = bare in _AR_APPOINT_OBJ
        if bare in _AR_APPOINT_VERBS or noun or obj:
            if _ar_not_yet(w, i, noun):
                continue
            # the title: the first indefinite title word within a few tokens
            t = None
            for k in range(i + 1, min(len(w), i + 15)):
                if w[k] in stop or _ar_bare(w[k]) in _AR_APPOINT_NOUNS | _AR_APPOINT_VERBS:
                    break  # "وتعيين هييرو مكانه ... عن تعيين الأول مدربا": the next appointment's title
                if _ar_title_at(view, k) is not None:
                    t = k
                    break
            if t is None:
                continue
            phrase = _ar_title_phrase(view, t)
            if phrase is None:
                continue
            pers = [c for c in view.chunks if c.label == "PER" and i < c.start and c.end <= t]
            holder = None
            if pers and not obj and t - pers[-1].end <= 7 and _name_like(pers[-1], True):
                between = view.chunks_in(pers[-1].end, t)
                if not any(c.label == "PER" for c in between):
                    holder = pers[-1]
            if obj:
                # "حفتر، الذي عينه القذافي قائدا": the antecedent holds the office; with no agent
                # named ("القذافي، الذي عينه قائدا") the antecedent appointed and "him" holds it
                holder = _ar_antecedent(view, i, chunk_end) if pers else None
            elif holder is None and not noun and not pers:
                holder = _ar_antecedent(view, i, chunk_end)  # "سركيسيان، الذي عُيّن رئيسا للوزراء"
            if holder is not None and phrase[1] is None and phrase[2] < len(w) and w[phrase[2]] in ("له", "لها"):
                # "عين الحزب الشعبي الإسباني بابلو كاسادو رئيسا له": of the organization that appoints
                agents = [c for c in view.chunks if c.label == "ORG" and i < c.start and c.end <= holder.start]
                if agents and not noun:
                    phrase = (phrase[0], agents[0], phrase[2] + 1)
            while holder is not None and phrase is not None:
                title, of, end = phrase
                if title:
                    out.append(_ar_office(view, doc, holder, title, of, min(holder.start, i), max(end, t + 1)))
                # a list under one verb: "تعيين X نائبا أول للرئيس، وY نائبا للرئيس، وZ رئيسا للوزراء"
                holder, phrase = None, None
                k = end + (end < len(w) and w[end] == "،")
                nxt = next((c for c in view.chunks if c.start == k), None)
                if nxt is not None and nxt.label == "PER" and (nxt.conj or w[k][:1] == "و") and _name_like(nxt, True):
                    # the title within two tokens (a comma, a last name the tagger left out)
                    for t in range(nxt.end, min(len(w), nxt.end + 3)):
                        if any(c.start == t for c in view.chunks) or w[t] in stop:
                            break
                        phrase = _ar_title_phrase(view, t)
                        if phrase is not None:
                            holder = nxt
                            break
        elif bare in _AR_JOIN_VERBS or bare in _AR_JOIN_NOUNS or bare[:1] in "بل" and bare[1:] in _AR_JOIN_NOUNS:
            noun = bare not in _AR_JOIN_VERBS
            if _ar_not_yet(w, i, noun):
                continue
            member = None
            after = [c for c in view.chunks if i < c.start <= i + 1]
            if after:
                member = after[0]
            elif not noun:  # "كان شورله قد انضم إلى دورتموند"
                k = i
                while k > 0 and _ar_bare(w[k - 1]) in ("قد", "كان", "كانت"):
                    k -= 1
                member = chunk_end.get(k)
            if member is None or member.label not in ("PER", "ORG", "LOC"):
                continue
            if member.label == "PER" and not _name_like(member, True):
                continue
            if member.label == "LOC" and member.kind != "Country":
                continue
            # the organization: "إلى ORG" / "لـ ORG" within a few tokens after the member or verb
            # (past an apposition: "وانضم طارق جدعون، وهو من أصول مغربية، إلى صفوف تنظيم ...")
            start = max(i + 1, member.end if member.start > i else i + 1)
            org = None
            for c in view.chunks:
                if start <= c.start <= start + 15:
                    gap = w[start : c.start]
                    if any(x in stop for x in gap):
                        break
                    tail = [x for x in gap if x not in ('"', "«", "»", "'")]
                    while tail and tail[-1] in _AR_JOIN_NOUNS_BEFORE_ORG and len(gap) - len(tail) < 3:
                        tail = tail[:-1]  # "إلى صفوف تنظيم "الدولة الإسلامية""
                    if "الي" in gap and tail[-1:] != ["الي"]:
                        break  # "انضم في 2005 إلى الحزب، ...": what was joined has no name
                    if c.prep in ("الي", "ل") or tail[-1:] == ["الي"]:
                        org = c
                        break
            if org is None or org.label != "ORG" or org.key == member.key:
                continue
            lo = min(member.start, i)
            out.append(_rel(view, doc, member.key, "memberOf", org.key, 0.5, lo, org.end))
    return out


#: :func:`_ar_verbs` visits only the words :func:`_ar_verb_word` lets through (speed only; False:
#: every word, for the tests)
AR_VERB_WORDS = True
_AR_VERB_WORDS = _AR_APPOINT_VERBS | _AR_APPOINT_NOUNS | _AR_APPOINT_OBJ | _AR_JOIN_VERBS | _AR_JOIN_NOUNS


@functools.lru_cache(maxsize=1 << 15)
def _ar_verb_word(word: str) -> bool:
    """Can :func:`_ar_verbs` do anything at this word (cached: news repeats its words)?  Its tests all ask whether the word without
    و / ف (:func:`_ar_bare`), or that without a first ب / ل, is one of its words."""
    bare = _ar_bare(word)
    return bare in _AR_VERB_WORDS or (bare[:1] in "بل" and bare[1:] in _AR_VERB_WORDS)


def _ar_office(
    view: SentenceView, doc: Document, holder: Chunk, title: str, of: Chunk | None, lo: int, hi: int
) -> Relation:
    """``holder`` position ``title`` (of ``of``), or leaderOf ``of`` for a lone leader's title."""
    if of is not None and len(title.split()) == 1 and normalize(title) in _AR_LEADERS:
        return _rel(view, doc, holder.key, "leaderOf", of.key, 0.5, lo, hi)
    kw = {"of": of.key} if of is not None else {}
    return _rel(view, doc, holder.key, "position", title, 0.5, lo, hi, literal=True, **kw)


def _ar_antecedent(view: SentenceView, i: int, chunk_end: dict[int, Chunk]) -> Chunk | None:
    """The person a relative clause opened right before token ``i`` is about:
    ``سركيسيان، الذي عُيّن ...`` -> Sargsyan."""
    w = view.words
    j = i - 1
    while j >= 0 and _ar_bare(w[j]) in ("كان", "كانت", "قد"):
        j -= 1
    if j < 1 or w[j] not in ("الذي", "التي"):
        return None
    k = j
    if w[k - 1] == "،":
        k -= 1
    c = chunk_end.get(k)
    if c is None or c.label != "PER" or not _name_like(c, True):
        return None
    return c


def _known_person(per: Chunk) -> bool:
    """A person kg's resolution found on its list of well-known names (an ASCII key such as
    ``person/bashar-al-assad``): "الأسد", "السيسي" are names though they start with the article."""
    return per.key.startswith("person/") and per.key.isascii() and "~" not in per.key


def _name_like(per: Chunk, ar: bool) -> bool:
    """A person mention that can carry a title: not a common noun with the article."""
    if not ar:
        return per.mention.text[:1].isupper()
    words = per.mention.text.split()
    if not words:
        return False
    # the written article (bare alef: "الحكومة"), not a name's "أل" (أليكسي)
    first = words[0]
    if first.startswith(("ال", "لل", "بال", "وال", "فال")):
        return False
    if first == "علي" and len(words) > 1:
        return True  # Ali, whom normalising (final ي -> ى) would read as the preposition على
    return normalize(first) not in cues.AR_CLAUSE_OPENERS and normalize(first) not in cues.AR_PREPOSITIONS


def _members(doc: Document, view: SentenceView) -> list[Relation]:
    """``X، عضو Y`` / ``X, a member of Y`` / ``عضو Y X``; ``ORG الروسي`` -> country."""
    out: list[Relation] = []
    member_words = cues.AR_MEMBER if view.lang == "ar" else cues.EN_MEMBER
    ch = view.chunks
    for i, c in enumerate(ch):
        if c.label not in ("PER", "ORG"):
            continue
        nxt = ch[i + 1] if i + 1 < len(ch) else None
        if nxt is not None and nxt.label == "ORG" and 0 < nxt.start - c.end <= 6:
            gap = view.words[c.end : nxt.start]
            if any(g in member_words for g in gap):
                out.append(_rel(view, doc, c.key, "memberOf", nxt.key, 0.7, c.start, nxt.end))
        # Arabic puts the adjective after the organization; an English adjective after an
        # organization belongs to what follows ("damage Labour or British interests")
        # (one word between: a quote, "وزارة الاقتصاد والتجارة القطرية", "قنوات بي ان سبورتس الرياضية
        # القطرية"; not "المنتخب التونسي نظيره الإسباني", "الفيفا اللاعبة البرازيلية")
        if (view.lang == "ar" and c.label == "ORG" and nxt is not None and nxt.nationality and not nxt.conj
                and nxt.start - c.end <= 1
                and all(_org_modifier(g) for g in view.words[c.end : nxt.start]) and _is_country(nxt.key)
                and _org_adjective_agrees(view, c, nxt)):
            out.append(_rel(view, doc, c.key, "country", nxt.key, 0.6, c.start, nxt.end))
    return out


_QUOTES = frozenset(['"', "'", "«", "»", "“", "”"])


def _org_adjective_agrees(view: SentenceView, org: Chunk, adj: Chunk) -> bool:
    """Past a coordinated noun (``ORG وال<noun> <adjective>``) only a feminine adjective can still be
    the organization's (``مؤسسة الحج والزيارة الإيرانية``); a masculine one is the noun's (``قوات
    التحالف والجيش السوري``, ``منظمة الخوذ البيضاء والمرصد السوري``)."""
    gap = view.words[org.end : adj.start]
    return not any(g.startswith("وال") for g in gap) or view.words[adj.end - 1].endswith("ه")


def _org_modifier(word: str) -> bool:
    """A word between an organization and its nationality adjective that still lets the adjective be
    the organization's: a quote, a coordinated noun ("والتجارة"), a feminine nisba ("الرياضية")."""
    return word in _QUOTES or word.startswith("وال") or (word.startswith("ال") and word.endswith("يه"))


def _is_country(key: str | None) -> bool:
    """kg:country points at a country (``country/RU``), never at a place or a phrase."""
    return bool(key) and str(key).startswith("country/")


def _listed_region(key: str | None) -> bool:
    """A region on kg's list of well-known names (``loc/asia``, ``loc/west-bank``)."""
    from kg.resolve import known

    return bool(key) and str(key).startswith("loc/") and known.is_region_key(str(key))


#: the last word of an English place that lies in a city: a site, a district ("Camden Market, London",
#: "Belmarsh Prison in London", "Kentish Town, London")
_EN_SITES = frozenset(
    "market hall park centre center prison airport street road square bridge club hospital university "
    "college palace house tower church cathedral mosque station theatre theater museum stadium arena "
    "garden gardens court camp base town village district quarter estate ground abbey castle".split()
)
#: the kind of place named before a place (normalised): "في ولاية كاليفورنيا", "بمحافظة حضرموت"
_AR_PLACE_NOUNS = frozenset("ولايه محافظه منطقه اقليم مقاطعه اماره جزيره".split())
#: a part of a country: "شمال العراق", "وسط سوريا", "شمال غربي سوريا"
_AR_DIRECTIONS = frozenset("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي".split())


def _places(doc: Document, view: SentenceView) -> list[Relation]:
    """``Ryazan في روسيا``, ``Pyongyang, North Korea``: a place within a place."""
    out: list[Relation] = []
    ch = view.chunks
    for i in range(len(ch) - 1):
        a, b = ch[i], ch[i + 1]
        if a.label != "LOC" or b.label != "LOC" or a.kind == "Country" or a.nationality or _listed_region(a.key):
            continue  # a continent, sea or contested territory lies in no one country
        if a.key == b.key or b.kind == "City" and (
            a.kind == "City" or view.lang == "ar" and a.mention.attrs.get("country_iso")
            or view.lang == "en" and view.words[a.end - 1] not in _EN_SITES
        ):
            continue  # "Brussels, Paris" is a list: no city lies in a city (but "Camden Market, London");
            # "against Wales in Cardiff": a team where it plays
        gap = view.words[a.end : b.start]
        if view.lang == "ar":
            ok = (gap in (["في"], ["ب"]) or not gap and b.prep in ("في", "ب")) or (
                not gap and b.nationality and not b.conj  # not "الحوثيين والسعودية"
            )
            # "إسطنبول، بشيكتاش": after a comma only a country (a list of places otherwise)
            ok = ok or gap == ["،"] and (b.kind == "Country" or b.nationality) and not b.conj  # "المضيف، وأوروغواي"
            # "سان خوسيه في ولاية كاليفورنيا", "المكلا بمحافظة حضرموت": a place noun before the larger
            # place (not a city's name: "في محافظة إدلب" names the governorate, whose key is the city's)
            ok = ok or b.kind != "City" and not b.conj and (
                gap[:1] == ["في"] and gap[1:] and all(g in _AR_PLACE_NOUNS for g in gap[1:]) and len(gap) == 2
                or len(gap) == 1 and gap[0][:1] == "ب" and gap[0][1:] in _AR_PLACE_NOUNS
            )
            # "أربيل شمال العراق", "سوليزبيري، شمال انجلترا،", "حمص وسط سوريا": a part of a country
            rest = gap[1:] if gap[:1] == ["،"] else gap
            ok = ok or b.kind == "Country" and not b.conj and 0 < len(rest) <= 2 and all(g in _AR_DIRECTIONS for g in rest)
        else:
            # "Yellowstone National Park in the US"; not "Il Sole 24 Ore, Italy's business newspaper"
            ok = gap in ([","], ["in"], ["in", "the"]) and not view.words[b.end - 1].endswith(("'s", "’s"))
            if gap == [","] and not (b.kind == "Country" or b.nationality):
                # "Heathrow, Gatwick, Edinburgh and Glasgow": a list, not a place in a place; "In
                # London, Corus fell": a clause after the place, not an apposition; "in Miami Beach,
                # Florida, where": an apposition closed by a comma that no place follows
                before = view.words[a.start - 1] if a.start > 0 else ""
                after = view.words[b.end] if b.end < len(view.words) else "."
                starts = {c.start for c in ch}
                listed = after == "," and (b.end + 1 in starts or b.end + 2 < len(view.words)
                                           and view.words[b.end + 1] in ("and", "or") and b.end + 2 in starts)
                ok = before in cues.EN_PREPOSITIONS and not listed and (  # "tackling Aids, UNAIDS, pointed"
                    after in _EN_APPOSITION_ENDS or after in cues.EN_PREPOSITIONS
                )
        if not ok:
            continue
        known = a.mention.attrs.get("country_iso")
        if known and _is_country(b.key) and str(b.key) != f"country/{known}":
            continue  # "قوات تدعمها طهران في سوريا", "in Paris, Ireland face": Paris is in France
        if b.kind == "Country" or b.nationality:
            # a place in a country: the same property as the entity layer's country of a gazetteer
            # city (kg.resolve.labelling.country_link), here with the sentence that states it
            if _is_country(b.key):  # not "الغزو السوفييتي", a span that merely ends in a nationality
                out.append(_rel(view, doc, a.key, "locatedIn", b.key, 0.6, a.start, b.end))
        else:
            out.append(_rel(view, doc, a.key, "locatedIn", b.key, 0.5, a.start, b.end))
    return out
