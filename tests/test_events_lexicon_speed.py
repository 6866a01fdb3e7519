"""The sixteenth session's faster English paths of the event lexicon, the POS features and the time
expressions give what the code they replace gave, and their caches stay bounded.

Each test computes a value the new way and the way the code did before (kept here, or reached by
switching the new path off), on generated sentences full of the lexicon's own trigger and context
words.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from kg.events import pos, timex
from kg.events.lexicon import Lexicon, get_lexicon

SENTENCES = [
    "the us and south korea accused north korea of sending weapons to russia , officials said .",
    "police arrested three men after the attack on the embassy in kabul on monday .",
    "the government lifted sanctions and the ambassador was recalled to london .",
    "mr blair met the french president to discuss the peace talks , his spokesman said .",
    "rebels handed the town back to the army after a ceasefire was agreed last week .",
    "the lifting of restrictions was announced as troops began the withdrawal of forces .",
    "protesters clashed with riot police in cairo as thousands demanded the release of prisoners .",
    "the company denied claims that it had broken the law and said it would appeal .",
    "labour 's ruling committee rejected the proposal , while the tories called for an inquiry .",
    "he was shot dead by gunmen who opened fire on a convoy near the border .",
]


def _sentences(lex: Lexicon, n: int, seed: int) -> list[list[str]]:
    """Sentences of random lexicon triggers, their context words (whole, cut, multi-word) and filler."""
    rng = random.Random(seed)
    forms = sorted(lex.own) + sorted(lex.dict)
    ctx: list[str] = []
    for form in forms[:: max(1, len(forms) // 400)]:
        for f in lex.own.get(form, []) + lex.dict.get(form, []):
            for slot in (*f.entry.after, *f.entry.before):
                ctx.extend(slot[:3])
    filler = " ".join(SENTENCES).split()
    out = [s.split() for s in SENTENCES]
    for _ in range(n):
        words: list[str] = []
        for _ in range(rng.randint(3, 30)):
            r = rng.random()
            if r < 0.25:
                words.append(rng.choice(forms))
            elif r < 0.5 and ctx:
                alt = rng.choice(ctx)
                r = rng.random()
                if r < 0.3:
                    alt = alt[: rng.randint(1, max(1, len(alt)))]  # a cut word: prefixes of 3, 4, 5 letters
                elif r < 0.6:
                    alt += rng.choice(["s", "ed", "ing", "x"])  # a longer word the alternative begins
                words.extend(alt.split())
            else:
                words.append(rng.choice(filler))
        out.append(words)
    return out


def _context_ok_before(lex: Lexicon, slots, words, start, stop, step):  # noqa: ANN001, ANN202
    """:meth:`Lexicon._context_ok` as it was: every word through :meth:`Lexicon._word_matches`."""
    pos_, hit = start, None
    for slot in slots:
        found = None
        i = pos_
        while (i < stop) if step > 0 else (i > stop):
            if lex._word_matches(slot, words, i):
                found = i
                break
            i += step
        if found is None:
            return None
        hit, pos_ = found, found + step
    return hit


def _candidates_before(lex: Lexicon, words: list[str]) -> tuple[list[int], bool]:
    """:meth:`Lexicon.candidates` of an English sentence as it was (through ``analyses``)."""
    out: list[int] = []
    actor = False
    present = None
    for i, w in enumerate(words):
        for stem, _ in lex.analyses(w):
            if stem in lex._event_forms:
                if present is None:
                    present = {x[:4] for x in words}
                need = lex._form_keys(stem)
                if need is not None and present.isdisjoint(need):
                    break
                out.append(i)
                actor = actor or any(f.entry.kind == "a" for f in lex.own.get(stem, ()))
                break
    return out, actor


@pytest.fixture(scope="module")
def en() -> Lexicon:
    return get_lexicon("en")


def test_context_slots_match_as_word_by_word(en: Lexicon) -> None:
    slots = sorted({s for fs in (*en.own.values(), *en.dict.values()) for f in fs for s in (*f.entry.after, *f.entry.before)})
    rng = random.Random(16)
    for words in _sentences(en, 150, seed=3):
        n = len(words)
        for slot in rng.sample(slots, 40) + [("a", "pre", "presid", "prime minister", "x y z")]:
            start = rng.randint(0, n)
            assert en._context_ok((slot,), words, start, n, 1) == _context_ok_before(en, (slot,), words, start, n, 1)
            assert en._context_ok((slot,), words, start - 1, -1, -1) == _context_ok_before(
                en, (slot,), words, start - 1, -1, -1
            )
        two = tuple(rng.sample(slots, 2))
        assert en._context_ok(two, words, 0, n, 1) == _context_ok_before(en, two, words, 0, n, 1)


def test_every_context_slot_matches_as_word_by_word(en: Lexicon) -> None:
    """Each slot of the lexicon against words made from its own alternatives: whole, cut by a
    letter, longer, the first word of a multi-word one, the next slot's words."""
    slots = sorted({s for fs in (*en.own.values(), *en.dict.values()) for f in fs for s in (*f.entry.after, *f.entry.before)})
    for k, slot in enumerate(slots):
        probes = [w for alt in slot for w in (alt, alt[:-1], alt + "s", alt.split()[0], alt.split()[-1])]
        probes += list(slots[k - 1][:2])
        for w in probes:
            for words in ([w], [w, "the"], ["x", *w.split()], w.split() + ["of"]):
                n = len(words)
                assert en._context_ok((slot,), words, 0, n, 1) == _context_ok_before(en, (slot,), words, 0, n, 1)


def test_english_candidates_as_through_analyses(en: Lexicon) -> None:
    for words in _sentences(en, 300, seed=5):
        assert en.candidates(words) == _candidates_before(en, words)
    assert en.candidates(["protesters", "marched"])[1] is True  # an actor noun: the whole sentence is tagged


def test_find_skips_only_entries_whose_context_is_absent(en: Lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    """find() with each form's entries prefiltered by the sentence's words (``_en_forms``) finds
    what it found trying every entry."""
    sentences = _sentences(en, 300, seed=9)
    tags = pos.get_tagger("en")
    got = []
    for words in sentences:
        t = tags.tag(words) if tags is not None else None
        barriers = {i for i, w in enumerate(words) if w in (".", ";", ":")}
        got.append(en.find(words, barriers=barriers, tags=t))
    plans = sum(len(p) for p in en._en_plans)
    assert 0 < plans <= len(en.own) + len(en.dict)  # one plan per form of the lexicon at most
    assert any(m.context_at is not None for ms in got for m in ms)
    monkeypatch.setattr(en, "_en_forms", lambda rank, index, stem, present: index.get(stem, ()))
    for words, before in zip(sentences, got, strict=True):
        t = tags.tag(words) if tags is not None else None
        barriers = {i for i, w in enumerate(words) if w in (".", ";", ":")}
        assert en.find(words, barriers=barriers, tags=t) == before


def test_next_barrier_as_a_backward_scan(en: Lexicon) -> None:
    # the particle after an object stops at a barrier: "handed the town . back" is no "hand back"
    words = "rebels handed the town back to the army".split()
    assert any(m.end == 2 and m.entry.rest == ("back",) for m in en.find(words))
    cut = "rebels handed the town . back to the army".split()
    assert not any(m.entry.rest == ("back",) for m in en.find(cut, barriers={4}))
    assert not any(m.entry.rest == ("back",) for m in en.find(cut, barriers={4, 99, -3}))


def test_slot_cache_is_bounded(en: Lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    lex = Lexicon("en", use_dictionary=False)
    monkeypatch.setattr(Lexicon, "FLAGS_MAX", 5)
    for k in range(20):
        lex._en_slot((f"w{k}", "x"))
        assert len(lex._en_slots) <= 5
        assert lex._context_ok(((f"w{k}", "x"),), ["a", f"w{k}"], 0, 2, 1) == 1


def test_tagger_features_are_the_sentence_features_in_utf8() -> None:
    rng = random.Random(2)
    vocab = ["The", "attack", "a", "I", "US-led", "2024", "x", "Gaza", ",", "'s", "said", "é", "NATO", "the",
             "قال", "الرئيس", "وبالمستشفيات", "«", "Ω"]
    for lang in ("en", "ar"):
        for n in range(0, 9):
            for _ in range(3):
                words = [rng.choice(vocab) for _ in range(n)]
                want = [[a.encode("utf-8") for a in f] for f in pos.sentence_features(words, lang)]
                assert pos.utf8_features(words, lang) == want
    assert pos._utf8_parts_en.cache_info().maxsize == pos._utf8_parts_ar.cache_info().maxsize == 100_000
    assert pos._utf8_parts_ar.cache_info().currsize > 0 and pos._utf8_parts_en.cache_info().currsize > 0


def test_tags_as_from_the_string_features() -> None:
    tagger = pos.get_tagger("en")
    if tagger is None:
        pytest.skip("the English POS model is not installed")
    for words in [s.split() for s in SENTENCES] + [["Hi"], ["The", "US-led", "coalition", "said"]]:
        assert tagger.tag(words) == list(tagger._tagger.tag(pos.sentence_features(words, "en")))


@pytest.mark.parametrize(
    "text",
    [
        "They met on March 3, 2024 and again on 5th of May.",
        "The talks of 2024-07-11 ended yesterday.",
        "He left on Monday, three days ago, not last week.",
        "No date here at all, only words and the day after tomorrow.",
        "Since Tuesday 12 people have died; 3 weeks earlier it was calm.",
        "Il ſ’est passé: Monday",  # a long s (case-folds to "s"): no digit, the weekday found
        "It happened yeſterday and TONIGHT, LAST NIGHT, two WEEKS ago, this Month, next YEAR.",
        "Sunday, the day before yeſterday, the day after Tomorrow, three years later, earlier this week",
        "Nothing at all here.",
        "A wee dayly ght of tomorrows monthly years",
    ],
)
def test_english_time_expressions_as_with_every_pattern(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    day = dt.date(2024, 7, 12)
    got = timex.resolve_anchored(text, day, "en")
    monkeypatch.setattr(timex, "_EN_DIGIT_KINDS", frozenset())
    monkeypatch.setattr(timex, "_en_needs", lambda: {})
    assert got == timex.resolve_anchored(text, day, "en")


def test_english_time_words_needed_have_no_letters_other_scripts_fold_to() -> None:
    needs = timex._en_needs()
    assert set(needs) <= {kind for kind, _ in timex._en_patterns()}
    assert not any(set(x) & set("iks") for words in needs.values() for x in words)


@pytest.mark.parametrize(
    "text",
    [
        "Aid after Hurricane Mitch. Mitch killed 10,000 people.",
        "The typhoon Haiyan and Cyclone Nargis; storm Desmond, a brainstorm Idea.",
        "No weather at all, only a Storming crowd and a hurricane.",
        "",
    ],
)
def test_storm_names_as_with_the_pattern_alone(text: str) -> None:
    from kg.events.extractor import _STORM_NAME, storm_names

    assert storm_names(text) == frozenset(x.lower() for x in _STORM_NAME.findall(text))


def test_game_words_counted_as_one_by_one() -> None:
    from kg.events.sports import EN_GAME, sports_document_en

    words = sorted(EN_GAME)[:6] + ["the", "match", "said"] * 3
    n = sum(1 for w in words if w in EN_GAME)
    assert sports_document_en(words, 1000) == (n >= 4 and n * 1000 >= 4 * 1000)
    assert sports_document_en(words[:3] + ["the"] * 20, 100) is (sum(1 for w in words[:3] if w in EN_GAME) >= 4)


def test_anaphora_skips_pronouns_in_quotes_only() -> None:
    """The resolver visits quotes, pronouns and "the" only: a pronoun inside quotes stays
    unresolved, the same pronoun outside them does not."""
    import sys
    from pathlib import Path

    from kg.events import extract
    from kg.events.anaphora import _RESOLVE_WORDS

    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
    from docs import make_doc

    names = [("Mr Howard", "PER", None, "person/michael-howard", False), ("Labour", "ORG", None, "org/labour", False)]

    def agents(text: str) -> list[list[str]]:
        doc = extract(make_doc(text, names, lang="en", date=dt.date(2005, 3, 1)))
        return [e.agent for e in doc.events if e.category == "ACCUSE"]

    assert agents("Mr Howard said he accused Labour of failing.") == [["person/michael-howard"]]
    assert agents('" Mr Howard said he accused Labour of failing , " a source said .') == [[]]
    assert {"he", "him", "she", '"', "“", "”", "the"} <= _RESOLVE_WORDS


def test_token_at_as_a_scan_of_the_tokens() -> None:
    from kg.events.sentence import SentenceView
    from kg.text.tokenize import tokenize

    text = "  Mr. Kim met Putin in Pyongyang, the U.S. said;  قال الرئيس «نعم» 12.8bn  "
    toks = tokenize(text)
    view = SentenceView(0, 0, len(text), "en", toks, [t.text.lower() for t in toks])
    for offset in range(-2, len(text) + 3):
        want = next((i for i, t in enumerate(toks) if t.start <= offset < t.end), None)
        assert view.token_at(offset) == want
    assert SentenceView(0, 0, 0, "en", [], []).token_at(0) is None


def _parse_before(parser, words: list[str], tags: list[str]):  # noqa: ANN001, ANN202
    """:meth:`kg.events.parser.Parser.parse` as it was (``ndarray.sum`` of the widened rows)."""
    import numpy as np

    from kg.events import parser as P

    n = len(words)
    w, lw, t = P.pad(words, tags, parser.lang)
    st = P.State(n)
    half = parser.weights.view(np.uint16) if parser.weights.dtype == np.float16 else None
    widen = P._half_table()
    while not st.done():
        rows = [r for r in map(parser.index.get, P.features(w, lw, t, st)) if r is not None]
        if half is not None:
            scores = widen.take(half[rows]).sum(axis=0)
        else:
            scores = parser.weights[rows].astype(np.float32).sum(axis=0)
        can_shift, can_left, can_right = st.valid()
        if not can_shift:
            scores[0] = -np.inf
        if not can_left:
            scores[1 : 1 + P.N_LABELS] = -np.inf
        if not can_right:
            scores[1 + P.N_LABELS :] = -np.inf
        st.apply(*P.move_of(int(scores.argmax())))
    heads = [h if h < n else -1 for h in st.heads[:n]]
    labels = [P.LABELS[x] if x >= 0 else "dep" for x in st.labels[:n]]
    return heads, ["root" if h == -1 else lab for h, lab in zip(heads, labels, strict=True)]


def test_parses_as_with_ndarray_sum() -> None:
    from kg.events.parser import get_parser

    parser, tagger = get_parser("en"), pos.get_tagger("en")
    if parser is None or tagger is None:
        pytest.skip("the English parser or POS model is not installed")
    for s in SENTENCES:
        words = s.split()
        tags = tagger.tag(words)
        assert parser.parse(words, tags) == _parse_before(parser, words, tags)


def test_could_trigger_as_through_the_word_flags(en: Lexicon) -> None:
    for words in _sentences(en, 200, seed=11) + [["Said", "NOTHING"], [], ["ATTACKED"]]:
        want = any((en._flags.get(w) or en._word_flags(w))[0] for w in words)
        assert en.could_trigger(words) is want
