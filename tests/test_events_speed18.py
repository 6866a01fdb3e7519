"""The eighteenth session's cheaper English events step gives what the code it replaces gave.

Each test runs the new path and the old one (kept here, or reached by switching the new path
off with ``monkeypatch``) on the same input: English news text through the events step, or
generated sentences full of the lexicon's own words, the groups' descriptors and nationalities.
"""

from __future__ import annotations

import copy
import random

import pytest

from kg.events import anaphora, groups, lexicon, parser, sentence
from kg.events.lexicon import get_lexicon
from kg.model import Document, Mention
from kg.pipeline import process
from kg.text.tokenize import Token, tokenize
from tests.test_events_speed17 import TEXTS, _sentences

#: more English news: descriptors of groups ("Israeli soldiers", "security forces"), plural
#: nationalities, offices that speak ("the Tory leader said"), organisations that say "it".
MORE = [
    "Israeli soldiers shot two Palestinians near Gaza, and security forces arrested the Iraqis who "
    "had fled. The Tory leader said the prime minister had misled voters. Hamas said it would respond. "
    "Palestinians protested in Ramallah; the Americans and the British said they would send troops.",
    "Riot police clashed with opposition supporters in Tbilisi. The foreign secretary told MPs that "
    "the government would act, the Lib Dem leader said. Nato forces and Afghan troops attacked Taleban "
    "fighters, and the army of Myanmar said it had freed the Chinese hostages.",
]


def _reprs(doc: Document) -> list[str]:
    return [repr(x) for x in (*doc.events, *doc.relations, *doc.mentions)] + [repr(e) for e in doc.entities.values()]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return [
        process(Document(id=f"t{i}", text=t, lang="en"), steps=("sentences", "mentions", "resolve"))
        for i, t in enumerate(TEXTS + MORE)
    ]


def _extract(docs: list[Document]) -> list[list[str]]:
    from kg.events import extract

    return [_reprs(extract(copy.deepcopy(d))) for d in docs]


def _view(words: list[str], chunks: list[tuple[int, int, str, str]] = ()) -> sentence.SentenceView:  # type: ignore[assignment]
    text = " ".join(words)
    toks, at = [], 0
    for w in words:
        toks.append(Token(at, at + len(w), w))
        at += len(w) + 1
    view = sentence.SentenceView(0, 0, len(text), "en", toks, [t.text.lower() for t in toks])
    for a, b, key, label in chunks:
        m = Mention(start=toks[a].start, end=toks[b - 1].end, text=text[toks[a].start : toks[b - 1].end],
                    label=label, entity=key)
        view.chunks.append(sentence.Chunk(a, b, key, label, "Country" if key.startswith("country/") else None, m))
    return view


def _old_find_en(view: sentence.SentenceView, doc: Document) -> list[groups.Found]:
    """groups._find_en as it was: every word looked up in turn."""
    words, table = view.words, groups.heads("en")
    out: list[groups.Found] = []
    i, n = 0, len(words)
    while i < n:
        heads_here = table.get(words[i])
        hit = next(
            (h for h in heads_here if tuple(words[i + 1 : i + len(h.words)]) == h.words[1:]), None
        ) if heads_here else None
        if hit is None:
            i += 1
            continue
        j = i + len(hit.words)
        iso = hit.iso or None
        start = i
        k = i
        while k > 0 and i - k < 2 and words[k - 1] in groups._EN_BETWEEN:
            k -= 1
        if k > 0 and (words[k - 1] in groups._EN_NOT_GROUP or words[k - 1].endswith(("'", "’"))):
            i = j
            continue
        if k > 2 and words[k - 1] == "the" and words[k - 2] == "of" and words[k - 3] in groups._EN_PERSONS:
            i = j
            continue
        before = groups._chunk_at(view, k - 1) if k > 0 else None
        if before is not None and before.end != k:
            before = None
        after = groups._chunk_at(view, j) if j < n else None
        if (after is not None and not after.key.startswith("country/")) or (j < n and words[j] in groups._EN_FOLLOWERS):
            i = j
            continue
        if before is not None:
            if before.key.startswith("country/"):
                if iso is None:
                    iso, start = groups._country_chunk(before), before.start
            elif before.label in ("PER", "ORG", "MISC"):
                i = j
                continue
        elif iso is None and j + 1 < n and words[j] == "of":
            c = groups._chunk_at(view, j + 1 if words[j + 1] != "the" else min(j + 2, n - 1))
            if c is not None and c.key.startswith("country/") and not c.nationality:
                iso = groups._country_chunk(c)
        found = groups._accept(view, doc, start, j, hit, iso)
        if found is not None:
            out.append(found)
        i = j
    return out


def _group_sentences(n: int, seed: int) -> list[list[str]]:
    """Random sentences of descriptors' words, plural nationalities (capitalised or not), countries and filler."""
    rng = random.Random(seed)
    table = groups.heads("en")
    descriptors = [list(h.words) for hs in table.values() for h in hs]
    nats = sorted(w for w in groups.nationalities("en") if w.endswith("s") and len(w) > 4)
    filler = "the of army police said and , 's militants forces chief in Israeli Iraq".split()
    out = []
    for _ in range(n):
        words: list[str] = []
        for _ in range(rng.randint(1, 14)):
            r = rng.random()
            if r < 0.35:
                d = list(rng.choice(descriptors))
                if rng.random() < 0.2:
                    d = d[:-1] or d
                words += d
            elif r < 0.55:
                w = rng.choice(nats)
                words.append(w.capitalize() if rng.random() < 0.7 else w)
            else:
                words.append(rng.choice(filler))
        out.append(words)
    return out


def test_groups_found_as_by_the_word_by_word_scan() -> None:
    """_find_en visiting only the words a descriptor starts with, and find() looking up plural
    nationalities only among the words that are one, find what the old scans found."""
    doc = Document(id="g", text="", lang="en")
    checked = nats = 0
    for words in _group_sentences(400, seed=18):
        chunks = []
        for i, w in enumerate(words):
            if w in ("Iraq", "Israeli"):
                chunks.append((i, i + 1, "country/IQ" if w == "Iraq" else "country/IL", "LOC"))
        view = _view(words, chunks)
        want = _old_find_en(view, doc)
        assert groups._find_en(view, doc) == want
        checked += bool(want)
        # find(): the old way looked up every capitalised word not taken
        got = groups.find(_view(words, chunks), doc)
        taken = {t for f in want for t in range(f.start, f.end)} | {t for a, b, _, _ in chunks for t in range(a, b)}
        old = list(want)
        for i, t in enumerate(view.tokens[: len(view.words)]):
            if t.text[:1].isupper() and i not in taken:
                iso = groups.plural_nationality(view.words[i], "en")
                if iso:
                    old.append(groups.Found(i, i + 1, f"country/{iso}", "", []))
        old.sort(key=lambda f: f.start)
        assert got == old
        nats += len(old) - len(want)
    assert checked > 50 and nats > 50


def _old_unnamed_speaker(w: list[str], added: list[sentence.Chunk]) -> bool:
    resolved = {c.start for c in added}
    for k in range(len(w) - 1):
        if w[k] == "the" and k not in resolved and w[k + 1] in anaphora._TITLE_OR_PARTY:
            j = k + 1
            while j < len(w) and j - k <= 3 and (w[j] in anaphora._TITLE_WORDS or w[j] in anaphora._PARTY_WORDS):
                j += 1
            if w[j - 1] in anaphora._TITLE_HEADS and not anaphora._SPEECH.isdisjoint(w[j : j + 2]):
                return True
    return False


def test_unnamed_speaker_as_by_the_scan() -> None:
    rng = random.Random(18)
    vocab = (
        sorted(anaphora._TITLE_OR_PARTY)[:40] + sorted(anaphora._TITLE_HEADS)[:20]
        + ["the", "the", "the", "said", "says", "told", "and", ",", "minister", "leader", "tory", "he"]
    )
    hits = 0
    for _ in range(3000):
        w = [rng.choice(vocab) for _ in range(rng.randint(0, 12))]
        if rng.random() < 0.3:  # "the Tory leader said"
            k = rng.randint(0, len(w))
            w[k:k] = ["the", *rng.sample(vocab[:60], rng.randint(1, 3)), rng.choice(("said", "says", "told"))]
        added = [sentence.Chunk(k, k + 1, "person/x", "PER", None, None)  # type: ignore[arg-type]
                 for k in range(len(w)) if w[k] == "the" and rng.random() < 0.3]
        want = _old_unnamed_speaker(w, added)
        assert anaphora._unnamed_speaker(w, added) is want
        hits += want
    assert hits > 100


def test_speaker_pronouns_from_the_verbs_of_saying_only() -> None:
    cases = [
        ("Microsoft said it would sue Google .", 1),
        ("said it would sue Google , Microsoft said they would .", 0),
        ("The Americans say they will leave and Iran announced on Monday that it had resumed work .", 1),
    ]
    for text, want in cases:
        toks = tokenize(text)
        view = sentence.SentenceView(0, 0, len(text), "en", toks, [t.text.lower() for t in toks])
        first = next(i for i, t in enumerate(toks) if t.text in ("Microsoft", "Iran"))
        m = Mention(start=toks[first].start, end=toks[first].end, text=toks[first].text, label="ORG", entity="org/x")
        view.chunks = [sentence.Chunk(first, first + 1, "org/x", "ORG", None, m)]
        assert len(anaphora._speaker_pronouns(view, set())) == want


def test_find_rejects_on_the_next_word_as_the_general_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """find() turning a multi-word entry away on its next word (English) finds what the general
    check of every word found, particles after an object included."""
    from kg.events import pos

    lex = get_lexicon("en")
    tagger = pos.get_tagger("en")
    sentences = _sentences(lex, 400, seed=18)
    fast = []
    for words in sentences:
        tags = tagger.tag(words) if tagger is not None else None
        barriers = {i for i, w in enumerate(words) if w in (".", ";")}
        fast.append(lex.find(words, barriers=barriers, tags=tags))
    monkeypatch.setattr(lexicon, "NEXT_WORD_FIRST", False)
    slow = []
    for words in sentences:
        tags = tagger.tag(words) if tagger is not None else None
        barriers = {i for i, w in enumerate(words) if w in (".", ";")}
        slow.append(lex.find(words, barriers=barriers, tags=tags))
    assert fast == slow
    assert sum(1 for ms in fast for m in ms if m.entry.rest and m.end > m.start + 1) > 20
    assert any(m.entry.rest and m.end == m.start + 1 for ms in fast for m in ms)  # a particle after an object


def test_events_step_unchanged_with_the_old_next_word_check(docs: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _extract(docs)
    monkeypatch.setattr(lexicon, "NEXT_WORD_FIRST", False)
    assert _extract(docs) == fast
    assert sum(len(x) for x in fast) > 50


def _old_features(words: list[str], lows: list[str], tags: list[str], st: parser.State) -> list[str]:
    """parser.features as it was (strings joined with +)."""
    n = st.n
    stack = st.stack
    i = st.i
    k = len(stack)
    s0 = stack[-1] if k > 0 else -1
    s1 = stack[-2] if k > 1 else -1
    s2 = stack[-3] if k > 2 else -1
    n0, n1, n2 = i, i + 1, i + 2
    lefts, rights, labels = st.lefts, st.rights, st.labels

    def rr(h: int) -> int:
        if h < 0:
            return -1
        c = rights[h]
        return c[-1] if c else -1

    s0L = lefts[s0][0] if s0 >= 0 and lefts[s0] else -1
    s0L2 = lefts[s0][1] if s0 >= 0 and len(lefts[s0]) > 1 else -1
    s0R = rr(s0)
    s0R2 = rights[s0][-2] if s0 >= 0 and len(rights[s0]) > 1 else -1
    n0L = lefts[n0][0] if lefts[n0] else -1
    n0L2 = lefts[n0][1] if len(lefts[n0]) > 1 else -1
    s1R = rr(s1)
    s1L = lefts[s1][0] if s1 >= 0 and lefts[s1] else -1
    w, lw, t = words, lows, tags
    s0w, s0t, n0w, n0t = lw[s0], t[s0], lw[n0], t[n0]
    n1w, n1t, s1w, s1t = lw[n1], t[n1], lw[s1], t[s1]
    n2t, s2t = t[n2], t[s2]
    s0Lt, s0Rt, n0Lt, s1Rt = t[s0L], t[s0R], t[n0L], t[s1R]
    lab = parser.LABELS
    s0Ll = lab[labels[s0L]] if s0L >= 0 else "-"
    s0Rl = lab[labels[s0R]] if s0R >= 0 else "-"
    n0Ll = lab[labels[n0L]] if n0L >= 0 else "-"
    s1Rl = lab[labels[s1R]] if s1R >= 0 else "-"
    s1Ll = lab[labels[s1L]] if s1L >= 0 else "-"
    if s0 >= 0 and n0 < n:
        d = n0 - s0
        dist = str(d) if d < 5 else ("5" if d < 10 else "10")
    else:
        dist = "-"
    s0vl = str(len(lefts[s0])) if s0 >= 0 else "-"
    s0vr = str(len(rights[s0])) if s0 >= 0 else "-"
    n0vl = str(len(lefts[n0]))
    sx = parser._suffix
    return [
        "b", "a" + s0w, "b" + s0t, "c" + s0w + " " + s0t, "d" + n0w, "e" + n0t, "f" + n0w + " " + n0t,
        "g" + n1w, "h" + n1t, "i" + n1w + " " + n1t, "j" + n2t, "k" + s1w, "l" + s1t, "m" + s1w + " " + s1t,
        "n" + s2t, "o" + sx(lw[s0]) + " " + s0t, "p" + sx(lw[n0]) + " " + n0t, "q" + w[s0] + w[n0] + w[s1],
        "r" + s0t + " " + n0t, "s" + s0w + " " + n0w, "t" + s0w + " " + s0t + " " + n0t,
        "u" + s0t + " " + n0w + " " + n0t, "v" + s1t + " " + s0t, "w" + s1t + " " + s0t + " " + n0t,
        "x" + s0t + " " + n0t + " " + n1t, "y" + n0t + " " + n1t + " " + n2t, "z" + s2t + " " + s1t + " " + s0t,
        "A" + s1w + " " + s0w, "B" + s1t + " " + s0w, "C" + s1w + " " + s0t, "D" + s0t + " " + s0Lt + " " + n0t,
        "E" + s0t + " " + s0Rt + " " + n0t, "F" + s0t + " " + n0t + " " + n0Lt, "G" + s0t + " " + s0Rl,
        "H" + s0t + " " + s0Ll, "I" + n0t + " " + n0Ll, "J" + s1t + " " + s1Rl + " " + s0t, "K" + s1t + " " + s1Ll,
        "L" + dist + " " + s0t + " " + n0t, "M" + dist + " " + s0w, "N" + dist + " " + n0w,
        "O" + s0vl + s0vr + " " + s0t, "P" + n0vl + " " + n0t, "Q" + s0t + " " + t[s0L2] + " " + s0Lt,
        "R" + s0t + " " + s0Rt + " " + t[s0R2], "S" + n0t + " " + n0Lt + " " + t[n0L2],
        "T" + s1t + " " + s1Rt + " " + s0t, "U" + s0w + " " + n0t + " " + n1t, "V" + s0t + " " + s0w + " " + n0w,
    ]


def test_parser_features_as_joined_with_plus(monkeypatch: pytest.MonkeyPatch) -> None:
    """The f-string features are the strings the concatenations made, in every configuration of
    real parses (English and Arabic lists), and the parses are the same."""
    from kg.events import pos

    p = parser.get_parser("en")
    tagger = pos.get_tagger("en")
    if p is None or tagger is None:
        pytest.skip("the English parser or tagger is not installed")
    texts = [s for t in TEXTS + MORE for s in t.split(". ")]
    seen = 0
    orig = parser.features

    def both(words: list[str], lows: list[str], tags: list[str], st: parser.State) -> list[str]:
        nonlocal seen
        got = orig(words, lows, tags, st)
        assert got == _old_features(words, lows, tags, st)
        seen += 1
        return got

    monkeypatch.setattr(parser, "features", both)
    parses = []
    for text in texts:
        words = [t.text for t in tokenize(text)]
        parses.append(p.parse(words, tagger.tag(words)))
    assert seen > 500
    monkeypatch.setattr(parser, "features", _old_features)
    assert [p.parse(ws, tagger.tag(ws)) for ws in ([t.text for t in tokenize(x)] for x in texts)] == parses


def _old_mask(words: list[str]) -> None:
    for i in range(1, len(words)):
        if words[i] != ".":
            continue
        if (len(words[i - 1]) == 1 and words[i - 1].isalpha()) or (
            words[i - 1].isdigit() and i + 1 < len(words) and words[i + 1][:1].isdigit()
        ):
            words[i] = "\u00b7"


def test_abbreviation_stops_masked_as_by_the_scan() -> None:
    from kg.events import extractor

    rng = random.Random(18)
    vocab = [".", ".", ".", "u", "s", "n", "12", "8bn", "3", "the", "x", "\u00b7", ","]
    masked = 0
    for _ in range(3000):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 10))]
        old, new = list(words), list(words)
        _old_mask(old)
        extractor._mask_abbreviation_stops(new)
        assert new == old
        masked += old != words
    assert masked > 300


def test_tagger_features_made_in_one_go_as_word_by_word() -> None:
    """utf8_features of windows of four words or more (each list made in one go) are the UTF-8
    encoding of sentence_features, in both languages, capitalised first words included."""
    from kg.events import pos

    rng = random.Random(18)
    vocab = ["Police", "arrested", "the", "US", "X-ray", "12", ",", ".", "said", "Kim", "a", "talks"]
    vocab_ar = ["قال", "الرئيس", "كيم", "إن", "،", "2024", "وزير", "الدفاع"]
    for _ in range(500):
        for lang, vs in (("en", vocab), ("ar", vocab_ar)):
            words = [rng.choice(vs) for _ in range(rng.randint(0, 12))]
            want = [[f.encode("utf-8") for f in fs] for fs in pos.sentence_features(words, lang)]
            assert pos.utf8_features(words, lang) == want
