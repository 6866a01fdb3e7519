"""The nineteenth session's cheaper events step (mostly Arabic) gives what the code it replaces gave.

Each test runs the new path and the old one (kept here, or reached by switching the new path off
with ``monkeypatch``) on the same input: generated Arabic sentences full of the words the rules
look for, and Arabic and English news text through the whole events step.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from kg.events import groups, sentence, timex
from kg.model import Document, Mention
from kg.text.arabic import _REPLACEMENT, normalize_with_map
from kg.text.tokenize import Token

#: words of Arabic time expressions and their neighbours, with clitics, diacritics, digits in
#: both scripts, and words that only look like them
_AR_TIME_WORDS = (
    "أمس اليوم غدا غدًا البارحة الليلة الماضية أول من أمس بعد غد وأمس فاليوم الخميس الجمعة "
    "السبت يوم الأحد ليلة الاثنين المقبل الماضي الثلاثاء والأربعاء قبل منذ بعد خلال يومين أسبوعين "
    "ثلاثة أيام أشهر عام سنة الأسبوع الشهر العام السنة المقبلة القادم الحالي الجاري الماضيه "
    "يناير كانون الثاني تموز/يوليو يوليو (تموز) مارس رمضان شوال ذي القعدة 1445 هـ هجرية 2024 "
    "12 ٣ ١٢ 2024-07-12 12/07/2024 من سنة شهر في وقال الرئيس وزير الخارجية غزة ، . - / ( ) "
    "اليومية الغد الأمسية قبلها بعدما خلالها الاسبوعية"
).split()


def _ar_sentences(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rnd.choice(_AR_TIME_WORDS) for _ in range(rnd.randint(0, 12))]
        if rnd.random() < 0.2:
            words = [w + rnd.choice(("\u064b", "\u0640", "\u200f", "")) for w in words]
        out.append(rnd.choice((" ", "  ", "\n")).join(words))
    return out


def test_timex_text_without_its_map_is_normalize_with_map_text() -> None:
    texts = _ar_sentences(300, 1) + ["ΟΔΟΣ Σ İstanbul أَب", "", "KELVIN \u212a ß ﬁ"]
    for t in texts:
        assert t.translate(_REPLACEMENT) == normalize_with_map(t)[0]


def _resolved(text: str, date: dt.date | None) -> object:
    try:
        return timex.resolve_anchored(text, date, "ar")
    except ValueError as e:  # "قبل 2024 سنة": a year out of range (both paths alike)
        return repr(e)


def test_arabic_timex_patterns_run_only_when_they_can_match_as_all_of_them(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _ar_sentences(2000, 7)
    date = dt.date(2024, 7, 12)
    new = [_resolved(t, d) for t in texts for d in (date, None)]
    monkeypatch.setattr(timex, "PRECHECK_AR", False)
    old = [_resolved(t, d) for t in texts for d in (date, None)]
    assert new == old
    assert sum(map(bool, new)) > 1000  # most generated sentences hold a time expression


def test_arabic_timex_precheck_skips_only_patterns_that_cannot_match() -> None:
    for t in _ar_sentences(2000, 11):
        norm = normalize_with_map(t)[0]
        kinds = set(timex._ar_kinds(norm))
        for kind, pat in timex._ar_patterns():
            if pat.search(norm) is not None:
                assert kind in kinds, (kind, t)


def _ar_view(words: list[str], chunks: list[tuple[int, int, str, str]] = ()) -> sentence.SentenceView:  # type: ignore[assignment]
    """An Arabic sentence view of normalised words (as their own text) with the given name chunks."""
    text = " ".join(words)
    toks, at = [], 0
    for w in words:
        toks.append(Token(at, at + len(w), w))
        at += len(w) + 1
    view = sentence.SentenceView(0, 0, len(text), "ar", toks, list(words))
    for a, b, key, label in chunks:
        m = Mention(start=toks[a].start, end=toks[b - 1].end, text=text[toks[a].start : toks[b - 1].end],
                    label=label, entity=key)
        view.chunks.append(sentence.Chunk(a, b, key, label, "Country" if key.startswith("country/") else None, m))
    return view


def _old_find_ar(view: sentence.SentenceView, doc: Document) -> list[groups.Found]:
    """groups._find_ar as it was: every word's descriptors looked up in turn."""
    words, nat = view.words, groups.nationalities("ar")
    out: list[groups.Found] = []
    i, n = 0, len(words)
    while i < n:
        hit = None
        prefix = 0
        for h, p in groups._starts_ar(words[i]):
            if tuple(words[i + 1 : i + len(h.words)]) == h.words[1:]:
                hit, prefix = h, p
                break
        if hit is None:
            i += 1
            continue
        j = i + len(hit.words)
        iso = hit.iso or None
        k = j
        while k < n and k - j < 2 and words[k] in groups._AR_BETWEEN:
            k += 1
        end = j
        if iso is None and k < n:
            c = groups._chunk_at(view, k)
            if c is not None and c.start == k and c.key.startswith("country/"):
                if c.nationality or (
                    not words[i].lstrip("وف").lstrip("بلك").startswith("ال") and hit.words != ("معارضه",)
                ):
                    iso, end = groups._country_chunk(c), c.end
            elif words[k] in nat and (c is None or c.label == "ORG" and "~" in c.key):
                iso, end = nat[words[k]], k + 1
        if end < n and words[end] in ("الحر", "الوطني", "الشعبي", "الديمقراطيه"):
            i = end
            continue
        found = groups._accept(view, doc, i, end, hit, iso)
        if found is not None:
            found.prefix = prefix
            out.append(found)
        i = max(end, i + 1)
    return out


def _ar_group_sentences(n: int, seed: int) -> list[list[str]]:
    """Random Arabic sentences of descriptors (with proclitics), nationalities, names and filler."""
    rng = random.Random(seed)
    descriptors = [list(h.words) for hs in groups.heads("ar").values() for h in hs]
    nats = sorted(groups.nationalities("ar"))
    filler = "قال و في رييس الحر الوطني باسم من سوريا داعش قتل اعتقلت المتحدث ، . 60 الاف".split()
    out = []
    for _ in range(n):
        words: list[str] = []
        for _ in range(rng.randint(1, 14)):
            r = rng.random()
            if r < 0.4:
                d = list(rng.choice(descriptors))
                if rng.random() < 0.3:
                    d[0] = rng.choice(("و", "ف", "ب", "ل", "وب", "لل", "ول")) + d[0]
                if rng.random() < 0.15:
                    d = d[:-1] or d
                words += d
            elif r < 0.65:
                w = rng.choice(nats)
                words.append(rng.choice(("", "", "و", "ل", "لل", "ف")) + w)
            else:
                words.append(rng.choice(filler))
        out.append(words)
    return out


def test_arabic_groups_found_as_by_the_word_by_word_scan() -> None:
    """_find_ar visiting only the words a descriptor may start, and find() asking plural_nationality
    only of words ending as one, find what the old scans found."""
    doc = Document(id="g", text="", lang="ar")
    checked = nats = 0
    for words in _ar_group_sentences(600, seed=19):
        chunks = []
        for i, w in enumerate(words):
            if w in ("سوريا", "داعش"):
                chunks.append((i, i + 1, "country/SY" if w == "سوريا" else "org/isis", "LOC" if w == "سوريا" else "ORG"))
        view = _ar_view(words, chunks)
        want = _old_find_ar(view, doc)
        assert groups._find_ar(view, doc) == want
        checked += bool(want)
        got = groups.find(_ar_view(words, chunks), doc)
        taken = {t for f in want for t in range(f.start, f.end)} | {t for a, b, _, _ in chunks for t in range(a, b)}
        old = list(want)
        for i, w in enumerate(words):  # the old way: every word not taken
            if i not in taken:
                iso = groups.plural_nationality(w, "ar")
                if iso and groups._noun_ar(words, i):
                    old.append(groups.Found(i, i + 1, f"country/{iso}", "", []))
        old.sort(key=lambda f: f.start)
        assert got == old
        nats += len(old) - len(want)
    assert checked > 100 and nats > 50


def _ar_context_sentences(n: int, seed: int) -> list[list[str]]:
    """Random normalised Arabic sentences of the lexicon's own entries' context words (with
    proclitics and enclitics, cut short, two-word ones), trigger forms and filler."""
    from kg.events.lexicon import get_lexicon

    lex = get_lexicon("ar")
    rng = random.Random(seed)
    ctx = sorted({a for fs in (*lex.own.values(), *lex.dict.values()) for f in fs for slot in (*f.entry.after, *f.entry.before) for a in slot})
    forms = sorted(lex.own)[:4000:7] + sorted(lex.dict)[:20000:37]
    pairs = sorted((form, a) for index in (lex.own, lex.dict) for form, fs in index.items() for f in fs
                   for slot in f.entry.after[:1] for a in slot)[::11]
    filler = "في من على الي ان قال و ، . عن مع الرييس الحكومه".split()
    out = []
    for _ in range(n):
        words: list[str] = []
        for _ in range(rng.randint(2, 16)):
            r = rng.random()
            if r < 0.15:  # a trigger form and, a few words on, a context word of its entry
                form, a = rng.choice(pairs)
                words += [*form.split(), *rng.sample(filler, rng.randint(0, 2)), *a.split()]
            elif r < 0.4:
                w = rng.choice(ctx)
                if rng.random() < 0.2:
                    w = w[: max(1, len(w) - rng.randint(1, 3))]
                words += [rng.choice(("", "", "و", "ب", "ل", "وال", "لل")) + x for x in w.split()][:3]
                if rng.random() < 0.2:
                    words[-1] += rng.choice(("ه", "ها", "هم"))
            elif r < 0.7:
                words.append(rng.choice(forms).split()[0])
            else:
                words.append(rng.choice(filler))
        out.append([w for w in words if w])
    return out


def test_arabic_context_slots_compiled_as_word_by_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """_context_ok with each Arabic slot compiled and its one-word answers remembered finds the
    context word _word_matches found word by word; so does find() over whole sentences."""
    from kg.events import lexicon

    lex = lexicon.get_lexicon("ar")
    slots = sorted({slot for fs in (*lex.own.values(), *lex.dict.values()) for f in fs for slot in (*f.entry.after, *f.entry.before)})
    rng = random.Random(5)
    sents = _ar_context_sentences(500, 19)
    monkeypatch.setattr(lex, "SLOT_MEMO_MAX", 50)  # the memo starts again often
    hits = 0
    for words in sents:
        for slot in rng.sample(slots, 30):
            new = lex._context_ok((slot,), words, 0, len(words), 1), lex._context_ok((slot,), words, len(words) - 1, -1, -1)
            old = next((i for i in range(len(words)) if lex._word_matches(slot, words, i)), None), next(
                (i for i in range(len(words) - 1, -1, -1) if lex._word_matches(slot, words, i)), None)
            assert new == old, (slot, words)
            hits += new[0] is not None
    assert hits > 500
    new_found = [lex.find(w, barriers={i for i, x in enumerate(w) if x == "."}) for w in sents]
    monkeypatch.setattr(lexicon, "AR_SLOTS", False)
    old_found = [lex.find(w, barriers={i for i, x in enumerate(w) if x == "."}) for w in sents]
    assert new_found == old_found
    assert sum(m.context_at is not None for ms in new_found for m in ms) > 100


class _EveryEnclitic(dict):  # type: ignore[type-arg]
    """The enclitics table as it was: every enclitic tried on every word."""

    def get(self, key: object, default: object = None) -> object:
        from kg.events import lexicon

        return lexicon._AR_ENCLITICS


def _ar_words(n: int, seed: int) -> list[str]:
    from kg.events.lexicon import get_lexicon

    lex = get_lexicon("ar")
    rng = random.Random(seed)
    forms = sorted(lex.own) + sorted(lex.dict)[::13]
    out = []
    for _ in range(n):
        w = rng.choice(forms).split()[0]
        w = rng.choice(("", "", "و", "ف", "ب", "ل", "س", "وس", "لل", "وال", "فل")) + w
        w += rng.choice(("", "", "ه", "ها", "هما", "كما", "هم", "هن", "كم", "نا", "ني", "ك", "ا", "ون"))
        out.append(w)
    return out + ["وهناك", "ويعد", "وسيعد", "ساعد", "لبحث", "ليبرمان", "ليتحدا", "اه", "هما", "ن"]


def test_arabic_analyses_try_only_enclitics_the_word_ends_with(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.events import lexicon

    lex = lexicon.get_lexicon("ar")
    words = _ar_words(5000, 19)
    new = [lex._analyses(w, v) for w in words for v in (False, True)]
    monkeypatch.setattr(lexicon, "_AR_ENCLITICS_BY_LAST", _EveryEnclitic())
    old = [lex._analyses(w, v) for w in words for v in (False, True)]
    assert new == old
    assert sum(len(x) > 2 for x in new) > 1000  # words with stems and enclitics to strip


def test_arabic_natural_words_remembered_as_scanned() -> None:
    """_natural_ar reading each word's (cached) nature says what the scan of every reading said."""
    from kg.events import extractor

    def old(words: list[str]) -> bool:
        ill = False
        for x in words:
            for c in (x, x[1:]) if x[:1] in "وف" else (x,):
                for d in (c, c[1:]) if c[:1] in "بلك" else (c,):
                    if any(d[k:] in extractor._AR_NATURAL for k in (0, 1, 2) if d[:k] in ("", "ل", "ال")):
                        return True
                    ill = ill or any(d[k:] in extractor._AR_ILLNESS for k in (0, 1, 2) if d[:k] in ("", "ل", "ال"))
        return ill and extractor._unarmed_ar(_ar_view(words))

    rng = random.Random(3)
    vocab = [p + w for w in (*extractor._AR_NATURAL, *extractor._AR_ILLNESS, *extractor._AR_ARMS, "قال", "في", "غزه")
             for p in ("", "و", "ف", "ب", "ل", "لل", "ال", "وال", "فب", "وك", "بال")]
    seen = set()
    for _ in range(3000):
        words = [rng.choice(vocab) for _ in range(rng.randint(1, 6))]
        got = extractor._natural_ar(_ar_view(words))
        assert got == old(words)
        seen.add(got)
    assert seen == {True, False}


def test_arabic_relation_verbs_from_their_words_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """_ar_verbs visiting only the words of appointing and joining finds what the scan of every word found."""
    from kg.events import relations
    from kg.events.sentence import build_view
    from kg.pipeline import process

    texts = [
        "عين الملك سلمان ابنه محمد وليا للعهد، وانضم طارق جدعون إلى صفوف تنظيم داعش. "
        "وتم تعيين أحمد أبو الغيط أمينا عاما للجامعة العربية، بينما انتخب البرلمان نبيه بري رئيسا له. "
        "وقال سركيسيان، الذي عين رئيسا للوزراء، إن حفتر، الذي عينه القذافي قائدا، لن ينضم. "
        "ولانتخاب رئيس جديد للبنان وبانضمام قطر إلى التحالف وبتعيين وزير للدفاع، قال المتحدث.",
    ]
    docs = [process(Document(id=f"r{i}", text=t, lang="ar"), steps=("sentences", "mentions", "resolve"))
            for i, t in enumerate(texts)]
    views = [(d, build_view(d, k, tag=False)) for d in docs for k in range(len(d.sentences))]
    got = [relations._ar_verbs(d, v) for d, v in views]
    monkeypatch.setattr(relations, "AR_VERB_WORDS", False)
    want = [relations._ar_verbs(d, v) for d, v in views]
    assert got == want
    assert sum(map(len, want)) >= 3
    # the word test lets through every word the loop's own tests ask about
    for w in _ar_words(3000, 23) + ["عين", "وعينت", "فانتخب", "لتعيين", "بانضمام", "وبتعيين", "انضموا", "عينها"]:
        bare = relations._ar_bare(w)
        asked = (bare in relations._AR_APPOINT_VERBS or bare in relations._AR_APPOINT_NOUNS
                 or bare[:1] in "بل" and bare[1:] in relations._AR_APPOINT_NOUNS or bare in relations._AR_APPOINT_OBJ
                 or bare in relations._AR_JOIN_VERBS or bare in relations._AR_JOIN_NOUNS
                 or bare[:1] in "بل" and bare[1:] in relations._AR_JOIN_NOUNS)
        assert not asked or relations._ar_verb_word(w)


def test_arabic_reporters_from_their_words_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """_reporters looking only at sentences with a word that can open a reporting frame finds the
    reporters and frames the scan of every sentence found; the word test lets through every word the
    scan's own test reads as a verb of reporting or "according to", with or without its و / ف."""
    from kg.events import cues, modality

    rng = random.Random(29)
    opens = sorted(cues.AR_REPORT_VERBS | cues.AR_ACCORDING) + ["حسبما", "بحسبما", "جاء", "وجاء", "في", "ان", "بان"]
    names = [("رويترز", "org/reuters", "ORG"), ("الوكاله", "org/agency", "ORG"), ("بوتين", "person/putin", "PER"),
             ("ميركل", "person/merkel", "PER")]
    cases = []
    for _ in range(1500):
        words: list[str] = []
        chunks = []
        for _ in range(rng.randint(1, 14)):
            r = rng.random()
            if r < 0.3:
                words.append(rng.choice(("", "", "و", "ف")) + rng.choice(opens))
            elif r < 0.55:
                name, key, label = rng.choice(names)
                chunks.append((len(words), len(words) + 1, key, label))
                words.append(name)
            else:
                words.append(rng.choice(("باسم", "،", "صحيفه", "وكاله", "قالت", "الحكومه", "انه", "امس")))
        cases.append((words, chunks))
    new = [modality._reporters(_ar_view(w, c)) for w, c in cases]
    monkeypatch.setattr(modality, "AR_REPORTING_WORDS", False)
    old = [modality._reporters(_ar_view(w, c)) for w, c in cases]
    assert new == old
    assert sum(bool(k) for k, _ in new) > 300
    for x in sorted(cues.AR_REPORT_VERBS | cues.AR_ACCORDING):
        for p in ("", "و", "ف"):
            assert modality._ar_reporting(p + x)
