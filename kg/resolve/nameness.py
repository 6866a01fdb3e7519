"""Does a mention look like a name?  Keep NER junk out of the entity layer.

A tagger trained on 2007 newswire, run on today's news, also tags words that are
no name at all (``وراء``, ``قوله``, ``والرئيس قلقان إزاء``) and runs names into the
next word (``محمود عباس جيدة``, ``نواز شريف بسبب``).  Resolution must not turn
such spans into entities nor merge them into real ones.  Two rules:

1. **Edges that are not name words are cut off** (:func:`name_span`): a word is a
   *non-name word* when the shipped table (``data/common_ar.tsv``, built by
   :mod:`kg.resolve.build_common` from a treebank and news word counts, name lists
   exempt) lists it as a function word, a verb or a very frequent common word of
   the news, glued proclitics allowed (``وبسبب``).  A person name loses such words
   at both ends (a title such as ``الرئيس`` at the start stays: resolution drops it
   from the key), an organization or place name only function words and verbs
   (``وزارة الخارجية`` is made of common words).  A span with nothing left is not a
   name: it becomes no entity.
2. **An unconfirmed single sighting stays in its document** (:func:`is_confirmed`,
   :func:`linkable`): an entity that no gazetteer or list knows, that its document
   names only once and that the tagger gave a low score, or an organization or place
   named by one common word (``الحكومة``: which government?), keeps its mention in
   the document graph but gets a document-local key, so it is never merged with an
   entity of another document.

English mentions pass rule 1 unchanged (the table is Arabic); capitalisation
already keeps most English junk out of the tagger's output.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.model import PERSON, Mention
from kg.resolve.names import NAME_PARTICLES
from kg.text.arabic import is_arabic, normalize

TABLE = Path(__file__).parent / "data" / "common_ar.tsv"
#: Classes of the table that are not name words (``N`` marks a name that merely looks like a clitic form).
NOT_NAME = frozenset({"F", "V", "C"})
#: Function words and verbs: no part of a name's edge, whatever its type.
CLOSED = frozenset({"F", "V"})
#: Proclitics that may be glued to a word of the table (longest first).
_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
#: A single sighting scored below this by the tagger is not linked across documents.
WEAK_SCORE = 0.8
#: Sources whose mentions are confirmed: a gazetteer entry, an id.
_CONFIRMING = frozenset({"gazetteer"})
#: Separates an entity key from the document tag of a document-local key.
LOCAL_MARK = "~"
_WORD = re.compile(r"\S+")
_NO_MARKS = {c: None for c in range(0x064B, 0x0653)}
_SEP = re.compile(r"[\s\-\u2010-\u2015_.\u060c,\"'\u201c\u201d\u00ab\u00bb()\[\]/#:]+")


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """The shipped word table, ``{normalised word: class}``."""
    out: dict[str, str] = {}
    if not TABLE.exists():
        return out
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        word, cls, *_ = line.split("\t")
        out[word] = cls
    return out


def clitic_stems(word: str) -> list[str]:
    """The word without a glued proclitic, each possibility (stems of 3+ letters).

    >>> clitic_stems("وبسبب")
    ['سبب', 'بسبب']
    >>> clitic_stems("للجماعه")
    ['الجماعه', 'لجماعه']
    """
    out = ["ال" + word[2:]] if word.startswith("لل") and len(word) >= 5 else []
    return out + [word[len(p):] for p in _CLITICS if word.startswith(p) and len(word) - len(p) >= 3]


#: "that" / "because" written with hamza, alone or after a proclitic: never a name ("بأن أسرام
#: بابو": the tagger took "بأن" for a given name; normalised, "بان" is also Ban Ki-moon's).
_HAMZA_CONJUNCTIONS = frozenset(
    p + c + s for p in ("", "و", "ف", "ب", "ل", "ك") for c in ("أن", "إن") for s in ("", "ه", "ها", "هم", "نا")
)


@lru_cache(maxsize=1 << 15)
def _lookup(token: str, raw: str | None = None) -> tuple[str | None, bool]:
    """(class, whether it carries a glued proclitic) of a normalised token (remembered:
    the table does not change while kg runs)."""
    if raw is not None and raw.translate(_NO_MARKS) in _HAMZA_CONJUNCTIONS:
        return "F", raw.translate(_NO_MARKS)[0] in "وفبلك"
    t = table()
    stems = clitic_stems(token) if is_arabic(token) else []
    glued = any(stem in t for stem in stems)  # "والرييس": و + a listed word
    for form in (token, *stems):
        cls = t.get(form)
        if cls is None:
            continue
        if cls == "N":
            return None, False
        if cls == "f":  # "على" is a preposition, "علي" (Ali) a name
            if raw is not None and raw.rstrip("\u064b-\u0652").endswith("\u064a"):
                return None, False
            cls = "F"
        return cls, glued
    return None, False


def word_class(token: str, raw: str | None = None) -> str | None:
    """The table's class of a normalised token, glued proclitics allowed, else None.

    Args:
        token: the normalised token.
        raw: the token as written, if known (``علي`` with a final ``ي`` is the name Ali).

    >>> word_class("وراء"), word_class("بوتين"), word_class("علي", "على"), word_class("علي", "علي")
    ('F', None, 'F', None)
    """
    return _lookup(token, raw)[0]


def _tokens(word: str) -> list[tuple[str, str | None]]:
    """Normalised tokens of a word, each with its raw form where the split agrees."""
    return list(_word_tokens(word))  # a new list each time: callers may change it


@lru_cache(maxsize=1 << 15)
def _word_tokens(word: str) -> tuple[tuple[str, str | None], ...]:
    norm = [t for t in _SEP.split(normalize(word)) if t]
    raw = [t for t in _SEP.split(word) if t]
    return tuple(zip(norm, raw)) if len(raw) == len(norm) else tuple((t, None) for t in norm)


#: A preposition glued to a word with hamza below (a verbal noun: ``بإحالة``, ``لإجراء``) or to the
#: article (``للكيماوي``): a prepositional phrase, which ends no person's name (no name opens with
#: ``بإ``, ``لإ`` or ``لل``; at a span's start it may be "to Ibrahim", ``لإبراهيم``).
_PREPOSITIONAL = re.compile(r"^[وف]?(?:[بل]\u0625|لل\w{3,})")


#: Definite adjectives that follow a person's name and are never its last word ("محمد عبد
#: اللطيف الشهير بـ ...", "عمار البالغ من العمر", "الملقب", "المعروف"); other common words
#: with the article may be family names (``العلمي``) and stay.
_AFTER_NAME = frozenset(normalize(w) for w in (
    "الشهير", "الشهيرة", "الملقب", "الملقبة", "المعروف", "المعروفة", "البالغ", "البالغة", "المدعو",
    "المدعوة", "المكنى", "المكناة"))


#: Ordinals: a name part only after a regnal name ("عبد الله الثاني"), never a person alone
#: (the tagger's "للعام الثاني", the second year).
_ORDINALS = frozenset(normalize(w) for w in (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"))


def _non_name_word(word: str, edge: str, typ: str) -> bool:
    """True if ``word`` (as written) may be cut off a ``typ`` mention at its ``edge``.

    Function words and verbs go from any edge of any name.  A common word goes only
    from a person name, and only where it is safe: at the start when glued to a
    proclitic or article (``والنفط رفائيل راميريز``; a bare first word may be a given
    name), at the end unless it carries the article (``كريم العلمي``).
    """
    toks = _tokens(word)
    if not toks:
        return True  # "#", "-": nothing of a name
    if edge == "end" and typ == PERSON and (_PREPOSITIONAL.match(word) or normalize(word) in _AFTER_NAME):
        return True
    for tok, raw in toks:
        cls, glued = _lookup(tok, raw)
        if cls in CLOSED:
            continue
        if cls is None and edge == "end" and typ == PERSON and _common_with_suffix(tok):
            continue  # "شي لتنفيذ خطته": "his plan" ends no name
        if cls != "C" or typ != PERSON:
            return False
        article = tok.startswith("ال") and not glued
        if edge == "start" and not (glued or article):
            return False
        if edge == "end" and article:
            return False
    return True


def closed_class(word: str) -> bool:
    """True for a function word or a verb of the shipped table (``في``, ``قد``, ``هدد``), as
    written, proclitics allowed: no part of any name."""
    toks = _tokens(word)
    return bool(toks) and all(_lookup(t, r)[0] in CLOSED for t, r in toks)


def _all_non_name(words: list[str], typ: str) -> bool:
    classes = NOT_NAME if typ == PERSON else CLOSED
    toks = [tr for w in words for tr in _tokens(w)]
    return all(_lookup(t, r)[0] in classes for t, r in toks)


def name_span(m: Mention, typ: str, titles: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Offsets (into ``m.text``) of the part of the mention that can be a name.

    Args:
        m: the mention.
        typ: the entity type it would become (Person cuts common words too).
        titles: normalised title words that may open a person mention.

    Returns:
        ``(start, end)`` within ``m.text``, or None when no word of it is a name word.

    >>> name_span(Mention(0, 16, "محمود عباس بسبب", label="PER", source="ner"), "Person")
    (0, 10)
    >>> name_span(Mention(0, 4, "وراء", label="PER", source="ner"), "Person") is None
    True
    """
    spans = [(w.start(), w.end()) for w in _WORD.finditer(m.text)]
    if not spans or not is_arabic(m.text):
        return (0, len(m.text)) if spans else None
    words = [m.text[a:b] for a, b in spans]
    if _all_non_name(words, typ) or (typ == PERSON and all(normalize(w) in _ORDINALS for w in words)):
        return None
    i, j = 0, len(words)
    while i < j - 1 and _non_name_word(words[i], "start", typ):
        if typ == PERSON and normalize(words[i]) in titles:
            break  # "الرئيس فلاديمير بوتين": the title stays, resolution keys the name
        i += 1
    phrase = False
    while j > i + 1 and _non_name_word(words[j - 1], "end", typ):
        if normalize(words[j - 2]) in NAME_PARTICLES:
            break  # "زين العابدين بن علي", "عبد القوي": the word after a particle is a name
        phrase = phrase or bool(typ == PERSON and _PREPOSITIONAL.match(words[j - 1]))
        j -= 1
    if phrase and _all_non_name(words[i:j], typ):
        return None  # "أمر بإحالة" (ordered the referral): a verb or noun and its object, no name
    if typ == PERSON and all(normalize(w) in titles for w in words[i:j]):
        return None  # a title alone
    return spans[i][0], spans[j - 1][1]


def is_confirmed(m: Mention) -> bool:
    """True if something besides the tagger vouches for the mention: a gazetteer entry
    for this very span, an id.  (A gazetteer that only matched a nationality inside or
    over the span, ``قطب أعمال روسي``, confirms nothing.)"""
    if m.source in _CONFIRMING:
        return True
    return any(m.attrs.get(k) for k in ("org_id", "wikidata", "iso", "geonames"))


def written_word_may_be_name(text: str, m: Mention, typ: str) -> bool:
    """False if a one-word mention starts inside a written word that is no name word.

    >>> t = "وصوت خمسون عضوا لصالح كافانو"
    >>> written_word_may_be_name(t, Mention(18, 22, "صالح", label="PER"), "Person")
    False
    >>> written_word_may_be_name(t, Mention(23, 29, "كافانو", label="PER"), "Person")
    True
    """
    start = m.start
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if start == m.start or m.start - start > 3 or len(_WORD.findall(m.text)) != 1:
        return True
    word = text[start:m.end]
    toks = _tokens(word)
    classes = NOT_NAME if typ == PERSON else CLOSED
    return not (toks and all(_lookup(t, r)[0] in classes for t, r in toks))


#: Currencies (normalised, singular and plural forms): a sum of money, not a name.
_CURRENCIES = frozenset(normalize(w) for w in """
ريال ريالا ريالات دولار دولارا دولارات يورو دينار دينارا دنانير درهم درهما دراهم جنيه جنيها جنيهات
ليرة ليرات روبل روبلا روبية روبيات ين يوان فرنك فرنكا استرليني""".split())
#: Number words that may stand before a currency (``50 ألف ريال``, ``خمسة ملايين ريال``).
_NUMBER_WORDS = frozenset(normalize(w) for w in """
ألف آلاف ألفا ألفي مليون ملايين مليونا مليوني مليار مليارات مليارا ملياري تريليون مئة مائة مئات
عشرة عشر عشرين عشرون ثلاثة ثلاثين أربعة خمسة خمسين ستة سبعة ثمانية تسعة""".split())
_NUMBER = re.compile(r"^[\d\u0660-\u0669\u06f0-\u06f9][\d\u0660-\u0669\u06f0-\u06f9.,\u066b\u066c]*$")


def amount(text: str, m: Mention) -> bool:
    """True if a one-word Arabic mention is a currency right after a number: a sum of money.

    The tagger has seen ``ريال`` start Real Madrid's name, and calls the riyal of
    ``50 ألف ريال`` an organization.

    >>> t = "جائزة مالية قدرها 50 ألف ريال، ولاعب ريال مدريد"
    >>> a, b = t.index("ريال"), t.rindex("ريال")
    >>> amount(t, Mention(a, a + 4, "ريال", label="ORG")), amount(t, Mention(b, b + 4, "ريال", label="ORG"))
    (True, False)
    """
    words = _WORD.findall(m.text)
    if len(words) != 1 or not is_arabic(m.text):
        return False
    if normalize(words[0].translate(_NO_MARKS)) not in _CURRENCIES:
        return False
    before = _WORD.findall(text[max(0, m.start - 40) : m.start])
    if not before:
        return False
    prev = before[-1].strip("()\"'\u00ab\u00bb")
    return bool(_NUMBER.match(prev)) or normalize(prev) in _NUMBER_WORDS


#: Pronoun suffixes that may be glued to a common noun (``جيشه``, ``قواتنا``).
_PRONOUN_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "نا", "كم", "ه")


def _common_with_suffix(word: str) -> bool:
    """True for a (normalised) common word of the table with a pronoun suffix, a glued
    proclitic allowed: "خطته" (his plan), "لشبكتنا" (to our network).

    >>> _common_with_suffix("خطته"), _common_with_suffix("لشبكتنا"), _common_with_suffix("بوتين")
    (True, True, False)
    """
    t = table()
    if t.get(word) is not None:
        return False
    for form in (word, *clitic_stems(word)):
        for suffix in _PRONOUN_SUFFIXES:
            base = form[: -len(suffix)]
            if not form.endswith(suffix) or len(base) < 3:
                continue
            # a ta marbuta is written ت before a suffix: "شبكتنا" is "شبكة" + نا
            if t.get(base) == "C" or (base.endswith("ت") and t.get(base[:-1] + "ه") == "C"):
                return True
    return False


def suffixed_common_word(text: str, m: Mention) -> bool:
    """True if a one-word mention is a common word of the table with a glued suffix, no name.

    A pronoun suffix (``جيشه``, ``قواتنا``) always; ``ي`` (a dual in construct or "my":
    ``جيشي البلدين``) only when a common word follows, since ``فوزي``, ``رمزي`` are names.

    >>> t = "وقال كيم إن جيشي البلدين يجب أن يتحدا"
    >>> suffixed_common_word(t, Mention(13, 17, "جيشي", label="PER"))
    True
    >>> t = "وقال فوزي البرقاوي إن الفوز مهم"
    >>> suffixed_common_word(t, Mention(5, 9, "فوزي", label="PER"))
    False
    >>> suffixed_common_word("وقال لشبكتنا إن", Mention(5, 12, "لشبكتنا", label="PER"))
    True
    """
    words = _WORD.findall(m.text)
    if len(words) != 1 or not is_arabic(m.text):
        return False
    toks = _tokens(words[0])
    if len(toks) != 1:
        return False
    word = toks[0][0]
    if table().get(word) is not None:
        return False
    if _common_with_suffix(word):  # "لشبكتنا": ل + شبكة + نا ("to our network")
        return True
    if word.endswith("ي") and len(word) >= 4 and table().get(word[:-1]) == "C":
        after = text[m.end :].split(maxsplit=1)
        nxt = _tokens(after[0]) if after else []
        return len(nxt) == 1 and table().get(nxt[0][0]) == "C"
    return False


def common_only(tokens: tuple[str, ...]) -> bool:
    """True if every token is a non-name word of the table (``الحكومة``)."""
    return bool(tokens) and all(word_class(t) in NOT_NAME for t in tokens)


#: Words that describe what kind of body something is, or which one of its kind, but name none:
#: heads (``البنك``, ``المحكمة``, ``وزارة``) and generic modifiers (``المركزي``, ``العليا``,
#: ``الداخلية``).  A name made only of these and of the table's common words (``البنك
#: المركزي``: which country's?) is a descriptor; written bare, without the article.
_DESCRIPTOR_WORDS = """
بنك مصرف برلمان محكمة محاكم نيابة شرطة وزارة هيئة مجلس لجنة جمعية حزب شركة جامعة نادي اتحاد منتخب
إدارة بلدية سلطة سلطات حكومة جيش قوات قوة أمن مخابرات استخبارات ادعاء قضاء مكتب رئاسة ديوان ائتلاف
تحالف وكالة مؤسسة صندوق مركز معهد مستشفى منظمة حركة جماعة جبهة تنظيم بورصة سفارة قنصلية حرس دفاع
مديرية دائرة مصلحة خزانة خزينة محافظة ولاية إمارة بعثة
مركزي مركزية وطني وطنية عام عامة عليا أعلى دستوري دستورية اتحادي اتحادية فيدرالي فيدرالية محلي محلية
حكومي حكومية رسمي رسمية شعبي شعبية ملكي ملكية أمني أمنية عسكري عسكرية مدني مدنية جنائي جنائية إداري
إدارية مالي مالية تجاري تجارية وزراء نواب شيوخ شورى شعب دولة داخلية خارجية عدل صحة تعليم اقتصاد طاقة
نفط زراعة إعلام أركان بحرية جوية برية أنباء معارضة حاكم حاكمة انتخابية انتخابات نقد جمهوري جمهورية
رئاسي رئاسية تنفيذي تنفيذية تشريعي تشريعية قضائي قضائية مستقلة مستقل عمومي عمومية
"""


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    return frozenset(normalize(w) for w in _DESCRIPTOR_WORDS.split())


def descriptor_word(token: str) -> bool:
    """True for a normalised token that describes a body without naming it: a descriptor
    word (article and glued proclitics allowed: ``البنك``, ``للبنك``) or a common word,
    function word or verb of the table.

    >>> descriptor_word("البنك"), descriptor_word("المركزي"), descriptor_word("الحكومه"), descriptor_word("حماس")
    (True, True, True, False)
    """
    desc = _descriptors()
    forms = [token, *(clitic_stems(token) if is_arabic(token) else ())]
    for f in forms:
        if f in desc or (f.startswith("ال") and f[2:] in desc):
            return True
    return word_class(token) in NOT_NAME


def descriptor_only(tokens: tuple[str, ...]) -> bool:
    """True if an Arabic name is made only of descriptor and common words (``البنك المركزي``,
    ``المحكمة العليا``, ``الحكومة``): it says what kind of body, not which one.

    >>> descriptor_only(("البنك", "المركزي")), descriptor_only(("بنك", "قطر", "الوطني"))
    (True, False)
    """
    return bool(tokens) and all(is_arabic(t) and descriptor_word(t) for t in tokens)


def local_key(key: str, doc_id: str, content_hash: str) -> str:
    """The document-local form of an entity key: stable (content-derived), never shared."""
    import hashlib

    tag = hashlib.sha1(f"{doc_id}\x00{content_hash}".encode()).hexdigest()[:10]
    return f"{key}{LOCAL_MARK}{tag}"


def is_local(key: str) -> bool:
    """True for a document-local entity key (``person/<slug>~<doc tag>``)."""
    return LOCAL_MARK in key


def linkable(mentions: list[Mention], tokens: tuple[str, ...], typ: str, known: bool,
             national: bool = False) -> bool:
    """May an entity with these mentions be merged with entities of other documents?

    Args:
        mentions: its mentions in this document.
        tokens: its name, as normalised tokens (the longest form).
        typ: its entity type.
        known: whether kg's list of well-known entities knows it.
        national: whether a nationality or country inside a mention or right after it says
            which country's body it is (``البنك المركزي المصري``).

    A name made only of descriptors and common words (``الحكومة``, ``البنك المركزي``) names a
    different body in every story unless a country is named with it.  A mention that rules
    propagated from another one (a later ``تروج`` after ``لوحات دعائية تروج``) is no sighting of
    its own: an entity needs two of the tagger's or the rules' own mentions, or one it is sure of.
    """
    if known or any(is_confirmed(m) for m in mentions):
        return True
    if typ != PERSON and len(tokens) == 1 and common_only(tokens):
        return False  # "الحكومة", "الجيش": a different one in every story
    if descriptor_only(tokens) and not national:
        return False  # "البنك المركزي": which country's?
    own = [m for m in mentions if m.source != "propagation"]
    if not own:
        return False  # only echoes of a name that became another entity here
    if len(own) >= 2:
        return True
    return max(m.score for m in own) >= WEAK_SCORE
