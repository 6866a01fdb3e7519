"""Cue rules for people and organizations, and in-document propagation of names.

A title or role before a name marks a person (``الزعيم الكوري الشمالي، كيم جونغ- أون``,
``نائب وزير الدفاع أليكسي كريفوروتشكو``, ``President Vladimir Putin``); a head noun
such as ``وكالة`` / ``وزارة`` / ``حزب`` followed by definite modifiers marks an
organization (``وزارة الدفاع الروسية``).  Once a name is known in a document, its
later occurrences, alone or by the surname (``كريفوروتشكو``, ``كيم``), with or
without a proclitic (``وبوتين``), are marked too.

These rules are the second opinion beside the trained model; their scores are
lower than a confident model's.
"""
from __future__ import annotations

import functools
import re

from kg.model import ORG, PER, Document, Mention
from kg.text.arabic import normalize, strip_clitics
from kg.text.tokenize import Token, token_keys, tokenize

# Titles and roles that precede a person's name (normalised, as token sequences).
AR_PERSON_CUES = [
    "الزعيم", "الرئيس", "رئيس", "نائب الرئيس", "رئيس الوزراء", "رئيس الحكومه", "وزير", "وزيره", "نائب وزير",
    "الوزير", "الملك", "الملكه", "الامير", "ولي العهد", "الشيخ", "السلطان", "المستشار", "المستشاره", "السفير",
    "المتحدث", "المتحدثه", "الناطق", "الجنرال", "اللواء", "العميد", "العقيد", "الفريق", "الفريق أول", "الفريق الركن", "المشير", "الاميرال",
    "القائد", "زعيم", "الامين العام", "امين عام", "السيناتور", "النائب", "المبعوث", "الدكتور", "د", "السيد",
    "السيده", "الرئيس التنفيذي", "المدير", "مدير", "محافظ", "حاكم", "عمده", "البابا", "الامام", "المرشد",
    "الكاتب", "الكاتبه", "الصحفي", "الصحفيه", "المحلل", "الباحث", "المدرب", "اللاعب", "النجم", "الفنان",
    "المغني", "الممثل", "الممثله", "القاضي", "المدعي العام",
]
#: First words of title cues that are also name words ("محمد أمين", "د" an initial): a name goes on over them.
_CUES_ALSO_NAMES = frozenset({"امين", "د", "ولي"})
#: One-word definite titles: an organization's name ends before them.
_AR_TITLE_WORDS = {normalize(c) for c in AR_PERSON_CUES if " " not in c and c.startswith("ال")}
# Words that continue a title (ministries, offices, nationalities are matched by shape).
_AR_TITLE_CONT = {normalize(w) for w in (
    "الدفاع الخارجيه الداخليه العدل الماليه الاقتصاد التجاره الصحه التعليم الاعلام الطاقه النفط الزراعه "
    "الوزراء الحكومه الجمهوريه الاركان العام العامه الاول السابق السابقه الحالي المنتخب الامريكي الاميركي "
    "التنفيذي البرلمان مجلس الشيوخ النواب الامن القومي الاستخبارات المخابرات الجيش الدولي الامم المتحده "
    "الوطني باسم وزاره الرئاسه البيت الابيض الكرملين لشؤون شؤون"
).split()}
_AR_STOP = {normalize(w) for w in (
    "في من الى إلى على عن مع ان أن إن الذي التي الذين قد لقد كان كانت يكون هو هي هم انه أنه انها خلال بعد "
    "قبل عند حيث كما او أو ثم لكن لم لن ما لا هذا هذه ذلك تلك بين حول ضد منذ حتى اليوم امس أمس غدا "
    "السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة وقال قال وأضاف أضاف وأكد أكد ذكر ذكرت بحسب وفق "
    "يوم عام شهر الذي بشكل ايضا أيضا فقط جدا كل بعض غير عبر لدى نحو إذ اذ لـ"
).split()}
_AR_ADJ_STOP = {normalize(w) for w in (
    "المسؤول المسؤوله الجديد الجديده الحالي السابق المقبل الماضي الذي التي الكبير الكبيره المحتمل المختص المعني"
).split()}
#: Head nouns of Arabic organization names (normalised): وكالة, وزارة, حزب, ...
AR_ORG_HEADS = {normalize(w) for w in (
    "وكالة وزارة حزب حركة جماعة منظمة هيئة مجلس شركة مؤسسة بنك مصرف جامعة بورصة اتحاد جمعية محكمة "
    "الحرس الجيش القوات قوات البرلمان الكونغرس مكتب لجنة اللجنة المجلس الوكالة الوزارة الحكومة حكومة "
    "صحيفة قناة شبكة تنظيم جبهة كتائب ميليشيا مليشيا رابطة نادي منتخب"
).split()}
_EN_PERSON_CUES = {
    "President", "Prime", "Minister", "Chancellor", "King", "Queen", "Prince", "Princess", "Sheikh", "Emir",
    "General", "Gen", "Colonel", "Col", "Lieutenant", "Admiral", "Senator", "Sen", "Rep", "Representative",
    "Governor", "Gov", "Mayor", "Secretary", "Ambassador", "leader", "Leader", "spokesman", "spokeswoman",
    "Mr", "Mrs", "Ms", "Dr", "Pope", "Judge", "Justice", "Commander", "Chairman", "Director", "minister",
    "president", "envoy", "chief", "CEO", "Premier", "Dictator", "Sultan",
}
_EN_ORG_HEADS = {"Ministry", "Agency", "Party", "Council", "Commission", "Committee", "Bank", "Army",
                 "Guard", "Corporation", "Company", "University", "Organization", "Organisation", "Union",
                 "Front", "Movement", "Court", "Parliament", "Assembly", "Institute", "Association", "Service"}
#: Capitalised words that begin sentences, not names: an organization's name does not grow over them
#: ("The Bank of England", "Yesterday Deutsche Bank", "Later Bank" were organizations).
_EN_NOT_IN_NAMES = frozenset(
    "The A An In On At By For From With To Of And But Or So If As When While After Before Since "
    "Yesterday Today Tomorrow Later Earlier Meanwhile However Now Then Also Last Next This That These "
    "Those Its His Her Their Our Many Some Most Both Several".split()
)
_PUNCT = set(".،,؛;:!?؟()\"«»“”'[]{}/")
_AR_LETTERS = re.compile(r"^[\u0621-\u064A\u0640\u064B-\u0652]+$")


def _ar_name_token(tok: Token, key: str) -> bool:
    """Could this token be part of a name? Not a function word, not definite, no pronoun suffix."""
    raw = tok.text
    return (
        bool(_AR_LETTERS.match(key))
        and not raw.startswith("ال")
        and key not in _AR_STOP
        and len(key) >= 2
        and not (len(raw) >= 5 and raw.endswith(("ه", "ها", "هم")))
    )


#: The scope an organization's head takes before its field ("الهيئة العامة للرياضة",
#: "الهيئة الوطنية للانتخابات", "المنظمة العربية للتنمية"), normalised.
_AR_ORG_SCOPE = {normalize(w) for w in ["العامة", "العليا", "الوطنية", "الدولية", "العربية", "الاتحادية",
                                         "المركزية", "المستقلة", "الأوروبية", "الإسلامية", "الأهلية", "الملكية"]}


def _of_the(tok: Token, key: str) -> bool:
    """"لل" + a word: ``للرياضة``, ``للطيران`` (for the ...), a field after an organization's scope."""
    return tok.text.startswith("لل") and len(key) >= 5 and key not in _AR_STOP


def _definite(tok: Token, key: str) -> bool:
    """A definite word (``الروسي``), told from names that merely begin with alef-lam (``أليكسي``)."""
    return tok.text.startswith("ال") and key not in _AR_STOP and key not in _AR_ADJ_STOP


def extract(doc: Document, known: list[Mention] | None = None) -> list[Mention]:
    """Person and organization mentions found by cue rules, plus propagated names.

    Args:
        doc: the document.
        known: mentions found by other extractors (model, gazetteer); their person
            and organization names are propagated too.

    Returns:
        New mentions (source ``"rules"``), possibly overlapping ``known``.
    """
    tokens = tokenize(doc.text)
    keys = token_keys(doc.text)  # the tokens' normalised texts, for the cue rules and propagation
    places = [(m.start, m.end) for m in known or [] if m.label not in (PER, ORG)]
    orgs = [(m.start, m.end) for m in known or [] if m.label == ORG and m.source == "gazetteer"]
    if doc.lang == "en":
        found = _english(doc.text, tokens)
    else:
        persons = [(m.start, m.end) for m in known or [] if m.label == PER]
        found = _arabic(doc.text, tokens, orgs, persons, keys=keys)
    found = [t for m in found if (t := _before_places(doc.text, m, places)) is not None]
    if doc.lang != "en":
        found = [_before_country(doc.text, m, known or []) for m in found]
    # nor a listed organization: "لفريق ريال مدريد" after a title is the club, and the one word
    # left before it ("لفريق", "لنادي") its head noun, no name
    found = [t for m in found if (t := _before_places(doc.text, m, orgs)) is not None
             and (t is m or len(t.text.split()) > 1)]
    return found + _propagate(doc.text, tokens, found + list(known or []), keys=keys)


def _before_country(text: str, m: Mention, known: list[Mention]) -> Mention:
    """An organization span cut where a country follows its nationality adjective ("هاجم الجيش
    الأمريكي العراق": the army is "الجيش الأمريكي", Iraq the object): a name goes on with
    adjectives, not with a second state."""
    if m.label != ORG:
        return m
    adjectives = [k for k in known if k.kind == "Country" and k.attrs.get("nationality") and m.start < k.start < m.end]
    for k in known:
        if k.kind != "Country" or k.attrs.get("nationality") or not (m.start < k.start < m.end):
            continue
        # only an adjective that ends right before the country (an adjective after it, or
        # overlapping it, leaves an empty slice too: that crashed on a sentence of unseen news)
        touching = [a.end for a in adjectives if a.end <= k.start and text[a.end : k.start].strip() == ""]
        if touching:
            return _m(text, m.start, max(touching), ORG, m.score)
    return m


def _before_places(text: str, m: Mention, places: list[tuple[int, int]]) -> Mention | None:
    """A person span cut short where a known place begins ("بوتين بيونغ يانغ" -> "بوتين");
    None when a place covers its start."""
    if m.label != PER:
        return m
    end = m.end
    for s, e in places:
        if s < end and m.start < e:
            if s <= m.start:
                return None
            end = s
    if end == m.end:
        return m
    while end > m.start and (text[end - 1].isspace() or text[end - 1] in "-،,"):
        end -= 1
    return _m(text, m.start, end, PER, m.score) if end > m.start else None


@functools.lru_cache(maxsize=1)
def _cue_index() -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """Person cues by first word, as ``(rank, cue)``: rank orders the longest cue first."""
    cues = sorted((tuple(normalize(c).split()) for c in AR_PERSON_CUES), key=len, reverse=True)
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for rank, cue in enumerate(cues):
        index.setdefault(cue[0], []).append((rank, cue))
    return index


def _find_cue(keys: list[str], i: int) -> tuple[str, ...] | None:
    """The longest person cue starting at token ``i`` (its first word one of the token's first
    three stems)."""
    for _rank, cue in _token_rules(keys[i])[0]:
        if tuple(keys[i + 1 : i + len(cue)]) == cue[1:]:
            return cue
    return None


@functools.lru_cache(maxsize=1 << 15)
def _token_rules(key: str) -> tuple[tuple[tuple[int, tuple[str, ...]], ...], tuple[str, int] | None]:
    """What the cue rules read of a token with this key (a pure function of it, memoised):
    the person cues whose first word is one of its first three stems
    (:func:`kg.text.arabic.strip_clitics`), as ``(rank, cue)`` longest first, and the first of
    those stems that heads an organization's name, with its proclitic length."""
    stems = _first_stems(key)
    index = _cue_index()
    cues = sorted(rc for s in dict.fromkeys(s for s, _ in stems) for rc in index.get(s, ()))
    head = next(((s, plen) for s, plen in stems if s in AR_ORG_HEADS), None)
    return tuple(cues), head


def _arabic(text: str, tokens: list[Token], orgs: list[tuple[int, int]] | None = None,
            persons: list[tuple[int, int]] | None = None, keys: list[str] | None = None) -> list[Mention]:
    """Arabic person and organization cue rules; ``orgs`` are the gazetteer's organization spans,
    which a title may name before the person ("المتحدث باسم حركة حماس فوزي برهوم"); ``persons``
    the spans other extractors found as persons (a lone word after a title needs a second signal);
    ``keys`` the tokens' normalised texts, if known (:func:`kg.text.tokenize.token_keys`)."""
    if keys is None:
        keys = [normalize(t.text) for t in tokens]
    out: list[Mention] = []
    i, n = 0, len(tokens)
    while i < n:
        cues, head = _token_rules(keys[i])
        cue = _find_cue(keys, i) if cues else None
        if cue:
            j = i + len(cue)
            # title continuation: ministries, nationality adjectives (definite words), offices
            while j < n and (keys[j] in _AR_TITLE_CONT or (_definite(tokens[j], keys[j]) and j - i < 6)):
                j += 1
            while j < n and any(a <= tokens[j].start < b for a, b in orgs or ()):
                j += 1  # "باسم حركة حماس": the organization the title names is no part of the name
            if j < n and tokens[j].text in "،,":
                j += 1
            k = j
            words = 0
            while k < n and words < 3:
                if k > j and keys[k] in _cue_index() and keys[k] not in _CUES_ALSO_NAMES:
                    break  # the next title: "صدقي صبحي وزير الدفاع"
                if _ar_name_token(tokens[k], keys[k]):
                    words += 1
                    k += 1
                    # "جونغ- أون": a hyphen inside a name
                    if k + 1 < n and tokens[k].text == "-" and _ar_name_token(tokens[k + 1], keys[k + 1]):
                        k += 1
                    continue
                break
            if words >= 1 and k > j and _name_after_title(keys[j:k], [t.start for t in tokens[j:k]], persons or []):
                out.append(_m(text, tokens[j].start, tokens[k - 1].end, PER, 0.6))
                i = k
                continue
        if head:
            j = i + 1
            # the definite words of the name, up to a title ("بوزارة الداخلية اللواء منصور التركي")
            while j < n and j - i <= 5 and _definite(tokens[j], keys[j]) and keys[j] not in _AR_TITLE_WORDS:
                j += 1
            if j - i == 2 and keys[i + 1] in _AR_ORG_SCOPE and j < n and _of_the(tokens[j], keys[j]):
                # "الهيئة العامة للرياضة", "اللجنة الدولية للصليب الأحمر": after a head and its scope
                # the name goes on with "لل" + its field, and that field's definite words
                j += 1
                while j < n and j - i <= 5 and _definite(tokens[j], keys[j]) and keys[j] not in _AR_TITLE_WORDS:
                    j += 1
            if j - i >= 2 and not (head[0].startswith("ال") and j - i < 3):
                plen = head[1]
                if plen >= 2 and keys[i][plen - 2 : plen] == "ال":
                    plen -= 2  # "والحكومة المحلية", "الشركة الفرنسية": the article is the name's
                start = _skip(tokens[i], plen)
                out.append(_m(text, start, tokens[j - 1].end, ORG, 0.55))
                i = j
                continue
        i += 1
    return out


def _skip(tok: Token, plen: int) -> int:
    """Start offset of a token after ``plen`` normalised proclitic letters."""
    from kg.text.arabic import normalize_with_map

    if plen == 0:
        return tok.start
    _norm, index = normalize_with_map(tok.text)
    return tok.start + index[min(plen, len(index) - 1)]


def _name_after_title(name: list[str], starts: list[int], persons: list[tuple[int, int]]) -> bool:
    """May these words after a title be the person's name?  One word: see :func:`_one_word_name`.
    Longer: no word may be an organization head, and one word must pass that test too
    ("الوزيرة كتبت مسودة", "اللاعب لصفوف فريق الهلال" named no one)."""
    pairs = [(w, st) for w, st in zip(name, starts) if w != "-"]
    if len(pairs) > 1 and any(s in AR_ORG_HEADS for w, _ in pairs for s, _ in strip_clitics(w)[:3]):
        return False
    return any(_one_word_name(w, st, persons) for w, st in pairs)


def _one_word_name(key: str, start: int, persons: list[tuple[int, int]]) -> bool:
    """May a lone word after a title be the person's name ("الرئيس بوتين", "كريفوروتشكو")?

    No organization head ("رئيس نادي الزمالك": the club follows), and a second signal
    that it is a name: the model or gazetteer found a person there, or (words of four
    letters or more) kg's list knows the name or the name scorer (trained on
    transliterated names) says so.
    Without it, verbs and nouns after a title became people: "الرئيس تجاهل الأسئلة",
    "الفريق ينوي اللعب", "رئيس تنفيذي", "حزب محافظ تأسس".
    """
    if any(s in AR_ORG_HEADS for s, _ in strip_clitics(key)[:3]):
        return False
    if any(s <= start < e for s, e in persons):
        return True  # "الرئيس عون": short, but the model found a person there
    if len(key) < 4:
        return False
    from kg.resolve import known

    if known.lookup(key, "Person") is not None:
        return True
    scorer = _name_scorer()
    return scorer is None or scorer.score(key) >= 0.5


def _name_scorer():  # -> NameScorer | None (kept lazy: the scorer's table loads on first use)
    from kg.ner.resources import name_scorer
    from kg.ner.tagger import MODELS_DIR

    return name_scorer(MODELS_DIR / "ar_names.json.gz")  # the tagger's own instance


def _english(text: str, tokens: list[Token]) -> list[Mention]:
    out: list[Mention] = []
    i, n = 0, len(tokens)
    cap = [t.text[:1].isupper() and t.text.isalpha() for t in tokens]
    while i < n:
        if tokens[i].text in _EN_PERSON_CUES:
            j = i + 1
            while j < n and (tokens[j].text in _EN_PERSON_CUES or tokens[j].text in {".", "of", "the", "Foreign", "Defence", "Defense"}):
                j += 1
            k = j
            while k < n and cap[k] and tokens[k].text not in _EN_PERSON_CUES and k - j < 4:
                k += 1
            if k > j:
                out.append(_m(text, tokens[j].start, tokens[k - 1].end, PER, 0.6))
                i = k
                continue
        if cap[i] and tokens[i].text in _EN_ORG_HEADS:
            # "the Russian National Guard", "Ministry of Defence": grow left over capitals, right over "of X"
            a = i
            while a > 0 and cap[a - 1] and tokens[a - 1].text not in _EN_NOT_IN_NAMES:
                a -= 1
            b = i + 1
            while b + 1 < n and tokens[b].text in {"of", "for"} and cap[b + 1]:
                b += 2
                while b < n and cap[b]:
                    b += 1
            if b - a >= 2:
                out.append(_m(text, tokens[a].start, tokens[b - 1].end, ORG, 0.55))
                i = b
                continue
        i += 1
    return out


#: The least confidence of a model mention whose name :func:`_propagate` spreads.
PROPAGATE_MIN_SCORE = 0.5


def _propagate(text: str, tokens: list[Token], found: list[Mention], keys: list[str] | None = None) -> list[Mention]:
    """Mark later occurrences of known person/org names and person surnames.

    A name the model found with less than :data:`PROPAGATE_MIN_SCORE` confidence is not
    spread (the tagger's unsure guesses, ``"حجاب"`` at 0.41, would otherwise tag every
    occurrence of the word), and an Arabic person name is not matched inside a word with
    the article (``الحجاب``, ``للبريكست``): a name without ``ال`` does not take it.
    """
    names: dict[tuple[str, ...], str] = {}
    for m in found:
        if m.label not in (PER, ORG) or (m.source == "ner" and m.score < PROPAGATE_MIN_SCORE):
            continue
        words = tuple(normalize(t.text) for t in tokenize(m.text) if t.text != "-")
        if not words:
            continue
        names.setdefault(words, m.label)
        if m.label == PER and len(words) >= 2:
            for w in (words[0], words[-1]):
                if len(w) >= 3 and w not in _AR_STOP and w[:1].isalpha():
                    names.setdefault((w,), PER)
    if not names:
        return []
    longest: dict[str, int] = {}  # first word -> the most words of a name starting with it
    for k in names:
        longest[k[0]] = max(longest.get(k[0], 0), len(k))
    if keys is None:  # the tokens' normalised texts (kg.text.tokenize.token_keys)
        keys = [normalize(t.text) for t in tokens]
    taken = {(m.start, m.end) for m in found}
    out: list[Mention] = []
    i, n = 0, len(tokens)
    while i < n:
        matched = False
        for stem, plen in _first_stems(keys[i]):
            for ln in range(min(longest.get(stem, 0), n - i), 0, -1):
                seq: list[str] = [stem]
                k = i + 1
                while len(seq) < ln and k < n:
                    if tokens[k].text != "-":
                        seq.append(keys[k])
                    k += 1
                label = names.get(tuple(seq))
                if label and tokens[i].text[:1].islower():
                    label = None  # a cased script names with a capital: "the bank", "closures"
                if label == PER and keys[i][: len(keys[i]) - len(stem)].endswith(("ال", "لل")):
                    label = None  # "بالحجاب" is no repeat of a person "حجاب"
                if label:
                    start = _skip(tokens[i], plen)
                    span = (start, tokens[k - 1].end)
                    if span not in taken:
                        out.append(_m(text, span[0], span[1], label, 0.5, source="propagation"))
                    i = k
                    matched = True
                    break
            if matched:
                break
        if not matched:
            i += 1
    return out


@functools.lru_cache(maxsize=1 << 15)
def _first_stems(key: str) -> tuple[tuple[str, int], ...]:
    """The first three of :func:`kg.text.arabic.strip_clitics` (memoised: callers must not change it)."""
    return tuple(strip_clitics(key)[:3])


def _m(text: str, start: int, end: int, label: str, score: float, source: str = "rules") -> Mention:
    surface = text[start:end]
    return Mention(start, end, surface, label=label, score=score, source=source, norm=normalize(surface))
