"""The twentieth session's cheaper English events step gives what the code it replaces gave.

A sentence none of whose matches can be an event whatever its POS tags
(:meth:`kg.events.lexicon.Lexicon.may_code` False) is neither tagged nor matched
(``extractor.IDLE_SKIP``).  The tests run :meth:`find` under many tag sequences wherever
``may_code`` says no, the events step with the skip on and off on English news, and
``may_code``'s shortcut against its full check.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest

from kg.events import extractor
from kg.events.lexicon import Lexicon, Match, get_lexicon
from kg.model import Document
from kg.pipeline import process
from tests.test_events_speed17 import TEXTS, _sentences
from tests.test_events_speed18 import MORE

#: Penn tags the English tagger gives, and "" (a word outside every tagged window)
_TAGS = (
    "", "NN", "NNS", "NNP", "NNPS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "JJ", "RB", "IN", "DT",
    "PRP", "PRP$", "CC", "CD", "TO", "WDT", "WP", "POS", ",", ".", "GW", "XX",
)


def _coded(m: Match) -> bool:
    """Whether the events step could make an event of the match (not a bare default code, not an
    entry without a category)."""
    e = m.entry
    return bool(e.plover) and (e.source == "kg" or bool(e.after or e.before))


def _hard_sentences(lex: Lexicon, n: int, seed: int) -> list[list[str]]:
    """Sentences where tags decide: passives ("sanctions were lifted"), particles after an object
    ("handed the town back"), gerunds before "of", determiners before verbs, barriers."""
    rng = random.Random(seed)
    own_verbs = sorted({h for h, fs in lex.own.items() for f in fs if f.entry.kind == "v"})
    particles = sorted(
        {(h, f.entry.rest[0]) for h, fs in lex.own.items() for f in fs if f.entry.kind == "v" and len(f.entry.rest) == 1}
    )
    ctx = sorted(
        {a.split()[0] for fs in lex.own.values() for f in fs for slot in (*f.entry.after, *f.entry.before) for a in slot[:3] if a}
    )
    # kg's verbs with one context slot after them, a past form and a word of the slot: a passive
    passives = sorted(
        {(h, a.split()[0]) for h, fs in lex.own.items() for f in fs
         if f.entry.kind == "v" and len(f.entry.after) == 1 and h.endswith(("ed", "en")) for a in f.entry.after[0][:3] if a}
    )
    filler = "the a its of , ; . was were been has and that said police town talks it by to".split()
    out = []
    for _ in range(n):
        words: list[str] = []
        for _ in range(rng.randint(3, 18)):
            r = rng.random()
            if r < 0.15 and particles:
                head, part = rng.choice(particles)
                words += [head, "the", rng.choice(ctx), part]
            elif r < 0.3:
                verb, obj = rng.choice(passives)
                words += [obj, rng.choice(["was", "were", "has been"]), verb]
            elif r < 0.4:
                words += ["the", rng.choice(own_verbs) + "ing", "of", rng.choice(ctx)]
            elif r < 0.55:
                words.append(rng.choice(own_verbs))
            elif r < 0.75:
                words.append(rng.choice(ctx))
            else:
                words.append(rng.choice(filler))
        out.append(" ".join(words).split())
    return out


def _check_sentences(lex: Lexicon, sentences: list[list[str]], seed: int) -> tuple[int, int]:
    """For every sentence ``may_code`` says no to, no match find() returns under the tagger's tags,
    no tags, 4 random tag sequences or 3 with every form of the lexicon a verb could be an event.  Returns (sentences said no to, of
    which with matches)."""
    from kg.events import pos

    rng = random.Random(seed)
    tagger = pos.get_tagger("en")
    no = with_matches = 0
    for words in sentences:
        present = {w[:4] for w in words}
        barriers = {i for i, w in enumerate(words) if w in (".", ";", ":")}
        positions, _ = lex.candidates(words, present=present)
        if lex.may_code(words, positions, barriers, present):
            continue
        no += 1
        tag_sets: list[list[str] | None] = [None, [rng.choice(_TAGS) for _ in words]]
        if tagger is not None:
            tag_sets.append(tagger.tag(words))
        tag_sets += [[rng.choice(_TAGS) for _ in words] for _ in range(3)]
        # every form of the lexicon's verbs a participle (a past, a gerund), the rest nouns
        tag_sets += [[t if w in lex.own else "NN" for w in words] for t in ("VBN", "VBD", "VBG")]
        found = False
        for tags in tag_sets:
            got = lex.find(words, barriers=barriers, tags=tags, present=present)
            found = found or bool(got)
            assert not any(_coded(m) for m in got), (words, tags, got)
        with_matches += found
    return no, with_matches


def test_may_code_false_means_no_match_can_be_an_event() -> None:
    lex = get_lexicon("en")
    no, with_matches = _check_sentences(lex, _sentences(lex, 600, seed=20) + _hard_sentences(lex, 600, seed=20), 20)
    assert no > 100 and with_matches > 50  # the check says no often, and find() has matches there


def test_may_code_false_on_real_sentences() -> None:
    """The same on the sentences of English news."""
    lex = get_lexicon("en")
    sentences = []
    for text in TEXTS + MORE:
        d = process(Document(id="x", text=text, lang="en"), steps=("sentences",))
        sentences += [[w.lower() for w in text[a:b].replace(".", " .").replace(",", " ,").split()] for a, b in d.sentences]
    no, _ = _check_sentences(lex, sentences, 21)
    assert 0 < no < len(sentences)


def test_may_code_shortcut_as_the_full_check() -> None:
    """The shortcut of forms with an entry that needs nothing (``_free_forms``) answers as the
    full check does."""
    lex = get_lexicon("en")
    sentences = _sentences(lex, 500, seed=22) + _hard_sentences(lex, 300, seed=22)
    fast = []
    for words in sentences:
        present = {w[:4] for w in words}
        positions, _ = lex.candidates(words, present=present)
        fast.append(lex.may_code(words, positions, set(), present))
    slow_lex = copy.copy(lex)
    slow_lex._free_forms = frozenset()
    slow = []
    for words in sentences:
        present = {w[:4] for w in words}
        positions, _ = slow_lex.candidates(words, present=present)
        slow.append(slow_lex.may_code(words, positions, set(), present))
    assert fast == slow
    assert 50 < sum(fast) < len(fast) - 50


def _reprs(doc: Document) -> list[str]:
    return [repr(x) for x in (*doc.events, *doc.relations, *doc.mentions)] + [repr(e) for e in doc.entities.values()]


def _skips(docs: list[Document], monkeypatch: pytest.MonkeyPatch) -> tuple[list[list[str]], list[list[str]], int]:
    from kg.events import extract

    said_no = []
    real = Lexicon.may_code

    def counting(self: Lexicon, *args: object, **kw: object) -> bool:
        got = real(self, *args, **kw)  # type: ignore[arg-type]
        said_no.append(not got)
        return got

    with monkeypatch.context() as m:
        m.setattr(Lexicon, "may_code", counting)
        fast = [_reprs(extract(copy.deepcopy(d))) for d in docs]
    with monkeypatch.context() as m:
        m.setattr(extractor, "IDLE_SKIP", False)
        slow = [_reprs(extract(copy.deepcopy(d))) for d in docs]
    return fast, slow, sum(said_no)


def test_events_step_unchanged_without_the_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [
        process(Document(id=f"t{i}", text=t, lang="en", date=None), steps=("sentences", "mentions", "resolve"))
        for i, t in enumerate(TEXTS + MORE)
    ]
    fast, slow, skipped = _skips(docs, monkeypatch)
    assert fast == slow
    assert skipped > 3 and sum(len(x) for x in fast) > 50


def test_events_step_unchanged_without_the_skip_on_bbc(monkeypatch: pytest.MonkeyPatch, shared_data: Path) -> None:
    """40 BBC articles (politics and business), their events, relations, mentions and entities."""
    docs = []
    with (shared_data / "bbc_news_en" / "bbc_news_2225.jsonl").open(encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k % 50 == 0:
                r = json.loads(line)
                docs.append(process(Document(id=r["id"], text=r["text"], lang="en"), steps=("sentences", "mentions", "resolve")))
    fast, slow, skipped = _skips(docs, monkeypatch)
    assert fast == slow
    assert skipped > 100


def test_a_skipped_sentences_relations_take_the_measured_confidence(monkeypatch: pytest.MonkeyPatch) -> None:
    """An idle sentence's relations are calibrated as every other sentence's (conf20 and the skip met at the merge)."""
    docs = [process(Document(id="rel", text="Chief executive Bill Gammell said the results were good.", lang="en"),
                    steps=("sentences", "mentions", "resolve"))]
    fast, slow, skipped = _skips(docs, monkeypatch)
    assert fast == slow and skipped >= 1
    assert any("'score'" in x for x in fast[0] if x.startswith("Relation("))
